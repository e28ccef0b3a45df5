// The ops page's administration: accounts (/api/v1/users: list, create, disable, enable, new
// password), webhook endpoints with their recent deliveries (/api/v1/webhooks), and what a
// simulated draft ruleset means for staffing (POST /api/v1/metrics/staffing/draft), shown
// under the simulation that ops.js draws. Everything from the API goes in as text (R.el);
// generated passwords and secrets are shown once and dropped from the page when dismissed.
(() => {
  "use strict";
  const R = window.Relaydesk;
  const me = R.session.get();
  if (!me || me.role !== "ops") return; // ops.js sends everyone else away
  const $ = (id) => document.getElementById(id);
  const el = R.el;

  // --- messages per section ---------------------------------------------------------------
  function failed(section, err, what) {
    if (err.status === 401) return; // common.js is on its way to the sign-in page
    R.show(section + "-result", "");
    const why = err.detail || err.message || "something went wrong";
    R.show(section + "-error", `${what}: ${why}`);
  }
  function done(section, text) {
    R.show(section + "-error", "");
    R.show(section + "-result", text);
  }
  // The field a 422's detail starts with ("url: ...", "password: ...") is marked invalid.
  function markField(err, fields) {
    for (const input of Object.values(fields)) input.removeAttribute("aria-invalid");
    const name = (err.detail || "").split(":")[0].split(".")[0].trim();
    const input = fields[name];
    if (err.status === 422 && input) {
      input.setAttribute("aria-invalid", "true");
      input.focus();
    }
  }
  async function busy(buttons, work) {
    for (const b of buttons) b.disabled = true;
    try { await work(); } finally { for (const b of buttons) if (b.isConnected) b.disabled = false; }
  }
  function button(text, label, onClick, className = "small") {
    const b = el("button", { type: "button", className, text, "aria-label": label });
    b.addEventListener("click", onClick);
    return b;
  }
  // Ask in place (no dialog): the cell shows the question with Yes and Cancel.
  function confirmIn(cell, question, yes, action, restore) {
    const ok = button(yes, yes, () => busy([ok, no], action), "small danger");
    const no = button("Cancel", "Cancel", restore);
    cell.replaceChildren(el("span", { className: "confirm" }, el("span", { text: question }), ok, no));
    ok.focus();
  }
  function showSecret(prefix, label, value) {
    $(prefix + "-label").textContent = label;
    $(prefix + "-value").textContent = value;
    $(prefix).hidden = false;
    $(prefix + "-done").focus();
  }
  function wireSecret(prefix) {
    $(prefix + "-done").addEventListener("click", () => {
      $(prefix + "-value").textContent = "";
      $(prefix).hidden = true;
    });
  }
  const list = (text) => text.split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);

  // --- accounts ---------------------------------------------------------------------------
  const ROLES = { agent: "Agent", ops: "Ops lead" };
  let users = [];

  async function loadUsers() {
    users = await R.api("/api/v1/users");
    $("users-count").textContent = `(${users.length})`;
    $("users-table").tBodies[0].replaceChildren(...users.map(userRow));
  }

  function serves(u) {
    if (u.role !== "agent") return "";
    const parts = [u.languages.length ? u.languages.map(R.languageName).join(", ") : "no language set"];
    if (u.skills.length) parts.push("skills: " + u.skills.map(R.humanize).join(", "));
    parts.push(`${u.max_concurrent} chat${u.max_concurrent === 1 ? "" : "s"} at once`);
    return parts.join(" · ");
  }

  function userRow(u) {
    const self = u.username === me.username;
    const who = `${u.display_name} (@${u.username})`;
    const actions = el("td", { className: "actions-cell" });
    const restore = () => { fill(); actions.querySelector("button")?.focus(); };
    function fill() {
      actions.replaceChildren();
      if (!self) {
        actions.append(u.active
          ? button("Disable", `Disable ${who}`, () => setActive(u, false))
          : button("Enable", `Enable ${who}`, () => setActive(u, true)), " ");
      }
      actions.append(button("New password", `New password for ${who}`, () => confirmIn(
        actions, `Replace ${u.username}'s password?`, "Replace it", () => newPassword(u), restore)));
    }
    fill();
    return el("tr", { className: u.active ? "" : "disabled-row", dataset: { username: u.username, active: String(u.active) } },
      el("th", { scope: "row" },
        el("span", { className: "user-name", text: u.display_name }),
        el("span", { className: "muted small user-handle", text: `@${u.username}${self ? " (you)" : ""}` })),
      el("td", { "data-label": "Role", text: ROLES[u.role] || u.role }),
      el("td", { "data-label": "Serves", text: serves(u) }),
      el("td", { "data-label": "Status" },
        el("span", { className: u.active ? "pill ok-pill" : "pill off-pill", text: u.active ? "active" : "disabled" })),
      actions);
  }

  async function setActive(u, active) {
    try {
      await R.api(`/api/v1/users/${u.id}/${active ? "enable" : "disable"}`, { method: "POST" });
      await loadUsers();
      done("users", active
        ? `${u.username} is enabled again and can sign in.`
        : `${u.username} is disabled: they cannot sign in, and their open sessions stop working.`);
      $("users-table").querySelector(`tr[data-username="${CSS.escape(u.username)}"] button`)?.focus();
    } catch (err) { failed("users", err, active ? "Not enabled" : "Not disabled"); }
  }

  async function newPassword(u) {
    try {
      const res = await R.api(`/api/v1/users/${u.id}/password`, { method: "POST", body: {} });
      await loadUsers();
      done("users", `${u.username}'s password was replaced; the old one no longer works.`);
      showSecret("user-secret", `New password for ${u.username}: shown this once, pass it on privately.`, res.password);
    } catch (err) { failed("users", err, "Password not replaced"); await loadUsers().catch(() => {}); }
  }

  const userForm = $("user-form");
  const userFields = {
    username: $("user-username"), display_name: $("user-display"), languages: $("user-languages"),
    skills: $("user-skills"), max_concurrent: $("user-capacity"), password: $("user-password"),
  };
  function syncUserForm() {
    $("user-agent-fields").hidden = userForm.elements.role.value !== "agent";
    $("user-password-field").hidden = userForm.elements["password-mode"].value !== "set";
  }
  userForm.addEventListener("change", syncUserForm);
  userForm.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const role = userForm.elements.role.value;
    const body = { username: userFields.username.value.trim(), role };
    const display = userFields.display_name.value.trim();
    if (display) body.display_name = display;
    if (role === "agent") {
      body.languages = list(userFields.languages.value);
      body.skills = list(userFields.skills.value);
      body.max_concurrent = Number(userFields.max_concurrent.value || "0");
    }
    const setOne = userForm.elements["password-mode"].value === "set";
    if (setOne) body.password = userFields.password.value;
    busy([$("user-create")], async () => {
      try {
        const made = await R.api("/api/v1/users", { method: "POST", body });
        markField({}, userFields);
        userForm.reset();
        syncUserForm();
        await loadUsers();
        done("users", `Created ${ROLES[made.role].toLowerCase()} ${made.username}.` +
          (setOne ? " Pass the password on privately." : ""));
        if (made.password) {
          showSecret("user-secret", `Password for ${made.username}: shown this once, pass it on privately.`, made.password);
        }
      } catch (err) {
        failed("users", err, "The account was not created");
        markField(err, userFields);
      }
    });
  });
  syncUserForm();
  wireSecret("user-secret");
  $("users-refresh").addEventListener("click", () => loadUsers().catch((err) => failed("users", err, "Could not load the accounts")));

  // --- webhooks ---------------------------------------------------------------------------
  const EVENTS = [ // the API's WebhookEvent
    ["ticket.created", "a ticket is created"], ["ticket.claimed", "an agent claims a ticket"],
    ["ticket.resolved", "a ticket is resolved"], ["conversation.escalated", "a conversation goes to a person"],
  ];
  const STATUS_PILL = { delivered: "pill ok-pill", failed: "pill bad-pill", cancelled: "pill off-pill" };
  const RECENT = 5;

  $("webhook-events").append(...EVENTS.map(([name, what]) => el("label", {},
    el("input", { type: "checkbox", name: "events", value: name, checked: true }), " ",
    el("span", {}, el("code", { text: name }), el("span", { className: "muted small", text: ` (${what})` })))));

  async function loadWebhooks() {
    const endpoints = await R.api("/api/v1/webhooks");
    const logs = await Promise.all(endpoints.map((e) =>
      R.api(`/api/v1/webhooks/${e.id}/deliveries`).catch((err) => err)));
    $("webhooks-count").textContent = `(${endpoints.length})`;
    $("webhook-list").replaceChildren(...endpoints.map((e, i) => hookItem(e, logs[i])));
    $("webhooks-empty").hidden = endpoints.length > 0;
  }

  function deliveries(log) {
    if (log instanceof Error) return [el("p", { className: "error", text: `Deliveries not loaded: ${log.detail || log.message}` })];
    if (!log.length) return [el("p", { className: "muted small", text: "No deliveries yet." })];
    const counts = {};
    for (const d of log) counts[d.status] = (counts[d.status] || 0) + 1;
    const summary = Object.entries(counts).map(([s, n]) => `${n} ${s}`).join(" · ");
    const rows = log.slice(0, RECENT).map((d) => el("tr", { dataset: { status: d.status } },
      el("th", { scope: "row", text: R.when(d.created_at) }),
      el("td", { "data-label": "Event", text: d.event }),
      el("td", { "data-label": "Status" }, el("span", { className: STATUS_PILL[d.status] || "pill", text: d.status })),
      el("td", { "data-label": "Attempts", className: "num", text: String(d.attempts) }),
      el("td", { "data-label": "Answer", className: "hook-answer",
        text: d.last_error || (d.last_status_code ? `HTTP ${d.last_status_code}` : "") })));
    return [
      el("p", { className: "small hook-summary", text: `Last ${log.length} deliveries: ${summary}` }),
      el("div", { className: "table-wrap" }, el("table", { className: "data stacked" },
        el("caption", { className: "sr-only", text: "Recent deliveries" }),
        el("thead", {}, el("tr", {}, ...["When", "Event", "Status", "Attempts", "Answer"].map((h) =>
          el("th", { scope: "col", text: h })))),
        el("tbody", {}, ...rows))),
    ];
  }

  function hookItem(e, log) {
    const actions = el("div", { className: "hook-actions" });
    const restore = () => { fill(); actions.querySelector("button")?.focus(); };
    function fill() {
      actions.replaceChildren(button("Delete", `Delete the webhook to ${e.url}`, () => confirmIn(
        actions, "Delete this endpoint? Pending deliveries are cancelled.", "Delete", () => remove(e), restore)));
    }
    fill();
    return el("li", { className: "hook", dataset: { id: String(e.id) } },
      el("div", { className: "hook-top" }, el("strong", { className: "hook-url", text: e.url }), actions),
      el("ul", { className: "tags", "aria-label": "Events" }, ...e.events.map((name) => el("li", { className: "tag", text: name }))),
      el("p", { className: "muted small", text: `Added by ${e.created_by}, ${R.when(e.created_at)}` }),
      ...deliveries(log));
  }

  async function remove(e) {
    try {
      await R.api(`/api/v1/webhooks/${e.id}`, { method: "DELETE" });
      await loadWebhooks();
      done("webhooks", `Deleted the endpoint ${e.url}; nothing more is sent there.`);
    } catch (err) { failed("webhooks", err, "Not deleted"); await loadWebhooks().catch(() => {}); }
  }

  const hookForm = $("webhook-form");
  const hookFields = { url: $("webhook-url"), secret: $("webhook-secret-input"), events: hookForm.querySelector("input[name=events]") };
  hookForm.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const body = {
      url: hookFields.url.value.trim(),
      events: [...hookForm.querySelectorAll("input[name=events]:checked")].map((i) => i.value),
    };
    const secret = hookFields.secret.value.trim();
    if (secret) body.secret = secret;
    busy([$("webhook-create")], async () => {
      try {
        const made = await R.api("/api/v1/webhooks", { method: "POST", body });
        markField({}, hookFields);
        hookForm.reset();
        await loadWebhooks();
        done("webhooks", `Added ${made.url}.`);
        showSecret("webhook-secret", `Signing secret for ${made.url}: shown this once, store it with the receiver.`, made.secret);
      } catch (err) {
        failed("webhooks", err, "The endpoint was not added");
        markField(err, hookFields);
      }
    });
  });
  wireSecret("webhook-secret");
  $("webhooks-refresh").addEventListener("click", () => loadWebhooks().catch((err) => failed("webhooks", err, "Could not load the webhooks")));

  // --- staffing for a simulated draft -------------------------------------------------------
  let lastDraft = null;
  let asked = 0;
  const WINDOWS = { 1: "the last hour", 24: "the last 24 hours", 168: "the last 7 days" };

  document.addEventListener("relaydesk:simulated", (ev) => { lastDraft = ev.detail.document; loadDraftStaffing(); });
  $("draft-window").addEventListener("change", () => { if (lastDraft !== null) loadDraftStaffing(); });

  async function loadDraftStaffing() {
    const mine = ++asked;
    const hours = Number($("draft-window").value) || 1;
    const box = $("draft-staffing");
    box.hidden = false;
    box.setAttribute("aria-busy", "true");
    R.show("draft-staffing-error", "");
    $("draft-staffing-summary").textContent = "Working out the staffing…";
    try {
      const from = new Date(Date.now() - hours * 3600e3).toISOString();
      const res = await R.api("/api/v1/metrics/staffing/draft", { method: "POST", body: { document: lastDraft, from } });
      if (mine === asked) renderDraftStaffing(res, WINDOWS[hours] || WINDOWS[1]);
    } catch (err) {
      if (mine !== asked || err.status === 401) return;
      $("draft-staffing-summary").textContent = "";
      $("draft-staffing-tables").replaceChildren();
      R.show("draft-staffing-error", `Staffing not worked out: ${err.detail || err.message}`);
    } finally { if (mine === asked) box.removeAttribute("aria-busy"); }
  }

  const share = (n, of) => (of ? (100 * n / of).toFixed(1) + " %" : "–");
  const perHour = (x) => (x > 0 && x < 1 ? x.toFixed(2) : x.toFixed(1));
  function agentsText(row) {
    const n = Math.abs(row.agents_change);
    const who = row.language ? `${R.languageName(row.language)} agent` : "agent for tickets in any language";
    return `${n} ${row.agents_change > 0 ? "more" : "fewer"} ${who}${n === 1 ? "" : "s"} (${row.draft.agents_needed} instead of ${row.active.agents_needed})`;
  }

  function summary(res, label) {
    const points = res.conversations ? 100 * (res.escalated_after - res.escalated_before) / res.conversations : 0;
    const change = points === 0 ? "no change" : `${points > 0 ? "+" : "−"}${Math.abs(points).toFixed(1)} points`;
    const first = res.conversations
      ? `The draft escalates ${res.escalated_after} of ${res.conversations} replayed conversations (${share(res.escalated_after, res.conversations)}); the active version ${res.active_version} escalates ${res.escalated_before} (${share(res.escalated_before, res.conversations)}): ${change}.`
      : "There are no stored decisions to replay yet.";
    const moved = res.by_language.filter((r) => r.agents_change !== 0);
    const traffic = `At the traffic of ${label} (${perHour(res.conversations_per_hour)} conversations an hour)`;
    let second;
    if (!res.window_conversations && !res.by_language.length) second = `There was no traffic in ${label}: no agents are needed either way.`;
    else if (!moved.length) second = `${traffic} that needs no change in agents.`;
    else second = `${traffic} that is ${moved.map(agentsText).join(", ")}.`;
    return `${first} ${second}`;
  }

  function changeCell(d) {
    const text = d === 0 ? "no change" : (d > 0 ? "+" : "−") + Math.abs(d);
    return el("td", { className: "change " + (d > 0 ? "up" : d < 0 ? "down" : "same"), "data-label": "Change", text });
  }
  function staffRow(row, withQueue) {
    return el("tr", { dataset: { language: row.language || "", queue: row.queue || "" } },
      withQueue ? el("th", { scope: "row", text: row.queue }) : null,
      el(withQueue ? "td" : "th", withQueue ? { "data-label": "Language", text: R.languageName(row.language) } : { scope: "row", text: R.languageName(row.language) }),
      el("td", { className: "num", "data-label": "Tickets/h", text: `${perHour(row.active.arrivals_per_hour)} → ${perHour(row.draft.arrivals_per_hour)}` }),
      el("td", { className: "num active-agents", "data-label": "Active needs", text: String(row.active.agents_needed) }),
      el("td", { className: "num draft-agents", "data-label": "Draft needs", text: String(row.draft.agents_needed) }),
      changeCell(row.agents_change),
      el("td", { className: "num", "data-label": "Online now", text: String(row.draft.agents_online) }));
  }
  function staffTable(id, caption, rows, withQueue) {
    const head = [...(withQueue ? ["Queue"] : []), "Language", "Tickets/h", "Active needs", "Draft needs", "Change", "Online now"];
    return el("div", { className: "table-wrap" }, el("table", { id, className: "data stacked sim" },
      el("caption", { text: caption }),
      el("thead", {}, el("tr", {}, ...head.map((h, i) => el("th", { scope: "col", className: i >= (withQueue ? 2 : 1) ? "num" : "", text: h })))),
      el("tbody", {}, ...rows.map((r) => staffRow(r, withQueue)))));
  }

  function renderDraftStaffing(res, label) {
    $("draft-staffing-summary").textContent = summary(res, label);
    const parts = [];
    if (res.by_language.length) {
      parts.push(staffTable("draft-staffing-languages", "Agents per language (its queues pooled)", res.by_language, false));
      parts.push(staffTable("draft-staffing-queues", "Agents per queue and language", res.by_queue_language, true));
      parts.push(el("p", { className: "muted small", text:
        `Erlang C: ${res.target_pct} % answered within each queue's SLA, ${res.concurrency} chat per agent at a time; ` +
        "tickets an hour observed in the window, and for the draft changed by its share of escalated conversations." }));
    }
    $("draft-staffing-tables").replaceChildren(...parts);
  }

  // --- start ------------------------------------------------------------------------------
  loadUsers().catch((err) => failed("users", err, "Could not load the accounts"));
  loadWebhooks().catch((err) => failed("webhooks", err, "Could not load the webhooks"));
})();
