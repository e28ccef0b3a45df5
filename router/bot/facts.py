"""The customer's own data for a topic, as sentences in their language, with sources.

One function per knowledge-base topic (the article id): payments, refunds, returns and
delivery look up the customer's data; other topics have none. Every look-up goes through
`CustomerData`, which is bound to the conversation's customer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from router.bot.extract import Amount
from router.bot.phrases import format_date, format_money, phrase
from router.customers.backend import CustomerData, Instalment, Money, Order, Refund, Return

MAX_ORDERS = 3  # order numbers looked up per message


@dataclass
class Facts:
    sentences: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    grounded: bool = False  # at least one sentence states the customer's own data

    def say(self, text: str, source: str | None = None, *, grounded: bool = True) -> None:
        self.sentences.append(text)
        if source is not None and source not in self.sources:
            self.sources.append(source)
        self.grounded = self.grounded or grounded


@dataclass(frozen=True)
class Ask:
    data: CustomerData
    numbers: Sequence[str]  # order numbers the customer mentioned
    amounts: Sequence[Amount]
    language: str
    today: date

    def money(self, value: Money) -> str:
        return format_money(value, self.language)

    def day(self, value: date | None) -> str:
        return format_date(value, self.language, self.today) if value else "?"

    def orders_for(self, facts: Facts, tool: str) -> list[Order]:
        """The mentioned orders that are this customer's; the others are "not found"."""
        found = []
        for number in self.numbers[:MAX_ORDERS]:
            order = self.data.order(number)
            if order is None:
                facts.say(
                    phrase("order_not_found", self.language, order=number),
                    f"tool:{tool}:{number}",
                    grounded=False,
                )
            else:
                found.append(order)
        return found


def _matches_amount(value: Money, amounts: Sequence[Amount]) -> bool:
    return any(a.cents == value.cents and a.currency == value.currency for a in amounts)


def _total(instalments: Sequence[Instalment]) -> Money | None:
    currencies = {i.amount.currency for i in instalments}
    if len(currencies) != 1:
        return None
    return Money(sum(i.amount.cents for i in instalments), currencies.pop())


def _next_due(ask: Ask, facts: Facts, instalment: Instalment, source: str) -> None:
    key = "next_instalment" if instalment.count > 1 else "next_payment"
    facts.say(
        phrase(
            key,
            ask.language,
            amount=ask.money(instalment.amount),
            order=instalment.order_number,
            date=ask.day(instalment.due_on),
        ),
        source,
    )


def payments(ask: Ask) -> Facts:
    facts = Facts()
    if ask.numbers:
        for order in ask.orders_for(facts, "get_payments"):
            source = f"tool:get_payments:{order.number}"
            open_ = ask.data.instalments(order_number=order.number, open_only=True)
            if not open_:
                facts.say(phrase("order_paid", ask.language, order=order.number), source)
            else:
                _next_due(ask, facts, open_[0], source)
        return facts
    if not ask.data.orders(limit=1):
        return facts  # the backend does not know this customer: say nothing about data
    source = "tool:get_payments:all"
    open_ = ask.data.instalments(open_only=True)
    if not open_:
        facts.say(phrase("nothing_open", ask.language), source)
        return facts
    first = next((i for i in open_ if _matches_amount(i.amount, ask.amounts)), open_[0])
    _next_due(ask, facts, first, source)
    rest = [i for i in open_ if i is not first]
    total = _total(rest)
    if rest and total is not None:
        facts.say(
            phrase("more_open", ask.language, count=len(rest), amount=ask.money(total)), source
        )
    return facts


def _refund_sentence(ask: Ask, refund: Refund) -> str:
    key = {
        "requested": "refund_requested",
        "processing": "refund_processing",
        "paid": "refund_paid",
        "rejected": "refund_rejected",
    }.get(refund.status, "refund_requested")
    return phrase(
        key,
        ask.language,
        amount=ask.money(refund.amount),
        order=refund.order_number,
        requested=ask.day(refund.requested_on),
        expected=ask.day(refund.expected_on),
        paid=ask.day(refund.paid_on),
    )


def refunds(ask: Ask) -> Facts:
    facts = Facts()
    if ask.numbers:
        for order in ask.orders_for(facts, "get_refunds"):
            source = f"tool:get_refunds:{order.number}"
            found = ask.data.refunds(order_number=order.number)
            if found:
                facts.say(_refund_sentence(ask, found[0]), source)
            else:
                facts.say(phrase("no_refund_for_order", ask.language, order=order.number), source)
        return facts
    if not ask.data.orders(limit=1):
        return facts
    source = "tool:get_refunds:all"
    found = ask.data.refunds()
    if ask.amounts:
        found = [r for r in found if _matches_amount(r.amount, ask.amounts)] or found
    open_ = [r for r in found if r.status in ("requested", "processing")]
    shown = open_[:2] or found[:1]
    if not shown:
        facts.say(phrase("no_refunds", ask.language), source)
    for refund in shown:
        facts.say(_refund_sentence(ask, refund), source)
    return facts


def _return_sentence(ask: Ask, ret: Return) -> str:
    return phrase(
        f"return_{ret.status}" if ret.status in _RETURN_KEYS else "return_registered",
        ask.language,
        order=ret.order_number,
        registered=ask.day(ret.registered_on),
        return_by=ask.day(ret.return_by),
        received=ask.day(ret.received_on),
    )


_RETURN_KEYS = frozenset(("registered", "in_transit", "received", "accepted", "rejected"))


def returns(ask: Ask) -> Facts:
    facts = Facts()
    if ask.numbers:
        for order in ask.orders_for(facts, "get_returns"):
            found = ask.data.returns(order_number=order.number)
            if found:
                facts.say(_return_sentence(ask, found[0]), f"tool:get_returns:{order.number}")
        return facts
    for ret in [r for r in ask.data.returns() if r.open][:2]:
        facts.say(_return_sentence(ask, ret), "tool:get_returns:all")
    return facts


def _order_sentence(ask: Ask, order: Order) -> str:
    key = f"order_{order.status}"
    if key not in (
        "order_processing",
        "order_shipped",
        "order_delivered",
        "order_cancelled",
        "order_returned",
    ):
        key = "order_processing"
    return phrase(
        key,
        ask.language,
        order=order.number,
        shop=order.shop,
        placed=ask.day(order.placed_on),
        shipped=ask.day(order.shipped_on),
        delivered=ask.day(order.delivered_on),
    )


def delivery(ask: Ask) -> Facts:
    facts = Facts()
    if ask.numbers:
        for order in ask.orders_for(facts, "get_order"):
            facts.say(_order_sentence(ask, order), f"tool:get_order:{order.number}")
        return facts
    pending = [o for o in ask.data.orders() if o.status in ("processing", "shipped")]
    for order in pending[:2]:
        facts.say(_order_sentence(ask, order), "tool:list_orders:all")
    return facts


TOPICS: dict[str, Callable[[Ask], Facts]] = {
    "payments": payments,
    "refunds": refunds,
    "returns": returns,
    "delivery": delivery,
}
