"""Renderers: records in, text out, in the format the user chose. formats.py has the data formats,
terminal.py draws the table format, and each command has its page module (list.py, show.py, ...).
Renderers never filter and never look anything up."""
