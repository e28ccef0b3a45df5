"""The simulated people of `relaydesk simulate`: customers and agents, each an asyncio task
talking to the public HTTP API (`Api`), and what they did (`TrafficCounts`)."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from core.errors import RelaydeskError

if TYPE_CHECKING:
    from workers.simulate import Config

PERSON = ("waiting_for_human", "with_human")
MAX_RETRY_AFTER_S = 60.0
ATTEMPTS = 8
RESOLUTION = "solved"
HEARTBEAT_S = 20.0


class SimulationError(RelaydeskError):
    """What the user must fix before a run: no server, a refused sign-in."""


@dataclass
class TrafficCounts:
    """What the simulated people did, as they saw it."""

    conversations: int = 0
    active: int = 0
    messages: int = 0
    escalations: int = 0
    reached_person: int = 0
    left_waiting: int = 0
    ratings: int = 0
    claims: int = 0
    claims_ours: int = 0  # on conversations this run started
    lost_claims: int = 0
    agent_messages: int = 0
    resolved: int = 0
    resolved_ours: int = 0
    refused: int = 0  # 429s waited out
    unanswered: int = 0  # messages the bot did not answer within answer_timeout_s
    unfinished: int = 0  # customers still busy when the drain ended
    open_tickets: int | None = None
    phase: str = "running"
    behaviours: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def progress_line(self, elapsed_s: float, duration_s: float) -> str:
        from workers.simulate import progress_bar

        shown = min(elapsed_s, duration_s)
        tickets = "?" if self.open_tickets is None else str(self.open_tickets)
        return (
            f"{progress_bar(shown / duration_s if duration_s else 1)} "
            f"{_clock(elapsed_s)}/{_clock(duration_s)} {self.phase}  conversations "
            f"{self.conversations} ({self.active} active)  messages {self.messages}  "
            f"escalations {self.escalations}  claims {self.claims}  resolved {self.resolved}  "
            f"open tickets {tickets}  429s {self.refused}"
        )

    def summary(self) -> list[str]:
        mix = ", ".join(f"{k} {v}" for k, v in sorted(self.behaviours.items()))
        lines = [
            "The simulator's own count:",
            f"  customers {self.conversations} ({mix}); messages sent {self.messages}",
            f"  escalated {self.escalations}, reached a person {self.reached_person}, left "
            f"waiting {self.left_waiting}, rated {self.ratings}",
            f"  agents: claims {self.claims} ({self.claims_ours} of this run's conversations; "
            f"lost races {self.lost_claims}), replies {self.agent_messages}, resolved "
            f"{self.resolved} ({self.resolved_ours} of this run's)",
            f"  refused (429, waited out) {self.refused}; unanswered within the timeout "
            f"{self.unanswered}; customers unfinished at the end {self.unfinished}",
        ]
        lines += [f"  error: {e}" for e in self.errors[:5]]
        return lines


def _clock(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 60}:{s % 60:02d}"


def _retry_after(response: httpx.Response) -> float:
    try:
        value = float(response.headers.get("retry-after", "1"))
    except ValueError:
        value = 1.0
    return min(MAX_RETRY_AFTER_S, max(0.1, value))


class Api:
    """HTTP calls that wait out 429 (`Retry-After`) and retry dropped connections."""

    def __init__(self, client: httpx.AsyncClient, tally: TrafficCounts) -> None:
        self.client = client
        self.tally = tally

    async def call(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        json: Any = None,
        params: dict[str, str] | None = None,
        retries: int = ATTEMPTS,
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        for attempt in range(1, retries + 1):
            try:
                response = await self.client.request(
                    method, path, headers=headers, json=json, params=params
                )
            except httpx.TransportError:
                if attempt == retries:
                    raise
                await asyncio.sleep(min(5.0, 0.2 * 2**attempt))
                continue
            if response.status_code != 429 or attempt == retries:
                return response
            self.tally.refused += 1
            await asyncio.sleep(_retry_after(response))
        raise AssertionError("unreachable")

    @staticmethod
    def json(response: httpx.Response, what: str) -> Any:
        if not response.is_success:
            raise SimulationError(f"{what} answered {response.status_code}: {response.text[:300]}")
        return response.json()

    async def sign_in(self, username: str, password: str, role: str) -> str:
        response = await self.call(
            "POST", "/api/v1/auth/token", json={"username": username, "password": password}
        )
        if response.status_code in (401, 403, 422):
            raise SimulationError(
                f"cannot sign in as {username!r} ({response.status_code}): is it a {role} "
                "account with that password? `make demo` prints its accounts; create others "
                "with `relaydesk users add`"
            )
        body = self.json(response, f"sign-in as {username}")
        if body["role"] != role:
            raise SimulationError(f"{username!r} has the role {body['role']}, not {role}")
        return str(body["access_token"])


@dataclass
class Account:
    username: str
    password: str
    token: str = ""
    name: str = ""


class Actors:
    """The customers and agents of one run."""

    def __init__(self, api: Api, config: Config, rng: random.Random, tally: TrafficCounts) -> None:
        from router.bot.knowledge import knowledge_base
        from workers.simulate_script import shipped_phrasebook

        self.api, self.config, self.rng, self.tally = api, config, rng, tally
        self.book = shipped_phrasebook()
        self.kb = knowledge_base()
        self.accounts: list[Account] = []
        self.agent_tasks: list[asyncio.Task[None]] = []
        self.agents_stop = asyncio.Event()
        self.customer_refs: list[str] = []
        self.conversation_ids: set[str] = set()  # started by this run
        self.in_hand: set[str] = set()  # tickets a simulated agent is claiming or working

    def delay(self, mean_s: float) -> float:
        """A delay drawn uniformly from half to one and a half times `mean_s`."""
        return self.rng.uniform(0.5 * mean_s, 1.5 * mean_s)

    # --- customers ----------------------------------------------------------------------

    async def customer(self, n: int) -> None:
        from workers.simulate_script import pick, script

        config, rng, tally = self.config, self.rng, self.tally
        language = pick(rng, config.languages)
        plan = script(rng, self.book[language], language, pick(rng, config.mix))
        body: dict[str, str] = {"language": language}
        if config.signed:
            body.update(self._identity(n))
        created = self.api.json(
            await self.api.call("POST", "/api/v1/conversations", json=body), "new conversation"
        )
        cid, token = created["id"], created["token"]
        self.conversation_ids.add(cid)
        tally.conversations += 1
        tally.behaviours[plan.behaviour] += 1
        tally.active += 1
        try:
            status = "bot"
            for turn, text in enumerate(plan.turns):
                if turn:
                    await asyncio.sleep(self.delay(config.think_s))
                view = await self._say_and_wait(cid, token, text)
                status = view["status"] if view else status
                if view is None or status in PERSON or status == "closed":
                    break
            if status in PERSON:
                await self._with_person(cid, token, plan.rating, language)
        finally:
            tally.active -= 1

    def _identity(self, n: int) -> dict[str, str]:
        """A signed customer id (the shop's backend's part): one in six is a returning
        customer, so repeat contacts happen."""
        from router.conversations.identity import customer_signature

        if self.customer_refs and self.rng.random() < 1 / 6:
            ref = self.rng.choice(self.customer_refs)
        else:
            ref = f"sim-{self.rng.getrandbits(32):08x}-{n}"
            self.customer_refs.append(ref)
        return {"customer_ref": ref, "customer_signature": customer_signature(ref)}

    async def _say(self, cid: str, token: str, text: str) -> int:
        response = await self.api.call(
            "POST", f"/api/v1/conversations/{cid}/messages", token=token, json={"text": text}
        )
        self.tally.messages += 1
        return int(self.api.json(response, "a customer's message")["id"])

    async def _view(self, cid: str, token: str) -> dict[str, Any]:
        response = await self.api.call("GET", f"/api/v1/conversations/{cid}", token=token)
        return dict(self.api.json(response, "reading a conversation"))

    async def _say_and_wait(self, cid: str, token: str, text: str) -> dict[str, Any] | None:
        """Send `text`; the conversation once the bot answered it or a person was called
        (None when nothing came within the answer timeout)."""
        mine = await self._say(cid, token, text)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.config.answer_timeout_s
        while loop.time() < deadline:
            await asyncio.sleep(self.config.poll_s)
            view = await self._view(cid, token)
            answered = any(m["id"] > mine and m["author"] != "customer" for m in view["messages"])
            if answered or view["status"] in PERSON or view["status"] == "closed":
                return view
        self.tally.unanswered += 1
        return None

    async def _wait(self, cid: str, token: str, done: Any, timeout_s: float) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while True:
            view = await self._view(cid, token)
            if done(view) or loop.time() >= deadline:
                return view
            await asyncio.sleep(self.config.poll_s)

    async def _with_person(
        self, cid: str, token: str, scores: tuple[int, ...], language: str
    ) -> None:
        """Wait for an agent (or leave), perhaps thank them, wait for the resolution, and
        perhaps rate it."""
        config, rng, tally = self.config, self.rng, self.tally
        tally.escalations += 1

        def agent_wrote(view: dict[str, Any]) -> bool:
            return any(m["author"] == "agent" for m in view["messages"])

        view = await self._wait(
            cid, token, lambda v: agent_wrote(v) or v["status"] not in PERSON, config.patience_s
        )
        if not agent_wrote(view):
            if view["status"] in PERSON:
                tally.left_waiting += 1
            return
        tally.reached_person += 1
        if view["status"] in PERSON and rng.random() < 0.5:
            await asyncio.sleep(self.delay(config.think_s))
            await self._say(cid, token, rng.choice(self.book[language].thanks))
        view = await self._wait(cid, token, lambda v: v["status"] not in PERSON, config.patience_s)
        if view["status"] in PERSON or rng.random() >= config.rating_share:
            return
        await asyncio.sleep(self.delay(config.think_s))
        response = await self.api.call(
            "POST",
            f"/api/v1/conversations/{cid}/rating",
            token=token,
            json={"score": rng.choice(scores)},
        )
        if response.status_code == 201:
            tally.ratings += 1

    # --- agents -------------------------------------------------------------------------

    async def sign_in_agents(self) -> list[Account]:
        """Sign in each account once (in turn: sign-in is limited per address); simulated
        agent n uses account n modulo their number."""
        if self.config.agents == 0:
            return []
        accounts = [Account(u, p) for u, p in self.config.accounts[: self.config.agents]]
        if not accounts:
            raise SimulationError("no agent accounts: pass --agent-user and --agent-password")
        for account in accounts:
            account.token = await self.api.sign_in(account.username, account.password, "agent")
            account.name = account.username.split("-")[0].rstrip("0123456789").title() or "Sam"
        self.accounts = accounts
        return accounts

    async def start_agents(self) -> None:
        for account in self.accounts:
            response = await self.api.call(
                "POST",
                "/api/v1/agents/me/presence",
                token=account.token,
                json={"status": "online"},
            )
            self.api.json(response, f"{account.username} going online")
            self.agent_tasks.append(asyncio.create_task(self._heartbeat(account)))
        for n in range(self.config.agents):
            account = self.accounts[n % len(self.accounts)]
            self.agent_tasks.append(asyncio.create_task(self._agent(account)))

    async def stop_agents(self, grace_s: float) -> None:
        """Let the agents finish the ticket in hand (up to `grace_s`), then take them
        offline (which returns anything still held to the board)."""
        self.agents_stop.set()
        if self.agent_tasks and grace_s > 0:
            await asyncio.wait(self.agent_tasks, timeout=grace_s)
        for task in self.agent_tasks:
            task.cancel()
        await asyncio.gather(*self.agent_tasks, return_exceptions=True)
        for account in self.accounts:
            await self.api.call(
                "POST",
                "/api/v1/agents/me/presence",
                token=account.token,
                json={"status": "offline"},
            )

    async def _heartbeat(self, account: Account) -> None:
        while not self.agents_stop.is_set():
            await asyncio.sleep(HEARTBEAT_S)
            await self.api.call("POST", "/api/v1/agents/me/heartbeat", token=account.token)

    async def _agent(self, account: Account) -> None:
        """Look at the board; when it offers something and the account has room, claim
        the most urgent ticket (one of the first three when accounts are shared) after a
        delay, and work it."""
        shared = self.config.agents > len(self.accounts)
        while not self.agents_stop.is_set():
            response = await self.api.call("GET", "/api/v1/tickets", token=account.token)
            board = response.json() if response.status_code == 200 else None
            if not board or not board["tickets"] or board["held"] >= board["capacity"]:
                await asyncio.sleep(self.rng.uniform(1.0, 2.0))
                continue
            free = [t for t in board["tickets"] if t["id"] not in self.in_hand]
            if not free:
                await asyncio.sleep(self.rng.uniform(1.0, 2.0))
                continue
            # Simulated agents sharing an account see the same board: spread their picks.
            ticket = self.rng.choice(free[:3] if shared else free[:1])
            self.in_hand.add(ticket["id"])
            try:
                await self._claim_and_work(account, ticket)
            finally:
                self.in_hand.discard(ticket["id"])

    async def _claim_and_work(self, account: Account, ticket: dict[str, Any]) -> None:
        await asyncio.sleep(self.delay(self.config.claim_s))
        if self.agents_stop.is_set():
            return
        claimed = await self.api.call(
            "POST", f"/api/v1/tickets/{ticket['id']}/claim", token=account.token
        )
        if claimed.status_code != 200:
            self.tally.lost_claims += 1
            return
        ours = claimed.json().get("conversation_id") in self.conversation_ids
        self.tally.claims += 1
        self.tally.claims_ours += ours
        if await self._work(account, ticket):
            self.tally.resolved += 1
            self.tally.resolved_ours += ours

    async def _work(self, account: Account, ticket: dict[str, Any]) -> bool:
        """Reply, then resolve; whether it was resolved."""
        from workers.simulate_script import agent_reply

        loop = asyncio.get_running_loop()
        began = loop.time()
        handle = self.delay(self.config.handle_s)
        await asyncio.sleep(min(handle, self.delay(self.config.reply_s)))
        text = agent_reply(self.kb, ticket.get("language"), ticket.get("topic"), account.name)
        path = f"/api/v1/tickets/{ticket['id']}"
        wrote = await self.api.call(
            "POST", f"{path}/messages", token=account.token, json={"text": text}
        )
        if wrote.status_code != 201:  # it went back to the board (timer) or the customer left
            return False
        self.tally.agent_messages += 1
        await asyncio.sleep(max(0.0, began + handle - loop.time()))
        done = await self.api.call(
            "POST", f"{path}/resolve", token=account.token, json={"resolution_code": RESOLUTION}
        )
        return done.status_code == 200
