"""Judged pairs into links: best pairs first, one passage per report, every member making the
statement of the link's core, a sentence carrying two facts in a link for each, repeats merged.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations, count
from typing import Literal

from reader.core.forked import beside
from reader.core.links.confidence import FIRM_OVERLAP, figures_differ, firm, happenings
from reader.core.links.telling_apart import at_odds, of_others, other_stages
from reader.core.links.units import BY_SCORE, BY_SENTENCES, PairMatch, Unit, echoes, read_alike, weight_overlap
from reader.core.model import LinkKind, Span
from reader.core.vocabulary import OTHERS

KIND_ORDER: tuple[LinkKind, ...] = ("paraphrase", "near", "verbatim")
"""Link kinds from the loosest to the closest: a link is of its loosest pair's kind."""


STRANGERS = 0.15
"""Two groups never merge when some sentence of one shares less than this overlap with one of the other."""


def kept_apart(x: int, y: int, whole: list[Unit], weights: dict[str, float], pairs: dict[tuple[int, int], PairMatch]) -> bool:
    """May sentences ``x`` and ``y``, not judged a pair, never share a link? They are strangers
    (almost nothing in common), name other figures, ranks or days or tell of other stages of a story
    (``other_stages``): a passage joining a link
    must tell of the same happening as every other."""
    return (min(x, y), max(x, y)) not in pairs and (
        weight_overlap(whole[x], whole[y], weights) < STRANGERS or at_odds(whole[x], whole[y])
        or other_stages(whole[x], whole[y])
    )


CORE_SHARE = 0.3
CORE_TERMS = 5
"""A member of a link of three or more must hold this share of what its core pair says (the weight of
the terms it shares, names and numbers left out: who and how many are not the statement), or this many
of its terms other than names, the figures it agrees on included (one clause of a long quotation the
core reprints, ``two of its seven members`` for ``five of the seven members ..., while two ...``)."""


def _body_lede(unit: Unit) -> bool:
    """Is the passage part of its article's lede, not its title line? Headlines repeat one another in few
    words: grouped as loosely, on the six read development dossiers three links of headlines (read S, P, S)
    became one (P), a quotation chained in through them."""
    return unit.lede and not unit.span.in_title


LEDE_WITHIN = 0.6
"""A lede joining a core of two ledes makes its statement when this share of its weight is in the core's passages:
a short lede (``Canada has cancelled arms permits to Turkey``) says part of a long one's main fact."""


LOOSE_SHARE = 0.35
"""... and this share when it is no lede and every pair tying it to the link is loose (``confidence.firm``):
such a member often repeats only the frame of the core (``played a recording of``) and tells another item
of it (what the recording holds). On the twenty corpus dossiers three links read partly right went: a
six-passage link of recordings kept its three right passages, a three-passage one went, and a seven-passage
link of a weapon found lost two sentences of another (which now make a link of their own); no link read
right changed. Asked of ledes too, it cost two right links a member. A member telling every happening both
passages of the core tell (a verb of both: ``pulled over for speeding`` beside ``was speeding``) makes its
statement in more words and needs only ``CORE_SHARE``. When the core shares more names than
other words (a post at a named body: ``served as deputy director of the Kessel Institute``), what it says is
mostly whom and where, and such a member must also hold ``CORE_SHARE`` of it names included (``served on the
board of the Velden Trust`` holds the service, not the post): on the twenty dossiers a five-passage link read
partly right lost its wrong passage, no other link changed."""


def _off_core(members: Iterable[int], core: PairMatch, whole: list[Unit], weights: dict[str, float], names: frozenset[str],
              pairs: dict[tuple[int, int], PairMatch], known: dict[tuple, object], asked: Iterable[int] | None = None) -> set[int]:
    """The members that do not make the statement of the link's core (its best pair). A passage may meet
    one member on background (a name, a place, the wider story) and still be judged a pair with it;
    joining the link, it must say a good part of what the core pair says. Ledes joining a core of two
    ledes may say it in other words about the same names (``faces an arms embargo`` for ``cancelled
    export permits``): with them the names count, and a short lede of the body says part of it when most
    of its weight is in the core's passages (``LEDE_WITHIN``). When both passages of the core, no lede, tell
    one happening (a verb of both: ``was found``), a member of the body telling none of it, whose own happenings
    (``took place``) the core does not tell, tells another event of the same people, day or place, however
    firmly it is paired on them: on the twenty corpus dossiers two links read partly right lost their odd
    member and read right, seven others lost or traded a member, and of the fifteen links that changed or
    appeared fourteen read right (468 to 477 read right of 504 shown); no link read right became wrong.
    ``known`` keeps what was found of a member beside a core (and whether a pair is firm, and a member firmly paired
    with it), and what the core says (the weight of each statement of it, summed once), for the next groups asked
    with the same ``pairs``. Only the members ``asked`` (all when ``None``) are asked."""
    read = ("core", core.a, core.b)  # what the core says, read once for every group around it
    if read not in known:
        shared = core.unit_a.terms & core.unit_b.terms
        known[read] = (shared, frozenset(t for t in shared - names if not t[:1].isdigit()) or shared,
                       core.unit_a.terms | core.unit_b.terms, shared & happenings(core.unit_a) & happenings(core.unit_b), {}, {})
    shared, said, told, done, totals, made = known[read]  # made: whether each text makes it, by 2 * read_alike + loosely
    ledes = core.unit_a.lede and core.unit_b.lede
    members = list(members)

    def firmly(m: PairMatch) -> bool:
        key = ("firm", m.a, m.b)
        if key not in known:
            known[key] = firm(m, names)
        return known[key]

    within = set(members)
    witnesses = known.setdefault(("witnesses",), {})  # each member's last member firmly paired with it: groups grow

    def loose(p: int) -> bool:
        if witnesses.get(p) in within:
            return False
        witness = next((q for q in members if (m := pairs.get((min(p, q), max(p, q)))) and firmly(m)), None)
        if witness is None:
            return True
        witnesses[p] = witness
        return False

    def holds(p: int, statement: frozenset[str], share: float) -> bool:
        if statement not in totals:
            totals[statement] = math.fsum(map(weights.__getitem__, statement))
        return math.fsum(map(weights.__getitem__, whole[p].terms & statement)) >= share * totals[statement]

    def makes_it(p: int) -> bool:  # it reads only the member's text: a copy's answer is a look-up (read_alike)
        key = 2 * read_alike(whole[p]) + (not whole[p].lede and loose(p))
        found = made.get(key)
        if found is None:
            found = made[key] = reads_it(p, key % 2 == 1)
        return found

    def reads_it(p: int, loosely: bool) -> bool:
        if not loosely:
            enough = holds(p, shared if ledes and whole[p].lede else said, CORE_SHARE)
        else:
            share = CORE_SHARE if done and done <= whole[p].terms else LOOSE_SHARE
            enough = holds(p, said, share) and (len(shared & names) <= len(said) or holds(p, shared, CORE_SHARE))
        own = happenings(whole[p])
        body = not (whole[p].lede or core.unit_a.lede or core.unit_b.lede)
        if body and done and own and not (own | done) & told & whole[p].terms:
            return False  # another happening of the same people, day or place
        return (enough
                or len(whole[p].terms & shared - names) >= CORE_TERMS
                or ledes and _body_lede(whole[p]) and math.fsum(map(weights.__getitem__, whole[p].terms & told)) >= LEDE_WITHIN * whole[p].weight)

    return {p for p in (members if asked is None else asked) if p != core.a and p != core.b and not makes_it(p)}


def _other_figures(members: Iterable[int], core: PairMatch, whole: list[Unit], pairs: dict[tuple[int, int], PairMatch],
                   known: dict[tuple, object]) -> set[int]:
    """The members paraphrasing the link's core with other figures of one thing (``figures_differ``):
    five guards sentenced to seven to 40 years is not seven sentenced to six to 40 years. A near
    copy keeps its place (``a 1,500-square-metre hall`` for ``a 16,000-square-foot hall``: other
    units, the same wording). On the six read development dossiers two links read partly right became
    one right link; on the other fourteen, three links read partly right became three right ones
    and one still partly right (a tally of seized arms and a total so far no longer share one). ``known`` as
    for ``_off_core``."""

    def paraphrased(p: int) -> bool:
        found = [m for q in (core.a, core.b) if (m := pairs.get((min(p, q), max(p, q))))]
        return all(m.kind == "paraphrase" for m in found)

    found = known.setdefault(("figures", core.a, core.b), {})  # of each member beside this core
    differ = known.setdefault(("differ", core.a, core.b), {})  # of each text beside it (read_alike): copies make many

    def other(p: int) -> bool:
        if p not in found:
            found[p] = paraphrased(p) and differs(whole[p])
        return found[p]

    def differs(unit: Unit) -> bool:
        key = read_alike(unit)
        if key not in differ:
            differ[key] = figures_differ(unit, core.unit_a)
        return differ[key]

    return {p for p in members if p != core.a and p != core.b and other(p)}


def _of_the_others(members: Iterable[int], core: PairMatch, whole: list[Unit]) -> set[int]:
    """The members not about others when both passages of the link's core are (``of_others``:
    ``eleven other guards were charged``, ``the other guards face charges``): the core tells of
    others than the one the story is about, and a member without the word (``the commander is
    charged``, ``he faces charges``) tells of him, another statement. On the six read development
    dossiers a seven-passage link read partly right kept its four right passages; two that left
    make a new link read partly right. On the other fourteen no link shown changed."""
    if not (of_others(core.unit_a) and of_others(core.unit_b)):
        return set()
    return {p for p in members if p != core.a and p != core.b and not OTHERS.intersection(whole[p].words)}


GROUPED_BESIDE_FROM = 10_000
MERGED_BESIDE_FROM = 2_000
"""Pairs (groups for ``merge_repeats``) in the smaller half from which it is grouped beside, with a second core
(:mod:`reader.core.forked`): a forked copy and the pages both then write cost each about a tenth of a second at
500 reports, the grouping of 2,000 pairs less than that, the merging of 2,000 groups three times more."""


def halves(items: list[tuple[int, ...]] | list[list[int]]) -> tuple[list[int], list[int]]:
    """The numbers of ``items`` (each a few sentences, at least one) in two halves of about as many items,
    each in the items' order, two items sharing a sentence always in one half: each connected part of the
    graph the items make over the sentences (largest first) goes to the smaller half. A dossier of one
    event whose pairs all chain together is one part, and one half holds it all."""
    # Sentences are numbers from 0: each one's parent is read from a list, not a dict (a hundred thousand pairs).
    parent = list(range(max((max(item) for item in items), default=-1) + 1))

    def root(p: int) -> int:
        while (up := parent[p]) != p:
            parent[p] = p = parent[up]
        return p

    for item in items:
        first = root(item[0])
        for p in item[1:]:
            if (other := root(p)) != first:
                parent[other] = first
    parts: dict[int, list[int]] = defaultdict(list)
    for number, item in enumerate(items):
        parts[root(item[0])].append(number)
    split: tuple[list[int], list[int]] = ([], [])
    for part in sorted(parts.values(), key=len, reverse=True):
        min(split, key=len).extend(part)
    return sorted(split[0]), sorted(split[1])


def group_pairs(matches: list[PairMatch], whole: list[Unit], weights: dict[str, float], names: frozenset[str],
           pairs: dict[tuple[int, int], PairMatch], strays: list[PairMatch] | None = None) -> list[list[int]]:
    """Groups of sentences, best pairs first; one sentence per article in a group (``_grouped``).

    A group only ever grows by a pair, and all it asks (pairs, spans, what is kept out or apart) is of
    its own sentences: the connected parts of the graph the pairs make never meet. With a second core,
    half of them are grouped beside (``halves``), and their groups and strays put back in the order one
    pass meets them (by round, then by the pair that started the group or went astray).
    """
    split = halves([(m.a, m.b) for m in matches])
    astray = strays is not None
    with beside(lambda: _grouped(matches, split[1], whole, weights, names, pairs, astray), _Grouped,
                worth_it=len(split[1]) >= GROUPED_BESIDE_FROM) as other:
        mine = _grouped(matches, split[0], whole, weights, names, pairs, astray)
        theirs = other()
    if strays is not None:
        strays.extend(matches[number] for _, number in sorted(mine[1] + theirs[1]))
    return [group for _, _, group in sorted(mine[0] + theirs[0])]


_Grouped = tuple[list[tuple[int, int, list[int]]], list[tuple[int, int]]]
"""Groups, each after its round and the number of the pair that started it; strays, each as its round and number."""


def _grouped(matches: list[PairMatch], numbers: list[int], whole: list[Unit], weights: dict[str, float], names: frozenset[str],
             pairs: dict[tuple[int, int], PairMatch], astray: bool) -> _Grouped:
    """Groups of the ``matches`` of ``numbers`` (in order), best pairs first; one sentence per article in a group.

    Every member must make the statement of the group's best pair (``_off_core``); a pair
    refused for that through the passages the group holds, and loose on its own, is a stray (for the
    weaker links) when ``astray``, else waits for the next round.
    Two groups merge only when at least half of their cross pairs matched (one, when all are
    ledes of the bodies: each tells the dossier's main fact, at more or less length),
    none of them are strangers (almost nothing in common), and each sentence's
    passages in the merged group's pairs overlap: a sentence carrying two facts
    in two clauses must not chain them into one link (a lede's clauses all
    serve its main fact, so a lede may). A pair that no group of
    this round could take starts the next round, so such a sentence ends up in
    one link per fact, each link holding pairs that matched.
    """
    groups: list[tuple[int, int, list[int]]] = []
    strays: list[tuple[int, int]] = []
    remaining = numbers
    rounds = count()
    known: dict[tuple, object] = {}  # what _held_out found of a member beside a core (and of the core), for every round
    while remaining:
        round_ = next(rounds)
        born: dict[int, int] = {}  # the number of the pair that started each group
        group_of: dict[int, int] = {}
        members: dict[int, list[int]] = {}
        articles: dict[int, set[int]] = {}  # each group's articles
        cores: dict[int, PairMatch] = {}
        used: dict[int, tuple[int, int]] = {}  # where the units each sentence's pairs in its group use all overlap: latest start, earliest end
        leftover, wayward = [], []
        # Whether two groups may merge, and which of their members stay out, hangs on the groups alone, not on the
        # pair asking: kept for the groups as they stand (a merge gives the group a new state), each other pair of
        # them (copies of one sentence make many) only asks whether it ties a member kept out.
        state: dict[int, int] = {}
        states = count()
        barred: dict[tuple[int, int], tuple[set[int], set[int]] | None] = {}
        for number in remaining:
            match = matches[number]
            ga, gb = group_of.get(match.a), group_of.get(match.b)
            if ga is not None and ga == gb:
                continue
            key = (state[ga] if ga is not None else ~match.a, state[gb] if gb is not None else ~match.b)
            if key in barred:
                held_out = barred[key]
                if held_out is None:
                    leftover.append(number)
                else:
                    refused = _refusal(match, *held_out, names, used)
                    (wayward if astray and refused == "weaker" else leftover).append(number)
                continue
            left = members[ga] if ga is not None else [match.a]
            right = members[gb] if gb is not None else [match.b]
            sides = (articles[ga] if ga is not None else {whole[match.a].article},
                     articles[gb] if gb is not None else {whole[match.b].article})
            cross = _cross_pairs(left, right, sides, whole, weights, pairs, known)
            if cross is None:
                barred[key] = None
                leftover.append(number)
                continue
            core = _best([c for c in (cores.get(ga), cores.get(gb)) if c] + cross)
            # a group around this core holds none that may not join it (_held_out): only the other one is asked
            asked = right if ga is not None and cores[ga] is core else left if gb is not None and cores[gb] is core else left + right
            held_out = _held_out(left + right, asked, core, whole, weights, names, pairs, known)
            if held_out[0] or held_out[1]:
                barred[key] = held_out
                refused = _refusal(match, *held_out, names, used)
                (wayward if astray and refused == "weaker" else leftover).append(number)
                continue
            spans: dict[int, tuple[int, int]] = {}
            for m in cross:
                for p, unit in ((m.a, m.unit_a), (m.b, m.unit_b)):
                    span = unit.span
                    start, end = spans.get(p) or used.get(p) or (span.start, span.end)
                    spans[p] = start if start > span.start else span.start, end if end < span.end else span.end
            if not all(whole[p].lede or start < end for p, (start, end) in spans.items()):
                barred[key] = None
                leftover.append(number)
                continue
            used.update(spans)
            # the group kept grows in place by the other one: its own members already belong to it
            target, moved = (ga, right) if ga is not None else (gb, left) if gb is not None else (match.a, left + right)
            born.setdefault(target, number)
            if ga is not None and gb is not None:
                del members[gb], cores[gb], articles[gb]
            if ga is not None:
                members[ga].extend(right)
            else:
                members[target] = left + right
            grown, more = sides if ga is not None else sides[::-1]
            grown |= more
            articles[target] = grown
            cores[target] = core
            state[target] = next(states)
            for p in moved:
                group_of[p] = target
        groups.extend((round_, born[target], group) for target, group in members.items())
        strays.extend((round_, number) for number in wayward)
        remaining = leftover
    return groups, strays


def _best(found: list[PairMatch]) -> PairMatch:
    """The best of the pairs: the highest score, then the first sentences (the pair grouping meets first)."""
    score = max(found, key=BY_SCORE).score
    return min((m for m in found if m.score == score), key=BY_SENTENCES)


def _cross_pairs(left: list[int], right: list[int], articles: tuple[set[int], set[int]], whole: list[Unit], weights: dict[str, float],
                 pairs: dict[tuple[int, int], PairMatch], known: dict[tuple, object]) -> list[PairMatch] | None:
    """The matched pairs between two groups when they may merge, else ``None``: no article is in
    both (``articles``: each group's, kept as it grows), at least half their cross pairs matched (any number when
    all are ledes of the bodies), and no two of their sentences are kept apart (``kept_apart``, kept in ``known``
    for the next groups)."""
    if not articles[0].isdisjoint(articles[1]):
        return None
    cross, unmatched = [], []
    get = pairs.get
    for x in left:
        for y in right:
            match = get((x, y) if x < y else (y, x))
            if match is None:
                unmatched.append((x, y))
            else:
                cross.append(match)
    if 2 * len(cross) < len(left) * len(right) and not all(_body_lede(whole[p]) for p in left + right):
        return None

    def apart(x: int, y: int) -> bool:  # asked only of two sentences no pair matched: a matched pair is never kept apart
        key = ("apart", x, y)
        if key not in known:
            known[key] = kept_apart(x, y, whole, weights, pairs)
        return known[key]

    return None if any(apart(x, y) for x, y in unmatched) else cross


def _held_out(members: list[int], asked: list[int], core: PairMatch, whole: list[Unit], weights: dict[str, float],
              names: frozenset[str], pairs: dict[tuple[int, int], PairMatch], known: dict[tuple, object]) -> tuple[set[int], set[int]]:
    """The members of two groups about to merge (``members``, around ``core``) that may not join: those giving
    other figures of what the core counts or not about the others the core is about, and, when there are none,
    those not making the core's statement (``_off_core``; ``known`` kept for the next groups).

    Only the members ``asked`` are: a group around the same core was found to hold none such when each of its
    members joined, and nothing it grows by changes that (a member made the statement loosely makes it firmly too),
    so a group growing by one copy at a time asks only of the new one."""
    odd = _other_figures(asked, core, whole, pairs, known) | _of_the_others(asked, core, whole)
    return odd, set() if odd else _off_core(members, core, whole, weights, names, pairs, known, asked)


def _refusal(match: PairMatch, odd: set[int], off: set[int], names: frozenset[str],
             used: dict[int, tuple[int, int]]) -> Literal["weaker", "later"] | None:
    """Why ``match`` may not join its sentences' groups, whose members ``odd`` and ``off`` are held out
    (``_held_out``), or ``None`` when it may. A member giving other figures of what the core counts, or not
    about the others the core is about, or not making the core's statement (``_off_core``) stays out; the pair
    is ``"weaker"`` when it ties such a member to the link (an off-core one only through the passages the link
    holds and not standing firmly on its own), else it waits for a ``"later"`` round, where it may make a link
    of its own."""
    if odd:
        return "weaker" if {match.a, match.b} & odd else "later"
    if off:
        same = all(max(bounds[0], unit.span.start) < min(bounds[1], unit.span.end)
                   for p, unit in ((match.a, match.unit_a), (match.b, match.unit_b)) if (bounds := used.get(p)))
        loose = match.score < FIRM_OVERLAP or len(match.unit_a.terms & match.unit_b.terms - names) < CORE_TERMS
        return "weaker" if {match.a, match.b} & off and same and loose else "later"
    return None


def _units_used(group: Iterable[int], whole: list[Unit], pairs: dict[tuple[int, int], PairMatch]) -> dict[int, list[int]]:
    """Where the units each sentence's matched pairs in the group use start and end: the earliest and the
    latest start, the earliest and the latest end (all a passage or the test of their overlap reads of them).

    Two copies of a whole sentence (a verbatim or near pair) agree on all they hold: when other pairs
    use a part of the sentence, that part is what the link says, and the copy's span is left out
    (a lede keeps it: all its clauses serve its main fact).
    """
    return _used_by(_matched(sorted(group), pairs), whole)


def _used_by(matches: Iterable[PairMatch], whole: list[Unit]) -> dict[int, list[int]]:
    """``_units_used`` of the group whose matched pairs are ``matches`` (``_matched``)."""
    return _resolved(*_bounds(matches, whole, defaultdict(list), defaultdict(list)))


def _resolved(said: _Bounds, copied: _Bounds) -> dict[int, list[int]]:
    """Each sentence's bounds (``_units_used``): those of the pairs not copying it whole, else the copies'. Given
    dict subclasses, whose keys' union makes a set in the order merge_repeats has always met its ties in."""
    return {p: said.get(p) or copied[p] for p in said.keys() | copied.keys()}


_Bounds = dict[int, list[int]]
"""Each sentence's earliest and latest start, earliest and latest end of the units some pairs use (``_units_used``)."""


def _matched(group: list[int], pairs: dict[tuple[int, int], PairMatch]) -> list[PairMatch]:
    """The matched pairs among a group's sentences (``group`` sorted), in the order of their keys: looked up in C."""
    return list(filter(None, map(pairs.get, combinations(group, 2))))


def _bounds(matches: Iterable[PairMatch], whole: list[Unit], said: _Bounds, copied: _Bounds) -> tuple[_Bounds, _Bounds]:
    """``said`` and ``copied`` (whole copies' units, which other pairs' units override) widened by ``matches``:
    each bound a least or a greatest, so met in any order."""
    for match in matches:
        unit_a, unit_b = match.unit_a, match.unit_b
        copy = match.kind != "paraphrase" and unit_a is whole[match.a] and unit_b is whole[match.b]
        for p, unit in ((match.a, unit_a), (match.b, unit_b)):
            into = copied if copy and not unit.lede else said  # a whole copy's unit is its sentence's
            span = unit.span
            bounds = into.get(p)
            if bounds is None:
                into[p] = [span.start, span.start, span.end, span.end]
                continue
            start, end = span.start, span.end
            if start < bounds[0]:
                bounds[0] = start
            elif start > bounds[1]:
                bounds[1] = start
            if end < bounds[2]:
                bounds[2] = end
            elif end > bounds[3]:
                bounds[3] = end
    return said, copied


def _widened(bounds: _Bounds, more: _Bounds) -> _Bounds:
    """``bounds`` (a copy) with those of ``more`` taken in: the least of the least, the greatest of the greatest."""
    found = {p: list(of_p) for p, of_p in bounds.items()}
    for p, (first, last, soonest, latest) in more.items():
        old = found.get(p)
        found[p] = [first, last, soonest, latest] if old is None else \
            [min(old[0], first), max(old[1], last), min(old[2], soonest), max(old[3], latest)]
    return found


class _Used:
    """``_units_used`` of the groups of one ``pairs``, each group read once: merging asks it again of groups it met
    before (a merge that leaves a group as it was, a twin's union tested again); at 500 copy-heavy reports a third
    of the pairs it read were read before."""

    def __init__(self, whole: list[Unit], pairs: dict[tuple[int, int], PairMatch]) -> None:
        self.whole, self.pairs = whole, pairs
        self.found: dict[tuple[int, ...], dict[int, list[int]]] = {}
        self.read: dict[tuple[int, ...], tuple[_Bounds, _Bounds]] = {}

    def __call__(self, group: Iterable[int]) -> dict[int, list[int]]:
        key = tuple(sorted(group))
        found = self.found.get(key)
        if found is None:
            found = self.found[key] = _resolved(*self.bounds(key))
        return found

    def bounds(self, group: Iterable[int]) -> tuple[_Bounds, _Bounds]:
        """The said and copied bounds of a group (``_bounds``), read once."""
        key = tuple(sorted(group))
        found = self.read.get(key)
        if found is None:
            found = self.read[key] = _bounds(_matched(key, self.pairs), self.whole, defaultdict(list), defaultdict(list))
        return found

    def overlap(self, group: Iterable[int], other: Iterable[int]) -> bool:
        """``_overlap`` of the two groups as one, from what each holds already and the pairs between the sentences
        only one of them holds: two twins share most of their sentences, and reading the pairs of their union
        again cost a third of the merging of 500 copy-heavy reports."""
        mine, theirs = set(group), set(other)
        said, copied = (_widened(own, more) for own, more in zip(self.bounds(mine), self.bounds(theirs)))
        between = (((x, y) if x < y else (y, x)) for x in mine - theirs for y in theirs - mine)
        said, copied = _bounds(filter(None, map(self.pairs.get, between)), self.whole, said, copied)
        return all(self.whole[p].lede or bounds[1] < bounds[2] for p in said.keys() | copied.keys()
                   for bounds in (said.get(p) or copied[p],))


def _spans(used: dict[int, list[int]], whole: list[Unit]) -> dict[int, Span]:
    """Each sentence's passage in a group (its ``_units_used``): from the first to the last of the units its
    matched pairs use. A sentence without a matched pair in the group gets none."""
    return {p: Span(whole[p].span.article, bounds[0], bounds[3]) for p, bounds in used.items()}


def _overlap(used: dict[int, list[int]], whole: list[Unit]) -> bool:
    """Do the units each sentence's pairs use in a group (its ``_units_used``) overlap (a lede's clauses all serve
    its main fact)?"""
    return all(whole[p].lede or bounds[1] < bounds[2] for p, bounds in used.items())


def one_statement(group: Iterable[int], whole: list[Unit], pairs: dict[tuple[int, int], PairMatch]) -> bool:
    """Do the units each sentence's pairs use in the group overlap (``_overlap``)?"""
    return _overlap(_units_used(group, whole, pairs), whole)


def _one_per_article(group: set[int], housed: set[int], whole: list[Unit],
                     pairs: dict[tuple[int, int], PairMatch], used: _Used) -> tuple[list[int], dict[int, Span]]:
    """The group with one sentence per article: the best counterpart of the sentences no other of its article contests;
    with its passages (``_spans``), found on the way.

    Best is the one echoing most of their quotations, then (a headline) the one printing most of them
    word for word, then one not ``housed`` in another link (it would be lost), then the one whose pairs
    with them score most. Wire copies print one headline, and each report's lede paraphrases the
    others' headlines: picking the lede for its being housed nowhere else swapped each headline for
    another report's lede, and the identical headlines were never linked. Counted for body sentences
    too, or for headlines partly alike, it moved ten links on the twenty corpus dossiers, none for the better.
    """
    by_article: dict[int, list[int]] = defaultdict(list)
    for p in sorted(group):
        by_article[whole[p].article].append(p)
    core = [ps[0] for ps in by_article.values() if len(ps) == 1]

    def merit(p: int) -> tuple[int, int, bool, float]:
        found = [m for q in core if (m := pairs.get((p, q) if p < q else (q, p)))]
        copies = sum(m.unit_a.words == m.unit_b.words for m in found) if whole[p].span.in_title else 0
        return sum(echoes(m.unit_a, m.unit_b) for m in found), copies, p not in housed, sum(m.score for m in found)

    kept = sorted(ps[0] if len(ps) == 1 else max(ps, key=merit) for ps in by_article.values())
    while True:  # a sentence whose only partner lost its place has nothing left to link
        passages = _spans(used(kept), whole)
        if len(passages) == len(kept):
            return kept, passages
        kept = sorted(passages)


def merge_repeats(groups: list[list[int]], whole: list[Unit], pairs: dict[tuple[int, int], PairMatch]) -> list[list[int]]:
    """One link per statement (``_merged``). Groups meet only through the sentences they share: with a second core,
    half the connected parts of the graph they make are merged beside (``halves``), each group keeping its number
    (sets of them are met in the order of their numbers' hashes), and the groups kept put back in its order."""
    split = halves(groups)
    with beside(lambda: _merged(groups, split[1], whole, pairs), list[tuple[int, list[int]]],
                worth_it=len(split[1]) >= MERGED_BESIDE_FROM) as other:
        mine = _merged(groups, split[0], whole, pairs)
        theirs = other()
    return [group for _, group in sorted(mine + theirs)]


def _merged(groups: list[list[int]], numbers: list[int], whole: list[Unit],
            pairs: dict[tuple[int, int], PairMatch]) -> list[tuple[int, list[int]]]:
    """Of the ``groups`` of ``numbers`` (in order), one link per statement, each after the number of the group
    it was last merged into: two groups whose passages overlap in two or more sentences become one.

    Later rounds of ``group_pairs`` can rebuild a link around a sentence another
    report carries twice (a quotation also paraphrased in its lede); the
    merged group keeps one sentence per article (``_one_per_article``), the
    others staying in their other links. Groups are taken in order, so an
    earlier round's group is the one a repeat is merged into. Two groups
    meeting on a sentence through two of its clauses (two reports reprint a
    sentence carrying two facts, each group holding another report's
    passage on one of them) tell of two things and stay two (``one_statement``).
    """
    homes: dict[int, set[int]] = defaultdict(set)
    for number in numbers:
        for p in groups[number]:
            homes[p].add(number)
    kept: dict[int, tuple[list[int], dict[int, Span], set[int]]] = {}
    holding: dict[int, set[int]] = defaultdict(set)
    used = _Used(whole, pairs)
    for number in numbers:
        group = groups[number]
        passages, sources = _spans(used(group), whole), {number}
        while True:
            shared = Counter(
                other for p, span in passages.items() for other in holding[p]
                if span.overlaps(kept[other][1][p])
            )
            twin = next((
                other for other, count in shared.most_common()
                if count >= 2 and used.overlap(group, kept[other][0])
            ), None)
            if twin is None:
                break
            twin_group, _, twin_sources = kept.pop(twin)
            for p in twin_group:
                holding[p].discard(twin)
            sources |= twin_sources
            merged = set(group) | set(twin_group)
            housed = {p for p in merged if homes[p] - sources}
            group, passages = _one_per_article(merged, housed, whole, pairs, used)
        if len(group) >= 2:
            kept[number] = (group, passages, sources)
            for p in group:
                holding[p].add(number)
    return [(number, group) for number, (group, _, _) in kept.items()]


def link_of(group: list[int], whole: list[Unit], pairs: dict[tuple[int, int], PairMatch]) -> tuple[tuple, float, LinkKind, tuple[Span, ...]]:
    """Score, kind and passages of a group: each sentence's passage spans the units its pairs used."""
    matched = _matched(sorted(group), pairs)
    spans = sorted((whole[p].article, span) for p, span in _spans(_used_by(matched, whole), whole).items())
    score = round(sum(m.score for m in matched) / len(matched), 3)
    # The weakest kind of its pairs: a link is verbatim only when every report prints the passage alike.
    kind = min((m.kind for m in matched), key=KIND_ORDER.index)
    return (spans[0][0], spans[0][1].start), score, kind, tuple(span for _, span in spans)
