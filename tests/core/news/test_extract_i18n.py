"""Paste to track in Chinese and French: fuzzy date idioms, names, status words, datelines."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from countdown.core.dates.phrases_i18n import detect_language, normalize_dates
from countdown.core.model import Grain, Status
from countdown.core.news.extract import Proposal, extract_launches, read_when

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
MAY_2026 = datetime(2026, 5, 1, 9, 0)


def extract(
    text: str, base: datetime | None = MAY_2026, languages: tuple[str, ...] = ("en", "zh", "fr")
) -> list[Proposal]:
    return extract_launches(text, base=base, now=NOW, languages=languages)


def span(proposal: Proposal) -> tuple[date, date]:
    return proposal.window.first_day(), proposal.window.last_day()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("小米将于7月下旬发布新机。", "zh"),
        ("La Nintendo Switch 3 sortira fin juillet selon les rumeurs.", "fr"),
        ("The Pixel 11 launches in late July, a report says.", "en"),
        ("Le Pixel 11 arrive en août.", "fr"),
    ],
)
def test_language_is_detected_from_characters_and_stop_words(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_detection_only_picks_allowed_languages() -> None:
    assert detect_language("小米将于7月下旬发布新机。", ("en", "fr")) == "en"


def test_chinese_article_several_launches() -> None:
    text = (
        "小米将于今年7月下旬发布小米16 Ultra。"
        "据报道，华为Mate 90预计2027年第三季度上市。"
        "任天堂新主机将于下半年发售。"
    )
    proposals = extract(text)
    assert [(p.name, span(p)) for p in proposals] == [
        ("小米16 Ultra", (date(2026, 7, 21), date(2026, 7, 31))),
        ("华为Mate 90", (date(2027, 7, 1), date(2027, 9, 30))),
        ("任天堂新主机", (date(2026, 7, 1), date(2026, 12, 31))),
    ]
    assert proposals[1].window.grain is Grain.QUARTER
    assert proposals[2].window.grain is Grain.HALF
    assert proposals[1].status is Status.RUMORED
    assert proposals[1].quote == "据报道，华为Mate 90预计2027年第三季度上市。"


def test_chinese_dateline_makes_this_year_the_articles_year() -> None:
    text = "2022年4月15日 10:30\nOPPO官宣，Find X5将于今年7月上市。"
    [proposal] = extract(text)
    assert proposal.base == datetime(2022, 4, 15)
    assert proposal.name == "Find X5"
    assert span(proposal) == (date(2022, 7, 1), date(2022, 7, 31))
    assert proposal.status is Status.ANNOUNCED


def test_chinese_book_title_names_a_game() -> None:
    [proposal] = extract("《黑神话：钟馗》官方确认将于2027年8月20日发售。")
    assert proposal.name == "黑神话：钟馗"
    assert span(proposal) == (date(2027, 8, 20), date(2027, 8, 20))
    assert proposal.status is Status.CONFIRMED


def test_french_article_several_launches() -> None:
    text = (
        "Selon plusieurs rumeurs, la Nintendo Switch 3 sortira fin juillet. "
        "Arianespace a confirmé que le lancement d'Ariane 7 est prévu début 2027. "
        "Le Galaxy Z Fold 8 sera disponible au troisième trimestre. "
        "La PlayStation 6 arrivera en septembre, d'après Bloomberg."
    )
    proposals = extract(text)
    assert [(p.name, span(p)) for p in proposals] == [
        ("Nintendo Switch 3", (date(2026, 7, 21), date(2026, 7, 31))),
        ("Ariane 7", (date(2027, 1, 1), date(2027, 4, 30))),
        ("Galaxy Z Fold 8", (date(2026, 7, 1), date(2026, 9, 30))),
        ("PlayStation 6", (date(2026, 9, 1), date(2026, 9, 30))),
    ]
    assert [p.status for p in proposals] == [
        Status.RUMORED,
        Status.CONFIRMED,
        Status.RUMORED,  # silent sentence: the text's rumour words decide
        Status.RUMORED,
    ]


def test_french_dateline_and_plain_date() -> None:
    text = "Publié le 3 mars 2022\nSony a annoncé que la PS5 Slim sortira le 12 septembre."
    [proposal] = extract(text)
    assert proposal.base == datetime(2022, 3, 3)
    assert span(proposal) == (date(2022, 9, 12), date(2022, 9, 12))
    assert proposal.status is Status.ANNOUNCED


@pytest.mark.parametrize(
    ("text", "language", "english"),
    [
        ("7月下旬", "zh", "late July"),
        ("今年7月", "zh", "July 2026"),
        ("2027年第三季度", "zh", "Q3 2027"),
        ("下半年", "zh", "H2"),
        ("明年年初", "zh", "early 2027"),
        ("fin juillet", "fr", "late July"),
        ("début 2027", "fr", "early 2027"),
        ("au troisième trimestre", "fr", "Q3"),
        ("en septembre", "fr", "September"),
        ("en mars prochain", "fr", "next March"),
        ("au printemps prochain", "fr", "next spring"),
        ("début de l'année prochaine", "fr", "early next year"),
        ("2027年年中", "zh", "mid-2027"),
        ("年内", "zh", "by the end of the year"),
        ("mi-octobre", "fr", "mid-October"),
    ],
)
def test_normalizer_rewrites_idioms_in_english(text: str, language: str, english: str) -> None:
    assert normalize_dates(text, language, MAY_2026).strip() == english


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("7月下旬", date(2026, 7, 21), date(2026, 7, 31)),
        ("fin juillet", date(2026, 7, 21), date(2026, 7, 31)),
        ("Q3 2027", date(2027, 7, 1), date(2027, 9, 30)),
    ],
)
def test_read_when_reads_a_typed_date_in_any_language(typed: str, first: date, last: date) -> None:
    english, window = read_when(typed, base=MAY_2026)
    assert (window.first_day(), window.last_day()) == (first, last)
    assert english.isascii()


FR_ARTICLE = (
    "Publié le 12 novembre 2026 à 08h30\n"
    "Apple préparerait un iPhone pliable pour l'automne 2027, selon l'analyste Ming-Chi Kuo. "
    "De son côté, Samsung a officiellement annoncé que le Galaxy S27 sera commercialisé à partir "
    "du 6 février. La sortie de GTA VI est quant à elle reportée au 19 novembre 2026. Enfin, "
    "Xiaomi devrait lancer la Xiaomi 17 en Europe au premier semestre 2027."
)
ZH_ARTICLE = (
    "2026年11月12日\n"
    "据供应链消息，苹果首款折叠屏iPhone预计2027年秋季发布。三星官方宣布，Galaxy S27将于2027年2月6日"
    "正式开售。另外，《GTA 6》已确认延期至2026年11月19日发售。小米17系列预计明年上半年登陆欧洲市场。"
)


@pytest.mark.parametrize("text", [FR_ARTICLE, ZH_ARTICLE], ids=["fr", "zh"])
def test_same_news_in_french_and_chinese_reads_the_same(text: str) -> None:
    proposals = extract(text)
    assert {p.base for p in proposals} == {datetime(2026, 11, 12)}
    assert [(span(p), p.status) for p in proposals] == [
        ((date(2027, 9, 1), date(2027, 11, 30)), Status.RUMORED),
        ((date(2027, 2, 6), date(2027, 2, 6)), Status.CONFIRMED),
        ((date(2026, 11, 19), date(2026, 11, 19)), Status.DELAYED),
        ((date(2027, 1, 1), date(2027, 6, 30)), Status.RUMORED),
    ]
    assert proposals[1].name == "Galaxy S27"


def test_mixed_chinese_and_english_text_reads_each_sentence_in_its_language() -> None:
    text = "小米将于今年7月下旬发布小米16 Ultra。The Pixel 11 launches in August, a leak says."
    proposals = extract(text)
    assert [(p.name, p.when_text) for p in proposals] == [
        ("小米16 Ultra", "late July 2026"),
        ("Pixel 11", "August"),
    ]
    assert extract(text, languages=("en",))[0].name == "Pixel 11"


@pytest.mark.parametrize(
    "text",
    [
        "Die Rakete Falke 3 soll am 12. Juni starten.",
        "Falke 3 am 12. Juni: Der Start ist geplant.",
    ],
)
def test_german_am_before_a_day_is_on_not_a_morning_hour(text: str) -> None:
    """'3 am 12. Juni' is a model number and 'on June 12', never 3 a.m."""
    (proposal,) = extract(text, languages=("de",))
    assert proposal.name == "Falke 3"
    assert proposal.window.grain is Grain.DAY
    assert span(proposal) == (date(2026, 6, 12), date(2026, 6, 12))


def test_german_in_den_handel_bringen_is_a_launch() -> None:
    (proposal,) = extract(
        "Acme bringt das Tablet Nova 5 am 3. März in den Handel.", languages=("de",)
    )
    assert proposal.name == "Nova 5"
    assert span(proposal) == (date(2027, 3, 3), date(2027, 3, 3))


def test_an_unknown_chinese_brand_between_a_product_noun_and_a_model_stays_in_the_name() -> None:
    (proposal,) = extract("星河科技宣布，旗下新款手机星河M5将于2027年3月15日正式发售。")
    assert proposal.name == "星河M5"
    (known,) = extract("华为新款手机Mate 80将于12月发布。")
    assert known.name == "Mate 80"  # the noun itself is never the brand
