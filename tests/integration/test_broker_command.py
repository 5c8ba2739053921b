"""`postwatch broker` runs tansu in the foreground and stops cleanly on SIGTERM or SIGINT."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from pipeline.broker import free_port, port_open

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_broker_command_serves_then_stops_on_signal(sig: signal.Signals) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "agents.cli", "broker", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while not port_open("127.0.0.1", port) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert port_open("127.0.0.1", port), "the embedded broker never listened"
        # The port opens a moment before the banner is printed: signal once the banner is out.
        assert proc.stdout is not None
        banner = proc.stdout.readline()
        assert f"listening on kafka://127.0.0.1:{port}" in banner
        proc.send_signal(sig)
        assert proc.wait(timeout=15) == 0
        assert not port_open("127.0.0.1", port), "tansu outlived `postwatch broker`"
    finally:
        proc.kill()


def test_broker_command_refuses_a_busy_port() -> None:
    port = free_port()
    with subprocess.Popen(
        [sys.executable, "-m", "agents.cli", "broker", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ) as first:
        try:
            deadline = time.monotonic() + 20
            while not port_open("127.0.0.1", port) and time.monotonic() < deadline:
                time.sleep(0.1)
            second = subprocess.run(
                [sys.executable, "-m", "agents.cli", "broker", "--port", str(port)],
                capture_output=True,
                text=True,
                timeout=30,
            )
            assert second.returncode == 2
            assert second.stderr.strip().count("\n") == 0 and "already in use" in second.stderr
        finally:
            first.send_signal(signal.SIGTERM)
            first.wait(timeout=15)
