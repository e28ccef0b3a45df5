"""Webhook signatures, retry timing and URL checks as pure functions."""

from __future__ import annotations

import pytest

from core.errors import ValidationFailed
from escalation.webhooks.signing import backoff_s, signature, signature_header, verify_signature
from escalation.webhooks.transport import pinned
from escalation.webhooks.urls import check_url, is_public_address

SECRET = "whsec_test_secret_0123456789"
BODY = b'{"id":"evt_1","type":"ticket.created"}'


def test_the_signature_is_hmac_sha256_over_timestamp_and_body() -> None:
    import hashlib
    import hmac

    header = signature_header(SECRET, 1_700_000_000, BODY)
    expected = hmac.new(SECRET.encode(), b"1700000000." + BODY, hashlib.sha256).hexdigest()
    assert header == f"t=1700000000,v1={expected}"
    assert verify_signature(SECRET, header, BODY, now=1_700_000_100)


def test_verification_rejects_tampering_replays_and_garbage() -> None:
    header = signature_header(SECRET, 1_700_000_000, BODY)
    assert not verify_signature(SECRET, header, BODY + b" ", now=1_700_000_000)  # body changed
    assert not verify_signature("another-secret-entirely", header, BODY, now=1_700_000_000)
    assert not verify_signature(SECRET, header, BODY, now=1_700_000_000 + 301)  # too old: a replay
    forged = header.replace("t=1700000000", "t=1700000200")  # a fresh time, old signature
    assert not verify_signature(SECRET, forged, BODY, now=1_700_000_200)
    for bad in ("", "v1=abc", "t=x,v1=abc", f"t=1700000000,v0={signature(SECRET, 1, BODY)}"):
        assert not verify_signature(SECRET, bad, BODY, now=1_700_000_000)
    rotated = f"t=1700000000,v1={'0' * 64},v1={signature(SECRET, 1_700_000_000, BODY)}"
    assert verify_signature(SECRET, rotated, BODY, now=1_700_000_000)


def test_backoff_doubles_up_to_six_hours() -> None:
    assert [backoff_s(n, 10) for n in (1, 2, 3, 4)] == [10, 20, 40, 80]
    assert backoff_s(30, 10) == 6 * 3600


@pytest.mark.parametrize(
    "url",
    [
        "https://hooks.example.com/relaydesk",
        "http://hooks.example.com:8080/x?y=1",
        "https://93.184.216.34/hook",
    ],
)
def test_public_http_urls_are_accepted(url: str) -> None:
    assert check_url(url, allow_private=False) == url


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("file:///etc/passwd", "only http and https"),
        ("javascript:alert(1)", "only http and https"),
        ("ftp://example.com/x", "only http and https"),
        ("gopher://127.0.0.1:6379/_FLUSHALL", "only http and https"),
        ("data:text/html,hi", "only http and https"),
        ("https://", "a host is required"),
        ("http:///path", "a host is required"),
        ("https://user:pw@example.com/", "credentials"),
        ("https://exa mple.com/", "whitespace"),
        ("https://example.com/\r\nX-Injected: 1", "whitespace"),
        ("http://127.0.0.1:8000/", "private network"),
        ("http://localhost/", "private network"),
        ("http://api.localhost/", "private network"),
        ("http://169.254.169.254/latest/meta-data/", "private network"),
        ("http://10.0.0.5/", "private network"),
        ("http://192.168.1.1/", "private network"),
        ("http://[::1]/", "private network"),
        ("http://[::ffff:127.0.0.1]/", "private network"),
        ("http://[::127.0.0.1]/", "private network"),  # IPv4-compatible
        ("http://[64:ff9b::7f00:1]/", "private network"),  # NAT64
        ("http://[2002:7f00:1::]/", "private network"),  # 6to4
        ("http://[2002:a9fe:a9fe::]/", "private network"),  # 6to4 of the metadata address
        ("http://[64:ff9b::a00:5]/", "private network"),  # NAT64 of 10.0.0.5
        ("http://2130706433/", "private network"),
        ("http://127.1/", "private network"),
        ("http://0x7f000001/", "private network"),
        ("http://0.0.0.0/", "private network"),
        ("http://metadata.google.internal/", "private network"),
        ("https://example.com:99999/", "url:"),
        ("https://example.com/" + "a" * 2000, "longer than 2000"),
    ],
)
def test_hostile_urls_are_refused(url: str, why: str) -> None:
    with pytest.raises(ValidationFailed) as err:
        check_url(url, allow_private=False)
    assert why in err.value.detail


def test_public_ipv6_carrying_public_ipv4_is_accepted() -> None:
    for url in (
        "https://[2002:808:808::]/hook",
        "https://[64:ff9b::808:808]/hook",
        "https://[2001:4860:4860::8888]/hook",
    ):
        assert check_url(url, allow_private=False) == url


def test_private_hosts_only_when_allowed() -> None:
    assert check_url("http://127.0.0.1:8123/hook", allow_private=True)
    with pytest.raises(ValidationFailed):
        check_url("file:///etc/passwd", allow_private=True)
    assert is_public_address("8.8.8.8") and not is_public_address("fe80::1%eth0")
    assert not is_public_address("224.0.0.1") and not is_public_address("100.64.0.1")


@pytest.mark.parametrize(
    ("url", "address", "target", "host"),
    [
        (
            "https://hooks.example.com/x?y=1",
            "93.184.216.34",
            "https://93.184.216.34/x?y=1",
            "hooks.example.com",
        ),
        (
            "https://hooks.example.com:8443/x",
            "2606:2800:220:1::1",
            "https://[2606:2800:220:1::1]:8443/x",
            "hooks.example.com:8443",
        ),
        ("http://[2001:db8::1]:81/", "2001:db8::1", "http://[2001:db8::1]:81/", "[2001:db8::1]:81"),
    ],
)
def test_a_request_is_pinned_to_the_checked_address(
    url: str, address: str, target: str, host: str
) -> None:
    assert pinned(url, address) == (target, host)
