"""What the pipeline hands :func:`~reader.core.links.align.find_links` for a dossier on disk: one reading for
every bench that times or takes apart the links."""

from __future__ import annotations

from pathlib import Path

from reader.core.ingest.loading import analysed_part, load_dossier
from reader.core.links.story import judge_story
from reader.core.model import Dossier, Sentence
from reader.core.text.segment import segment_article


def link_inputs(folder: Path) -> tuple[Dossier, dict[str, tuple[Sentence, ...]], frozenset[str]]:
    """The dossier in ``folder``, its sentences, and the reports that can link only weakly (:meth:`Story.doubtful`)."""
    dossier = load_dossier(folder)
    sentences = {article.id: segment_article(analysed_part(article)) for article in dossier.articles}
    return dossier, sentences, judge_story(dossier, sentences).doubtful(dossier)
