"""The launcher explains why no window can open instead of letting Qt abort the process."""

from packetizer.gui import preflight


def test_no_display(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(preflight.sys, "platform", "linux")
    assert "no display" in preflight.why_no_window()


def test_offscreen_is_fine(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert preflight.why_no_window() == ""


def test_missing_x11_library_is_named(monkeypatch, tmp_path):
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"not a shared library")
    monkeypatch.setattr(preflight.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(preflight, "_qt_plugin_dir", lambda: tmp_path)
    reason = preflight.why_no_window()
    assert "cannot open a window" in reason and "apt install" in reason
