"""Request limits: the body size (`body`), what customers send (`intake`), sign-in
(`logins`), all counted per client (`clients`) with the fixed windows of `counters`."""

from router.limits.body import BodySizeLimit

__all__ = ["BodySizeLimit"]
