"""No language can fall behind the code: `pyside6-lupdate` is run over the code into a copy of each
shipped .ts, and every string it finds must have a finished, non-empty translation that keeps the
source's placeholders (%1, %2, %n) and its one Alt+key mark. And no window text may bypass tr():
a literal with letters handed straight to a label, button, title or accessible name fails."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ["de", "zh_CN", "fr", "es", "ja"]
# Where tr() strings live (README: the lupdate command lists the same folders).
TRANSLATED_CODE = ["countdown/ui", "countdown/services"]
SHOWN_BY = {  # calls whose text argument a user sees or a screen reader says
    *("setText", "setWindowTitle", "setToolTip", "setAccessibleName", "setAccessibleDescription"),
    *("setPlaceholderText", "addItem", "addItems", "addAction", "setTitle", "addTab", "addRow"),
    *("setHtml", "showMessage", "setHorizontalHeaderLabels", "setHeaderLabels", "setStatusTip"),
    *("QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QAction", "QToolButton", "QMenu"),
}
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def lupdate() -> str:
    local = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(local) if local.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.skip("pyside6-lupdate is not installed")
    return found


def updated_messages(code: str, tmp_path: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) for every string the code marks today."""
    copy = tmp_path / f"countdown_{code}.ts"
    shutil.copy(I18N / copy.name, copy)
    sources = sorted(str(p) for folder in TRANSLATED_CODE for p in (ROOT / folder).glob("*.py"))
    subprocess.run([lupdate(), *sources, "-ts", str(copy)], check=True, capture_output=True)
    found = []
    for context in ET.parse(copy).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):  # no longer in the code
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            source = message.findtext("source") or ""
            found.append((context.findtext("name") or "", source, texts, kind != "unfinished"))
    return found


def alt_keys(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_marked_string_has_a_finished_translation(code: str, tmp_path: Path) -> None:
    messages = updated_messages(code, tmp_path)
    assert len(messages) > 200
    missing = [
        (context, source)
        for context, source, texts, finished in messages
        if not finished or not all(t.strip() for t in texts)
    ]
    assert missing == [], f"{len(missing)} untranslated in {code}: run lupdate and translate"


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_placeholders_and_one_alt_key(code: str, tmp_path: Path) -> None:
    wrong = []
    for context, source, texts, _ in updated_messages(code, tmp_path):
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != wanted or alt_keys(text) != alt_keys(source):
                wrong.append((context, source, text))
    assert wrong == []


def shown_literal(node: ast.expr) -> str:
    """The letters a user would read from this argument when it is written in the code."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(shown_literal(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.List | ast.Tuple):
        return " ".join(shown_literal(e) for e in node.elts)
    if isinstance(node, ast.BinOp):
        return shown_literal(node.left) + shown_literal(node.right)
    if isinstance(node, ast.IfExp):
        return shown_literal(node.body) + shown_literal(node.orelse)
    return ""


def test_no_window_text_bypasses_tr() -> None:
    bypassing = []
    for path in sorted((ROOT / "countdown" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "attr", None) or getattr(func, "id", "")
            words = " ".join(shown_literal(arg) for arg in node.args) if name in SHOWN_BY else ""
            if re.search(r"[A-Za-z]", re.sub(r"<[^>]*>", "", words)):  # markup is no text
                bypassing.append(f"{path.name}:{node.lineno} {name}({words!r})")
    assert bypassing == []
