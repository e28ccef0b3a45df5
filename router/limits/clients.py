"""Who the client is, for the limits: the address that connected, never a header it sent.

`X-Forwarded-For` is read only when the connecting peer is one of `RELAYDESK_TRUSTED_PROXIES`
(addresses or networks): then the client is the first address, from the right, that is not
one of those proxies (what the proxies appended themselves; whatever the client wrote to the
left of it is ignored). An IPv6 client is counted by its /64 network, which one subscriber
usually holds whole; an IPv4 address mapped into IPv6 counts as the IPv4 address.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from starlette.requests import Request

from core.settings import get_settings

IPv4Or6 = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
MAX_HOPS = 20  # a longer X-Forwarded-For is not read past its last 20 entries
UNKNOWN = "unknown"


def client_address(request: Request) -> str:
    """The subject the per-client limits count this request under."""
    peer = request.client.host if request.client else ""
    forwarded = request.headers.getlist("x-forwarded-for")
    return address_of(peer, forwarded, trusted_networks(get_settings().trusted_proxies))


def address_of(peer: str, forwarded_for: list[str], trusted: tuple[Network, ...]) -> str:
    """Pure: the client's subject from the peer, the X-Forwarded-For header lines and the
    trusted proxies."""
    client = _parse(peer)
    if client is None:  # not an IP address (a unix socket, a test client): as it is
        return peer[:64] or UNKNOWN
    if trusted and _is_trusted(client, trusted):
        hops = [h.strip() for line in forwarded_for for h in line.split(",")][-MAX_HOPS:]
        for hop in reversed(hops):
            address = _parse(hop)
            if address is None:
                break  # garbage where an address should be: keep the last proxy that wrote
            client = address
            if not _is_trusted(address, trusted):
                break
    return _subject(client)


@lru_cache(maxsize=8)
def trusted_networks(setting: str) -> tuple[Network, ...]:
    """`RELAYDESK_TRUSTED_PROXIES` (validated by the settings) as networks."""
    return tuple(ipaddress.ip_network(e, strict=False) for e in setting.split(",") if e)


def _parse(value: str) -> IPv4Or6 | None:
    value = value.strip()
    if value.startswith("[") and "]" in value:  # [v6]:port
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # v4:port
        value = value.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _is_trusted(address: IPv4Or6, trusted: tuple[Network, ...]) -> bool:
    return any(address.version == n.version and address in n for n in trusted)


def _subject(address: IPv4Or6) -> str:
    if isinstance(address, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)
