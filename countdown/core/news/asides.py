"""Dates that read as new launch dates but are set aside by the launch-events stage
(NEWS-CONVENTIONS.md, "What is a launch" and "Delays"), beyond what roles.py tells:

- old slots: "called off … before the planned 6:15 p.m. liftoff", "pushed X to November from July", "what was to be a summer release", "on Friday,
  but rough weather forced a delay", "won't be able to deliver it this spring", "from an
  earlier target for the second half", "pushed it to 2006 before this latest delay", and the same in French, German and Spanish ("wie zuletzt
  geplant am …", "initialement prévu le …", "en lugar del …");
- the end of something that runs: "the fair runs until Feb. 28"; a trade show's days ("CES
  opens on January 5"); a heading over several launches ("Launch dates for October");
- coverage: "will be livestreaming the launch on Saturday";
- habits: "by the end of the week, shipping has usually begun";
- a date referred back to: "That June release date was also held by …";
- the old holder of a slot: "… November 19, the day Acme had planned to release Y" (the date
  is new, but for the clause's other product, not for Y: refer.py);
- a statement day: "shuffled release dates Wednesday" (a bare weekday after a past verb),
  "JAXAは4日、…"; a Japanese date whose own predicate is past ("予定だった", "中断した");
- history told without its year: "Monday, Feb. 25" that fits only years ahead, "im Oktober"
  a month ago read as next October.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from countdown.core.model import Window
from countdown.core.news.dates import DateSpan, find_date_spans

_I = re.IGNORECASE
MOVED = re.compile(r"\b(?:delay|postpon|push|mov|shift|slip|reschedul|bump)\w*", _I)
# "pushed X to November from July": the date after "from" is the old one.
_FROM_AFTER_TO = re.compile(r"\bto\s+\S[^,;]{0,40}?\s+from\s+(?:the\s+|its\s+)?$", _I)
_WAS_TO_BE = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+){0,2}?(?:to\s+be|to\s+have\s+been)\b[^,;]{0,40}$"
    r"|\bwould\s+have\s+been\b[^,;]{0,40}$",
    _I,
)
# The old date in the text's own language (phrases_i18n rewrote only the date itself).
_OLD_FOREIGN = re.compile(
    r"\b(?:wie\s+(?:zuletzt\s+|ursprünglich\s+|bisher\s+|eigentlich\s+)?(?:geplant|angekündigt)"
    r"|ursprünglich(?:\s+\w+){0,3}|(?:an)?statt|anstelle)\s+(?:am\s+|on\s+|im\s+|für\s+|den\s+|dem\s+)?$"
    r"|\b(?:initialement|d'abord|au\s+départ|auparavant|originellement)\s+(?:\w+\s+){0,2}?"
    r"(?:prévue?s?|programmée?s?|annoncée?s?|fixée?s?)\s+(?:pour\s+|en\s+|le\s+|au\s+)?(?:le\s+)?$"
    r"|\bau\s+lieu\s+d[eu]\s+(?:la\s+|le\s+)?$"
    r"|\b(?:inicialmente|originalmente|previamente)\s+(?:\w+\s+){0,2}?(?:previst|programad|planead"
    r"|anunciad)[oa]s?\s+(?:para\s+)?(?:el\s+|en\s+)?$|\ben\s+(?:lugar|vez)\s+del?\s+$",
    _I,
)
_FOREIGN_FROM = re.compile(r"\b(?:von|de|du|desde)\s+(?:der\s+|dem\s+|la\s+|le\s+|el\s+)?$", _I)
_FOREIGN_TO_AFTER = re.compile(r"^\s*(?:auf|à|au|al|a)\b", _I)
# "… on Friday (Jan. 10), but rough weather forced a two-day delay": that slot is gone.
_BUT_DELAYED = re.compile(
    r"^[^.;]{0,40}?\bbut\b[^.;]{0,100}?\b(?:forced|caused|prompted|meant|led\s+to)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:delay|postponement|scrub|slip)",
    _I,
)
# "won't be able to start delivering it this spring": the slot given up ("won't ship until
# May" sets May, so "until" / "before" right before the date keep it new).
_NEGATED = re.compile(
    r"\b(?:won[’']t|will\s+not|wouldn[’']t|cannot|can[’']t|no\s+longer)\s+(?:\w+\s+){0,8}?"
    r"(?!until\b|till\b|before\b|'til\b)\w+\s+(?:in\s+|on\s+|by\s+|this\s+)?$",
    _I,
)
_EARLIER_TARGET = re.compile(
    r"\b(?:earlier|original|previous|prior|old|initial)\s+(?:\w+\s+){0,2}?(?:date|target|window"
    r"|plan|schedule|goal)s?\s+(?:of|for|in)\s+(?:the\s+)?$",
    _I,
)
_BEFORE_THIS_DELAY = re.compile(
    r"^\W{0,3}before\s+(?:this|the)\s+(?:latest|most\s+recent|new|current|second|third)\s+"
    r"(?:delay|postponement|slip|push\s*back)",
    _I,
)
_RUNS_UNTIL = re.compile(
    r"\b(?:runs?|running|lasts?|lasting|continues?|continuing|stays?\s+open)\s+(?:\w+\s+){0,2}?"
    r"(?:until|through|thru|till|to)\s+$",
    _I,
)
# "will be livestreaming the launch on Saturday": the day of the coverage, not of the launch.
_COVERAGE_BEFORE = re.compile(
    r"\b(?:live-?\s?stream\w*|stream(?:s|ed|ing)|broadcast\w*|webcast\w*|televis\w*|coverage\s+of)"
    r"\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:launch|liftoff|event|keynote|flight|mission)\b"
    r"[^.;]{0,40}$",
    _I,
)
_HABIT = re.compile(
    r"\b(?:usually|normally|typically|traditionally|generally|customarily|tends?\s+to"
    r"|as\s+a\s+rule)\b",
    _I,
)
_THAT_DATE = re.compile(r"^\W*That\s+$")
# "Launch dates for October": a heading over several launches, none of them itself.
_DATES_FOR = re.compile(r"\b(?:launch|release|ship(?:ping)?)\s+dates\s+(?:for|in|of)\s+$", _I)
# "CES opens on January 5", "the fair runs on …": a trade show's own days are no launch.
_SHOW_OPENS = re.compile(
    r"\b(?:CES|MWC|IFA|Computex|E3|Gamescom|Mobile\s+World\s+Congress|(?:trade\s+)?(?:fair|show"
    r"|expo|convention))\s+(?:\d{4}\s+)?(?:will\s+)?(?:opens?|starts?|kicks?\s+off|begins?|runs?"
    r"|takes?\s+place)\b[^.;]{0,30}$",
    _I,
)
_OLD_OR_NO_LAUNCH_BEFORE = (
    _WAS_TO_BE,
    _OLD_FOREIGN,
    _NEGATED,
    _EARLIER_TARGET,
    _RUNS_UNTIL,
    _COVERAGE_BEFORE,
    _DATES_FOR,
    _SHOW_OPENS,
)


# "called off … before the planned 6:15 p.m. liftoff": in a scrub or delay, the plan's slot.
_PLANNED_BEFORE = re.compile(r"\bthe\s+(?:planned|scheduled|original|targeted)\s+$", _I)
_CALLED_OFF = re.compile(
    r"\b(?:scrub\w*|called\s+off|calls?\s+off|delay\w*|postpon\w*|abort\w*|stood\s+down"
    r"|standing\s+down)\b",
    _I,
)


def told_aside(span: DateSpan, clause: str) -> bool:
    """An old slot or no launch at all, told in one of the ways listed in the docstring."""
    before, after = clause[: span.start], clause[span.end :]
    near = before[-60:]
    return (
        _moved_from(before, after, clause)
        or any(p.search(near) for p in _OLD_OR_NO_LAUNCH_BEFORE)
        or _BUT_DELAYED.match(after) is not None
        or _BEFORE_THIS_DELAY.match(after) is not None
        or _HABIT.search(clause) is not None
        or _THAT_DATE.match(before) is not None
        or _said_on(span, before)
        or _japanese_aside(before, after)
        or (_PLANNED_BEFORE.search(near) is not None and _CALLED_OFF.search(clause) is not None)
    )


_KANA = re.compile(r"[\u3040-\u309f]")
_JA_QUOTED = re.compile(r"と(?:発表|述べ|明らかに|話|説明|報じ|伝え)")
_JA_PAST_END = re.compile(r"(?:た|だった|でした|ました)(?:ばかりだった|ところだった)?\W*$")


def _japanese_aside(before: str, after: str) -> bool:
    """ "JAXAは4日、…" is the statement day; a date whose own predicate is in the past
    ("…を打ち上げる予定だった", "…で中断した") is old or history. In "7日に行うと発表した" the
    date's predicate is the quoted "行う", not the reporting "発表した"."""
    if not _KANA.search(before + after):
        return False
    if before.rstrip().endswith("は") and after.lstrip().startswith(("、", ",", "，")):
        return True
    predicate = re.split(r"[。！？]", after, maxsplit=1)[0]
    quoted = _JA_QUOTED.search(predicate)
    if quoted:
        predicate = predicate[: quoted.start()]
    return _JA_PAST_END.search(predicate) is not None


def _moved_from(before: str, after: str, clause: str) -> bool:
    to_then_from = _FROM_AFTER_TO.search(before) is not None and MOVED.search(clause) is not None
    foreign = _FOREIGN_FROM.search(before[-12:]) is not None and bool(
        _FOREIGN_TO_AFTER.match(after)
    )
    return to_then_from or foreign


_WEEKDAY_ONLY = re.compile(
    r"^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", _I
)
_PAST_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]{3,}ed)\s+(?:[\w’'-]+\s+){0,3}$")
_PLAN_VERBS = re.compile(
    r"(?:schedul|slat|plann|set|mov|delay|postpon|push|expect|shift|bump|reschedul|tipp|due)ed$"
)


def _said_on(span: DateSpan, before: str) -> bool:
    """ "shuffled release dates Wednesday": a bare weekday after a past-tense verb is the day
    something happened (the statement day), not a launch."""
    if not _WEEKDAY_ONLY.match((span.said or span.text).strip()):
        return False
    verb = _PAST_VERB_BEFORE.search(before)
    return verb is not None and not _PLAN_VERBS.search(verb.group("verb"))


# "… on November 19, the day Acme had planned to release its Orbix 4": that slot's old holder.
_OLD_HOLDER = re.compile(
    r",\s*(?:the|a)\s+(?:day|date|slot|weekend|week|month|window)\s+(?:that\s+|when\s+)?"
    r"(?:[\w'’.-]+\s+){0,4}?(?:had|was|were)\s+(?:\w+\s+)?(?:planned|set|scheduled|slated"
    r"|intended|meant|reserved|earmarked|penciled|pencilled|picked|chosen|held|occupied|dated)"
    r"\s+(?:to\s+\w+\s+|for\s+|by\s+)?[^,;.]*$",
    _I,
)


def old_holder(clause: str, at: int) -> bool:
    """The name at `at` is told as the old holder of the slot a date now goes to ("X moves to
    November 19, the day Acme had planned to release Y"): Y is not the launch of that date."""
    return _OLD_HOLDER.search(clause[:at]) is not None


@lru_cache(maxsize=64)
def spans_of(clause: str) -> list[DateSpan]:
    """The clause's date phrases, found once for the several dates of one clause."""
    return find_date_spans(clause)


def regional_owner(span: DateSpan, clause: str) -> DateSpan | None:
    """For "May 3 in North America (May 6 internationally)": the date the parenthesis
    qualifies, whose role the regional date shares (an old date's variant is old too)."""
    before = clause[: span.start].rstrip()
    if not before.endswith("("):
        return None
    opening = len(before) - 1
    earlier = [s for s in spans_of(clause) if s.end <= opening and opening - s.end <= 40]
    return earlier[-1] if earlier else None


_WEEKDAY_DATE = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+\S", _I)
_BARE_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_RECENT_DAYS = 270  # a bare month read this far ahead just passed
_AFTER_BEFORE = re.compile(
    r"\b(?:after|since|nach|seit|après|depuis|después|desde)\b[^.;]{0,90}$", _I
)


def implausible(span: DateSpan, window: Window, base: datetime, clause: str) -> bool:
    """ "Monday, Feb. 25" read two or more years ahead (the first year that day is a Monday),
    or a bare month that just passed told after "after" ("after the event in October", written
    in November) read as next year's: the text tells history, not a launch."""
    if _WEEKDAY_DATE.match(span.text):
        return window.first_day().year > base.year + 1
    ahead = (window.first_day() - base.date()).days
    recent = _BARE_MONTH.fullmatch(span.text) is not None and ahead > _RECENT_DAYS
    return recent and _AFTER_BEFORE.search(clause[: span.start]) is not None
