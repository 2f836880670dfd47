"""Date roles in every language: past tense is history, earnings are no launch, a weekday the
launch is set for is no statement day, and Chinese and Japanese old and statement days.
Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from countdown.core.dates.phrases_i18n import normalize_dates
from countdown.core.news.dates import find_date_spans
from countdown.core.news.extract import NothingToTrack, extract_launches
from countdown.core.news.roles import Role, role_of

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
BASE = datetime(2026, 2, 4, 9, 0)  # a Wednesday


def roles(clause: str, language: str = "en") -> list[Role]:
    english = normalize_dates(clause, language, BASE)
    return [role_of(span, english) for span in find_date_spans(english)]


@pytest.mark.parametrize(
    ("clause", "language", "role"),
    [
        ("The Lumo went on sale in Italy in May and reached Spain and Greece in October", "en",
         Role.PAST),
        ("Su reloj Pulso 2, que salió a la venta el 3 de marzo, ya vende bien", "es", Role.PAST),
        ("La première version, lancée en septembre, s'est bien vendue", "fr", Role.PAST),
        ("Der Vorgänger Pendel 3 erschien im Oktober", "de", Role.PAST),
        ("La nouvelle version sera lancée en septembre", "fr", Role.NEW),
        ("La empresa presentará sus resultados el 28 de julio", "es", Role.FISCAL),
        ("Orrin legt am 12. August seine Quartalszahlen vor", "de", Role.FISCAL),
        ("Halden will release Pendel, its budgeting app, on Friday", "en", Role.NEW),
        ("Halden will release Pendel on Friday, the company said on Monday", "en",
         Role.STATEMENT),
        ("公司原定于9月发布这款手机", "zh", Role.OLD),
        ("The game had been due this October on PC", "en", Role.OLD),
        ("The first Lumo will keep getting security updates until 2029", "en", Role.OTHER),
        ("Orrin aims to ship 3 million watches next year", "en", Role.OTHER),
        ("Orrin aims to ship the Lumo 2 next year", "en", Role.NEW),
        ("発売日を10月8日から12月3日に延期する", "ja", Role.NEW),
    ],
)  # fmt: skip
def test_each_date_gets_its_role_in_every_language(clause: str, language: str, role: Role) -> None:
    assert roles(clause, language)[-1] is role


def test_the_date_a_japanese_delay_moves_from_is_old() -> None:
    assert roles("発売日を10月8日から12月3日に延期する", "ja")[0] is Role.OLD


def test_a_chinese_bare_day_before_the_news_verb_is_the_statement_day() -> None:
    assert roles("该公司20日宣布，新机将于9月上市", "zh")[0] is Role.STATEMENT


def test_a_spanish_paragraph_of_earnings_and_past_sales_proposes_nothing() -> None:
    text = (
        "Orrin publicará sus cuentas del tercer trimestre el 30 de octubre. "
        "Su reloj Pulso 2, que salió a la venta el 3 de marzo, ha vendido 90.000 unidades."
    )
    with pytest.raises(NothingToTrack):
        extract_launches(text, base=BASE, now=NOW, language="es")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("晨光航天“长风2号”火箭定于9月8日首飞", "长风2号"),
        ("民营公司晨光航天宣布，其研制的长风2号运载火箭将于9月8日首飞。", "长风2号"),
        ("北辰ゲームズは『雪の回廊』を9月8日に発売する。", "雪の回廊"),
    ],
)  # fmt: skip
def test_a_chinese_or_japanese_quoted_or_numbered_name_is_the_product(text: str, name: str) -> None:
    found = extract_launches(text, base=BASE, now=NOW)
    assert [p.name for p in found] == [name]


def test_a_chinese_date_told_as_already_done_is_past() -> None:
    assert roles("该公司已于1月推出一款手机", "zh")[0] is Role.PAST
