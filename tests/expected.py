"""Facts about the bundled dataset that several tests check."""

NINE = frozenset(
    {
        "aerospace",
        "agrifood",
        "green-chemistry",
        "energy",
        "smart-factory",
        "mobility",
        "life-sciences",
        "smart-communities",
        "living-environments",
    }
)
