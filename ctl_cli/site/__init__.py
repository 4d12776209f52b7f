"""The site layer: `ctl site -o DIR` builds the reference as a static, bilingual website.

content.py gathers the same records the JSON output of `ctl list`, `show`, `org`, `sources` and `stats`
is made of; pages.py renders them with Jinja2 templates (templates/, autoescaped); searchindex.py
writes the client-side search index; write.py puts the whole site in place at once. Jinja2 is
imported only here, inside functions: the query commands never load it.
"""
