"""Which webhook URLs are acceptable. Pure functions (name resolution is the caller's)."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from core.errors import ValidationFailed

MAX_URL_CHARS = 2000
SCHEMES = frozenset({"http", "https"})


def is_public_address(address: str) -> bool:
    """False for loopback, private, link-local (cloud metadata), multicast, reserved and
    unspecified addresses, IPv4 and IPv6 (an IPv4-mapped IPv6 address counts as its IPv4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, *, allow_private: bool) -> str:
    """The URL if a webhook may be sent there, else ValidationFailed saying why: http or
    https only, a host, no credentials, and (unless `allow_private`) no address or name
    of this machine or a private network."""
    if len(url) > MAX_URL_CHARS:
        raise ValidationFailed(f"url: longer than {MAX_URL_CHARS} characters")
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise ValidationFailed("url: contains whitespace or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise ValidationFailed(f"url: {exc}") from None
    if parts.scheme.lower() not in SCHEMES:
        raise ValidationFailed("url: only http and https URLs are allowed")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise ValidationFailed("url: a host is required")
    if parts.username is not None or parts.password is not None:
        raise ValidationFailed("url: credentials in the URL are not allowed; use the secret")
    if port == 0:
        raise ValidationFailed("url: port 0 is not allowed")
    if not allow_private and not host_may_be_public(host):
        raise ValidationFailed("url: the host is on this machine or a private network")
    return url


def host_may_be_public(host: str) -> bool:
    """False for names and literal addresses that are certainly not public; a public-looking
    name is checked again against its addresses when sending."""
    lowered = host.lower()
    if lowered == "localhost" or lowered.endswith((".localhost", ".local", ".internal")):
        return False
    try:
        return is_public_address(lowered.strip("[]"))
    except ValueError:
        pass
    # Dotted or integer forms of IPv4 that resolvers accept ("127.1", "2130706433").
    if lowered.replace(".", "").isdigit() or lowered.startswith("0x"):
        return False
    return "." in lowered
