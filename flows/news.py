"""The `news` flow: read the new articles of the watched newsrooms and papers, save each with the
judgements it claims, linked to the official inspections, and publish the events that follow:
`ofsted.rating.reported` (an article ahead of the report) and `ofsted.claim.disputed`."""
from __future__ import annotations

from prefect import flow, get_run_logger, task

from flows import tasks
from pipeline import news as pipeline_news
from pipeline.config import PipelineConfig
from sources.news import NewsSource


@task(name="fetch-new-articles", retries=2, retry_delay_seconds=5, timeout_seconds=900)
def fetch_new_articles(config: PipelineConfig, sources: list[NewsSource]) -> pipeline_news.NewsFetch:
    return pipeline_news.fetch_news(config, sources)


@task(name="save-articles", retries=2, retry_delay_seconds=5, timeout_seconds=600)
def save_articles(config: PipelineConfig, fetched: pipeline_news.NewsFetch) -> list:
    return pipeline_news.save_articles(config, fetched.articles)


@flow(name="news", log_prints=False)
def news(site: str | None = None, feeds: list[str] | None = None, sources_file: str | None = None,
         pause: float | None = None, db: str | None = None) -> dict:
    """Fetch the articles the warehouse does not hold from the news sources (`feeds`, else
    `sources_file`, else the replica's feed when `site` is one on this machine, else
    ./news_sources.toml), read their claims, save and link them, publish the outbox."""
    config = PipelineConfig.from_env(site, pause, db)
    logger = get_run_logger()
    sources = pipeline_news.news_sources(config, feeds, sources_file)
    fetched = fetch_new_articles(config, sources)
    for failure in fetched.failures:
        logger.warning("could not read %s", failure)
    results = save_articles(config, fetched)
    published = tasks.publish_events(config)
    statuses: dict[str, int] = {}
    for r in results:
        for _, status, _ in r.claims:
            statuses[status] = statuses.get(status, 0) + 1
    logger.info("%d articles listed by %d sources: %d new", fetched.listed, len(sources), len(results))
    return {"sources": [s.url for s in sources], "listed": fetched.listed,
            "articles": [a.url for a in fetched.articles], "claims": statuses,
            "failures": [str(f) for f in fetched.failures], "events": published}
