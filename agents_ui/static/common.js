// Shared by the agents' and ops pages: the session (access token in sessionStorage, never in
// a URL), API calls, server-sent events over fetch, and safe DOM building (text only).
(() => {
  "use strict";
  const SESSION_KEY = "relaydesk.session";
  const FLASH_KEY = "relaydesk.flash";
  const HOME = { agent: "/agent", ops: "/ops" };

  class ApiError extends Error {
    constructor(status, error, detail) {
      super(detail || error || `HTTP ${status}`);
      this.status = status;
      this.error = error;
      this.detail = detail || "";
    }
  }

  const session = {
    get() {
      try { return JSON.parse(sessionStorage.getItem(SESSION_KEY) || "null"); }
      catch (e) { return null; }
    },
    set(value) { sessionStorage.setItem(SESSION_KEY, JSON.stringify(value)); },
    clear() { sessionStorage.removeItem(SESSION_KEY); },
  };

  function toLogin(reason) {
    session.clear();
    const next = location.pathname + location.search;
    const params = new URLSearchParams({ next });
    if (reason) params.set("why", reason);
    location.replace("/login?" + params.toString());
  }

  // The page's user, or a redirect: to /login without a session, home for another role.
  function requireRole(role) {
    const s = session.get();
    if (!s || !s.token) { toLogin(""); return null; }
    if (s.role !== role) { location.replace(HOME[s.role] || "/login"); return null; }
    const who = document.getElementById("who");
    if (who) who.textContent = s.username;
    return s;
  }

  async function api(path, { method = "GET", body, signal } = {}) {
    const s = session.get();
    const headers = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (s && s.token) headers.Authorization = "Bearer " + s.token;
    let res;
    try {
      res = await fetch(path, {
        method, headers, signal, cache: "no-store",
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      if (err.name === "AbortError") throw err;
      throw new ApiError(0, "NetworkError", "Can't reach Relaydesk. Check your connection.");
    }
    const data = await res.json().catch(() => ({}));
    if (res.status === 401 && s && s.token) { toLogin("expired"); }
    if (!res.ok) throw new ApiError(res.status, data.error, data.detail);
    return data;
  }

  // Read a server-sent event stream with fetch (EventSource cannot send Authorization).
  // Resolves when the server ends the stream; rejects on errors or when aborted.
  async function readEvents(path, onEvent, { signal, onOpen } = {}) {
    const s = session.get();
    const res = await fetch(path, {
      headers: { Authorization: "Bearer " + (s ? s.token : ""), Accept: "text/event-stream" },
      signal, cache: "no-store",
    });
    if (res.status === 401) { toLogin("expired"); throw new ApiError(401, "Unauthorized", ""); }
    if (!res.ok || !res.body) throw new ApiError(res.status, "StreamError", "stream " + res.status);
    if (onOpen) onOpen();
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buf += value.replace(/\r\n?/g, "\n");
      let cut;
      while ((cut = buf.indexOf("\n\n")) >= 0) {
        const block = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        let event = "message", data = "";
        for (const line of block.split("\n")) {
          if (line.startsWith("event:")) event = line.slice(6).trim();
          else if (line.startsWith("data:")) data += line.slice(5).replace(/^ /, "");
        }
        if (!data) continue;
        let payload;
        try { payload = JSON.parse(data); } catch (e) { continue; }
        onEvent(event, payload);
      }
    }
  }

  // Build an element. Text goes in as text, never as HTML.
  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "className") node.className = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function show(id, text) {
    const node = document.getElementById(id);
    if (!node) return;
    node.textContent = text || "";
    node.hidden = !text;
  }

  function duration(totalSeconds) {
    const s = Math.max(0, Math.floor(totalSeconds));
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    const pad = (n) => String(n).padStart(2, "0");
    return h ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
  }

  function money(cents, currency) {
    try {
      return new Intl.NumberFormat(undefined, { style: "currency", currency }).format(cents / 100);
    } catch (e) { return `${(cents / 100).toFixed(2)} ${currency}`; }
  }

  let languageNames = null;
  try { languageNames = new Intl.DisplayNames(["en"], { type: "language" }); } catch (e) { /* old browser */ }
  function languageName(code) {
    if (!code) return "Any language";
    try { return (languageNames && languageNames.of(code)) || code; } catch (e) { return code; }
  }
  // A BCP 47 code we may put in a lang attribute (data is untrusted).
  function langAttr(code) { return /^[a-z]{2,3}$/.test(code || "") ? code : undefined; }

  function when(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return "";
    return d.toLocaleString(undefined, { dateStyle: "short", timeStyle: "short" });
  }

  function humanize(slug) { return String(slug || "").replace(/[_-]+/g, " "); }

  const flash = {
    set(text) { sessionStorage.setItem(FLASH_KEY, text); },
    take() { const t = sessionStorage.getItem(FLASH_KEY); sessionStorage.removeItem(FLASH_KEY); return t; },
  };

  function wireLogout(before) {
    const button = document.getElementById("logout");
    if (!button) return;
    button.addEventListener("click", async () => {
      button.disabled = true;
      try { if (before) await before(); } catch (e) { /* leave anyway */ }
      session.clear();
      location.replace("/login?why=logout");
    });
  }

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  window.Relaydesk = {
    ApiError, session, requireRole, api, readEvents, el, show, duration, money, languageName,
    langAttr, when, humanize, flash, wireLogout, sleep, HOME,
  };
})();
