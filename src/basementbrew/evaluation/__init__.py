"""Evaluation: held-out loss, perplexity and sample generations."""
