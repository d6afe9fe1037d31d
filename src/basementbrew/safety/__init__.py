"""Safety: scanners, guardrail chains, DANGER MODE consent and the audit log."""
