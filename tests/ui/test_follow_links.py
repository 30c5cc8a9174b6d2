"""The reader reads the rest of a big folder (in its worker) with the links choice the command line made."""

from __future__ import annotations

import pytest

from reader.core.ingest.loading import load_dossier
from reader.ui.app import build_app
from tests.helpers import told, until


@pytest.mark.parametrize("follow", [False, True], ids=["skipped", "followed"])
async def test_the_rest_of_the_folder_is_read_with_the_same_links_choice(tmp_path, follow):
    outside = tmp_path / "elsewhere.md"
    outside.write_text("A private note from elsewhere in the home folder.\n", encoding="utf-8")
    folder = tmp_path / "dossier"
    folder.mkdir()
    for n in range(3):
        (folder / f"r{n}.md").write_text(f"Report {n} says the permits were cancelled on Monday.\n", encoding="utf-8")
    (folder / "z-link.md").symlink_to(outside)
    first = load_dossier(folder, first=1, follow_links=follow)
    app = build_app(first, folder=folder, follow_links=follow)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: not app.dossier.unread, workers=True)  # the worker's DossierLoaded, handled
        ids = [article.id for article in app.dossier.articles]
        notices = told(app)
    assert ("z-link" in ids) == follow
    assert any("z-link.md: skipped: a symbolic link to a file outside" in line for line in notices) != follow
