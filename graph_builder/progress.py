"""A build's progress on stderr: articles done of the total, the rate and the time left, as
tqdm measures and formats them. On a terminal a bar redrawn in place; elsewhere (a log, a pipe)
a line every `every` articles, which starts with the number extracted."""
from __future__ import annotations

import sys
import time
from pathlib import Path

from tqdm import tqdm

METER = "{n_fmt}/{total_fmt} articles ({percentage:.0f}%), {rate_fmt}, {remaining} left"
METER_NO_TOTAL = "{n_fmt} articles, {rate_fmt}"


def count_articles(files: list[Path]) -> int:
    """How many articles the files hold: one a .txt or .html, one a line of a .jsonl."""
    total = 0
    for f in files:
        if f.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            with f.open("rb") as fh:
                total += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
        except OSError:
            total += 1
    return total


class Progress:
    def __init__(self, total: int | None, enabled: bool, every: int = 10) -> None:
        self.total, self.enabled, self.every = total or None, enabled, every
        self.tty = enabled and sys.stderr.isatty()
        self.start = time.monotonic()
        self.bar = tqdm(total=self.total, unit=" articles", file=sys.stderr, dynamic_ncols=True,
                        disable=not self.tty, leave=True) if self.tty else None
        self.shown = 0

    def update(self, extracted: int, unchanged: int) -> None:
        if not self.enabled:
            return
        done = extracted + unchanged
        if self.bar is not None:
            self.bar.n = done
            self.bar.set_postfix_str(f"{extracted} extracted, {unchanged} unchanged", refresh=False)
            self.bar.refresh()
            return
        if extracted - max(self.shown, 0) < self.every and not (self.total and done >= self.total):
            return
        self.shown = extracted
        meter = tqdm.format_meter(done, self.total, time.monotonic() - self.start, unit=" articles",
                                  bar_format=METER if self.total else METER_NO_TOTAL)
        sys.stderr.write(f"{extracted} extracted, {unchanged} unchanged: {meter}\n")
        sys.stderr.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
