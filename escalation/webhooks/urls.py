"""Which webhook URLs are acceptable. Pure functions (name resolution is the caller's)."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from core.errors import ValidationFailed

MAX_URL_CHARS = 2000
SCHEMES = frozenset({"http", "https"})


_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries and that a host may route to: mapped
    (::ffff:a.b.c.d), the deprecated compatible form (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d),
    6to4 (2002:aabb:ccdd::) and Teredo."""
    found = [v4 for v4 in (ip.ipv4_mapped, ip.sixtofour) if v4 is not None]
    if ip.teredo is not None:
        found.extend(ip.teredo)
    if any(ip in net for net in _NAT64) or (ip in _IPV4_COMPATIBLE and int(ip) > 1):
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def is_public_address(address: str) -> bool:
    """False for loopback, private, link-local (cloud metadata), multicast, reserved and
    unspecified addresses, IPv4 and IPv6; an IPv6 address that carries an IPv4 address
    (mapped, compatible, NAT64, 6to4, Teredo) is public only if that IPv4 address is."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        carried = embedded_ipv4(ip)
        if carried:
            return all(v4.is_global and not v4.is_multicast for v4 in carried)
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
