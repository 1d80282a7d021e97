"""Django's PostgreSQL backend that stops waiting for a server that has just timed out."""
