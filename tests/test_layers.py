"""The layers of DESIGN §1 hold: import-linter checks the contracts in pyproject.toml
(app → ui → services → integrations → core; cli → integrations → core; core and integrations
import no Qt; core imports no network, scheduler or desktop library)."""

from __future__ import annotations

from pathlib import Path

import pytest
from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_every_import_contract_is_kept(capsys: pytest.CaptureFixture[str]) -> None:
    status = lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert "BROKEN" not in report, report
    assert status == 0, report
    assert report.count("KEPT") == 5, report
