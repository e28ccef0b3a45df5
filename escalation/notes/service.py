"""Internal notes on tickets and saved replies: the agents' tools of the trade. Services
flush; the caller commits.

Notes belong to the ticket, not to whoever holds it: they stay through releases and
transfers, so the next agent reads what the last one learnt. Who reads and writes them:
an agent who holds or once held the ticket (a `claimed` event of theirs), and ops leads;
not an agent who could merely claim it (they see only its masked card), and never the
customer. Saved replies are an agent's own (nobody else sees them) or the team's, which
every agent uses and only ops leads change. Text is stored as written (HTML stays text)."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from sqlalchemy import exists, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from core.languages import LANGUAGE_NAMES
from core.settings import get_settings
from escalation.notes.models import SavedReply, TicketNote
from escalation.notes.schemas import (
    MAX_NOTE_CHARS,
    MAX_NOTES_PER_TICKET,
    MAX_REPLIES_PER_AGENT,
    MAX_TEAM_REPLIES,
    MAX_TITLE_CHARS,
    NoteOut,
    ReplyScope,
    SavedReplyOut,
    SavedReplyUpdate,
)
from escalation.tickets.models import Ticket, TicketEvent
from escalation.tickets.service import get_ticket, lock_ticket
from escalation.users.auth import Principal
from escalation.users.models import Role, User

NOT_YOURS = "only the agents who held this ticket, and ops leads, see its notes"
TEAM_ONLY_OPS = "team replies are managed by ops leads"


def clean(value: str, what: str, limit: int, *, single_line: bool = False) -> str:
    """The text as written, NFC-normalised, without control characters (a title also
    without line breaks) or surrounding blanks; or ValidationFailed saying what is wrong."""
    if len(value) > limit * 4:  # don't normalise megabytes just to reject them
        raise ValidationFailed(f"{what} is longer than {limit} characters")
    value = unicodedata.normalize("NFC", value)
    if "\x00" in value:
        raise ValidationFailed(f"{what} contains a NUL character")
    if single_line:
        value = " ".join(value.split())
    value = "".join(
        ch for ch in value if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    ).strip()
    if not value:
        raise ValidationFailed(f"{what} is empty")
    if len(value) > limit:
        raise ValidationFailed(f"{what} is longer than {limit} characters ({len(value)})")
    return value


def title_key(title: str, language: str | None) -> str:
    """What makes two saved replies the same: their language and case-folded title."""
    return f"{language or '*'}:{title.casefold()}"


# --- notes -------------------------------------------------------------------------------


def _check_note_access(session: Session, ticket: Ticket, user: Principal) -> None:
    if user.role == Role.OPS or ticket.claimed_by == user.id:
        return
    held_before = session.scalar(
        select(
            exists().where(
                TicketEvent.ticket_id == ticket.id,
                TicketEvent.agent_id == user.id,
                TicketEvent.kind == "claimed",
            )
        )
    )
    if not held_before:
        raise Forbidden(NOT_YOURS)


def list_notes(session: Session, ticket_id: str, reader: Principal) -> list[NoteOut]:
    """The ticket's notes, oldest first, with their authors' names."""
    _check_note_access(session, get_ticket(session, ticket_id), reader)
    rows = session.execute(
        select(TicketNote, User.display_name, User.role)
        .join(User, User.id == TicketNote.author_id)
        .where(TicketNote.ticket_id == ticket_id)
        .order_by(TicketNote.created_at, TicketNote.id)
    ).all()
    return [_note_out(note, name, role) for note, name, role in rows]


def add_note(
    session: Session, ticket_id: str, author: Principal, text: str, now: datetime
) -> NoteOut:
    """Add a note to the ticket; Conflict once it has MAX_NOTES_PER_TICKET."""
    text = clean(text, "text", MAX_NOTE_CHARS)
    # The ticket's lock (in the lock order: its conversation first) makes the count exact.
    _, ticket = lock_ticket(session, ticket_id)
    _check_note_access(session, ticket, author)
    count = session.scalar(
        select(func.count()).select_from(TicketNote).where(TicketNote.ticket_id == ticket_id)
    )
    if (count or 0) >= MAX_NOTES_PER_TICKET:
        raise Conflict(f"this ticket has {MAX_NOTES_PER_TICKET} notes, the most it may have")
    note = TicketNote(ticket_id=ticket_id, author_id=author.id, text=text, created_at=now)
    session.add(note)
    session.flush()
    return _note_out(note, author.display_name, author.role)


def _note_out(note: TicketNote, author_name: str, author_role: str) -> NoteOut:
    return NoteOut(
        id=note.id,
        ticket_id=note.ticket_id,
        text=note.text,
        author_id=note.author_id,
        author_name=author_name,
        author_role=author_role,
        created_at=note.created_at,
    )


# --- saved replies -----------------------------------------------------------------------


def list_replies(
    session: Session, user: Principal, language: str | None = None
) -> list[SavedReplyOut]:
    """The caller's own replies, then the team's, each by title; with `language`, only
    those written in it or for any language."""
    query = select(SavedReply).where(
        or_(SavedReply.owner_id == user.id, SavedReply.owner_id.is_(None))
    )
    if language is not None:
        query = query.where(or_(SavedReply.language == language, SavedReply.language.is_(None)))
    query = query.order_by(
        SavedReply.owner_id.is_(None), func.lower(SavedReply.title), SavedReply.id
    )
    return [_reply_out(r, user) for r in session.scalars(query)]


def create_reply(
    session: Session,
    user: Principal,
    body: SavedReplyUpdate,
    scope: ReplyScope,
    now: datetime,
) -> SavedReplyOut:
    """A new saved reply of the caller's own or (ops leads only) of the team's."""
    team = scope == ReplyScope.TEAM
    if team and user.role != Role.OPS:
        raise Forbidden(TEAM_ONLY_OPS)
    title, text, language = _clean_reply(body)
    owner_id = None if team else user.id
    if owner_id is not None:  # serialise this agent's writes: the cap below is exact
        session.get(User, owner_id, with_for_update=True)
    limit = MAX_TEAM_REPLIES if team else MAX_REPLIES_PER_AGENT
    count = session.scalar(select(func.count()).select_from(SavedReply).where(_owned_by(owner_id)))
    if (count or 0) >= limit:
        whose = "the team has" if team else "you have"
        raise Conflict(f"{whose} {limit} saved replies, the most there may be; delete one first")
    key = title_key(title, language)
    _check_unique(session, owner_id, key, title, language)
    reply = SavedReply(
        owner_id=owner_id,
        title=title,
        title_key=key,
        text=text,
        language=language,
        updated_by=user.username,
        created_at=now,
        updated_at=now,
    )
    try:
        with session.begin_nested():
            session.add(reply)
    except IntegrityError:  # a concurrent write took the title
        raise Conflict(_duplicate(owner_id, title, language)) from None
    return _reply_out(reply, user)


def update_reply(
    session: Session, reply_id: int, user: Principal, body: SavedReplyUpdate, now: datetime
) -> SavedReplyOut:
    """Replace the title, text and language of a reply the caller may change."""
    title, text, language = _clean_reply(body)
    reply = _writable(session, reply_id, user)
    key = title_key(title, language)
    _check_unique(session, reply.owner_id, key, title, language, but=reply.id)
    try:
        with session.begin_nested():
            reply.title, reply.title_key, reply.text = title, key, text
            reply.language, reply.updated_by, reply.updated_at = language, user.username, now
    except IntegrityError:
        raise Conflict(_duplicate(reply.owner_id, title, language)) from None
    return _reply_out(reply, user)


def delete_reply(session: Session, reply_id: int, user: Principal) -> None:
    session.delete(_writable(session, reply_id, user))
    session.flush()


def _writable(session: Session, reply_id: int, user: Principal) -> SavedReply:
    """The reply, locked, if the caller may change it. Another user's own replies do not
    exist for the caller (404); the team's are the ops leads' to change (403)."""
    reply = session.get(SavedReply, reply_id, with_for_update=True, populate_existing=True)
    if reply is None or reply.owner_id not in (None, user.id):
        raise NotFound(f"saved reply {reply_id} not found")
    if reply.owner_id is None and user.role != Role.OPS:
        raise Forbidden(TEAM_ONLY_OPS)
    return reply


def _clean_reply(body: SavedReplyUpdate) -> tuple[str, str, str | None]:
    title = clean(body.title, "title", MAX_TITLE_CHARS, single_line=True)
    text = clean(body.text, "text", get_settings().max_message_chars)
    if body.language is not None and body.language not in LANGUAGE_NAMES:
        raise ValidationFailed(f"language: {body.language!r} is not a language Relaydesk knows")
    return title, text, body.language


def _owned_by(owner_id: int | None) -> ColumnElement[bool]:
    return SavedReply.owner_id.is_(None) if owner_id is None else SavedReply.owner_id == owner_id


def _check_unique(
    session: Session,
    owner_id: int | None,
    key: str,
    title: str,
    language: str | None,
    but: int | None = None,
) -> None:
    query = select(SavedReply.id).where(_owned_by(owner_id), SavedReply.title_key == key)
    if but is not None:
        query = query.where(SavedReply.id != but)
    if session.scalar(query) is not None:
        raise Conflict(_duplicate(owner_id, title, language))


def _duplicate(owner_id: int | None, title: str, language: str | None) -> str:
    whose = "the team already has" if owner_id is None else "you already have"
    where = f" for {LANGUAGE_NAMES.get(language, language)}" if language else ""
    return f"{whose} a saved reply titled {title!r}{where}"


def _reply_out(reply: SavedReply, user: Principal) -> SavedReplyOut:
    team = reply.owner_id is None
    return SavedReplyOut(
        id=reply.id,
        scope=ReplyScope.TEAM if team else ReplyScope.MINE,
        title=reply.title,
        text=reply.text,
        language=reply.language,
        editable=user.role == Role.OPS if team else reply.owner_id == user.id,
        updated_by=reply.updated_by,
        created_at=reply.created_at,
        updated_at=reply.updated_at,
    )
