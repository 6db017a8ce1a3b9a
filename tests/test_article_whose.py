"""Whose grade: sentences naming several authorities, a region or body bearing an authority's name,
relative clauses inside the subject, and Ofsted's annual performance assessments (no inspection
grades). Sentences written for these tests in the forms news and trade pages use; each family has
several variants, so that a rule fitting one sentence fails the rest."""
from __future__ import annotations

from datetime import date

import pytest
from seeds import claim_set

from extractors.article_claims import claims_from_text

O = "overall_effectiveness"
D = date(2019, 5, 1)
D09 = date(2009, 12, 9)

CASES = [
    # a region or body with an authority's name in it is not the authority
    ("Rochdale council has been rated inadequate by Ofsted. It is the second council in Greater Manchester "
     "to be rated inadequate this year.", D, None, {("Rochdale", 2019, O, "inadequate", "current")}),
    ("Ofsted rated Greater Manchester's first children's services trust inadequate.", D, None, set()),
    ("Ofsted rated Wigan good, the best result in Greater Manchester.", D, None, {("Wigan", 2019, O, "good", "current")}),
    ("Essex Police was rated good, while Ofsted judged Essex County Council's children's services inadequate.", D,
     None, {("Essex", 2019, O, "inadequate", "current")}),
    ("Ofsted gave North-east Lincolnshire an inadequate rating; the authority is appealing.", D, None, set()),
    ("Ofsted rated Mid Devon's housing service good, and rated Devon County Council's children's services "
     "inadequate.", D, None, {("Devon", 2019, O, "inadequate", "current")}),
    # a relative clause closed inside the subject: the grade is the head's
    ("Kirklees, which will be supported by Leeds, was rated inadequate by Ofsted.", D, None,
     {("Kirklees", 2019, O, "inadequate", "current")}),
    ("Kirklees Council, whose services will be run with help from Leeds City Council, has been judged inadequate "
     "by Ofsted.", D, None, {("Kirklees", 2019, O, "inadequate", "current")}),
    ("Sefton, who had asked Wigan for advice, was rated requires improvement by Ofsted.", D, None,
     {("Sefton", 2019, O, "requires_improvement", "current")}),
    ("Wigan, which was rated good by Ofsted, will advise Sefton.", D, None, {("Wigan", 2019, O, "good", "current")}),
    # "the council", "the authority", "it" in a sentence that also names a partner or a comparison: the
    # article's authority, or no claim where which one is meant is not plain; never the partner
    ("Ofsted has inspected Kirklees. The council, which has been supported by Leeds City Council, was rated good "
     "overall.", D, None, {("Kirklees", 2019, O, "good", "current")}),
    ("Ofsted has inspected Kirklees. The council, supported by Leeds City Council since 2017, was rated good "
     "overall.", D, None, {("Kirklees", 2019, O, "good", "current")}),
    ("Ofsted has inspected Kirklees. The authority, like Leeds, has been rated good overall.", D, None,
     {("Kirklees", 2019, O, "good", "current")}),
    ("Ofsted has inspected Kirklees. Working with Leeds, the council has been rated good.", D, None, set()),
    ("Ofsted has inspected Kirklees. With help from Leeds City Council, the authority was rated good.", D, None, set()),
    ("Ofsted has inspected Kirklees. Like Leeds, the authority has been rated good overall.", D, None, set()),
    ("Ofsted has inspected Kirklees. Unlike Leeds, the council was rated inadequate.", D, None, set()),
    ("Ofsted has inspected Kirklees. Leeds City Council's support helped the council achieve a good rating.", D, None,
     set()),
    ("Ofsted has inspected Kirklees. It was rated inadequate, three years after Leeds City Council took over.", D,
     None, set()),
    ("Ofsted rated Wigan good. A commissioner from Trafford Council had been appointed after the council was rated "
     "inadequate in 2016.", D, None, {("Wigan", 2019, O, "good", "current")}),
    # ... while a subject naming its authority, or a sentence naming only the article's, is read as before
    ("Ofsted has inspected Kirklees. Kirklees, which Leeds has supported, was rated good.", D, None,
     {("Kirklees", 2019, O, "good", "current")}),
    ("Ofsted has inspected Kirklees. In Kirklees, the council was rated good.", D, None,
     {("Kirklees", 2019, O, "good", "current")}),
    ("Ofsted rated Wigan good. Its neighbour Sefton, which was inspected in May, was rated inadequate.", D, None,
     {("Wigan", 2019, O, "good", "current"), ("Sefton", 2019, O, "inadequate", "current")}),
    # "the trust": the authority of the children's trust named before, not the article's
    ("Bradford Council was rated inadequate by Ofsted last year. Its new director comes from Doncaster Children's "
     "Services Trust. That trust took children's services from an inadequate Ofsted rating in 2014 to good in 2017.",
     D, None, {("Bradford", 2018, O, "inadequate", "current"), ("Doncaster", 2014, O, "inadequate", "previous"),
               ("Doncaster", 2017, O, "good", "current")}),
    ("Bradford Council was rated inadequate by Ofsted last year. The trust was rated good in 2017.", D, None,
     {("Bradford", 2018, O, "inadequate", "current")}),
    # a grade set "months after" with nothing newer told is the authority's current one
    ("Newham Council has a new director of children's services. The appointment comes a few months after Ofsted "
     "inspectors branded the council's children's services inadequate.", D, None,
     {("Newham", None, O, "inadequate", "current")}),
    ("Newham was rated good by Ofsted, two years after it was judged inadequate.", D, None,
     {("Newham", 2019, O, "good", "current"), ("Newham", None, O, "inadequate", "previous")}),
    # "both", "all three councils": the authorities just named, when exactly that many are
    ("Ofsted has published reports on Wigan and Sefton. Both were rated inadequate.", D, None,
     {("Wigan", 2019, O, "inadequate", "current"), ("Sefton", 2019, O, "inadequate", "current")}),
    ("Ofsted inspected Wigan and Sefton in March. Both authorities' children's services were rated good.", D, None,
     {("Wigan", 2019, O, "good", "current"), ("Sefton", 2019, O, "good", "current")}),
    ("Ofsted has published reports on Wigan, Sefton and Trafford. All three councils were judged good.", D, None,
     {("Wigan", 2019, O, "good", "current"), ("Sefton", 2019, O, "good", "current"),
      ("Trafford", 2019, O, "good", "current")}),
    ("Ofsted has published reports on Wigan, Sefton and Trafford. Both were rated inadequate.", D, None, set()),
    ("Ofsted has published a report on Wigan. Both councils were rated inadequate.", D, None, set()),
    # "good and inadequate respectively": the n-th authority has the n-th grade
    ("Ofsted rated Wigan and Sefton good and inadequate respectively.", D, None,
     {("Wigan", 2019, O, "good", "current"), ("Sefton", 2019, O, "inadequate", "current")}),
    ("Wigan, Sefton and Trafford were rated good, requires improvement and inadequate respectively by Ofsted.", D, None,
     {("Wigan", 2019, O, "good", "current"), ("Sefton", 2019, O, "requires_improvement", "current"),
      ("Trafford", 2019, O, "inadequate", "current")}),
    ("Ofsted rated Wigan and Sefton good and inadequate respectively in 2017 and 2018.", D, None, set()),
    ("Wigan and Sefton were previously rated good and inadequate respectively by Ofsted.", D, None, set()),
    ("Ofsted rated Wigan, Sefton and Trafford good and inadequate respectively.", D, None, set()),
    # "to have its children's services rated": the subject is the services, the words before their possessor's
    ("A council where social work is flourishing has become only the third in England to have its children's "
     "services rated as 'outstanding' overall. North Lincolnshire was praised by Ofsted.", D, None,
     {("North Lincolnshire", 2019, O, "outstanding", "current")}),
    ("Sefton has become the first council in the North West to have its children's services rated outstanding by "
     "Ofsted.", D, None, {("Sefton", 2019, O, "outstanding", "current")}),
    ("Ofsted rated Sefton good. Few councils in England have had their children's services rated outstanding.", D,
     None, {("Sefton", 2019, O, "good", "current")}),
    ("Ofsted rated Sefton good. Another council has had its children's services rated outstanding.", D, None,
     {("Sefton", 2019, O, "good", "current")}),
    # "require(s) improvement" as the verb of named authorities
    ("Ofsted said Wigan and Hounslow require improvement.", D, None,
     {("Wigan", 2019, O, "requires_improvement", "current"), ("Hounslow", 2019, O, "requires_improvement", "current")}),
    ("Wigan Council requires improvement to be good, Ofsted says.", D, None,
     {("Wigan", 2019, O, "requires_improvement", "current")}),
    ("Ofsted rated Wigan good. Its neighbours Sefton and Trafford require improvement.", D, None,
     {("Wigan", 2019, O, "good", "current"), ("Sefton", 2019, O, "requires_improvement", "current"),
      ("Trafford", 2019, O, "requires_improvement", "current")}),
    ("Wigan requires improvement in how it supports care leavers, Ofsted said.", D, None, set()),
    ("Wigan Council requires improvement to ensure children are safe, Ofsted said.", D, None, set()),
    # a neighbour's grade set "a year after"/"months before" the other's: its own latest, of no known year
    ("Wigan's services were rated good by Ofsted, a year after neighbouring Sefton was rated inadequate.", D, None,
     {("Wigan", 2019, O, "good", "current"), ("Sefton", None, O, "inadequate", "current")}),
    ("Sefton was rated good by Ofsted, two years after it was judged inadequate.", D, None,
     {("Sefton", 2019, O, "good", "current"), ("Sefton", None, O, "inadequate", "previous")}),
    # headlines and standfirsts: a grade before the services of the one authority named after them
    ("'INADEQUATE' children's social care in Sandwell has been slammed by Ofsted.", D, None,
     {("Sandwell", None, O, "inadequate", "current")}),
    ("Inadequate children's services in Sandwell to be run by a trust after Ofsted report", D, None,
     {("Sandwell", None, O, "inadequate", "current")}),
    ("\u2018Good\u2019 children's services at Bromley Council praised by Ofsted", D, None,
     {("Bromley", None, O, "good", "current")}),
    ("Good children's services in Sefton need more money, Ofsted chief says.", D, None, set()),
    ("Inadequate children's services in Sandwell and Wolverhampton to be run by trusts, Ofsted says", D, None, set()),
    # "X joins Y and Z in being rated ...": each has the grade (the others' of no known year)
    ("Sefton has joined Wigan and Trafford in being rated inadequate by Ofsted.", D, None,
     {("Sefton", 2019, O, "inadequate", "current"), ("Wigan", None, O, "inadequate", "current"),
      ("Trafford", None, O, "inadequate", "current")}),
    ("Sefton joins Wigan as the only council in the region rated outstanding by Ofsted.", D, None,
     {("Sefton", 2019, O, "outstanding", "current"), ("Wigan", None, O, "outstanding", "current")}),
    ("Sefton has joined Wigan's partnership, which Ofsted rated inadequate.", D, None, set()),
    ("Sefton joined Wigan in 2017 in a bid to be rated outstanding by Ofsted.", D, None, set()),
    # grades named by their rank
    ("Leeds has been awarded the top grade by Ofsted for its children's services.", D, None,
     {("Leeds", 2019, O, "outstanding", "current")}),
    ("Ofsted awarded Leeds the highest grade for leadership.", D, None, {("Leeds", 2019, "leaders", "outstanding", "current")}),
    ("Ofsted gave Wirral Council the lowest rating.", D, None, {("Wirral", 2019, O, "inadequate", "current")}),
    ("Ofsted gave Wirral Council the second lowest rating.", D, None, set()),
    ("Ofsted rated Wirral Council's children's services inadequate, the lowest rating.", D, None,
     {("Wirral", 2019, O, "inadequate", "current")}),
    ("Ofsted gave Wirral Council the lowest rating of its neighbours, 'requires improvement'.", D, None,
     {("Wirral", 2019, O, "requires_improvement", "current")}),
    # "X's <area> was rated A, while Y's received B": Y's noun is X's
    ("Ofsted: Sefton's services for children in care were rated outstanding, while Wigan's were judged good.", D, None,
     {("Sefton", 2019, "in_care_and_care_leavers", "outstanding", "current"),
      ("Wigan", 2019, "in_care_and_care_leavers", "good", "current")}),
    ("Ofsted: Sefton's leadership was rated outstanding, while Wigan's received a good rating.", D, None,
     {("Sefton", 2019, "leaders", "outstanding", "current"), ("Wigan", 2019, "leaders", "good", "current")}),
    ("Ofsted inspections. Staffordshire's looked after children services were rated as adequate, while Devon's "
     "received an overall rating of good.", date(2009, 11, 30), None,
     {("Staffordshire", 2009, "pre2013_lac_overall", "adequate", "current"),
      ("Devon", 2009, "pre2013_lac_overall", "good", "current")}),
    ("Ofsted rated Sefton good, while Wigan's received a good rating.", D, None, {("Sefton", 2019, O, "good", "current")}),
    # verbless headlines of authorities and their grades
    ("Ofsted: Wigan good, Sefton inadequate\nOfsted has published two reports this week.", D, None,
     {("Wigan", 2019, O, "good", "current"), ("Sefton", 2019, O, "inadequate", "current")}),
    ("Sefton children's services inadequate, says Ofsted\nInspectors visited in March.", D, None,
     {("Sefton", 2019, O, "inadequate", "current")}),
    ("Ofsted: Wigan Council good\nInspectors visited in March.", D, None, {("Wigan", 2019, O, "good", "current")}),
    ("Sefton's children's services 'inadequate', Ofsted finds\nInspectors visited in March.", D, None,
     {("Sefton", 2019, O, "inadequate", "current")}),
    ("Sefton's children's services 'inadequate' - Ofsted\nInspectors visited in March.", D, None,
     {("Sefton", 2019, O, "inadequate", "current")}),
    ("Sefton's children's services 'inadequate', Ofsted finds in schools review\nInspectors visited.", D, None, set()),
    ("Ofsted: Wigan good news for families\nInspectors visited in March.", D, None, set()),
    ("Ofsted: Wigan schools good\nInspectors visited in March.", D, None, set()),
    # the publisher's page speaking as "the Council" is about the publisher, whatever partner it names
    ("Council's children's services rated inadequate by Ofsted\nThe Council's services for children who need help "
     "and protection have been rated as 'inadequate' following an inspection.\nThe Council has received funding so "
     "that Essex County Council can support the service. Essex County Council is rated as outstanding in all of "
     "Ofsted's judgement areas.", D, "Isles of Scilly",
     {("Isles of Scilly", 2019, "help_and_protection", "inadequate", "current"),
      ("Isles of Scilly", 2019, O, "inadequate", "current"), ("Essex", 2019, O, "outstanding", "current")}),
    # ... and, with no publisher known, such a page is about no authority it names only as a partner
    ("Council's children's services rated inadequate by Ofsted\nThe Council's services for children who need help "
     "and protection have been rated as 'inadequate' following an inspection.\nThe Council has received funding so "
     "that Essex County Council can provide support and challenge. Essex County Council is rated as outstanding in "
     "all of Ofsted's judgement areas, so it is an excellent partner.", D, None, {("Essex", 2019, O, "outstanding", "current")}),
    ("Children's services inspection outcome\nThe Council's children's services have been judged good by Ofsted.\n"
     "Our statistical neighbours include Wigan, which Ofsted rated outstanding in 2018.", D, None,
     {("Wigan", 2018, O, "outstanding", "current")}),
    ("Ofsted has rated Sefton Council's children's services good. \u201cWe will help our children's services staff,\u201d "
     "said the leader of Sefton Council.", D, None, {("Sefton", 2019, O, "good", "current")}),
    ("Ofsted has rated Essex County Council's children's services outstanding in every area.", D, "Isles of Scilly",
     {("Essex", 2019, O, "outstanding", "current")}),
    # the council speaking of its own grade: "our 'Good' Ofsted rating"
    ("Ofsted has inspected Calderdale. \u201cWe are really proud of our \u2018Good\u2019 Ofsted rating, and of all "
     "the staff and partner organisations that played a part,\u201d he said.", D, None,
     {("Calderdale", 2019, O, "good", "current")}),
    ("Ofsted has inspected Calderdale. \u201cOur new outstanding rating belongs to the staff,\u201d said the leader.",
     D, None, {("Calderdale", 2019, O, "outstanding", "current")}),
    ("Ofsted has inspected Calderdale. \u201cWe want to keep our outstanding rating,\u201d said the leader.", D, None,
     set()),
    ("Ofsted has inspected Calderdale. \u201cOur schools' good ratings are a credit to teachers,\u201d said the leader.",
     D, None, set()),
    # "X rather than Y": X is the grade, Y is not
    ("North Lincolnshire was praised by Ofsted, with only child protection rated 'good' rather than 'outstanding'.",
     D, None, {("North Lincolnshire", 2019, "help_and_protection", "good", "current")}),
    ("Ofsted rated Sefton's children's services good instead of outstanding.", D, None,
     {("Sefton", 2019, O, "good", "current")}),
    # lists of the authorities a grade is given to, after a colon or under it as bullets
    ("Ofsted's latest inspections. The councils rated inadequate are: Sefton Council, Wigan, Trafford Council.", D, None,
     {("Sefton", 2019, O, "inadequate", "current"), ("Wigan", 2019, O, "inadequate", "current"),
      ("Trafford", 2019, O, "inadequate", "current")}),
    ("Ofsted's latest inspections.\nThe councils rated inadequate are:\n- Sefton Council\n- Wigan Council\n- Trafford\n"
     "Ofsted said more would follow.", D, None,
     {("Sefton", 2019, O, "inadequate", "current"), ("Wigan", 2019, O, "inadequate", "current"),
      ("Trafford", 2019, O, "inadequate", "current")}),
    ("These were Ofsted's first inspections.\nSeven local authorities were found to be inadequate in this round:\n"
     "\u2022 Birmingham\n\u2022 Bucki", D, None, {("Birmingham", 2019, O, "inadequate", "current")}),
    ("Ofsted has rated Essex County Council's children's services good.\nEssex achieved good in all categories:\n"
     "1. The experience of children who need help and protection\n2. Leadership, management and governance.", D, None,
     {("Essex", 2019, O, "good", "current"), ("Essex", 2019, "help_and_protection", "good", "current"),
      ("Essex", 2019, "leaders", "good", "current")}),
    ("Ofsted's latest inspections. Councils rated good include: Sefton and Wigan.", D, None,
     {("Sefton", 2019, O, "good", "current"), ("Wigan", 2019, O, "good", "current")}),
    ("Ofsted's latest inspections. Councils were rated inadequate for these reasons:\n- poor leadership\n"
     "- staff turnover in Wigan", D, None, set()),
    ("Ofsted's latest inspections. Sefton was rated inadequate in this round: Wigan said it was sorry.", D, None,
     {("Sefton", 2019, O, "inadequate", "current")}),
    # annual performance assessments (2005-2010) are no inspection judgements
    ("Haringey's children's services were rated inadequate overall in Ofsted's annual performance assessment.",
     D09, None, set()),
    ("Ofsted's annual ratings put Doncaster and Surrey among the councils performing poorly, and rated Haringey "
     "inadequate.", D09, None, set()),
    ("Haringey is one of four councils whose children's services were rated inadequate overall. The findings come "
     "from Ofsted's annual assessments of 147 councils.", D09, None, set()),
    ("Yesterday Ofsted published the outcomes of the annual children\u2019s services assessments. Sefton was rated "
     "good overall, while Wigan was judged inadequate.", None, None, set()),
    ("Ofsted's annual ratings were published. Gateshead received the highest rating from Ofsted inspectors.", D09,
     None, set()),
    # ... but an article about an inspection keeps the grades its other sentences give
    ("Ofsted's inspectors rated Torbay's safeguarding services inadequate in 2010. Torbay performed poorly in the "
     "annual assessment in 2009.", date(2010, 12, 1), None, {("Torbay", 2010, "pre2013_safeguarding_overall", "inadequate", "current")}),
    ("Ofsted said Torbay performed poorly in 2011 and rated it inadequate in 2016 and 2018.", date(2022, 5, 1), None,
     {("Torbay", 2016, O, "inadequate", "previous"), ("Torbay", 2018, O, "inadequate", "current")}),
]


@pytest.mark.parametrize("text, published, authority, expected", CASES, ids=[c[0][:70] for c in CASES])
def test_whose_grade(text, published, authority, expected):
    assert claim_set(claims_from_text(text, published, authority)) == expected
