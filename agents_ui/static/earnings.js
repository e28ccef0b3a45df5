// The agent's earnings page: pay today, this week, the last 30 days and all time (days start
// at midnight in this device's time zone), the rating, the record (GET /api/v1/agents/me/stats)
// and each resolved ticket with its pay, or why it was not paid (GET /api/v1/agents/me/earnings,
// a page at a time). Everything from the API is set as text.
(() => {
  "use strict";
  const R = window.Relaydesk;
  const me = R.requireRole("agent");
  if (!me) return;
  const $ = (id) => document.getElementById(id);
  const EARNINGS = "/api/v1/agents/me/earnings";

  const RESOLUTIONS = {
    solved: "Solved",
    refund_issued: "Refund issued",
    info_provided: "Information given",
    payment_arranged: "Payment arranged",
    fraud_reported: "Fraud reported",
    other: "Other",
    customer_left: "Customer left",
    duplicate: "Duplicate",
    spam: "Spam",
    no_reply_needed: "No reply needed",
    handed_back_to_bot: "Handed back to the bot",
    done: "Done",
  };

  let zone = null; // this device's IANA time zone, if the browser tells and the server knows it
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || null; } catch (e) { zone = null; }
  let nextBefore = null;
  let shown = 0;
  let currency = "EUR";

  // --- human units ----------------------------------------------------------------------
  function span(seconds) {
    if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return "–";
    const s = Math.max(0, Math.round(seconds));
    if (s < 60) return `${s} s`;
    const d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600);
    const m = Math.floor((s % 3600) / 60), sec = s % 60;
    if (d) return h ? `${d} d ${h} h` : `${d} d`;
    if (h) return m ? `${h} h ${m} min` : `${h} h`;
    return sec ? `${m} min ${sec} s` : `${m} min`;
  }
  const date = (iso, options) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? "" : d.toLocaleString(undefined, options);
  };
  const dateTime = (iso) => date(iso, { dateStyle: "medium", timeStyle: "short" });
  const day = (iso) => date(iso, { weekday: "short", day: "numeric", month: "short" });
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const money = (cents) => R.money(cents, currency);
  function percent(share) {
    return new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 0 }).format(share);
  }
  function score(value) {
    return new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  }
  function stars(value) { // for the eye only; the words say the same
    const full = Math.max(0, Math.min(5, Math.round(value)));
    return "★".repeat(full) + "☆".repeat(5 - full);
  }
  function resolutionName(code) {
    if (!code) return "Resolved";
    if (Object.prototype.hasOwnProperty.call(RESOLUTIONS, code)) return RESOLUTIONS[code];
    const words = R.humanize(code);
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  // --- totals ---------------------------------------------------------------------------
  function renderPeriods(data) {
    currency = data.currency || currency;
    for (const p of data.periods) {
      const tile = document.querySelector(`.earn-tile[data-period="${p.period}"]`);
      if (!tile) continue;
      tile.dataset.cents = String(p.paid_cents);
      tile.querySelector(".earn-value").textContent = money(p.paid_cents);
      const parts = [];
      if (p.since && p.period !== "today") parts.push(`since ${day(p.since)}`);
      parts.push(`${plural(p.paid_tickets, "ticket", "tickets")} paid`);
      if (p.unpaid_tickets) parts.push(`${p.unpaid_tickets} unpaid`);
      tile.querySelector(".earn-sub").textContent = parts.join(" · ");
      tile.classList.toggle("has-unpaid", p.unpaid_tickets > 0);
    }
    $("earn-periods").setAttribute("aria-busy", "false");
    $("earn-zone").textContent = data.time_zone === "UTC" && zone !== "UTC"
      ? "Days start at midnight UTC. Times are shown in your device's time."
      : `Days start at midnight in your time zone (${data.time_zone}).`;
  }

  // --- one resolved ticket --------------------------------------------------------------
  function breakdown(r) {
    if (!r.paid) {
      const why = r.review_reason ? `${r.review_reason.charAt(0).toUpperCase()}${r.review_reason.slice(1)}` : "Resolved without a reply to the customer";
      return `Not paid: ${why}. Ops review it.`;
    }
    const parts = [`${money(r.base_cents)} base`];
    if (r.surge_cents) parts.push(`${money(r.surge_cents)} surge`);
    if (r.bonus_cents) parts.push(`${money(r.bonus_cents)} bonus for the wait`);
    return parts.length === 1 ? `${parts[0]} pay` : parts.join(" + ");
  }

  function ticketItem(r) {
    const node = $("earn-ticket-template").content.firstElementChild.cloneNode(true);
    node.dataset.id = r.ticket_id;
    node.dataset.paid = String(r.paid);
    node.classList.toggle("unpaid", !r.paid);
    const title = node.querySelector(".earn-ticket-title");
    title.textContent = `${R.languageName(r.language)} · ${r.queue}`;
    const pay = node.querySelector(".earn-pay");
    pay.textContent = r.paid ? money(r.amount_cents) : "Unpaid";
    pay.dataset.cents = String(r.amount_cents);
    const when = [`Resolved ${dateTime(r.resolved_at)}`];
    if (r.handle_s !== null && r.handle_s !== undefined) when.push(`handled in ${span(r.handle_s)}`);
    const time = R.el("time", { datetime: r.resolved_at, text: when[0] });
    node.querySelector(".earn-when").replaceChildren(time, when.length > 1 ? ` · ${when[1]}` : "");
    const topic = r.topic ? ` · ${R.humanize(r.topic)}` : "";
    node.querySelector(".earn-resolution").textContent = `${resolutionName(r.resolution_code)}${topic}`;
    node.querySelector(".earn-breakdown").textContent = breakdown(r);
    if (r.rating) {
      const feedback = node.querySelector(".earn-feedback");
      feedback.hidden = false;
      feedback.querySelector(".earn-stars").replaceChildren(
        R.el("span", { className: "earn-star-glyphs", "aria-hidden": "true", text: stars(r.rating.score) }),
        ` Rated ${r.rating.score} of 5`,
      );
      if (r.rating.comment) {
        const quote = feedback.querySelector(".earn-comment");
        quote.textContent = r.rating.comment;
        const lang = R.langAttr(r.language);
        if (lang) quote.setAttribute("lang", lang);
        quote.hidden = false;
      }
    }
    return node;
  }

  function renderTickets(data, append) {
    const items = data.resolutions.map(ticketItem);
    if (append) $("earn-tickets").append(...items);
    else $("earn-tickets").replaceChildren(...items);
    shown = (append ? shown : 0) + items.length;
    nextBefore = data.next_before;
    const all = data.periods.find((p) => p.period === "all_time");
    const total = all ? all.paid_tickets + all.unpaid_tickets : shown;
    $("earn-count").textContent = total ? `(${total})` : "";
    $("earn-empty").hidden = shown > 0;
    $("earn-more").hidden = !nextBefore;
    return items;
  }

  async function fetchEarnings(before) {
    const params = new URLSearchParams();
    if (zone) params.set("tz", zone);
    if (before) params.set("before", before);
    const query = () => (params.toString() ? `${EARNINGS}?${params}` : EARNINGS);
    try { return await R.api(query()); }
    catch (err) {
      if (err.status !== 422 || !params.has("tz")) throw err;
      zone = null; // the server's time zone database does not know this one: days in UTC
      params.delete("tz");
      return R.api(query());
    }
  }

  async function loadEarnings() {
    try {
      const data = await fetchEarnings(null);
      renderPeriods(data);
      renderTickets(data, false);
    } catch (err) {
      if (err.status === 401) return;
      $("earn-zone").textContent = "";
      R.show("earn-error", `Could not load your earnings: ${err.message}`);
    }
  }

  async function loadOlder() {
    const button = $("earn-more");
    if (!nextBefore || button.disabled) return;
    button.disabled = true;
    R.show("earn-more-error", "");
    try {
      const data = await fetchEarnings(nextBefore);
      const items = renderTickets(data, true);
      $("earn-announce").textContent = `${plural(items.length, "older ticket", "older tickets")} shown.`;
      if (button.hidden && items.length) items[0].querySelector(".earn-ticket-title").focus();
    } catch (err) {
      if (err.status !== 401) R.show("earn-more-error", `Could not load older tickets: ${err.message}`);
    } finally {
      button.disabled = false;
    }
  }

  // --- the rating and the record --------------------------------------------------------
  function fact(label, value, note) {
    return R.el("div", { className: "earn-fact" },
      R.el("dt", { text: label }),
      R.el("dd", {}, R.el("span", { className: "earn-fact-value", text: value }),
        note ? R.el("span", { className: "earn-fact-note", text: note }) : null));
  }

  function timing(d, what) {
    if (!d || !d.count) return ["–", `no ${what} yet`];
    return [span(d.median_s), `typical (median); average ${span(d.mean_s)}, over ${plural(d.count, "ticket", "tickets")}`];
  }

  function renderStats(s) {
    const rating = $("earn-rating");
    if (s.rating.count && s.rating.average !== null) {
      rating.replaceChildren(
        R.el("span", { className: "earn-star-glyphs", "aria-hidden": "true", text: stars(s.rating.average) }),
        R.el("strong", { text: ` ${score(s.rating.average)} out of 5` }),
        ` · from ${plural(s.rating.count, "rating", "ratings")}`,
      );
    } else {
      rating.textContent = "No ratings yet. Customers can rate your help once you have resolved their conversation.";
    }
    const resolved = s.resolved_unpaid ? `${s.resolved} (${s.resolved_unpaid} unpaid)` : String(s.resolved);
    const first = timing(s.first_response_time, "replies");
    const handle = timing(s.resolution_time, "resolved tickets");
    const kept = s.acceptance_rate === null ? "–" : percent(s.acceptance_rate);
    $("earn-stats").replaceChildren(
      fact("Tickets resolved", resolved),
      fact("Tickets claimed", String(s.claims)),
      fact("First reply", first[0], `from your claim to your first reply: ${first[1]}`),
      fact("Handle time", handle[0], `from your claim to resolving it: ${handle[1]}`),
      fact("Claims kept", kept, "claims not lost to a missed reply time"),
      fact("Missed first-reply time", String(s.first_reply_timeouts), "the ticket went back to the board"),
      fact("Missed reply time", String(s.reply_timeouts), "a customer waited too long for an answer"),
      fact("Released", String(s.releases)),
      fact("Returned when you went offline", String(s.offline_returns)),
      fact("Transferred", String(s.transfers)),
    );
    $("earn-stats").setAttribute("aria-busy", "false");
  }

  async function loadStats() {
    try { renderStats(await R.api("/api/v1/agents/me/stats")); }
    catch (err) {
      if (err.status === 401) return;
      $("earn-rating").textContent = "";
      R.show("earn-stats-error", `Could not load your record: ${err.message}`);
    }
  }

  $("earn-more").addEventListener("click", loadOlder);
  R.wireLogout(() => R.api("/api/v1/agents/me/presence", { method: "POST", body: { status: "offline" } }));
  loadEarnings();
  loadStats();
})();
