"""Which product or event a Chinese or Japanese news sentence is about.

In order: a 《title》 that is no news outlet ("《華爾街日報》報道稱" is a source); a Latin model
name that is no outlet, venue or place, with its brand before it ("华为Mate 90"; "H3ロケット"
even though "H3" reads like a half-year); a maker's event ("苹果…发布会" → "苹果发布会");
else the subject before 将/计划/预计/于, a company's descriptor dropped ("苹果这家科技巨头公司"
→ "苹果").
"""

from __future__ import annotations

import re

from countdown.core.dates.phrases_i18n import word_list
from countdown.core.news.kinds import Kind, kind_of

_BRANDS = word_list(
    "小米 华为 華為 苹果 蘋果 三星 荣耀 榮耀 一加 任天堂 索尼 腾讯 騰訊 网易 網易 蔚来 蔚來 小鹏 "
    "小鵬 理想 比亚迪 比亞迪 特斯拉 大疆 联想 聯想 魅族 红米 紅米 真我 中兴 中興 努比亚 极氪 問界 "
    "问界 谷歌 微软 微軟 长征 長征"
)
# A work's title in 《》 (Chinese) or 『』/「」 (Japanese), a name in quotes ("星海“云雀3号”").
_TITLE = re.compile(r"《([^》]+)》|『([^』]+)』|「([^」]{1,16})」|“([^”]{1,12})”")
# A craft or rocket named with its number ("云雀3号", "天问一号", "神舟十八號").
_NUMBERED = re.compile(
    r"(?:(?![的之在于於将將其和与與是为為由从從把被了对對向及])[\u4e00-\u9fff]){1,4}"
    r"(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[号號]"
)
_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+.\-]*(?: [A-Za-z0-9+][A-Za-z0-9+.\-]*)*")
_LEAD = re.compile(
    r"^(?:.*?[，,：:])?\s*([\u4e00-\u9fffA-Za-z0-9 ]{2,12}?)"
    r"(?:将|將|计划|計劃|预计|預計|宣布|宣佈|定于|定於|于|於|已|正式|会|會|也)"
)
_NOT_NAME = re.compile(r"^(?:\d+|[QH][1-4]|\d+[A-Za-z]{1,2})$")
# A product noun right after a Latin run makes it a name whatever it looks like ("H3ロケット").
_PRODUCT_AFTER = re.compile(
    r"^\s*(?:ロケット|号機|號機|火箭|手机|手機|系列|芯片|汽车|汽車|主机|主機)"
)
_SOURCE_AFTER = re.compile(r"^\s*(?:的?(?:最新)?(?:报道|報道|报导|報導)|称|稱|在报道|在報道|指出)")
# A maker's event or its unnamed new products ("苹果…发布会", "新品有望…上市").
_GENERIC = re.compile(
    r"发布会|發佈會|發布會|發表會|发表会|大会|大會|イベント|新品|新产品|新產品|新机|新機|新款"
)
_DESCRIPTOR = re.compile(r"^(.{2,4}?)(?:这家|這家|那家|公司|集团|集團)")
_VENUE = re.compile(r"\b(?:Auditorium|Center|Centre|Arena|Hall|Theat(?:er|re)|Stadium|Park)\b")


def pick_name_cjk(sentence: str, launch_at: int) -> str | None:
    """The best product or event name in a Chinese or Japanese `sentence` near the launch word
    at `launch_at`."""
    titled = _title_or_craft(sentence)
    if titled:
        return titled
    found = [(m.start(), m.end(), m.group()) for m in _LATIN_RUN.finditer(sentence)]
    found = [(a, b, n) for a, b, n in found if _is_model(n, sentence[:a], sentence[b:])]
    found += [(m.start(), m.end(), m.group()) for m in _GENERIC.finditer(sentence)]
    if found:
        start, _, name = min(found, key=lambda f: _distance(f[0], f[1], launch_at))
        brand = _brand_before(sentence, start)
        if brand or _LATIN_RUN.match(name):
            return brand + name
        return (_first_brand(sentence) or "") + name
    lead = _LEAD.search(sentence)
    if lead is None:
        return None
    subject = lead.group(1).strip()
    descriptor = _DESCRIPTOR.match(subject)
    return descriptor.group(1) if descriptor and descriptor.group(1) in _BRANDS else subject


def _titled(name: str, quoted: str) -> bool:
    """A quoted name, not a quoted phrase: 「…」 and “…” hold quotations as often as names, so
    there only a short name without a clause mark or a verb-like ending counts."""
    if quoted[0] in "《『":
        return True
    return not re.search(r"[，,。、！？!?：:]|[了的]$", name)


# Words that refer back to a product named before ("该机", "此款", "这款手机", "同機", "本作"):
# a demonstrative (该/此/这/本/同) with a product noun or the model classifier 款.
_REFERENT = re.compile(
    r"(?:[该該此这這本同])(?:款|台|部|辆|輛|个|個)?(?:手机|手機|机型|機型|车型|車型|汽车|汽車|产品|產品"
    r"|製品|游戏|遊戲|ゲーム|作品|影片|电影|電影|设备|設備|火箭|ロケット|主机|主機|平板|モデル"
    r"|タイトル|[机機车車作片])(?![构構场場会會关關站器时時])"
    r"|[该該此这這]款|它"
)


def referred_name(clause: str, launch_at: int, before: list[str]) -> str | None:
    """For a clause whose launch is told of a word that refers back ("该机将于…发售", "同機は…
    発売", "本作は…"): the product named before that word, in the clause, else in the sentences
    `before` it (nearest first). None when no referent precedes the launch word or nothing
    before names a product; a maker or company is never carried."""
    referents = [m for m in _REFERENT.finditer(clause) if m.end() <= max(launch_at, 0)]
    if not referents:
        return None
    for place in [clause[: referents[-1].start()], *reversed(before)]:
        name = _named_product(place)
        if name:
            return name
    return None


def _title_or_craft(sentence: str) -> str | None:
    """A work's title (not an outlet's) or a numbered craft ("云雀3号") in `sentence`."""
    for title in _TITLE.finditer(sentence):
        name = next(group for group in title.groups() if group)
        if _titled(name, title.group()) and not _is_source(name, sentence[title.end() :]):
            return name
    numbered = _NUMBERED.search(sentence)
    return numbered.group() if numbered else None


def _named_product(sentence: str) -> str | None:
    """The first title, numbered craft or Latin model name of `sentence` (with its brand)."""
    titled = _title_or_craft(sentence)
    if titled:
        return titled
    for model in _LATIN_RUN.finditer(sentence):
        before, after = sentence[: model.start()], sentence[model.end() :]
        if _is_model(model.group(), before, after):
            return _brand_before(sentence, model.start()) + model.group()
    return None


def _distance(start: int, end: int, launch_at: int) -> int:
    """Characters to the launch word; a name after it counts double (the subject comes first)."""
    return launch_at - end if end <= launch_at else 2 * max(start - launch_at, 0)


def _is_source(name: str, after: str) -> bool:
    return kind_of(name, "", after) is Kind.OUTLET or _SOURCE_AFTER.match(after) is not None


def _is_model(name: str, before: str, after: str) -> bool:
    if _is_source(name, after) or _VENUE.search(name):
        return False
    if kind_of(name, before, after) is not Kind.PRODUCT:
        return False
    if name.isdigit():
        return False  # "2号機": a unit number, not the model
    return _NOT_NAME.match(name) is None or _PRODUCT_AFTER.match(after) is not None


def _brand_before(sentence: str, at: int) -> str:
    known = next((b for b in _BRANDS if sentence[:at].endswith(b)), "")
    unknown = _NOUN_THEN_BRAND.search(sentence[:at])
    return known or (unknown.group(1) if unknown else "")


# "新款手机星河M5": the characters between a product noun and a model are the model's brand.
_PRODUCT_NOUN = (
    r"手机|手機|新款|旗下|新机|新機|平板|汽车|汽車|轿车|轎車|电动车|電動車|笔记本|筆電|耳机"
    r"|耳機|手表|手錶|スマホ|スマートフォン|新型"
)
_NOUN_THEN_BRAND = re.compile(
    rf"(?:{_PRODUCT_NOUN})((?:(?!{_PRODUCT_NOUN})[\u4e00-\u9fff]){{1,4}})$"
)


def _first_brand(sentence: str) -> str | None:
    found = [(sentence.find(b), b) for b in _BRANDS if b in sentence]
    return min(found)[1] if found else None
