"""Run a postwatch worker as a child process and wait until it is ready (demo, bench, tests)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path

from pipeline.broker import die_with_parent, free_port

WORKER_MODULE = "agents.cli"


class WorkerStartError(RuntimeError):
    """The worker exited or did not become ready in time; the message holds its log tail."""


class WorkerProcess:
    """`python -m agents.cli worker` on a broker, with its own web port and log file."""

    def __init__(
        self,
        broker_url: str,
        web_port: int | None = None,
        env: Mapping[str, str] | None = None,
        log_path: Path | None = None,
        extra_args: tuple[str, ...] = (),
    ) -> None:
        self.broker_url = broker_url
        self.web_port = web_port or free_port()
        self.env = dict(env or {})
        self.log_path = log_path
        self.extra_args = extra_args
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def web_url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    @property
    def pid(self) -> int:
        return self.proc.pid if self.proc else -1

    def start(self, ready_timeout: float = 60.0) -> WorkerProcess:
        cmd = [
            sys.executable,
            "-m",
            WORKER_MODULE,
            "worker",
            "--broker",
            self.broker_url,
            "--web-port",
            str(self.web_port),
            *self.extra_args,
        ]
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.proc = subprocess.Popen(
            cmd,
            env=os.environ | self.env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=die_with_parent,
        )
        self.wait_ready(ready_timeout)
        return self

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is None or self.proc.poll() is not None:
                raise WorkerStartError(f"worker exited with code {self.returncode()}: {self.log_tail()}")
            if http_status(f"{self.web_url}/ready") == 200:
                return
            time.sleep(0.2)
        raise WorkerStartError(f"worker not ready after {timeout:.0f} s: {self.log_tail()}")

    def returncode(self) -> int | None:
        return None if self.proc is None else self.proc.poll()

    def log_tail(self, lines: int = 15) -> str:
        if not self.log_path or not self.log_path.exists():
            return "(no log)"
        return " | ".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self, timeout: float = 15.0) -> None:
        """Graceful: SIGTERM lets Faust commit offsets and leave the group."""
        self._signal(signal.SIGTERM)
        if self.proc is not None:
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()

    def kill(self) -> None:
        """kill -9, as a crash would."""
        self._signal(signal.SIGKILL)
        if self.proc is not None:
            self.proc.wait(10)

    def _signal(self, sig: int) -> None:
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, sig)


def http_status(url: str, timeout: float = 1.0) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except (urllib.error.URLError, OSError):
        return None
