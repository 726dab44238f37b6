"""The installers' files are valid and agree with each other and with the app."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from packetizer import __version__
from packetizer.cli import main
from tests.conftest import need_tool

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "installers" / "linux"
APP_ID = "org.packetizer.Packetizer"


def test_desktop_entry_is_valid():
    validate = need_tool("desktop-file-validate")
    result = subprocess.run([validate, str(LINUX / f"{APP_ID}.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_appstream_metainfo_is_valid_and_current():
    appstreamcli = need_tool("appstreamcli")
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    result = subprocess.run([appstreamcli, "validate", "--no-net", str(metainfo)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("releases/release").get("version") == __version__
    assert root.find("launchable").text == f"{APP_ID}.desktop"


def test_mime_types_agree_everywhere():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(LINUX / f"{APP_ID}.xml").getroot()
    globs = {t.get("type"): t.find("m:glob", ns).get("pattern")
             for t in mime.findall("m:mime-type", ns)}
    assert globs == {"application/x-packetizer-packet": "*.packet",
                     "application/x-packetizer-bundle": "*.packetz"}
    entry = (LINUX / f"{APP_ID}.desktop").read_text()
    assert set(re.search(r"MimeType=(.*)", entry).group(1).strip(";").split(";")) == set(globs)
    provided = {m.text for m in ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
                .findall("provides/mediatype")}
    assert provided == set(globs)
    spec = (ROOT / "installers" / "packetizer.spec").read_text()
    assert '"CFBundleTypeExtensions": ["packet"]' in spec and '["packetz"]' in spec
    iss = (ROOT / "installers" / "windows" / "packetizer.iss").read_text()
    assert r"Software\Classes\.packet" in iss and r"Software\Classes\.packetz" in iss


def test_icons_exist_in_every_size():
    icons = ROOT / "resources" / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (icons / "packetizer.ico").is_file() and (icons / "packetizer.svg").is_file()


def test_pyinstaller_spec_and_entry_points():
    spec = (ROOT / "installers" / "packetizer.spec").read_text()
    compile(spec, "packetizer.spec", "exec")  # valid Python
    for entry in ("entry.py", "entry_gui.py"):
        assert f'"{entry}"' in spec and (ROOT / "installers" / entry).is_file()
        assert "freeze_support()" in (ROOT / "installers" / entry).read_text()
    assert "QtWebEngineCore" in spec  # excluded
    iss = (ROOT / "installers" / "windows" / "packetizer.iss").read_text()
    assert "packetizer-gui.exe" in iss and 'name="packetizer-gui"' in spec
    assert (ROOT / "resources" / "icons" / "packetizer.ico").is_file()


@pytest.mark.skipif(sys.platform != "linux", reason="desktop entries are a Linux thing")
def test_install_and_uninstall_desktop_entry(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["--install-desktop-entry"]) == 0
    assert "applications menu" in capsys.readouterr().out
    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    exec_line = re.search(r"Exec=(.*)", entry.read_text()).group(1)
    assert exec_line.endswith(" %f") and "packetizer-gui" in exec_line
    assert (tmp_path / "share" / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps" /
            f"{APP_ID}.png").is_file()
    validate = need_tool("desktop-file-validate")
    assert subprocess.run([validate, str(entry)], capture_output=True).returncode == 0
    assert main(["--uninstall-desktop-entry"]) == 0
    assert not entry.exists()
