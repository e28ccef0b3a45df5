"""The knowledge base's example messages (``router/bot/kb/<lang>/*.md``, ``examples:``) are
ordinary questions the bot answers: none raises a risk topic ("I lost my phone and can't get
the login code" is a login problem, "a dispute with the shop, can I pause the payment?" the
pause_payment topic, "køb ikke godkendt" a declined purchase)."""

from __future__ import annotations

from router.classification.risk import detect_risk
from tests.support.kb import kb_examples


def test_knowledge_base_examples_raise_no_risk() -> None:
    examples = kb_examples()
    assert len({lang for lang, _, _ in examples}) == 12
    alarms = [
        (lang, topic, text, detect_risk(text, lang).matched)
        for lang, topic, text in examples
        if detect_risk(text, lang).risky
    ]
    assert alarms == []
