"""Status lines at 80 columns: what does not fit is cut after a whole part or word, with an
ellipsis, never inside a word; the key's answer first."""

from __future__ import annotations

from rich.text import Text

from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.wording import fitted, spared
from tests.helpers import compare_open, until


def _cut_between_words(shown: str, full: str) -> bool:
    """``shown`` is ``full``, or a start of it ending where a word or part ends, then an ellipsis."""
    if shown == full:
        return True
    kept = shown.removesuffix("\u2026").rstrip()
    return shown.endswith("\u2026") and full.startswith(kept) and full[len(kept)] in " ;.,"


def test_a_line_keeps_whole_parts_or_whole_words():
    line = "x works in the Compare and N-way screens: Reject this link · report 1/5: Alpha Times"
    assert fitted(Text(line), 70).plain == "x works in the Compare and N-way screens: Reject this link \u2026"
    notes = "passage 3/20: in 4 of 5 reports; figures: “fighting between two armies late last year”"
    assert fitted(Text(notes), 60).plain == "passage 3/20: in 4 of 5 reports; figures: “fighting between\u2026"
    assert fitted(Text("a" * 90), 60).plain == "a" * 59 + "\u2026"
    assert fitted(Text(notes), 200).plain == notes



def test_a_long_line_is_cut_as_measured_whole():
    """Only the start of a long line is measured (a note naming hundreds of reports): zero-width
    marks there (combining accents) make it measured to its end, so it is cut where it was before."""
    accented = "e\u0301" * 30  # 60 characters, 30 cells
    assert fitted(Text(accented), 40).plain == accented
    assert fitted(Text(accented + " b" * 10), 45).plain == accented + " b" * 7 + "\u2026"
    note = "report 2/400: Alpha Times ! ladder: 9 in " + ", ".join(f"R{n}" for n in range(400))
    tail = "(12% shared · 3% copied)"
    assert spared(Text(f"{note} {tail}"), tail, 80).plain == f"{note} (\u2026)"
    assert spared(Text(f"{accented} {tail}"), tail, 50).plain == f"{accented} (12% shared \u2026)"

def _shown(widget) -> str:
    return "".join(segment.text for segment in widget.render_line(0)).strip()


async def test_the_reader_status_is_cut_between_parts(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x")  # a key of the compare view: said, before the report read
        status = app.screen.query_one("#status")
        full = str(status.content)
        await until(pilot, lambda: full.startswith("x works in the Compare and N-way screens"))
        assert len(full) > 78 and _cut_between_words(_shown(status), full), _shown(status)
        assert _shown(status).endswith("Reject this link \u2026")


async def test_the_compare_status_is_cut_between_words(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(CompareScreen(tiny_analysis, "alpha", "gamma"))
        screen = await compare_open(pilot)
        status = screen.query_one("#compare-status")
        longest = 0

        def cut_well() -> bool:
            """The status line drawn from its new text, cut between words."""
            return _cut_between_words(_shown(status), str(status.content))

        for key in ("y", "j", "full_stop", "j", "j"):
            await pilot.press(key)
            await until(pilot, cut_well)
            longest = max(longest, len(str(status.content)))
        assert longest > 78


async def test_the_matrix_details_wrap_whole_at_80x24_and_keep_the_cursor_in_view(bundled, analysis):
    """Every row's details, all of them (cut to one line, 80 columns said a fifth of it: the kind
    and the score); the table, shorter or taller as they wrap, keeps the cursor's row in view."""
    from reader.ui.screens.coverage import CoverageScreen

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        await until(pilot, lambda: isinstance(app.screen, CoverageScreen) and bool(app.screen.query("#coverage-details")))
        table, details = app.screen.query_one("#coverage-table"), app.screen.query_one("#coverage-details")
        heights = set()
        for row in range(len(table.row_keys)):
            await pilot.press("j" if row else "g")
            await until(pilot, lambda: table.cursor[0] == row)

            def whole() -> bool:
                """The row's details drawn, all their words, at the height they wrap to."""
                shown = " ".join("".join(s.text for s in details.render_line(y)).strip() for y in range(details.size.height))
                return shown.split() == str(details.content).split()

            await until(pilot, whole)
            top = round(table.scroll_y)
            assert top <= row < top + table.scrollable_content_region.height - 1, row  # under the header
            heights.add(details.size.height)
        assert len(heights) > 1 and max(heights) <= 8

