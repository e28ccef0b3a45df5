"""The table `relaydesk simulate` prints at the end: the numbers of `GET /api/v1/metrics`
for the simulated window, as the API answered them (pure: JSON in, lines out)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Json = Mapping[str, Any]
WIDTH = 42


def pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f} %"


def secs(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f} s"


def durations(d: Json) -> str:
    """`p50 / p90 / p99 (n=count)` of a `Durations` object."""
    return f"{secs(d['p50_s'])} / {secs(d['p90_s'])} / {secs(d['p99_s'])} (n={d['count']})"


def _row(label: str, value: object) -> str:
    return f"  {label:<{WIDTH}} {value}"


def metrics_table(answer: Json) -> list[str]:
    """The lines of the table for one `MetricsOut` (its `total`)."""
    m = answer["total"]
    conv, msgs, cont = m["conversations"], m["messages"], m["containment"]
    req, tickets, ret = m["human_requests"], m["tickets"], m["returns"]
    sla, csat, llm = m["sla"], m["csat"], m["llm"]
    window = answer["window"]
    lines = [
        f"Metrics for conversations created {window['from']} .. {window['to']} "
        "(GET /api/v1/metrics)",
        _row("conversations", conv["total"]),
        _row(
            "  now with bot / waiting / agent / closed",
            f"{conv['bot']} / {conv['waiting_for_human']} / {conv['with_human']} / "
            f"{conv['closed']}",
        ),
        _row("messages", msgs["total"]),
        _row(
            "  customer / bot / agent / system",
            f"{msgs['customer']} / {msgs['bot']} / {msgs['agent']} / {msgs['system']}",
        ),
        _row("containment", f"{pct(cont['rate'])} ({cont['contained']})"),
        _row("durable containment", f"{pct(cont['durable_rate'])} ({cont['durably_contained']})"),
        _row("escalation rate", f"{pct(cont['escalation_rate'])} ({cont['escalated']})"),
    ]
    for reason, count in m["escalation_by_reason"].items():
        lines.append(_row(f"  {reason}", f"{count['conversations']} ({pct(count['rate'])})"))
    lines += [
        _row("reached a person", cont["reached_person"]),
        _row(
            "asked for a person / honoured / 1st",
            f"{req['requested']} / {req['honoured']} / {req['first_time']}",
        ),
        _row("time to a person p50/p90/p99", durations(m["time_to_person"])),
        _row("wait until claim p50/p90/p99", durations(m["wait_until_claim"])),
        _row("first response p50/p90/p99", durations(m["first_response"])),
        _row("handle time p50/p90/p99", durations(m["handle_time"])),
        _row(
            "tickets / claimed / resolved",
            f"{tickets['total']} / {tickets['claimed']} / {tickets['resolved']}",
        ),
        _row("tickets waiting / held now", f"{tickets['waiting']} / {tickets['held']}"),
        _row("claims / timeouts / returns", _returns(ret)),
        _row(
            "SLA attainment", f"{pct(sla['attainment'])} ({sla['met']} met, {sla['missed']} missed)"
        ),
        _row("CSAT people", _csat(csat["people"])),
        _row("CSAT bot", _csat(csat["bot"])),
        _row("repeat contacts", f"{m['repeat_contacts']['conversations']}"),
        _row(
            "LLM tokens / cost per conversation",
            f"{llm['tokens']} / {_usd(llm['cost_per_conversation_usd'])}",
        ),
    ]
    for pay in m["pay"] or [{"currency": "", "resolved_tickets": 0}]:
        per = pay.get("per_resolved_ticket_cents")
        value = "-" if per is None else f"{per / 100:.2f} {pay['currency']}"
        lines.append(
            _row("pay per resolved ticket", f"{value} ({pay['resolved_tickets']} tickets)")
        )
    return lines


def _returns(ret: Json) -> str:
    timeouts = ret["first_reply_timeouts"] + ret["reply_timeouts"]
    returns = timeouts + ret["releases"] + ret["offline_returns"] + ret["transfers"]
    return f"{ret['claims']} / {timeouts} / {returns}"


def _csat(summary: Json) -> str:
    average = "-" if summary["average"] is None else f"{summary['average']:.2f}"
    return f"{pct(summary['csat'])} (average {average}, n={summary['count']})"


def _usd(value: float | None) -> str:
    return "-" if value is None else f"${value:.6f}"
