"""`ofsted review` as a person uses it: the queue, a grade set with a note, a confirmation, and
one-line refusals; the decision is kept with who and why and releases the held-back changes."""
from __future__ import annotations

import dataclasses
import json
import os
import subprocess

import pytest

from conftest import OFSTED
from warehouse import load_reports
from warehouse_fixtures import DARLINGTON, corpus_records

REASON = "page 1 says good, the body says requires improvement to be good"


@pytest.fixture
def review(tmp_path):
    """A warehouse of Darlington whose 2022 overall effectiveness is under review, and `ofsted`
    run on it with no Prefect server named."""
    records = sorted((r for r in corpus_records() if r[0].urn == DARLINGTON), key=lambda r: r[0].published)
    records = [(p, dataclasses.replace(x, review={"overall_effectiveness": REASON}) if p.published.year == 2022 else x)
               for p, x in records]
    db = tmp_path / "w.duckdb"
    load_reports(db, records)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(OFSTED_WAREHOUSE=str(db), OFSTED_REVIEWER="Default Reviewer")

    def run(*args: str, code: int = 0) -> subprocess.CompletedProcess:
        result = subprocess.run([OFSTED, "review", *args], env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == code, result.stdout + result.stderr
        return result

    return run


def test_the_queue_lists_each_open_item_with_its_reason_and_report(review):
    table = review().stdout
    assert "80458/ilacs/2022-10-10" in table and "overall_effectiveness" in table and "page 1 says good" in table
    (item,) = json.loads(review("--format", "json").stdout)
    assert item == {"inspection_key": "80458/ilacs/2022-10-10", "local_authority": "Darlington",
                    "area": "overall_effectiveness", "grade": "good", "reason": REASON, "published": "2022-12-02",
                    "url": "https://files.ofsted.gov.uk/v1/file/50200877"}


def test_setting_a_grade_releases_the_held_changes_and_empties_the_queue(review):
    out = review("set", "80458/ilacs/2022-10-10", "overall_effectiveness", "requires_improvement",
                 "--note", "the body's heading is right", "--by", "A. Reviewer").stdout
    assert "set 80458/ilacs/2022-10-10 overall_effectiveness: requires_improvement" in out
    assert "0 open review items left" in out
    # requires improvement in 2018 and 2022 is no change; 2022 -> 2026 is one, up to outstanding
    assert "ofsted.rating.changed: Darlington overall_effectiveness requires_improvement (2022-10-21) -> " \
           "outstanding (2026-02-13)" in out
    assert "events wait in the outbox" in out
    assert review().stdout.strip() == "the review queue is empty"
    assert "0 open review items left" in review("confirm", "80458/ilacs/2022-10-10", "overall_effectiveness",
                                                "--note", "still right").stdout


def test_confirming_every_open_item_keeps_the_grade_as_read(review):
    out = review("confirm", "80458/ilacs/2022-10-10", "--note", "both pages checked").stdout
    assert "confirm 80458/ilacs/2022-10-10 overall_effectiveness: good" in out
    assert out.count("ofsted.rating.changed") == 2  # RI 2018 -> good 2022 -> outstanding 2026


@pytest.mark.parametrize("args, message", [
    (("set", "80458/ilacs/2022-10-10", "overall_effectiveness", "brilliant", "--note", "x"), "no grade 'brilliant'"),
    (("set", "80458/ilacs/1999-01-01", "leaders", "good", "--note", "x"), "no inspection '80458/ilacs/1999-01-01'"),
    (("confirm", "80458/sif/2015-06-23", "--note", "x"), "has no open review item"),
    (("set", "80458/ilacs/2022-10-10", "leaders", "good", "--note", " "), "say why in --note"),
])
def test_a_decision_that_cannot_be_taken_is_one_line(review, args, message):
    result = review(*args, code=1)
    assert result.stderr.strip().startswith("error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
