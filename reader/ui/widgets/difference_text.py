"""Passage text with its word differences marked, for the compare and N-way views.

Builds on :func:`reader.ui.render.passage_text` and :func:`reader.ui.render.diff_layers`
(the reader's one text builder and diff styles) and adds what only these views need: numbers
and names inside a difference stand out, and a caret marks where the other report has words
this one lacks; each difference may carry its type (:data:`reader.core.findings.difftypes.DIFF_TYPES`),
drawn in that type's look, and the one a walk stands on is marked over all. All looks are
component classes (``difference--figure``, ``difference--dropped``,
``difference--current``, ``difftype--<type>``), so
``styles/compare.tcss`` (theme variables only) decides them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text

from reader.core.findings.difftypes import DIFF_TYPES
from reader.core.model import DiffOp, Span
from reader.core.findings.collation import dropped_points, figure_spans
from reader.ui.render import PaletteMixin, RenderIndex, diff_layers, passage_text

UNTYPED_DIFFERENCE_CLASSES = frozenset({"difference--figure", "difference--dropped"})
"""The looks :meth:`DifferenceText.difference_text` reads when given no types and no current
difference: what a view drawing untyped differences (N-way, quotes) declares of them, each
class declared costing every restyle of the view a virtual node to style."""
DIFFERENCE_CLASSES = UNTYPED_DIFFERENCE_CLASSES | frozenset(
    {"difference--current"} | {f"difftype--{kind}" for kind in DIFF_TYPES}
)
"""What the screen of a widget using :class:`DifferenceText` declares as its ``COMPONENT_CLASSES``
(those of them it draws); the palette comes from the reader screen (see
:class:`~reader.ui.render.PaletteMixin`)."""

DROPPED_SIGN = "\u2038"
"""Shown where the other report has words this one lacks (a caret, as proof-readers mark)."""
FLAG_SIGN = "\u2691"
"""Before a finding of the quote tracker worth checking (a quotation changed, a speaker differing)."""


def redraw_on_restyle(node, draw) -> None:
    """Call ``draw`` after a new theme or highlight style: drawn Text keeps its old colours.

    The stylesheet follows a new theme only after the change is announced, so draw later."""
    for name in ("theme", "highlight_style"):
        node.watch(node.app, name, lambda: node.call_after_refresh(draw), init=False)


class DifferenceText(PaletteMixin):
    """Mix into a Widget (first in its bases, its screen declaring :data:`DIFFERENCE_CLASSES`)
    to draw passages with their differences; ``selected_entity`` (set by the screen) is the
    entity marked as chosen, ``search_hits`` the words a search found."""

    selected_entity: str | None = None
    search_hits: tuple[Span, ...] = ()
    """Search hits, sorted, marked as the reader marks them (the screen sets them)."""

    def difference_text(
        self, index: RenderIndex, span: Span, ops: Sequence[DiffOp] = (), *, side: str = "a", carets: bool = True,
        types: Mapping[DiffOp, str] | None = None, current: DiffOp | None = None,
    ) -> Text:
        """``span`` with prose highlights (the chosen entity marked, as in every pane; no entity
        tint inside a difference), then ``side``'s differences in ``ops`` on top (each in its type's look when ``types``
        names it, the ``current`` one, where the walk stands, marked over all), and (with
        ``carets``) a caret wherever the other passage has words this one lacks."""
        palette = self.palette()
        layers = diff_layers(ops, palette, side)
        marked = sorted((start, end) for start, end, _ in layers)  # drawn without entity tints
        for op, kind in (types or {}).items():
            start, end = (op.a_start, op.a_end) if side == "a" else (op.b_start, op.b_end)
            if end > start:
                layers.append((start, end, self.palette_style(f"difftype--{kind}")))
        if ops and index.analysis:  # figures stand out inside differences: a passage without any needs no words
            figure = self.palette_style("difference--figure")
            tokens = [token for sentence in index.analysis.sentences_overlapping(span) for token in sentence.tokens
                      if span.start <= token.start and token.end <= span.end]
            layers += [(start, end, figure) for start, end in figure_spans(ops, tokens, side=side)]
        if current is not None:
            start, end = (current.a_start, current.a_end) if side == "a" else (current.b_start, current.b_end)
            layers.append((start, end, self.palette_style("difference--current")))
        points = [p for p in dropped_points(ops, side=side) if span.start <= p <= span.end] if carets else []
        sign = Text(DROPPED_SIGN, self.palette_style("difference--dropped")) if points else Text()
        return passage_text(index, palette, span, selected_entity=self.selected_entity, extra=layers,
                            untinted=marked, inserts=[(point, sign) for point in sorted(points)], hits=self.search_hits)
