"""A Virtuoso open source server of the tests' own: a new database in a temporary directory, its
own virtuoso.ini on free loopback ports, started in the foreground and stopped by its PID.
Debian's package: `apt-get install virtuoso-opensource` (tests/tools.sh installs it when root).
bench/remote_write.py uses it too."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

BINARY = shutil.which("virtuoso-t")
USER, PASSWORD = "dba", "dba"       # a new database's administrator; only on 127.0.0.1

INI = """[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa

[TempDatabase]
DatabaseFile    = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx

[Parameters]
ServerPort         = 127.0.0.1:{sql}
DisableUnixSocket  = 1
NumberOfBuffers    = {buffers}
MaxDirtyBuffers    = {dirty}
CheckpointInterval = 60
DirsAllowed        = {dir}

[HTTPServer]
ServerPort           = 127.0.0.1:{http}
ServerRoot           = {dir}
ServerThreads        = 10
MaxClientConnections = 10
Charset              = UTF-8

[SPARQL]
ResultSetMaxRows      = 1000000
MaxQueryExecutionTime = 600
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    def __init__(self, folder: Path, buffers: int = 20_000) -> None:
        self.dir = Path(folder)
        self.sql, self.http = free_port(), free_port()
        self.buffers = buffers          # 8 kB pages: 20,000 is 160 MB
        self.proc: subprocess.Popen | None = None

    @property
    def sparql(self) -> str:
        return f"http://127.0.0.1:{self.http}/sparql"

    @property
    def sparql_auth(self) -> str:
        return f"http://127.0.0.1:{self.http}/sparql-auth"

    def env(self) -> dict[str, str]:
        """The environment that gives mtkg the administrator's credentials."""
        return {**os.environ, "MTKG_ENDPOINT_USER": USER, "MTKG_ENDPOINT_PASSWORD": PASSWORD}

    def start(self, timeout: float = 180) -> "Virtuoso":
        self.dir.mkdir(parents=True, exist_ok=True)
        ini = self.dir / "virtuoso.ini"
        ini.write_text(INI.format(dir=self.dir, sql=self.sql, http=self.http, buffers=self.buffers,
                                  dirty=self.buffers * 3 // 4), encoding="utf-8")
        log = open(self.dir / "stdout.log", "wb")
        self.proc = subprocess.Popen([BINARY, "-f", "-c", str(ini)], cwd=self.dir, stdout=log,
                                     stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited ({self.proc.returncode}): {self.log_tail()}")
            try:
                with urllib.request.urlopen(self.sparql + "?query=ASK%20%7B%7D", timeout=5) as r:
                    if r.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                pass
            time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"virtuoso-t did not answer within {timeout:.0f} s: {self.log_tail()}")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.kill(self.proc.pid, signal.SIGTERM)      # a clean shutdown (checkpoint), then gone
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def log_tail(self, lines: int = 20) -> str:
        text = ""
        for name in ("virtuoso.log", "stdout.log"):
            f = self.dir / name
            if f.exists():
                text += "\n".join(f.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        return text
