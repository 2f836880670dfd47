"""Chinese and Japanese words that refer back to a product (该机, 该车, 此款, 这款手机, 同機, 本機,
本作, 同作) take the product named before, never the reference word itself
(NEWS-CONVENTIONS.md, "The name": carry the name over)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from countdown.core.news.extract import extract_launches

BASE = datetime(2026, 11, 27, 9, 0)
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

CASES = [
    ("青岚科技今天推出了旗舰手机K8。该机将于12月18日正式开售。", "K8"),
    ("青岚汽车公布了新款电动车LX7。该车计划于2027年3月上市。", "LX7"),
    ("青嵐科技發表了新手機K9。此款手機將於12月20日開賣。", "K9"),
    ("青岚科技今天发布了新款手机K8 Pro。这款手机将于12月18日上市，此前的K7已经停产。", "K8 Pro"),
    ("ハルカ電機は新型カメラZ3を発表した。同機は12月18日に発売する。", "Z3"),
    ("ハルカ電機は新型タブレットAir 5を発表した。本機は2027年1月に発売する。", "Air 5"),
    ("星辰游戏公布了新作《远航之歌》。本作将于2027年3月发售。", "远航之歌"),
    ("ミナトゲームスは新作『星の航路』を発表した。同作は2027年3月に発売予定だ。", "星の航路"),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_a_cjk_reference_takes_the_product_named_before(text: str, name: str) -> None:
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert name in proposal.name
    assert not any(word in proposal.name for word in ("该", "該", "此", "这", "同", "本"))


def test_a_company_reference_is_no_product() -> None:
    text = "青岚科技今天推出了旗舰手机K8。该公司表示，K8将于12月18日开售。"
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert proposal.name.endswith("K8")
