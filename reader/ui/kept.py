"""Views the app builds once and shows again (the N-way view, the quote tracker, the coverage matrix): their base.

Pushing a new screen makes Textual compose it, mount it and style every node twice (at mount,
then again on resume) before the first frame: at 500 reports that was most of ``w``, ``Q`` and
``m``, whatever the view drew. A screen installed in the app (``App.install_screen``) stays
mounted when it is closed; pushed again it is only restyled, laid out and drawn. So each of
these views is built once (ahead, once the analysis is shown: see ``DossierApp.open_view``) and
then :meth:`KeptView.reopen` shows it on what the next key asks for, as a new one would: the
cursor on the first item, no search on, the focus where ``AUTO_FOCUS`` puts it.

Tried and measured instead (main-thread CPU from key to first frame, 500 reports, in-process):
a view mounted in the reader screen in place of its body cost what pushing a screen does
(10.7 vs 11.0 ms for one ``Static``), and closing it cost more than popping a screen (18 vs
5 ms): the reader's panes, hidden, lose their size and are laid out and wrapped again when shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from reader.ui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from typing import Self

    from reader.core.model import Analysis


class KeptView(Screen):
    """A view shown again rather than built again (see the module docstring)."""

    @classmethod
    def ahead(cls, analysis: Analysis) -> Self | None:
        """An instance on ``analysis`` to mount before the user asks for one (``None``: nothing to show)."""
        return cls(analysis)

    def reopen(self, *args, **kwargs) -> None:
        """Show what a new instance built with these arguments would show."""
        raise NotImplementedError

    def forget_reading(self) -> None:
        """Leave the last visit behind: its search bar closed, the focus given back, so that
        pushing the view focuses its ``AUTO_FOCUS`` widget as it does a new one."""
        for bar in self.query(SearchBar):
            bar.display = False
        self.set_focus(None)
