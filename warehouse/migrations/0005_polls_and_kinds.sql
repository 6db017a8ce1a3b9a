-- 0005: polls and publication kinds (issue 12).
--
-- `publications.publication_kind`: what kind of publication a file is (full_inspection,
-- focused_visit, monitoring_visit, jtai, area_send, lscb_review, other), read from its title when
-- a poll finds it and confirmed by the extractor once it is read (`kind_source` 'title' or
-- 'extractor'); `publication_title` is the title it was first listed under.
ALTER TABLE publications ADD COLUMN publication_kind VARCHAR;
ALTER TABLE publications ADD COLUMN publication_title VARCHAR;
ALTER TABLE publications ADD COLUMN kind_source VARCHAR;

-- What the last poll that read an authority's page saw of it on the search pages: its latest
-- report date. An incremental poll reads the provider page only of authorities whose date moved,
-- or that are not here.
CREATE TABLE poll_authorities (
    urn           INTEGER PRIMARY KEY,
    latest_report DATE,                -- as the search page stated it when the page was read
    page_read_at  TIMESTAMP NOT NULL   -- UTC
);

-- Every poll, good or failed. mode: incremental | full. status: ok | failed (reason: one line).
CREATE TABLE polls (
    poll_id       VARCHAR PRIMARY KEY,
    site          VARCHAR NOT NULL,
    mode          VARCHAR NOT NULL,
    started_at    TIMESTAMP NOT NULL,  -- UTC
    finished_at   TIMESTAMP NOT NULL,  -- UTC
    status        VARCHAR NOT NULL,
    reason        VARCHAR,
    stated        INTEGER,             -- results the search page stated
    authorities   INTEGER NOT NULL,    -- authorities read from the search pages
    pages_read    INTEGER NOT NULL,    -- provider pages read
    new_files     INTEGER NOT NULL,
    announced     INTEGER NOT NULL     -- pending files announced again
);

-- Kinds of the files already held: from their titles (the extractor confirms them on the next read).
UPDATE publications SET publication_title = title, kind_source = 'title',
    publication_kind = CASE
        WHEN regexp_matches(lower(coalesce(title, '')), '\b(area|local area) send\b|special educational needs') THEN 'area_send'
        WHEN regexp_matches(lower(coalesce(title, '')), 'joint targeted area|\bjtai\b|joint area child protection') THEN 'jtai'
        WHEN regexp_matches(lower(coalesce(title, '')), '\blscb\b|local safeguarding children board') THEN 'lscb_review'
        WHEN regexp_matches(lower(coalesce(title, '')), 'focused visit') THEN 'focused_visit'
        WHEN regexp_matches(lower(coalesce(title, '')), 'monitoring (visit|inspection|report)') THEN 'monitoring_visit'
        WHEN regexp_matches(lower(coalesce(title, '')), 'children.?s.? services inspection|single inspection') THEN 'full_inspection'
        ELSE 'other' END;
