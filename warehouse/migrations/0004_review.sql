-- 0004: the review queue. The extractor reads every grade twice (page 1 and body); where the two
-- readings disagree, or a judgement the framework requires was found by neither, its record
-- names the area in `review`. Such an inspection is loaded with status 'review', its doubtful
-- areas raise no rating change, and a person decides them with `ofsted review` (an override that
-- outlives reloads and re-extraction). See warehouse/README.md, "Review".

-- What the extractor says a person must check: {"area": "why", ...}; "inspection" = the whole one.
ALTER TABLE extractions ADD COLUMN review JSON;

-- 'ok', or 'review' while any review item of the inspection is open.
ALTER TABLE inspections ADD COLUMN status VARCHAR DEFAULT 'ok';

-- `grade` is the grade in force: a person's decision where there is one, else the grade as read
-- (`read_grade`). `under_review`: an open review item covers this area (or the whole inspection).
-- `decision`: 'set' or 'confirm' where a person decided the grade, else NULL.
ALTER TABLE judgements ADD COLUMN read_grade VARCHAR;
ALTER TABLE judgements ADD COLUMN under_review BOOLEAN DEFAULT false;
ALTER TABLE judgements ADD COLUMN decision VARCHAR;
UPDATE judgements SET read_grade = grade, under_review = false;
UPDATE inspections SET status = 'ok';

-- A person's decisions, kept for ever, keyed by inspection and area (not by file): they outlive
-- reloads, re-publications and re-extraction. The latest decision of an (inspection, area) is in
-- force. `grade` NULL: the area is not judged in that inspection (or, for area 'inspection', the
-- whole inspection was confirmed as read).
CREATE TABLE overrides (
    inspection_key VARCHAR NOT NULL,
    urn            INTEGER NOT NULL,
    area           VARCHAR NOT NULL,     -- an area code, or 'inspection'
    grade          VARCHAR,
    decision       VARCHAR NOT NULL,     -- set | confirm
    note           VARCHAR NOT NULL,     -- why
    decided_by     VARCHAR NOT NULL,     -- who
    decided_at     TIMESTAMP NOT NULL    -- when (UTC)
);

-- Each area (or whole inspection) the extraction in force asks a person to check, derived with
-- the inspections (rebuilt by every load of the authority; `opened_at` kept from the first time
-- the item was seen). `decided`: a decision in `overrides` settles it.
CREATE TABLE review_items (
    inspection_key VARCHAR NOT NULL,
    urn            INTEGER NOT NULL,
    area           VARCHAR NOT NULL,     -- an area code, or 'inspection'
    grade          VARCHAR,              -- the grade as read (NULL: none found)
    reason         VARCHAR NOT NULL,
    file_id        VARCHAR NOT NULL,     -- the publication in force
    opened_at      TIMESTAMP NOT NULL,   -- UTC
    decided        BOOLEAN NOT NULL,
    PRIMARY KEY (inspection_key, area)
);

-- Files whose download failed and has not succeeded since: how often, and why. A rating change
-- of the authority published on or after such a file is held back (no event) until the file
-- loads, or is quarantined for good (the site says it is gone, or it failed in 3 runs).
CREATE TABLE download_failures (
    file_id      VARCHAR PRIMARY KEY,
    urn          INTEGER NOT NULL,
    published    DATE,
    attempts     INTEGER NOT NULL,
    reason       VARCHAR NOT NULL,
    first_failed TIMESTAMP NOT NULL,     -- UTC
    last_failed  TIMESTAMP NOT NULL      -- UTC
);

-- The open review items, one row each: what a person must check, with the report's address.
CREATE OR REPLACE VIEW review_queue AS
SELECT r.inspection_key, r.urn, coalesce(a.name, i.local_authority) AS local_authority, a.region,
       r.area, r.grade, r.reason, i.published, i.url, r.opened_at
FROM review_items r
JOIN inspections i ON i.inspection_key = r.inspection_key
LEFT JOIN authorities a ON a.urn = r.urn
WHERE NOT r.decided
ORDER BY r.opened_at, r.inspection_key, r.area;

-- The views of 0002 again, with the review state: `ratings` and `latest_ratings` gain
-- `under_review` (and `ratings` the `decision`); `rating_changes` leaves out every change whose
-- either side is under review, or which spans an open review item of its area.
CREATE OR REPLACE VIEW ratings AS
SELECT j.urn,
       coalesce(a.name, i.local_authority) AS authority,
       a.region,
       j.comparable_area AS area,
       j.area AS framework_area,
       j.grade,
       j.rank,
       i.inspection_date,
       i.inspection_start,
       i.inspection_end,
       i.published,
       i.framework,
       i.report_kind,
       i.inspection_key,
       i.url,
       coalesce(j.under_review, false) AS under_review,
       j.decision
FROM judgements j
JOIN inspections i ON i.inspection_key = j.inspection_key
LEFT JOIN authorities a ON a.urn = j.urn;

CREATE OR REPLACE VIEW latest_ratings AS
WITH latest_full AS (
    SELECT i.urn, arg_max(i.inspection_key, (i.inspection_date, i.inspection_key)) AS inspection_key
    FROM inspections i
    JOIN report_kinds k ON k.report_kind = i.report_kind
    WHERE k.full_inspection
    GROUP BY i.urn
), ranked AS (
    SELECT r.*, row_number() OVER (PARTITION BY r.urn, r.area
                                   ORDER BY r.inspection_date DESC, r.inspection_key DESC) AS n
    FROM ratings r
)
SELECT r.urn, r.authority, r.region, r.area, r.grade, r.rank, r.inspection_date, r.published,
       r.framework, r.report_kind,
       coalesce(r.inspection_key = f.inspection_key, false) AS is_current,
       r.inspection_key, r.url, r.under_review
FROM ranked r
LEFT JOIN latest_full f ON f.urn = r.urn
WHERE r.n = 1;

CREATE OR REPLACE VIEW rating_changes AS
WITH open_items AS (
    -- an open item of an area the inspection has no grade for still stands between the grades
    -- before and after it; an open item of the whole inspection stands in every area
    SELECT o.urn, coalesce(a.comparable_area, o.area) AS area, o.inspection_key
    FROM review_items o LEFT JOIN areas a ON a.area = o.area
    WHERE NOT o.decided AND o.area <> 'inspection'
    UNION
    SELECT o.urn, j.comparable_area AS area, o.inspection_key
    FROM review_items o JOIN judgements j ON j.urn = o.urn
    WHERE NOT o.decided AND o.area = 'inspection'
), points AS (
    SELECT urn, authority, region, area, framework_area, grade, rank, inspection_date, published,
           framework, inspection_key, url, under_review
    FROM ratings
    UNION ALL
    SELECT o.urn, NULL, NULL, o.area, NULL, NULL, NULL, i.inspection_date, i.published,
           i.framework, o.inspection_key, i.url, true
    FROM open_items o
    JOIN inspections i ON i.inspection_key = o.inspection_key
    WHERE NOT EXISTS (SELECT 1 FROM judgements j
                      WHERE j.inspection_key = o.inspection_key AND j.comparable_area = o.area)
), sequenced AS (
    SELECT p.*,
           lag(p.grade) OVER w AS previous_grade,
           lag(p.rank) OVER w AS previous_rank,
           lag(p.inspection_date) OVER w AS previous_date,
           lag(p.framework) OVER w AS previous_framework,
           lag(p.framework_area) OVER w AS previous_framework_area,
           lag(p.inspection_key) OVER w AS previous_inspection_key,
           lag(p.under_review) OVER w AS previous_under_review
    FROM points p
    WINDOW w AS (PARTITION BY p.urn, p.area ORDER BY p.inspection_date, p.inspection_key)
)
SELECT urn, authority, region, area,
       previous_grade, previous_date, previous_framework,
       grade AS new_grade, inspection_date AS new_date, framework AS new_framework,
       published AS new_published,
       CASE WHEN rank < previous_rank THEN 'up' ELSE 'down' END AS direction,
       previous_rank - rank AS steps,
       previous_framework_area, framework_area AS new_framework_area,
       previous_inspection_key, inspection_key AS new_inspection_key,
       url
FROM sequenced
WHERE previous_rank IS NOT NULL AND rank IS NOT NULL AND previous_rank <> rank
  AND NOT under_review AND NOT previous_under_review;
