"""Export: the whole dataset as files (YAML, JSON, CSV tables, an SQLite database), written atomically."""
