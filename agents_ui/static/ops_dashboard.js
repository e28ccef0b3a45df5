// The ops lead's dashboard on the ops page: the numbers of GET /api/v1/metrics for a window,
// charts over time (GET /api/v1/metrics/series, drawn with the vendored uPlot), the board now
// (GET /api/v1/metrics/live), the agents on duty with what they hold (GET /api/v1/agents/online)
// and the staffing Erlang C asks for (GET /api/v1/metrics/staffing).
// Live by polling: ops have no event stream of their own (the board's stream is per agent), so
// the numbers, the board and the agents are fetched every 5 s while the page is visible, the
// charts and the staffing every 30 s. Everything from the API goes in as text.
(() => {
  "use strict";
  const R = window.Relaydesk;
  const me = R.session.get();
  if (!me || me.role !== "ops") return; // ops.js sends the visitor where they belong
  const $ = (id) => document.getElementById(id);
  const el = R.el;
  const FAST_MS = 5000, SLOW_MS = 30000;
  const HOUR = 3600e3;
  // Window length, and the charts' bucket (seconds).
  const RANGES = { "1h": { ms: HOUR, bucket: 300 }, "24h": { ms: 24 * HOUR, bucket: 3600 }, "7d": { ms: 168 * HOUR, bucket: 21600 } };
  let range = "24h";
  let lastSlow = 0;
  let busy = false;
  const charts = {};

  // --- formatting (the browser test formats the API's numbers the same way) -------------
  const dash = "–";
  function pct(v) { return v === null || v === undefined ? dash : (v * 100).toFixed(1) + " %"; }
  function secs(v) {
    if (v === null || v === undefined) return dash;
    return v < 60 ? v.toFixed(1) + " s" : R.duration(v);
  }
  function trio(d) { return d.count ? `${secs(d.p50_s)} / ${secs(d.p90_s)} / ${secs(d.p99_s)}` : dash; }
  function usd(v) { return v === null || v === undefined ? dash : "$" + v.toFixed(v < 1 ? 4 : 2); }
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const iso = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");

  function put(id, text, value) {
    const node = $(id);
    if (!node) return;
    node.textContent = text;
    if (value !== undefined) node.dataset.value = JSON.stringify(value);
  }

  // --- the window's numbers -------------------------------------------------------------
  function renderSummary(m) {
    const t = m.total;
    const c = t.containment, h = t.human_requests;
    put("dash-conversations", String(t.conversations.total), t.conversations.total);
    put("dash-conversations-sub", `${t.messages.total} messages`);
    put("dash-containment", pct(c.rate), c.rate);
    put("dash-durable", pct(c.durable_rate), c.durable_rate);
    put("dash-escalation", pct(c.escalation_rate), c.escalation_rate);
    put("dash-escalation-sub", `${c.escalated} escalated, ${c.reached_person} reached a person`);
    put("dash-first-time", pct(h.first_time_rate), h.first_time_rate);
    put("dash-first-time-sub", `${h.first_time} of ${h.requested} who asked`);
    put("dash-ttp", trio(t.time_to_person), t.time_to_person);
    put("dash-wait", trio(t.wait_until_claim), t.wait_until_claim);
    put("dash-sla", pct(t.sla.attainment), t.sla.attainment);
    put("dash-sla-sub", `${t.sla.met} met, ${t.sla.missed} missed`);
    for (const who of ["people", "bot"]) {
      const r = t.csat[who];
      put(`dash-csat-${who}`, pct(r.csat), r.csat);
      put(`dash-csat-${who}-sub`, r.count ? `${plural(r.count, "rating")}, average ${r.average.toFixed(2)}` : "no ratings");
    }
    put("dash-llm", usd(t.llm.cost_usd), t.llm.cost_usd);
    put("dash-llm-sub", `${usd(t.llm.cost_per_conversation_usd)} per conversation`);
    const pay = t.pay[0];
    put("dash-pay", pay && pay.per_resolved_ticket_cents !== null ? R.money(pay.per_resolved_ticket_cents, pay.currency) : dash,
      pay ? pay.per_resolved_ticket_cents : null);
    put("dash-pay-sub", pay ? plural(pay.resolved_tickets, "resolved ticket") : "no paid tickets");
    const w = $("dash-window");
    w.dataset.from = m.window.from;
    w.dataset.to = m.window.to;
    w.textContent = `${R.when(m.window.from)} – ${R.when(m.window.to)}`;

    const body = $("reasons").tBodies[0];
    const rows = Object.entries(t.escalation_by_reason).map(([rule, n]) =>
      el("tr", { dataset: { rule } }, el("td", { "data-label": "Rule", text: rule }),
        el("td", { className: "num", "data-label": "Conversations", text: n.conversations }),
        el("td", { className: "num", "data-label": "Share", text: pct(n.rate) })));
    body.replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: 3, className: "muted", text: "No escalations in this window." }))]));
  }

  // --- now: the board and the agents ----------------------------------------------------
  function renderLive(live) {
    put("dash-waiting", String(live.waiting), live.waiting);
    put("dash-longest", live.waiting ? secs(live.longest_wait_s) : dash, live.longest_wait_s);
    $("queues-now").tBodies[0].replaceChildren(...live.queues.map((q) =>
      el("tr", { dataset: { queue: q.queue } }, el("td", { "data-label": "Queue", text: q.queue }),
        el("td", { className: "num", "data-label": "Waiting", text: q.waiting }),
        el("td", { className: "num", "data-label": "Held", text: q.held }),
        el("td", { className: "num", "data-label": "Longest wait", text: q.waiting ? secs(q.longest_wait_s) : dash }))));
  }

  function renderAgents(agents) {
    const online = agents.filter((a) => a.status === "online").length;
    put("dash-online", String(online), online);
    put("agents-count", agents.length ? `(${online} online, ${agents.length - online} away)` : "");
    $("agents-empty").hidden = agents.length > 0;
    $("agents-online").replaceChildren(...agents.map((a) => {
      const held = a.held.map((t) => el("li", { className: "tag", dataset: { ticket: t.ticket_id } },
        `${t.queue} · ${t.language || "any"} · ${R.humanize(t.topic || "no topic")} · ${secs(t.held_s)}`));
      return el("li", { className: "roster-row", dataset: { username: a.username, status: a.status } },
        el("div", { className: "roster-top" },
          el("strong", { text: a.display_name }), el("span", { className: "muted small", text: "@" + a.username }),
          el("span", { className: a.status === "online" ? "pill ok-pill" : "pill", text: a.status })),
        el("p", { className: "muted small roster-meta", text:
          `${a.languages.map(R.languageName).join(", ") || "no languages"}${a.skills.length ? " · skills: " + a.skills.join(", ") : ""}` }),
        el("p", { className: "roster-holds", text: `holds ${a.held.length} of ${a.capacity}` }),
        held.length ? el("ul", { className: "tags" }, ...held) : null);
    }));
  }

  // --- staffing -------------------------------------------------------------------------
  function staffingRow(row, withQueue) {
    const short = row.shortfall > 0;
    return el("tr", { className: short ? "short-row" : undefined, dataset: { language: row.language || "", queue: row.queue || "" } },
      withQueue ? el("td", { "data-label": "Queue", text: row.queue }) : null,
      el("td", { "data-label": "Language", text: R.languageName(row.language) }),
      el("td", { className: "num", "data-label": "Tickets/h", text: row.arrivals_per_hour.toFixed(1) }),
      el("td", { className: "num", "data-label": "Handle time", text: secs(row.handle_time_s) + (row.handle_time_measured ? "" : " (default)") }),
      el("td", { className: "num needed", "data-label": "Agents needed", text: row.agents_needed }),
      el("td", { className: "num online", "data-label": "Online now", text: row.agents_online }),
      el("td", { className: short ? "num up" : "num same", "data-label": "Short", text: row.shortfall }));
  }

  function renderStaffing(s) {
    const empty = (cols) => [el("tr", {}, el("td", { colspan: cols, className: "muted", text: "No tickets in the last hour." }))];
    const langs = s.by_language.map((r) => staffingRow(r, false));
    const queues = s.by_queue_language.map((r) => staffingRow(r, true));
    $("staffing-languages").tBodies[0].replaceChildren(...(langs.length ? langs : empty(6)));
    $("staffing-queues").tBodies[0].replaceChildren(...(queues.length ? queues : empty(7)));
    put("staffing-note", `Erlang C for the tickets of ${R.when(s.window.from)} – ${R.when(s.window.to)}: ` +
      `${s.target_pct} % answered within each queue's SLA, ${s.concurrency} chat per agent at a time; next to the agents online now.`);
  }

  // --- charts ---------------------------------------------------------------------------
  const SERIES = {
    "chart-volume": [
      ["Conversations", "#2f52c9", (m) => m.conversations.total],
      ["Escalated", "#c0392b", (m) => m.containment.escalated],
      ["Reached a person", "#16653a", (m) => m.containment.reached_person],
    ],
    "chart-rates": [
      ["Containment %", "#2f52c9", (m) => rate100(m.containment.rate)],
      ["Durable %", "#7a4f00", (m) => rate100(m.containment.durable_rate)],
      ["SLA %", "#16653a", (m) => rate100(m.sla.attainment)],
    ],
    "chart-waits": [
      ["To a person p50", "#2f52c9", (m) => m.time_to_person.p50_s],
      ["To a person p90", "#8e44ad", (m) => m.time_to_person.p90_s],
      ["Until claim p90", "#c0392b", (m) => m.wait_until_claim.p90_s],
    ],
  };
  function bucketName(s) { return s % 3600 === 0 ? `${s / 3600} h` : `${Math.round(s / 60)} min`; }
  function rate100(v) { return v === null ? null : Math.round(v * 1000) / 10; }

  function chartWidth(box) { return Math.max(260, Math.floor(box.clientWidth || 300)); }

  function renderSeries(series) {
    const xs = series.points.map((p) => Date.parse(p.from) / 1000);
    put("charts-note", `${series.points.length} buckets of ${bucketName(series.bucket_s)} since ${R.when(series.window.from)}.`);
    for (const [id, lines] of Object.entries(SERIES)) {
      const box = $(id);
      const data = [xs, ...lines.map(([, , pick]) => series.points.map((p) => pick(p.metrics)))];
      Object.assign(box.dataset, { points: String(xs.length), from: series.window.from, to: series.window.to, bucket: String(series.bucket_s) });
      if (charts[id]) { charts[id].setData(data); continue; }
      if (typeof window.uPlot !== "function") { box.textContent = "Charts unavailable."; continue; }
      charts[id] = new window.uPlot({
        width: chartWidth(box), height: 200,
        scales: { x: { time: true } },
        series: [{}, ...lines.map(([label, stroke]) => ({ label, stroke, width: 2, spanGaps: true, points: { show: true, size: 5 } }))],
        axes: [{}, { size: 48 }],
        legend: { live: false },
      }, data, box);
    }
  }

  function resizeCharts() {
    for (const [id, chart] of Object.entries(charts)) chart.setSize({ width: chartWidth($(id)), height: 200 });
  }

  // --- fetching -------------------------------------------------------------------------
  function windowParams() {
    const to = Date.now();
    return new URLSearchParams({ from: iso(to - RANGES[range].ms), to: iso(to) });
  }

  function seriesParams() {
    const { ms, bucket } = RANGES[range];
    const now = Date.now(), step = bucket * 1000;
    const first = Math.floor(now / step) * step - (ms - step); // whole buckets, the last one now
    return new URLSearchParams({ from: iso(first), to: iso(now), bucket_s: String(bucket) });
  }

  async function refresh(force) {
    if (busy) return;
    busy = true;
    const live = $("dash-live");
    try {
      const slow = force || Date.now() - lastSlow >= SLOW_MS;
      const [summary, board, agents, series, staffing] = await Promise.all([
        R.api("/api/v1/metrics?" + windowParams()),
        R.api("/api/v1/metrics/live"),
        R.api("/api/v1/agents/online"),
        slow ? R.api("/api/v1/metrics/series?" + seriesParams()) : null,
        slow ? R.api("/api/v1/metrics/staffing") : null,
      ]);
      renderSummary(summary);
      renderLive(board);
      renderAgents(agents);
      if (series) renderSeries(series);
      if (staffing) renderStaffing(staffing);
      if (slow) lastSlow = Date.now();
      R.show("dash-error", "");
      live.dataset.state = "live";
      live.textContent = "updated " + new Date().toLocaleTimeString();
    } catch (err) {
      live.dataset.state = "idle";
      live.textContent = "not updating";
      R.show("dash-error", `${err.error || "Error"}: ${err.detail || err.message}`);
    } finally {
      busy = false;
    }
  }

  for (const button of document.querySelectorAll(".dash-range button")) {
    button.addEventListener("click", () => {
      range = button.dataset.range;
      for (const b of document.querySelectorAll(".dash-range button")) b.setAttribute("aria-pressed", String(b === button));
      refresh(true);
    });
  }
  let resizeTimer = null;
  window.addEventListener("resize", () => { clearTimeout(resizeTimer); resizeTimer = setTimeout(resizeCharts, 150); });
  document.addEventListener("visibilitychange", () => { if (!document.hidden) refresh(false); });
  setInterval(() => { if (!document.hidden) refresh(false); }, FAST_MS);
  refresh(true);
})();
