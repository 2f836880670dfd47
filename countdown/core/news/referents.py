"""Words that refer back to a product named before instead of naming it: "the film", "the
title", "its updated headset", "die Konsole", "le jeu", "la consola" (NEWS-CONVENTIONS.md,
"The name": carry the name over).

A clause whose launch is told of such a referent ("X will release the film on …"; "Acme says
the console ships on …") takes the product named before (refer.py), not the maker or the
shop that is its subject. A further date of a clause told of such words ("… until January and
pledged to ship the next version of its system to business customers in November") is
another launch of the product just named: an edition, a region, the on-sale day after the
reveal. "The sequel to 1986 hit Orbix" is the product named elsewhere
whose name begins with "Orbix" ("Orbix: Second Wind"), else "Orbix sequel".
"""

from __future__ import annotations

import re
from functools import lru_cache

from countdown.core.news.agree import names_agree
from countdown.core.news.runs import name_runs

_NOUNS_EN = (
    r"film|movie|title|game|device|phone|console|mission|rocket|vehicle|car|show|series|sequel"
    r"|headset|rover|spacecraft|release\s+date|launch\s+date|launch"
)
_REFERENT = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]hat|[Tt]his)\s+(?:[a-z][\w-]*\s+){0,3}?"
    rf"(?:{_NOUNS_EN})\b"
    r"|\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em)\s+(?:[a-zäöüß][\w-]*\s+){0,2}?(?:Konsole|Titel"
    r"|Spiel|Handy|Smartphone|Gerät|Rakete|Mission|Film|Auto|Fahrzeug)\b"
    r"|\b(?:[Ll]e|[Ll]a|[Ll]'|[Ss]on|[Ss]a)\s*(?:jeu|film|titre|console|téléphone|appareil"
    r"|fusée|mission|voiture)\b"
    r"|\b(?:[Ee]l|[Ll]a|[Ss]u)\s+(?:juego|película|consola|teléfono|dispositivo|cohete|misión"
    r"|coche)\b"
)
_SUBJECT_VERB = re.compile(
    r"^\s*(?:(?:will|would|has|have|had|is|are)\s+(?:now\s+|also\s+)?)?"
    r"(?:release|launch|ship|push|pushed|moved?|delay|set|slated|debut|open)",
    re.I,
)


def maker_of_referent(clause: str, name: str) -> bool:
    """`name` is the subject of a launch verb whose object only refers to the product ("X will
    release the film on …")."""
    at = clause.find(name)
    tail = clause[at + len(name) :]
    return at >= 0 and bool(_SUBJECT_VERB.match(tail) and _REFERENT.search(tail))


def referent_between(clause: str, after: int, before: int) -> bool:
    """A referent stands between a name (ending at `after`) and the date at `before`: "Acme
    says the console ships on …" is about the console named earlier."""
    return any(after <= m.start() < before for m in _REFERENT.finditer(clause))


# "the sequel to 1986 hit X", "a follow-up to the 2017 blockbuster X": the words before X.
_SEQUEL_TO = re.compile(
    r"\b(?:sequel|follow-?up|successor|prequel|spin-?off)\s+to\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)


def sequel_name(clause: str, start: int, name: str, text: str) -> str:
    """`name` (at `start` in `clause`) or, told as what a sequel follows, the sequel: the
    longer name the text gives it ("Orbix" → "Orbix: Second Wind") or "Orbix sequel"."""
    if not _SEQUEL_TO.search(clause[:start]):
        return name
    return _longer_name(name, text) or f"{name} sequel"


@lru_cache(maxsize=64)
def _longer_name(name: str, text: str) -> str | None:
    for start, end in name_runs(text):
        run = text[start:end]
        if run.startswith(name) and run[len(name) : len(name) + 1] in (":", " ", "-"):
            return run
    return None


# A date phrase blanked out of a clause (events.blank) leaves a run of spaces.
_BLANKED_DATE = re.compile(r"\s{4,}")
_EDITION = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]hat|[Tt]his)\s+(?:[a-z][\w-]*\s+){0,3}?(?:version|edition)\b"
)


def same_product_again(blanked: str, date_at: int) -> bool:
    """Since the clause's previous date (blanked out), the words before the date at `date_at`
    refer back to the product ("the next version of its system", "the phone") and name none."""
    before = blanked[:date_at].rstrip()
    gaps = list(_BLANKED_DATE.finditer(before))
    if not gaps:
        return False
    since = before[gaps[-1].end() :]
    referred = _REFERENT.search(since) or _EDITION.search(since)
    return referred is not None and not name_runs(since)


def another_launch_word(
    blanked: str, date_at: int, launch_ats: tuple[int, ...], own: str | None, first: str
) -> bool:
    """A further date with a launch word of its own, between the clause's first launch and this
    date, naming no other product: another launch of the same product ("will unveil the X on
    May 4 and ship the phone on May 20": a reveal and an on-sale day are two launches)."""
    at, first_at = launch_ats if len(launch_ats) == 2 else (launch_ats[0], launch_ats[0])
    if at == first_at or at > date_at:
        return False
    if own is not None and not names_agree(own, first):
        return False
    if _SLIP_OR_PLAN.search(blanked):
        return False  # "was due on May 4 but now ships on May 20": an old date and its new one
    return not _BLANKED_DATE.search(blanked[at:date_at])


_SLIP_OR_PLAN = re.compile(
    r"\b(?:delay|postpon|push|mov|shift|slip|reschedul|originally|initial|previous|instead"
    r"|repouss|report|retras|aplaz|verschob|verschieb|ursprünglich|statt|devait|due)\w*",
    re.I,
)


# "in the US on March 9 and in Europe on March 20", "March 9 in the U.S., and March 20 in Europe".
_REGION = r"(?:in|for|across)\s+(?:the\s+)?(?:[A-Z][\w.]*\s*){1,3}"
_REGION_THEN_DATE = re.compile(
    rf"^\W*(?:{_REGION})?\W*\b(?:and|while|but)\s+{_REGION}(?:on|in|from)?\s*$"
)
_DATE_THEN_REGION = re.compile(rf"^\W*{_REGION}\W*\b(?:and|while|but)\s*$")
_REGION_AFTER = re.compile(rf"^\s*{_REGION}")


def another_region(blanked: str, date_at: int, date_end: int) -> bool:
    """A further date that follows the clause's previous one with a region of its own: the same
    launch in another market (NEWS-CONVENTIONS: regions are separate launches)."""
    before = blanked[:date_at].rstrip() + " "
    gaps = list(_BLANKED_DATE.finditer(before.rstrip()))
    if not gaps:
        return False
    since = before[gaps[-1].end() :]
    if _REGION_THEN_DATE.match(since):
        return True
    return bool(_DATE_THEN_REGION.match(since.rstrip()) and _REGION_AFTER.match(blanked[date_end:]))
