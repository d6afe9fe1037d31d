"""The server's routers, one per resource: OpenAI API, /generate, danger-mode consent, health and metrics."""
