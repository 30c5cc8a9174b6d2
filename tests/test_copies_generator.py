"""The generator of copy-heavy dossiers of one event (bench/copies.py): deterministic, and its changes do what they say."""

import random

from bench.copies import figure_changed, generate, paragraphs, word_dropped
from reader.core.ingest.article_format import parse


def test_figure_changed_raises_one_number_and_leaves_text_without_one():
    rng = random.Random(1)
    changed = figure_changed("Officials counted 12 boats and 40 oars.", rng)
    assert changed != "Officials counted 12 boats and 40 oars."
    before, after = [int(w) for w in "12 40".split()], [int(w) for w in changed.split() if w.isdigit()]
    assert sum(a != b for a, b in zip(before, after)) == 1 and all(0 <= b - a <= 9 for a, b in zip(before, after))
    assert figure_changed("No number here at all.", rng) == "No number here at all."


def test_word_dropped_keeps_the_ends():
    rng = random.Random(2)
    text = "The quiet harbour opened its gates at dawn."
    dropped = word_dropped(text, rng)
    assert len(dropped.split()) == len(text.split()) - 1
    assert dropped.split()[0] == "The" and dropped.split()[-1] == "dawn."
    assert word_dropped("Too short to cut.", rng) == "Too short to cut."


def test_paragraphs_keep_every_sentence_in_order():
    sentences = [f"Sentence {n}." for n in range(10)]
    grouped = paragraphs(sentences, random.Random(3))
    assert " ".join(grouped) == " ".join(sentences)
    assert all(1 <= len(p.split(". ")) <= 3 for p in grouped)


def test_generate_is_deterministic_and_copies_heavily():
    files, made = generate(12, seed=5)
    assert files == generate(12, seed=5)[0] and files != generate(12, seed=6)[0]
    assert [name for name, _ in files] == [f"r{n:03d}.md" for n in range(12)]
    parsed = parse(files[3][1])
    assert parsed.meta["outlet"] and parsed.meta["title"] and parsed.paragraphs
    # one event: most sentences of a report are in others too, most copies verbatim
    sentences = [set(text.split("\n\n", 1)[1].replace("\n\n", " ").split(". ")) for _, text in files]
    shared = sum(1 for s in sentences[0] if any(s in other for other in sentences[1:]))
    assert shared >= len(sentences[0]) // 2
    assert made["verbatim"] > made["figure changed"] + made["word dropped"] > 0
