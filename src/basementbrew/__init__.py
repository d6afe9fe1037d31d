"""BasementBrewAI: a local-first LLM lab (data → fine-tune → serve behind guardrails)."""

__version__ = "0.1.0"
