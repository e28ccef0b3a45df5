// Saved replies and internal notes of a ticket's workspace (_workspace_tools.html).
// Saved replies (GET/POST/PUT/DELETE /api/v1/saved-replies): the agent's own and the team's,
// searched and filtered by the ticket's language; picking one puts its text into the reply
// box (#reply-text, owned by workspace.js) at the caret, nothing is sent. Notes
// (GET/POST /api/v1/tickets/{id}/notes): listed oldest first, re-read every 15 s.
// Everything from the API is put in as text (R.el), never as HTML.
(() => {
  "use strict";
  const R = window.Relaydesk;
  const me = R.session.get();
  if (!me || me.role !== "agent") return; // workspace.js sends everyone else away
  const $ = (id) => document.getElementById(id);
  const el = R.el;
  const ticketId = document.body.dataset.ticket;
  const NOTES_URL = `/api/v1/tickets/${ticketId}/notes`;
  const REPLIES_URL = "/api/v1/saved-replies";
  const NOTES_MS = 15_000;
  const SHOWN = 40; // replies listed at once; the search narrows the rest
  const NOTE_MAX = 2000;
  const LANGUAGES = ["en", "de", "sv", "da", "no", "fi", "fr", "es", "it", "nl", "pl", "pt"];

  let replies = [];
  let ticketLanguage = null;
  let notesOpen = true; // false once the API says these notes are not ours to read
  const shownNotes = new Set();

  const say = R.show;
  function status(text) { $("sr-status").textContent = text || ""; }

  // --- saved replies: the list ------------------------------------------------------------

  function matches(reply, words, language) {
    if (language && reply.language && reply.language !== language) return false;
    const hay = `${reply.title}\n${reply.text}`.toLocaleLowerCase();
    return words.every((w) => hay.includes(w));
  }

  function filtered() {
    const words = $("sr-search").value.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const language = $("sr-language").value;
    return replies.filter((r) => matches(r, words, language));
  }

  function itemFor(reply) {
    const tags = [reply.scope === "team" ? "Team" : "Yours",
      reply.language ? R.languageName(reply.language) : "Any language"];
    const insert = el("button", { type: "button", className: "sr-insert", dataset: { id: String(reply.id) } },
      el("span", { className: "sr-only", text: "Insert " }),
      el("span", { className: "sr-item-title", text: reply.title, dir: "auto" }),
      el("span", { className: "sr-tags" }, ...tags.map((t) => el("span", { className: "tag", text: t }))),
      el("span", { className: "sr-preview", text: reply.text, dir: "auto", lang: R.langAttr(reply.language) }));
    insert.addEventListener("click", () => insertReply(reply));
    const li = el("li", { className: "sr-item", dataset: { scope: reply.scope } }, insert);
    if (reply.editable) {
      const edit = el("button", { type: "button", className: "small", text: "Edit", "aria-label": `Edit ${reply.title}` });
      edit.addEventListener("click", () => startEdit(reply));
      const del = el("button", { type: "button", className: "small", text: "Delete", "aria-label": `Delete ${reply.title}` });
      del.addEventListener("click", () => remove(reply, del));
      del.addEventListener("blur", () => { delete del.dataset.armed; del.textContent = "Delete"; });
      li.append(el("div", { className: "sr-actions" }, edit, del));
    }
    return li;
  }

  function renderReplies() {
    const found = filtered();
    const list = $("sr-list");
    list.replaceChildren(...found.slice(0, SHOWN).map(itemFor));
    if (!replies.length) {
      list.append(el("li", { className: "muted small sr-empty", text: "No saved replies yet. Add your own below." }));
    } else if (!found.length) {
      list.append(el("li", { className: "muted small sr-empty", text: "No saved reply matches." }));
    } else if (found.length > SHOWN) {
      list.append(el("li", { className: "muted small sr-empty", text: `${found.length - SHOWN} more: type to narrow the list.` }));
    }
  }

  async function loadReplies() {
    try {
      replies = await R.api(REPLIES_URL);
      renderReplies();
    } catch (err) {
      if (err.status !== 401) status("Could not load the saved replies: " + (err.detail || err.message));
    }
  }

  // Put the reply's text into the reply box at the caret (replacing a selection), as if typed.
  function insertReply(reply) {
    const box = $("reply-text");
    if (!box) return;
    if (box.disabled) { status("You can't reply on this ticket now."); return; }
    const start = box.selectionStart ?? box.value.length;
    const end = box.selectionEnd ?? start;
    const before = box.value.slice(0, start);
    const gap = before && !/\s$/.test(before) ? " " : "";
    const value = before + gap + reply.text + box.value.slice(end);
    const max = box.maxLength > 0 ? box.maxLength : 4000;
    if (value.length > max) {
      status(`"${reply.title}" does not fit: a reply holds at most ${max} characters.`);
      return;
    }
    box.value = value;
    const caret = (before + gap + reply.text).length;
    box.focus();
    box.setSelectionRange(caret, caret);
    box.dispatchEvent(new Event("input", { bubbles: true }));
    status(`Inserted "${reply.title}": check it, then press Send.`);
  }

  function insertButtons() { return [...document.querySelectorAll("#sr-list .sr-insert")]; }

  $("sr-search").addEventListener("input", () => { status(""); renderReplies(); });
  $("sr-language").addEventListener("change", renderReplies);
  $("sr-search").addEventListener("keydown", (ev) => {
    const first = insertButtons()[0];
    if (ev.key === "Enter") {
      ev.preventDefault();
      if (first) first.click(); else status("No saved reply matches.");
    } else if (ev.key === "ArrowDown" && first) {
      ev.preventDefault();
      first.focus();
    }
  });
  $("sr-list").addEventListener("keydown", (ev) => {
    const buttons = insertButtons();
    const at = buttons.indexOf(document.activeElement);
    if (at < 0) return;
    if (ev.key === "ArrowDown" && at < buttons.length - 1) { ev.preventDefault(); buttons[at + 1].focus(); }
    else if (ev.key === "ArrowUp") { ev.preventDefault(); (at > 0 ? buttons[at - 1] : $("sr-search")).focus(); }
    else if (ev.key === "Escape") { ev.preventDefault(); $("sr-search").focus(); }
  });

  // --- saved replies: the agent's own ------------------------------------------------------

  function resetForm() {
    $("sr-form").reset();
    $("sr-form-language").value = ticketLanguage || "";
    delete $("sr-form").dataset.id;
    $("sr-save").textContent = "Save reply";
    $("sr-manage-summary").textContent = "Add a saved reply of your own";
    $("sr-cancel").hidden = true;
    say("sr-form-error", "");
  }

  function startEdit(reply) {
    resetForm();
    $("sr-form").dataset.id = String(reply.id);
    $("sr-form-title").value = reply.title;
    $("sr-form-language").value = reply.language || "";
    $("sr-form-text").value = reply.text;
    $("sr-save").textContent = "Save changes";
    $("sr-manage-summary").textContent = `Edit "${reply.title}"`;
    $("sr-cancel").hidden = false;
    $("sr-manage").open = true;
    $("sr-form-title").focus();
  }

  async function remove(reply, button) {
    if (button.dataset.armed !== "true") { // two presses: no accidental deletes
      button.dataset.armed = "true";
      button.textContent = "Press again to delete";
      return;
    }
    button.disabled = true;
    try {
      await R.api(`${REPLIES_URL}/${reply.id}`, { method: "DELETE" });
      if ($("sr-form").dataset.id === String(reply.id)) resetForm();
      status(`Deleted "${reply.title}".`);
      $("sr-search").focus();
    } catch (err) {
      status("Not deleted: " + (err.detail || err.message));
    }
    await loadReplies();
  }

  $("sr-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const form = $("sr-form");
    const title = $("sr-form-title").value.trim();
    const text = $("sr-form-text").value.trim();
    if (!title || !text) {
      say("sr-form-error", "A saved reply needs a title and a text.");
      (title ? $("sr-form-text") : $("sr-form-title")).focus();
      return;
    }
    const body = { title, text, language: $("sr-form-language").value || null };
    const id = form.dataset.id;
    $("sr-save").disabled = true;
    try {
      const saved = await R.api(id ? `${REPLIES_URL}/${id}` : REPLIES_URL, { method: id ? "PUT" : "POST", body });
      resetForm();
      status(id ? `Saved the changes to "${saved.title}".` : `Saved "${saved.title}".`);
      await loadReplies();
    } catch (err) {
      say("sr-form-error", (id ? "Not changed: " : "Not saved: ") + (err.detail || err.message));
    } finally { $("sr-save").disabled = false; }
  });
  $("sr-cancel").addEventListener("click", () => { resetForm(); $("sr-search").focus(); });
  $("sr-from-reply").addEventListener("click", () => {
    const box = $("reply-text");
    $("sr-form-text").value = box ? box.value : "";
    $("sr-form-text").focus();
  });

  // --- notes ------------------------------------------------------------------------------

  function addNote(n) {
    if (shownNotes.has(n.id)) return;
    shownNotes.add(n.id);
    const placeholder = $("notes").querySelector(".notes-empty");
    if (placeholder) placeholder.remove();
    const who = n.author_role === "ops" ? `${n.author_name} (ops)` : n.author_name;
    $("notes").append(el("li", { className: "note", dataset: { id: String(n.id) } },
      el("p", { className: "note-meta" }, el("strong", { text: who }), " · ",
        el("time", { datetime: n.created_at, text: R.when(n.created_at) })),
      el("p", { className: "note-text", text: n.text, dir: "auto" })));
  }

  function closeNotes(text) {
    notesOpen = false;
    $("notes").replaceChildren(el("li", { className: "muted small", text }));
    $("note-form").hidden = true;
  }

  async function loadNotes() {
    if (!notesOpen) return;
    try {
      const notes = await R.api(NOTES_URL);
      for (const n of notes) addNote(n);
      if (!notes.length && !$("notes").children.length) {
        $("notes").append(el("li", { className: "muted small notes-empty", text: "No notes yet." }));
      }
    } catch (err) {
      if (err.status === 403) closeNotes("Notes are for the agents who held this ticket and ops leads.");
      else if (err.status === 404) closeNotes("There is no such ticket.");
      else if (err.status !== 401) say("note-error", "Could not load the notes: " + (err.detail || err.message));
    }
  }

  function countNote() {
    const n = $("note-text").value.length;
    $("note-count").textContent = `${n} / ${NOTE_MAX} · Ctrl+Enter adds it`;
  }

  $("note-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const box = $("note-text");
    const text = box.value.trim();
    if (!text) { say("note-error", "Write the note first."); box.focus(); return; }
    $("note-add").disabled = true;
    try {
      addNote(await R.api(NOTES_URL, { method: "POST", body: { text } }));
      box.value = "";
      countNote();
      say("note-error", "");
    } catch (err) {
      say("note-error", "Not added: " + (err.detail || err.message));
    } finally { $("note-add").disabled = false; box.focus(); }
  });
  $("note-text").addEventListener("input", countNote);
  $("note-text").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); $("note-form").requestSubmit(); }
  });

  // --- start --------------------------------------------------------------------------------

  function fillLanguages() {
    for (const code of LANGUAGES) {
      $("sr-form-language").append(el("option", { value: code, text: R.languageName(code) }));
    }
  }

  // The ticket's language preselects the filter (replies in it and for any language).
  async function loadLanguage() {
    try {
      const t = await R.api(`/api/v1/tickets/${ticketId}`);
      ticketLanguage = R.langAttr(t.language) || null;
    } catch (err) { ticketLanguage = null; }
    if (!ticketLanguage) return;
    const name = R.languageName(ticketLanguage);
    $("sr-language").append(el("option", { value: ticketLanguage, text: name }));
    $("sr-language").value = ticketLanguage;
    if (!LANGUAGES.includes(ticketLanguage)) {
      $("sr-form-language").append(el("option", { value: ticketLanguage, text: name }));
    }
    $("sr-form-language").value = ticketLanguage;
  }

  fillLanguages();
  countNote();
  loadLanguage().then(loadReplies);
  loadNotes();
  setInterval(() => { if (!document.hidden) loadNotes(); }, NOTES_MS);
})();
