// Shared by the agents' and ops pages: the session (access token in localStorage, shared by
// the browser's tabs, never in a URL), API calls, server-sent events over fetch, and safe DOM
// building (text only).
//
// The session: one per browser, so every tab of it is signed in as the same user. It ends when
// the token expires (its `exp`, read from the token's claims: the server checks the signature
// and the expiry, the page only honours it), on sign-out in any tab (each tab hears the
// `storage` event and goes to /login), or when the API answers 401. No cookie holds it.
(() => {
  "use strict";
  const SESSION_KEY = "relaydesk.session";
  const FLASH_KEY = "relaydesk.flash";
  const HOME = { agent: "/agent", ops: "/ops" };
  const MAX_TIMER_MS = 2 ** 31 - 1;
  let leaving = false; // this tab is on its way to another page: watch no more

  class ApiError extends Error {
    constructor(status, error, detail, retryAfterS = 0) {
      super(detail || error || `HTTP ${status}`);
      this.status = status;
      this.error = error;
      this.detail = detail || "";
      this.retryAfterS = retryAfterS; // a 429's Retry-After, in seconds (0: none given)
    }
  }

  // localStorage when the browser lets us use it, else this tab's sessionStorage.
  const store = (() => {
    try {
      const probe = "relaydesk.probe";
      localStorage.setItem(probe, "1");
      localStorage.removeItem(probe);
      return localStorage;
    } catch (e) { return sessionStorage; }
  })();

  // When the token expires (ms since the epoch), from its claims; null if it does not say.
  function tokenExpiry(token) {
    try {
      const body = String(token).split(".")[1];
      const b64 = body.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((body.length + 3) % 4);
      const exp = JSON.parse(atob(b64)).exp;
      return typeof exp === "number" && Number.isFinite(exp) ? exp * 1000 : null;
    } catch (e) { return null; }
  }

  // A stored session as written by session.set, or null for anything else.
  function parseSession(raw) {
    let s;
    try { s = JSON.parse(raw || "null"); } catch (e) { return null; }
    if (!s || typeof s !== "object" || typeof s.token !== "string" || !s.token
        || typeof s.role !== "string" || typeof s.username !== "string") return null;
    if (s.expires !== undefined && s.expires !== null && typeof s.expires !== "number") return null;
    return s;
  }
  const isExpired = (s) => typeof s.expires === "number" && Date.now() >= s.expires;

  const session = {
    // The signed-in user {token, role, username, expires}, or null (none, or expired).
    get() {
      const s = parseSession(store.getItem(SESSION_KEY));
      return s && !isExpired(s) ? s : null;
    },
    // True when a session is stored but its token has expired.
    expired() {
      const s = parseSession(store.getItem(SESSION_KEY));
      return Boolean(s && isExpired(s));
    },
    set(value) {
      const s = { token: value.token, role: value.role, username: value.username,
        expires: tokenExpiry(value.token) };
      store.setItem(SESSION_KEY, JSON.stringify(s));
    },
    // Sign out every tab; with `token`, only if that is still the stored session's token.
    clear(token) {
      if (token) {
        const s = parseSession(store.getItem(SESSION_KEY));
        if (s && s.token !== token) return;
      }
      store.removeItem(SESSION_KEY);
    },
  };

  // Sessions from before they were shared lived in each tab's sessionStorage: adopt one.
  try {
    const legacy = parseSession(sessionStorage.getItem(SESSION_KEY));
    if (store !== sessionStorage) {
      sessionStorage.removeItem(SESSION_KEY);
      if (legacy && !store.getItem(SESSION_KEY)) session.set(legacy);
    }
  } catch (e) { /* no storage */ }

  function loginUrl(reason) {
    const params = new URLSearchParams({ next: location.pathname + location.search });
    if (reason) params.set("why", reason);
    return "/login?" + params.toString();
  }

  // To the sign-in page, signing out every tab. `token`: the one a request failed with
  // ("" for none); when another tab has signed in anew meanwhile, that session is kept and
  // this tab stays (false is returned).
  function toLogin(reason, token) {
    const s = parseSession(store.getItem(SESSION_KEY));
    if (token !== undefined && s && s.token !== token && !isExpired(s)) return false;
    if (store.getItem(SESSION_KEY) !== null) store.removeItem(SESSION_KEY);
    leaving = true;
    location.replace(loginUrl(reason));
    return true;
  }

  // Follow the session other tabs change: sign-out there signs out here, another account
  // signed in there reloads this page as that account; and leave when the token expires.
  let watching = null;
  let goneWhy = "elsewhere"; // why another tab's change ended the session
  function watchSession(user) {
    if (watching) return;
    watching = user;
    let timer = 0;
    const check = () => {
      if (leaving) return;
      const now = session.get();
      if (!now) {
        if (session.expired()) toLogin("expired");
        else { leaving = true; location.replace(loginUrl(goneWhy)); }
        return;
      }
      if (now.username !== watching.username || now.role !== watching.role) {
        leaving = true;
        location.reload();
        return;
      }
      clearTimeout(timer);
      if (typeof now.expires === "number") {
        timer = setTimeout(check, Math.min(MAX_TIMER_MS, Math.max(0, now.expires - Date.now()) + 50));
      }
    };
    window.addEventListener("storage", (ev) => {
      if (ev.storageArea !== store || (ev.key !== SESSION_KEY && ev.key !== null)) return;
      const old = parseSession(ev.oldValue);
      goneWhy = old && isExpired(old) ? "expired" : "elsewhere";
      check();
    });
    // Timers sleep with the device and in background tabs: look again on return.
    document.addEventListener("visibilitychange", () => { if (!document.hidden) check(); });
    window.addEventListener("focus", check);
    check();
  }

  // The page's user, or a redirect: to /login without a session (saying so when it
  // expired), home for another role.
  function requireRole(role) {
    const s = session.get();
    if (!s || !HOME[s.role]) { toLogin(s || !session.expired() ? "" : "expired"); return null; }
    if (s.role !== role) { location.replace(HOME[s.role] || "/login"); return null; }
    const who = document.getElementById("who");
    if (who) who.textContent = s.username;
    watchSession(s);
    return s;
  }

  // `anonymous`: send no token, and a 401 is the call's own answer (signing in).
  async function api(path, { method = "GET", body, signal, anonymous = false } = {}) {
    const s = anonymous ? null : session.get();
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
    if (res.status === 401 && s && s.token) toLogin("expired", s.token);
    if (!res.ok) {
      const wait = Number.parseInt(res.headers.get("Retry-After") || "", 10);
      throw new ApiError(res.status, data.error, data.detail, Number.isFinite(wait) ? wait : 0);
    }
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
    if (res.status === 401) {
      toLogin("expired", s ? s.token : "");
      throw new ApiError(401, "Unauthorized", "");
    }
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

  // A waiting time as people say it: "0:42" in the first minute (it visibly ticks), then
  // "4 min", "1 h 5 min".
  function elapsed(totalSeconds) {
    const s = Math.max(0, Math.floor(totalSeconds));
    if (s < 60) return `0:${String(s).padStart(2, "0")}`;
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
    return h ? `${h} h ${m} min` : `${m} min`;
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

  // A moment as people write it: "3 Dec, 09:06" (the year only when it is not this one).
  function when(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return "";
    const options = { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };
    if (d.getFullYear() !== new Date().getFullYear()) options.year = "numeric";
    return d.toLocaleString(undefined, options);
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
      leaving = true;
      session.clear();
      location.replace("/login?why=logout");
    });
  }

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  window.Relaydesk = {
    ApiError, session, requireRole, api, readEvents, el, show, duration, elapsed, money,
    languageName, langAttr, when, humanize, flash, wireLogout, sleep, HOME,
  };
})();
