-- 0006: statistical neighbours (reference data) and each authority's grades beside theirs.

-- Each authority's 10 statistical neighbours, closest first, as DfE's children's services
-- statistical neighbour benchmarking tool lists them (reference/authorities-neighbours.csv,
-- refreshed whenever that file changes). Authorities with no published list have no rows.
CREATE TABLE statistical_neighbours (
    urn               INTEGER NOT NULL,   -- the authority
    la_code           VARCHAR NOT NULL,   -- its DfE LA code
    neighbour_rank    INTEGER NOT NULL,   -- 1 = the closest
    neighbour_la_code VARCHAR NOT NULL,
    neighbour_urn     INTEGER,            -- NULL where the code names no authority of the list
    PRIMARY KEY (urn, neighbour_rank)
);

-- Each authority's current grades beside its neighbours': for every area where the authority or
-- any of its neighbours has a current grade (latest_ratings.is_current), one row for each of
-- its neighbours, so an authority always appears with all of them; a side with no current
-- grade in the area has NULL grade and date.
CREATE OR REPLACE VIEW neighbour_ratings AS
WITH current_grades AS (
    SELECT urn, area, grade, inspection_date FROM latest_ratings WHERE is_current
), areas_compared AS (
    SELECT n.urn, c.area
    FROM statistical_neighbours n
    JOIN current_grades c ON c.urn = n.urn OR c.urn = n.neighbour_urn
    GROUP BY ALL
)
SELECT n.urn,
       a.name AS local_authority,
       a.region,
       x.area,
       own.grade,
       own.inspection_date,
       n.neighbour_rank,
       n.neighbour_urn,
       b.name AS neighbour_authority,
       theirs.grade AS neighbour_grade,
       theirs.inspection_date AS neighbour_inspection_date
FROM statistical_neighbours n
JOIN areas_compared x ON x.urn = n.urn
JOIN authorities a ON a.urn = n.urn
LEFT JOIN authorities b ON b.urn = n.neighbour_urn
LEFT JOIN current_grades own ON own.urn = n.urn AND own.area = x.area
LEFT JOIN current_grades theirs ON theirs.urn = n.neighbour_urn AND theirs.area = x.area
ORDER BY a.name, x.area, n.neighbour_rank;
