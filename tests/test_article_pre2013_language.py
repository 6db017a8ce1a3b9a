"""The language of the inspections before 2013 (the joint Ofsted and Care Quality Commission
inspections of safeguarding and looked after children services, 2009-2012), read both in an article
about one and where a later article names one as an earlier grade. Their grades have areas of their
own (pre2013_safeguarding_overall, pre2013_lac_overall and the two capacities to improve) and never
a later framework's: a pre-2013 grade given help_and_protection, in_care or overall_effectiveness is
a wrong claim. Annual performance ratings (2008-2010, "performs poorly") are no inspection's grades.

Real excerpts (a sentence or two, each with its address; pages about authorities in the North West,
North East, Yorkshire and the Humber and the West Midlands, none of them reserved) and sentences
written for these tests in the same forms, several of each."""
from __future__ import annotations

from datetime import date

import pytest
from seeds import claim_set

from extractors.article_claims import claims_from_text
from extractors.article_pre2013 import speaks_pre2013

PS, PL = "pre2013_safeguarding_overall", "pre2013_lac_overall"
PSC, PLC = "pre2013_safeguarding_capacity", "pre2013_lac_capacity"
O, H, IC = "overall_effectiveness", "help_and_protection", "in_care"
CUR, PREV = "current", "previous"
LATER = {O, H, IC, "in_care_and_care_leavers", "care_leavers", "looked_after_permanence", "leaders", "adoption", "lscb"}

# (text, publication date, publisher's authority, expected claims)
CASES = [
    # -- an article about a pre-2013 inspection: safeguarding and looked after children ------------------
    # https://careappointments.com/care-news/england/85530/ofsted-says-childrens-safeguarding-in-sandwell-is-improving
    ("Ofsted says children's safeguarding in Sandwell is improving\n"
     "Ofsted rates the authority's safeguarding performance and capacity to improve further as \"adequate\" - and "
     "council bosses have pledged to maintain the momentum.", None, None,
     {("Sandwell", None, PS, "adequate", CUR), ("Sandwell", None, PSC, "adequate", CUR)}),
    ("Ofsted rated Wigan's safeguarding services and its capacity to improve as good.", date(2011, 6, 1), None,
     {("Wigan", 2011, PS, "good", CUR), ("Wigan", 2011, PSC, "good", CUR)}),
    ("Ofsted judged Wigan's looked after children services and their capacity to improve as adequate.", date(2011, 6, 1), None,
     {("Wigan", 2011, PL, "adequate", CUR), ("Wigan", 2011, PLC, "adequate", CUR)}),
    # https://www.basw.co.uk/media/news/2010/jul/safeguarding-services-birmingham-remain-inadequate
    ("Safeguarding services in Birmingham remain inadequate\n"
     "Safeguarding services in Birmingham Council have been graded 'inadequate' by Ofsted in an inspection report.",
     date(2010, 7, 1), None, {("Birmingham", 2010, PS, "inadequate", CUR)}),
    # "requires improvement" is no grade the inspections before 2013 gave
    ("Ofsted rated Wigan's children's services good. Its safeguarding services had previously been judged to require "
     "improvement.", date(2017, 6, 1), None, {("Wigan", 2017, O, "good", CUR)}),
    # a year past 2013 is no pre-2013 grade's: "since 2010 ..., when they were found to be adequate"
    ("Ofsted rated Wigan's children's services good, the first time since 2010 that the services had been inspected, "
     "when they were found to be adequate.", date(2017, 6, 1), None,
     {("Wigan", 2017, O, "good", CUR), ("Wigan", None, PS, "adequate", PREV)}),
    # a whole-service grade dated before 2013 by a later page
    ("Ofsted rated Calderdale's children's services requires improvement. Back in 2010 Calderdale's children's services "
     "were rated inadequate by Ofsted.", date(2015, 6, 1), None,
     {("Calderdale", 2015, O, "requires_improvement", CUR), ("Calderdale", 2010, PS, "inadequate", PREV)}),
    # https://www.newsguardian.co.uk/news/protection-of-children-praised-by-inspectors-1-4571137 (no date on the page):
    # a count of criteria is no claim; "the services" of a safeguarding and looked-after children assessment: the
    # whole service's one grade, never the later frameworks' overall effectiveness
    ("NORTH Tyneside Council's work to support and protect vulnerable children and young people has been praised by "
     "government inspectors.\nThe assessment of the authority's safeguarding and looked-after children's services saw "
     "a dozen of the criteria they were marked on rated as good, eight graded as outstanding and two judged as being "
     "adequate.\nInspectors rated the overall effectiveness of the services as good, with outstanding capacity to "
     "improve.", None, None, {("North Tyneside", None, PS, "good", CUR)}),
    ("Ofsted rated the overall effectiveness of Bolton's services as good, with good capacity to improve.", None, None,
     {("Bolton", None, PS, "good", CUR)}),
    # https://careappointments.com/care-news/england/82562/ofsteds-new-inspections-are-intense-and-rigorous/ (dev set)
    ("Ofsted inspected Staffordshire and Devon.\nStaffordshire and Devon County Councils both received a rating of "
     "adequate for safeguarding.\nStaffordshire's services for looked-after children were rated as adequate, while "
     "Devon's received an overall rating of good.", None, None,
     {("Staffordshire", None, PS, "adequate", CUR), ("Devon", None, PS, "adequate", CUR),
      ("Staffordshire", None, PL, "adequate", CUR), ("Devon", None, PL, "good", CUR)}),
    ("Ofsted said Salford's services for looked-after children were good.", date(2010, 3, 1), None,
     {("Salford", 2010, PL, "good", CUR)}),
    ("Salford's services for looked-after children were rated as good by Ofsted and the Care Quality Commission.",
     None, None, {("Salford", None, PL, "good", CUR)}),
    ("Salford received a rating of adequate for safeguarding from Ofsted.", None, None,
     {("Salford", None, PS, "adequate", CUR)}),
    # http://www.newsshopper.co.uk/news/bexley/9896880.Ofsted_report_criticises_Bexley_Council_children_s_services/ (dev set):
    # "only adequate" is the grade adequate
    ("Ofsted did say the council had a \"clear vision\" for safeguarding children, though capacity for improvement "
     "was deemed only \"adequate\".", date(2012, 8, 30), "Bexley", {("Bexley", 2012, PSC, "adequate", CUR)}),
    ("Ofsted rated Bolton's safeguarding services only adequate.", date(2011, 3, 1), None,
     {("Bolton", 2011, PS, "adequate", CUR)}),
    ("Bolton's services for looked after children were judged merely adequate by Ofsted.", date(2011, 3, 1), None,
     {("Bolton", 2011, PL, "adequate", CUR)}),
    # the measure and the domain it is of, named after the grade ("looked after" is no clause's "after")
    ("Bexley was rated good by Ofsted for the overall effectiveness of its looked after children services.",
     date(2012, 3, 1), None, {("Bexley", 2012, PL, "good", CUR)}),
    ("Bexley was rated good by Ofsted for the overall effectiveness of services for looked after children.",
     date(2012, 3, 1), None, {("Bexley", 2012, PL, "good", CUR)}),
    ("Bexley was rated inadequate by Ofsted for the overall effectiveness of its safeguarding services.",
     date(2012, 3, 1), None, {("Bexley", 2012, PS, "inadequate", CUR)}),
    # a capacity to improve of no domain said: whose is unsure, left out (never the whole service's grade)
    ("Bexley was rated good by Ofsted for its capacity to improve.", date(2012, 3, 1), None, set()),
    # -- the page's own "adequate": the undated page is about a pre-2013 inspection --------------------------------
    ("Ofsted rated Wirral's safeguarding services adequate.\nIts services for looked after children were judged good.",
     None, None, {("Wirral", None, PS, "adequate", CUR), ("Wirral", None, PL, "good", CUR)}),
    ("Ofsted judged Wirral's child protection services adequate.\nLooked after children's services were rated good.",
     None, None, {("Wirral", None, PS, "adequate", CUR), ("Wirral", None, PL, "good", CUR)}),
    # -- a later article naming a pre-2013 grade ----------------------------------------------------------------------
    # https://www.itv.com/news/central/2023-04-18/childrens-services-in-birmingham-rated-good-for-first-time-in-13-years (dev set)
    ("Prior to that children's social care in Birmingham had been graded 'Inadequate' by Ofsted since 2010 and had "
     "been failing for longer.", date(2023, 4, 18), None, {("Birmingham", 2010, PS, "inadequate", PREV)}),
    pytest.param("A previous inspection of safeguarding and looked-after children services at the authority, published in "
                 "November 2010, rated each area as adequate.", date(2014, 2, 24), "Sheffield",
                 {("Sheffield", None, PS, "adequate", PREV), ("Sheffield", None, PL, "adequate", PREV)},
                 marks=pytest.mark.xfail(strict=True, reason="an inspection as the subject, its areas 'each area': not read yet")),
    ("Ofsted rated Leeds requires improvement.\nIts previous inspection, in 2011, rated both safeguarding and looked "
     "after children services as adequate.", date(2014, 6, 1), None,
     {("Leeds", 2014, O, "requires_improvement", CUR), ("Leeds", 2011, PS, "adequate", PREV),
      ("Leeds", 2011, PL, "adequate", PREV)}),
    ("Leeds has been rated good by Ofsted, up from adequate at its last inspection.", date(2015, 6, 1), None,
     {("Leeds", 2015, O, "good", CUR), ("Leeds", None, PS, "adequate", PREV)}),
    ("In 2011, Ofsted rated Kirklees's safeguarding services inadequate.", date(2016, 6, 1), None,
     {("Kirklees", 2011, PS, "inadequate", CUR)}),
    ("Kirklees was rated good by Ofsted. In 2011, Ofsted rated its safeguarding services inadequate.", date(2016, 6, 1),
     None, {("Kirklees", 2016, O, "good", CUR), ("Kirklees", 2011, PS, "inadequate", PREV)}),
    # -- a grade dated 2013 of the whole service stays the later framework's (README's guide) ------------------
    ("Ofsted rated Sandwell's children's services inadequate in 2013.", date(2018, 1, 29), None,
     {("Sandwell", 2013, O, "inadequate", CUR)}),
    # -- annual performance ratings (2008-2010): no inspection's grades -----------------------------------------------
    # https://feeds.bbci.co.uk/news/uk-england-south-yorkshire-11957073
    ("Ofsted rates Doncaster children's services 'poor'\nDoncaster is one of 12 authorities in England where "
     "children's services are deemed to be performing poorly.", date(2010, 12, 9), None, set()),
    # https://www.publicfinance.co.uk/news/2010/12/twelve-councils-child-services-rated-poor
    ("Children's services at 12 councils in England have been rated as poor by Ofsted inspectors.\nThe councils rated "
     "poor were: Birmingham, Calderdale, Doncaster, Essex, Kent, Leeds, Nottinghamshire, Peterborough, Salford, "
     "Sandwell, Torbay and Worcestershire.", date(2010, 12, 9), None, set()),
    ("In Ofsted's annual assessment, Salford's children's services were judged to perform adequately.",
     date(2009, 12, 9), None, set()),
]


@pytest.mark.parametrize("text, published, authority, expected", CASES,
                         ids=[(c.values if hasattr(c, "values") else c)[0][:70] for c in CASES])
def test_pre2013_language(text, published, authority, expected):
    assert claim_set(claims_from_text(text, published, authority)) == expected


# Pages whose words are the pre-2013 inspections' own, and pages whose are not.
@pytest.mark.parametrize("text, pre2013", [
    ("The assessment of the authority's safeguarding and looked-after children's services saw twelve criteria rated good.", True),
    ("Inspectors rated the overall effectiveness of the services as good, with outstanding capacity to improve.", True),
    ("Ofsted did say the council had a clear vision, though capacity for improvement was deemed only \"adequate\".", True),
    ("The safeguarding and looked after children inspection took place in October.", True),
    ("An Ofsted and Care Quality Commission report said on Tuesday that services were good.", True),
    ("Ofsted said the council's leaders had the capacity to improve services further.", False),
    ("Ofsted rated the council's services for children in need of help and protection, children looked after and care leavers good.", False),
    ("The council's safeguarding partnership was praised by Ofsted.", False),
])
def test_pre2013_wording(text, pre2013):
    assert speaks_pre2013([text]) is pre2013


def test_an_undated_pre2013_page_gives_no_later_framework_area():
    """The grades of an undated page about a pre-2013 inspection are that framework's: not one is
    given overall effectiveness, help and protection or children in care."""
    text = ("Ofsted and the Care Quality Commission inspected Bolton's safeguarding and looked after children services.\n"
            "Ofsted rated Bolton's children's services good.\nChild protection services were judged good.\n"
            "Services for looked after children were rated outstanding.")
    claims = claim_set(claims_from_text(text))
    assert claims and not {c[2] for c in claims} & LATER
    assert ("Bolton", None, PL, "outstanding", CUR) in claims
