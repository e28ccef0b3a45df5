"""Word lists used by the local classifiers, written for Relaydesk."""
