-- 0003: news articles and council announcements, the judgements they claim, and how each claim
-- stands against the official inspection (linking rule: warehouse/README.md, warehouse/articles.py).

-- Every article page the news flow fetched, kept for ever (also pages that turned out to be no
-- article about an inspection, so that they are not fetched again).
CREATE TABLE articles (
    article_id        VARCHAR PRIMARY KEY,  -- 16 hex digits of the sha256 of the address
    url               VARCHAR NOT NULL UNIQUE,
    source            VARCHAR,              -- the news source (feed or listing) it came from
    title             VARCHAR,
    publisher         VARCHAR,              -- the newsroom or paper ("Darlington Borough Council")
    published         DATE,                 -- the article's date: the page's, else the feed's
    sha256            VARCHAR NOT NULL,     -- of the page as fetched
    is_article        BOOLEAN NOT NULL,     -- false: the page is no article about an inspection
    local_authority   VARCHAR,              -- the authority the article is about, as the text names it
    urn               INTEGER,              -- that authority's URN (NULL: several, or none known)
    warnings          JSON NOT NULL,
    extractor_version VARCHAR NOT NULL,
    first_seen        TIMESTAMP NOT NULL    -- UTC
);

-- One row a judgement an article claims. `role`: current (the inspection the article is about)
-- or previous (an earlier rating it mentions). `link_status`:
--   backed     the linked inspection gives the same grade (same rank) for the area
--   disputed   the linked inspection gives another grade
--   ahead      a current claim no loaded inspection backs yet
--   not_judged the linked inspection does not judge that area
--   unlinked   a previous claim whose inspection is not in the warehouse, or an authority unknown
CREATE TABLE article_claims (
    article_id      VARCHAR NOT NULL,
    claim_no        INTEGER NOT NULL,      -- order of the claim in the article, from 1
    urn             INTEGER,
    local_authority VARCHAR,
    year            INTEGER,               -- the inspection's year, as the article gives it
    area            VARCHAR NOT NULL,
    comparable_area VARCHAR NOT NULL,      -- areas.comparable_area, for comparing across frameworks
    grade           VARCHAR NOT NULL,
    rank            INTEGER,
    role            VARCHAR NOT NULL,      -- current | previous
    inspection_key  VARCHAR,               -- the linked inspection; NULL when none
    link_status     VARCHAR NOT NULL,
    PRIMARY KEY (article_id, claim_no)
);

-- Each claim beside the report's grade for the same (comparable) area, for people who query.
CREATE OR REPLACE VIEW article_claims_status AS
SELECT c.article_id, a.url AS article_url, a.title AS article_title, a.publisher, a.source,
       a.published AS article_published,
       c.claim_no, c.urn, coalesce(au.name, c.local_authority) AS authority, au.region,
       c.year, c.role, c.area, c.comparable_area, c.grade AS claimed_grade, c.link_status,
       c.inspection_key, i.report_kind, i.framework, i.inspection_date,
       coalesce(i.first_published, i.published) AS report_published,
       j.area AS report_area, j.grade AS report_grade, i.url AS report_url
FROM article_claims c
JOIN articles a ON a.article_id = c.article_id
LEFT JOIN authorities au ON au.urn = c.urn
LEFT JOIN inspections i ON i.inspection_key = c.inspection_key
LEFT JOIN judgements j ON j.inspection_key = c.inspection_key AND j.comparable_area = c.comparable_area
QUALIFY row_number() OVER (PARTITION BY c.article_id, c.claim_no ORDER BY (j.area = c.area) DESC NULLS LAST) = 1;
