"""conflict-ledger: news reports of armed conflict turned into a versioned dataset of figures."""

__version__ = "0.1.0"
