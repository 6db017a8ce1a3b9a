"""The second reading: every SIF and ILACS grade read again from the body, compared with page 1,
and put under review (never guessed) where the two disagree or neither found a grade.

Wordings are built from text in the forms Ofsted prints (headings wrapped over lines, colons,
"is that it is", "judgment" without an e, bulleted lists of the previous inspection's grades)."""
from __future__ import annotations

import csv
from collections import defaultdict

import pytest

from corpus import require_corpus
from extractors import extract
from extractors.body import grades_on_page
from extractors.overall import ilacs_line, sif_descriptor, sif_sentence
from extractors.review import compare
from pdf_builder import contradicting_report_pdf

ALL = ("help_and_protection", "in_care_and_care_leavers", "in_care", "care_leavers",
       "looked_after_permanence", "adoption", "leaders")


def body(text: str) -> dict[str, list[str]]:
    return grades_on_page(text, ALL)


# --- the body's headings -------------------------------------------------------------------

@pytest.mark.parametrize("text, area, grade", [
    ("The experiences and progress of children who need help and \nprotection: good\n1. Children receive help.",
     "help_and_protection", "good"),
    ("The experiences and progress of children in care and care \nleavers: requires improvement to be good\n13. Children",
     "in_care_and_care_leavers", "requires_improvement"),
    ("The experiences and progress of children in care: outstanding\n", "in_care", "outstanding"),
    ("The experiences and progress of care leavers: inadequate\n", "care_leavers", "inadequate"),
    ("The impact of leaders on social work practice with children and \nfamilies: outstanding\n29. Leaders",
     "leaders", "outstanding"),
    ("Impact of leaders on social work practice with children and families: good\n43.Ambitious", "leaders", "good"),
    ("The experiences and progress of children who need help and \nprotection is: inadequate\n1. Responses",
     "help_and_protection", "inadequate"),
    # SIF: the heading, then the grade on the next lines, then "Summary"
    ("9\nThe experiences and progress of \nchildren who need help and \nprotection\nRequires improvement\nto be good\nSummary",
     "help_and_protection", "requires_improvement"),
    ("Key judgement Judgement grade\nThe experiences and progress of children \nlooked after and achieving permanence Requires improvement \nSummary",
     "looked_after_permanence", "requires_improvement"),
    ("Leadership, management and \ngovernance Good \nSummary", "leaders", "good"),
    ("Leadership, management and governance Requires improvement to be good Senior leaders", "leaders",
     "requires_improvement"),
    ("The graded judgement for adoption performance is that it is good \n55. More children", "adoption", "good"),
    ("The graded judgement for adoption performance is that it requires \nimprovement\n81. The team", "adoption",
     "requires_improvement"),
    ("The graded judgment for adoption performance is requires improvement\n141. There has been", "adoption",
     "requires_improvement"),
    ("The graded judgement about the experience and progress of care leavers \nis that it is good \n58. Care",
     "care_leavers", "good"),
    ("The graded judgement about the experience and progress of care leavers \nis that is inadequate\n111. Care",
     "care_leavers", "inadequate"),
])
def test_body_heading_is_read(text, area, grade):
    assert body(text) == {area: [grade]}


def test_previous_inspections_bulleted_grades_are_not_this_reports_body():
    text = ("The previous single inspection of the local authority children's services was \n"
            "published in September 2015. The judgements for the local authority were:\n"
            "\uf0be Overall effectiveness: inadequate\n"
            "\uf0be Children who need help and protection: inadequate\n"
            "\uf0be Adoption performance: good\n"
            "\uf0be Experiences and progress of care leavers: good\n"
            "- leadership, management and governance: requires improvement\n")
    assert body(text) == {}


def test_children_in_care_is_not_read_as_the_2018_joint_area():
    assert body("The experiences and progress of children in care and care leavers: good\n") == {
        "in_care_and_care_leavers": ["good"]}
    assert "in_care" not in body("The experiences and progress of children in care and care leavers: good\n")


def test_prose_about_a_past_judgement_is_not_a_grade():
    assert body("The experiences and progress of children in care were judged good in 2014.\n") == {}


# --- the overall judgement in words ---------------------------------------------------------

@pytest.mark.parametrize("page1, grade", [
    ("The overall judgement is that children\u2019s services require \nimprovement\nThe authority is not yet",
     "requires_improvement"),
    ("The overall judgement is that children's services are inadequate\nThere are widespread", "inadequate"),
    ("The overall judgement is requires improvement. There are no widespread or serious failures", "requires_improvement"),
    ("The overall judgement is good \nThe local authority leads effective services", "good"),
    ("Children\u2019s services in Blackpool are good\n1. Children who need help and protection Good", "good"),
    ("Children's services in the London Borough of Lewisham require \nimprovement to be good\n1. Children who need",
     "requires_improvement"),
    ("Childrens services in Walsall requires improvement to be good\n1. Children who need help", "requires_improvement"),
    ("Children's services in the Royal Borough of Kensington and \nChelsea are outstanding \n1. Children", "outstanding"),
    ("Children's services on the Isles of Scilly are good\n", "good"),
    ("Children's services in the Blackburn with Darwen Council area are good \n1. Children who", "good"),
    ("Children's services in Example are inadequate\n1. Children who need help", "inadequate"),
    ("Overall effectiveness: Requires improvement to be good\n1. Children who need help", "requires_improvement"),
    ("Overall effectiveness judgement: inadequate\n", "inadequate"),
    ("Overall judgement: Good\n1. Children who need help", "good"),
    ("The overall effectiveness of children's services in Example is judged to be inadequate.\n", "inadequate"),
    ("The overall judgement is that children's services in Example are good.\n", "good"),
])
def test_sif_page1_sentence(page1, grade):
    assert sif_sentence("Example Council\nInspection of services for children in need of help and protection\n" + page1) == grade


def test_sif_page1_sentence_is_not_read_from_the_table_or_an_earlier_inspection():
    assert sif_sentence("Children's services in Example were judged inadequate in 2014.\n"
                        "1. Children who need help and protection Good\n") is None
    assert sif_sentence("Children's services in Example are not yet good\n1. Children who need help") is None


@pytest.mark.parametrize("page1, page2, grade", [
    ("The local authority leads effective services that meet the requirements for good.", None, "good"),
    ("The authority is not yet delivering good protection and help and care for children", None, "requires_improvement"),
    ("There are no widespread or serious failures that create or leave children being harmed", None,
     "requires_improvement"),
    ("There are widespread or serious failures that create or leave children being harmed or at risk of harm.",
     None, "inadequate"),
    ("The local authority leads highly effective services that contribute to significantly improved outcomes",
     None, "outstanding"),
    ("Children's services in Example are good", "2\nExecutive summary\nChildren's services in Example require "
     "improvement to be good. Since", "requires_improvement"),
    ("Children's services in Example are good", "2\nExecutive summary\nServices for children in Example are not "
     "yet good overall.", None),
])
def test_sif_overall_second_statement(page1, page2, grade):
    assert sif_descriptor(page1, page2) == grade


def test_ilacs_overall_line_reads_a_wrapped_grade():
    assert ilacs_line("Judgement Grade\nOverall effectiveness Requires \nimprovement to be \ngood\n") == "requires_improvement"
    assert ilacs_line("Overall effectiveness\nOutstanding\n") == "outstanding"
    assert ilacs_line("Judgement Grade\nThe impact of leaders Good\n") is None


# --- the comparison ----------------------------------------------------------------------------

REQ = {"help_and_protection", "leaders", "overall_effectiveness"}
BODY = {"help_and_protection", "leaders"}


def test_both_readings_agree_nothing_to_review():
    first = {"help_and_protection": "good", "leaders": "good", "overall_effectiveness": "good"}
    assert compare(first, dict(first), required=REQ, restated=BODY) == (first, {})


def test_disagreement_goes_to_review_and_keeps_page_1():
    judgements, review = compare({"help_and_protection": "good", "leaders": "good", "overall_effectiveness": "good"},
                                 {"help_and_protection": "inadequate", "leaders": "good"}, required=REQ, restated=BODY)
    assert judgements["help_and_protection"] == "good"
    assert list(review) == ["help_and_protection"]
    assert "good" in review["help_and_protection"] and "inadequate" in review["help_and_protection"]


def test_a_required_judgement_neither_reading_found_goes_to_review():
    judgements, review = compare({"leaders": "good", "overall_effectiveness": "good"}, {"leaders": "good"},
                                 required=REQ, restated=BODY)
    assert "help_and_protection" not in judgements
    assert "page 1 or in the body" in review["help_and_protection"]


def test_a_grade_only_the_body_gives_is_loaded_but_reviewed():
    judgements, review = compare({"leaders": "good", "overall_effectiveness": "good"},
                                 {"leaders": "good", "help_and_protection": "requires_improvement"},
                                 required=REQ, restated=BODY)
    assert judgements["help_and_protection"] == "requires_improvement"
    assert "body alone" in review["help_and_protection"]


def test_a_grade_the_body_does_not_confirm_is_reviewed_but_a_single_overall_is_not():
    judgements, review = compare({"help_and_protection": "good", "leaders": "good", "overall_effectiveness": "good"},
                                 {"leaders": "good"}, required=REQ, restated=BODY)
    assert list(review) == ["help_and_protection"]


def test_not_judged_areas_are_not_required():
    assert compare({"leaders": "good"}, {"leaders": "good"}, required={"leaders"}, restated={"leaders"})[1] == {}


def test_two_grades_in_the_body_go_to_review():
    _, review = compare({"leaders": "good"}, {}, required={"leaders"}, restated={"leaders"},
                        second_conflicts={"leaders": ["good", "inadequate"]})
    assert "good and inadequate" in review["leaders"]


# --- whole PDFs --------------------------------------------------------------------------------

def test_report_whose_page_1_contradicts_its_body_goes_to_review():
    record = extract(contradicting_report_pdf(area="in_care", page1_grade="good", body_grade="inadequate"))
    assert record.status == "ok" and record.report_kind == "ilacs_standard" and record.framework == "ilacs_2023"
    assert record.judgements["in_care"] == "good"  # the page-1 reading, held for a person to check
    assert set(record.review) == {"in_care"}
    assert "inadequate" in record.review["in_care"]
    assert record.to_json()["review"] == record.review


def test_report_whose_readings_agree_has_no_review():
    record = extract(contradicting_report_pdf(area="leaders", page1_grade="requires_improvement",
                                              body_grade="requires_improvement"))
    assert record.judgements["leaders"] == "requires_improvement"
    assert record.review == {} and "review" not in record.to_json()


def test_report_with_a_page_1_grade_missing_takes_the_body_grade_under_review():
    record = extract(contradicting_report_pdf(area="care_leavers", page1_grade="good", body_grade="good",
                                              grades={"overall_effectiveness": "good"}).replace(
        b"(Good) Tj", b"() Tj", 1))  # page 1's first grade (leaders) blanked
    assert record.judgements["leaders"] == "good"
    assert "leaders" in record.review and "body alone" in record.review["leaders"]


@pytest.fixture(scope="module")
def corpus_records():
    corpus = require_corpus()
    with open(corpus / "labels" / "documents.csv", newline="", encoding="utf-8") as f:
        docs = list(csv.DictReader(f))
    grades: dict[str, dict[str, str]] = defaultdict(dict)
    with open(corpus / "labels" / "judgements.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            grades[row["sha256"]][row["area"]] = row["grade"]
    graded = [d for d in docs if d["report_kind"] in ("sif", "ilacs_short", "ilacs_standard", "ilacs")]
    return [(d["path"], grades[d["sha256"]], extract((corpus / d["path"]).read_bytes())) for d in graded]


def test_no_corpus_report_goes_to_review_and_every_grade_is_right(corpus_records):
    assert len(corpus_records) > 250
    reviewed = {path: record.review for path, _, record in corpus_records if record.review}
    assert reviewed == {}
    wrong = {path: (want, record.judgements) for path, want, record in corpus_records if record.judgements != want}
    assert wrong == {}


def test_lscb_review_without_a_grade_goes_to_review():
    from pdf_builder import text_pdf

    record = extract(text_pdf([["Exampleton Borough Council",
                                "Review of the effectiveness of the Local Safeguarding Children Board",
                                "Inspection date: 2 March 2015 - 24 March 2015", "Report published: 1 May 2015"],
                               ["The board meets its statutory duties.", "Lead inspector: Ann Example HMI"]]))
    assert record.report_kind == "lscb_review"
    assert "lscb" not in record.judgements and "lscb" in record.review


def test_heading_at_the_foot_of_a_page_with_its_grade_on_the_next():
    from extractors.body import read_body
    from extractors.pdf import PdfText
    from pdf_builder import text_pdf

    pdf = PdfText(text_pdf([["page 1"], ["12. Children are seen.", "The experiences and progress of children who need",
                                          "help and protection:"], ["3", "good", "13. Early help is strong."]]))
    try:
        assert read_body(pdf, "ilacs_2018", {"help_and_protection"}).grades == {"help_and_protection": "good"}
    finally:
        pdf.close()
