"""The knowledge base's example messages (``router/bot/kb/<lang>/*.md``, ``examples:``) are
ordinary questions the bot answers: none raises a risk topic ("I lost my phone and can't get
the login code" is a login problem, "a dispute with the shop, can I pause the payment?" the
pause_payment topic, "køb ikke godkendt" a declined purchase)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from router.classification.risk import detect_risk

KB = Path(__file__).resolve().parents[3] / "router" / "bot" / "kb"


def kb_examples() -> list[tuple[str, str, str]]:
    """(language, topic, example) for every example message of the knowledge base."""
    found: list[tuple[str, str, str]] = []
    for path in sorted(KB.glob("*/*.md")):
        front = path.read_text(encoding="utf-8").split("---")[1]
        for example in yaml.safe_load(front).get("examples") or []:
            found.append((path.parent.name, path.stem, str(example)))
    return found


@pytest.mark.skipif(not KB.is_dir(), reason="knowledge base not present")
def test_knowledge_base_examples_raise_no_risk() -> None:
    examples = kb_examples()
    assert len({lang for lang, _, _ in examples}) == 12
    alarms = [
        (lang, topic, text, detect_risk(text, lang).matched)
        for lang, topic, text in examples
        if detect_risk(text, lang).risky
    ]
    assert alarms == []
