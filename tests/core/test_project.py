import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packetizer.core.errors import FormatError, InputError, PacketizerError
from packetizer.core.model import Applicant, Document, Packet, Posting, Requirement, SourceSpan
from packetizer.core.packet import store as project
from packetizer.core.packet.store import FORMAT_VERSION, load_packet, save_packet


def _packet(doc_path) -> Packet:
    req = Requirement(id="cv", kind="cv", label="CV", max_pages=2, formats=["pdf"],
                      notes="lists all publications", source=SourceSpan(3, 5, "CV"),
                      submitted_separately=False)
    return Packet(
        applicant=Applicant("Zoë Ωmega", "z@example.org"),
        posting=Posting(text="To apply, send CV", title="Postdoc", organization="Uni",
                        job_id="J-1", deadline="2027-01-15", requirements=[req]),
        documents=[Document(id="d1", requirement_id="cv", path=str(doc_path), sha256="ab",
                            size=10, page_count=2, title="My CV", pages="1-2", rotation=90)],
    )


def test_round_trip_keeps_everything(tmp_path):
    doc = tmp_path / "docs" / "cv.pdf"
    doc.parent.mkdir()
    doc.write_bytes(b"%PDF-1.4")
    packet = _packet(doc)
    path = tmp_path / "a.packet"
    save_packet(packet, path)
    loaded = load_packet(path)
    assert loaded.posting == packet.posting
    assert loaded.applicant == packet.applicant
    assert loaded.documents == packet.documents
    assert loaded.export_options == packet.export_options
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format_version"] == FORMAT_VERSION
    assert raw["documents"][0]["path"] == "docs/cv.pdf"  # stored relative to the packet


def test_relative_paths_follow_the_packet_folder(tmp_path):
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "cv.pdf").write_bytes(b"%PDF-1.4")
    save_packet(_packet(folder / "cv.pdf"), folder / "a.packet")
    moved = tmp_path / "two"
    folder.rename(moved)
    loaded = load_packet(moved / "a.packet")
    assert loaded.documents[0].path == str(moved / "cv.pdf")


def test_save_keeps_previous_version_as_bak(tmp_path):
    path = tmp_path / "a.packet"
    packet = _packet(tmp_path / "cv.pdf")
    save_packet(packet, path)
    first = path.read_text(encoding="utf-8")
    packet.notes = "second"
    save_packet(packet, path)
    assert (tmp_path / "a.packet.bak").read_text(encoding="utf-8") == first
    assert load_packet(path).notes == "second"


def test_failed_save_leaves_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "a.packet"
    packet = _packet(tmp_path / "cv.pdf")
    save_packet(packet, path)
    before = path.read_bytes()

    def broken_replace(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    packet.notes = "never saved"
    with pytest.raises(PacketizerError, match="disk is full"):
        save_packet(packet, path)
    assert path.read_bytes() == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def _write(tmp_path, content, name="bad.packet"):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content),
                        encoding="utf-8")
    return path


def _valid_dict(tmp_path):
    return project.packet_to_dict(_packet(tmp_path / "cv.pdf"), tmp_path)


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.update(format_version=99), "newer Packetizer"),
        (lambda d: d.pop("format_version"), "format_version"),
        (lambda d: d.pop("posting"), "packet.posting is missing"),
        (lambda d: d["posting"].update(requirements="cv"), "posting.requirements should be"),
        (lambda d: d["posting"]["requirements"][0].update(max_pages="two"),
         "posting.requirements[0].max_pages should be"),
        (lambda d: d["posting"]["requirements"][0].pop("id"), "requirements[0].id is missing"),
        (lambda d: d["documents"][0].update(path=5), "documents[0].path should be text"),
        (lambda d: d["documents"][0].update(requirement_id="nope"), "requirement \"nope\""),
        (lambda d: d["documents"][0].update(rotation=45), "rotation"),
        (lambda d: d["export_options"].update(cover_page="yes"), "cover_page"),
        (lambda d: d["posting"]["requirements"].append(d["posting"]["requirements"][0]),
         "same id"),
    ],
)
def test_bad_fields_name_the_problem(tmp_path, mutate, expected):
    data = _valid_dict(tmp_path)
    mutate(data)
    path = _write(tmp_path, data)
    with pytest.raises(FormatError) as info:
        load_packet(path)
    assert expected in str(info.value)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("content", "expected"),
    [("", "empty"), ("   \n", "empty"), ('{"format_version": 1, "posting": {', "cut short"),
     ("[1, 2]", "top level"), (b"\xff\xfe\x00garbage\x80", "not text"), ("null", "top level"),
     ("[" * 100_000, "nested too deeply")],
)
def test_malformed_files_give_clear_errors(tmp_path, content, expected):
    with pytest.raises(FormatError, match=expected):
        load_packet(_write(tmp_path, content))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such packet file"):
        load_packet(tmp_path / "nope.packet")
    with pytest.raises(InputError, match="is a folder"):
        load_packet(tmp_path)


def test_truncated_save_is_reported(tmp_path):
    path = tmp_path / "a.packet"
    save_packet(_packet(tmp_path / "cv.pdf"), path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(FormatError, match="damaged or cut short"):
        load_packet(path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children,
                                                                       max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_json_loads_or_raises_format_error(tmp_path, data):
    base = _valid_dict(tmp_path)
    # replace one random part of a valid packet with random JSON
    section = data.draw(st.sampled_from(["posting", "documents", "applicant", "export_options",
                                         "notes", "whole"]))
    value = data.draw(json_values)
    if section == "whole":
        base = value
    else:
        base[section] = value
    path = _write(tmp_path, json.dumps(base))
    try:
        load_packet(path)
    except FormatError as exc:
        assert str(path) in str(exc)


def test_schema_documents_every_saved_field(tmp_path):
    """The shipped JSON Schema names every key a saved packet has (and no others)."""
    from packetizer.core.appdata.paths import resource

    schema = json.loads(resource("schema", "packet.schema.json").read_text(encoding="utf-8"))
    saved = project.packet_to_dict(_packet(tmp_path / "cv.pdf"), tmp_path)
    defs = schema["$defs"]
    assert set(saved) == set(schema["properties"])
    assert set(saved["posting"]) == set(schema["properties"]["posting"]["properties"])
    assert set(saved["posting"]["requirements"][0]) == set(defs["requirement"]["properties"])
    assert set(saved["documents"][0]) == set(defs["document"]["properties"])
    assert set(saved["export_options"]) == set(defs["export_options"]["properties"])
    assert schema["properties"]["format_version"]["const"] == project.FORMAT_VERSION
