"""A report with many photo captions still shows its body on the first screen of a small terminal:
the captions past the first few go under the body, a header row saying so."""

from __future__ import annotations

from reader.core.ingest.loading import load_dossier
from reader.core.pipeline import analyse
from reader.ui.app import build_app
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import until

CAPTIONS = [f"Picture {n}: the harbour wall seen from the lighthouse gallery on a grey winter morning, "
            f"with the fishing fleet tied up along the quay behind it." for n in range(1, 6)]


async def test_many_captions_leave_the_body_in_sight_at_80x24_and_follow_it(tmp_path):
    header = "".join(f"caption: {caption}\n" for caption in CAPTIONS)
    (tmp_path / "a.md").write_text(
        f"---\noutlet: Harbour Gazette\ntitle: The harbour wall holds\nstandfirst: The storm passed in the night.\n"
        f"{header}---\nThe harbour wall held through the storm, the harbour office said on Tuesday.\n\n"
        "Repairs to the slipway will start next week.\n", encoding="utf-8")
    dossier = load_dossier(tmp_path)
    app = build_app(dossier, analysis=analyse(dossier))
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: view.article is not None)
        first = [view.render_line(y).text for y in range(view.size.height)]
        assert any("The harbour wall held through the storm" in line for line in first)
        assert any("Picture 1:" in line for line in first)
        assert any("Photo: 4 more captions under the article" in line for line in first)
        view.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        last = [view.render_line(y).text for y in range(view.size.height)]
        assert any("Picture 5:" in line for line in last)
        assert any("Repairs to the slipway" in line for line in last + first)
