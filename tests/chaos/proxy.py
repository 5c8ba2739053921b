"""A small loopback TCP proxy for chaos tests: forward, cut (drop and refuse), restore, throttle.

Threads, one pump per direction per connection. Loopback only: it listens on 127.0.0.1 and
forwards to 127.0.0.1. `cut()` closes every live connection and makes new ones close at once;
`restore()` resumes forwarding. `throttle(bytes_per_s)` limits the client→server direction
(what a Kafka client sends: produce requests), so a slow downstream is easy to stage.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from types import TracebackType

LOOPBACK = "127.0.0.1"
CHUNK = 16 * 1024


class TcpProxy:
    """`127.0.0.1:listen_port` → `127.0.0.1:target_port`."""

    def __init__(self, listen_port: int, target_port: int) -> None:
        self.listen_port = listen_port
        self.target_port = target_port
        self._server: socket.socket | None = None
        self._lock = threading.Lock()
        self._live: set[socket.socket] = set()
        self._cut = threading.Event()
        self._stopped = threading.Event()
        self._upstream_rate: float | None = None
        self.accepted = 0
        self.refused = 0
        self.bytes_up = 0
        self.bytes_down = 0

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> TcpProxy:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind((LOOPBACK, self.listen_port))
        server.listen(128)
        server.settimeout(0.2)
        self._server = server
        threading.Thread(target=self._accept_loop, name="proxy-accept", daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        self._close_live()
        if self._server is not None:
            with contextlib.suppress(OSError):
                self._server.close()

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- chaos controls ---------------------------------------------------------------------------

    def cut(self) -> int:
        """Drop every live connection and refuse new ones; returns how many were dropped."""
        self._cut.set()
        return self._close_live()

    def restore(self) -> None:
        self._cut.clear()

    def throttle(self, bytes_per_s: float | None) -> None:
        """Limit the client→server direction to about `bytes_per_s` (None: no limit)."""
        self._upstream_rate = bytes_per_s

    @property
    def live_connections(self) -> int:
        with self._lock:
            return len(self._live) // 2

    # -- internals -----------------------------------------------------------------------------

    def _close_live(self) -> int:
        with self._lock:
            live, self._live = list(self._live), set()
        for sock in live:
            _close(sock)
        return len(live) // 2

    def _accept_loop(self) -> None:
        assert self._server is not None
        while not self._stopped.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self._cut.is_set():
                self.refused += 1
                _close(client)
                continue
            self._connect(client)

    def _connect(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection((LOOPBACK, self.target_port), timeout=5)
        except OSError:
            _close(client)
            return
        upstream.settimeout(None)
        client.settimeout(None)
        for sock in (client, upstream):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            self._live.update((client, upstream))
        self.accepted += 1
        threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
        threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, upstream: bool) -> None:
        try:
            while not self._stopped.is_set():
                data = src.recv(CHUNK)
                if not data or self._cut.is_set():
                    break
                if upstream:
                    self._pace(len(data))
                dst.sendall(data)
                self._count(len(data), upstream)
        except OSError:
            pass
        finally:
            self._forget(src, dst)

    def _pace(self, size: int) -> None:
        rate = self._upstream_rate
        if rate:
            time.sleep(size / rate)

    def _count(self, size: int, upstream: bool) -> None:
        if upstream:
            self.bytes_up += size
        else:
            self.bytes_down += size

    def _forget(self, *socks: socket.socket) -> None:
        with self._lock:
            for sock in socks:
                self._live.discard(sock)
        for sock in socks:
            _close(sock)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
