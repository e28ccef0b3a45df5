// One ticket's workspace: the handoff for people (GET /api/v1/tickets/{id}: why it came to
// a person in plain words, the summary, the customer's orders and payments), the transcript
// polled every 2 s (agents have no conversation stream), reply, resolve, transfer to an
// existing queue (GET /api/v1/queues) or a named agent, hand back to the bot, release.
// Rule ids, signals and the raw history stay in "Details for ops". Text only, never HTML.
(() => {
  "use strict";
  const R = window.Relaydesk;
  const me = R.requireRole("agent");
  if (!me) return;
  const $ = (id) => document.getElementById(id);
  const el = R.el;
  const ticketId = document.body.dataset.ticket;
  const base = `/api/v1/tickets/${ticketId}`;
  const POLL_MS = 2000;
  const HELD_STATUSES = new Set(["claimed", "with_agent"]);
  const DETAIL_MS = 15_000;
  const DAY_MS = 86_400_000;
  const WHO = { customer: "Customer", bot: "Bot", agent: "You", system: "System" };
  const STATUS = {
    open: "Open", released: "On the board", transferred: "Transferred", claimed: "Reply needed",
    with_agent: "In progress", resolved: "Resolved", expired: "Expired", abandoned: "Customer left",
  };
  const PLANS = { pay_in_30: "Pay in 30 days", pay_in_3: "Pay in 3", financing: "Financing" };
  const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

  let ticket = null;
  let active = true; // false once the ticket is no longer ours
  let done = false; // the agent resolved, released, transferred or handed it back here
  let queuesLoaded = false;
  const seen = new Set();

  // --- words for people --------------------------------------------------------------
  // The board's labels (agent.js), so a ticket reads the same on both pages.
  function priorityLabel(p) {
    if (p >= 3) return "Urgent";
    if (p === 2) return "High priority";
    if (p === 1) return "Raised priority";
    return "Normal priority";
  }
  const capital = (text) => text ? text[0].toUpperCase() + text.slice(1) : text;
  const words = (slug) => capital(R.humanize(slug));
  const clock = (d) => d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

  // "2024-12-10" as a local calendar day (not midnight UTC), or null.
  function day(value) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || "");
    return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
  }
  let relative = null;
  try { relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" }); } catch (e) { /* old browser */ }
  // "10 Dec (in 8 days)", "today", "3 Dec (2 days ago)"; the year only when it is not this one.
  function dateText(value) {
    const d = day(value);
    if (!d) return "";
    const today = new Date();
    today.setHours(0, 0, 0, 0);
    const days = Math.round((d - today) / DAY_MS);
    const opts = { day: "numeric", month: "short" };
    if (d.getFullYear() !== today.getFullYear()) opts.year = "numeric";
    const shown = d.toLocaleDateString(undefined, opts);
    if (!relative || Math.abs(days) > 60) return shown;
    const near = relative.format(days, "day");
    return Math.abs(days) <= 1 ? near : `${shown} (${near})`;
  }
  const money = (m) => R.money(m.amount_cents, m.currency);
  const elapsed = R.elapsed || R.duration; // "4 min" (common.js), else "4:00"

  // --- the transcript ----------------------------------------------------------------
  function addMessage(m) {
    if (seen.has(m.id)) return;
    seen.add(m.id);
    const code = m.author === "customer" && ticket ? R.langAttr(ticket.language) : undefined;
    const li = el("li", { className: "msg " + m.author, dataset: { id: String(m.id) } },
      el("span", { className: "who", text: `${WHO[m.author] || m.author} · ${clock(new Date(m.created_at))}` }),
      el("p", { text: m.text, dir: "auto", lang: code }));
    const log = $("transcript");
    const after = [...log.children].find((n) => Number(n.dataset.id) > m.id);
    log.insertBefore(li, after || null);
    if (!after) log.scrollTop = log.scrollHeight;
  }

  function fact(id, text) { $(id).textContent = text || "–"; }

  // --- the handoff: why, summary, customer -------------------------------------------
  function renderWhy(t) {
    $("ticket-reason").textContent = t.why ? t.why.text : capital(t.reason);
    const notes = t.why ? t.why.notes : [];
    $("why-notes").replaceChildren(...notes.map((n) => el("li", { text: n })));
    $("why-notes").hidden = !notes.length;
  }

  function renderSummary(handoff) {
    $("summary").textContent = handoff ? handoff.summary : "–";
    const source = $("summary-source");
    source.hidden = !handoff;
    if (handoff) {
      source.textContent = handoff.summary_source === "llm"
        ? "Written by the AI assistant from the conversation."
        : "Picked from the customer's own messages.";
    }
  }

  function item(mentioned, title, ...lines) {
    const li = el("li", { className: "cp-item" + (mentioned ? " mentioned" : "") },
      el("p", { className: "cp-title" }, ...title));
    for (const line of lines.filter(Boolean)) li.append(el("p", { className: "cp-line", text: line }));
    if (mentioned) li.append(el("p", { className: "cp-flag", text: "Mentioned in the chat" }));
    return li;
  }

  function group(title, items, className) {
    if (!items.length) return null;
    const id = `cp-${className}`;
    return el("section", { className: `cp-group ${className}`, "aria-labelledby": id },
      el("h3", { id, text: `${title} (${items.length})` }),
      el("ul", { className: "cp-list" }, ...items));
  }

  function renderCustomer(t) {
    const panel = $("customer-panel");
    const who = $("customer-who");
    const data = t.customer_panel;
    const language = t.customer && t.customer.language ? R.languageName(t.customer.language) : "";
    if (!data) {
      who.textContent = [t.customer && t.customer.ref ? t.customer.ref : "Anonymous", language].filter(Boolean).join(" · ");
      panel.replaceChildren(el("p", { className: "muted", text:
        "The customer is not signed in, so there are no orders or payments to show. Ask for an order number if you need one." }));
      return;
    }
    who.textContent = [data.ref, language].filter(Boolean).join(" · ");
    const mentioned = new Set((t.handoff && t.handoff.order_numbers) || []);
    const instalments = data.open_instalments.map((i) => item(mentioned.has(i.order_number),
      [el("strong", { text: money(i.amount) }), " · ",
        el("span", { className: i.overdue ? "cp-due overdue" : "cp-due",
          text: i.overdue ? `overdue, was due ${dateText(i.due_on)}` : `due ${dateText(i.due_on)}` })],
      `Order ${i.order_number} · instalment ${i.seq} of ${i.count}`));
    const refunds = data.refunds.map((r) => item(mentioned.has(r.order_number),
      [el("strong", { text: money(r.amount) }), ` · ${words(r.status)}`],
      r.paid_on ? `Paid ${dateText(r.paid_on)}` : r.expected_on ? `Expected ${dateText(r.expected_on)}` : "",
      `Order ${r.order_number} · asked for ${dateText(r.requested_on)}`));
    const returns = data.returns.map((r) => item(mentioned.has(r.order_number),
      [el("strong", { text: r.items }), ` · ${words(r.status)}`],
      r.received_on ? `Received ${dateText(r.received_on)}` : r.return_by ? `Send back by ${dateText(r.return_by)}` : "",
      `Order ${r.order_number} · registered ${dateText(r.registered_on)}`));
    const orders = data.orders.map((o) => item(mentioned.has(o.number),
      [el("strong", { text: `Order ${o.number}` }), " · ", el("span", { text: o.shop })],
      `${o.items} · ${money(o.total)} · ${PLANS[o.payment_plan] || words(o.payment_plan)}`,
      `${words(o.status)} · ordered ${dateText(o.placed_on)}` + (o.delivered_on ? ` · delivered ${dateText(o.delivered_on)}` : "")));
    const groups = [
      group("Open instalments", instalments, "instalments"),
      group("Refunds", refunds, "refunds"),
      group("Returns", returns, "returns"),
      group("Recent orders", orders, "orders"),
    ].filter(Boolean);
    panel.replaceChildren(...(groups.length ? groups : [el("p", { className: "muted", text: "No orders on record." })]));
  }

  // --- details for ops: rule ids, signals, the raw history ----------------------------
  function signalsList(signals) {
    const dl = el("dl", { className: "signals" });
    for (const [key, value] of Object.entries(signals || {})) {
      if (value === null || value === false || value === "" || (Array.isArray(value) && !value.length)) continue;
      const text = typeof value === "object" ? JSON.stringify(value) : String(value);
      dl.append(el("div", {}, el("dt", { text: R.humanize(key) }), el("dd", { text })));
    }
    return dl;
  }

  function renderDecisions(decisions) {
    const list = $("decisions");
    const shown = (decisions || []).slice().reverse();
    list.replaceChildren(...shown.map((d) => el("li", { className: "decision " + d.action },
      el("p", { className: "decision-head" },
        el("strong", { text: R.humanize(d.action) }), ` · rule ${d.rule} · ruleset ${d.ruleset} · ${R.when(d.created_at)}`),
      el("p", { className: "decision-reason", text: d.reason || "(no reason given)" }),
      el("details", {}, el("summary", { text: "Signals" }), signalsList(d.signals)))));
    if (!shown.length) list.append(el("li", { className: "muted", text: "No decisions recorded." }));
  }

  function renderEvents(events) {
    $("events").replaceChildren(...(events || []).map((e) => {
      const detail = Object.entries(e.detail || {})
        .map(([k, v]) => `${R.humanize(k)}: ${v !== null && typeof v === "object" ? JSON.stringify(v) : v}`)
        .join(" · ");
      return el("li", {},
        el("span", { className: "event-time", text: R.when(e.created_at) }), " ",
        el("strong", { text: R.humanize(e.kind) }), " by ", el("span", { text: e.actor }),
        e.from_status || e.to_status ? ` (${e.from_status || "–"} → ${e.to_status || "–"})` : "",
        detail ? el("span", { className: "event-detail", text: detail }) : null);
    }));
  }

  // --- the clock: when the reply is due ---------------------------------------------
  function renderDue() {
    const due = $("due");
    const claimed = ticket && ticket.status === "claimed" && ticket.first_reply_due_at;
    const waiting = ticket && ticket.status === "with_agent" && ticket.reply_due_at;
    if (!active || !(claimed || waiting)) { due.hidden = true; return; }
    const at = new Date(claimed ? ticket.first_reply_due_at : ticket.reply_due_at);
    const left = (at.getTime() - Date.now()) / 1000;
    due.hidden = false;
    due.dataset.late = String(left < 30);
    const what = claimed ? "Reply" : "The customer is waiting: reply";
    due.textContent = left > 0
      ? `${what} by ${clock(at)} (${R.duration(left)} left) or the ticket goes back to the board.`
      : `${what} now: the time ran out at ${clock(at)} and the ticket goes back to the board.`;
  }

  function renderWaiting(t) {
    const since = new Date(t.created_at);
    fact("f-waiting", Number.isNaN(since.getTime()) ? "" : `${clock(since)} (${elapsed(t.waiting_s)})`);
  }

  // --- the page's states ------------------------------------------------------------
  function disableControls() {
    active = false;
    document.body.dataset.active = "false";
    for (const node of document.querySelectorAll("#reply textarea, #reply button, #actions button, #actions select, #actions input")) {
      node.disabled = true;
    }
    renderDue();
  }

  function stop(reason) {
    if (!active) return;
    disableControls();
    R.show("flash", reason);
  }

  // What the agent just did, with the way back to the board.
  function finished(title, text, more) {
    done = true; // a read still on its way must not redraw the page under the outcome
    disableControls();
    R.show("ws-error", "");
    $("outcome-title").textContent = title;
    $("outcome-text").textContent = text;
    R.show("outcome-more", more || "");
    const outcome = $("outcome");
    outcome.hidden = false;
    document.title = `${title} · Relaydesk`;
    outcome.scrollIntoView({ block: "start" });
    outcome.focus();
  }

  // The head: title, status, priority, why, the facts.
  function renderHead(t) {
    const queue = words(t.queue);
    document.title = `${R.languageName(t.language)} · ${queue} · Relaydesk`;
    $("ticket-title").textContent = `${R.languageName(t.language)} · ${queue}`;
    $("ticket-status").textContent = STATUS[t.status] || t.status;
    $("ticket-status").dataset.status = t.status;
    const prio = $("ticket-priority");
    prio.textContent = priorityLabel(t.priority);
    prio.dataset.priority = String(t.priority);
    prio.hidden = t.priority < 2;
    renderWhy(t);
    fact("f-language", R.languageName(t.language));
    fact("f-queue", queue);
    fact("f-topic", t.topic ? words(t.topic) : "");
    fact("f-priority", priorityLabel(t.priority));
    fact("f-pay", R.money(t.pay.amount_cents, t.pay.currency) + (t.surge > 1 ? ` (surge ×${t.surge.toFixed(1)})` : ""));
    renderWaiting(t);
  }

  function render(t) {
    ticket = t;
    renderHead(t);
    if (!t.yours) {
      if (!t.messages) $("transcript").replaceChildren(el("li", { className: "msg customer" },
        el("span", { className: "who", text: "Preview (masked)" }), el("p", { text: t.preview, dir: "auto" })));
      $("customer-who").textContent = "";
      $("customer-panel").replaceChildren(el("p", { className: "muted",
        text: "Claim the ticket to see the customer's orders and payments." }));
      stop(HELD_STATUSES.has(t.status)
        ? "This ticket is held by another agent."
        : `This ticket is not yours (${STATUS[t.status] || t.status}). Claim it from the board to work on it.`);
      return;
    }
    for (const m of t.messages || []) addMessage(m);
    renderSummary(t.handoff);
    renderCustomer(t);
    renderDecisions(t.decisions);
    renderEvents(t.events);
    renderDue();
    renderQueueChoice();
    if (!HELD_STATUSES.has(t.status)) stop(`This ticket is ${STATUS[t.status] || t.status} now.`);
  }

  async function loadDetail() {
    if (done) return;
    try {
      const t = await R.api(base);
      if (!done) render(t);
    } catch (err) {
      if (done) return;
      if (err.status === 404) stop("There is no such ticket.");
      else if (err.status === 403) stop(err.message); // held by another agent, or not yours to read
      else if (err.status !== 401) R.show("ws-error", "Could not load the ticket: " + err.message);
    }
  }

  async function poll() {
    let troubled = false; // the error shown is the connection's own (not an action's)
    while (active) {
      await R.sleep(POLL_MS);
      if (!active) return;
      try {
        const messages = await R.api(`${base}/messages`);
        for (const m of messages) addMessage(m);
        if (troubled) R.show("ws-error", "");
        troubled = false;
      } catch (err) {
        if (err.status === 403 || err.status === 404 || err.status === 409) { await loadDetail(); return; }
        if (err.status === 401) return;
        R.show("ws-error", "Connection problem; retrying… (" + err.message + ")");
        troubled = true;
      }
    }
  }

  // --- transfer: the queues that exist ---------------------------------------------
  let queues = [];
  function renderQueueChoice() {
    if (!queuesLoaded || !ticket) return;
    const select = $("transfer-queue");
    const chosen = select.value;
    const options = [el("option", { value: "", text: `Keep it in ${words(ticket.queue)}` })];
    for (const q of queues) {
      if (q.name === ticket.queue) continue;
      const waiting = q.waiting ? ` · ${q.waiting} waiting` : "";
      options.push(el("option", { value: q.name, text: words(q.name) + waiting }));
    }
    select.replaceChildren(...options);
    if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
  }

  async function loadQueues() {
    try {
      queues = (await R.api("/api/v1/queues")).queues;
      queuesLoaded = true;
      renderQueueChoice();
    } catch (err) {
      if (err.status === 401) return;
      $("transfer-queue").replaceChildren(el("option", { value: "", text: "The queues could not be loaded" }));
      R.show("ws-error", "Could not load the queues: " + (err.detail || err.message) + ". Reload the page to try again.");
    }
  }

  // --- actions ---------------------------------------------------------------------
  function confirmAction(title, text, ok) {
    const dialog = $("confirm");
    if (typeof dialog.showModal !== "function") return Promise.resolve(window.confirm(`${title}\n\n${text}`));
    $("confirm-title").textContent = title;
    $("confirm-text").textContent = text;
    $("confirm-ok").textContent = ok;
    return new Promise((resolve) => {
      const opener = document.activeElement;
      dialog.returnValue = "";
      dialog.addEventListener("close", () => {
        if (opener && typeof opener.focus === "function") opener.focus();
        resolve(dialog.returnValue === "ok");
      }, { once: true });
      dialog.showModal();
      $("confirm-cancel").focus();
    });
  }

  async function act(path, body, done) {
    R.show("ws-error", "");
    const buttons = document.querySelectorAll("#actions button");
    for (const b of buttons) b.disabled = true;
    try {
      const res = await R.api(`${base}/${path}`, { method: "POST", body });
      if (ticket && res.status) {
        ticket = { ...ticket, status: res.status, queue: res.queue || ticket.queue };
        renderHead(ticket);
      }
      const [title, text, more] = done(res);
      finished(title, text, more);
    } catch (err) {
      if (active) for (const b of buttons) b.disabled = false;
      R.show("ws-error", err.detail || err.message);
      if (err.status === 403 || err.status === 409) loadDetail();
    }
  }

  const UNPAID = "You hadn't written to the customer, so this is unpaid and ops will review it.";

  $("reply").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const box = $("reply-text");
    const text = box.value.trim();
    if (!text) { box.focus(); return; }
    const send = $("reply-send");
    send.disabled = true;
    try {
      const res = await R.api(`${base}/messages`, { method: "POST", body: { text } });
      addMessage({ id: res.id, author: "agent", text, created_at: new Date().toISOString() });
      box.value = "";
      R.show("ws-error", "");
      if (ticket && ticket.status === "claimed") { ticket.status = "with_agent"; render(ticket); }
    } catch (err) {
      R.show("ws-error", "Not sent: " + (err.detail || err.message));
      if (err.status === 403 || err.status === 409) loadDetail();
    } finally { send.disabled = !active; if (active) box.focus(); }
  });
  $("reply-text").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); $("reply").requestSubmit(); }
  });
  // The customer sees "… is typing" while the agent writes: one report at most every 2 s
  // (the API ignores closer ones anyway); a report that fails is of no consequence.
  const TYPING_EVERY_MS = 2000;
  let typingSentAt = 0;
  $("reply-text").addEventListener("input", (ev) => {
    if (!active || !ev.target.value.trim() || Date.now() - typingSentAt < TYPING_EVERY_MS) return;
    typingSentAt = Date.now();
    R.api(`${base}/typing`, { method: "POST" }).catch(() => {});
  });

  $("resolve").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const select = $("resolution");
    const label = select.options[select.selectedIndex].text;
    act("resolve", { resolution_code: select.value }, (res) => res.review_reason
      ? ["Closed without a reply", `Closed as “${label}”.`, UNPAID]
      : ["Resolved", `Resolved as “${label}”. Thank you! The bot answers if the customer writes again.`]);
  });

  $("transfer").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const queue = $("transfer-queue").value;
    const agent = $("transfer-agent").value.trim();
    const reason = $("transfer-reason").value.trim();
    if (!queue && !agent) {
      R.show("ws-error", "Choose another queue or name a person to transfer to.");
      $("transfer-queue").focus();
      return;
    }
    if (agent && !USERNAME.test(agent)) {
      R.show("ws-error", "A username has 2 to 64 letters, digits, dots, dashes or underscores.");
      $("transfer-agent").focus();
      return;
    }
    const body = {};
    if (queue) body.queue = queue;
    if (agent) body.agent = agent;
    if (reason) body.reason = reason;
    act("transfer", body, (res) => {
      const where = words(res.queue);
      return agent
        ? ["Transferred", `Offered to ${agent} first; if they don't take it in time, it goes on the ${where} board.`]
        : ["Transferred", `Moved to the ${where} queue: it's on that queue's board now.`];
    });
  });

  $("hand-back").addEventListener("click", async () => {
    const ok = await confirmAction("Hand back to the bot?",
      "The ticket ends and the bot answers the customer's next messages. The customer can still ask for a person.",
      "Hand back");
    if (!ok) return;
    act("hand-back", undefined, (res) => ["Handed back to the bot",
      "The bot answers the customer's next messages.", res.review_reason ? UNPAID : ""]);
  });

  $("release").addEventListener("click", async () => {
    const ok = await confirmAction("Release this ticket?",
      "It goes back on the board for another agent, and the customer is told someone else will take over.",
      "Release");
    if (!ok) return;
    act("release", undefined, () => ["Released", "The ticket is back on the board for someone else."]);
  });

  R.wireLogout(() => R.api("/api/v1/agents/me/presence", { method: "POST", body: { status: "offline" } }));
  const flashed = R.flash.take();
  if (flashed) R.show("flash", flashed);

  setInterval(renderDue, 1000);
  setInterval(() => { if (active) loadDetail(); }, DETAIL_MS);
  loadDetail().then(() => { if (active) loadQueues(); return poll(); });
})();
