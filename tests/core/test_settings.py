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
