"""A report's reading runs under a memory cap and a time cap: a decompression bomb (a few KB of
PDF inflating to 3 GB; 4 GB and minutes to read with no cap) ends `unreadable` with one
sentence, the reading stays under the cap, and the other reports are read and loaded."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest

from conftest import OFSTED, Ofsted
from corpus import _manifest, file_by_id, require_corpus
from pdf_bomb import bomb_pdf
from pipeline.reading import Limits, ReadingPool
from sources.replica import Replica
from sources.replica.corpus import Corpus, CorpusFile, load_corpus

CAP_MB = 512  # the default, OFSTED_READ_MEMORY_MB
DARLINGTON = "80458"
BOMB_ID = "99900001"


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "bomb.pdf"
    path.write_bytes(bomb_pdf())
    return path


def _one_sentence(error: str | None) -> bool:
    return bool(error) and "\n" not in error and "Traceback" not in error and error.endswith(".")


# A small launcher measures the peak: Linux keeps a process's peak across exec, so a command
# started straight from pytest would report pytest's own size; the launcher's children start small.
_LAUNCHER = ("import resource, subprocess, sys\n"
             "code = subprocess.call(sys.argv[2:])\n"
             "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
             "sys.exit(code)\n")


def _run_with_peak(args: list[str], env: dict) -> tuple[int, str, str, int]:
    """Exit status, stdout, stderr and peak resident memory (KiB) of the command and every
    process it waited for (the reader that died on the bomb among them)."""
    with tempfile.TemporaryDirectory() as folder:
        peak = Path(folder) / "peak"
        result = subprocess.run([sys.executable, "-c", _LAUNCHER, str(peak), *args], env=env,
                                capture_output=True, text=True, timeout=900)
        return result.returncode, result.stdout, result.stderr, int(peak.read_text())


def test_extract_reads_a_decompression_bomb_as_unreadable_in_one_line_under_the_cap(tmp_path, bomb):
    corpus = require_corpus()
    shutil.copy(corpus / file_by_id("50200877"), tmp_path / "a-darlington-2022.pdf")
    shutil.copy(bomb, tmp_path / "b-bomb.pdf")
    shutil.copy(corpus / file_by_id("50004303"), tmp_path / "c-darlington-2015.pdf")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OFSTED_READ_")}

    code, stdout, stderr, peak_kib = _run_with_peak([OFSTED, "extract", str(tmp_path), "--format", "jsonl"], env)

    assert code == 0, stderr
    records = {Path(r["path"]).name: r for r in map(json.loads, stdout.splitlines())}
    assert list(records) == ["a-darlington-2022.pdf", "b-bomb.pdf", "c-darlington-2015.pdf"]
    bomb_record = records["b-bomb.pdf"]
    assert bomb_record["status"] == "unreadable"
    assert _one_sentence(bomb_record["error"]) and f"{CAP_MB} MB" in bomb_record["error"]
    assert records["a-darlington-2022.pdf"]["judgements"]["overall_effectiveness"] == "good"
    assert records["c-darlington-2015.pdf"]["judgements"]["overall_effectiveness"] == "inadequate"
    assert peak_kib < CAP_MB * 1024, f"peak {peak_kib // 1024} MiB"  # no cap: over 4 GB


def test_a_lower_cap_from_the_environment_is_kept(tmp_path, bomb):
    env = {**os.environ, "OFSTED_READ_MEMORY_MB": "200"}
    code, stdout, stderr, peak_kib = _run_with_peak([OFSTED, "extract", str(bomb)], env)
    assert code == 0, stderr
    [record] = map(json.loads, stdout.splitlines())
    assert record["status"] == "unreadable" and "200 MB" in record["error"]
    assert peak_kib < 200 * 1024


def test_a_cap_that_is_no_number_is_a_one_line_error(bomb):
    result = subprocess.run([OFSTED, "extract", str(bomb)], env={**os.environ, "OFSTED_READ_SECONDS": "soon"},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == "error: OFSTED_READ_SECONDS must be a positive number, not 'soon'"


def test_a_reading_over_the_time_cap_is_stopped_and_the_next_file_is_read(bomb):
    report = str(require_corpus() / file_by_id("50200877"))
    with ReadingPool(1, Limits(memory_mb=4096, seconds=1.0)) as pool:
        first = pool.submit(report).result()  # a worker that has answered once: no start-up allowance
        slow = pool.submit(str(bomb)).result()
        after = pool.submit(report).result()
    assert first.status == "ok"
    assert slow.status == "unreadable" and _one_sentence(slow.error)
    assert "longer than 1 s" in slow.error and "OFSTED_READ_SECONDS" in slow.error
    assert after.status == "ok" and after.judgements == first.judgements


def _with_bomb(corpus: Corpus, bomb: Path) -> Corpus:
    """The corpus, with the bomb published as a Darlington report."""
    data = bomb.read_bytes()
    extra = CorpusFile(file_id=BOMB_ID, urn=DARLINGTON, local_authority="Darlington",
                       title="Children's services inspection", published=date(2024, 6, 3),
                       sha256=hashlib.sha256(data).hexdigest(), size=len(data), path=bomb)
    return Corpus(root=corpus.root, authorities=corpus.authorities, files={**corpus.files, BOMB_ID: extra},
                  not_found_page=corpus.not_found_page)


def test_backfill_quarantines_a_decompression_bomb_and_loads_the_rest(ofsted: Ofsted, bomb):
    darlington = {r["file_id"] for r in _manifest() if r["urn"] == DARLINGTON}
    env = {k: v for k, v in ofsted.env.items() if not k.startswith("OFSTED_READ_")}
    with Replica(_with_bomb(load_corpus(require_corpus()), bomb)) as site:
        code, _, stderr, peak_kib = _run_with_peak(
            [OFSTED, "backfill", "--authority", "Darlington", "--site", site.url, "--pause", "0"], env)

    assert code == 0, stderr[-3000:]
    [line] = [x for x in stderr.splitlines() if f"quarantined {BOMB_ID}" in x]
    assert f"{CAP_MB} MB" in line
    rows = {r["file_id"]: r for r in ofsted.sql(
        "SELECT p.file_id, p.status, e.quarantine_reason FROM publications p LEFT JOIN extractions e USING (file_id)")}
    assert rows.pop(BOMB_ID)["status"] == "quarantined"
    assert set(rows) == darlington and {r["status"] for r in rows.values()} <= {"loaded", "superseded"}
    # the command itself (Prefect, DuckDB) and the reader that met the bomb: well under 1 GB; with no cap, over 4 GB
    assert peak_kib < 1024 * 1024, f"peak {peak_kib // 1024} MiB"


def _readers_of_this_process() -> list[int]:
    me, found = os.getpid(), []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmd = f.read()
        except OSError:
            continue
        if ppid == me and b"pipeline.reading" in cmd:
            found.append(int(entry))
    return found


def test_a_reader_killed_from_outside_is_replaced_and_no_file_is_lost():
    report = str(require_corpus() / file_by_id("50200877"))
    others = set(_readers_of_this_process())  # the process's shared pool, if an earlier test started it
    with ReadingPool(1) as pool:
        first = pool.submit(report).result()
        [worker] = set(_readers_of_this_process()) - others
        os.kill(worker, 9)
        again = pool.submit(report).result()
        [replaced] = set(_readers_of_this_process()) - others
    assert first.status == again.status == "ok" and again.judgements == first.judgements
    assert replaced != worker
