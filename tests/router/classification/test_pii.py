"""Personal data: checked card numbers and IBANs, e-mails, phones; look-alikes left alone."""

from __future__ import annotations

import dataclasses

import pytest

from router.classification.pii import PiiFindings, find_pii, iban_ok, luhn_ok, redact

# (text, expected kinds, expected matched substrings)
POSITIVES = [
    ("my card is 4111 1111 1111 1111", ("card_number",), ["4111 1111 1111 1111"]),
    ("4111-1111-1111-1111", ("card_number",), ["4111-1111-1111-1111"]),
    ("5555555555554444", ("card_number",), ["5555555555554444"]),
    ("Amex 3714 496353 98431 please", ("card_number",), ["3714 496353 98431"]),
    ("card 4111 1111 1111 1111 exp 12/26", ("card_number",), ["4111 1111 1111 1111"]),
    ("IBAN DE89 3704 0044 0532 0130 00 thanks", ("iban",), ["DE89 3704 0044 0532 0130 00"]),
    ("de89370400440532013000", ("iban",), ["de89370400440532013000"]),
    ("GB82 WEST 1234 5698 7654 32", ("iban",), ["GB82 WEST 1234 5698 7654 32"]),
    ("SE45 5000 0000 0583 9825 7466", ("iban",), ["SE45 5000 0000 0583 9825 7466"]),
    ("NL91ABNA0417164300.", ("iban",), ["NL91ABNA0417164300"]),
    ("FR14 2004 1010 0505 0001 3M02 606", ("iban",), ["FR14 2004 1010 0505 0001 3M02 606"]),
    ("NO93 8601 1117 947", ("iban",), ["NO93 8601 1117 947"]),
    ("mail jane.doe+shop@example.co.uk!", ("email",), ["jane.doe+shop@example.co.uk"]),
    ("<b>john@x.io</b>", ("email",), ["john@x.io"]),
    ("ring mig på +46 70 123 45 67", ("phone",), ["+46 70 123 45 67"]),
    ("0049 30 1234567", ("phone",), ["0049 30 1234567"]),
    ("Handy: 0171 1234567", ("phone",), ["0171 1234567"]),
    ("070-123 45 67", ("phone",), ["070-123 45 67"]),
    ("030 12345678", ("phone",), ["030 12345678"]),
    ("06 12 34 56 78", ("phone",), ["06 12 34 56 78"]),
    ("zadzwoń 512 345 678", ("phone",), ["512 345 678"]),
    ("ring 912 34 567", ("phone",), ["912 34 567"]),
    ("phone no: 0701234567", ("phone",), ["0701234567"]),
    ("+1 (555) 123-4567", ("phone",), ["+1 (555) 123-4567"]),
    ("+44 20 7946 0958", ("phone",), ["+44 20 7946 0958"]),
]

NEGATIVES = [
    "order 1042",
    "my order number is 10428812",
    "Bestellnummer: 0123456789",
    "Rechnung Nr. 0123456789",
    "ticket #12345678",
    "€ 1.234,56",
    "1.234,56 €",
    "12 345 678 kr",
    "sum 1 234 567,89 €",
    "12.345.678",
    "2026-11-25",
    "25.11.2026",
    "11/25/2026",
    "2026-11-25 14:30",
    "1234 5678 9012 3456",  # 16 digits, fails Luhn
    "4111111111111112",  # fails Luhn
    "reference 7992739871300000001",
    "DE89 3704 0044 0532 0130 01",  # IBAN with a wrong check
    "XX89 3704 0044 0532 0130 00",  # no such country
    "a@b",
    "user@localhost",
    "@handle",
    "SELECT * FROM users WHERE id = 12345678; --",
    "version 1.2.3",
    "12:30",
    "",
]


@pytest.mark.parametrize(("text", "kinds", "found"), POSITIVES)
def test_finds(text: str, kinds: tuple[str, ...], found: list[str]) -> None:
    result = find_pii(text)
    assert result.kinds == kinds, result
    assert [text[a:b] for a, b, _ in result.spans] == found


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_are_not_pii(text: str) -> None:
    assert find_pii(text) == PiiFindings((), ())


def test_redact_replaces_each_finding() -> None:
    text = (
        "Card 4111 1111 1111 1111, IBAN DE89370400440532013000, mail me at a.b@example.com "
        "or call +46 70 123 45 67 about order 1042 of 2026-11-25 (€ 1.234,56)."
    )
    assert redact(text) == (
        "Card [card number], IBAN [IBAN], mail me at [e-mail] "
        "or call [phone] about order 1042 of 2026-11-25 (€ 1.234,56)."
    )
    result = find_pii(text)
    assert result.kinds == ("card_number", "iban", "email", "phone")
    assert [s[0] for s in result.spans] == sorted(s[0] for s in result.spans)


def test_redact_leaves_clean_text_alone() -> None:
    for text in ["", "hello", "order 1042", "你好", "🙂" * 50]:
        assert redact(text) == text


def test_iban_digits_are_not_also_a_card_or_phone() -> None:
    result = find_pii("DE89 3704 0044 0532 0130 00")
    assert result.spans == ((0, 27, "iban"),)


def test_checks() -> None:
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")
    assert luhn_ok("79927398713")
    assert iban_ok("DE89370400440532013000")
    assert iban_ok("gb82west12345698765432")
    assert not iban_ok("DE89370400440532013001")
    assert not iban_ok("DE8937040044053201300")  # too short for DE


@pytest.mark.parametrize(
    "text",
    [
        "x" * 10_000,
        "1" * 10_000,
        "4111 " * 2_000,
        "@" * 5_000,
        "+" * 1_000 + "0" * 1_000,
        "a@" * 3_000,
        "<script>alert('4111111111111111')</script>",
        "\x00\n\t",
        "💳💳💳",
    ],
)
def test_hostile_input(text: str) -> None:
    result = find_pii(text)
    for start, end, kind in result.spans:
        assert 0 <= start < end <= len(text)
        assert kind in result.kinds
    redacted = redact(text)
    assert isinstance(redacted, str)


def test_card_inside_html_is_redacted() -> None:
    assert redact("<script>alert('4111111111111111')</script>") == (
        "<script>alert('[card number]')</script>"
    )


def test_many_findings_in_a_long_text() -> None:
    text = " ".join(["4111 1111 1111 1111 and x@y.org"] * 200)
    result = find_pii(text)
    assert len(result.spans) == 400
    assert "4111" not in redact(text)


def test_result_is_frozen() -> None:
    result = find_pii("x@y.org")
    assert result.found
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.kinds = ()  # type: ignore[misc]
