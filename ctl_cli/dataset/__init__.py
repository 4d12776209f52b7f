"""The dataset layer: find, read and validate a dataset file against its one schema declaration,
and build the typed model. Never prints; knows nothing of the terminal."""
