"""A report's repeats of one text count once: the one helper the candidate index and the origins' phrases share."""

from operator import itemgetter

from reader.core.model.base import first_of_each


def test_the_first_of_each_key_is_kept_in_order():
    places = [(2, 5), (0, 1), (2, 9), (1, 4), (0, 7)]
    assert first_of_each(places, itemgetter(0)) == [(2, 5), (0, 1), (1, 4)]
    assert first_of_each([], itemgetter(0)) == []
