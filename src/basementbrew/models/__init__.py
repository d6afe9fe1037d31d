"""Model registry, memory estimator, loading and chat formats."""
