// Demo customer chat: uses only the public API (conversation token, SSE over fetch).
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const STATUS = {
    bot: "Assistant", waiting_for_human: "Waiting for a person",
    with_human: "With a person", closed: "Closed",
  };
  let conv = JSON.parse(sessionStorage.getItem("relaydesk.conv") || "null");
  const seen = new Set();

  function showError(text) { const e = $("error"); e.textContent = text; e.hidden = !text; }

  function addMessage(m) {
    if (seen.has(m.id)) return;
    seen.add(m.id);
    const li = document.createElement("li");
    li.className = "msg " + m.author;
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = m.author;
    const body = document.createElement("p");
    body.textContent = m.text;  // never innerHTML: messages are untrusted text
    li.append(who, body);
    $("log").append(li);
    li.scrollIntoView({ block: "end" });
  }

  function setStatus(s) {
    $("status").textContent = STATUS[s.status] || s.status;
    $("status").dataset.status = s.status;
    const q = $("queue");
    if (s.queue) {
      q.textContent = `You are number ${s.queue.position} in the queue, about ${Math.max(1, Math.round(s.queue.estimated_wait_s / 60))} min.`;
      q.hidden = false;
    } else { q.hidden = true; }
  }

  async function api(path, opts = {}) {
    const headers = { "Content-Type": "application/json" };
    if (conv) headers.Authorization = "Bearer " + conv.token;
    const res = await fetch(path, { ...opts, headers });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.detail || res.statusText);
    return body;
  }

  async function listen() {
    let lastId = 0;
    for (;;) {
      try {
        const res = await fetch(`/api/v1/conversations/${conv.id}/events`, {
          headers: { Authorization: "Bearer " + conv.token, "Last-Event-ID": String(lastId) },
        });
        if (!res.ok) throw new Error("stream " + res.status);
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buf = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += value;
          let cut;
          while ((cut = buf.indexOf("\n\n")) >= 0) {
            const block = buf.slice(0, cut); buf = buf.slice(cut + 2);
            let event = "message", data = "";
            for (const line of block.split("\n")) {
              if (line.startsWith("event: ")) event = line.slice(7);
              else if (line.startsWith("data: ")) data += line.slice(6);
            }
            if (!data) continue;
            const payload = JSON.parse(data);
            if (event === "message") { addMessage(payload); lastId = Math.max(lastId, payload.id); }
            else if (event === "status") setStatus(payload);
          }
        }
      } catch (err) { /* reconnect below */ }
      await new Promise((r) => setTimeout(r, 1500));
    }
  }

  async function start() {
    try {
      if (!conv) {
        // The demo chat speaks as a seeded demo customer, signed by the server that rendered
        // the page (as a shop's backend would), so the bot can answer with "your" data.
        const chat = $("chat").dataset;
        conv = await api("/api/v1/conversations", {
          method: "POST",
          body: JSON.stringify({
            customer_ref: chat.customerRef, customer_signature: chat.customerSignature,
          }),
        });
        sessionStorage.setItem("relaydesk.conv", JSON.stringify(conv));
      }
      listen();
    } catch (err) { showError("Could not start the chat: " + err.message); }
  }

  $("send").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const input = $("text");
    const text = input.value.trim();
    if (!text) return;
    const clientMsgId = (crypto.randomUUID && crypto.randomUUID()) || String(Date.now());
    try {
      await api(`/api/v1/conversations/${conv.id}/messages`, {
        method: "POST", body: JSON.stringify({ text, client_msg_id: clientMsgId }),
      });
      input.value = "";
      showError("");
    } catch (err) { showError(err.message); }
  });

  start();
})();
