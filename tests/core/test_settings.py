import json

from packetizer.core.appdata import paths
from packetizer.core.appdata.settings import Settings, load_settings, save_settings


def test_defaults_when_missing():
    settings = load_settings()
    assert settings == Settings()
    assert "{page}" in settings.footer_template and settings.theme == "system"


def test_round_trip_and_recent_list(tmp_path):
    settings = Settings(applicant_name="Zoë", applicant_email="z@example.org", theme="dark")
    for i in range(12):
        settings.add_recent(tmp_path / f"p{i}.packet")
    settings.add_recent(tmp_path / "p3.packet")  # moves to the front, no duplicate
    save_settings(settings)
    loaded = load_settings()
    assert loaded.applicant_name == "Zoë" and loaded.theme == "dark"
    assert len(loaded.recent_packets) == 10
    assert loaded.recent_packets[0].endswith("p3.packet")
    assert paths.settings_file().parent == paths.config_dir()


def test_damaged_or_odd_settings_fall_back_to_defaults():
    path = paths.settings_file()
    path.write_text("{not json", encoding="utf-8")
    assert load_settings() == Settings()
    path.write_text(json.dumps({"theme": "purple", "applicant_name": 5, "unknown": 1,
                                "recent_packets": [1, 2]}), encoding="utf-8")
    assert load_settings() == Settings()


def test_env_overrides_keep_everything_in_tmp(isolated_dirs):
    for folder in (paths.config_dir(), paths.data_dir(), paths.cache_dir(), paths.log_dir()):
        assert str(folder).startswith(str(isolated_dirs))
    assert paths.resource("fonts", "DejaVuSans.ttf").is_file()


def test_settings_from_a_newer_version_are_refused_not_overwritten():
    import pytest

    from packetizer.core.errors import FormatError

    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format_version": 2, "applicant_name": "Later"}))
    with pytest.raises(FormatError) as caught:
        load_settings()
    assert caught.value.code == "newer-version" and "newer Packetizer" in str(caught.value)
    assert json.loads(path.read_text())["format_version"] == 2  # left as it was


def test_a_newer_autosave_is_left_to_the_app_that_wrote_it(isolated_dirs):
    from packetizer.core.packet import autosave

    folder = isolated_dirs / "data" / "autosave"
    folder.mkdir(parents=True)
    later = folder / "later.json"
    later.write_text(json.dumps({"autosave_version": 2, "pid": 1, "packet": {}}))
    assert autosave.find_recoveries() == []
    assert later.exists() and not later.with_suffix(".damaged").exists()


def test_the_paper_setting_reaches_conversion_from_the_cli(tmp_path, capsys):
    """Conversion takes its paper as a parameter; the CLI passes the user's setting."""
    from PIL import Image
    from pypdf import PdfReader

    from packetizer.cli import main
    from packetizer.core.packet import load_packet

    save_settings(Settings(paper_size="letter"))
    posting = tmp_path / "posting.txt"
    posting.write_text("Please submit a CV.")
    packet_file = tmp_path / "p.packet"
    assert main(["new", str(packet_file), "--posting", str(posting)]) == 0
    picture = tmp_path / "cv.png"
    Image.new("RGB", (300, 400), "white").save(picture)
    assert main(["attach", str(packet_file), "cv", str(picture)]) == 0
    out = tmp_path / "out.pdf"
    assert main(["export", str(packet_file), "-o", str(out), "--force"]) == 0
    capsys.readouterr()
    page = PdfReader(out).pages[-1]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    save_settings(Settings(paper_size="a4"))
    assert load_packet(packet_file).documents[0].path == str(picture)
    assert main(["export", str(packet_file), "-o", str(out), "--force"]) == 0
    page = PdfReader(out).pages[-1]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
