"""The language of ratings, by category: who is graded, the grade verbs and frames, which
inspection, which area, and what is no claim (schools, homes, SEND, youth justice, adults, CQC,
police). Sentences written for these tests (not taken from the article set), in the forms news and
council pages use, plus a few real forms from public pages outside the article set and the
reserved list. Each category has several forms; a reader that fits one sentence fails the rest."""
from __future__ import annotations

from datetime import date

import pytest
from seeds import claim_set

from extractors.article_claims import claims_from_text, read_article, without_furniture

O = "overall_effectiveness"
H = "help_and_protection"
IC = "in_care"
CL = "care_leavers"
L = "leaders"
D = date(2024, 3, 1)
D16 = date(2016, 3, 1)
D11 = date(2011, 3, 1)
ICL = "in_care_and_care_leavers"

# (text, publication date, the publisher's authority or None, expected claims)
CATEGORIES = [
    # who
    ("Ofsted has rated Sefton Council's children's services as good.", D, None, {("Sefton",2024,O,"good","current")}),
    ("Sefton Council has been rated good by Ofsted for its children's services.", D, None, {("Sefton",2024,O,"good","current")}),
    ("Lancashire County Council's children's services have been judged good by Ofsted.", D, None, {("Lancashire",2024,O,"good","current")}),
    ("Children's services at Lancashire County Council have been judged good by Ofsted.", D, None, {("Lancashire",2024,O,"good","current")}),
    ("Ofsted inspectors visited Sefton in January. The council was rated good overall.", D, None, {("Sefton",2024,O,"good","current")}),
    ("Ofsted inspectors visited Sefton in January. The authority has been rated requires improvement.", D, None, {("Sefton",2024,O,"requires_improvement","current")}),
    ("Ofsted inspectors visited Sefton in January. The local authority was judged inadequate.", D, None, {("Sefton",2024,O,"inadequate","current")}),
    ("Sefton's children's services have been handed an inadequate rating by Ofsted.", D, None, {("Sefton",2024,O,"inadequate","current")}),
    ("Sefton children's services given 'good' rating by Ofsted", D, None, {("Sefton",2024,O,"good","current")}),
    ("Council's children's services rated 'good' by Ofsted", D, "Sefton", {("Sefton",2024,O,"good","current")}),
    # verbs
    ("Ofsted has branded Sefton's children's services inadequate.", D, None, {("Sefton",2024,O,"inadequate","current")}),
    ("Sefton's children's services have been deemed inadequate by Ofsted.", D, None, {("Sefton",2024,O,"inadequate","current")}),
    ("Sefton's children's services were labelled inadequate by Ofsted inspectors.", D, None, {("Sefton",2024,O,"inadequate","current")}),
    ("Sefton Council has been awarded an outstanding rating by Ofsted for its children's services.", D, None, {("Sefton",2024,O,"outstanding","current")}),
    ("Sefton Council's children's services have been given a rating of good by Ofsted.", D, None, {("Sefton",2024,O,"good","current")}),
    ("Sefton Council's children's services have received an Ofsted rating of good.", D, None, {("Sefton",2024,O,"good","current")}),
    ("Sefton Council's children's services have been found to be inadequate by Ofsted.", D, None, {("Sefton",2024,O,"inadequate","current")}),
    ("Sefton Council's children's services are now good, Ofsted says.", D, None, {("Sefton",2024,O,"good","current")}),
    ("Ofsted says Sefton's children's services are now good.", D, None, {("Sefton",2024,O,"good","current")}),
    ("Sefton Council's children's services require improvement, according to Ofsted.", D, None, {("Sefton",2024,O,"requires_improvement","current")}),
    ("Sefton children's services rated RI by Ofsted", D, None, {("Sefton",2024,O,"requires_improvement","current")}),
    ("Sefton children's services out of inadequate, says Ofsted", D, None, {("Sefton",None,O,"inadequate","previous")}),
    ("Ofsted has moved Sefton's children's services from inadequate to good.", D, None, {("Sefton",None,O,"inadequate","previous"),("Sefton",2024,O,"good","current")}),
    ("Sefton's children's services have improved from inadequate to good, Ofsted says.", D, None, {("Sefton",None,O,"inadequate","previous"),("Sefton",2024,O,"good","current")}),
    ("Sefton's children's services have been rated good by Ofsted, up from requires improvement.", D, None, {("Sefton",None,O,"requires_improvement","previous"),("Sefton",2024,O,"good","current")}),
    ("Sefton's children's services have improved to good, Ofsted says.", D, None, {("Sefton",2024,O,"good","current")}),
    ("Sefton Council has retained its good rating from Ofsted for children's services.", D, None, {("Sefton",2024,O,"good","current"),("Sefton",None,O,"good","previous")}),
    ("Sefton's children's services remain inadequate, Ofsted has said.", D, None, {("Sefton",2024,O,"inadequate","current"),("Sefton",None,O,"inadequate","previous")}),
    ("Sefton's children's services have been rated outstanding for the second consecutive time by Ofsted.", D, None, {("Sefton",2024,O,"outstanding","current"),("Sefton",None,O,"outstanding","previous")}),
    ("Sefton's children's services have been rated as requires improvement to be good by Ofsted.", D, None, {("Sefton",2024,O,"requires_improvement","current")}),
    ("Sefton's children's services have been rated 'good with outstanding features' by Ofsted.", D, None, {("Sefton",2024,O,"good","current")}),
    ("Sefton's children's services have been rated good, with outstanding leadership, by Ofsted.", D, None, {("Sefton",2024,O,"good","current")}),
    # when
    ("Sefton's children's services were rated inadequate in 2019 and are now good, Ofsted says.", D, None, {("Sefton",2019,O,"inadequate","previous"),("Sefton",2024,O,"good","current")}),
    # alone, "the last inspection" is the latest or the one before: unsure (tests/test_article_doubt.py)
    ("At the last inspection, in 2019, Sefton was rated inadequate by Ofsted.", D, None, set()),
    ("Sefton was previously rated inadequate by Ofsted.", D, None, {("Sefton",None,O,"inadequate","previous")}),
    ("Sefton has been rated good by Ofsted, having been rated inadequate at its last inspection in 2019.", D, None, {("Sefton",2019,O,"inadequate","previous"),("Sefton",2024,O,"good","current")}),
    ("It is the first time Sefton has been rated good since Ofsted's inspection in 2014.", D, None, {("Sefton",2024,O,"good","current")}),
    ("Ofsted inspectors visited Sefton in January. In 2019, the council was rated inadequate.", D, None, {("Sefton",2019,O,"inadequate","current")}),  # the latest grade it names
    ("Ofsted rated Sefton good. In 2019, the council was rated inadequate.", D, None, {("Sefton",2024,O,"good","current"),("Sefton",2019,O,"inadequate","previous")}),
    ("Sefton's previous Ofsted rating was inadequate.", D, None, {("Sefton",None,O,"inadequate","previous")}),
    ("Ofsted inspectors found a deterioration since the previous inspection in 2019, when Sefton was rated good overall.", D, None, {("Sefton",2019,O,"good","previous")}),
    ("At its previous Ofsted inspection, in 2017, Sefton was rated good.", D, None, {("Sefton",2017,O,"good","previous")}),
    ("Sefton's children's services have improved since the last Ofsted inspection and are now rated good.", D, None, {("Sefton",2024,O,"good","current")}),
    ("Sefton's rating had gone from inadequate in September 2021 to requires improvement, Ofsted said.", D, None, {("Sefton",2021,O,"inadequate","previous"),("Sefton",2024,O,"requires_improvement","current")}),
    ("It is a turnaround for Sefton from 2018 when it was rated inadequate by Ofsted.", D, None, {("Sefton",2018,O,"inadequate","previous")}),
    ("Ofsted said Sefton's services were first judged inadequate in 2015.", D, None, {("Sefton",2015,O,"inadequate","previous")}),
    ("Sefton was visited by Ofsted in March after being rated good by the inspectorate.", D, None, {("Sefton",None,O,"good","previous")}),
    ("Ofsted said Sefton had made progress from a requires improvement rating it received in 2019.", D, None, {("Sefton",2019,O,"requires_improvement","previous")}),
    ("Ofsted said Sefton's children's services are no longer rated inadequate.", D, None, {("Sefton",None,O,"inadequate","previous")}),
    ("Ofsted said the new judgement was an improvement on the council's previous good rating.", D, "Sefton", {("Sefton",None,O,"good","previous")}),
    ("Ofsted said it was an improvement on Sefton's previous inadequate rating.", D, None, {("Sefton",None,O,"inadequate","previous")}),
    ("Ofsted awarded Sefton an overall rating of requires improvement, the same grading as 2019.", D, None, {("Sefton",2024,O,"requires_improvement","current"),("Sefton",2019,O,"requires_improvement","previous")}),
    ("Ofsted said Sefton was judged to be inadequate again in 2014.", D, None, {("Sefton",2014,O,"inadequate","current"),("Sefton",None,O,"inadequate","previous")}),
    ("Sefton children's services dubbed 'inadequate' by Ofsted", D, None, {("Sefton",2024,O,"inadequate","current")}),
    ("Ofsted inspectors have rated Sefton's services as good after 12 years of saying it required improvement.", D, None, {("Sefton",2024,O,"good","current"),("Sefton",None,O,"requires_improvement","previous")}),
    ("Sefton Council has been handed a repeat inadequate rating by Ofsted.", D, None, {("Sefton",2024,O,"inadequate","current"),("Sefton",None,O,"inadequate","previous")}),
    ("Ofsted said Sefton was judged to be inadequate in 2014 and then again in 2018.", D, None, {("Sefton",2018,O,"inadequate","current"),("Sefton",2014,O,"inadequate","previous")}),
    ("Ofsted rated Sefton's children's services inadequate in 2016 and 2018.", D, None, {("Sefton",2018,O,"inadequate","current"),("Sefton",2016,O,"inadequate","previous")}),
    # areas
    ("Ofsted rated Sefton's children's services good in three key areas - help and protection, leadership and overall effectiveness.", D, None, {("Sefton",2024,a,"good","current") for a in (O,H,L)}),
    ("Ofsted judged Sefton's services outstanding in three out of four categories, including overall effectiveness.", D, None, {("Sefton",2024,O,"outstanding","current")}),
    ("Ofsted rated Sefton's services as good for overall effectiveness, the impact of leaders on social work practice with children and families and the experiences and progress of children who need help and protection.", D, None, {("Sefton",2024,a,"good","current") for a in (O,H,L)}),
    # all categories bar one: overall effectiveness is one of them; the one left out has the grade given it
    ("Ofsted rated Sefton outstanding in all categories bar help and protection, for which it was good.", D, None, {("Sefton",2024,O,"outstanding","current"),("Sefton",2024,H,"good","current")}),
    ("Ofsted rated Sefton outstanding in all categories bar help and protection.", D, None, {("Sefton",2024,O,"outstanding","current")}),
    ("Ofsted judged Sefton good in all four areas of inspection, including the impact of leaders on social work practice with children and families.", D, None, {("Sefton",2024,O,"good","current"),("Sefton",2024,L,"good","current")}),
    ("Ofsted rated Sefton Council as outstanding for the impact of its leaders on social work practice.", D, None, {("Sefton",2024,L,"outstanding","current")}),
    ("Three councils - Sefton, Wigan and Trafford - were judged outstanding by Ofsted for leadership, management and governance.", D16, None, {(a,2016,L,"outstanding","current") for a in ("Sefton","Wigan","Trafford")}),
    ("Ofsted rated Sefton good for the help and protection of children.", D, None, {("Sefton",2024,H,"good","current")}),
    ("Sefton's children's services were rated good overall by Ofsted, with care leavers' services judged outstanding.", D, None, {("Sefton",2024,O,"good","current"),("Sefton",2024,CL,"outstanding","current")}),
    ("Ofsted rated the experiences and progress of children in care as outstanding in Sefton.", D, None, {("Sefton",2024,IC,"outstanding","current")}),
    ("Sefton's services for looked after children were rated outstanding by Ofsted.", D, None, {("Sefton",2024,IC,"outstanding","current")}),
    ("In Sefton, the impact of leaders was judged good by Ofsted.", D, None, {("Sefton",2024,L,"good","current")}),
    ("Ofsted rated Sefton's leadership as outstanding.", D, None, {("Sefton",2024,L,"outstanding","current")}),
    ("Sefton's leadership and management was rated good by Ofsted.", D, None, {("Sefton",2024,L,"good","current")}),
    ("Sefton's children's services were rated good in every area by Ofsted.", D, None, {("Sefton",2024,O,"good","current")}),  # names no area
    ("Sefton's children's services were rated good for help and protection, children in care and care leavers, and leadership by Ofsted.", D, None, {("Sefton",2024,a,"good","current") for a in (H,IC,CL,L)}),
    ("Sefton's adoption service was rated outstanding by Ofsted.", D16, None, {("Sefton",2016,"adoption","outstanding","current")}),
    ("Sefton's Local Safeguarding Children Board was rated good by Ofsted.", D16, None, {("Sefton",2016,"lscb","good","current")}),
    ("Ofsted rated Sefton's safeguarding services as adequate.", date(2011,5,1), None, {("Sefton",2011,"pre2013_safeguarding_overall","adequate","current")}),
    ("Ofsted rated Sefton's services for looked after children as good.", date(2011,5,1), None, {("Sefton",2011,"pre2013_lac_overall","good","current")}),
    # furniture / exclusions
    ("Sefton school rated good by Ofsted", D, None, set()),
    ("Sefton nursery rated outstanding by Ofsted", D, None, set()),
    ("Sefton children's home rated inadequate by Ofsted", D, None, set()),
    ("Ofsted and the CQC rated Sefton's SEND services as inadequate.", D, None, set()),
    ("Sefton's youth justice service was rated good by HM Inspectorate of Probation.", D, None, set()),
    ("Sefton's adult social care was rated good by the CQC.", D, None, set()),
    ("Sefton police rated inadequate by HMICFRS", D, None, set()),
    ("Sefton's fostering service was rated good by Ofsted.", D, None, set()),
    ("Sefton is one of 25 councils to have achieved a good or better Ofsted rating in every category.", D, None, set()),
    ("Sefton hired advisers from Wigan and Leeds to make its service one rated good by Ofsted in 2019.", D, None, set()),
    ("Nine years ago Sefton's children's services were criticised for being inadequate, Ofsted said.", D, None, set()),
    ("Ofsted said Sefton's leaders must ensure that all services for children are good.", D, None, set()),
    # headlines without a verb, attributive grades
    ("Sefton children's services 'outstanding', says Ofsted", D, None, {("Sefton",2024,O,"outstanding","current")}),
    ("Council's children's social care services 'Good' overall\nThe Ofsted report was published today.", D, "Sefton", {("Sefton",2024,O,"good","current")}),
    ("Ofsted praises 'outstanding' children's services", D, None, set()),
    ("Ofsted praises good-rated Wigan and finds slow progress at 'inadequate' Sefton and Bury Council.", D, None, {("Wigan",None,O,"good","current"),("Sefton",None,O,"inadequate","current"),("Bury",None,O,"inadequate","current")}),  # standing grades: no year
    ("Ofsted visited an outstanding Sefton school.", D, None, set()),
    ("Sefton improves from requires improvement to good, says Ofsted", D, None, {("Sefton",None,O,"requires_improvement","previous"),("Sefton",2024,O,"good","current")}),
    ("Ofsted said Sefton's leaders had not rested on a previous judgement of good.", D, None, set()),
    ("Children's services in a part of Sefton have been rated good by Ofsted.", D, None, set()),
    ("Ofsted said Sefton remains inadequate. Sefton was rated inadequate in 2019.", D, None, {("Sefton",2024,O,"inadequate","current"),("Sefton",2019,O,"inadequate","previous")}),
    # several authorities in one piece
    ("Ofsted rated Sefton Council inadequate and Wigan Council good. They were rated good for adoption.", D16, None, {("Sefton",2016,O,"inadequate","current"),("Wigan",2016,O,"good","current")}),  # they: which?
    ("Ofsted has published reports on Wigan Council and Bury Council.\nWigan was rated good by Ofsted.\n"
     "Bury Council has worked hard. The council was rated requires improvement.", D, None,
     {("Wigan",2024,O,"good","current"),("Bury",2024,O,"requires_improvement","current")}),  # "the council": Bury
    ("Ofsted rated East Sussex, Essex and Staffordshire good, but Coventry inadequate.", D, None, {("East Sussex",2024,O,"good","current"),("Essex",2024,O,"good","current"),("Staffordshire",2024,O,"good","current"),("Coventry",2024,O,"inadequate","current")}),
    ("Sefton and Wigan children's services were both judged good by Ofsted.", D, None, {("Sefton",2024,O,"good","current"),("Wigan",2024,O,"good","current")}),
    ("Staffordshire's services for looked after children were rated adequate by Ofsted, while Devon's received an overall rating of good.", date(2010,5,1), None, {("Staffordshire",2010,"pre2013_lac_overall","adequate","current"),("Devon",2010,"pre2013_lac_overall","good","current")}),  # Devon's = Devon's services for looked after children
    ("Ofsted inspected 43 councils.\nThe three judged inadequate in this latest report are: Sefton; Wigan and Trafford.", D, None, {(a,2024,O,"inadequate","current") for a in ("Sefton","Wigan","Trafford")}),
    ("Ofsted awarded Sefton a good rating for three of the four areas - how the service manages children in care, children who need protection, and care leavers.", D, None, {("Sefton",2024,a,"good","current") for a in (H,IC,CL)}),
    # quotes, further verbs, pre-2013 and grade lists
    ("The experiences and progress of care leavers was judged to be outstanding by Ofsted.", D, "Sefton", {("Sefton",2024,CL,"outstanding","current")}),
    ("Ofsted judged the help and protection of children to be good.", D, "Sefton", {("Sefton",2024,H,"good","current")}),
    ("Leadership was judged outstanding by Ofsted inspectors.", D, "Sefton", {("Sefton",2024,L,"outstanding","current")}),
    ("Neighbouring Wigan was rated outstanding by Ofsted last year.", D, "Sefton", {("Wigan",2023,O,"outstanding","current")}),
    ("Early help services were rated good by Ofsted.", D, "Sefton", set()),
    ("The council hopes to be rated outstanding by Ofsted next time.", D, "Sefton", set()),
    ("Ofsted's chief inspector said the council was good at listening to children.", D, "Sefton", set()),
    ("Ofsted found the council's fostering service to be outstanding.", D, "Sefton", set()),
    ("Nationally, one in ten councils is rated outstanding by Ofsted.", D, "Sefton", set()),
    ("Ofsted rated Sefton's children's services good, an improvement on the requires improvement rating it received in 2019.", D, None, {("Sefton",2024,O,"good","current"),("Sefton",2019,O,"requires_improvement","previous")}),
    ("Sefton Council's children's services have been judged 'Good' by Ofsted, improving from 'Requires Improvement' at the last inspection in 2019.", D, None, {("Sefton",2024,O,"good","current"),("Sefton",2019,O,"requires_improvement","previous")}),
    ("In 2019 Sefton was rated requires improvement; now Ofsted has rated it good.", D, None, {("Sefton",2024,O,"good","current"),("Sefton",2019,O,"requires_improvement","previous")}),
    ("Ofsted has rated children's services in Sefton as good in all four areas of the inspection.", D, None, {("Sefton",2024,O,"good","current")}),
    ("Ofsted gave Sefton's children's services the top rating of outstanding.", D, None, {("Sefton",2024,O,"outstanding","current")}),
    ("Sefton's children's services have moved up two grades, from inadequate to good, Ofsted says.", D, None, {("Sefton",2024,O,"good","current"),("Sefton",None,O,"inadequate","previous")}),
    ("Sefton has been rated inadequate for a second time by Ofsted.", D, None, {("Sefton",2024,O,"inadequate","current"),("Sefton",None,O,"inadequate","previous")}),
    ("We are delighted that Ofsted has judged our children's services to be good.", D, "Sefton", {("Sefton",2024,O,"good","current")}),
    ("Sefton Council has received an Ofsted rating of outstanding for its children's services.", D, None, {("Sefton",2024,O,"outstanding","current")}),
    ("Sefton's children's services achieved a good rating from Ofsted.", D, None, {("Sefton",2024,O,"good","current")}),
    ("Ofsted found Sefton's services for care leavers to be outstanding.", D, None, {("Sefton",2024,CL,"outstanding","current")}),
    ("Sefton was rated good for leadership and outstanding for adoption by Ofsted.", D16, None, {("Sefton",2016,L,"good","current"),("Sefton",2016,"adoption","outstanding","current")}),
    ("Sefton's Local Safeguarding Children Board was judged to require improvement by Ofsted.", D16, None, {("Sefton",2016,"lscb","requires_improvement","current")}),
    ("Ofsted judged Sefton's safeguarding services adequate and its services for looked after children good.", D11, None, {("Sefton",2011,"pre2013_safeguarding_overall","adequate","current"),("Sefton",2011,"pre2013_lac_overall","good","current")}),
    ("The overall effectiveness of Sefton's safeguarding services was judged good by Ofsted, with outstanding capacity to improve.", D11, None, {("Sefton",2011,"pre2013_safeguarding_overall","good","current"),("Sefton",2011,"pre2013_safeguarding_capacity","outstanding","current")}),
    ("Ofsted rated Sefton's children's services requires improvement, down from good in 2019.", D, None, {("Sefton",2024,O,"requires_improvement","current"),("Sefton",2019,O,"good","previous")}),
    ("Sefton's children's services have been downgraded to inadequate by Ofsted.", D, None, {("Sefton",2024,O,"inadequate","current")}),
    ("Sefton's children's services have been upgraded from inadequate to requires improvement by Ofsted.", D, None, {("Sefton",None,O,"inadequate","previous"),("Sefton",2024,O,"requires_improvement","current")}),
    ("Ofsted: Sefton children's services now good", D, None, {("Sefton",2024,O,"good","current")}),
    ("Sefton's children's services, which were rated inadequate in 2019, are now good, Ofsted said.", D, None, {("Sefton",2019,O,"inadequate","previous"),("Sefton",2024,O,"good","current")}),
    ("The council's children's services were rated good by Ofsted in 2018. This year they have been rated outstanding.", D, "Sefton", {("Sefton",2018,O,"good","previous"),("Sefton",2024,O,"outstanding","current")}),
    ("Inspectors judged the experiences and progress of children in care to be good, and care leavers' experiences outstanding.", D, "Sefton", {("Sefton",2024,IC,"good","current"),("Sefton",2024,CL,"outstanding","current")}),
    ("Help and protection: Good", D, "Sefton", set()),
    ("Ofsted's judgements for Sefton:\nOverall effectiveness: Good\nHelp and protection: Requires improvement\nChildren in care: Good\nCare leavers: Outstanding\nLeadership: Good", D, None, {("Sefton",2024,O,"good","current"),("Sefton",2024,H,"requires_improvement","current"),("Sefton",2024,IC,"good","current"),("Sefton",2024,CL,"outstanding","current"),("Sefton",2024,L,"good","current")}),
    ("Sefton has been rated 'requires improvement to be good' in its latest Ofsted inspection.", D, None, {("Sefton",2024,O,"requires_improvement","current")}),
    ("Sefton is now rated Good by Ofsted, having previously been judged to Require Improvement.", D, None, {("Sefton",2024,O,"good","current"),("Sefton",None,O,"requires_improvement","previous")}),
    ("Ofsted praised Sefton's good work with children in care.", D, None, set()),
    ("The inspection found that children in Sefton receive good help.", D, None, set()),
    ("Sefton's youth offending service was rated outstanding by HMI Probation, after an Ofsted inspection of children's services last year.", D, None, set()),
    ("A joint area SEND inspection by Ofsted and CQC found Sefton's provision inadequate.", D, None, set()),
    ("Sefton's adult social care was rated good by the CQC, and Ofsted inspected children's services.", D, None, set()),

]


@pytest.mark.parametrize("text, published, authority, expected", CATEGORIES, ids=[c[0][:70] for c in CATEGORIES])
def test_category(text, published, authority, expected):
    assert claim_set(claims_from_text(text, published, authority)) == expected


# Real forms (Swindon Advertiser, 2018; Worcester News, 2023): pages in no set and not reserved.
SWINDON = """Children's services run by Swindon Borough Council are now officially good.
Ofsted carried out a full two-week inspection of the services in the borough in July.
The experience of children in care and care leavers still requires improvement."""


def test_a_real_announcement_of_a_new_grade_with_one_area_still_requiring_improvement():
    reading = read_article(SWINDON, date(2018, 10, 5))
    assert claim_set(reading.claims) == {("Swindon", 2018, O, "good", "current"),
                                         ("Swindon", 2018, "in_care_and_care_leavers", "requires_improvement",
                                          "current")}
    assert {c["sentence"] for c in reading.claims} == {
        "Children's services run by Swindon Borough Council are now officially good.",
        "The experience of children in care and care leavers still requires improvement."}


def test_a_real_announcement_with_earlier_grades_in_its_frame():
    text = ("WORCESTERSHIRE'S Children Services has been rated 'good' by OFSTED.\n"
            "The local authority had previously been judged inadequate in 2016, and following statutory direction "
            "from the Department for Education, the council agreed to work in partnership.")
    assert claim_set(claims_from_text(text, date(2023, 7, 15))) == {
        ("Worcestershire", 2023, O, "good", "current"), ("Worcestershire", 2016, O, "inadequate", "previous")}


def test_a_page_furniture_line_of_other_headlines_gives_no_claim():
    text = ("Sefton children's services rated good by Ofsted\n"
            "READ MORE: Ofsted gives Sefton primary school a 'good' rating\n"
            "READ MORE: Sefton nursery rated inadequate by Ofsted")
    assert claim_set(claims_from_text(text, D)) == {("Sefton", 2024, O, "good", "current")}
    # a line that merely begins with such a word is text
    assert claim_set(claims_from_text("Related to this, Ofsted rated Sefton's children's services good.", D)) == {
        ("Sefton", 2024, O, "good", "current")}


def test_lists_of_links_to_other_stories_give_no_claim():
    text = ("Sefton children's services rated good by Ofsted\n"
            "Ofsted inspectors praised Sefton Council's leaders.\n"
            "Related stories\n"
            "Wigan children's services rated outstanding by Ofsted\n"
            "Bury Council's children's services judged inadequate\n"
            "More on this story\n"
            "Leeds children's services rated requires improvement\n"
            "Read more: Trafford Council's children's services rated good by Ofsted")
    assert claim_set(claims_from_text(text, D)) == {("Sefton", 2024, O, "good", "current")}
    # a line that merely begins with such a word is text
    assert claim_set(claims_from_text("Related to this, Ofsted rated Sefton's children's services good.", D)) == {
        ("Sefton", 2024, O, "good", "current")}


def test_a_jobs_box_naming_another_council_leaves_the_article_its_authority():
    # The form of a trade site's jobs box under its story (localgov.co.uk, Worcestershire 2017; dev part of the set):
    # each advert's title, employer, pay and recruiter. Another council named there is no subject of the article.
    story = ("Worcestershire criticised for 'serious failures' in children's services\n"
             "Worcestershire County Council has apologised after inspectors found 'widespread and serious failures'.\n"
             "It is the second time in six years that the county's children's services have been rated as inadequate "
             "by Ofsted.\n"
             "In response, the council is proposing to invest an extra £3.5m into safeguarding children from April.\n")
    jobs = ("SIGN UP\nFor your free daily news bulletin\nHighways jobs\n\n"
            "Targeted Youth Advisor\n\nEssex County Council\n£28514.00 - £33545.00 per annum\n"
            "Targeted Youth AdvisorPermanent, Full Time£28,514 to £33,545 per annumLocation\n"
            "Recuriter: Essex County Council\n\n"
            "Part Time Business Operations Assistant - ACL\n\nEssex County Council\nUp to £25081.00 per annum + Pro Rata\n")
    got = claim_set(claims_from_text(story + jobs, date(2017, 1, 25)))
    assert ("Worcestershire", 2017, O, "inadequate", "current") in got
    assert not {c for c in got if c[0] == "Essex"}
    # the story's own sums of money stay text
    assert "£3.5m" in without_furniture(story + jobs) and "Recuriter" not in without_furniture(story + jobs)
