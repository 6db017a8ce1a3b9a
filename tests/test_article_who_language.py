"""WHO is graded, and the grades of authorities other than an article's main one: round-ups and
lists, neighbours and partners, comparisons, council pages speaking as "we" / "the council", children's
trusts and companies that run a council's services, possessives, names written in other forms
("City of Doncaster Council", "Wirral MBC", "Blackburn and Darwen").

Real excerpts (a sentence or two, each with its address; pages in the North West, North East,
Yorkshire and the Humber and West Midlands, checked against ../shared/eval/reserved-articles.txt and
outside the held-out split) and sentences written for these tests in the same forms. Claims are
compared as (authority, area, grade, role): the years are other tests' business."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.article_claims import claims_from_text

O = "overall_effectiveness"
H = "help_and_protection"
IC = "in_care"
CL = "care_leavers"
L = "leaders"
ICL = "in_care_and_care_leavers"
LSCB = "lscb"
A = "adoption"
P13 = "pre2013_safeguarding_overall"
D = date(2024, 3, 1)

# (text, publication date, the publisher's authority or None, expected (authority, area, grade, role))
REAL = [
    # https://www.doncasterfreepress.co.uk/education/doncaster-childrens-services-rated-good-by-ofsted-following-return-to-council-control-5040455
    ("City of Doncaster Council has achieved a milestone 'Good' rating from Ofsted in its first ILACS (Inspecting "
     "Local Authority Children's Services) inspection since the return of social care services to council control.",
     date(2024, 6, 1), None, {("Doncaster", O, "good", "current")}),
    # https://www.expressandstar.com/news/local-hubs/sandwell/2025/12/05/this-recognition-reflects-the-hard-work-over-many-years-sandwell-childrens-trust-shares-delight-after-seven-years-of-work-results-in-good-ofsted-rating
    ("For over a decade children's services in Sandwell were rated inadequate, but this year for the first time they "
     "have been rated 'Good' by Ofsted - a transformation bosses say \"reflects years of determination and improvement\".",
     date(2025, 12, 5), None, {("Sandwell", O, "inadequate", "previous"), ("Sandwell", O, "good", "current")}),
    ("Sandwell Children's Trust was established in 2018 to run children's social care services on behalf of the council.\n"
     "Inspectors praised the significant improvements made since 2022, when services were rated \"requires improvement\".",
     date(2025, 12, 5), None, {("Sandwell", O, "requires_improvement", "previous")}),
    # https://www.localgov.co.uk/Councils-childrens-services-remain-inadequate-inspectors-say/44626
    ("A re-inspection of Sandwell Council's children's services found they remain 'inadequate' ahead of the launch "
     "of the council's new Children's Trust.",
     date(2018, 1, 29), None, {("Sandwell", O, "inadequate", "current"), ("Sandwell", O, "inadequate", "previous")}),
    # https://www.itv.com/news/central/2023-04-18/childrens-services-in-birmingham-rated-good-for-first-time-in-13-years
    ("Children's services in Birmingham once branded as a 'national disgrace' have been rated 'good' by Ofsted "
     "inspectors for the first time in more than a decade.\nThe rating comes five years after Birmingham Children's "
     "Trust took over the failing services from Birmingham City Council.",
     date(2023, 4, 18), None, {("Birmingham", O, "good", "current")}),
    # https://www.manchester.gov.uk/blog/leadersblog/post/696/must-do-much-better-will-do-much-better/comment
    ("The overall judgment of Ofsted is that Children's Services are Inadequate.\nThe previous Ofsted inspection of "
     "safeguarding in November 2010 found our services to be Adequate.",
     date(2014, 9, 1), "Manchester", {("Manchester", O, "inadequate", "current"), ("Manchester", P13, "adequate", "previous")}),
    # https://inkl.com/news/manchester-council-is-finally-rated-good-by-ofsted-for-first-time-ever
    ("Manchester council has been rated 'Good' by Ofsted for the first time ever.\nIt comes after the council was "
     "judged as 'inadequate' in 2014 when Ofsted found a backlog of nearly 500 children waiting to be assigned a social worker.",
     date(2022, 5, 20), None, {("Manchester", O, "good", "current"), ("Manchester", O, "inadequate", "previous")}),
    ("The new rating of 'Good' means Manchester's children's services are now among the best in the region, as no "
     "North West authorities are rated higher.",
     date(2022, 5, 20), None, {("Manchester", O, "good", "current")}),
    # https://www.wolverhampton.gov.uk/news/national-director-offers-congratulations-ofsted-outcome
    ("Inspectors published their report last week and rated services in Wolverhampton Good overall. The impact of "
     "leaders on social work practice with children and families was judged to be Outstanding.",
     date(2022, 4, 1), "Wolverhampton", {("Wolverhampton", O, "good", "current"), ("Wolverhampton", L, "outstanding", "current")}),
    # http://www.expressandstar.com/news/2017/04/03/wolverhampton-child-services-good-but-could-do-better/
    ("Education regulator Ofsted issued the children service's department at Wolverhampton council with the first "
     "overall 'good' rating of any Black Country authority since a tougher inspection regime started in 2013.",
     date(2017, 4, 3), None, {("Wolverhampton", O, "good", "current")}),
    # http://www.philbateman.com/ofsted-inspect-wolverhampton-children-services/
    ("But we are all very much aware that Birmingham, Walsall, Dudley, and Sandwell Councils, were not as successful "
     "as they themselves hoped to be.", date(2016, 11, 1), None, set()),
    # https://www.lgcplus.com/services/children/ofsted-accuses-wirral-of-corporate-failure/7010660.article
    ("A \"corporate failure\" by Wirral MBC to recruit a permanent chief executive contributed to vulnerable children "
     "not being protected, Ofsted has said.\nThe findings were described as a \"significant deterioration\" in the "
     "quality of children's services after they were rated 'good' by Ofsted in 2011. The services are now rated 'inadequate'.",
     date(2016, 9, 1), None, {("Wirral", P13, "good", "previous"), ("Wirral", O, "inadequate", "current")}),
    # https://www.wirralintelligenceservice.org/about-us/news/wirral-children-s-services-improve-in-all-areas/
    ("BBC are reporting that a recent Ofsted inspection has found that children's services at Wirral Council have "
     "improved \"in all areas,\" after they were rated inadequate due to \"widespread and serious failures\" were "
     "identified in September 2016.\nThe department has now been rated \"requires improvement,\" with the report "
     "saying the council \"now acts as a strong corporate parent\".",
     date(2019, 7, 1), None, {("Wirral", O, "inadequate", "previous"), ("Wirral", O, "requires_improvement", "current")}),
    # http://www.dewsburyreporter.co.uk/news/lack-of-leadership-and-management-in-kirklees-led-to-children-s-services-partnership-with-leeds-city-council-1-8754764
    ("The Department for Education today published a report by Children's Commissioner Eleanor Brazil, who was "
     "appointed last year to review children's services in Kirklees following a damning Ofsted verdict in November "
     "that the local authority was \"inadequate\" in that area.\nMs Brazil recommended that the authority should "
     "enter a formal partnership with Leeds City Council to improve care.",
     date(2017, 9, 14), None, {("Kirklees", O, "inadequate", "current")}),
    # https://kirkleestalk.org/2016/11/29/partners-ofsted-publication/
    ("On 25 November Ofsted published its Single Inspection Framework report after visiting Kirklees.\nHowever, the "
     "report also highlighted a number of known concerns about standards of practice in Kirklees and gave us an "
     "overall judgement of 'inadequate'.",
     date(2016, 11, 29), None, {("Kirklees", O, "inadequate", "current")}),
    # https://www.northumberlandgazette.co.uk/education/ofsted-inspectors-heap-praise-on-northumberland-county-council-childrens-services-department-4701056
    ("Northumberland County Council's children's services department has had its Ofsted rating upgraded to "
     "'outstanding' following an inspection by the education watchdog.\nThe upgrade, from 'good' in 2020, places "
     "the council among the top 15% of local authorities in the country.",
     date(2024, 7, 12), None, {("Northumberland", O, "outstanding", "current"), ("Northumberland", O, "good", "previous")}),
    # https://www.thenorthernecho.co.uk/news/20263052.ofsted-praises-durham-childrens-services-good-rating/
    ("Education watchdog Ofsted has rated Durham County Council's children's services as \"good\" in an impressive "
     "turnaround from two previous critical inspections.",
     date(2022, 12, 1), None, {("Durham", O, "good", "current")}),
    # http://www.pressreader.com/uk/stockport-express/20170906/281590945713773
    ("Ofsted inspection team has good and bad news\nCHILDREN'S services in Stockport have been judged as 'good' by a government watchdog - but the Local "
     "Safeguarding Children Board 'requires improvement'.",
     date(2017, 9, 6), None, {("Stockport", O, "good", "current"), ("Stockport", LSCB, "requires_improvement", "current")}),
    # https://bbctodays.pages.dev/news/articles/ce86wk42352o
    ("Children's services in Rotherham have been rated as \"outstanding\" by Ofsted for the first time since the council "
     "regained control of the department in the wake of a child sex abuse scandal.",
     date(2025, 1, 20), None, {("Rotherham", O, "outstanding", "current")}),
    # "outstanding in four of the five areas" names no area: no claim (the labelling guide)
    ("Following an inspection in November, Ofsted said \"progress was evident across all areas of social work "
     "practice\", rating Rotherham Council outstanding in four of the five areas.",
     date(2025, 1, 20), None, set()),
    # https://www.notreallyheremedia.com/news/all-news/tameside-councils-response-to-stockport-councils-ofsted-rating
    ("Stockport was chosen as Tameside's strategic partner last year, to work with Tameside Council on the ongoing "
     "work to improve children's services, but Stockport Council have since been graded as 'requires improvement' "
     "in Children's Services by Ofsted.\nStockport, whose children's services were rated as \"Good\" by Ofsted in "
     "2022, started working closely with Tameside from January 2025.",
     date(2025, 11, 1), None, {("Stockport", O, "requires_improvement", "current"), ("Stockport", O, "good", "previous")}),
    # https://www.thetelegraphandargus.co.uk/news/17818164.praise-ofsted-kirklees-councils-childrens-services/
    ("And whilst the authority is graded as still requiring improvement in four key areas it is no longer rated "
     "inadequate.\nShe joined Kirklees from Rotherham, where she had been Deputy Director of Children's Services.",
     date(2019, 8, 1), None, set()),
    # seen part of the development set
    ("It was reported that the overall judgement of Children's services in Gateshead was good. Seven inspections were "
     "carried out within the region, with only Gateshead and Hartlepool receiving a good rating.",
     date(2019, 3, 1), None, {("Gateshead", O, "good", "current"), ("Hartlepool", O, "good", "current")}),
    ("Glowing Ofsted report judges Children's Services 'Good' with 'Outstanding' qualities\nFollowing an inspection "
     "from April 28 to May 25 this year, a report into Bracknell Forest Council's Children's Services was released this "
     "morning.\nRated 'Good' overall, the body was judged 'Outstanding' for its adoption services.\n"
     "The report comes around a year after children's services in Reading and Slough were roundly criticised with "
     "'Inadequate' ratings.",
     date(2017, 7, 1), None, {("Bracknell Forest", O, "good", "current"), ("Bracknell Forest", A, "outstanding", "current"),
                              ("Reading", O, "inadequate", "current"), ("Slough", O, "inadequate", "current")}),
    ("Ofsted judged Norfolk County Council's children's services department as inadequate in 2013 and again in 2015.\n"
     "Two months ago, the government appointed a commissioner to improve Croydon's children's services, after it was "
     "rated as inadequate.",
     date(2017, 11, 9), None, {("Norfolk", O, "inadequate", "current"), ("Norfolk", O, "inadequate", "previous"),
                               ("Croydon", O, "inadequate", "current")}),
    ("Children's services across Blackburn and Darwen have \"significantly improved\" in the last few years, "
     "government inspectors have found.\nThe service was rated as \"requires improvement\" by Ofsted in 2022 but "
     "following an inspection in March, it has been upgraded to a \"good\" rating.",
     date(2025, 6, 1), None, {("Blackburn with Darwen", O, "requires_improvement", "previous"),
                              ("Blackburn with Darwen", O, "good", "current")}),
]

WRITTEN = [
    # round-ups
    ("Of the councils inspected this month, Bolton Council and Bury Council were rated good, while Rochdale requires "
     "improvement, Ofsted said.", D, None,
     {("Bolton", O, "good", "current"), ("Bury", O, "good", "current"), ("Rochdale", O, "requires_improvement", "current")}),
    ("Ofsted rated Wigan and Sefton good, while Knowsley was judged inadequate.", D, None,
     {("Wigan", O, "good", "current"), ("Sefton", O, "good", "current"), ("Knowsley", O, "inadequate", "current")}),
    ("Ofsted rated children's services in Oldham good. In Tameside, they were judged inadequate.", D, None,
     {("Oldham", O, "good", "current"), ("Tameside", O, "inadequate", "current")}),
    ("Ofsted published three reports this week:\n- Blackpool Council - inadequate\n- Wigan Council - good\n"
     "- Salford City Council - requires improvement", D, None,
     {("Blackpool", O, "inadequate", "current"), ("Wigan", O, "good", "current"), ("Salford", O, "requires_improvement", "current")}),
    ("Sunderland, Gateshead and South Tyneside were all rated outstanding by Ofsted.", D, None,
     {("Sunderland", O, "outstanding", "current"), ("Gateshead", O, "outstanding", "current"),
      ("South Tyneside", O, "outstanding", "current")}),
    # neighbours and partners
    ("Leeds City Council, rated outstanding by Ofsted, is supporting Kirklees, which was judged inadequate.", D, None,
     {("Leeds", O, "outstanding", "current"), ("Kirklees", O, "inadequate", "current")}),
    ("Kirklees Council was rated inadequate by Ofsted. It will be supported by Leeds City Council, whose children's services are "
     "rated outstanding.", D, None,
     {("Kirklees", O, "inadequate", "current"), ("Leeds", O, "outstanding", "current")}),
    ("Trafford Council's children's services were rated inadequate by Ofsted, unlike neighbouring Stockport, which was judged "
     "good last year.", D, None,
     {("Trafford", O, "inadequate", "current"), ("Stockport", O, "good", "current")}),
    ("Stockport Council, itself rated good by Ofsted, has been appointed as Tameside's improvement partner.", D, None,
     {("Stockport", O, "good", "current")}),
    ("Salford City Council's children's services have been rated inadequate by Ofsted. Neighbouring Wigan was rated good in 2022.",
     D, None, {("Salford", O, "inadequate", "current"), ("Wigan", O, "good", "current")}),
    # trusts and companies that run a council's services
    ("Doncaster Children's Services Trust has been rated good by Ofsted.", D, None, {("Doncaster", O, "good", "current")}),
    ("Sandwell Children's Trust, which runs children's social care for Sandwell Council, has been judged good by Ofsted.",
     D, None, {("Sandwell", O, "good", "current")}),
    ("Birmingham Children's Trust was rated good by Ofsted in all areas.", D, None, {("Birmingham", O, "good", "current")}),
    ("Together for Children, which runs Sunderland's children's services, has been rated outstanding by Ofsted.", D, None,
     {("Sunderland", O, "outstanding", "current")}),
    # possessives and other written forms
    ("Wigan's children's services have been rated good by Ofsted.", D, None, {("Wigan", O, "good", "current")}),
    ("Ofsted has rated Knowsley Metropolitan Borough Council's children's services inadequate.", D, None,
     {("Knowsley", O, "inadequate", "current")}),
    ("Ofsted has rated the City of Wolverhampton Council's children's services good.", D, None,
     {("Wolverhampton", O, "good", "current")}),
    ("Children's services at Wirral MBC have been judged inadequate by Ofsted.", D, None, {("Wirral", O, "inadequate", "current")}),
    ("Ofsted has rated Stockport MBC's children's services good.", D, None, {("Stockport", O, "good", "current")}),
    ("Children's services at Blackburn and Darwen Council have been rated good by Ofsted.", D, None,
     {("Blackburn with Darwen", O, "good", "current")}),
    # a council page speaking as "we"
    ("Ofsted has rated our children's services good.", D, "Wigan", {("Wigan", O, "good", "current")}),
    ("We have been rated good by Ofsted for our children's services.", D, "Wigan", {("Wigan", O, "good", "current")}),
    ("Like Salford, Trafford's children's services were rated inadequate by Ofsted.", D, None,
     {("Trafford", O, "inadequate", "current")}),
    ("Unlike neighbouring Leeds, Bradford Council's children's services were judged inadequate by Ofsted.", D, None,
     {("Bradford", O, "inadequate", "current")}),
    ("Sefton has become the second council in the region after Wigan to be rated outstanding by Ofsted.", D, None,
     {("Sefton", O, "outstanding", "current"), ("Wigan", O, "outstanding", "current")}),
    ("Knowsley Council (rated inadequate by Ofsted in 2022) has appointed a new director.", D, None,
     {("Knowsley", O, "inadequate", "current")}),
    ("Gateshead (outstanding), Sunderland (good) and Middlesbrough (inadequate) were inspected by Ofsted this year.", D, None,
     {("Gateshead", O, "outstanding", "current"), ("Sunderland", O, "good", "current"), ("Middlesbrough", O, "inadequate", "current")}),
    ("Bolton and Bury were both rated good by Ofsted.", D, None, {("Bolton", O, "good", "current"), ("Bury", O, "good", "current")}),
    ("Slough Children First has been rated requires improvement by Ofsted.", D, None, {("Slough", O, "requires_improvement", "current")}),
    ("Together for Children Sunderland has been rated outstanding by Ofsted.", D, None, {("Sunderland", O, "outstanding", "current")}),
    ("Bradford Children and Families Trust has been judged inadequate by Ofsted.", D, None, {("Bradford", O, "inadequate", "current")}),
    ("Ofsted rated NYCC's children's services outstanding.", D, None, {("North Yorkshire", O, "outstanding", "current")}),
    ("Ofsted rated ERYC's children's services good.", D, None, {("East Riding of Yorkshire", O, "good", "current")}),
    ("Ofsted has rated Newcastle-upon-Tyne City Council's children's services good.", D, None,
     {("Newcastle upon Tyne", O, "good", "current")}),
    ("Ofsted inspectors visited Wigan Council in January.\nThe local authority was rated good, while neighbouring "
     "Bolton was rated inadequate last year.", D, None,
     {("Wigan", O, "good", "current"), ("Bolton", O, "inadequate", "current")}),
    ("Wigan Council has been rated good by Ofsted.\nThe rating puts Wigan alongside Stockport and Trafford, which are "
     "also rated good.", D, None,
     {("Wigan", O, "good", "current"), ("Stockport", O, "good", "current"), ("Trafford", O, "good", "current")}),
    # a clause of the neighbour's own, its name the subject
    ("Ofsted rated Wigan Council's children's services good. Wigan's director will also lead Bolton Council's "
     "children's services, after Bolton was rated inadequate.", D, None,
     {("Wigan", O, "good", "current"), ("Bolton", O, "inadequate", "current")}),
    ("Richmond Council's director of children's services became joint director for both boroughs after Kingston "
     "Council received an \"inadequate\" Ofsted rating.", D, None, {("Kingston upon Thames", O, "inadequate", "current")}),
    ("East Sussex, Essex and Staffordshire were rated good by Ofsted, but children's social care in Coventry was "
     "deemed inadequate.", D, None,
     {("East Sussex", O, "good", "current"), ("Essex", O, "good", "current"), ("Staffordshire", O, "good", "current"),
      ("Coventry", O, "inadequate", "current")}),
    # a grade's noun phrase given to names with no rating verb of their own
    ("Ofsted inspected seven councils in the region, with only Gateshead and Hartlepool receiving a good rating.", D, None,
     {("Gateshead", O, "good", "current"), ("Hartlepool", O, "good", "current")}),
    ("Children's services in Reading Borough Council and Slough Borough Council were roundly criticised with "
     "'Inadequate' ratings by Ofsted.", D, None, {("Reading", O, "inadequate", "current"), ("Slough", O, "inadequate", "current")}),
    ("Ofsted inspected seven councils, with none of them receiving a good rating.", D, None, set()),
    # a round-up in sections, each under a heading that names the council
    ("Ofsted: Latest children's services inspections\nOfsted has published the outcomes of a series of inspections.\n"
     "Knowsley Metropolitan Borough Council\nInspectors visited Knowsley's children's services in January 2024.\n"
     "They found that leaders have a clear understanding of the strengths of the service.\nSocial workers know their "
     "children well and caseloads are manageable.\nThe local authority was judged to be good overall.\nWigan Council\n"
     "Inspectors visited Wigan in February 2024.\nThey praised the early help offer.\nHowever, managers do not always "
     "oversee plans well.\nOverall, the council was rated requires improvement to be good.\nHelp and protection was "
     "judged inadequate.", D, None,
     {("Knowsley", O, "good", "current"), ("Wigan", O, "requires_improvement", "current"), ("Wigan", H, "inadequate", "current")}),
    # not the grades of whom they seem
    ("Achieving for Children, which runs children's services in Kingston and Richmond, was rated outstanding by Ofsted.",
     D, None, set()),
    ("Blackpool Council - 01253 477477", D, None, set()),
    ("Leeds City Council, which has been supporting Kirklees, said the Ofsted report was disappointing.", D, None, set()),
    ("Bradford's new director joined from Leeds, which is rated outstanding by Ofsted.", D, None,
     {("Leeds", O, "outstanding", "current")}),
]


# Real forms the reader does not read yet (left for later work, each for the reason given): kept so that
# a change that reads one shows, strict so that it must then be moved out of this list.
NOT_YET = {
    "For over a decade children's services in Sandwell": "'for the first time they have been rated': dropped later",
    "Sandwell Children's Trust was established": "'since 2022, when services were rated': the role of a when-clause",
    "A re-inspection of Sandwell Council's": "'found they remain inadequate': a pronoun subject of 'remain'",
    "The overall judgment of Ofsted is that": "'found our services to be Adequate': a pre-2013 grade on a council page",
    "The new rating of 'Good' means Manchester's": "'The new rating of Good means X's services are ...'",
    "Education regulator Ofsted issued": "'issued the department at X with the first overall good rating'",
    "BBC are reporting that": "'rated inadequate due to ...': the grade word's follower",
    "The Department for Education today published": "'a verdict that the local authority was inadequate'",
}


def _marks(rows):
    return [pytest.param(*row, marks=pytest.mark.xfail(reason=next(r for k, r in NOT_YET.items() if row[0].startswith(k)),
                                                        strict=True))
            if any(row[0].startswith(k) for k in NOT_YET) else pytest.param(*row) for row in rows]


def _keys(claims) -> set:
    return {(c["local_authority"], c["area"], c["grade"], c["role"]) for c in claims}


@pytest.mark.parametrize("text, published, authority, expected", _marks(REAL), ids=[c[0][:70] for c in REAL])
def test_real_who(text, published, authority, expected):
    assert _keys(claims_from_text(text, published, authority)) == expected


@pytest.mark.parametrize("text, published, authority, expected", _marks(WRITTEN), ids=[c[0][:70] for c in WRITTEN])
def test_written_who(text, published, authority, expected):
    assert _keys(claims_from_text(text, published, authority)) == expected


def test_a_comparison_frame_gives_the_compared_authority_no_grade():
    text = "Ofsted inspected Kirklees Council's children's services in June.\nUnlike Leeds, the council was rated inadequate."
    assert "Leeds" not in {c["local_authority"] for c in claims_from_text(text, D)}


@pytest.mark.parametrize("text", [
    "Ofsted inspected Kirklees Council's children's services in June.\nWith help from Leeds City Council, it was rated good.",
    "Ofsted inspected Kirklees Council's children's services in June.\nLeeds City Council has supported the council since "
    "it was rated inadequate.",
    "Ofsted inspected Kirklees Council's children's services in June.\nLeeds City Council, which has been supporting "
    "Kirklees, said the council was rated good.",
])
def test_a_partner_named_before_a_pronoun_is_not_given_the_grade(text):
    assert "Leeds" not in {c["local_authority"] for c in claims_from_text(text, D)}
