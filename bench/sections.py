"""A benchmark's own section of bench/RESULTS.md (below run.py's table), replacing the one it
wrote before and leaving the others as they are."""
from __future__ import annotations

from pathlib import Path


def replace_section(out: Path, heading: str, text: str) -> None:
    old = out.read_text(encoding="utf-8") if out.exists() else ""
    if heading in old:
        start = old.index(heading)
        nxt = old.find("\n## ", start + len(heading))
        old = old[:start] + (old[nxt + 1:] if nxt >= 0 else "")
    out.write_text(old.rstrip("\n") + "\n\n" + text, encoding="utf-8")
