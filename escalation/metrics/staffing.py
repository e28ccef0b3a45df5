"""Staffing with Erlang C (the M/M/N queue): from the arrival rate, the average handle time
and a service-level target ("x % answered within t seconds"), the fewest servers that reach
it, with the probability of waiting, the average speed of answer and the occupancy. Pure
functions of plain values.

A chat agent handles several chats at once: a server here is one chat slot, and the agents
needed are the slots divided by the chats each agent handles at once, rounded up.

With A = arrival rate x handle time (the offered load in Erlangs) and N > A servers:
  C(N, A)  = Erlang C, the probability that an arrival waits (from Erlang B, B(0) = 1,
             B(k) = A B(k-1) / (k + A B(k-1)), then C = N B / (N - A (1 - B)): stable for
             any N, no factorials)
  SL(t)    = 1 - C exp(-(N - A) t / AHT), the share answered within t
  ASA      = C AHT / (N - A)
  occupancy = A / N
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MAX_SERVERS = 100_000


@dataclass(frozen=True)
class Plan:
    """What `servers` chat slots give at this load."""

    servers: int
    traffic_erlangs: float
    probability_wait: float
    service_level: float
    average_speed_of_answer_s: float
    occupancy: float


def traffic(arrival_rate_per_s: float, handle_time_s: float) -> float:
    """The offered load in Erlangs: chats in progress on average."""
    if arrival_rate_per_s < 0 or handle_time_s <= 0:
        raise ValueError("the arrival rate must be >= 0 and the handle time > 0")
    return arrival_rate_per_s * handle_time_s


def erlang_b(servers: int, load: float) -> float:
    """Erlang B: the probability that all `servers` are busy (no queue)."""
    if servers < 0 or load < 0:
        raise ValueError("servers and load must be >= 0")
    b = 1.0
    for k in range(1, servers + 1):
        b = load * b / (k + load * b)
    return b


def _erlang_c_from_b(servers: int, load: float, b: float) -> float:
    if load == 0:
        return 0.0
    if servers <= load:
        return 1.0  # the queue grows without bound: everybody waits
    return servers * b / (servers - load * (1 - b))


def erlang_c(servers: int, load: float) -> float:
    """Erlang C: the probability that an arrival has to wait (1 when `servers` <= load)."""
    return _erlang_c_from_b(servers, load, erlang_b(servers, load))


def _plan(servers: int, load: float, handle_time_s: float, target_s: float, c: float) -> Plan:
    if load == 0:
        return Plan(servers, 0.0, 0.0, 1.0, 0.0, 0.0)
    if servers <= load:
        return Plan(servers, load, 1.0, 0.0, math.inf, 1.0 if servers else math.inf)
    spare = servers - load
    return Plan(
        servers=servers,
        traffic_erlangs=load,
        probability_wait=c,
        service_level=max(0.0, 1.0 - c * math.exp(-spare * target_s / handle_time_s)),
        average_speed_of_answer_s=c * handle_time_s / spare,
        occupancy=load / servers,
    )


def plan_for(
    servers: int, arrival_rate_per_s: float, handle_time_s: float, target_s: float
) -> Plan:
    """What `servers` slots give: waiting probability, service level within `target_s`,
    average speed of answer, occupancy."""
    load = traffic(arrival_rate_per_s, handle_time_s)
    return _plan(servers, load, handle_time_s, target_s, erlang_c(servers, load))


def required(
    arrival_rate_per_s: float,
    handle_time_s: float,
    target_fraction: float,
    target_s: float,
    max_occupancy: float | None = None,
    max_servers: int = MAX_SERVERS,
) -> Plan:
    """The fewest servers with a service level of at least `target_fraction` within
    `target_s` (and occupancy at most `max_occupancy`); 0 when nothing arrives. ValueError
    for impossible input or when more than `max_servers` would be needed."""
    if not 0 < target_fraction < 1:
        raise ValueError("the service-level target must be between 0 and 1 (exclusive)")
    if target_s < 0:
        raise ValueError("the answer-time target must be >= 0")
    if max_occupancy is not None and not 0 < max_occupancy <= 1:
        raise ValueError("the occupancy cap must be in (0, 1]")
    load = traffic(arrival_rate_per_s, handle_time_s)
    if load == 0:
        return _plan(0, 0.0, handle_time_s, target_s, 0.0)
    b = 1.0
    for servers in range(1, max_servers + 1):
        b = load * b / (servers + load * b)  # Erlang B for `servers`, step by step
        if servers <= load:
            continue
        plan = _plan(servers, load, handle_time_s, target_s, _erlang_c_from_b(servers, load, b))
        if plan.service_level >= target_fraction and (
            max_occupancy is None or plan.occupancy <= max_occupancy
        ):
            return plan
    raise ValueError(f"this load needs more than {max_servers} servers")


def agents_for(servers: int, concurrency: int) -> int:
    """Agents for `servers` chat slots when each agent handles `concurrency` chats at once."""
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    return -(-servers // concurrency)
