-- 0007: each claim an article makes keeps the sentence it was read from, so that a person can
-- check it (issue 11b). NULL for claims saved before this migration.
ALTER TABLE article_claims ADD COLUMN sentence VARCHAR;

CREATE OR REPLACE VIEW article_claims_status AS
SELECT c.article_id, a.url AS article_url, a.title AS article_title, a.publisher, a.source,
       a.published AS article_published,
       c.claim_no, c.urn, coalesce(au.name, c.local_authority) AS authority, au.region,
       c.year, c.role, c.area, c.comparable_area, c.grade AS claimed_grade, c.link_status,
       c.inspection_key, i.report_kind, i.framework, i.inspection_date,
       coalesce(i.first_published, i.published) AS report_published,
       j.area AS report_area, j.grade AS report_grade, i.url AS report_url, c.sentence
FROM article_claims c
JOIN articles a ON a.article_id = c.article_id
LEFT JOIN authorities au ON au.urn = c.urn
LEFT JOIN inspections i ON i.inspection_key = c.inspection_key
LEFT JOIN judgements j ON j.inspection_key = c.inspection_key AND j.comparable_area = c.comparable_area
QUALIFY row_number() OVER (PARTITION BY c.article_id, c.claim_no ORDER BY (j.area = c.area) DESC NULLS LAST) = 1;
