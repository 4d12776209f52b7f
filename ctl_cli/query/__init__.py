"""Query layer: pure functions over the typed dataset and its index: resolve references, rank,
count. No printing, no I/O."""
