// New-job alerts on the board. Once the agent turns them on (a tap: browsers let a page make
// sound and buzz only after one, and ask for notifications only from one), each new job
// plays a short chime made with the Web Audio API, vibrates where the device can, and, while
// the tab is in the background, shows a notification. The tab's title counts the new jobs
// the agent has not looked at yet. A ticket alerts once per browser, whatever its tabs do:
// the alerted ids are kept in localStorage (changed under a Web Lock where there is one).
(() => {
  "use strict";
  const R = window.Relaydesk;
  const KEEP_MS = 24 * 3600e3; // how long a ticket is remembered as alerted
  const KEEP_MAX = 500;
  const HIDDEN_DELAY_MS = 400; // a background tab lets a visible one of this browser go first
  const VIBRATION = [120, 80, 120];
  const NOTES = {
    off: "Turn on for a sound, a buzz and a notification when a new job arrives.",
    tap: "On. Tap anywhere on this page once so your browser lets the sound play.",
    granted: "On: a sound and a buzz for each new job, and a notification while this tab is in the background.",
    denied: "On: a sound and a buzz for each new job. Notifications are blocked in this browser's settings.",
    default: "On: a sound and a buzz for each new job. To get notifications too, turn alerts off and on and allow them.",
    none: "On: a sound and a buzz for each new job. This browser can't show notifications for this page.",
  };

  function create(username, onOpen) {
    const $ = (id) => document.getElementById(id);
    const prefKey = "relaydesk.alerts." + username;
    const doneKey = "relaydesk.alerted." + username;
    const baseTitle = document.title;
    const toggle = $("alerts-toggle");
    const unseen = new Set(); // new jobs the agent has not looked at yet
    const notes = new Map(); // ticket id -> its notification
    let audio = null;

    const read = (k) => { try { return localStorage.getItem(k); } catch (e) { return null; } };
    const write = (k, v) => { try { localStorage.setItem(k, v); } catch (e) { /* not kept */ } };
    let on = read(prefKey) === "on";
    const canNotify = () => "Notification" in window;
    const looking = () => document.visibilityState === "visible" && document.hasFocus();

    function render() {
      toggle.setAttribute("aria-pressed", String(on));
      toggle.querySelector(".alerts-state").textContent = on ? "On" : "Off";
      let key = "off";
      if (on && (!audio || audio.state !== "running")) key = "tap";
      else if (on) key = canNotify() ? Notification.permission : "none";
      $("alerts-note").textContent = NOTES[key] || NOTES.none;
    }

    // Sound needs an AudioContext started from a tap; after a reload, the first tap does it.
    function unlock() {
      const Ctx = window.AudioContext || window.webkitAudioContext;
      if (!on || !Ctx || (audio && audio.state === "running")) return;
      if (!audio) {
        audio = new Ctx();
        audio.addEventListener("statechange", render);
      }
      if (audio.state === "suspended") audio.resume().catch(() => {});
      render();
    }

    function chime() {
      if (!audio || audio.state === "closed") return;
      const t = audio.currentTime;
      const osc = audio.createOscillator(), gain = audio.createGain();
      osc.type = "sine";
      osc.frequency.setValueAtTime(880, t);
      osc.frequency.setValueAtTime(1320, t + 0.14);
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.3, t + 0.02);
      gain.gain.setValueAtTime(0.3, t + 0.24);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.34);
      osc.connect(gain).connect(audio.destination);
      osc.start(t);
      osc.stop(t + 0.36);
    }

    function buzz() {
      const activation = navigator.userActivation;
      if (!navigator.vibrate || (activation && !activation.hasBeenActive)) return;
      try { navigator.vibrate(VIBRATION); } catch (e) { /* not allowed here */ }
    }

    async function notify(card) {
      if (!canNotify() || Notification.permission !== "granted") return;
      // Nothing the customer wrote: a notification may show on a locked screen.
      const title = `New job: ${R.languageName(card.language)} · ${R.humanize(card.queue)}`;
      const options = {
        body: `${R.money(card.pay.amount_cents, card.pay.currency)} · ${card.reason}`,
        tag: "relaydesk-job-" + card.id, lang: "en",
      };
      try {
        const n = new Notification(title, options);
        n.addEventListener("click", () => { window.focus(); n.close(); onOpen(card.id); });
        notes.set(card.id, n);
      } catch (e) {
        // Chrome on Android shows notifications only through a service worker.
        try {
          const reg = await navigator.serviceWorker.register("/static/board_sw.js");
          await reg.showNotification(title, { ...options, data: { url: "/agent" } });
        } catch (err) { /* no way to notify here: the sound and the title remain */ }
      }
    }

    // True for the first tab of this browser to alert about `id`, false ever after.
    function firstTime(id) {
      const claim = () => {
        let done;
        try { done = JSON.parse(read(doneKey) || "{}"); } catch (e) { done = {}; }
        if (!done || typeof done !== "object" || Array.isArray(done)) done = {};
        if (Object.hasOwn(done, id)) return false;
        const now = Date.now();
        done[id] = now;
        const kept = Object.entries(done).filter(([, at]) => typeof at === "number" && now - at < KEEP_MS)
          .sort((a, b) => b[1] - a[1]).slice(0, KEEP_MAX);
        write(doneKey, JSON.stringify(Object.fromEntries(kept)));
        return true;
      };
      if (navigator.locks) return navigator.locks.request(doneKey, claim);
      return Promise.resolve(claim());
    }

    function title() { document.title = unseen.size ? `(${unseen.size}) ${baseTitle}` : baseTitle; }

    // A job new to this board (not one that was there when it loaded).
    async function offer(card) {
      if (!looking()) { unseen.add(card.id); title(); }
      if (!on) return;
      if (document.hidden) await R.sleep(HIDDEN_DELAY_MS);
      if (!(await firstTime(card.id))) return;
      chime();
      buzz();
      if (document.hidden) notify(card);
    }

    // The job left the board (claimed, withdrawn): nothing new about it any more.
    function gone(id) {
      unseen.delete(id);
      title();
      const n = notes.get(id);
      if (n) { n.close(); notes.delete(id); }
    }

    function looked() {
      if (!looking()) return;
      unseen.clear();
      title();
      for (const n of notes.values()) n.close();
      notes.clear();
    }

    toggle.addEventListener("click", async () => {
      on = !on;
      write(prefKey, on ? "on" : "off");
      render();
      if (!on) return;
      unlock();
      chime(); // so the agent hears what a new job sounds like
      if (canNotify() && Notification.permission === "default") {
        try { await Notification.requestPermission(); } catch (e) { /* dismissed */ }
      }
      render();
    });
    for (const kind of ["pointerdown", "keydown"]) window.addEventListener(kind, unlock, true);
    window.addEventListener("storage", (ev) => { // turned on or off in another tab
      if (ev.key !== prefKey) return;
      on = ev.newValue === "on";
      render();
    });
    document.addEventListener("visibilitychange", looked);
    window.addEventListener("focus", looked);
    window.addEventListener("pointerdown", looked);
    window.addEventListener("keydown", looked);
    render();

    return { offer, gone, looked };
  }

  window.RelaydeskBoard = Object.assign(window.RelaydeskBoard || {}, { alerts: create });
})();
