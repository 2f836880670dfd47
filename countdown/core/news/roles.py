"""The mentions stage for dates: the role each date phrase plays in its clause.

Only a date in the role `new` (the date a launch is set for) may become a proposal; the others
are read and set aside (NEWS-CONVENTIONS.md, "What is a launch" and "Delays"):
- `old`: the date a delay moved away from ("from March to June", "originally set for",
  "instead of", "last set for", "was scheduled for");
- `past`: told in the past tense ("launched in February", "went on sale on March 4");
- `statement`: the day something was said ("said Thursday", "today", "on Monday announced");
- `fiscal`: earnings, fiscal quarters and results ("fiscal 2023", "Q3 earnings");
- `other`: the end of something ("support ends on", "end of sales").
A sentence that tells a past launch with its year ("released on March 2, 2006, following a
launch on March 17") makes its other, year-less dates past too (`past_sentence`).
"""

from __future__ import annotations

import enum
import re

from countdown.core.news.dates import DateSpan


class Role(enum.StrEnum):
    NEW = "new"
    OLD = "old"
    PAST = "past"
    STATEMENT = "statement"
    FISCAL = "fiscal"
    OTHER = "other"  # an end of support or of sales: a date, but no launch


_I = re.IGNORECASE
_OLD_BEFORE = re.compile(
    r"\b(?:(?:originally|initially|previously|formerly)\s+(?:(?!but\b|now\b|and\b)\w+\s+){0,6}?|(?:once|first)\s+"
    r"(?:\w+\s+){0,3}?(?=(?:set|scheduled|slated|planned|due|targeted|expected|intended)\b))"
    r"(?:set|scheduled|slated|planned|due|targeted|expected|intended|announced|meant)?\s*"
    r"(?:for|to|in|on|at)?\s*(?:the\s+|an?\s+)?$"
    r"|\bhad\s+(?:also\s+|once\s+)?(?:planned|intended|hoped|aimed|meant)\s+to\s+(?:\w+\s+){0,6}?"
    r"(?:in|on|for|at|by)?\s*(?:the\s+|an?\s+)?$|\b(?:its|their|the)\s+original\s+$"
    r"|\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:set|scheduled|slated|planned|due"
    r"|targeted|expected|supposed|meant|penciled|pencilled)\s+(?:\w+\s+){0,3}?(?:for|in|on|to|at)"
    r"\s+(?:the\s+)?$|\b(?:last|previously|once)\s+(?:set|dated|scheduled|slated)\s+(?:for|to)"
    r"\s+$|\binstead\s+of\s+(?:the\s+)?$|\b(?:had\s+been|was|were)\s+due\s+(?:out\s+)?$"
    r"|\b(?:rather\s+than|as\s+opposed\s+to)\s+$|\bfrom\s+(?:its\s+|the\s+)?"
    r"(?:\w+\s+){0,3}?$|\b(?:earlier|original|previous|prior|old|initial)\s+(?:\w+\s+){0,2}?"
    r"(?:date|target|window|plan|schedule)s?\s+(?:of|for|in)\s+$",
    _I,
)
_MOVE = re.compile(
    r"\b(?:delay\w*|postpon\w*|push\w*|mov(?:e|es|ed|ing)|shift\w*|slip\w*|reschedul\w*"
    r"|bump\w*|now|new|moving)\b",
    _I,
)
_TO_AFTER = re.compile(r"^\s*(?:\S+\s+){0,6}?(?:to|until|into|till)\b", _I)
# Past launch verbs in German, French and Spanish ("erschien", "est sortie", "salió a la venta").
_PAST_I18N = (
    r"erschien|erschienen|startete|veröffentlichte|vorgestellt|kam|est\s+sortie?s?|sont\s+sortie?s"
    r"|a\s+été\s+(?:lancée?|présentée?|commercialisée?|dévoilée?)|lancée?|a\s+(?:présenté|annoncé"
    r"|dévoilé|lancé)|est\s+arrivée?|salió|salieron|llegó|llegaron|se\s+lanzó|fue\s+lanzad[oa]"
    r"|se\s+estrenó|debutó|comenzó|empezó|presentó|anunció|confirmó|lanzó"
)
_PAST_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:launched|released|debuted|premiered|shipped|arrived|went\s+on"
    r"\s+sale|went\s+live|came\s+out|hit\s+(?:stores|shelves)|unveiled|introduced|began|started"
    r"|opened|rolled\s+out|delivered|took\s+place|was\s+held|landed|lifted\s+off|flew|happened"
    rf"|announced|revealed|showed|showcased|sold|became|reached|{_PAST_I18N})\b(?:\s+(?!(?:that"
    r"|que|dass|will|would|to|and(?!\s+(?-i:[A-Z]))|but|is|are|goes|comes|hits|launch\w*|ship\w*|arriv\w*"
    r"|releas\w*|debut\w*|lands?|opens?|drops?)\b)[^\s,;]+){0,5}?\s+(?:in|on|at|back"
    r"\s+in|during|last|since|en|el|am|im)?\s*(?:the\s+)?$",
    _I,
)
_FUTURE_NEAR = re.compile(
    r"\b(?:will|would|to\s+be|is\s+being|are\s+being|be|set\s+to|expected|plans?|going\s+to"
    r"|sera|seront|va|vont|doit|devrait|wird|werden|soll|sollen|será|serán|van?\s+a"
    r"|might|could|should|can|must|(?-i:may))\b",  # "might hit stores": no past tense
    _I,
)
_STATEMENT_BEFORE = re.compile(
    r"\b(?:said|says|announced|confirmed|told|revealed|reported|wrote|tweeted|posted|stated"
    r"|noted|added|explained|published|shared|unveiled)\s+(?:\w+\s+)?(?:on\s+)?$"
    r"|\b(?:a\s+)?(?:press\s+release|statement|blog\s+post|tweet|report|interview)\s+(?:\w+\s+)?"
    r"(?:on|dated)\s+$",
    _I,
)
_STATEMENT_AFTER = re.compile(
    r"^\W{0,3}(?:(?:it|he|she|they|the\s+\w+)\s+)?(?:said|says|announced|confirmed|told"
    r"|reported|revealed|in\s+a\s+(?:statement|press|blog|tweet|post))\b",
    _I,
)
_DAY_WORDS = re.compile(
    r"^(?:on\s+)?(?:this\s+)?(?:today|tonight|yesterday|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?$",
    _I,
)
_LAUNCH_BEFORE = re.compile(
    r"\b(?:launch\w*|releas\w*|ships?|debuts?|arriv\w*|lands?|lifts?\s+off|opens?|premieres?"
    r"|goes\s+on\s+sale|on\s+sale|available|set\s+for|scheduled\s+for|slated\s+for|due|out"
    r"|event|keynote|liftoff|flight)\s+(?:(?!dates\b)\w+\s+)?(?:on\s+|this\s+|next\s+|at\s+)?$",
    _I,
)
# "will launch Tidewater, a budgeting app, on Wednesday": the weekday the launch is set for.
_WILL_LAUNCH_BEFORE = re.compile(
    r"\b(?:will|to|shall)\s+(?:\w+\s+)?(?:launch|release|ship|open|debut|unveil|start|begin"
    r"|arrive|go\s+on\s+sale|roll\s+out|deliver)\b"
    r"(?:(?!\b(?:said|says|announced|told|confirmed|stated)\b)[^.;:!?])*$",
    _I,
)
# "20日宣布", "3日、…発表": a bare day of month (joins.cjk_bare_days) said before its news.
_CJK_BARE_DAY = re.compile(r"^the\s+\d{1,2}(?:st|nd|rd|th)$")
_CJK_STATEMENT_AFTER = re.compile(
    r"^\s*(?:[、，,]|宣布|宣佈|表示|称|稱|透露|公布|發布|发布|发表|發表|発表|に発表|晚间|晚間)"
)
_TODAY = re.compile(r"^(?:today|tonight)$", _I)
_LAUNCHING_BEFORE = re.compile(
    r"\b(?:launch(?:es|ing)|releas(?:es|ing)|ships|shipping|arriv(?:es|ing)|debuts|lands"
    r"|goes\s+on\s+sale|lifts?\s+off|opens|is\s+out|goes\s+live|will\s+\w+)\s+(?:\w+\s+)?$",
    _I,
)
_FISCAL_NEAR = re.compile(
    r"\b(?:fiscal|FY\s?\d*|earnings|financial\s+results|results|revenue|guidance|profit"
    r"|quarterly|shareholders?|investor\s+call|conference\s+call"
    r"|(?:its|their|annual|quarterly|financial|earnings)\s+reports?"
    r"|resultados|cuentas|ingresos|beneficios?|facturación|accionistas|résultats"
    r"|chiffre\s+d'affaires|bénéfices?|actionnaires|Quartalszahlen|Geschäftszahlen|Ergebnisse"
    r"|Umsatz|Bilanz|Aktionäre)\b"
    r"|财报|財報|业绩|業績|决算|決算|财年|財年|营收|營收",
    _I,
)


_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")
_OF_BEFORE = re.compile(r"\b(?:first|last|next|second|third|biggest|latest)\s+\S+\s+of\s+$", _I)
_BACKUP_BEFORE = re.compile(
    r"\b(?:opportunit(?:y|ies)|backups?(?:\s+(?:dates?|days?|windows?))?"
    r"|window\s+(?:closes|ends|runs|(?:remains|stays|is)\s+open))"
    r"\s+(?:\w+\s+){0,2}?(?:through|until|till|to|on|for)?\s*$",
    _I,
)
_ONLY_IF_AFTER = re.compile(r"^\W{0,3}only\s+\W{0,2}if\b", _I)
_IF_BEFORE = re.compile(r"\b(?:if|unless)\s+[^,;:]{0,50}$", _I)
_EARLIER_BEFORE = re.compile(r"\bearlier\s+$", _I)
# "the initial Switch 2 announcement in January": a reveal that already happened.
_FIRST_REVEAL_BEFORE = re.compile(
    r"\b(?:initial|original|first)\s+(?:[\w-]+\s+){0,3}?(?:announcement|reveal|unveiling"
    r"|teaser|trailer)\s+(?:in|on|back\s+in)\s+$",
    _I,
)
# "presales usually begin the Friday after": what happens every time, no launch date.
_HABITUAL = re.compile(
    r"\b(?:usually|normally|typically|generally|traditionally|customarily|habitually)\b", _I
)
_RUNS_UNTIL_BEFORE = re.compile(r"\bruns?\s+(?:until|through|till)\s+$", _I)
_NOT_LAUNCH_BEFORE = re.compile(
    r"\b(?:support|updates|security\s+patches|sales|production|service)\s+(?:\w+\s+)?"
    r"(?:ends?|ending|will\s+end|stops?|stopping|expires?)\b[^.;]{0,20}$"
    r"|\bend\s+of\s+(?:support|life|sales)\b[^.;]{0,20}$"
    r"|\b(?:updates|support|supported|patches|service)\s+(?:\w+\s+)?(?:until|through|till)\s+$",
    _I,
)
# "aims to ship 5 million foldables next year": a volume target, not a launch.
_VOLUME_BEFORE = re.compile(
    r"\b(?:ship|sell|deliver|produc|build|make|mak)\w*\s+(?:about\s+|around\s+|more\s+than\s+"
    r"|over\s+|up\s+to\s+|some\s+)?\d[\d,.]*\s*(?:million|billion|thousand|m|k)?\s+[\w-]+"
    r"\s+(?:\w+\s+)?(?:in\s+|by\s+)?(?:the\s+)?$",
    _I,
)


def role_of(span: DateSpan, clause: str) -> Role:
    """The role of the date phrase `span` in `clause` (see the module docstring)."""
    before, after = clause[max(0, span.start - 90) : span.start], clause[span.end :]
    before = before.rstrip("\"“‘'")  # 'set to launch in "Summer 2022"': the quoted date alike
    if _FISCAL_NEAR.search(clause[max(0, span.start - 40) : span.end + 30]):
        return Role.FISCAL
    if _NOT_LAUNCH_BEFORE.search(before[-60:]) or _VOLUME_BEFORE.search(before[-60:]):
        return Role.OTHER
    if _is_old(span, before, after, clause):
        return Role.OLD
    if _YEAR_ONLY.match(span.text.strip()) and _OF_BEFORE.search(before):
        return Role.OTHER  # "its first event of 2027": the year qualifies a noun
    if _BACKUP_BEFORE.search(before[-60:]):
        return Role.OTHER  # "further opportunities through August 15": backup days
    if _IF_BEFORE.search(before[-60:]) or _ONLY_IF_AFTER.match(after):
        return Role.OTHER  # "if the studio waits until May": a hypothesis, not a plan
    if _EARLIER_BEFORE.search(before[-12:]) or _FIRST_REVEAL_BEFORE.search(before[-60:]):
        return Role.PAST  # "held earlier this summer"
    if _HABITUAL.search(clause) or _RUNS_UNTIL_BEFORE.search(before[-20:]):
        return Role.OTHER  # "usually ships by the end of the week"; "the fair runs until May 2"
    if _CJK_STATEMENT_AFTER.match(after) and _CJK_BARE_DAY.match(span.text):
        return Role.STATEMENT  # "20日宣布", "3日、…発表した": the day it was said
    launch_before = _LAUNCH_BEFORE.search(before[-40:]) or _WILL_LAUNCH_BEFORE.search(before)
    if _DAY_WORDS.match(span.text.strip()) and not launch_before:
        return Role.STATEMENT
    if _TODAY.match(span.text.strip()) and not _LAUNCHING_BEFORE.search(before[-40:]):
        return Role.STATEMENT  # "from launch today" is the day of the story
    if _STATEMENT_BEFORE.search(before[-40:]) or _STATEMENT_AFTER.match(after):
        return Role.STATEMENT if _DAY_WORDS.match(span.text.strip()) else _past_or_new(before)
    if _PAST_AFTER.match(after) or _CJK_PAST_BEFORE.search(before[-6:]):
        return Role.PAST  # "In March, Acme had announced …", "已于1月推出"
    return _past_or_new(before)


_CALLED_OFF_AFTER = re.compile(
    r"^\W{0,3}(?:(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:scrubbed|postponed|delayed"
    r"|pushed|called\s+off|moved|rescheduled))\b",
    _I,
)
_CJK_PAST_BEFORE = re.compile(r"(?:已经|已經|已|曾)(?:于|於|在)?\s*$")
_PAST_AFTER = re.compile(
    r"^\W{0,3}(?:[\w’'-]+\s+){0,3}?back\s+in\s+(?:19|20)\d\d\b"  # "a March release back in 2016"
    r"|^\W{0,3}(?:[\w’'-]+\s+){0,4}?(?:had|has|have)\s+(?:already\s+)?(?:announced|launched"
    r"|released|shipped|unveiled|introduced|revealed|started|begun|opened|delivered)\b",
    _I,
)


# "当初予定していた X から Y に延期", "原计划于 X 首飞", "从 X 推迟到 Y": the date moved from.
_CJK_OLD_BEFORE = re.compile(
    r"(?:当初|原计划|原計劃|原定|原本|原先|本来|もともと|元々)[^。，,]{0,12}$"
)
_CJK_FROM_BEFORE = re.compile(r"(?:从|從|由)\s*$")
_CJK_FROM_AFTER = re.compile(r"^\s*(?:から|起)")
_CJK_MOVE = re.compile(r"延期|延後|延后|推迟|推遲|推後|推后|変更|改期|前倒し|提前")


def _is_old(span: DateSpan, before: str, after: str, clause: str) -> bool:
    if _CJK_OLD_BEFORE.search(before):
        return True
    if (_CJK_FROM_BEFORE.search(before) or _CJK_FROM_AFTER.match(after)) and _CJK_MOVE.search(
        clause
    ):
        return True
    if re.search(r"\bfrom\s+(?:\w+\s+){0,3}?$", before, _I):
        # "from March to June": old only when a later date follows and the text moves it.
        return bool(_TO_AFTER.match(after)) and bool(_MOVE.search(clause))
    if _OLD_BEFORE.search(before[-60:]) or _CALLED_OFF_AFTER.match(after):
        return True
    if _NO_LONGER_DE.search(before[-60:]) or _BEFORE_THE_SLIP_AFTER.match(after):
        return True
    if _MISSED_BEFORE.search(before[-60:]) and not _UNTIL_BEFORE.search(before):
        return True
    return bool(_EARLIER_PLAN.match(clause[: span.start]))


# "we won't be able to start deliveries this spring": the date the plan now misses (but "won't
# ship until May" sets May).
_MISSED_BEFORE = re.compile(
    r"\b(?:won['’]t|will\s+not|wouldn['’]t|would\s+not|can['’]t|cannot|couldn['’]t"
    r"|not\s+be\s+able)\b[^.;,]{0,50}$",
    _I,
)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|before|after)\s+(?:the\s+)?$", _I)
# "pushed it out to 2006 before this latest delay"
_BEFORE_THE_SLIP_AFTER = re.compile(
    r"^\W{0,3}before\s+(?:this|the|its)\s+(?:latest|new|recent|current|second|third)\s+"
    r"(?:delay|slip|postponement|setback)\b",
    _I,
)
# German "nicht mehr wie geplant im Frühjahr": no longer the plan (asides.py has the others).
_NO_LONGER_DE = re.compile(r"\bnicht\s+mehr\b[^.;,]{0,40}$", _I)
# "Previously, X said the probe would launch on July 13": the plan the story then revises.
_EARLIER_PLAN = re.compile(
    r"^\W*(?:previously|originally|initially|formerly)\b,?(?:(?!\bnow\b)[^,;])*$", _I
)


def _past_or_new(before: str) -> Role:
    tail = before[-80:]
    past = _PAST_BEFORE.search(tail)
    if past is None:
        return Role.NEW
    # "will be revealed on May 4 and released on May 20": a coordinated participle shares the
    # future of the verb before it.
    reach = 60 if _COORDINATED.search(tail[: past.start()]) else 25
    return Role.NEW if _FUTURE_NEAR.search(tail[max(0, past.start() - reach) :]) else Role.PAST


_COORDINATED = re.compile(r"\b(?:and|or)\s+$")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def past_sentence(spans: list[DateSpan], clause: str) -> bool:
    """A date with its year told in the past tense: the clause is history."""
    return any(_YEAR.search(span.text) and role_of(span, clause) is Role.PAST for span in spans)


_OWN_VERB = re.compile(
    r"\b(?:will|arrives|launches|ships|releases|debuts|lands|opens|comes|goes|hits|is|are"
    r"|set\s+to|expected|due|follows|starts|begins|drops|rolls\s+out)\b",
    _I,
)


def history_date(span: DateSpan, clause: str) -> bool:
    """In a sentence that tells a past launch, a year-less date is history too unless its
    clause has a present or future launch verb of its own ("…, and the X 2 arrives in May")."""
    return _YEAR.search(span.text) is None and not _OWN_VERB.search(clause)
