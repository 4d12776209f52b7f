"""Records: the stable, language-independent dicts that --format json/yaml print and the index
stores, built from the typed model. Below the index, so the index never imports the query layer."""
