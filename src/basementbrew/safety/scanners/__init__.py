"""Shipped scanners: toxicity, pii, injection, sanitize (offline) and model-based ones (llama_guard, hub)."""
