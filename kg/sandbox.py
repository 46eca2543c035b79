"""Takes the network away from the current process, for good.

The SPARQL engine (pyoxigraph) follows SERVICE and LOAD over HTTP itself and
offers no switch to stop it. A seccomp filter (through libseccomp) makes every
later `socket()` call for an IPv4 or IPv6 socket fail with EACCES, in this
process and its threads, whatever code asks: so a query child that installed it
cannot reach a server, however the query spells SERVICE. Local (AF_UNIX)
sockets and descriptors opened before, such as the pipe to the parent, keep
working. A filter cannot be removed, so this runs only in children that do
nothing else but evaluate queries.
"""

from __future__ import annotations

import errno
import socket


def deny_network() -> str | None:
    """Installs the filter; None when done, else why it could not be (no libseccomp, a
    kernel without seccomp), for the caller to report."""
    try:
        import pyseccomp as seccomp
    except (ImportError, OSError, RuntimeError, AttributeError) as exc:  # loads libseccomp now
        return f"libseccomp is not available ({exc})"
    try:
        rules = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
        for family in (socket.AF_INET, socket.AF_INET6):
            rules.add_rule(
                seccomp.ERRNO(errno.EACCES), "socket", seccomp.Arg(0, seccomp.EQ, family)
            )
        rules.load()  # sets no_new_privs too, so no root is needed
    except (OSError, RuntimeError, ValueError) as exc:
        return f"the seccomp filter could not be installed ({exc})"
    return None
