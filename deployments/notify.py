"""Alerts where people are: rating changes posted to a webhook (Slack, Teams, a chat bridge, any
JSON receiver) by Prefect's own notification block and automation actions.

`configure_notifications(url, every_change)` saves a Custom Webhook notification block and keeps
two automations on the Prefect server, each a `send-notification` action on that block:

- `notify-on-downgrade-to-inadequate`: the downgrade automation's trigger (a rating that falls to
  inadequate, in any area of any authority; the same match as deployments.definitions);
- `notify-on-retracted-downgrade`: an `ofsted.rating.change.retracted` of such a change (a change
  once announced that a corrected or re-read report shows untrue), so nobody acts on it;
- or, with `every_change`, `notify-on-every-rating-change` in their place: every
  `ofsted.rating.changed` and every retraction (downgrades included, so each is posted once);
- with `articles`, also `notify-on-article-reporting-inadequate`: an `ofsted.rating.reported` (an
  article gives a current grade no loaded report backs yet) whose grade is inadequate and that the
  article states twice (`ofsted.corroborated`: headline and body, say). Such claims were right 16 times
  of 16 on hand-labelled articles never used to write the reader's rules (43 of 43 on those that were),
  current claims stated once 90% (benchmarks/articles.py), so only those become an alert; the message
  quotes the sentence for a person to check, and the report's own change follows as its own alert
  once it is loaded.

The server renders the message from the event, so it is sent even when no flow runs, once per
event (Prefect keeps each event id once). The message is one JSON object, see MESSAGE.

Used by `ofsted serve --notify URL [--notify-every-change] [--notify-articles]` and, for a work pool,
as a deployment step of prefect.yaml (`prefect deploy` runs it with $OFSTED_NOTIFY_URL,
$OFSTED_NOTIFY_EVERY_CHANGE and $OFSTED_NOTIFY_ARTICLES).
"""
from __future__ import annotations

from urllib.parse import urlsplit

from warehouse.outbox import RATING_CHANGED, RATING_REPORTED, RETRACTED  # the events the automations match

BLOCK_NAME = "ofsted-rating-alerts"
DOWNGRADE = "notify-on-downgrade-to-inadequate"
EVERY_CHANGE = "notify-on-every-rating-change"
RETRACTED_DOWNGRADE = "notify-on-retracted-downgrade"
ARTICLE_AHEAD = "notify-on-article-reporting-inadequate"
NAMES = (DOWNGRADE, RETRACTED_DOWNGRADE, EVERY_CHANGE, ARTICLE_AHEAD)

# Jinja, rendered by the Prefect server with the event in `event`; `tojson` quotes and escapes,
# `default(none)` sends a missing value as null.
_TEXT = ("{% set p = event.payload %}{% set verb = 'fell' if p.direction == 'down' else 'rose' %}"
         "{% set retracted = event.event == '" + RETRACTED + "' %}"
         "{% set change = p.authority ~ ': ' ~ (p.area | replace('_', ' ')) ~ ' ' ~ verb ~ ' from '"
         " ~ (p.previous_grade | replace('_', ' ')) ~ ' (' ~ p.previous_date ~ ') to '"
         " ~ (p.new_grade | replace('_', ' ')) ~ ' (' ~ p.new_date ~ ')' %}"
         "{% if retracted %}{% set text = 'Retracted, no longer true: ' ~ change ~ ' (' ~ p.reason ~ '). Report: '"
         " ~ p.url %}{% else %}{% set text = change ~ '. Report: ' ~ p.url %}{% endif %}")
FIELDS = ("authority", "urn", "region", "area", "previous_grade", "previous_date", "previous_framework",
          "new_grade", "new_date", "new_framework", "new_published", "direction")


def _json_message(text: str, fields: tuple[str, ...], tail: str) -> str:
    """The template of one JSON object: `text` (a template setting `p` and `text`), then the line of
    text, the event's name and id, each payload field of `fields` (null where the event lacks it),
    and `tail` (the message's own last "key": value pairs)."""
    return (text + "{"
            + '"text": {{ text | tojson }}, '
            + '"event": {{ event.event | tojson }}, "event_id": {{ event.id | string | tojson }}, '
            + "".join(f'"{f}": {{{{ p.{f} | default(none) | tojson }}}}, ' for f in fields)
            + tail + "}")


MESSAGE = _json_message(_TEXT, FIELDS, '"report": {{ p.url | default(none) | tojson }}, '
                        '"retracted": {{ retracted | tojson }}, "reason": {{ p.reason | default(none) | tojson }}, '
                        '"retracted_event_id": {{ p.retracted_event_id | default(none) | tojson }}')
SUBJECT = "Ofsted rating change{{ ' retracted' if event.event == '" + RETRACTED + "' }}: {{ event.payload.authority }}"

# An article ahead of the report (an `ofsted.rating.reported` event): who says what, in which sentence.
_ARTICLE_TEXT = ("{% set p = event.payload %}"
                 "{% set text = 'Ahead of the report: ' ~ (p.publisher or 'an article') ~ ' says ' ~ p.authority"
                 " ~ ' was rated ' ~ (p.grade | replace('_', ' ')) ~ ' (' ~ (p.area | replace('_', ' ')) ~ '), '"
                 " ~ ('stated twice in the article' if p.corroborated else 'stated once') ~ ': \"' ~ p.sentence"
                 " ~ '\" Article: ' ~ p.article_url %}")
ARTICLE_FIELDS = ("authority", "urn", "region", "area", "grade", "year", "role", "sentence", "corroborated",
                  "article_title", "publisher", "article_published")
ARTICLE_MESSAGE = _json_message(_ARTICLE_TEXT, ARTICLE_FIELDS, '"article": {{ p.article_url | default(none) | tojson }}')
ARTICLE_SUBJECT = "An article reports {{ event.payload.authority }} rated {{ event.payload.grade }}"


class NotifyError(ValueError):
    """A notification set-up that cannot work; str() is one line."""


def check_url(url: str) -> str:
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise NotifyError(f"--notify needs a webhook address (http:// or https://), not {url!r}")
    return url


def webhook_block(url: str):
    """A Custom Webhook notification block that POSTs the rendered message as the JSON body."""
    from prefect.blocks.notifications import CustomWebhookNotificationBlock

    return CustomWebhookNotificationBlock(name=BLOCK_NAME, url=check_url(url), method="POST",
                                          form_data="{{body}}",
                                          headers={"Content-Type": "application/json"})


def downgrade_match() -> dict[str, str]:
    from deployments.definitions import ALERT_ON_DOWNGRADE_TO_INADEQUATE

    return dict(ALERT_ON_DOWNGRADE_TO_INADEQUATE.match.items())


def automations(block_id, every_change: bool = False, articles: bool = False) -> list:
    """The automations posting to the block `block_id` (AutomationCore objects)."""
    from prefect.events.actions import SendNotification
    from prefect.events.schemas.automations import AutomationCore, EventTrigger, Posture

    def notify(name: str, description: str, expect: set[str], match: dict[str, str],
               subject: str = SUBJECT, body: str = MESSAGE) -> AutomationCore:
        return AutomationCore(
            name=name, description=description, enabled=True,
            trigger=EventTrigger(expect=expect, match=match, posture=Posture.Reactive, threshold=1),
            actions=[SendNotification(block_document_id=block_id, subject=subject, body=body)])

    if every_change:
        out = [notify(EVERY_CHANGE, "Post every rating change, and every retraction of one, to the webhook.",
                      {RATING_CHANGED, RETRACTED}, {"prefect.resource.id": "ofsted.authority.*"})]
    else:
        # A change to inadequate is always down (inadequate is the lowest rank): retractions carry no direction.
        out = [notify(DOWNGRADE, "Post a rating that falls to inadequate to the webhook.", {RATING_CHANGED},
                      downgrade_match()),
               notify(RETRACTED_DOWNGRADE, "Post the retraction of a fall to inadequate to the webhook.", {RETRACTED},
                      {"prefect.resource.id": "ofsted.authority.*", "ofsted.new-grade": "inadequate"})]
    if articles:
        out.append(notify(ARTICLE_AHEAD, "Post an article's inadequate grade, stated twice in it, that no loaded "
                          "report backs yet, to the webhook.", {RATING_REPORTED},
                          {"prefect.resource.id": "ofsted.authority.*", "ofsted.grade": "inadequate",
                           "ofsted.corroborated": "true"}, subject=ARTICLE_SUBJECT, body=ARTICLE_MESSAGE))
    return out


def _flag(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def configure_notifications(url: str | None = None, every_change: bool | str = False,
                            articles: bool | str = False) -> dict[str, str]:
    """Save the webhook block and create or update the automations on the Prefect server of
    $PREFECT_API_URL (run again, it changes them in place and removes those not wanted now).
    No `url`: nothing to do. Returns names -> ids, as a prefect.yaml step."""
    if not url:
        return {}
    from prefect.client.orchestration import get_client

    block_id = webhook_block(url).save(BLOCK_NAME, overwrite=True)
    wanted = automations(block_id, _flag(every_change), _flag(articles))
    out = {"block_document_id": str(block_id)}
    with get_client(sync_client=True) as client:
        for automation in wanted:
            existing = client.read_automations_by_name(automation.name)
            for extra in existing[1:]:
                client.delete_automation(extra.id)
            if existing:
                client.update_automation(existing[0].id, automation)
                out[automation.name] = str(existing[0].id)
            else:
                out[automation.name] = str(client.create_automation(automation))
        for name in set(NAMES) - set(out):
            for stale in client.read_automations_by_name(name):
                client.delete_automation(stale.id)
    return out
