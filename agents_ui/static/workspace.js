// One ticket's workspace: the whole handoff (GET /api/v1/tickets/{id}), the transcript
// polled every 2 s (agents have no conversation stream), reply, release, transfer, resolve.
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
  const WHO = { customer: "Customer", bot: "Bot", agent: "You", system: "System" };
  const STATUS = {
    open: "Open", released: "On the board", transferred: "Transferred", claimed: "Reply needed",
    with_agent: "In progress", resolved: "Resolved", expired: "Expired", abandoned: "Customer left",
  };

  let ticket = null;
  let active = true; // false once the ticket is no longer ours
  const seen = new Set();

  function addMessage(m) {
    if (seen.has(m.id)) return;
    seen.add(m.id);
    const code = m.author === "customer" && ticket ? R.langAttr(ticket.language) : undefined;
    const li = el("li", { className: "msg " + m.author, dataset: { id: String(m.id) } },
      el("span", { className: "who", text: `${WHO[m.author] || m.author} · ${new Date(m.created_at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}` }),
      el("p", { text: m.text, dir: "auto", lang: code }));
    const log = $("transcript");
    const after = [...log.children].find((n) => Number(n.dataset.id) > m.id);
    log.insertBefore(li, after || null);
    if (!after) log.scrollTop = log.scrollHeight;
  }

  function fact(id, text) { $(id).textContent = text || "–"; }

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

  function renderDue() {
    const due = $("due");
    if (!active || !ticket || ticket.status !== "claimed" || !ticket.first_reply_due_at) {
      due.hidden = true;
      return;
    }
    const left = (Date.parse(ticket.first_reply_due_at) - Date.now()) / 1000;
    due.hidden = false;
    due.dataset.late = String(left < 30);
    due.textContent = left > 0
      ? `Reply within ${R.duration(left)} or the ticket goes back to the board.`
      : "The first-reply time is up: reply now or the ticket goes back to the board.";
  }

  function stop(reason) {
    if (!active) return;
    active = false;
    document.body.dataset.active = "false";
    for (const node of document.querySelectorAll("#reply textarea, #reply button, #actions button, #actions select, #actions input")) {
      node.disabled = true;
    }
    R.show("flash", reason);
    renderDue();
  }

  function render(t) {
    ticket = t;
    document.title = `${R.languageName(t.language)} · ${t.queue} · Relaydesk`;
    $("ticket-title").textContent = `${R.languageName(t.language)} · ${R.humanize(t.queue)}`;
    $("ticket-status").textContent = STATUS[t.status] || t.status;
    $("ticket-status").dataset.status = t.status;
    $("ticket-reason").textContent = t.reason;
    fact("f-language", R.languageName(t.language));
    fact("f-queue", t.queue);
    fact("f-topic", t.topic ? R.humanize(t.topic) : "");
    fact("f-priority", String(t.priority));
    fact("f-pay", R.money(t.pay.amount_cents, t.pay.currency) + (t.surge > 1 ? ` (surge ×${t.surge.toFixed(1)})` : ""));
    const customer = t.customer
      ? [t.customer.ref || "anonymous", t.customer.language ? R.languageName(t.customer.language) : ""].filter(Boolean).join(" · ")
      : "";
    fact("f-customer", customer);
    if (!t.yours) {
      if (!t.messages) $("transcript").replaceChildren(el("li", { className: "msg customer" },
        el("span", { className: "who", text: "Preview (masked)" }), el("p", { text: t.preview, dir: "auto" })));
      stop(HELD_STATUSES.has(t.status)
        ? "This ticket is held by another agent."
        : `This ticket is not yours (${STATUS[t.status] || t.status}). Claim it from the board to work on it.`);
      return;
    }
    for (const m of t.messages || []) addMessage(m);
    renderDecisions(t.decisions);
    renderEvents(t.events);
    renderDue();
    if (!HELD_STATUSES.has(t.status)) stop(`This ticket is ${STATUS[t.status] || t.status} now.`);
  }

  async function loadDetail() {
    try {
      render(await R.api(base));
    } catch (err) {
      if (err.status === 404) stop("There is no such ticket.");
      else if (err.status === 403) stop(err.message); // held by another agent, or not yours to read
      else if (err.status !== 401) R.show("ws-error", "Could not load the ticket: " + err.message);
    }
  }

  async function poll() {
    while (active) {
      await R.sleep(POLL_MS);
      if (!active) return;
      try {
        const messages = await R.api(`${base}/messages`);
        for (const m of messages) addMessage(m);
        R.show("ws-error", "");
      } catch (err) {
        if (err.status === 403 || err.status === 404 || err.status === 409) { await loadDetail(); return; }
        if (err.status === 401) return;
        R.show("ws-error", "Connection problem; retrying… (" + err.message + ")");
      }
    }
  }

  async function act(path, body, done) {
    R.show("ws-error", "");
    const buttons = document.querySelectorAll("#actions button");
    for (const b of buttons) b.disabled = true;
    try {
      const res = await R.api(`${base}/${path}`, { method: "POST", body });
      active = false;
      R.flash.set(typeof done === "function" ? done(res) : done);
      location.assign("/agent");
    } catch (err) {
      for (const b of buttons) b.disabled = false;
      R.show("ws-error", err.detail || err.message);
      if (err.status === 403 || err.status === 409) loadDetail();
    }
  }

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
    } finally { send.disabled = !active; box.focus(); }
  });
  $("reply-text").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); $("reply").requestSubmit(); }
  });
  $("resolve").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const code = $("resolution").value;
    act("resolve", { resolution_code: code }, (res) => res.review_reason
      ? `Closed as ${R.humanize(code)} without a reply: unpaid, and ops will review it.`
      : `Resolved (${R.humanize(code)}). Thank you!`);
  });
  $("transfer").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const queue = $("transfer-queue").value.trim().toLowerCase();
    act("transfer", { queue }, `Transferred to the ${queue} queue.`);
  });
  $("release").addEventListener("click", () => act("release", {}, "Released: the ticket is back on the board."));
  R.wireLogout(() => R.api("/api/v1/agents/me/presence", { method: "POST", body: { status: "offline" } }));
  const flashed = R.flash.take();
  if (flashed) R.show("flash", flashed);

  setInterval(renderDue, 1000);
  setInterval(() => { if (active) loadDetail(); }, DETAIL_MS);
  loadDetail().then(poll);
})();
