-- 0002: the views users query by name. Cross-framework comparison rules: warehouse/README.md.

-- Every judgement with its inspection and authority: the base of the rating views.
-- `area` is the comparable area; `framework_area` the code the report used.
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
       i.url
FROM judgements j
JOIN inspections i ON i.inspection_key = j.inspection_key
LEFT JOIN authorities a ON a.urn = j.urn;

-- The latest rating of every authority and area. `is_current` is false where the authority has
-- had a full inspection since that did not judge the area (for example overall effectiveness
-- after an ILACS 2026 inspection, or an LSCB judgement after the LSCB was replaced).
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
       r.inspection_key, r.url
FROM ranked r
LEFT JOIN latest_full f ON f.urn = r.urn
WHERE r.n = 1;

-- Each authority's full history: every inspection and visit, oldest first, one row each.
CREATE OR REPLACE VIEW authority_history AS
SELECT i.urn,
       coalesce(a.name, i.local_authority) AS authority,
       a.region,
       i.inspection_date,
       i.inspection_start,
       i.inspection_end,
       i.published,
       i.report_kind,
       i.framework,
       i.lead_inspector,
       max(j.grade) FILTER (WHERE j.area = 'overall_effectiveness') AS overall_effectiveness,
       max(j.grade) FILTER (WHERE j.area = 'leaders') AS leaders,
       max(j.grade) FILTER (WHERE j.area = 'help_and_protection') AS help_and_protection,
       max(j.grade) FILTER (WHERE j.area = 'in_care_and_care_leavers') AS in_care_and_care_leavers,
       max(j.grade) FILTER (WHERE j.area = 'in_care') AS in_care,
       max(j.grade) FILTER (WHERE j.area = 'care_leavers') AS care_leavers,
       max(j.grade) FILTER (WHERE j.area = 'looked_after_permanence') AS looked_after_permanence,
       max(j.grade) FILTER (WHERE j.area = 'adoption') AS adoption,
       max(j.grade) FILTER (WHERE j.area = 'lscb') AS lscb,
       string_agg(j.area || '=' || j.grade, ', ' ORDER BY j.area) AS all_judgements,
       i.publications,
       i.inspection_key,
       i.url
FROM inspections i
LEFT JOIN judgements j ON j.inspection_key = i.inspection_key
LEFT JOIN authorities a ON a.urn = i.urn
GROUP BY ALL
ORDER BY i.urn, i.inspection_date, i.inspection_key;

-- Rating changes: one row for each time an authority's grade in an area moved between one
-- judgement of that (comparable) area and the next, across frameworks. Equal ranks are no change.
CREATE OR REPLACE VIEW rating_changes AS
WITH sequenced AS (
    SELECT r.*,
           lag(r.grade) OVER w AS previous_grade,
           lag(r.rank) OVER w AS previous_rank,
           lag(r.inspection_date) OVER w AS previous_date,
           lag(r.framework) OVER w AS previous_framework,
           lag(r.framework_area) OVER w AS previous_framework_area,
           lag(r.inspection_key) OVER w AS previous_inspection_key
    FROM ratings r
    WINDOW w AS (PARTITION BY r.urn, r.area ORDER BY r.inspection_date, r.inspection_key)
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
WHERE previous_rank IS NOT NULL AND previous_rank <> rank;

-- By region and area: how the latest ratings of its authorities are spread.
CREATE OR REPLACE VIEW region_summary AS
WITH regions AS (
    SELECT region_code, region, count(*) AS authorities FROM authorities GROUP BY ALL
)
SELECT g.region, g.region_code, l.area, g.authorities,
       count(*) AS rated,
       count(*) FILTER (WHERE l.grade = 'outstanding') AS outstanding,
       count(*) FILTER (WHERE l.grade = 'good') AS good,
       count(*) FILTER (WHERE l.grade IN ('requires_improvement', 'adequate')) AS requires_improvement,
       count(*) FILTER (WHERE l.grade = 'inadequate') AS inadequate,
       round(100.0 * count(*) FILTER (WHERE l.rank <= 2) / count(*), 1) AS good_or_better_pct,
       round(avg(l.rank), 2) AS mean_rank,
       count(*) FILTER (WHERE l.is_current) AS rated_at_latest_inspection
FROM regions g
JOIN latest_ratings l ON l.region = g.region
GROUP BY ALL
ORDER BY g.region, l.area;

-- Files that could not be read as an inspection report, with the reason.
CREATE OR REPLACE VIEW quarantine AS
SELECT p.file_id, p.urn, p.local_authority, p.title, p.published, p.url, p.sha256,
       e.status, e.report_kind, e.quarantine_reason AS reason, e.extractor_version
FROM publications p
JOIN extractions e ON e.file_id = p.file_id
WHERE e.quarantine_reason IS NOT NULL;
