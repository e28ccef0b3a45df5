// The agent's job board: presence with heartbeats, the live list of claimable tickets
// (GET /api/v1/tickets, then the SSE stream /api/v1/agents/me/events read with fetch),
// one-tap claim, and the tickets this agent holds (GET /api/v1/tickets/mine).
(() => {
  "use strict";
  const R = window.Relaydesk;
  const me = R.requireRole("agent");
  if (!me) return;
  const $ = (id) => document.getElementById(id);
  const HEARTBEAT_MS = 20_000;
  const NOTES = {
    online: "You're online: new jobs appear below as they come in.",
    away: "You're away: you keep your tickets but get no new jobs.",
    offline: "You're offline. Go online to see and claim jobs.",
  };

  const jobs = new Map(); // ticket id -> {card, at, node}
  const gone = new Map(); // ticket id -> when it left the board (performance.now())
  const held = new Set(); // ids of the tickets this agent holds, as last listed
  let presence = null;
  let board = { held: 0, capacity: 0 };
  let heldRequests = 0;

  // Earlier versions remembered held ticket ids in this browser; the API lists them now.
  try { localStorage.removeItem("relaydesk.held." + me.username); } catch (e) { /* no storage */ }

  // --- held tickets (GET /api/v1/tickets/mine: the same on every device) ----------------
  function heldItem(t) { // every text is customer or ticket data: set as text only
    return R.el("li", { className: "held-item", dataset: { id: t.id } },
      R.el("a", { href: `/agent/ticket/${encodeURIComponent(t.id)}`, className: "held-link" },
        R.el("span", { className: "held-title", text: `${R.languageName(t.language)} · ${t.queue}` }),
        R.el("span", { className: "held-reason", text: t.reason }),
        R.el("span", { className: "held-preview", text: t.preview || "(no message text)", dir: "auto", lang: R.langAttr(t.language) }),
        R.el("span", { className: "pill", text: t.status === "claimed" ? "Reply needed" : "In progress" })));
  }

  async function renderHeld() {
    const request = ++heldRequests;
    let mine;
    try { mine = await R.api("/api/v1/tickets/mine"); }
    catch (err) {
      if (request !== heldRequests || err.status === 401) return;
      R.show("held-note", "Could not load the tickets you hold: " + err.message);
      $("held-section").hidden = false;
      return;
    }
    if (request !== heldRequests) return; // a newer listing is on its way
    held.clear();
    for (const t of mine) held.add(t.id);
    $("held").replaceChildren(...mine.map(heldItem));
    R.show("held-note", "");
    $("held-section").hidden = mine.length === 0;
  }

  // --- presence -------------------------------------------------------------------------
  function setPresence(status) {
    presence = status;
    document.body.dataset.presence = status;
    for (const b of document.querySelectorAll(".presence")) {
      b.setAttribute("aria-pressed", String(b.dataset.status === status));
    }
    $("presence-note").textContent = NOTES[status] || status;
    updateEmpty();
  }

  async function changePresence(status) {
    R.show("board-error", "");
    try {
      const res = await R.api("/api/v1/agents/me/presence", { method: "POST", body: { status } });
      setPresence(res.status);
      if (res.returned_tickets && res.returned_tickets.length) {
        R.show("flash", `${res.returned_tickets.length} ticket(s) went back to the board.`);
      }
      await loadBoard();
    } catch (err) { R.show("board-error", "Could not change your status: " + err.message); }
  }

  async function heartbeat() {
    if (presence === null || presence === "offline") return;
    try {
      const res = await R.api("/api/v1/agents/me/heartbeat", { method: "POST" });
      if (res.status !== presence) {
        if (res.status === "offline") {
          R.show("flash", "You were out of touch for too long and are offline now; your tickets went back to the board. Tap Online to continue.");
        }
        setPresence(res.status);
        await loadBoard();
      }
    } catch (err) { /* the next beat retries; the stream shows the connection state */ }
  }

  // --- the board ------------------------------------------------------------------------
  function priorityLabel(p) {
    if (p >= 3) return "Urgent";
    if (p === 2) return "High priority";
    if (p === 1) return "Raised priority";
    return "Normal priority";
  }

  function buildJob(card) {
    const node = $("job-template").content.firstElementChild.cloneNode(true);
    node.dataset.id = card.id;
    node.dataset.priority = String(card.priority);
    const lang = node.querySelector(".lang");
    lang.textContent = R.languageName(card.language);
    node.querySelector(".job-queue").textContent = R.humanize(card.queue);
    node.querySelector(".pay").textContent = R.money(card.pay.amount_cents, card.pay.currency);
    node.querySelector(".prio").textContent = priorityLabel(card.priority);
    const topic = node.querySelector(".topic");
    topic.textContent = card.topic ? R.humanize(card.topic) : "";
    topic.hidden = !card.topic;
    const surge = node.querySelector(".surge");
    surge.textContent = card.surge > 1 ? `Surge ×${card.surge.toFixed(1)}` : "";
    surge.hidden = !(card.surge > 1);
    node.querySelector(".reason").textContent = card.reason;
    const preview = node.querySelector(".preview");
    preview.textContent = card.preview || "(no message text)";
    const code = R.langAttr(card.language);
    if (code) preview.setAttribute("lang", code);
    const claim = node.querySelector(".claim");
    claim.setAttribute("aria-label", `Claim: ${R.languageName(card.language)}, ${R.humanize(card.queue)}, ${card.reason}`);
    claim.addEventListener("click", () => claimJob(card.id, claim));
    return node;
  }

  function before(a, b) { // board order: priority first, then the longest waiting
    if (a.priority !== b.priority) return a.priority > b.priority;
    return a.created_at < b.created_at;
  }

  function sameCard(a, b) {
    const strip = (c) => JSON.stringify({ ...c, waiting_s: 0 });
    return strip(a) === strip(b);
  }

  function upsertJob(card, announce) {
    gone.delete(card.id);
    const old = jobs.get(card.id);
    if (old && sameCard(old.card, card)) { // keep the node (and any focus on it)
      Object.assign(old, { card, at: performance.now() });
      tickOne(old);
      return;
    }
    const entry = { card, at: performance.now(), node: buildJob(card) };
    jobs.set(card.id, entry);
    if (old) { old.node.replaceWith(entry.node); tickOne(entry); return; }
    const list = $("jobs");
    const next = [...jobs.values()].filter((j) => j !== entry && j.node.isConnected && before(card, j.card))
      .sort((x, y) => (before(x.card, y.card) ? -1 : 1))[0];
    list.insertBefore(entry.node, next ? next.node : null);
    tickOne(entry);
    if (announce) {
      entry.node.classList.add("fresh");
      $("announce").textContent = `New job: ${R.languageName(card.language)}, ${R.humanize(card.queue)}.`;
    }
    updateEmpty();
  }

  function removeJob(id, note) {
    gone.set(id, performance.now());
    const entry = jobs.get(id);
    if (!entry) return;
    jobs.delete(id);
    entry.node.remove();
    if (note) $("announce").textContent = note;
    updateEmpty();
  }

  function updateEmpty() {
    const count = jobs.size;
    $("jobs-count").textContent = count ? `(${count})` : "";
    let text = "";
    if (!count) {
      if (presence === "offline") text = "You're offline. Go online to see jobs.";
      else if (presence === "away") text = "You're away, so no new jobs are offered to you.";
      else if (board.capacity && board.held >= board.capacity) {
        text = `You're at capacity (${board.held} of ${board.capacity}). Finish a ticket to see new jobs.`;
      } else if (presence === "online") text = "No open jobs right now. New ones appear here by themselves.";
    }
    R.show("jobs-empty", text);
  }

  function tickOne(entry) {
    const secs = entry.card.waiting_s + (performance.now() - entry.at) / 1000;
    entry.node.querySelector(".wait").textContent = "Waiting " + R.duration(secs);
  }

  async function loadBoard() {
    const started = performance.now();
    try {
      const res = await R.api("/api/v1/tickets");
      board = res;
      setPresence(res.presence);
      const cap = $("capacity");
      cap.textContent = `Holding ${res.held} of ${res.capacity}`;
      cap.hidden = false;
      // The stream may have told us something newer while this request was on its way.
      const ids = new Set(res.tickets.map((t) => t.id));
      for (const [id, entry] of [...jobs]) if (!ids.has(id) && entry.at < started) removeJob(id);
      for (const card of res.tickets) {
        if ((gone.get(card.id) || -1) < started) upsertJob(card, false);
      }
      updateEmpty();
      R.show("board-error", "");
      renderHeld();
    } catch (err) {
      if (err.status !== 401) R.show("board-error", "Could not load the board: " + err.message);
    }
  }

  async function claimJob(id, button) {
    button.disabled = true;
    button.textContent = "Claiming…";
    R.show("flash", "");
    try {
      await R.api(`/api/v1/tickets/${id}/claim`, { method: "POST" });
      location.assign(`/agent/ticket/${id}`);
    } catch (err) {
      if (err.status === 409 || err.status === 404) {
        const taken = err.status === 404 || /another agent|claimed/i.test(err.detail);
        removeJob(id);
        R.show("flash", taken ? "Someone else took that one. It's gone from your board." : `You can't claim that job: ${err.detail}`);
        loadBoard();
      } else {
        button.disabled = false;
        button.textContent = "Claim";
        R.show("board-error", "Claim failed: " + err.message);
      }
    }
  }

  // --- live updates ---------------------------------------------------------------------
  function onEvent(kind, data) {
    if (kind === "ticket.offered" && held.has(data.id)) loadBoard(); // one of ours came back
    if (kind === "ticket.offered") upsertJob(data, true);
    else if (kind === "ticket.taken") removeJob(data.id, "A job was taken by another agent.");
    else if (kind === "ticket.withdrawn") removeJob(data.id, "");
  }

  async function follow() {
    const live = $("live");
    let backoff = 1000;
    for (;;) {
      try {
        await R.readEvents("/api/v1/agents/me/events", onEvent, {
          onOpen: () => { live.dataset.state = "live"; live.textContent = "live"; backoff = 1000; loadBoard(); },
        });
      } catch (err) { if (err.status === 401) return; }
      live.dataset.state = "offline";
      live.textContent = "reconnecting…";
      await R.sleep(backoff);
      backoff = Math.min(backoff * 2, 15_000);
    }
  }

  for (const b of document.querySelectorAll(".presence")) {
    b.addEventListener("click", () => changePresence(b.dataset.status));
  }
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") { heartbeat(); loadBoard(); }
  });
  R.wireLogout(() => R.api("/api/v1/agents/me/presence", { method: "POST", body: { status: "offline" } }));
  const flashed = R.flash.take();
  if (flashed) R.show("flash", flashed);

  setInterval(() => { for (const entry of jobs.values()) tickOne(entry); }, 1000);
  setInterval(heartbeat, HEARTBEAT_MS);
  loadBoard();
  follow();
})();
