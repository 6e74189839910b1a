"""Take away this process's right to open IPv4 and IPv6 sockets, for good.

The query workers of `mtkg serve` call it once the store is open: pyoxigraph evaluates SERVICE by
fetching over HTTP from native code, where no Python hook can stop it, so the worker is made
unable to reach any host at all (DNS lookups included). The parse-tree guard (serve/guard.py)
refuses SERVICE and LOAD first; this is the wall behind it. A seccomp filter (libseccomp through
pyseccomp) answers socket(AF_INET…) and socket(AF_INET6…) with EACCES; sockets already open (the
pipe to the server) and Unix sockets are untouched. Filters are inherited and cannot be removed."""
from __future__ import annotations

import errno
import socket


class Unavailable(Exception):
    """The wall cannot be raised on this system (not Linux, no libseccomp)."""


def forbid() -> str:
    """Raise the wall; returns what it is, or raises Unavailable saying why not."""
    try:
        import pyseccomp as seccomp
        rules = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
        for family in (socket.AF_INET, socket.AF_INET6):
            rules.add_rule(seccomp.ERRNO(errno.EACCES), "socket", seccomp.Arg(0, seccomp.EQ, family))
        rules.load()
    except Exception as e:  # ImportError, a missing libseccomp.so, or a kernel without seccomp
        raise Unavailable(f"{type(e).__name__}: {e}") from e
    return "seccomp: no IPv4 or IPv6 sockets"


def can_connect() -> bool:
    """Whether this process may still open an IP socket (what the tests ask of a worker)."""
    try:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
    except PermissionError:
        return False
    return True
