-- 0008: whether the article states a claim twice (`corroborated`: the page read again without the
-- claim's sentence still gives it; extractors/article_corroborate.py). Current grades stated twice were
-- right about 98% of the time on the hand-labelled articles, stated once about 90% (benchmarks/articles.py).
-- NULL for claims saved before this migration.
ALTER TABLE article_claims ADD COLUMN corroborated BOOLEAN;

CREATE OR REPLACE VIEW article_claims_status AS
SELECT c.article_id, a.url AS article_url, a.title AS article_title, a.publisher, a.source,
       a.published AS article_published,
       c.claim_no, c.urn, coalesce(au.name, c.local_authority) AS authority, au.region,
       c.year, c.role, c.area, c.comparable_area, c.grade AS claimed_grade, c.link_status,
       c.inspection_key, i.report_kind, i.framework, i.inspection_date,
       coalesce(i.first_published, i.published) AS report_published,
       j.area AS report_area, j.grade AS report_grade, i.url AS report_url, c.sentence, c.corroborated
FROM article_claims c
JOIN articles a ON a.article_id = c.article_id
LEFT JOIN authorities au ON au.urn = c.urn
LEFT JOIN inspections i ON i.inspection_key = c.inspection_key
LEFT JOIN judgements j ON j.inspection_key = c.inspection_key AND j.comparable_area = c.comparable_area
QUALIFY row_number() OVER (PARTITION BY c.article_id, c.claim_no ORDER BY (j.area = c.area) DESC NULLS LAST) = 1;
