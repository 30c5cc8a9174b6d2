"""Text into units: sentences and tokens, word-level differences, search."""
