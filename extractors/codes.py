"""The codes of the extraction contract (shared/spec/extraction.md)."""

REPORT_KINDS = (
    "ilacs_standard", "ilacs_short", "ilacs", "sif", "lscb_review", "slac",
    "focused_visit", "monitoring_visit", "article", "other",
)
FRAMEWORKS = ("ilacs_2018", "ilacs_2023", "ilacs_2026", "sif", "pre_2013", "none")
GRADED_KINDS = frozenset({"ilacs_standard", "ilacs_short", "ilacs", "sif", "lscb_review", "slac"})

AREAS = (
    "overall_effectiveness", "leaders", "help_and_protection", "in_care_and_care_leavers",
    "in_care", "care_leavers", "looked_after_permanence", "adoption", "lscb",
)

GRADES = ("outstanding", "good", "requires_improvement", "adequate", "inadequate")
GRADE_RANK = {"outstanding": 1, "good": 2, "requires_improvement": 3, "adequate": 3, "inadequate": 4}

STATUS_OK = "ok"
STATUS_NOT_A_REPORT = "not_a_report"
STATUS_UNREADABLE = "unreadable"
