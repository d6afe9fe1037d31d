"""Data: formats for instruction tuning, the bundled dataset, the versioned store."""
