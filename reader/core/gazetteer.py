"""General English word lists for segmentation and entity finding.

Nothing here names the people, outlets or companies of any dossier: only
countries with their capitals, demonyms and common short forms, titles,
calendar words, function words and organisation keywords. Every entry is
lower-case unless the list says otherwise.
"""

from __future__ import annotations

# --- abbreviations (lower-case, without the final full stop) -----------------

HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof sir dame madam lord lady rev fr sr jr".split()
)
"""Words before a person's name that mark it as a person."""

_TITLE_ABBREVIATIONS = frozenset(
    "gen lt col maj capt cpt sgt cpl adm cmdr brig pte gov sen rep pres supt insp det hon amb atty".split()
)
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
NON_TERMINAL_ABBREVIATIONS = (
    HONORIFICS
    | _TITLE_ABBREVIATIONS
    | _MONTH_ABBREVIATIONS
    | frozenset("st mt ft no nos vol p pp fig approx dept est e.g i.e cf vs".split())
)
"""Abbreviations that (almost) never end a sentence: a name or number follows."""

TERMINAL_ABBREVIATIONS = frozenset(
    "inc ltd corp co plc llc bros etc ont que alta sask man calif fla mass wash ave".split()
)
"""Abbreviations that may end a sentence; it ends when a clause evidently starts."""

# --- function words -----------------------------------------------------------

CLAUSE_STARTERS = frozenset(
    """the a an this that these those it its he she they we i you there here his her their our
    but and or so yet if when while after before as since although though because however
    meanwhile in on at for from with by to of according also then now still earlier later""".split()
)
"""Words that open a new clause; after ``Inc.`` or ``U.S.`` they signal a new sentence."""

ATTRIBUTION_VERBS = frozenset(
    """said says say added adds told tells noted notes wrote writes asked asks stated states
    explained explains argued argues insisted insists continued continues concluded replied
    tweeted announced according""".split()
)
"""Reporting verbs of a quote's attribution (``…,” Garneau said.``)."""
