"""`ofsted extract PATH... --format jsonl`: the contract's command form, run as a user runs it."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from corpus import file_by_id, require_corpus

OFSTED = str(Path(sys.executable).with_name("ofsted"))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([OFSTED, *args], capture_output=True, text=True, timeout=120)


def test_folder_is_read_recursively_in_sorted_order_one_line_a_file(tmp_path):
    corpus = require_corpus()
    (tmp_path / "b").mkdir()
    shutil.copy(corpus / file_by_id("50200877"), tmp_path / "b" / "darlington-2022.pdf")
    shutil.copy(corpus / file_by_id("50004190"), tmp_path / "a-error-page.pdf")
    (tmp_path / "c-empty.pdf").write_bytes(b"")
    shutil.copy(corpus / file_by_id("50004303"), tmp_path / "d-darlington-2015.pdf")

    result = run("extract", str(tmp_path), "--format", "jsonl")

    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["path"]).name for r in records] == [
        "a-error-page.pdf", "darlington-2022.pdf", "c-empty.pdf", "d-darlington-2015.pdf"]
    error_page, d2022, empty, d2015 = records
    assert (error_page["status"], empty["status"]) == ("not_a_report", "unreadable")
    assert error_page["error"] and empty["error"]
    assert d2022["judgements"]["overall_effectiveness"] == "good"
    assert d2015["judgements"]["overall_effectiveness"] == "inadequate"
    assert "error" not in d2022
    assert list(d2022) == ["path", "sha256", "status", "report_kind", "framework", "local_authority",
                           "inspection_start", "inspection_end", "published", "lead_inspector",
                           "judgements", "warnings"]


def test_missing_path_is_a_usage_error(tmp_path):
    result = run("extract", str(tmp_path / "nothing-here.pdf"))
    assert result.returncode != 0
    assert result.stdout == ""
    assert "no such file" in result.stderr
