"""The message job: the orchestration above the conversation, the bot and the escalation
domains. `turns` reads the next undecided message (`history`: the previous turn),
`assessment` assesses it with no transaction open, `processing` writes what the rules decided
(bot replies, or a ticket and the hand-over to a person)."""
