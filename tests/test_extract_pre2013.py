"""Pre-2013 inspections read from the language of their record of main findings, in each layout.

The judgement names follow Ofsted's evaluation schedule for the inspections of safeguarding and
looked after children services (2009-2012): overall effectiveness, capacity for improvement,
safeguarding outcomes (children are safe, feel safe), quality of provision, the contribution of
health agencies, ambition and prioritisation, leadership and management, performance management,
partnerships, equality and diversity, and the Every Child Matters outcomes for looked after
children (as listed in https://paperzz.com/doc/7085700/safeguarding-and-cla-inspection and
https://slideplayer.com./amp/773363). Rows below are built from that wording, not copied from a
report."""
from __future__ import annotations

from extractors import extract
from extractors.formats.pre2013 import grade_key, read_rows
from pdf_builder import text_pdf

KEY = {"1": "outstanding", "2": "good", "3": "adequate", "4": "inadequate"}


def test_two_sections_grades_as_words():
    text = "\n".join([
        "Safeguarding services",
        "Overall effectiveness Adequate",
        "Capacity for improvement Good",
        "Safeguarding outcomes for children and young people",
        "Children and young people are safe: effectiveness of services in taking",
        "reasonable steps to ensure that children and young people are safe Adequate",
        "Children and young people feel safe Good",
        "Quality of provision Adequate",
        "The contribution of health agencies to keeping children and young people safe Good",
        "Ambition and prioritisation Good",
        "Leadership and management Adequate",
        "Services for looked after children",
        "Overall effectiveness Good",
        "Capacity for improvement Outstanding",
        "How good are outcomes for looked after children and care leavers?",
        "Being healthy Good",
        "Staying safe Good",
        "Enjoying and achieving Adequate",
        "Making a positive contribution, including user engagement Outstanding",
        "Economic well-being Inadequate",
        "Equality and diversity Good",
    ])
    judgements, review = read_rows(text, "safeguarding", KEY)
    assert review == {}
    assert judgements["pre2013_safeguarding_overall"] == "adequate"
    assert judgements["pre2013_safeguarding_capacity"] == "good"
    assert judgements["pre2013_safeguarding_children_safe"] == "adequate"
    assert judgements["pre2013_safeguarding_children_feel_safe"] == "good"
    assert judgements["pre2013_safeguarding_health_contribution"] == "good"
    assert judgements["pre2013_safeguarding_leadership"] == "adequate"
    assert judgements["pre2013_lac_overall"] == "good"
    assert judgements["pre2013_lac_capacity"] == "outstanding"
    assert judgements["pre2013_lac_positive_contribution"] == "outstanding"
    assert judgements["pre2013_lac_economic_wellbeing"] == "inadequate"
    assert judgements["pre2013_lac_equality_and_diversity"] == "good"


def test_grades_as_numbers_read_through_the_printed_key():
    key = grade_key("Grade 1 outstanding; Grade 2 good; Grade 3 adequate; Grade 4 inadequate")
    assert key == KEY
    judgements, review = read_rows("Safeguarding services\nOverall effectiveness | 3\nCapacity for improvement | 2\n"
                                   "Services for looked after children\nOverall effectiveness 4\n", "safeguarding", key)
    assert judgements == {"pre2013_safeguarding_overall": "adequate", "pre2013_safeguarding_capacity": "good",
                          "pre2013_lac_overall": "inadequate"}
    assert review == {}


def test_bare_numbers_without_a_key_are_not_read():
    judgements, _ = read_rows("Overall effectiveness 3\nCapacity for improvement 2\n", "safeguarding", {})
    assert judgements == {}


def test_word_and_grade_number_wrapped_label_and_key_in_brackets():
    key = grade_key("Outstanding (Grade 1) A service that significantly exceeds\nGood (Grade 2) A service\n"
                    "Adequate (Grade 3) A service that only meets\nInadequate (Grade 4) A service that does not")
    assert key == KEY
    judgements, review = read_rows("Services for looked after children\nOverall effectiveness Inadequate Grade 4\n"
                                   "Outcomes for looked after children and\nyoung people\nAdequate (Grade 3)\n",
                                   "lac", key)
    assert judgements == {"pre2013_lac_overall": "inadequate", "pre2013_lac_outcomes": "adequate"}
    assert review == {}


def test_word_and_number_that_disagree_go_to_review():
    judgements, review = read_rows("Overall effectiveness Good Grade 4\n", "lac", KEY)
    assert "pre2013_lac_overall" in review and "grade 4" in review["pre2013_lac_overall"]


def test_child_protection_inspection_rows():
    judgements, _ = read_rows("Overall effectiveness Adequate\n"
                              "The effectiveness of the help and protection provided to children, young people,\n"
                              "families and carers Good\nThe quality of practice Adequate\n"
                              "Leadership and governance Adequate\n", "safeguarding", KEY)
    assert judgements == {"pre2013_safeguarding_overall": "adequate", "pre2013_safeguarding_help_and_protection": "good",
                          "pre2013_safeguarding_quality_of_practice": "adequate",
                          "pre2013_safeguarding_leadership": "adequate"}


def _slac_pdf(record: list[str]) -> bytes:
    return text_pdf([
        ["Inspection of safeguarding and looked after children services", "Exampleton Borough Council",
         "Inspection dates: 8 - 19 March 2010", "Reporting inspector Ann Example HMI", "Age group: All",
         "Published: 23 April 2010"],
        ["Exampleton Borough Council Inspection of safeguarding and looked after children 1", "Contents",
         "The inspection judgements and what they mean 2", "Record of main findings 30"],
        ["The inspection judgements and what they mean", "Outstanding (Grade 1) A service that significantly exceeds",
         "Good (Grade 2) A service that exceeds minimum requirements", "Adequate (Grade 3) A service that only meets",
         "Inadequate (Grade 4) A service that does not meet minimum requirements"],
        ["Exampleton Borough Council Inspection of safeguarding and looked after children 30",
         "Record of main findings", *record],
    ])


def test_whole_slac_report():
    record = extract(_slac_pdf(["Safeguarding services", "Overall effectiveness Inadequate",
                                "Capacity for improvement Adequate", "Services for looked after children",
                                "Overall effectiveness Adequate", "Capacity for improvement Adequate"]))
    assert (record.status, record.report_kind, record.framework) == ("ok", "slac", "pre_2013")
    assert record.inspection_start.isoformat() == "2010-03-08" and record.inspection_end.isoformat() == "2010-03-19"
    assert record.lead_inspector == "Ann Example"
    assert record.local_authority and record.local_authority.startswith("Exampleton")
    assert record.judgements == {"pre2013_safeguarding_overall": "inadequate", "pre2013_safeguarding_capacity": "adequate",
                                 "pre2013_lac_overall": "adequate", "pre2013_lac_capacity": "adequate"}
    assert record.review == {}


def test_slac_report_without_a_readable_record_goes_to_review():
    record = extract(_slac_pdf(["The findings are set out in the report above."]))
    assert record.judgements == {}
    assert "inspection" in record.review
    assert record.warnings


def test_body_restates_the_record_and_a_contradiction_goes_to_review():
    body_page = ["Exampleton Borough Council Inspection of safeguarding and looked after children 5",
                 "it reports to the board on the overall effectiveness of the service.",
                 "Capacity for improvement", "Grade 2 (Good)",
                 "Overall effectiveness of safeguarding services", "Grade 4 (Inadequate)"]
    pdf = _slac_pdf(["Safeguarding services", "Overall effectiveness Inadequate", "Capacity for improvement Good"])
    pages_pdf = text_pdf([["Inspection of safeguarding and looked after children services", "Exampleton Borough Council",
                           "Inspection dates: 8 - 19 March 2010", "Reporting inspector Ann Example HMI"],
                          body_page,
                          ["Record of main findings", "Safeguarding services", "Overall effectiveness Inadequate",
                           "Capacity for improvement Adequate"]])
    agree = extract(pdf)
    assert agree.review == {}
    record = extract(pages_pdf)
    assert record.judgements["pre2013_safeguarding_overall"] == "inadequate"
    assert set(record.review) == {"pre2013_safeguarding_capacity"}


def test_grades_printed_apart_from_their_labels_are_not_paired_by_guess():
    text = "\n".join(["Safeguarding services", "Overall effectiveness", "Capacity for improvement",
                      "Quality of provision", "Leadership and management", "Inadequate", "Adequate", "Good", "Good"])
    judgements, review = read_rows(text, "safeguarding", KEY)
    assert judgements == {}
    assert "inspection" in review


def test_group_headings_are_not_rows():
    text = "\n".join(["Safeguarding services", "Overall effectiveness Adequate",
                      "Safeguarding outcomes for children and young people",
                      "Children and young people are safe: effectiveness of services in taking",
                      "reasonable steps to ensure that children and young people are safe",
                      "Good"])
    judgements, review = read_rows(text, "safeguarding", KEY)
    assert judgements == {"pre2013_safeguarding_overall": "adequate", "pre2013_safeguarding_children_safe": "good"}
    assert review == {}
