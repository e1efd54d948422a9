"""The permission guard: while a plugin runs, no outbound connection (and no program started) unless allowed.

An audit hook (``sys.addaudithook``, PEP 578) sees every ``socket.connect``, ``socket.getaddrinfo``,
``socket.sendto`` ... and ``subprocess.Popen`` / ``os.system`` / ``os.posix_spawn`` of the interpreter. It is
installed once per process and only acts inside ``guarded(...)`` on the same thread, so autark's own server
(which listens and answers on loopback) and everything outside a plugin call are untouched. A refused event
raises ``PermissionError`` inside the plugin, which then fails like any crash: reported, and the built-in takes
over. In an isolated worker the whole process is the plugin's, so the guard is on for all of it.

This is a guard against a plugin that phones home by accident or on purpose through Python; it is not a
sandbox (native code or ctypes can go around it), which is why plugins also run in their own process. In
autark's process the guard covers the calling thread only: a thread the plugin starts is not covered, one more
reason every plugin that is not built in runs isolated unless it says otherwise.
"""

from __future__ import annotations

import contextlib
import ipaddress
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Scope", "guarded", "install", "is_loopback"]

_NET_EVENTS = {"socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo", "socket.gethostbyname",
               "socket.gethostbyname_ex", "socket.gethostbyaddr", "socket.getnameinfo"}
_PROCESS_EVENTS = {"subprocess.Popen", "os.system", "os.posix_spawn", "os.exec", "os.spawn", "os.fork",
                   "os.forkpty", "pty.spawn"}


@dataclass(frozen=True)
class Scope:
    """What the plugin running on this thread may do."""

    plugin: str
    network: bool
    subprocess: bool


_local = threading.local()
_process_scope: list[Scope] = []  # set in an isolated worker: the scope of every thread
_installed = False
_install_lock = threading.Lock()


def is_loopback(host: Any) -> bool:
    """Whether a host (name or address) is this machine: 127.x, ::1, localhost, or a local (Unix) socket path."""
    if isinstance(host, bytes):
        host = host.decode("latin-1")
    if not isinstance(host, str):
        return host is None
    if host.startswith("/") or host.startswith("\0") or host == "":
        return True  # AF_UNIX path or abstract socket; "" is the wildcard for a bind, not a peer
    if host.lower() in ("localhost", "localhost.localdomain", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _host_of(event: str, args: tuple[Any, ...]) -> Any:
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        address = args[1] if len(args) > 1 else None
        return address[0] if isinstance(address, tuple) and address else address
    if event == "socket.getnameinfo":
        address = args[0] if args else None
        return address[0] if isinstance(address, tuple) and address else address
    return args[0] if args else None


def _current() -> Scope | None:
    scope = getattr(_local, "scope", None)
    if scope is None and _process_scope:
        return _process_scope[0]
    return scope


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event not in _NET_EVENTS and event not in _PROCESS_EVENTS:
        return
    scope = _current()
    if scope is None:
        return
    if event in _NET_EVENTS:
        if scope.network:
            return
        host = _host_of(event, args)
        if isinstance(host, bytes):
            host = host.decode("latin-1")  # a host name or a Unix socket's path given as bytes
        if isinstance(host, str) and host.startswith(("/", "\0")):
            return  # a local (Unix) socket: not the network
        if event == "socket.connect" and is_loopback(host):
            # a local socket (multiprocessing's own pipes, a Unix socket) is not the network; a TCP port on
            # loopback is, because a local proxy can carry it anywhere
            address = args[1] if len(args) > 1 else None
            if not isinstance(address, tuple):
                return
        raise PermissionError(f"plugin {scope.plugin!r} may not open network connections (to {host!r}): it does "
                              "not declare the network permission or the user's settings do not allow it "
                              "(AUTARK_PLUGIN_NETWORK)")
    if not scope.subprocess:
        raise PermissionError(f"plugin {scope.plugin!r} may not start programs ({event}): it does not declare "
                              "the subprocess permission")


def install() -> None:
    """Install the audit hook in this process (once; hooks cannot be removed, this one is idle outside
    ``guarded``)."""
    global _installed
    with _install_lock:
        if not _installed:
            sys.addaudithook(_hook)
            _installed = True


@contextlib.contextmanager
def guarded(scope: Scope) -> Iterator[None]:
    """Run the body as plugin ``scope.plugin`` on this thread: refused events raise ``PermissionError``."""
    install()
    previous = getattr(_local, "scope", None)
    _local.scope = scope
    try:
        yield
    finally:
        _local.scope = previous


def guard_whole_process(scope: Scope) -> None:
    """For an isolated worker: every thread of this process runs as the plugin."""
    install()
    _process_scope[:] = [scope]
