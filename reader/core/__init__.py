"""The pure core: loading, cleaning, segmenting, entities, alignment, diffing, export.

Nothing under this package imports Textual, Rich, Pygments or ``reader.ui``
(``tests/core/test_purity.py`` proves it), so it can be tested and reused alone.
"""

# The model first, whichever core module is asked for: the model's Analysis names the findings'
# types (it imports them last), and the findings import the model's other classes.
from reader.core import model as _model  # noqa: E402,F401
