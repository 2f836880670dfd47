"""What a name in news text stands for: a product, or a maker, person, place, outlet or
platform that is never a launch's name (NEWS-CONVENTIONS.md, "The name").

Read from the name itself (an organisation suffix such as "Inc", "Games" or "Agency"; a
country, region or big city; a news outlet; a gaming or software platform), from the words
around it ("said X", "according to X", "for PlayStation 4", "producers X and Y") and from
the whole text: a name the text lets speak ("X said", "X has announced") or own a product
or a person ("X's Vision Pro", "X's CEO") is a maker or a person. The word lists are modest
and cover the supported languages; what they miss falls back on the cues.
"""

from __future__ import annotations

import enum
import re
from functools import lru_cache

from countdown.core.dates.phrases_i18n import word_list


class Kind(enum.StrEnum):
    PRODUCT = "product"
    MAKER = "maker"  # a company, studio, agency or other organisation
    PERSON = "person"
    PLACE = "place"
    OUTLET = "outlet"
    PLATFORM = "platform"


def _phrases(text: str) -> frozenset[str]:
    """A word list where "_" joins the words of one phrase ("North_America")."""
    return frozenset(w.replace("_", " ") for w in word_list(text))


_ORG_SUFFIXES = _phrases(
    """Inc Corp Corporation Co Company Ltd LLC Limited GmbH AG SA plc Group Games Studios Studio
    Software Interactive Entertainment Pictures Films Productions Publishing Records Media
    Network Networks Agency Administration Alliance Aerospace Motors Motor Electronics
    Technologies Technology Industries Holdings Systems Communications Labs Foundation
    Association Council Ministry Department Bureau Commission Authority Institute University
    Academies Academy Organization Organisation Airlines Partners Ventures Bank Entwicklerstudio"""
)
_PLACES = _phrases(
    """America North_America South_America Latin_America Europe Asia Africa Australia Oceania
    US U.S. USA UK U.K. EU Britain Great_Britain England Scotland Ireland Canada Mexico Brazil
    Argentina Chile China Japan Korea South_Korea India Russia Germany France Spain Italy Portugal
    Netherlands Belgium Switzerland Austria Sweden Norway Finland Denmark Poland Turkey Israel
    Taiwan Hong_Kong Singapore Indonesia Vietnam Thailand Philippines Malaysia Egypt Nigeria Kenya
    Texas California Florida Ohio Tennessee Hawaii New_York London Paris Berlin Tokyo Beijing
    Shanghai Shenzhen Seoul Moscow Madrid Rome Amsterdam Sydney Toronto Los_Angeles San_Francisco
    Cupertino Seattle Boston Chicago Irvine Dubai Mumbai Delhi Bangalore Europa Asien Afrika
    Amerika Nordamerika Deutschland Frankreich Spanien Italien Österreich Schweiz Russland Japón
    Alemania Francia Italia Estados_Unidos EE.UU. E.E.U.U. Reino_Unido Norteamérica Latinoamérica
    Australie Amérique Allemagne Espagne Italie Chine Japon Corée Inde Russie Royaume-Uni
    États-Unis Asia Europa América 美国 美國 中国 中國 日本 欧洲 歐洲 韩国 韓國 台湾 台灣 香港
    Rio_de_Janeiro São_Paulo Las_Vegas Barcelona Munich München Milan 北京 上海 深圳 东京 東京 旧金山 舊金山 アメリカ 米国 欧州 中国 東京
    Belgique Suisse Autriche Pays-Bas Suède Norvège Danemark Pologne Irlande Écosse Angleterre
    Luxembourg Québec Brésil Mexique Belgien Niederlande Schweden Norwegen Dänemark Polen Irland
    England Schottland Großbritannien Bélgica Suiza Austria Países_Bajos Suecia Noruega Polonia
    Irlanda Inglaterra Portugal México Brasil Europe Virginia Alaska Arizona Colorado Georgia
    Nevada Oregon Utah Washington Massachusetts Michigan Louisiana Alabama"""
)
# The last word of a place's own name ("Wallops Island", "Orange County", "Silicon Valley").
_PLACE_WORDS = frozenset(
    word_list(
        """Island Islands County City Bay Valley Beach Coast Province Peninsula Lake River
    Mountains Desert Region Territory Insel Stadt Île Isla Ciudad"""
    )
)
# Shops: a retailer's listing or e-mail tells of a product, it is none itself.
_RETAILERS = _phrases(
    """Amazon eBay Walmart Target Best_Buy GameStop Costco Media_Markt MediaMarkt Saturn
    Fnac Carrefour JD.com Tmall Taobao Rakuten Argos Currys Newegg Micro_Center"""
)
_VENUES = frozenset(
    word_list("Station Center Centre Auditorium Arena Stadium Spaceport Cosmodrome Airport Hall")
)
_OUTLETS = _phrases(
    """Reuters Bloomberg TechCrunch The_Verge Verge Engadget CNBC CNN BBC Nikkei Axios Wired
    Gizmodo Kotaku Polygon IGN GameSpot Eurogamer VentureBeat ZDNet CNET MacRumors 9to5Mac
    9to5Google AppleInsider Variety Deadline Forbes Fortune Politico AP AFP Xinhua Yonhap
    Kyodo Weibo Twitter YouTube Facebook Instagram Reddit Heise Golem Chip Xataka El_País"""
)
_OUTLET_WORDS = frozenset(
    word_list("Times Post Journal News Daily Herald Tribune Gazette Magazine Wire Reporter Insider")
)
_CJK_OUTLET = re.compile(r"(?:报|報|新聞|新闻|日報|日报|週刊|周刊|网|網|社|媒体|媒體)$")
_PLATFORMS = _phrases(
    """PC PCs Mac Windows Linux macOS iOS Android PlayStation PlayStation_4 PlayStation_5 PS4 PS5
    PS3 Xbox Xbox_One Xbox_Series_X Xbox_Series_S Xbox_Series_X|S Series_X Switch Nintendo_Switch
    Steam Stadia Epic_Games_Store App_Store Google_Play Play_Store Game_Pass Switch_2
    Nintendo_Switch_2 PS5_Pro PlayStation_5_Pro PS6 PlayStation_6 Xbox_Series_X|S"""
)
_I = re.IGNORECASE
_PLATFORM_BEFORE = re.compile(
    r"(?:\b(?:for|on|to|onto|via|and|or|für|auf|und|oder|sur|pour|et|ou|en|para|sobre|y|o|à|al"
    r"|(?-i:a))"
    r"\s+(?:the\s+)?|,\s*)$",
    _I,
)
_PLATFORM_AFTER = re.compile(
    r"^\s*(?:versions?|owners?|players?|platform|users?|ports?|edition|gamers|exclusives?"
    r"|(?:and|und|et|y)\s+(?:PC|Xbox|PlayStation|PS\d|Switch))\b",
    _I,
)
_ROLE_WORDS = (
    r"(?:CEO|chief|director|chairman|chairwoman|president|founder|executive|head|administrator"
    r"|producer|chair|minister|analyst|spokes(?:person|man|woman)|boss|engineer|actor|actress"
    r"|star|starring|manager|officer|leaker|journalist|reporter|editor|scientist|official"
    r"|billionaire|developer|designer|writer|creator|astronaut|Geschäftsführer(?:in)?|Chef(?:in)?"
    r"|Gründer(?:in)?|Vorstandschef(?:in)?|Sprecher(?:in)?|Entwickler(?:in)?|Ingenieur(?:in)?"
    r"|Analyst(?:in)?|director[ae]?|directrice|PDG|directeur|fondat(?:eur|rice)|présidente?"
    r"|porte-parole|ingénieur|fundador[a]?|president[ae]|consejer[oa]|portavoz|analista)s?"
)
# The words of speaking in the other languages ("sagte", "a déclaré", "affirme", "dijo").
_SAID_I18N = (
    r"sagte|sagt|erklärte|betonte|a\s+déclaré|déclare|affirme|explique|a\s+expliqué"
    r"|dijo|declaró|explicó|afirmó|señaló"
)
# A title written before a full name ("CEO Tim Cook", "Geschäftsführerin Jana Voss").
_TITLES = (
    r"CEO|CTO|COO|CFO|President|Minister|Geschäftsführer(?:in)?|Chef(?:in)?|Gründer(?:in)?"
    r"|Vorstandschef(?:in)?|Sprecher(?:in)?|PDG|[Dd]irect(?:eur|rice)|[Ff]ondat(?:eur|rice)"
    r"|[Pp]résidente?|[Dd]irector[a]?|[Pp]residente?a?|[Ff]undador[a]?|[Cc]onsejer[oa]"
)
# "stars Rami Roe, Lea Lin and |Ana de Vale": every name listed after a role word.
_PERSON_BEFORE = re.compile(
    rf"\b(?i:said|says|told|(?<!followed\s)(?<!preceded\s)by|{_SAID_I18N})\s*,?\s*$"
    rf"|\b(?i:{_ROLE_WORDS})\s*,?\s*(?:(?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’.-]*"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$"
)
# "said |X, Y and Z will arrive": the names open the reported clause, they do not say it.
_REPORTED_SUBJECT = re.compile(
    r"^(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,3})*"
    r"\s+(?:will|would|is|are|was|were|has|have|could|should|may|might|won['’]t|can)\b"
)
_ROLE_ALONE = re.compile(rf"(?i:{_ROLE_WORDS})")
_ROLE_FIRST = re.compile(rf"(?:{_TITLES})\s+[A-Z][\w'’.-]*\s+[A-Z]")
_PERSON_AFTER = re.compile(
    rf"^\s*,\s*(?:the|a|an|its|their)?\s*(?:(?!which\b)[\w-]+\s+){{0,3}}?{_ROLE_WORDS}\b", _I
)  # "X, the film's star" is a person; "X, which stars Y" is a film
_ORG_AFTER = re.compile(r"^\s+(?:and|&|de|of)\s+(?:the\s+)?((?:[A-Z0-9][\w.&-]*\s*){1,4})")
# Words that make any name holding them an organisation ("National Academies of Sciences").
_ORG_ANYWHERE = frozenset(
    word_list(
        """Academies Academy University Institute Ministry Department Agency Administration
    Association Council Commission Corporation Bureau Authority Foundation"""
    )
)
# Well-known space and regulatory agencies, named by their acronyms.
_AGENCIES = frozenset(
    word_list("NASA ESA JAXA ISRO CNSA CNES DLR Roscosmos FAA FCC SEC FTC FDA NHTSA EPA ULA")
)
_OUTLET_BEFORE = re.compile(
    r"\b(?:according\s+to|reported\s+by|per|via|told|selon|d'après|laut|según|citing|cites"
    r"|obtained\s+by|spotted\s+by|seen\s+by|leaked\s+by)\s+(?:the\s+)?$",
    _I,
)
# "the Osprey headphones from Halcyon Audio", "a game developed by …": the maker.
_MAKER_BEFORE = re.compile(
    r"\b(?:from|(?:developed|made|published|built|produced|designed|owned)\s+by)\s+"
    r"(?:the\s+)?(?:former\s+)?$",
    _I,
)
_REPORTS_AFTER = re.compile(r"^\W{0,3}(?:reports|reported|wrote|writes|first\s+reported)\b")
_CUE_AFTER = re.compile(
    r"^\W{0,3}(?:said|says|told|tweeted|wrote|writes|claims?|noted|notes"
    r"|announced|has\s+announced|have\s+announced|confirmed|revealed|updated|assures|promised"
    r"|disclosed|explained|added|stated|informed|is\s+assuring|has\s+promised|sagte|erklärte"
    r"|a\s+annoncé|a\s+déclaré|anunció|dijo)\b(?!\s+to\b)",
)


def kind_of(name: str, before: str, after: str, text: str = "") -> Kind:
    """The kind of `name`, read in its sentence (`before` and `after` it) and in `text`."""
    bare = re.sub(r"['’]s$", "", name.removeprefix("the ").removeprefix("The "))
    bare = bare.strip(" ,:;'’\"“”")
    if _is_org(bare, after) or bare in _RETAILERS:
        return Kind.MAKER
    if bare in _PLACES or _place_shaped(bare, before, after):
        return Kind.PLACE
    words = bare.split() or [""]
    if bare in _OUTLETS or words[-1] in _OUTLET_WORDS or _CJK_OUTLET.search(bare):
        return Kind.OUTLET
    if bare in _PLATFORMS and (_PLATFORM_BEFORE.search(before) or _PLATFORM_AFTER.match(after)):
        return Kind.PLATFORM
    if _PERSON_BEFORE.search(before[-80:]) and not _REPORTED_SUBJECT.match(after):
        return Kind.PERSON
    if _PERSON_AFTER.match(after):
        return Kind.PERSON
    if _ROLE_ALONE.fullmatch(bare):
        return Kind.PERSON  # "Chief executive Maya Lind said …": a role word is no product
    if len(words) > 1 and _ROLE_FIRST.match(bare):
        return Kind.PERSON  # "Geschäftsführerin Jana Voss": a title and the person holding it
    if _OUTLET_BEFORE.search(before) or _REPORTS_AFTER.match(after):
        return Kind.OUTLET
    if _CUE_AFTER.match(after) or _MAKER_BEFORE.search(before) or bare in speakers(text):
        return Kind.MAKER
    return Kind.PRODUCT


# "in France and in |Belgium", "en France et en |Belgique": a place listed with a place.
_LISTED_PLACE_BEFORE = re.compile(
    r"\b(?:in|en|au|aux|nach|a)\s+([\w-]+)\s*(?:,|and|et|und|y|or|ou|oder|o)\s+"
    r"(?:in\s+|en\s+|au\s+|aux\s+|nach\s+|a\s+)?(?:the\s+)?$",
    re.I,
)
# "Wallops Island, Virginia": a name followed by its region or country.
_REGION_AFTER = re.compile(
    r"^,\s*((?:[A-Z][\w.-]*\s?){1,2}?)(?=\s*(?:[,.;:)]|$|(?:on|in|at|and|for|from|to)\b))"
)


def _place_shaped(name: str, before: str, after: str) -> bool:
    """A name ending in a place word, listed with a place, or followed by its region."""
    words = name.split() or [""]
    if any(c.isdigit() for c in name):
        return False  # "Orrin X6, Europe's first foldable": a model number is no place
    after_connector = len(words) > 2 and words[-2] in ("of", "de", "del", "du", "des")
    if (words[-1] in _VENUES and not after_connector) or (
        len(words) > 1 and words[-1] in _PLACE_WORDS
    ):
        return True  # ("Sombras de Arena", "Kings of Arena" are titles, not venues)
    listed = _LISTED_PLACE_BEFORE.search(before[-60:])
    if listed and listed.group(1) in _PLACES:
        return True
    region = _REGION_AFTER.match(after)
    return region is not None and region.group(1).strip() in _PLACES


def _is_org(name: str, after: str) -> bool:
    words = [w.rstrip(".,") for w in name.split()]
    if name in _AGENCIES or any(w in _ORG_ANYWHERE for w in words):
        return True
    if words and words[-1] in _ORG_SUFFIXES and len(words) > 1:
        return True
    joined = _ORG_AFTER.match(after)  # "China Aerospace Science and Technology Corporation"
    return joined is not None and joined.group(1).split()[-1].rstrip(".,") in _ORG_SUFFIXES


_RUN = r"(?:[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*))*)"
_SPEAKS = re.compile(
    rf"(?<![\w’'])({_RUN})(?:\s+(?:and|&)\s+({_RUN}))?\s+(?:(?:has|have|had|also|is|now|just|then|recently)\s+){{0,2}}"
    r"(?:said|says|told|announced|confirmed|revealed|updated|tweeted|wrote|claims|assures"
    r"|assuring|promised|disclosed|informed|explained|stated|reported|sagte|erklärte|dijo"
    r"|anunció|a\s+annoncé)\b(?!\s+to\b)"
)
_OWNS = re.compile(
    rf"(?<![\w’'])({_RUN})['’]s\s+(?:[A-Z]|(?:CEO|chief|president|boss|founder|head|executives?"
    r"|spokes\w+|first|new|next|latest|upcoming)\b)"
)
_SAID_BY = re.compile(rf"\b(?:said|says|told)\s+({_RUN})")
_NOT_SPEAKER = frozenset(word_list("The A An It He She They We I This That Its"))


@lru_cache(maxsize=16)
def speakers(text: str) -> frozenset[str]:
    """Names the text lets speak or own ("Acme said", "Acme's CEO", "said Jane Roe"), with a
    person's surname alone too ("Jane Roe says … Roe said"): makers and people."""
    found: set[str] = set()
    for pattern in (_SPEAKS, _OWNS, _SAID_BY):
        for match in pattern.finditer(text):
            if pattern is _SAID_BY and _REPORTED_SUBJECT.match(text[match.end() :]):
                continue  # "said X will ship": X is what was said of, not who said it
            for name in match.groups():
                found |= _speaker_names(name or "")
    return frozenset(found)


def _speaker_names(name: str) -> set[str]:
    words = [w for w in name.split() if w not in _NOT_SPEAKER]
    if not words or any(c.isdigit() for c in name):
        return set()  # a product named with its number ("X 2 said to …") is no speaker
    if len(words) in (2, 3):
        return {" ".join(words), words[-1]}  # "Elon Musk" → "Musk"
    return {" ".join(words)}


def is_product(name: str, before: str = "", after: str = "", text: str = "") -> bool:
    return kind_of(name, before, after, text) is Kind.PRODUCT
