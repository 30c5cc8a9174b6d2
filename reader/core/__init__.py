"""The pure core: loading, cleaning, segmenting, entities, alignment, diffing, export.

Nothing under this package imports Textual, Rich, Pygments or ``reader.ui``
(``tests/core/test_purity.py`` proves it), so it can be tested and reused alone.
"""
