"""A loopback TCP proxy in front of the test PostgreSQL that a test can cut, to play a
team server that went out of reach the nasty way: the connections open at the time are
dropped, and every new one is accepted but never answered (a host behind a dead route or
a hung server: the client waits for its whole connect_timeout). `restore()` forwards
again. Loopback only: it listens on 127.0.0.1 and forwards to 127.0.0.1."""

from __future__ import annotations

import contextlib
import socket
import threading


class CuttableProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []  # every socket this proxy holds
        self.silent = False
        self.silent_accepts = 0  # connections accepted and left hanging (tests assert it)
        self._closed = False
        threading.Thread(target=self._accept, name="proxy-accept", daemon=True).start()

    def url(self, cluster_url: str, cluster_port: int) -> str:
        """`cluster_url` pointed at the proxy instead of the cluster."""
        return cluster_url.replace(f":{cluster_port}/", f":{self.port}/")

    def cut(self) -> None:
        """Drop every open connection; from now on accept and never answer."""
        self._drop_all(silent=True)

    def restore(self) -> None:
        """Forward again (the connections left hanging are closed)."""
        self._drop_all(silent=False)

    def _drop_all(self, silent: bool) -> None:
        with self._lock:
            self.silent = silent
            dropped, self._open = self._open, []
        for sock in dropped:
            _close(sock)

    def close(self) -> None:
        self._closed = True
        self.cut()
        _close(self._listener)

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                silent = self.silent
                self._open.append(client)
                if silent:
                    self.silent_accepts += 1
            if silent:
                continue  # held open, never read, never answered
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _close(client)
                continue
            upstream.settimeout(None)
            with self._lock:
                self._open.append(upstream)
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pump, args=(a, b), name="proxy-pump",
                                 daemon=True).start()


def _pump(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    _close(sink)
    _close(source)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
