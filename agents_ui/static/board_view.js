// The job board's view: filter (language, queue, pay) and sort (urgency, waiting time, pay,
// newest), compact cards when many are open, all remembered in this browser per agent.
// Pure arrangement: agent.js owns the cards and asks this module which to show in what order.
(() => {
  "use strict";
  const R = window.Relaydesk;
  const COMPACT_ABOVE = 6; // "Automatic" card size: compact with more cards than this shown
  const NO_LANGUAGE = "-"; // the filter value for tickets without a language
  const SORTS = { // as the summary names them
    urgent: "most urgent first",
    waiting: "longest wait first",
    pay: "highest pay first",
    newest: "newest first",
  };
  const LAYOUTS = ["auto", "full", "compact"];
  const DEFAULTS = { language: "", queue: "", pay: "", sort: "urgent", layout: "auto" };

  const langLabel = (v) => R.languageName(v === NO_LANGUAGE ? null : v);
  const created = (card) => Date.parse(card.created_at) || 0;
  const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const urgent = (a, b) => b.priority - a.priority || created(a) - created(b) || byId(a, b);
  const ORDER = {
    urgent,
    waiting: (a, b) => created(a) - created(b) || byId(a, b),
    pay: (a, b) => b.pay.amount_cents - a.pay.amount_cents || urgent(a, b),
    newest: (a, b) => created(b) - created(a) || byId(a, b),
  };

  // Stored preferences are untrusted input: anything unexpected falls back to the default.
  function clean(raw) {
    const p = { ...DEFAULTS };
    if (!raw || typeof raw !== "object") return p;
    const text = (v) => typeof v === "string" && v.length <= 64;
    if (text(raw.language)) p.language = raw.language;
    if (text(raw.queue)) p.queue = raw.queue;
    if (typeof raw.pay === "string" && /^\d{1,9}$/.test(raw.pay)) p.pay = raw.pay;
    if (Object.hasOwn(SORTS, raw.sort)) p.sort = raw.sort;
    if (LAYOUTS.includes(raw.layout)) p.layout = raw.layout;
    return p;
  }

  function create(username, onChange) {
    const $ = (id) => document.getElementById(id);
    const key = "relaydesk.board." + username;
    const controls = {
      language: $("f-language"), queue: $("f-queue"), pay: $("f-pay"),
      sort: $("f-sort"), layout: $("f-layout"),
    };
    let prefs;
    try { prefs = clean(JSON.parse(localStorage.getItem(key) || "null")); }
    catch (e) { prefs = clean(null); }
    let currency = "EUR";

    function save() {
      try { localStorage.setItem(key, JSON.stringify(prefs)); } catch (e) { /* not remembered */ }
    }

    // One select's options: the first ("All …") stays; the rest are `values` (plus the
    // chosen one, kept even when no open job has it). Rebuilt only when they change.
    function fill(name, values, label) {
      const select = controls[name];
      const chosen = prefs[name];
      const wanted = [...new Set(chosen ? [...values, chosen] : values)];
      const have = [...select.options].slice(1).map((o) => o.value);
      if (have.length !== wanted.length || have.some((v, i) => v !== wanted[i])) {
        const first = select.options[0];
        select.replaceChildren(first, ...wanted.map((v) => R.el("option", { value: v, text: label(v) })));
      }
      select.value = chosen;
    }

    // Offer the languages, queues and pays of the open jobs.
    function setOptions(cards) {
      if (cards.length) currency = cards[0].pay.currency;
      const langs = [...new Set(cards.map((c) => c.language || NO_LANGUAGE))]
        .sort((a, b) => langLabel(a).localeCompare(langLabel(b)));
      fill("language", langs, langLabel);
      const queues = [...new Set(cards.map((c) => c.queue))].sort();
      fill("queue", queues, (v) => R.humanize(v));
      // "at least" each pay above the lowest (the lowest is "Any pay").
      const pays = [...new Set(cards.map((c) => c.pay.amount_cents))].sort((a, b) => a - b).slice(1);
      fill("pay", pays.map(String), (v) => `${R.money(Number(v), currency)} or more`);
    }

    function matches(card) {
      if (prefs.language && (card.language || NO_LANGUAGE) !== prefs.language) return false;
      if (prefs.queue && card.queue !== prefs.queue) return false;
      if (prefs.pay && card.pay.amount_cents < Number(prefs.pay)) return false;
      return true;
    }

    function filtering() { return Boolean(prefs.language || prefs.queue || prefs.pay); }

    // The entries ({card, ...}) to show, in order.
    function arrange(entries) {
      const order = ORDER[prefs.sort];
      return entries.filter((e) => matches(e.card)).sort((a, b) => order(a.card, b.card));
    }

    function compact(shown) {
      return prefs.layout === "compact" || (prefs.layout === "auto" && shown > COMPACT_ABOVE);
    }

    // The summary's words, and the note under the tools when filters hide jobs.
    function describe(shown, total) {
      const active = ["language", "queue", "pay"].filter((k) => prefs[k]).length;
      const bits = [];
      if (active) bits.push(active === 1 ? "1 filter" : `${active} filters`);
      if (prefs.sort !== "urgent") bits.push(SORTS[prefs.sort]);
      $("tools-state").textContent = bits.length ? " · " + bits.join(" · ") : "";
      const note = $("filter-note");
      note.hidden = !filtering() || !total;
      $("filter-text").textContent = shown === total
        ? `Your filters match all ${total} open jobs.`
        : `Showing ${shown} of ${total} open jobs.`;
    }

    for (const [name, select] of Object.entries(controls)) {
      select.value = prefs[name];
      select.addEventListener("change", () => {
        prefs = clean({ ...prefs, [name]: select.value });
        save();
        onChange();
      });
    }
    $("filters-clear").addEventListener("click", () => {
      prefs = clean({ ...prefs, language: "", queue: "", pay: "" });
      save();
      onChange();
      $("board-tools").open = true;
      controls.language.focus();
    });
    // Open on wide screens, folded on phones (the summary says what is set).
    if (window.matchMedia("(min-width: 48rem)").matches) $("board-tools").open = true;

    return { setOptions, arrange, compact, describe, filtering };
  }

  window.RelaydeskBoard = Object.assign(window.RelaydeskBoard || {}, { view: create });
})();
