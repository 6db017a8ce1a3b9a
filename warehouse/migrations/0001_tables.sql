-- 0001: the tables, and the codes of shared/spec/extraction.md as reference tables.
--
-- Source of truth: `publications` (what the site published) and `extractions` (what each file
-- says). `inspections` and `judgements` are derived from them, one authority at a time, by
-- warehouse.load, so the result never depends on the order files were loaded in.
-- `authorities` is filled from warehouse/reference/authorities.csv by warehouse.db.migrate.

CREATE TABLE warehouse_meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- Every English local authority with children's services (public facts).
CREATE TABLE authorities (
    urn         INTEGER PRIMARY KEY,   -- Ofsted URN, reports.ofsted.gov.uk/provider/44/<urn>
    la_code     VARCHAR NOT NULL,      -- DfE 3-digit LA code
    ons_code    VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    region_code VARCHAR NOT NULL,      -- ONS region code
    region      VARCHAR NOT NULL
);

-- Grade rank for comparisons: a lower rank is better; a change "up" means the rank went down.
CREATE TABLE grades (
    grade VARCHAR PRIMARY KEY,
    rank  INTEGER NOT NULL,
    label VARCHAR NOT NULL
);
INSERT INTO grades VALUES
    ('outstanding', 1, 'Outstanding'),
    ('good', 2, 'Good'),
    ('requires_improvement', 3, 'Requires improvement to be good'),
    ('adequate', 3, 'Adequate (pre-2013)'),
    ('inadequate', 4, 'Inadequate');

-- `family` identifies an inspection across re-publications: a corrected report read as `ilacs`
-- is the same inspection as the `ilacs_short` it corrects.
CREATE TABLE report_kinds (
    report_kind     VARCHAR PRIMARY KEY,
    family          VARCHAR NOT NULL,
    is_report       BOOLEAN NOT NULL,  -- an inspection (or visit) the warehouse keeps
    graded          BOOLEAN NOT NULL,  -- carries judgements
    full_inspection BOOLEAN NOT NULL,  -- judges the service as a whole (ILACS, SIF, pre-2013)
    description     VARCHAR NOT NULL
);
INSERT INTO report_kinds VALUES
    ('ilacs_standard', 'ilacs', true, true, true, 'ILACS standard inspection'),
    ('ilacs_short', 'ilacs', true, true, true, 'ILACS short inspection'),
    ('ilacs', 'ilacs', true, true, true, 'ILACS inspection (short or standard not told)'),
    ('sif', 'sif', true, true, true, 'Single inspection framework, 2013 to 2018'),
    ('lscb_review', 'lscb_review', true, true, false, 'Review of the Local Safeguarding Children Board'),
    ('slac', 'slac', true, true, true, 'Safeguarding and looked after children, pre-2013'),
    ('focused_visit', 'focused_visit', true, false, false, 'Focused visit letter'),
    ('monitoring_visit', 'monitoring_visit', true, false, false, 'Monitoring visit letter'),
    ('article', 'article', false, false, false, 'Not an inspection report'),
    ('other', 'other', false, false, false, 'Not an inspection report');

-- Judgement areas and the area each is compared with across frameworks (see warehouse/README.md).
-- Rating changes compare judgements of the same `comparable_area`. An area absent from this
-- table (the pre-2013 `pre2013_*` family) is compared with itself only.
CREATE TABLE areas (
    area            VARCHAR PRIMARY KEY,
    comparable_area VARCHAR NOT NULL,
    frameworks      VARCHAR NOT NULL,
    label           VARCHAR NOT NULL
);
INSERT INTO areas VALUES
    ('overall_effectiveness', 'overall_effectiveness', 'sif, ilacs_2018, ilacs_2023',
     'Overall effectiveness'),
    ('leaders', 'leaders', 'sif, ilacs_2018, ilacs_2023, ilacs_2026',
     'Impact of leaders (SIF: leadership, management and governance)'),
    ('help_and_protection', 'help_and_protection', 'sif, ilacs_2018, ilacs_2023, ilacs_2026',
     'Children who need help and protection'),
    ('care_leavers', 'care_leavers', 'sif, ilacs_2023, ilacs_2026',
     'Care leavers (SIF 2.2; ILACS from 2023)'),
    ('in_care_and_care_leavers', 'in_care_and_care_leavers', 'ilacs_2018',
     'Children in care and care leavers, judged together (ILACS 2018 to 2022)'),
    ('in_care', 'in_care', 'ilacs_2023, ilacs_2026', 'Children in care (ILACS from 2023)'),
    ('looked_after_permanence', 'looked_after_permanence', 'sif',
     'Children looked after and achieving permanence (SIF 2)'),
    ('adoption', 'adoption', 'sif', 'Adoption performance (SIF 2.1)'),
    ('lscb', 'lscb', 'sif', 'Local Safeguarding Children Board review'),
    ('pre2013_safeguarding_overall', 'pre2013_safeguarding_overall', 'pre_2013',
     'Safeguarding: overall effectiveness (pre-2013)'),
    ('pre2013_safeguarding_capacity', 'pre2013_safeguarding_capacity', 'pre_2013',
     'Safeguarding: capacity for improvement (pre-2013)'),
    ('pre2013_lac_overall', 'pre2013_lac_overall', 'pre_2013',
     'Looked after children: overall effectiveness (pre-2013)'),
    ('pre2013_lac_capacity', 'pre2013_lac_capacity', 'pre_2013',
     'Looked after children: capacity for improvement (pre-2013)');

-- Every file the site published, kept for ever. `status`: pending (not read yet), loaded (the
-- publication in force for its inspection), superseded (a later publication of the same
-- inspection replaced it; see `superseded_by`), quarantined (not a readable report).
CREATE TABLE publications (
    file_id         VARCHAR PRIMARY KEY,
    urn             INTEGER NOT NULL,
    local_authority VARCHAR,
    title           VARCHAR,
    published       DATE,
    url             VARCHAR NOT NULL,
    sha256          VARCHAR NOT NULL,
    bytes           BIGINT,
    first_seen      TIMESTAMP NOT NULL,   -- UTC
    status          VARCHAR NOT NULL DEFAULT 'pending',
    inspection_key  VARCHAR,
    superseded_by   VARCHAR
);

-- What each file says, as the extractor read it (one row a publication, the latest reading).
CREATE TABLE extractions (
    file_id           VARCHAR PRIMARY KEY,
    sha256            VARCHAR NOT NULL,
    status            VARCHAR NOT NULL,   -- ok | not_a_report | unreadable
    error             VARCHAR,
    report_kind       VARCHAR,
    framework         VARCHAR,
    local_authority   VARCHAR,
    inspection_start  DATE,
    inspection_end    DATE,
    published         DATE,               -- the date printed in the report
    lead_inspector    VARCHAR,
    judgements        JSON NOT NULL,      -- {"area": "grade", ...}
    warnings          JSON NOT NULL,
    extractor_version VARCHAR NOT NULL,
    quarantine_reason VARCHAR             -- why the file is no inspection we keep; NULL if it is
);

-- One row an inspection (or visit), described by its publication in force.
-- inspection_key: '<urn>/<kind family>/<inspection start date>' (falling back to the end date,
-- the date printed in the report, then the publication date).
CREATE TABLE inspections (
    inspection_key    VARCHAR PRIMARY KEY,
    urn               INTEGER NOT NULL,
    local_authority   VARCHAR,
    report_kind       VARCHAR NOT NULL,
    kind_family       VARCHAR NOT NULL,
    framework         VARCHAR,
    inspection_start  DATE,
    inspection_end    DATE,
    inspection_date   DATE,     -- the date inspections are ordered by: end, else start, else published
    published         DATE,     -- publication date of the publication in force
    first_published   DATE,
    file_id           VARCHAR NOT NULL,
    url               VARCHAR NOT NULL,
    publications      INTEGER NOT NULL,
    lead_inspector    VARCHAR,
    extractor_version VARCHAR NOT NULL
);

CREATE TABLE judgements (
    inspection_key  VARCHAR NOT NULL,
    urn             INTEGER NOT NULL,
    area            VARCHAR NOT NULL,
    comparable_area VARCHAR NOT NULL,
    grade           VARCHAR NOT NULL,
    rank            INTEGER NOT NULL,
    PRIMARY KEY (inspection_key, area)
);

-- Transactional outbox: written in the same transaction as the rows an event describes.
-- event_id is a UUID5 of (event_type, subject), so the same fact never gets two rows.
CREATE TABLE outbox (
    event_id     UUID PRIMARY KEY,
    event_type   VARCHAR NOT NULL,    -- ofsted.inspection.loaded | ofsted.rating.changed
    subject      VARCHAR NOT NULL,    -- the deterministic key the id is made from
    urn          INTEGER NOT NULL,
    occurred_on  DATE,                -- publication date of the report the event is about
    payload      JSON NOT NULL,
    created_at   TIMESTAMP NOT NULL,  -- UTC
    published_at TIMESTAMP            -- UTC; NULL while pending
);
