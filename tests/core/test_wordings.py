"""Items grouped by wording: copies are one class, found by the keys of their wording."""

from __future__ import annotations

from reader.core.wordings import Wordings

TEXTS = ["the quay will reopen", "we are ready", "the quay will reopen", "the quay will open", "we are ready", "ok",
         "the quay will reopen"]


def pairs(text: str) -> set[tuple[str, str]]:
    words = text.split()
    return set(zip(words, words[1:]))


def test_copies_are_one_class_numbered_in_order_of_first_appearance():
    wordings = Wordings(TEXTS, pairs)
    assert wordings.class_of == [0, 1, 0, 2, 1, 3, 0]
    assert wordings.wordings == ["the quay will reopen", "we are ready", "the quay will open", "ok"]


def test_a_wording_is_keyed_once_however_many_copies():
    asked = []
    wordings = Wordings(TEXTS, lambda text: asked.append(text) or pairs(text))
    for item, number in enumerate(wordings.class_of):
        wordings.near(number)
        wordings.add(item)
    assert sorted(asked) == sorted(set(TEXTS))


def test_near_classes_share_a_key_and_hold_their_items_in_the_order_added():
    wordings = Wordings(TEXTS, pairs)
    wordings.add(0), wordings.add(1)
    assert wordings.near(2) == {0, 2}  # "the quay", "quay will" (not yet added: no member)
    assert wordings.members(2) == []
    wordings.add(2), wordings.add(3)
    assert wordings.near(0) == {0, 2}  # a class keyed later is near the earlier ones too
    assert wordings.near(1) == {1}
    assert wordings.near(3) == set()  # no key, near nothing, not even itself
    wordings.add(4), wordings.add(5), wordings.add(6)
    assert wordings.members(0) == [0, 2, 6]
    assert wordings.members(1) == [1, 4]
    assert wordings.members(3) == [5]
    assert wordings.near(3) == set()
