"""Alerts where people are: a downgrade loaded by a backfill reaches a webhook as one JSON message,
through Prefect's notification block and automation (a real `prefect server start`, a real
`ofsted serve --notify`, the replica over the corpus, a webhook receiver on 127.0.0.1)."""
from __future__ import annotations

import html
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from conftest import forget_all, forget_served, listed, sent_events, utcnow, wait_for
from corpus import require_corpus
from deployments.notify import (ARTICLE_AHEAD, ARTICLE_MESSAGE, BLOCK_NAME, DOWNGRADE, EVERY_CHANGE, MESSAGE, NAMES,
                                 RETRACTED_DOWNGRADE, NotifyError, automations, check_url)
from sources.replica import Replica

ROOT = Path(__file__).resolve().parents[1]
SETTLE = 30.0  # seconds to wait after the first message for any second one


class Receiver:
    """A webhook receiver on 127.0.0.1 keeping every request it gets; it serves `pages` (path -> (type,
    bytes)) too, as a newsroom would its feed and articles."""

    def __init__(self, pages: dict[str, tuple[str, bytes]] | None = None):
        received = self.received = []
        served = self.pages = {} if pages is None else pages

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                content_type, body = served.get(self.path, ("text/plain", b""))
                self.send_response(200 if self.path in served else 404)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                received.append((self.path, self.headers.get("Content-Type"), body))
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.url = self.base + "/hooks/ofsted"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "Receiver":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def _automations(api: str) -> list[dict]:
    return listed(api, "automations")


def _clean_server(api: str) -> None:
    """Leave no deployment, automation or block of ours behind for the other tests of this server."""
    forget_served(api)
    forget_all(api, "block_documents", keep=lambda block: block["name"] != BLOCK_NAME)


@contextmanager
def _serving(ofsted, api: str, site_url: str, hook: Receiver, automation: str, *flags: str):
    """`ofsted serve --notify` (and `flags`), from the moment its automation `automation` is on the server.
    After the block: the first message, then SETTLE seconds for any second one; then it is stopped (SIGTERM),
    its output kept as `.output` and printed (shown when the test fails), and the server cleaned."""
    serving = ofsted.start("serve", "--site", site_url, "--notify", hook.url, *flags)
    try:
        wait_for(lambda: any(a["name"] == automation for a in _automations(api)), 120,
                 f"ofsted serve to create the automation {automation}")
        yield serving
        wait_for(lambda: hook.received, 180, "the automation to post to the webhook")
        time.sleep(SETTLE)  # a second message would have come by now
    finally:
        os.killpg(serving.pid, signal.SIGTERM)
        serving.output = serving.communicate(timeout=60)[0]
        print(serving.output[-5000:])
        _clean_server(api)


def test_a_downgrade_loaded_by_a_backfill_posts_one_json_message(ofsted, prefect_server):
    api = prefect_server.api_url
    _clean_server(api)
    with Replica(require_corpus()) as site, Receiver() as hook:
        with _serving(ofsted, api, site.url, hook, DOWNGRADE) as serving:
            ofsted.run("backfill", "--authority", "Doncaster", "--site", site.url)
            (expected,) = ofsted.sql("SELECT * FROM rating_changes WHERE authority = 'Doncaster' "
                                     "AND direction = 'down' AND new_grade = 'inadequate'")
            assert len(ofsted.sql("SELECT * FROM rating_changes WHERE authority = 'Doncaster'")) > 1

    assert len(hook.received) == 1, [r[2][:300] for r in hook.received]
    path, content_type, body = hook.received[0]
    assert path == "/hooks/ofsted" and content_type == "application/json"
    message = json.loads(body)
    assert message["event"] == "ofsted.rating.changed"
    assert message["authority"] == "Doncaster" == expected["authority"]
    assert message["area"] == expected["area"]
    assert (message["previous_grade"], message["previous_date"]) == (expected["previous_grade"], expected["previous_date"])
    assert (message["new_grade"], message["new_date"]) == ("inadequate", expected["new_date"])
    assert message["report"] == expected["url"] and message["report"].startswith(site.url)
    assert "Doncaster" in message["text"] and "inadequate" in message["text"] and expected["url"] in message["text"]
    assert serving.returncode == 0, serving.output[-2000:]


def _article_page(article: dict) -> bytes:
    """A real article of the hand-labelled set as its newsroom serves it: headline and paragraphs."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].splitlines() if p.strip())
    return (f"<!DOCTYPE html><html><head><title>{html.escape(article['title'])}</title>"
            '<meta property="og:site_name" content="The Northern Echo">'
            '<meta property="article:published_time" content="2015-09-01T12:00:00+01:00"></head>'
            f"<body><article><h1>{html.escape(article['title'])}</h1>{paragraphs}</article></body></html>").encode()


def test_an_inadequate_grade_an_article_states_twice_ahead_of_the_report_posts_one_message(ofsted, prefect_server):
    """The Northern Echo's story of Darlington's 2015 inspection, read before any report is loaded: its
    overall grade (headline and body) is posted once, with its sentence; the two area grades its body
    states once are not posted."""
    api = prefect_server.api_url
    _clean_server(api)
    (article,) = [a for a in map(json.loads, (ROOT / "tests/data/articles/dev.jsonl").read_text().splitlines())
                  if a["id"] == "northernecho-2015-darlington-inadequate"]
    with Replica(require_corpus()) as site, Receiver() as hook:
        link = hook.base + "/news/darlington-inadequate"
        feed = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>News</title><item><title>"
                f"{html.escape(article['title'])}</title><link>{link}</link>"
                "<pubDate>Tue, 01 Sep 2015 12:00:00 GMT</pubDate></item></channel></rss>").encode()
        hook.pages.update({"/news/feed.xml": ("application/rss+xml", feed),
                           "/news/darlington-inadequate": ("text/html; charset=utf-8", _article_page(article))})
        with _serving(ofsted, api, site.url, hook, ARTICLE_AHEAD, "--notify-articles") as serving:
            started = utcnow()
            ofsted.run("news", "--feed", hook.base + "/news/feed.xml", "--pause", "0")
            claims = ofsted.sql("SELECT area, claimed_grade, link_status, corroborated FROM article_claims_status "
                                "WHERE claimed_grade = 'inadequate' ORDER BY area")
            assert claims == [
                {"area": "help_and_protection", "claimed_grade": "inadequate", "link_status": "ahead", "corroborated": False},
                {"area": "leaders", "claimed_grade": "inadequate", "link_status": "ahead", "corroborated": False},
                {"area": "overall_effectiveness", "claimed_grade": "inadequate", "link_status": "ahead",
                 "corroborated": True}]
            ahead = ofsted.sql("SELECT count(*) AS n FROM article_claims_status WHERE link_status = 'ahead'")[0]["n"]
            # an event for every claim ahead of the report (the good ones too); the automation picks one
            assert len(sent_events(prefect_server, "ofsted.rating.reported", started, ofsted)) == ahead >= 3

    assert len(hook.received) == 1, [r[2][:300] for r in hook.received]
    message = json.loads(hook.received[0][2])
    assert message["event"] == "ofsted.rating.reported" and message["article"] == link
    assert (message["authority"], message["area"], message["grade"], message["corroborated"]) == (
        "Darlington", "overall_effectiveness", "inadequate", True)
    assert message["sentence"] == article["title"]  # the headline, for a person to check
    assert message["text"].startswith("Ahead of the report: The Northern Echo says Darlington was rated inadequate")
    assert link in message["text"]
    assert serving.returncode == 0, serving.output[-2000:]


def test_prefect_yaml_step_sets_up_the_same_notification(prefect_server, tmp_path):
    """`prefect deploy` runs the downgrade deployment's build step: with OFSTED_NOTIFY_URL it saves the
    block and the automation (every change with OFSTED_NOTIFY_EVERY_CHANGE), without it nothing."""
    api = prefect_server.api_url
    script = ("import asyncio, json, yaml\n"
              "from prefect.deployments.steps.core import run_steps\n"
              "doc = yaml.safe_load(open('prefect.yaml'))\n"
              "steps = [s for d in doc['deployments'] for s in d.get('build') or []]\n"
              "print(json.dumps(asyncio.run(run_steps(steps, print_function=lambda *a: None))))\n")
    env = {**os.environ, **prefect_server.environment(), "PREFECT_HOME": str(tmp_path / "home"),
           "PREFECT_LOGGING_LEVEL": "WARNING"}
    env.pop("OFSTED_NOTIFY_URL", None)
    env.pop("OFSTED_NOTIFY_EVERY_CHANGE", None)
    env.pop("OFSTED_NOTIFY_ARTICLES", None)

    def step(**extra) -> dict:
        done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env={**env, **extra},
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        return json.loads(done.stdout.strip().splitlines()[-1])

    _clean_server(api)  # what an earlier test left is not this step's doing
    try:
        assert step() == {}
        assert not any(a["name"] in NAMES for a in _automations(api))
        made = step(OFSTED_NOTIFY_URL="http://127.0.0.1:9/hook")
        ours = {a["name"]: a for a in _automations(api) if a["name"] in NAMES}
        assert sorted(ours) == sorted([DOWNGRADE, RETRACTED_DOWNGRADE])
        auto = ours[DOWNGRADE]
        assert auto["id"] == made[DOWNGRADE]
        assert auto["trigger"]["match"]["ofsted.new-grade"] in ("inadequate", ["inadequate"])
        (action,) = auto["actions"]
        assert action["type"] == "send-notification" and action["block_document_id"] == made["block_document_id"]
        block = requests.get(f"{api}/block_documents/{made['block_document_id']}", timeout=30).json()
        assert block["data"]["url"] == "http://127.0.0.1:9/hook"

        made = step(OFSTED_NOTIFY_URL="http://127.0.0.1:9/hook", OFSTED_NOTIFY_ARTICLES="true")
        ours = {a["name"]: a for a in _automations(api) if a["name"] in NAMES}
        assert sorted(ours) == sorted([DOWNGRADE, RETRACTED_DOWNGRADE, ARTICLE_AHEAD])
        trigger = ours[ARTICLE_AHEAD]["trigger"]
        assert trigger["expect"] == ["ofsted.rating.reported"]
        assert {k: trigger["match"][k] for k in ("ofsted.grade", "ofsted.corroborated")} in (
            {"ofsted.grade": "inadequate", "ofsted.corroborated": "true"},
            {"ofsted.grade": ["inadequate"], "ofsted.corroborated": ["true"]})

        step(OFSTED_NOTIFY_URL="http://127.0.0.1:9/hook", OFSTED_NOTIFY_EVERY_CHANGE="true")
        assert [a["name"] for a in _automations(api) if a["name"] in NAMES] == [EVERY_CHANGE]
    finally:
        _clean_server(api)


def test_the_message_is_json_naming_the_change_whatever_the_names_hold():
    from prefect.server.utilities.user_templates import render_user_template_sync

    payload = {"authority": 'Bristol, "City" of <&>', "urn": 80441, "region": "South West",
               "area": "help_and_protection", "previous_grade": "good", "previous_date": "2019-01-01",
               "new_grade": "inadequate", "new_date": "2024-02-02", "direction": "down",
               "url": "https://reports.ofsted.gov.uk/provider/44/80441"}
    event = {"event": "ofsted.rating.changed", "id": uuid.uuid4(), "payload": payload}
    message = json.loads(render_user_template_sync(MESSAGE, {"event": event}))
    assert message["authority"] == payload["authority"] and message["report"] == payload["url"]
    assert message["text"] == ('Bristol, "City" of <&>: help and protection fell from good (2019-01-01) to '
                               "inadequate (2024-02-02). Report: https://reports.ofsted.gov.uk/provider/44/80441")
    assert message["new_published"] is None  # a field the event lacks is null, not an error
    assert message["retracted"] is False and message["reason"] is None

    reason = "inspection 80441/ilacs/2024-02-02 now has help_and_protection good, not inadequate"
    retraction = {"event": "ofsted.rating.change.retracted", "id": uuid.uuid4(),
                  "payload": {**payload, "reason": reason, "retracted_event_id": str(uuid.uuid4())}}
    message = json.loads(render_user_template_sync(MESSAGE, {"event": retraction}))
    assert message["retracted"] is True and message["reason"] == reason
    assert message["retracted_event_id"] == retraction["payload"]["retracted_event_id"]
    assert message["text"].startswith("Retracted, no longer true: Bristol") and reason in message["text"]

    block_id = uuid.uuid4()
    downgrade, retracted = automations(block_id)
    assert dict(downgrade.trigger.match.items())["ofsted.new-grade"] in ("inadequate", ["inadequate"])
    assert downgrade.trigger.expect == {"ofsted.rating.changed"}
    assert retracted.trigger.expect == {"ofsted.rating.change.retracted"}
    assert dict(retracted.trigger.match.items())["ofsted.new-grade"] in ("inadequate", ["inadequate"])
    (every,) = automations(block_id, every_change=True)
    assert every.name == EVERY_CHANGE and "ofsted.direction" not in dict(every.trigger.match.items())
    assert every.trigger.expect == {"ofsted.rating.changed", "ofsted.rating.change.retracted"}


def test_the_article_message_is_json_quoting_the_claims_sentence():
    from prefect.server.utilities.user_templates import render_user_template_sync

    sentence = 'Ofsted judges children\'s services in Darlington as "inadequate" <&>'
    payload = {"urn": 80458, "authority": "Darlington", "region": "North East", "area": "help_and_protection",
               "grade": "inadequate", "year": 2015, "role": "current", "article_id": "a1",
               "article_url": "https://news.example.org/darlington", "article_title": "Darlington inadequate",
               "publisher": "The Northern Echo", "source": "echo", "sentence": sentence, "corroborated": True,
               "article_published": "2015-09-01"}
    event = {"event": "ofsted.rating.reported", "id": uuid.uuid4(), "payload": payload}
    message = json.loads(render_user_template_sync(ARTICLE_MESSAGE, {"event": event}))
    assert message["sentence"] == sentence and message["article"] == payload["article_url"]
    assert (message["authority"], message["area"], message["grade"], message["corroborated"]) == (
        "Darlington", "help_and_protection", "inadequate", True)
    assert message["text"] == ("Ahead of the report: The Northern Echo says Darlington was rated inadequate (help and "
                               f"protection), stated twice in the article: \"{sentence}\" Article: "
                               "https://news.example.org/darlington")
    message = json.loads(render_user_template_sync(ARTICLE_MESSAGE, {"event": {
        **event, "payload": {**payload, "publisher": None, "article_published": None}}}))
    assert message["text"].startswith("Ahead of the report: an article says Darlington")
    assert message["article_published"] is None

    # only with articles asked for, and only inadequate grades stated twice
    assert ARTICLE_AHEAD not in [a.name for a in automations(uuid.uuid4())]
    (article,) = [a for a in automations(uuid.uuid4(), articles=True) if a.name == ARTICLE_AHEAD]
    assert article.trigger.expect == {"ofsted.rating.reported"}
    match = dict(article.trigger.match.items())
    assert match["ofsted.grade"] in ("inadequate", ["inadequate"])
    assert match["ofsted.corroborated"] in ("true", ["true"])
    assert ARTICLE_AHEAD in [a.name for a in automations(uuid.uuid4(), every_change=True, articles=True)]


@pytest.mark.parametrize("args, says", [
    (["--notify", "not-a-url"], "--notify needs a webhook address"),
    (["--notify-every-change"], "--notify-every-change needs --notify URL"),
    (["--notify-articles"], "--notify-articles needs --notify URL"),
])
def test_serve_refuses_a_bad_notify_setting_in_one_line(args, says):
    done = subprocess.run([str(Path(sys.executable).with_name("ofsted")), "serve", *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert says in done.stderr
    with pytest.raises(NotifyError):
        check_url("ftp://example.org/hook")
