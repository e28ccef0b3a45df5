"""The customer's API: conversations created, written and read by the customer (or the shop's
page for them), and the customer's view of one (messages, their place in the queue, who is
typing, the rating prompt). It composes the conversation with the desk (tickets, ratings,
agents' names), so it sits above both: `router.conversations` stays below the desk."""
