"""ctl: the command-line reference for the Lombardy Technology Clusters."""

# The one place the version is written: pyproject.toml reads it from here (hatch), so the
# package does not pay for importlib.metadata at start-up.
__version__ = "0.1.0"
