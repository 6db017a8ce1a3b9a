"""prefect.yaml and the served deployments declare the same flows, schedules and triggers."""
from __future__ import annotations

import importlib
from pathlib import Path

import yaml
from prefect import Flow

from deployments.definitions import pipeline_deployments

ROOT = Path(__file__).resolve().parents[1]


def _project() -> dict:
    return yaml.safe_load((ROOT / "prefect.yaml").read_text())


def _listed(match: dict) -> dict:
    return {k: sorted(v) if isinstance(v, list) else [v] for k, v in match.items()}


def test_every_entrypoint_is_a_flow():
    for d in _project()["deployments"]:
        module, name = d["entrypoint"].split(":")
        module = module.removesuffix(".py").replace("/", ".")
        assert isinstance(getattr(importlib.import_module(module), name), Flow), d["entrypoint"]


def test_yaml_and_served_deployments_agree():
    served = {(d.flow_name, d.name): d for d in pipeline_deployments("https://reports.ofsted.gov.uk")}
    declared = _project()["deployments"]
    assert len(declared) == len(served)
    for d in declared:
        module = importlib.import_module(d["entrypoint"].split(":")[0].removesuffix(".py").replace("/", "."))
        flow = getattr(module, d["entrypoint"].split(":")[1])
        twin = served[(flow.name, d["name"])]
        assert [t.name for t in twin.triggers] == [t["name"] for t in d.get("triggers", [])]
        for trigger, declared_trigger in zip(twin.triggers, d.get("triggers", [])):
            assert set(trigger.expect) == set(declared_trigger["expect"])
            assert trigger.parameters == declared_trigger["parameters"]
            assert _listed(dict(trigger.match.items())) == _listed(declared_trigger["match"])
        assert bool(twin.schedules) == bool(d.get("schedules"))


def test_the_poll_is_scheduled_and_ingest_follows_discovery():
    by_name = {(d.flow_name, d.name): d for d in pipeline_deployments("http://127.0.0.1:8765")}
    poll = by_name[("poll", "scheduled")]
    assert poll.schedules and poll.parameters["site"] == "http://127.0.0.1:8765"
    (trigger,) = by_name[("ingest", "on-discovery")].triggers
    assert trigger.expect == {"ofsted.publication.discovered"}
    assert trigger.parameters["file_id"] == "{{ event.payload.file_id }}"


def test_the_poll_runs_every_15_minutes_unless_told_and_the_yaml_agrees():
    from datetime import timedelta

    def interval(deployments) -> timedelta:
        poll = {(d.flow_name, d.name): d for d in deployments}[("poll", "scheduled")]
        (schedule,) = poll.schedules
        return schedule.schedule.interval

    assert interval(pipeline_deployments("https://reports.ofsted.gov.uk")) == timedelta(minutes=15)
    assert interval(pipeline_deployments("https://reports.ofsted.gov.uk", poll_every=5)) == timedelta(minutes=5)
    (declared,) = [d for d in _project()["deployments"] if d["entrypoint"] == "flows/poll.py:poll"]
    assert declared["schedules"] == [{"interval": 900, "anchor_date": "2020-01-01T00:02:00+00:00"}]


def test_a_failed_poll_has_an_example_automation():
    by_name = {(d.flow_name, d.name): d for d in pipeline_deployments("https://reports.ofsted.gov.uk")}
    (trigger,) = by_name[("poll-failed-alert", "on-poll-failed")].triggers
    assert trigger.expect == {"ofsted.poll.failed"} and trigger.parameters["reason"] == "{{ event.payload.reason }}"
