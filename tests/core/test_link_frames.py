"""How a passage frames what follows its ``that`` (``reader.core.links.frames.frame``): invented words."""

from __future__ import annotations

import pytest

from reader.core.links.frames import frame

DENIED, OPEN, ASSERTED = (True, False), (False, True), (False, False)
NOT_SHOWN = (True, True)
"""Denied by a failing ``to`` and open by it (``failed to prove that``): not established."""


def _frame(text: str, verbs: tuple[str, ...]):
    words = tuple(text.split())
    that = words.index("that")
    found = frame(words, that, tuple(i for i, word in enumerate(words) if word in verbs))
    return found and found[:2]


@pytest.mark.parametrize(
    ("text", "verbs", "expected"),
    [
        ("the audit did not show that the pumps were diverted", ("show", "diverted"), DENIED),
        ("his lawyer denied on monday that he wounded a guard", ("denied", "wounded"), DENIED),
        ("no one in the town doubts that he wounded a guard", ("wounded",), ASSERTED),
        ("there is no doubt that he wounded a guard", ("is", "wounded"), ASSERTED),
        ("the audit did not only show that the pumps were diverted", ("show", "diverted"), ASSERTED),
        ("prosecutors failed to prove that he wounded a guard", ("failed", "prove", "wounded"), NOT_SHOWN),
        ("prosecutors did not fail to prove that he wounded a guard", ("fail", "prove", "wounded"), OPEN),
        ("it remains to be shown that the mill leaked chemicals", ("shown", "leaked"), OPEN),
        ("if the tests next week show that the water was poisoned", ("show", "poisoned"), OPEN),
        ("the auditors went on to acknowledge that their sample was small", ("went", "acknowledge", "was"), ASSERTED),
        ("the agency indicates to reporters that the quake began deep", ("indicates", "reporters", "began"), ASSERTED),
        ("police said that he wounded a guard", ("said", "wounded"), ASSERTED),
    ],
)
def test_how_a_that_is_framed(text, verbs, expected):
    assert _frame(text, verbs) == expected


def test_a_nouns_that_or_a_determiner_has_no_frame():
    assert _frame("he was jailed for years after charges that he wounded a guard", ("jailed", "wounded")) is None
    assert _frame("she would not resign , an episode that the counsel may ask about", ("resign", "ask")) is None
    assert _frame("they hope to rebuild that clinic soon", ("hope", "rebuild")) is None
    assert _frame("so it could review allegations that drones had been equipped", ("review", "equipped")) is None
    assert _frame("inspectors have not found credible evidence that pumps were diverted", ("found", "diverted")) is None
