// The ops rules page: the active ruleset as YAML in an editor; validate, simulate (before and
// after tables; the staffing comparison is ops_admin.js's), publish with a note, roll back;
// the version list and the audit log.
(() => {
  "use strict";
  const R = window.Relaydesk;
  const me = R.requireRole("ops");
  if (!me) return;
  const $ = (id) => document.getElementById(id);
  const el = R.el;
  let active = null; // the active version as the API returned it

  // --- the document as YAML -------------------------------------------------------------
  // The API stores documents with every default filled in; leave those out so the draft
  // reads like the file an ops lead would write. Removing them does not change the meaning.
  const ORDER = {
    top: ["name", "description", "guardrail", "business_hours", "rules"],
    rule: ["id", "description", "enabled", "when", "then"],
    then: ["action", "queue", "priority", "skills", "reason"],
  };
  const DEFAULTS = {
    top: { description: "" },
    rule: { description: "", enabled: true },
    then: { priority: 0, skills: [], reason: "" },
  };

  function tidy(obj, kind) {
    const out = {};
    const keys = Object.keys(obj);
    const order = ORDER[kind] || [];
    keys.sort((a, b) => {
      const ia = order.indexOf(a), ib = order.indexOf(b);
      return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib);
    });
    for (const key of keys) {
      let value = obj[key];
      if (value === null || value === undefined) continue;
      const dflt = DEFAULTS[kind] && DEFAULTS[kind][key];
      if (dflt !== undefined && JSON.stringify(dflt) === JSON.stringify(value)) continue;
      if (kind === "top" && key === "rules") value = value.map((r) => tidy(r, "rule"));
      else if (kind === "rule" && key === "then") value = tidy(value, "then");
      else if (kind === "rule" && key === "when") {
        value = tidy(value, "when");
        if (!Object.keys(value).length) continue; // the catch-all: no conditions
      }
      else if (kind === "when" && key === "any_of") value = value.map((c) => tidy(c, "when"));
      out[key] = value;
    }
    return out;
  }

  const RESERVED = /^(y|yes|n|no|true|false|on|off|null|~)$/i;
  function scalar(value) {
    if (value === null) return "null";
    if (typeof value === "boolean") return value ? "true" : "false";
    if (typeof value === "number") {
      const text = String(value);
      return /e/i.test(text) ? value.toFixed(12).replace(/0+$/, "") : text;
    }
    const s = String(value);
    if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(s) && !RESERVED.test(s)) return s;
    return JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
  }
  const isLeafList = (v) => Array.isArray(v) && v.every((x) => x === null || typeof x !== "object");
  function isSmallMap(v) {
    return v && typeof v === "object" && !Array.isArray(v) &&
      Object.values(v).every((x) => x === null || typeof x !== "object" || isLeafList(x)) &&
      Object.keys(v).length <= 2;
  }
  function flow(v) {
    if (Array.isArray(v)) return "[" + v.map(scalar).join(", ") + "]";
    return "{" + Object.entries(v).map(([k, x]) => `${scalar(k)}: ${Array.isArray(x) ? flow(x) : scalar(x)}`).join(", ") + "}";
  }

  function toYaml(value, indent = "") {
    const lines = [];
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item && typeof item === "object" && !Array.isArray(item) && Object.keys(item).length) {
          const inner = toYaml(item, indent + "  ").split("\n");
          lines.push(indent + "- " + inner[0].slice(indent.length + 2), ...inner.slice(1));
        } else if (Array.isArray(item) || (item && typeof item === "object")) {
          lines.push(indent + "- " + flow(item));
        } else {
          lines.push(indent + "- " + scalar(item));
        }
      }
      return lines.join("\n");
    }
    for (const [key, v] of Object.entries(value)) {
      const head = indent + scalar(key) + ":";
      if (v !== null && typeof v === "object") {
        const empty = Array.isArray(v) ? !v.length : !Object.keys(v).length;
        if (empty) lines.push(head + (Array.isArray(v) ? " []" : " {}"));
        else if (isLeafList(v) || isSmallMap(v)) lines.push(head + " " + flow(v));
        else lines.push(head, toYaml(v, indent + "  "));
      } else {
        lines.push(head + " " + scalar(v));
      }
    }
    return lines.join("\n");
  }

  function setDoc(document) {
    const editor = $("doc");
    editor.value = toYaml(tidy(document, "top")) + "\n";
    editor.scrollTop = 0;
    editor.removeAttribute("aria-invalid");
    R.show("editor-error", "");
  }

  // --- messages next to the editor --------------------------------------------------------
  function problem(err) {
    $("doc").setAttribute("aria-invalid", "true");
    R.show("editor-result", "");
    R.show("editor-error", err.detail ? `${err.error || "Error"}: ${err.detail}` : err.message);
  }
  function good(text) {
    $("doc").removeAttribute("aria-invalid");
    R.show("editor-error", "");
    R.show("editor-result", text);
  }
  async function busy(button, work) {
    const buttons = document.querySelectorAll(".editor-card button");
    for (const b of buttons) b.disabled = true;
    button.setAttribute("aria-busy", "true");
    try { await work(); } catch (err) { if (err.status !== 401) problem(err); }
    finally {
      for (const b of buttons) b.disabled = false;
      button.removeAttribute("aria-busy");
    }
  }

  // --- simulation tables -------------------------------------------------------------------
  function pct(x) { return (x * 100).toFixed(1) + " %"; }
  function delta(before, after, fmt) {
    const d = after - before;
    const text = d === 0 ? "no change" : (d > 0 ? "+" : "−") + fmt(Math.abs(d));
    return el("td", { className: d > 0 ? "up" : d < 0 ? "down" : "same", text });
  }
  function table(caption, head, rows, extra = "") {
    return el("div", { className: "table-wrap" }, el("table", { className: "data sim " + extra },
      el("caption", { text: caption }),
      el("thead", {}, el("tr", {}, ...head.map((h, i) => el("th", { scope: "col", className: i ? "num" : "", text: h })))),
      el("tbody", {}, ...rows)));
  }
  // Long rule names may wrap after their underscores (and only there) on a phone.
  function breakable(name) {
    return name.split(/(?<=_)/).flatMap((part, i) => (i ? [el("wbr"), part] : [part]));
  }
  function countRows(before, after) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.map((k) => el("tr", {},
      el("th", { scope: "row" }, ...breakable(k)),
      el("td", { className: "num", text: String(before[k] || 0) }),
      el("td", { className: "num", text: String(after[k] || 0) }),
      delta(before[k] || 0, after[k] || 0, String)));
  }

  function renderSimulation(sim) {
    const b = sim.before, a = sim.after;
    $("sim-summary").textContent = sim.decisions
      ? `Replayed ${sim.decisions} stored decisions with the active version ${sim.active_version} (before) and with this draft (after): ${sim.changed} would change.`
      : "There are no stored decisions to replay yet.";
    const headers = ["", "Before", "After", "Change"];
    const overall = [
      el("tr", {}, el("th", { scope: "row", text: "Escalation rate" }),
        el("td", { className: "num", text: pct(b.escalation_rate) }),
        el("td", { className: "num", text: pct(a.escalation_rate) }),
        delta(b.escalation_rate, a.escalation_rate, pct)),
      el("tr", {}, el("th", { scope: "row", text: "Escalations" }),
        el("td", { className: "num", text: String(b.escalations) }),
        el("td", { className: "num", text: String(a.escalations) }),
        delta(b.escalations, a.escalations, String)),
      ...countRows(b.by_action, a.by_action),
    ];
    const parts = [
      table("Overall", headers, overall),
      table("Escalations per queue", ["Queue", ...headers.slice(1)], countRows(b.by_queue, a.by_queue)),
      table("Decisions per rule", ["Rule", ...headers.slice(1)], countRows(b.by_rule, a.by_rule)),
    ];
    if (sim.examples.length) {
      parts.push(table("Examples of changed decisions", ["Decision", "Conversation", "Before", "After"],
        sim.examples.map((e) => el("tr", {},
          el("th", { scope: "row", text: `#${e.decision_id} (message ${e.message_id})` }),
          el("td", { text: e.conversation_id.slice(0, 8) + "…", title: e.conversation_id, "data-label": "Conversation" }),
          el("td", { text: e.before, "data-label": "Before" }), el("td", { text: e.after, "data-label": "After" }))), "stacked"));
    }
    $("sim-tables").replaceChildren(...parts);
    $("simulation").hidden = false;
  }

  // --- versions and audit --------------------------------------------------------------------
  async function loadActive() {
    active = await R.api("/api/v1/rules/active");
    setDoc(active.document);
    $("active-version").textContent = `Active: version ${active.version}`;
    $("active-meta").textContent = `“${active.name}”, published by ${active.created_by} on ${R.when(active.created_at)}` +
      (active.note ? ` — ${active.note}` : "");
  }

  async function loadHistory() {
    const [versions, audit] = await Promise.all([R.api("/api/v1/rules/versions"), R.api("/api/v1/rules/audit")]);
    $("versions").tBodies[0].replaceChildren(...versions.map((v) => {
      const load = el("button", { type: "button", className: "small", text: "Load", "aria-label": `Load version ${v.version} into the editor` });
      load.addEventListener("click", () => {
        setDoc(v.document);
        good(`Version ${v.version} loaded into the editor (not published).`);
      });
      const cells = el("td", { className: "actions-cell" }, load);
      if (!v.active) {
        const restore = el("button", { type: "button", className: "small", text: "Make active", "aria-label": `Roll back to version ${v.version}` });
        restore.addEventListener("click", () => busy(restore, () => rollback(v.version)));
        cells.append(" ", restore);
      }
      return el("tr", { className: v.active ? "active-row" : "" },
        el("th", { scope: "row" }, `v${v.version} `, v.active ? el("span", { className: "pill ok-pill", text: "active" }) : null),
        el("td", { text: v.name, "data-label": "Name" }), el("td", { text: v.note, "data-label": "Note" }),
        el("td", { text: v.created_by, "data-label": "By" }),
        el("td", { text: R.when(v.created_at), "data-label": "When" }), cells);
    }));
    $("audit").tBodies[0].replaceChildren(...audit.map((a) => el("tr", {},
      el("th", { scope: "row", text: R.when(a.created_at) }), el("td", { text: a.actor, "data-label": "Who" }),
      el("td", { text: a.action, "data-label": "Action" }),
      el("td", { text: a.from_version ? `v${a.from_version} → v${a.version}` : `v${a.version}`, "data-label": "Version" }),
      el("td", { text: a.note, "data-label": "Note" }))));
    if (!audit.length) $("audit").tBodies[0].append(el("tr", {}, el("td", { colspan: "5", className: "muted", text: "No changes yet." })));
  }

  async function refresh() { await Promise.all([loadActive(), loadHistory()]); }

  async function rollback(version) {
    const note = $("note").value.trim();
    const res = await R.api("/api/v1/rules/rollback", {
      method: "POST", body: version ? { version, note } : { note },
    });
    await refresh();
    $("note").value = "";
    $("simulation").hidden = true;
    good(`Rolled back: version ${res.version} is active again (was version ${res.previous_version}).`);
  }

  const draft = () => $("doc").value;
  $("validate").addEventListener("click", (ev) => busy(ev.currentTarget, async () => {
    const res = await R.api("/api/v1/rules/validate", { method: "POST", body: { document: draft() } });
    good(`Valid: “${res.name}” with ${res.rules} rule${res.rules === 1 ? "" : "s"}.`);
  }));
  $("simulate").addEventListener("click", (ev) => busy(ev.currentTarget, async () => {
    const res = await R.api("/api/v1/rules/simulate", { method: "POST", body: { document: draft() } });
    renderSimulation(res);
    good(`Simulated on ${res.decisions} decisions: ${res.changed} would change.`);
    $("simulation").scrollIntoView({ block: "start" });
    // ops_admin.js adds what the draft means for staffing (POST /api/v1/metrics/staffing/draft).
    document.dispatchEvent(new CustomEvent("relaydesk:simulated", { detail: { document: draft() } }));
  }));
  $("publish").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const note = $("note").value.trim();
    if (!note) {
      problem(new R.ApiError(0, "Note needed", "write a note for the audit log: what changes, and why."));
      $("note").focus();
      return;
    }
    busy($("publish-button"), async () => {
      const res = await R.api("/api/v1/rules/publish", { method: "POST", body: { document: draft(), note } });
      await refresh();
      $("note").value = "";
      good(`Published version ${res.version} (was version ${res.previous_version}).`);
    });
  });
  $("rollback").addEventListener("click", (ev) => busy(ev.currentTarget, () => rollback(null)));
  $("reset").addEventListener("click", () => {
    if (active) setDoc(active.document);
    good("The editor shows the active version again.");
  });
  $("doc").addEventListener("input", () => { R.show("editor-result", ""); });
  R.wireLogout();

  refresh().catch((err) => { if (err.status !== 401) problem(err); });
})();
