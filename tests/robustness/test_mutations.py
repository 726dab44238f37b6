"""Random damage to valid PDFs: inspect, check and export raise only our own errors."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packetizer.core.check import check_packet
from packetizer.core.errors import PacketizerError
from packetizer.core.export.merged import export_packet
from packetizer.core.files.inspect import inspect_file
from packetizer.core.model import Applicant, Document
from packetizer.core.packet import new_packet


def _valid_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1, pageCompression=0)
    for i in range(3):
        c.drawString(72, 700, f"Curriculum vitae page {i + 1}")
        c.bookmarkPage(f"p{i}")
        c.addOutlineEntry(f"Part {i + 1}", f"p{i}")
        c.linkURL("https://example.org", (72, 690, 200, 710))
        c.showPage()
    c.save()
    return buffer.getvalue()


VALID = _valid_pdf()

mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, len(VALID) - 1), st.integers(0, 255)),
    st.tuples(st.just("cut"), st.integers(0, len(VALID) - 1), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, len(VALID) - 1), st.integers(0, 255)),
    st.tuples(st.just("zero-run"), st.integers(0, len(VALID) - 1), st.integers(1, 400)),
)


def mutate(data: bytes, steps) -> bytes:
    data = bytearray(data)
    for kind, at, value in steps:
        at = min(at, max(len(data) - 1, 0))
        if kind == "flip" and data:
            data[at] = value
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = bytes([value])
        elif kind == "zero-run":
            data[at:at + value] = b"0" * len(data[at:at + value])
    return bytes(data)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(mutation, min_size=1, max_size=4))
def test_mutated_pdfs_never_escape(tmp_path, steps):
    path = tmp_path / "cv.pdf"
    path.write_bytes(mutate(VALID, steps))
    inspect_file(path)  # never raises: problems are reported in the facts
    packet = new_packet("Please send your CV.", Applicant("A B"))
    packet.documents.append(Document(id="d", requirement_id="cv", path=str(path)))
    check_packet(packet)
    out = tmp_path / "out.pdf"
    out.unlink(missing_ok=True)  # tmp_path is shared by the examples of one run
    try:
        export_packet(packet, out, force=True)
    except PacketizerError:
        assert not out.exists()
    assert [p for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
