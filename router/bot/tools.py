"""The customer-data tools the LLM may call, and their executor.

The executor is bound to the conversation's customer (`CustomerData`): the tools take an
order number at most, never a customer, so the model cannot ask for anyone else's data.
Every result carries the citation the answer must use to rest on it ("tool:get_refunds:1042").
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from router.customers.backend import CustomerData, Money, normalize_order_number

_ORDER_PARAM = {
    "type": "object",
    "properties": {
        "order_number": {
            "type": "string",
            "description": "An order number the customer mentioned, e.g. 1042. Omit for all.",
        }
    },
    "additionalProperties": False,
}
_REQUIRED_ORDER = {**_ORDER_PARAM, "required": ["order_number"]}


def _tool(name: str, description: str, parameters: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {"name": name, "description": description, "parameters": parameters},
    }


TOOLS: tuple[dict[str, Any], ...] = (
    _tool(
        "list_orders",
        "The customer's recent orders: number, shop, items, total, plan, status, dates.",
        {"type": "object", "properties": {}, "additionalProperties": False},
    ),
    _tool("get_order", "One of the customer's orders by its number.", _REQUIRED_ORDER),
    _tool(
        "get_payments",
        "The customer's open instalments and due dates (of one order, or of all orders).",
        _ORDER_PARAM,
    ),
    _tool("get_refunds", "The customer's refunds and their status.", _ORDER_PARAM),
    _tool("get_returns", "The customer's returns and their status.", _ORDER_PARAM),
)
TOOL_NAMES = frozenset(t["function"]["name"] for t in TOOLS)


def to_plain(value: Any) -> Any:
    if isinstance(value, Money):
        units, cents = divmod(value.cents, 100)
        return f"{units}.{cents:02d} {value.currency}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    return value


def rows(items: list[Any]) -> list[Any]:
    return [to_plain({k: getattr(i, k) for k in i.__dataclass_fields__}) for i in items]


class ToolExecutor:
    """Runs tool calls for one customer and remembers which results it handed out."""

    def __init__(self, data: CustomerData) -> None:
        self.data = data
        self.citations: list[str] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def run(self, name: str, arguments: dict[str, Any]) -> str:
        """The tool's result as JSON text for a `tool` message."""
        self.calls.append((name, arguments))
        if name not in TOOL_NAMES:
            return json.dumps({"error": f"unknown tool {name[:40]!r}"})
        raw = arguments.get("order_number")
        number: str | None = None
        if raw is not None:
            number = normalize_order_number(str(raw)[:40])
            if number is None:
                return json.dumps({"error": "not an order number", "found": False})
        elif name == "get_order":
            return json.dumps({"error": "order_number is required"})
        citation = f"tool:{name}:{number or 'all'}"
        result = self._result(name, number)
        if citation not in self.citations:
            self.citations.append(citation)
        return json.dumps({"citation": citation, **result}, ensure_ascii=False)

    def _result(self, name: str, number: str | None) -> dict[str, Any]:
        data = self.data
        if number is not None and data.order(number) is None:
            return {"found": False, "note": f"no order {number} on this customer's account"}
        if name == "list_orders":
            return {"orders": rows(data.orders())}
        if name == "get_order":
            order = data.order(number or "")
            return {"found": True, "order": rows([order])[0] if order else None}
        if name == "get_payments":
            instalments = data.instalments(order_number=number, open_only=True)
            return {"open_instalments": rows(instalments)}
        if name == "get_refunds":
            return {"refunds": rows(data.refunds(order_number=number))}
        return {"returns": rows(data.returns(order_number=number))}
