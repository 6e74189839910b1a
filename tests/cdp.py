"""Drive headless Chromium with the DevTools protocol over --remote-debugging-pipe, standard
library only: no WebDriver, no websockets. Chromium reads commands on its fd 3 and writes
answers and events on fd 4, each a JSON message ended by a NUL byte.

Unlike --dump-dom, this sees every request the page makes (to check that a page stays
offline) and can click and type like a user."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                    reason="headless Chromium not installed (apt-get install chromium)")

# Puts the pipe ends on fds 3 and 4 and becomes Chromium (no preexec_fn: the test process has
# threads, the servers under test).
_EXEC = "import os,sys; os.dup2(int(sys.argv[1]),3); os.dup2(int(sys.argv[2]),4); os.execv(sys.argv[3], sys.argv[3:])"


class CDPError(Exception):
    pass


class Browser:
    def __init__(self, profile: Path, chromium: str = CHROMIUM, size: str = "1280,900") -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", f"--user-data-dir={profile}",
                "--remote-debugging-pipe", f"--window-size={size}", "about:blank"]
        self.proc = subprocess.Popen([sys.executable, "-c", _EXEC, str(to_chrome_r), str(from_chrome_w), *args],
                                     pass_fds=(to_chrome_r, from_chrome_w),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._next = 0
        self._answers: dict[int, dict] = {}
        self.events: list[dict] = []   # every event seen, in order
        self._lock = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        targets = self.send("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.send("Target.attachToTarget", targetId=page["targetId"], flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Network"):
            self.call(f"{domain}.enable")

    # -- protocol -------------------------------------------------------------------------

    def _read(self) -> None:
        buf = b""
        with os.fdopen(self._from_chrome, "rb", buffering=0) as f:
            while True:
                chunk = f.read(1 << 16)
                if not chunk:
                    break
                buf += chunk
                *messages, buf = buf.split(b"\0")
                for raw in messages:
                    msg = json.loads(raw)
                    with self._lock:
                        if "id" in msg:
                            self._answers[msg["id"]] = msg
                        else:
                            self.events.append(msg)
                        self._lock.notify_all()
        with self._lock:
            self._closed = True
            self._lock.notify_all()

    def send(self, method: str, session: str | None = None, timeout: float = 30, **params) -> dict:
        with self._lock:
            self._next += 1
            n = self._next
        msg = {"id": n, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        with self._lock:
            while n not in self._answers:
                left = deadline - time.monotonic()
                if left <= 0 or getattr(self, "_closed", False):
                    raise CDPError(f"no answer to {method}")
                self._lock.wait(left)
            answer = self._answers.pop(n)
        if "error" in answer:
            raise CDPError(f"{method}: {answer['error']}")
        return answer.get("result", {})

    def call(self, method: str, **params) -> dict:
        """A command to the page's session."""
        return self.send(method, session=self.session, **params)

    # -- page -----------------------------------------------------------------------------

    def goto(self, url: str, timeout: float = 30) -> None:
        seen = len(self.events)
        self.call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired", after=seen, timeout=timeout)

    def wait_event(self, method: str, after: int = 0, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                for e in self.events[after:]:
                    if e.get("method") == method:
                        return e
                left = deadline - time.monotonic()
                if left <= 0:
                    raise CDPError(f"no {method} within {timeout} s")
                self._lock.wait(left)

    def js(self, expression: str):
        """Evaluate in the page (awaiting a promise); the value, or an error with the page's message."""
        r = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in r:
            d = r["exceptionDetails"]
            raise CDPError(d.get("exception", {}).get("description") or d.get("text"))
        return r["result"].get("value")

    def wait(self, expression: str, timeout: float = 20, poll: float = 0.1):
        """Poll until the expression is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.js(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise CDPError(f"still false after {timeout} s: {expression}")
            time.sleep(poll)

    def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element (scrolled into view)."""
        box = self.js(f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
            if (!e) return null; e.scrollIntoView({{block: "center"}});
            const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()""")
        if not box:
            raise CDPError(f"nothing matches {selector}")
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)

    def type(self, selector: str, text: str) -> None:
        self.js(f"document.querySelector({json.dumps(selector)}).focus()")
        self.call("Input.insertText", text=text)

    def screenshot(self, path: Path) -> Path:
        import base64
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"]))
        return path

    def capture(self, selector: str, scale: float = 0.5) -> "Image":
        """A screenshot of one element, decoded (at `scale`: fewer pixels to decode)."""
        import base64
        r = self.js(f"""(() => {{ const r = document.querySelector({json.dumps(selector)}).getBoundingClientRect();
            return [r.x, r.y, r.width, r.height]; }})()""")
        clip = dict(zip(("x", "y", "width", "height"), r), scale=scale)
        return Image.decode(base64.b64decode(self.call("Page.captureScreenshot", format="png", clip=clip)["data"]))

    def mouse(self, kind: str, x: float, y: float) -> None:
        """A real mouse event at page coordinates: "mouseMoved", or "click" (press and release)."""
        if kind == "click":
            for k in ("mouseMoved", "mousePressed", "mouseReleased"):
                self.call("Input.dispatchMouseEvent", type=k, x=x, y=y, button="left" if k != "mouseMoved" else "none",
                          clickCount=1 if k != "mouseMoved" else 0)
        else:
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y)

    def errors(self) -> list[str]:
        """Uncaught exceptions and console errors the page reported."""
        with self._lock:
            events = list(self.events)
        out = [e["params"]["exceptionDetails"].get("exception", {}).get("description", "exception")
               for e in events if e.get("method") == "Runtime.exceptionThrown"]
        out += [" ".join(str(a.get("value", a.get("description", ""))) for a in e["params"]["args"])
                for e in events if e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] == "error"]
        return out

    def requested_urls(self) -> list[str]:
        with self._lock:
            return [e["params"]["request"]["url"] for e in self.events
                    if e.get("method") == "Network.requestWillBeSent"]

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except CDPError:
            pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_chrome)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Image:
    """The pixels of an 8-bit RGB or RGBA PNG (what Chromium's screenshots are), standard
    library only: enough to count what a page painted."""

    def __init__(self, width: int, height: int, channels: int, rows: list[bytes]) -> None:
        self.width, self.height, self.channels, self.rows = width, height, channels, rows

    @classmethod
    def decode(cls, data: bytes) -> "Image":
        import struct
        import zlib
        assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
        pos, idat = 8, []
        while pos < len(data):
            length, kind = struct.unpack(">I4s", data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            pos += 12 + length
            if kind == b"IHDR":
                width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            elif kind == b"IDAT":
                idat.append(body)
        assert depth == 8 and colour in (2, 6) and not interlace, (depth, colour, interlace)
        bpp = 3 if colour == 2 else 4
        raw, stride = zlib.decompress(b"".join(idat)), width * bpp
        rows, prev = [], bytearray(stride)
        for y in range(height):
            start = y * (stride + 1)
            kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
            if kind == 1:
                for i in range(bpp, stride):
                    line[i] = (line[i] + line[i - bpp]) & 255
            elif kind == 2:
                for i in range(stride):
                    line[i] = (line[i] + prev[i]) & 255
            elif kind == 3:
                for i in range(stride):
                    line[i] = (line[i] + ((line[i - bpp] if i >= bpp else 0) + prev[i]) // 2) & 255
            elif kind == 4:
                for i in range(stride):
                    a = line[i - bpp] if i >= bpp else 0
                    b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            rows.append(bytes(line))
            prev = line
        return cls(width, height, bpp, rows)

    def pixels(self):
        n = self.channels
        for row in self.rows:
            for i in range(0, len(row), n):
                yield row[i], row[i + 1], row[i + 2]

    def painted(self, background=(255, 255, 255), tolerance: int = 12) -> int:
        """How many pixels differ from the background."""
        return sum(1 for p in self.pixels() if max(abs(a - b) for a, b in zip(p, background)) > tolerance)

    def near(self, colour: str, tolerance: int = 30) -> int:
        """How many pixels are (about) this #rrggbb colour."""
        want = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
        return sum(1 for p in self.pixels() if max(abs(a - b) for a, b in zip(p, want)) <= tolerance)
