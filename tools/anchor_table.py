"""Write packetizer/core/posting/anchortable.py: run after editing the material names'
patterns (`names`, `othernames`, `foreignnames`), so that reading a posting need not work the
anchors out at start-up. A stale table costs only that time: the answers are the same."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from packetizer.core.posting.anchors import write_table  # noqa: E402

if __name__ == "__main__":
    write_table(ROOT / "packetizer" / "core" / "posting" / "anchortable.py")
