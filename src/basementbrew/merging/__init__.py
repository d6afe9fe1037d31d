"""Merging and export: adapter merges, merges into the base, soups, a mixture of experts from fine-tunes, GGUF.

Floor 5, beside training and inference (imports neither): it reads run directories through
:mod:`basementbrew.runs`, loads weights through :mod:`basementbrew.models`, and scores candidates with
:mod:`basementbrew.evaluation.heldout`. Every entry point checks all its inputs before it writes a file, and
never writes into an input.
"""
