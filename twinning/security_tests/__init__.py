"""Security regression tests, one module per attack class (see README, "Sicherheit")."""
