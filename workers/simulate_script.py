"""What `relaydesk simulate`'s customers and agents write, taken from the shipped data: the
knowledge base's example questions (`router.bot.knowledge`), its small-talk examples (thanks,
goodbye) and the development conversations (`router/bot/data/conversations/dev/<lang>.yaml`:
requests for a person, frustration). Pure apart from reading those files once.

A customer follows one behaviour (`BEHAVIOURS`):
- `question`: asks one question from the knowledge base and leaves with the answer;
- `thanks`: asks, then thanks the bot (and sometimes says goodbye);
- `person`: plays one of the set's "request for a person" conversations (in their language);
- `loop`: asks the same question three times (the bot offers a person), then says yes
  (the words of the set's loop conversations);
- `angry`: plays one of the set's frustration conversations (anger, swearing);
- `dialogue`: plays any conversation of the set (follow-ups, clarifications, typos, ...).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from core.errors import ValidationFailed
from router.bot.evaluation import DEV_SET, ConversationSpec, load_set
from router.bot.knowledge import Article, KnowledgeBase, knowledge_base

BEHAVIOURS = ("question", "thanks", "person", "loop", "angry", "dialogue")
DEFAULT_MIX: dict[str, float] = {
    "question": 0.35,
    "thanks": 0.2,
    "person": 0.15,
    "loop": 0.1,
    "angry": 0.1,
    "dialogue": 0.1,
}
LOOP_REPEATS = 3

# What a simulated agent writes first, before the article's text: {name} is their name.
AGENT_GREETINGS = {
    "en": "Hi, this is {name} from customer service. I'm looking into this for you now.",
    "de": "Hallo, hier ist {name} vom Kundenservice. Ich schaue mir das jetzt für dich an.",
    "sv": "Hej, det här är {name} från kundtjänst. Jag tittar på det här åt dig nu.",
    "da": "Hej, det er {name} fra kundeservice. Jeg kigger på det for dig nu.",
    "no": "Hei, dette er {name} fra kundeservice. Jeg ser på dette for deg nå.",
    "fi": "Hei, täällä {name} asiakaspalvelusta. Katson asiaa puolestasi nyt.",
    "fr": "Bonjour, ici {name} du service client. Je regarde cela pour vous tout de suite.",
    "es": "Hola, soy {name} de atención al cliente. Lo reviso ahora mismo.",
    "it": "Ciao, sono {name} del servizio clienti. Controllo subito per te.",
    "nl": "Hallo, met {name} van de klantenservice. Ik kijk er nu voor je naar.",
    "pl": "Dzień dobry, tu {name} z obsługi klienta. Już to sprawdzam.",
    "pt": "Olá, fala {name} do apoio ao cliente. Vou verificar isso para si agora.",
}


@dataclass(frozen=True)
class Phrases:
    """What one language offers."""

    questions: tuple[str, ...]  # examples of answerable articles
    thanks: tuple[str, ...]
    goodbyes: tuple[str, ...]
    person: tuple[tuple[str, ...], ...]  # dev conversations that ask for a person
    yes: tuple[str, ...]  # taking the bot's offer of a person (dev loop conversations)
    angry: tuple[tuple[str, ...], ...]  # dev frustration conversations
    dialogues: tuple[tuple[str, ...], ...]  # every dev conversation


@dataclass(frozen=True)
class Script:
    behaviour: str
    language: str
    turns: tuple[str, ...]
    rating: tuple[int, ...] = field(default=(5, 5, 4, 4, 4, 3))  # scores it may give a person


def _turns(spec: ConversationSpec) -> tuple[str, ...]:
    return tuple(t.text for t in spec.turns)


def _offered(spec: ConversationSpec) -> bool:
    """A conversation whose customer takes a person offered in the turn before the last."""
    turns = spec.turns
    return len(turns) >= 2 and "offer" in turns[-2].expect and turns[-1].expect == ("person",)


def _examples(articles: Sequence[Article], article_id: str) -> tuple[str, ...]:
    return tuple(e for a in articles if a.id == article_id for e in a.examples)


def build_phrasebook(kb: KnowledgeBase, dev: Sequence[ConversationSpec]) -> dict[str, Phrases]:
    """Per language with both articles and development conversations: its phrases."""
    book: dict[str, Phrases] = {}
    for lang in sorted(kb.languages):
        mine = [a for a in kb.articles if a.language == lang]
        specs = [s for s in dev if s.language == lang]
        questions = tuple(e for a in mine if a.kind == "answer" for e in a.examples)
        if not questions or not specs:
            continue

        book[lang] = Phrases(
            questions=questions,
            thanks=_examples(mine, "thanks") or ("thanks",),
            goodbyes=_examples(mine, "goodbye") or ("bye",),
            person=tuple(_turns(s) for s in specs if s.category == "person_request"),
            yes=tuple(s.turns[-1].text for s in specs if s.category == "loop" and _offered(s)),
            angry=tuple(_turns(s) for s in specs if s.category == "frustration"),
            dialogues=tuple(_turns(s) for s in specs),
        )
    return book


@lru_cache(maxsize=1)
def shipped_phrasebook() -> dict[str, Phrases]:
    """The phrasebook of this installation's knowledge base and development set."""
    return build_phrasebook(knowledge_base(), load_set(DEV_SET))


def parse_mix(text: str, known: Sequence[str], what: str) -> dict[str, float]:
    """ "en:0.4,de:0.3" -> {"en": 0.4, "de": 0.3}, weights normalised to sum 1. A bare name
    weighs 1. ValidationFailed names what is wrong."""
    weights: dict[str, float] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, _, raw = part.partition(":")
        name = name.strip()
        if name not in known:
            raise ValidationFailed(f"{what}: unknown {name!r}; choose from {', '.join(known)}")
        if name in weights:
            raise ValidationFailed(f"{what}: {name!r} is given twice")
        try:
            weight = float(raw) if raw.strip() else 1.0
        except ValueError:
            raise ValidationFailed(f"{what}: {part!r} is not name:weight") from None
        if not 0 <= weight < float("inf"):
            raise ValidationFailed(f"{what}: the weight of {name!r} must be 0 or more")
        weights[name] = weight
    total = sum(weights.values())
    if total <= 0:
        raise ValidationFailed(f"{what}: give at least one positive weight, e.g. {known[0]}:1")
    return {name: w / total for name, w in weights.items() if w > 0}


def pick(rng: random.Random, weights: Mapping[str, float]) -> str:
    names = list(weights)
    return rng.choices(names, weights=[weights[n] for n in names])[0]


def script(rng: random.Random, phrases: Phrases, language: str, behaviour: str) -> Script:
    """The turns one customer of `behaviour` writes (falls back to a question when the
    language's set has no conversation of that kind)."""
    question = rng.choice(phrases.questions)
    if behaviour == "thanks":
        turns = [question, rng.choice(phrases.thanks)]
        if rng.random() < 0.5:
            turns.append(rng.choice(phrases.goodbyes))
        return Script(behaviour, language, tuple(turns))
    if behaviour == "loop":  # the same question again and again, then yes to a person
        yes = (rng.choice(phrases.yes),) if phrases.yes else ()
        return Script(behaviour, language, (question,) * LOOP_REPEATS + yes, rating=(4, 3, 3, 2))
    if behaviour == "person" and phrases.person:
        return Script(behaviour, language, rng.choice(phrases.person))
    if behaviour == "angry" and phrases.angry:
        return Script(behaviour, language, rng.choice(phrases.angry), rating=(4, 3, 2, 1, 1))
    if behaviour == "dialogue" and phrases.dialogues:
        return Script(behaviour, language, rng.choice(phrases.dialogues))
    return Script("question", language, (question,))


def agent_reply(kb: KnowledgeBase, language: str | None, topic: str | None, name: str) -> str:
    """An agent's first reply: a greeting in the customer's language and, when the ticket
    has a topic, the start of its article (English greeting for other languages)."""
    lang = language if language in AGENT_GREETINGS else "en"
    text = AGENT_GREETINGS[lang].format(name=name)
    article = kb.find(topic, lang) if topic else None
    if article is not None and article.kind == "answer" and article.body:
        first = article.body.split("\n\n")[0].strip()
        text += " " + (first if len(first) <= 600 else first[:597].rstrip() + "…")
    return text
