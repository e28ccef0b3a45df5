// Sign in: POST /api/v1/auth/token, keep the session for every tab of this browser (see
// common.js), go where the role works. A sign-in in another tab takes this one along.
(() => {
  "use strict";
  const R = window.Relaydesk;
  const params = new URLSearchParams(location.search);
  const NOTICES = {
    expired: "Your sign-in has expired. Please sign in again.",
    logout: "You are signed out.",
    elsewhere: "You signed out in another tab. Sign in again to continue.",
  };

  // Only a path inside the role's own area is a safe place to go back to.
  function destination(role) {
    const home = R.HOME[role];
    const next = params.get("next") || "";
    if (home && /^\/[\w\-/]*$/.test(next) && (next === home || next.startsWith(home + "/"))) {
      return next;
    }
    return home;
  }

  function message(err) {
    switch (err.status) {
      case 0: return "Can't reach Relaydesk. Check your connection and try again.";
      case 401: return "That username and password don't match. Check both and try again.";
      case 403: return "This account is disabled. Ask your operations lead.";
      case 422: return "Enter your username and your password.";
      case 429: return "Too many attempts. " + waitText(err.retryAfterS);
      default: return "Signing in failed (" + (err.detail || err.message) + "). Try again.";
    }
  }

  function waitText(seconds) {
    if (!seconds) return "Wait a minute, then try again.";
    if (seconds < 90) return `Try again in ${seconds} s.`;
    return `Try again in ${Math.ceil(seconds / 60)} min.`;
  }

  // A sign-in refused for a moment (every password check busy: 429 with a short
  // Retry-After) is tried again by itself, a few times, saying so.
  const AUTO_RETRY_MAX_S = 5;
  const AUTO_RETRIES = 3;
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
  async function signIn(username, password) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await R.api("/api/v1/auth/token", {
          method: "POST", body: { username, password }, anonymous: true,
        });
      } catch (err) {
        const wait = err.status === 429 ? err.retryAfterS : 0;
        if (!wait || wait > AUTO_RETRY_MAX_S || attempt >= AUTO_RETRIES) throw err;
        R.show("notice", `Busy right now: signing you in again in ${wait} s…`);
        await sleep(wait * 1000);
        R.show("notice", "");
      }
    }
  }

  // Already signed in (here or in another tab): straight on.
  function goIfSignedIn() {
    const s = R.session.get();
    if (s && R.HOME[s.role]) { location.replace(destination(s.role)); return true; }
    return false;
  }
  if (goIfSignedIn()) return;
  window.addEventListener("storage", goIfSignedIn);
  R.show("notice", NOTICES[params.get("why")] || "");

  const form = document.getElementById("login");
  const submit = document.getElementById("login-submit");
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    R.show("login-error", "");
    const username = document.getElementById("username").value.trim();
    const password = document.getElementById("password").value;
    if (!username || !password) {
      R.show("login-error", "Enter your username and your password.");
      (username ? document.getElementById("password") : document.getElementById("username")).focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = "Signing in…";
    try {
      const res = await signIn(username, password);
      if (!R.HOME[res.role]) throw new R.ApiError(-1, "", "unknown role " + res.role);
      R.session.set({ token: res.access_token, role: res.role, username: username.toLowerCase() });
      location.replace(destination(res.role));
    } catch (err) {
      R.show("login-error", message(err));
      document.getElementById("password").select();
      submit.disabled = false;
      submit.textContent = "Sign in";
    }
  });
})();
