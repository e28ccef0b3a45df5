"""The bot's texts per language, read from ``router/bot/locale/<language>.yaml``.

Each file has three sections: ``dialogue`` (what the bot says to steer a conversation: asking
to rephrase, offering a person, asking which topic is meant), ``system`` (notices: a person
joins, the queue position, ...) and ``facts`` (sentences about the customer's own data). A key
missing in a language falls back to English; a text is never sent with a placeholder left in it.
The files are validated when they are loaded: every key must exist in English and take the same
placeholders as the English text.
"""

from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from core.errors import ValidationFailed

LOCALE_DIR = Path(__file__).parent / "locale"
Section = Literal["dialogue", "system", "facts"]
SECTIONS: tuple[Section, ...] = ("dialogue", "system", "facts")
Texts = dict[str, dict[str, dict[str, str]]]  # section -> key -> language -> text


def placeholders(text: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)


def load_texts(folder: Path = LOCALE_DIR) -> Texts:
    """Every language's texts, validated against English."""
    texts: Texts = {section: {} for section in SECTIONS}
    for path in sorted(folder.glob("*.yaml")):
        language = path.stem
        if language == "words":
            continue  # the dialogue's word lists (router.bot.dialogue)
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ValidationFailed(f"{path}: not valid YAML: {exc}") from exc
        if not isinstance(doc, dict) or doc.get("language", language) != language:
            raise ValidationFailed(f"{path}: a mapping with `language: {language}` expected")
        for section in SECTIONS:
            entries = doc.get(section) or {}
            if not isinstance(entries, dict):
                raise ValidationFailed(f"{path}: `{section}` must be a mapping of texts")
            for key, written in entries.items():
                if not isinstance(written, str) or not written.strip():
                    raise ValidationFailed(f"{path}: {section}.{key} must be a non-empty text")
                texts[section].setdefault(str(key), {})[language] = written.strip()
    for name, keys in texts.items():
        for key, by_language in keys.items():
            english = by_language.get("en")
            if english is None:
                raise ValidationFailed(f"{name}.{key} has no English text (en.yaml)")
            for language, written in by_language.items():
                if placeholders(written) != placeholders(english):
                    raise ValidationFailed(
                        f"{language}.yaml: {name}.{key} takes {sorted(placeholders(written))}, "
                        f"English takes {sorted(placeholders(english))}"
                    )
    return texts


@lru_cache(maxsize=1)
def all_texts() -> Texts:
    return load_texts()


def languages(section: Section, key: str) -> frozenset[str]:
    return frozenset(all_texts()[section][key])


def text(section: Section, key: str, language: str | None, **values: Any) -> str:
    """The text in `language` (English when there is none), with `values` filled in."""
    by_language = all_texts()[section][key]
    template = by_language.get(language or "en") or by_language["en"]
    needed = placeholders(template)
    missing = needed - values.keys()
    if missing:
        raise KeyError(f"{section} text {key!r} needs {', '.join(sorted(missing))}")
    return template.format(**values) if needed else template
