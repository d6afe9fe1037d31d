"""Dataset builds: a streaming, sharded pipeline from a YAML config to an immutable Parquet dataset version.

``config`` (the typed config), ``readers`` (input shards), ``registry`` (steps by name), ``text_steps`` /
``quality`` / ``perplexity`` / ``synthesize`` (map steps), ``dedup`` (global steps), ``stages`` (resumable
tasks), ``executor`` (local processes, Ray), ``workflow`` (plan, run, publish), ``report`` (card and plots),
``compare`` (show and diff).
"""
