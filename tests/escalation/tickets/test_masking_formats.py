"""Masking the cards' preview: the formats customers write personal data in, and the
ordinary numbers that must stay readable. Pure functions, no database."""

from __future__ import annotations

import time

import pytest

from escalation.tickets.masking import PREVIEW_CHARS, mask_personal_data, preview

MASKED = [
    # (text, language, masked)
    ("call me on +46 (0)70-123 45 67 today", "sv", "call me on [phone] today"),
    ("call me on +46 (0)70-123 45 67 today", "en", "call me on [phone] today"),
    ("ring mig på 070-123 45 67", "sv", "ring mig på [phone]"),
    ("ring mig på 070-123 45 67", None, "ring mig på [phone]"),
    ("my number is (555) 123-4567.", "en", "my number is [phone]."),
    ("my number is (555) 123-4567.", "de", "my number is [phone]."),
    ("Handy: +49 151 23456789", "de", "Handy: [phone]"),
    ("Handy: +49 151 23456789", "fi", "Handy: [phone]"),
    ("Tel. 030/1234567 oder 0176 12345678", "de", "Tel. [phone] oder [phone]"),
    ("06 12 34 56 78 ou +33 6 12 34 56 78", "fr", "[phone] ou [phone]"),
    ("bel 06 12345678", "nl", "bel [phone]"),
    ("SSN 123-45-6789", "en", "SSN [id]"),
    ("my ssn is 123456789", "en", "my ssn is [id]"),
    ("card 4111.1111.1111.1111 expired", "en", "card [card] expired"),
    ("card 4111 1111 1111 1111 expired", "en", "card [card] expired"),
    ("card 4111-1111-1111-1111 expired", None, "card [card] expired"),
    ("personnummer 19811218-9876", "sv", "personnummer [id]"),
    ("personnummer 811218-9876", "sv", "personnummer [id]"),
    ("pnr 811218-9876", "en", "pnr [id]"),
    ("IBAN SE45 5000 0000 0583 9825 7466 tack", "sv", "IBAN [iban] tack"),
    ("IBAN DE89370400440532013000", "de", "IBAN [iban]"),
    ("mail anna.b+shop@example.co.uk now", None, "mail [email] now"),
    ("Storgatan 12, 114 55 Stockholm", "sv", "[address]"),
    ("I live at Storgatan 12, 114 55 Stockholm now", "en", "I live at [address] now"),
    ("Hauptstraße 5, 10115 Berlin", "de", "[address]"),
    ("Berliner Straße 12a", "de", "[address]"),
    ("send it to 12 Main Street please", "en", "send it to [address] please"),
    ("221B Baker Street", None, "[address]"),
    ("12 rue de la Paix, 75002 Paris", "fr", "[address]"),
    ("Via Roma 10, 00184 Roma", "it", "[address]"),
    ("Calle Mayor 5, 28013 Madrid", "es", "[address]"),
    ("Rua Augusta 100, 1100-053 Lisboa", "pt", "[address]"),
    ("ul. Marszałkowska 10/12, 00-950 Warszawa", "pl", "[address]"),
    ("Damstraat 5, 1012 JM Amsterdam", "nl", "[address]"),
    ("Mannerheimintie 5, 00100 Helsinki", "fi", "[address]"),
    ("Vesterbrogade 3, 1620 København", "da", "[address]"),
    ("Karl Johans gate 1, 0154 Oslo", "no", "[address]"),
    ("hetu 131052-308T", "fi", "hetu [id]"),
    ("cpr 211062-5629", "da", "cpr [id]"),
    ("fødselsnummer 15108695088", "no", "fødselsnummer [id]"),
    ("BSN 111222333", "nl", "BSN [id]"),
    ("DNI 54362315K", "es", "DNI [id]"),
    ("codice fiscale RCCMNL83S18D969H", "it", "codice fiscale [id]"),
    ("PESEL 44051401359", "pl", "PESEL [id]"),
    ("NIR 2 95 10 99 126 111 93", "fr", "NIR [id]"),
    ("Steuer-ID 36 574 261 809", "de", "Steuer-ID [id]"),
]

ORDINARY = [
    ("my order 12345 never came", "en"),
    ("order 12345678 from 2024-01-15, 15.01.2024, 01.02.2024, 1200 EUR", None),
    ("order 12345678 from 2024-01-15, 15.01.2024, 01.02.2024, 1200 EUR", "fi"),
    ("I paid €49.90 on 12.03.2024 at 14:30", "en"),
    ("I paid €49.90 on 12.03.2024 at 14:30", None),
    ("Ich habe 1.234,56 € am 3.4.2024 um 14:30 Uhr bezahlt", "de"),
    ("Rechnung Nr. 2024-001234 und Bestellung 0612345678", "de"),
    ("it cost 1 234 567 kr in total", "sv"),
    ("tracking number 00340434161094042557", "en"),
    ("between 10:00 and 12:00 on 12 March 2024, 3 items", "en"),
    ("please investigate 2 charges", "en"),
    ("I waited 12 days at gate 5, sent via DHL 3 days ago", "en"),
    ("version 10.0.19045.3803, order #1234567", "en"),
    ("pnr 811218-9875 is not a valid one", "sv"),  # wrong check digit
    ("4111 1111 1111", "en"),  # too short for a card
]


@pytest.mark.parametrize(("text", "language", "masked"), MASKED)
def test_personal_data_formats_are_masked(text: str, language: str | None, masked: str) -> None:
    assert mask_personal_data(text, language) == masked


@pytest.mark.parametrize(("text", "language"), ORDINARY)
def test_ordinary_text_is_left_alone(text: str, language: str | None) -> None:
    assert mask_personal_data(text, language) == text


def test_sensitive_messages_show_only_their_topic_and_previews_are_short() -> None:
    assert preview("my mother died, call me on +46 (0)70-123 45 67", "en") == (
        "[bereavement: message not shown]"
    )
    assert preview("min mamma har gått bort, ring 070-123 45 67", "sv") == (
        "[bereavement: message not shown]"
    )
    shown = preview("Hi! " * 100 + "Storgatan 12", "sv")
    assert len(shown) == PREVIEW_CHARS and shown.endswith("…")
    assert preview("Where is my refund for order 1042?", "en") == (
        "Where is my refund for order 1042?"
    )


def test_nothing_is_half_shown_at_the_cut_however_long_the_message() -> None:
    # A number right at the preview's end, and far past the masking window.
    for pad in (PREVIEW_CHARS - 10, 590, 597, 1190):
        text = "x" * pad + " 4111 1111 1111 1111 and 070-123 45 67"
        assert "1111" not in preview(text, "sv") and "45 67" not in preview(text, "sv")
    # Placeholders shrink the text: whatever ends up in the preview is masked.
    many = " ".join(["+46701234567"] * 400)
    shown = preview(many, "sv")
    assert set(shown.replace("…", "").split()) == {"[phone]"}


@pytest.mark.parametrize(
    "hostile",
    [
        "1 " * 2000,
        "1." * 2000,
        "+1 " * 1300,
        "9" * 4000,
        "Storgatan " * 400,
        "12 rue " * 500,
        "Ab Cd Ef " * 400 + "Street",
        "(" * 2000 + "1" * 10,
        "a@" * 2000,
        "0701234567 " * 350,
        "\x00\u202e<script>" * 300,
    ],
    ids=range(11),
)
def test_hostile_input_is_masked_quickly_and_never_raises(hostile: str) -> None:
    started = time.perf_counter()
    shown = preview(hostile, None)
    assert len(shown) <= PREVIEW_CHARS
    assert time.perf_counter() - started < 2.0
    assert mask_personal_data(hostile[:500], "en")  # no exception, something left
