// The agent's job board: presence with heartbeats, the live list of claimable tickets
// (GET /api/v1/tickets, then the SSE stream /api/v1/agents/me/events read with fetch),
// one-tap claim, and the tickets this agent holds (GET /api/v1/tickets/mine). Filters, sort
// and compact cards are board_view.js's; new-job alerts board_alerts.js's.
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
  const known = new Set(); // ids of every ticket this board has shown: new ones alert
  let settling = 0; // > 0 while the board is (re)loaded after a status change: no alerts then
  let presence = null;
  let board = { held: 0, capacity: 0 };
  let heldRequests = 0;
  const view = window.RelaydeskBoard.view(me.username, render);
  const alerts = window.RelaydeskBoard.alerts(me.username, openJob);

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
    render();
  }

  // The jobs already open when the agent comes online are not news: no alerts for them.
  async function quietly(work) {
    settling += 1;
    try { return await work(); } finally { settling -= 1; }
  }

  async function changePresence(status) {
    R.show("board-error", "");
    await quietly(async () => {
      try {
        const res = await R.api("/api/v1/agents/me/presence", { method: "POST", body: { status } });
        setPresence(res.status);
        if (res.returned_tickets && res.returned_tickets.length) {
          R.show("flash", `${res.returned_tickets.length} ticket(s) went back to the board.`);
        }
        await loadBoard();
      } catch (err) { R.show("board-error", "Could not change your status: " + err.message); }
    });
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
        await quietly(loadBoard);
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
    node.querySelector(".lang").textContent = R.languageName(card.language);
    node.querySelector(".job-queue").textContent = R.humanize(card.queue);
    node.querySelector(".pay").textContent = R.money(card.pay.amount_cents, card.pay.currency);
    node.querySelector(".prio").textContent = priorityLabel(card.priority);
    const topic = node.querySelector(".topic");
    topic.textContent = card.topic ? R.humanize(card.topic) : "";
    topic.hidden = !card.topic;
    // Surge only where it changes the pay (steps of 0.1; never "×1.0").
    const surged = Math.abs(card.surge - 1) >= 0.05;
    const surge = node.querySelector(".surge");
    surge.textContent = surged ? `Surge ×${card.surge.toFixed(1)}` : "";
    surge.hidden = !surged;
    node.querySelector(".reason").textContent = card.reason;
    const preview = node.querySelector(".preview");
    preview.textContent = card.preview || "(no message text)";
    const code = R.langAttr(card.language);
    if (code) preview.setAttribute("lang", code);
    const claim = node.querySelector(".claim");
    const pay = R.money(card.pay.amount_cents, card.pay.currency);
    claim.setAttribute("aria-label", `Claim: ${R.languageName(card.language)}, ${R.humanize(card.queue)}, ${pay}, ${card.reason}`);
    claim.addEventListener("click", () => claimJob(card.id, claim));
    return node;
  }

  function sameCard(a, b) {
    const strip = (c) => JSON.stringify({ ...c, waiting_s: 0 });
    return strip(a) === strip(b);
  }

  // `live`: it came while the board was settled (not with a (re)load after a status change).
  function upsertJob(card, live) {
    gone.delete(card.id);
    const isNew = !known.has(card.id);
    known.add(card.id);
    const old = jobs.get(card.id);
    if (old && sameCard(old.card, card)) { // keep the node (and any focus on it)
      Object.assign(old, { card, at: performance.now() });
      tickOne(old);
      return;
    }
    const entry = { card, at: performance.now(), node: buildJob(card) };
    jobs.set(card.id, entry);
    tickOne(entry);
    if (old && old.node.isConnected) {
      const focused = old.node.contains(document.activeElement);
      old.node.replaceWith(entry.node);
      if (focused) entry.node.querySelector(".claim").focus();
    }
    if (!old && live) {
      entry.node.classList.add("fresh");
      $("announce").textContent = `New job: ${R.languageName(card.language)}, ${R.humanize(card.queue)}.`;
    }
    if (isNew && live) alerts.offer(card);
    render();
  }

  function removeJob(id, note) {
    gone.set(id, performance.now());
    const entry = jobs.get(id);
    if (!entry) return;
    jobs.delete(id);
    alerts.gone(id);
    const focused = entry.node.contains(document.activeElement);
    const next = entry.node.nextElementSibling || entry.node.previousElementSibling;
    entry.node.remove();
    if (note) $("announce").textContent = note;
    render();
    if (focused) { // keep the keyboard on the board, not lost at the top of the page
      if (next && next.isConnected) next.querySelector(".claim").focus();
      else $("jobs-title").focus();
    }
  }

  // Show the jobs the filters let through, in the chosen order, moving as few nodes as
  // possible (a moved node loses the focus).
  function render() {
    const entries = [...jobs.values()];
    view.setOptions(entries.map((e) => e.card));
    const shown = view.arrange(entries);
    const list = $("jobs");
    const keep = new Set(shown.map((e) => e.node));
    for (const child of [...list.children]) if (!keep.has(child)) child.remove();
    shown.forEach((e, i) => {
      const here = list.children[i];
      if (here !== e.node) list.insertBefore(e.node, here || null);
    });
    list.classList.toggle("compact", view.compact(shown.length));
    view.describe(shown.length, entries.length);
    updateEmpty(shown.length);
  }

  function updateEmpty(shown) {
    const count = jobs.size;
    $("jobs-count").textContent = count ? `(${count})` : "";
    let text = "";
    if (!count) {
      if (presence === "offline") text = "You're offline. Go online to see jobs.";
      else if (presence === "away") text = "You're away, so no new jobs are offered to you.";
      else if (board.capacity && board.held >= board.capacity) {
        text = `You're at capacity (${board.held} of ${board.capacity}). Finish a ticket to see new jobs.`;
      } else if (presence === "online") text = "No open jobs right now. New ones appear here by themselves.";
    } else if (!shown) text = `None of the ${count} open jobs match your filters.`;
    R.show("jobs-empty", text);
  }

  function tickOne(entry) {
    const secs = entry.card.waiting_s + (performance.now() - entry.at) / 1000;
    const text = "Waiting " + R.elapsed(secs);
    const wait = entry.node.querySelector(".wait");
    if (wait.textContent !== text) wait.textContent = text;
  }

  // A notification was tapped: to that job's card (if it is still open and shown).
  function openJob(id) {
    const entry = jobs.get(id);
    if (entry && entry.node.isConnected) {
      entry.node.scrollIntoView({ block: "center" });
      entry.node.querySelector(".claim").focus();
    } else $("jobs-title").focus();
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
        if ((gone.get(card.id) || -1) < started) upsertJob(card, settling === 0);
      }
      render();
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
    if (kind === "ticket.offered") upsertJob(data, settling === 0);
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
  quietly(loadBoard); // what is open when the page opens is not news
  follow();
})();
