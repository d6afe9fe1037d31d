"""Inference: base model + adapters, generation with the run's chat template, the server."""
