// Demo customer chat: uses only the public API (conversation token, SSE over fetch).
// Every text from the server goes into the page as text (textContent), never as HTML.
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const STORE = "relaydesk.conv";
  const STATUS = {
    bot: "Assistant", waiting_for_human: "Waiting for a person",
    with_human: "With a person", closed: "Ended",
  };
  const ENDED = {
    abandoned: "We closed it because we didn't hear from you for a while.",
    expired: "Sorry: nobody from our team could take it in time.",
  };
  const chat = $("chat").dataset;
  let talkTexts = {};
  try { talkTexts = JSON.parse(chat.talkToPerson || "{}"); } catch (e) { talkTexts = {}; }

  let conv = null;
  try { conv = JSON.parse(sessionStorage.getItem(STORE) || "null"); } catch (e) { conv = null; }
  let state = freshState();
  let streamAbort = null;

  function freshState() {
    return {
      seen: new Set(), status: null, language: null, agentName: null,
      rated: false, typingTimer: null, lastCustomerId: 0,
    };
  }

  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "className") node.className = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  function show(id, text) { const e = $(id); e.textContent = text || ""; e.hidden = !text; }
  const showError = (text) => show("error", text);

  // --- time and language ----------------------------------------------------------------

  function clock(date) {
    return date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
  }

  function humanTime(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return "";
    const now = new Date();
    if (d.toDateString() === now.toDateString()) return clock(d);
    const yesterday = new Date(now); yesterday.setDate(now.getDate() - 1);
    if (d.toDateString() === yesterday.toDateString()) return "Yesterday " + clock(d);
    return d.toLocaleDateString(undefined, { day: "numeric", month: "short" }) + ", " + clock(d);
  }

  let languageNames = null;
  try { languageNames = new Intl.DisplayNames(["en"], { type: "language" }); } catch (e) { /* old browser */ }
  function languageName(code) {
    try { return (code && languageNames && languageNames.of(code)) || ""; } catch (e) { return ""; }
  }

  // The language the customer writes in: the conversation's, else the browser's, else English.
  function customerLanguage() {
    if (state.language && talkTexts[state.language]) return state.language;
    for (const tag of navigator.languages || [navigator.language || ""]) {
      const code = String(tag).slice(0, 2).toLowerCase();
      if (code === "nb" || code === "nn") { if (talkTexts.no) return "no"; }
      if (talkTexts[code]) return code;
    }
    return "en";
  }

  // UTC hours of the day -> "between 08:00 and 12:00 and between 14:00 and 17:00", local time.
  function usualHours(utcHours) {
    if (!Array.isArray(utcHours) || !utcHours.length) return "";
    const today = new Date();
    const local = [...new Set(utcHours.map((h) => new Date(Date.UTC(
      today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), h)).getHours()))]
      .sort((a, b) => a - b);
    const ranges = [];
    for (const h of local) {
      const last = ranges[ranges.length - 1];
      if (last && last[1] === h) last[1] = h + 1; else ranges.push([h, h + 1]);
    }
    const at = (h) => clock(new Date(2000, 0, 1, h % 24, 0));
    return ranges.slice(0, 3).map(([a, b]) => `between ${at(a)} and ${at(b)}`).join(" and ");
  }

  function queueText(q) {
    if (!q) return "";
    const place = `You are number ${q.position} in the queue.`;
    const lang = languageName(state.language);
    if (q.estimate_basis === "no_agents_online") {
      let t = `Nobody from our team who ${lang ? "speaks " + lang : "can take this"} is online right now. ` +
        `${place} We'll answer here as soon as someone is.`;
      const hours = usualHours(q.usual_hours_utc);
      if (hours) t += ` People are usually here ${hours} (your time).`;
      return t;
    }
    const minutes = Math.max(1, Math.round(q.estimated_wait_s / 60));
    const people = q.agents_online === 1 ? "1 person" : `${q.agents_online} people`;
    if (q.estimate_basis === "recent_claims") {
      return `${place} ${people} from our team can help now; recently the wait was about ${minutes} min.`;
    }
    return `${place} ${people} from our team can help now; a rough guess: about ${minutes} min.`;
  }

  // --- messages -------------------------------------------------------------------------

  function who(m) {
    if (m.author === "customer") return "You";
    if (m.author === "bot") return "Assistant";
    if (m.author === "agent") return m.author_name || "Agent";
    return "Notice";
  }

  function addMessage(m) {
    if (state.seen.has(m.id)) return;
    state.seen.add(m.id);
    if (m.author === "agent") {
      if (m.author_name) state.agentName = m.author_name;
      hideTyping();
    }
    if (m.author === "customer") {
      state.lastCustomerId = Math.max(state.lastCustomerId, m.id);
      for (const b of document.querySelectorAll(".choices button")) b.disabled = true;
    }
    const time = el("time", { datetime: m.created_at, text: humanTime(m.created_at) });
    const meta = el("div", { className: "msg-meta" }, el("span", { className: "who", text: who(m) }), time);
    const body = el("p", { text: m.text });  // untrusted text: never innerHTML
    const li = el("li", { className: "msg " + (/^[a-z]+$/.test(m.author) ? m.author : "other") }, meta, body);
    if (Array.isArray(m.choices) && m.choices.length) li.append(choiceButtons(m));
    $("log").append(li);
    li.scrollIntoView({ block: "end" });
  }

  function choiceButtons(m) {
    const group = el("div", { className: "choices", role: "group", "aria-label": "Quick replies" });
    const answered = state.lastCustomerId > m.id;
    for (const title of m.choices) {
      const b = el("button", { type: "button", className: "choice", text: title });
      b.disabled = answered;
      b.addEventListener("click", () => {
        for (const other of group.querySelectorAll("button")) other.disabled = true;
        send(String(title));
      });
      group.append(b);
    }
    return group;
  }

  function showTyping(t) {
    if (state.status !== "with_human") return;
    const e = $("typing");
    e.textContent = `${t.name || "Someone from our team"} is typing…`;
    e.hidden = false;
    clearTimeout(state.typingTimer);
    state.typingTimer = setTimeout(hideTyping, Math.max(1, Number(t.expires_in_s) || 6) * 1000);
  }

  function hideTyping() { clearTimeout(state.typingTimer); $("typing").hidden = true; }

  // --- status: queue, rating, ended -----------------------------------------------------

  function setStatus(s) {
    state.status = s.status;
    if (s.language) state.language = s.language;
    const pill = $("status");
    pill.textContent = STATUS[s.status] || s.status;
    pill.dataset.status = s.status;
    show("queue", s.status === "waiting_for_human" ? queueText(s.queue) : "");
    if (s.status !== "with_human") hideTyping();
    const closed = s.status === "closed";
    $("text").disabled = closed;
    $("send").querySelector("button").disabled = closed;
    $("person").hidden = s.status !== "bot";
    $("ended").hidden = !closed;
    if (closed) {
      $("ended-why").textContent = ENDED[s.closed_reason] || "You can start a new conversation at any time.";
    }
    const rate = Boolean(s.rating_requested) || state.rated;
    $("rate").hidden = !(rate && (s.status === "bot" || closed));
    if (s.rating_requested && !state.rated) {
      $("rate-legend").textContent = state.agentName
        ? `How did ${state.agentName} help you? From 1 (poor) to 5 (great)`
        : "Rate the help you got, from 1 (poor) to 5 (great)";
    }
  }

  // --- API ------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, detail) { super(detail || `HTTP ${status}`); this.status = status; }
  }

  async function api(path, opts = {}) {
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    if (conv) headers.Authorization = "Bearer " + conv.token;
    let res;
    try { res = await fetch(path, { ...opts, headers, cache: "no-store" }); }
    catch (e) { throw new ApiError(0, "Can't reach us right now. Check your connection and try again."); }
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new ApiError(res.status, body.detail || res.statusText);
    return body;
  }

  async function listen(current, signal) {
    let lastId = 0;
    while (!signal.aborted) {
      try {
        const res = await fetch(`/api/v1/conversations/${current.id}/events`, {
          headers: { Authorization: "Bearer " + current.token, "Last-Event-ID": String(lastId) },
          signal, cache: "no-store",
        });
        if ([401, 403, 404].includes(res.status)) { startOver(); return; }  // a stale conversation
        if (!res.ok || !res.body) throw new Error("stream " + res.status);
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buf = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += value.replace(/\r\n?/g, "\n");
          let cut;
          while ((cut = buf.indexOf("\n\n")) >= 0) {
            const block = buf.slice(0, cut); buf = buf.slice(cut + 2);
            let event = "message", data = "";
            for (const line of block.split("\n")) {
              if (line.startsWith("event:")) event = line.slice(6).trim();
              else if (line.startsWith("data:")) data += line.slice(5).replace(/^ /, "");
            }
            if (!data) continue;
            let payload;
            try { payload = JSON.parse(data); } catch (e) { continue; }
            if (event === "message") { addMessage(payload); lastId = Math.max(lastId, payload.id); }
            else if (event === "status") setStatus(payload);
            else if (event === "typing") showTyping(payload);
          }
        }
      } catch (err) {
        if (signal.aborted) return;
      }
      await new Promise((r) => setTimeout(r, 1500));
    }
  }

  async function start() {
    if (streamAbort) streamAbort.abort();
    streamAbort = new AbortController();
    try {
      if (!conv) {
        // The demo chat speaks as a seeded demo customer, signed by the server that rendered
        // the page (as a shop's backend would), so the bot can answer with "your" data.
        conv = await api("/api/v1/conversations", {
          method: "POST",
          body: JSON.stringify({
            customer_ref: chat.customerRef, customer_signature: chat.customerSignature,
          }),
        });
        sessionStorage.setItem(STORE, JSON.stringify(conv));
      }
      showError("");
      listen(conv, streamAbort.signal);
    } catch (err) { showError("Could not start the chat: " + err.message); }
  }

  function startOver() {
    if (streamAbort) streamAbort.abort();
    sessionStorage.removeItem(STORE);
    conv = null;
    hideTyping();
    state = freshState();
    $("log").replaceChildren();
    $("rate-form").reset();
    $("rate-form").hidden = false;
    $("rate-done").hidden = true;
    for (const id of ["rate", "ended", "queue", "send-hint", "rate-hint"]) $(id).hidden = true;
    $("status").textContent = "connecting…";
    delete $("status").dataset.status;
    $("text").disabled = false;
    $("send").querySelector("button").disabled = false;
    start();
    $("text").focus();
  }

  async function send(text) {
    if (!conv) return false;
    const clientMsgId = (crypto.randomUUID && crypto.randomUUID()) || String(Date.now()) + Math.random();
    try {
      await api(`/api/v1/conversations/${conv.id}/messages`, {
        method: "POST", body: JSON.stringify({ text, client_msg_id: clientMsgId }),
      });
      showError("");
      return true;
    } catch (err) {
      if (err.status === 401 || err.status === 403 || err.status === 404) {
        showError("This conversation has expired. Start a new one to go on.");
      } else { showError(err.message); }
      return false;
    }
  }

  // --- wiring ---------------------------------------------------------------------------

  const input = $("text");
  function sendHint(text) {
    show("send-hint", text);
    if (text) input.setAttribute("aria-invalid", "true"); else input.removeAttribute("aria-invalid");
  }
  input.addEventListener("input", () => { if (input.value.trim()) sendHint(""); });

  $("send").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) {  // nothing to send: say so, send nothing
      sendHint("Write a message first, then press Send.");
      input.focus();
      return;
    }
    sendHint("");
    if (await send(text)) input.value = "";
  });

  $("person").addEventListener("click", async () => {
    const button = $("person");
    button.disabled = true;
    const text = talkTexts[customerLanguage()] || talkTexts.en || "I'd like to talk to a person";
    await send(text);
    button.disabled = false;
  });

  for (const b of document.querySelectorAll(".new-chat")) b.addEventListener("click", startOver);

  $("rate-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const form = ev.target;
    const picked = form.querySelector("input[name=score]:checked");
    if (!picked) { show("rate-hint", "Choose a score from 1 to 5 first."); return; }
    show("rate-hint", "");
    const comment = $("rate-comment").value.trim();
    const submit = form.querySelector("button[type=submit]");
    submit.disabled = true;
    try {
      await api(`/api/v1/conversations/${conv.id}/rating`, {
        method: "POST",
        body: JSON.stringify({ score: Number(picked.value), comment: comment || null }),
      });
      state.rated = true;
      form.hidden = true;
      $("rate-done").hidden = false;
      $("rate-done").querySelector("button").focus();
    } catch (err) {
      if (err.status === 409 && /already/.test(err.message)) {
        state.rated = true; form.hidden = true; $("rate-done").hidden = false;
      } else show("rate-hint", err.message);
    } finally { submit.disabled = false; }
  });

  start();
})();
