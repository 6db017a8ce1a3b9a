"""The language of the WHOLE-SERVICE grade (overall effectiveness, and the pre-2013 grade of the whole
service) and of its role: the grade of this inspection (current) or of an earlier one (previous).

Real writers name the whole-service grade in headlines ("York children's services requires improvement
- Ofsted"), leads ("the council's services for children were found to be ..."), quotes ("we are
delighted to confirm that Ofsted have rated us Good"), and they set earlier grades in frames ("since the
department was last inspected in 2017 its rating has deteriorated from good", "when I became leader in
2019, the services were rated inadequate"). Each real excerpt below (a sentence or two of a public page
outside the article set and the reserved list, North West, North East, Yorkshire and the Humber and
West Midlands) has its address in a comment; the variants after it are written for these tests in the
same forms, with other councils and words, so that a rule fitted to one sentence fails the rest.
"""
from __future__ import annotations

from datetime import date

import pytest
from seeds import claim_set

from extractors.article_claims import claims_from_text

O = "overall_effectiveness"
H = "help_and_protection"
CL = "care_leavers"
LSCB = "lscb"
S = "pre2013_safeguarding_overall"
RI = "requires_improvement"
D24 = date(2024, 3, 1)

# (text, publication date, publishing authority or None, expected claims)
REAL = [
    # http://www.wigantoday.net/news/inspection-success-for-frontline-services-1-8475251 (dev set; a page of no date:
    # the grade "following an inspection earlier this year" is the page's own, its year unknown)
    ("Inspection success for frontline services\n"
     "Watchdogs have awarded Wigan Council's children's services a \"Good\" rating following an inspection earlier "
     "this year.\nOfsted praised a strong culture of continuous improvement.", None, None, {("Wigan", None, O, "good", "current")}),
    # https://www.stockport.gov.uk/news/childrens-services-are-rated-good-in-stockport-by-ofsted
    ("Children's services are rated 'Good' in Stockport by Ofsted\n"
     "Stockport Council's Children's Services has been rated 'Good' after a rigorous Ofsted inspection.",
     date(2022, 5, 20), None, {("Stockport", 2022, O, "good", "current")}),
    # https://www.wigantoday.net/news/people/wigan-councils-childrens-services-requires-improvement-says-ofsted-3756616
    ("Wigan Council's children's services requires improvement says Ofsted\n"
     "Wigan Council's struggling children's services have been given black marks by watchdogs.\n"
     "Since the department was last inspected in 2017 its rating has \"deteriorated\" from good to requiring improvement.",
     date(2022, 7, 20), None, {("Wigan", 2022, O, RI, "current"), ("Wigan", 2017, O, "good", "previous")}),
    # https://www.wigantoday.net/news/politics/council/wigan-childrens-services-improving-one-year-on-from-damning-ofsted-findings-4181924
    ("Wigan children's services \"improving\" - one year on from damning Ofsted findings\n"
     "A recent visit from the regulator found that since the \"Requires Improvement\" rating was slapped on the "
     "council back in July 2022, the local authority has \"identified appropriate priority areas for improvement\".",
     date(2023, 6, 20), None, {("Wigan", 2022, O, RI, "current")}),
    # https://leighjournal.co.uk/news/15195295.councils-childrens-services-rated-good-by-ofsted
    ("OFSTED inspectors have praised 'a strong culture of continuous improvement' in Wigan Council's children's "
     "service, giving it a good rating.", date(2017, 3, 31), None, {("Wigan", 2017, O, "good", "current")}),
    # https://www.minsterfm.com/news/local/1328110/north-yorkshire-council-gets-good-grade-for-childrens-social-services/
    ("North Yorkshire Council Gets \"Good\" Grade for Children's Social Services\n"
     "Ofsted's judgement, in its latest inspection, has placed North Yorkshire amongst the top authorities in the "
     "country for its care and protection of children, grading it as 'good' in every category.",
     date(2014, 6, 30), None, {("North Yorkshire", 2014, O, "good", "current")}),
    # https://www.bbc.com/news/uk-england-york-north-yorkshire-61319187
    ("York children's services requires improvement - Ofsted\n"
     "York's children's services has declined and improvements have not been made fast enough, inspectors have said.\n"
     "In its last full Ofsted inspection in 2016, the service was rated as \"good\".\n"
     "But the latest report said despite \"significant investment\", it \"required improvement to be good\".",
     date(2022, 5, 5), None, {("York", 2022, O, RI, "current"), ("York", 2016, O, "good", "previous")}),
    # https://www.willispalmer.com/ofsted-hails-north-yorkshire-outstanding/
    ("An Ofsted inspection of North Yorkshire County Council has rated the children's services department as "
     "'outstanding' where children and families receive a consistent, high-quality service.",
     None, None, {("North Yorkshire", None, O, "outstanding", "current")}),
    # https://sthelens.gov.uk/article/9130/Children-s-Services-rated-Good-at-St-Helens-Borough-Council
    ("Children's Services rated Good at St Helens Borough Council\n"
     "Inspectors praised the transformation of the service which has moved from an Inadequate rating in 2019 to "
     "leapfrog the 'RI' judgement and achieve a judgment of 'Good' in its latest full inspection which took place "
     "between 11 and 21 July.", date(2023, 9, 4), None,
     {("St. Helens", 2023, O, "good", "current"), ("St. Helens", 2019, O, "inadequate", "previous")}),
    # https://sthelensstar.co.uk/news/schools_and_colleges_in_st_helens/school_college_news/23770204.transforming-st-helens-childrens-services-top-priority
    ("Transforming St Helens children's services top priority\n"
     "WHEN I became leader in 2019, the council's children's services were rated inadequate by Ofsted.\n"
     "Every single child deserves the very best possible start in life, so the judgement was a shock.\n"
     "This week we are delighted to be able to confirm that Ofsted have rated us Good.",
     date(2023, 9, 8), None,
     {("St. Helens", 2019, O, "inadequate", "previous"), ("St. Helens", 2023, O, "good", "current")}),
    # https://northwichguardian.co.uk/news/24324026.cheshire-east-council-childrens-services-rated-inadequate
    ("CHESHIRE East Council has been told there is 'much more to do to improve' after its children's services "
     "slipped to an 'inadequate' rating.\n"
     "Education and children's services watchdog Ofsted carried out an inspection of the council earlier this year.",
     date(2024, 5, 16), None, {("Cheshire East", 2024, O, "inadequate", "current")}),
    ("In her report, which gave Cheshire East's children's services an overall inadequate rating, inspector "
     "Teresa Godfrey said: \"There is much more to do.\"", date(2024, 5, 16), None,
     {("Cheshire East", 2024, O, "inadequate", "current")}),
    # https://www.signal2.co.uk/news/local/cheshire-west-childrens-services-rated-good-by-ofsted/
    ("Cheshire West children's services rated 'good' by Ofsted\n"
     "Emma Taylor, Director of Children's Services, said: \"We're delighted we've maintained our 'good' rating and "
     "received such positive comments from the inspectors.\"", None, None,
     {("Cheshire West and Chester", None, O, "good", "current"), ("Cheshire West and Chester", None, O, "good", "previous")}),
    # https://feeds.bbci.co.uk/news/uk-england-birmingham-46511848
    ("'Significant progress' made at Dudley children's services\n"
     "Ofsted has regularly inspected Dudley Council's children's services since it was rated \"inadequate\" in 2016.\n"
     "In a report published on Monday, Ofsted said \"some challenges remain\" and the authority was given an overall "
     "rating of \"requires improvement to be good\".", date(2018, 12, 10), None,
     {("Dudley", 2016, O, "inadequate", "previous"), ("Dudley", 2018, O, RI, "current")}),
    # https://www.yorkpress.co.uk/news/19477137.boost-east-riding-childrens-services-ofsted-report/
    ("EAST Riding of Yorkshire Council's children's service are \"working effectively through an improvement plan\", "
     "according to Ofsted.\nThe comments were made in a recently published letter by Ofsted following a second focused "
     "visit by inspectors to the council's children's services following the inadequate judgement received in March "
     "last year.", date(2021, 7, 20), None, {("East Riding of Yorkshire", 2020, O, "inadequate", "current")}),
    # https://notreallyheremedia.com/news/tameside-reporter/tameside-childrens-services-no-longer-inadequate-as-ofsted-notes-improvements
    ("Tameside children's services no longer inadequate as Ofsted notes improvements\n"
     "Tameside's services for vulnerable children have been upgraded from 'inadequate' after inspectors ruled "
     "'important improvements' had been made.\n"
     "In the first full visit since Ofsted branded the council's services as failing in 2016, the watchdog has now "
     "changed its rating to 'requires improvement to be good'.", date(2018, 8, 1), None,
     {("Tameside", None, O, "inadequate", "previous"), ("Tameside", 2018, O, RI, "current")}),
    # https://aboutmanchester.co.uk/we-must-do-better-for-our-children-in-tameside-say-council-after-ofsted-inspectors-find-service-inadequate/
    ("Tameside Council has pledged to prioritise further improvements to children's services after an Ofsted "
     "inspection published in February 2024 rated them as 'inadequate'.", None, None,
     {("Tameside", 2024, O, "inadequate", "current")}),
    # https://www.lgcplus.com/services/children/city-achieves-outstanding-ofsted-rating-as-met-improves/7027172.article
    ("Leeds City Council's children's social care services have been rated 'outstanding' by Ofsted, while "
     "Calderdale MBC has achieved a 'good' rating after previously being subject to government intervention.\n"
     "Leeds has become the fifth council to be rated outstanding under the new framework introduced this year and "
     "was rated 'good' under the previous single inspection framework in 2015.", date(2018, 12, 19), None,
     {("Leeds", 2018, O, "outstanding", "current"), ("Calderdale", 2018, O, "good", "current"),
      ("Leeds", 2015, O, "good", "previous")}),
    # https://feeds.bbci.co.uk/news/uk-england-humber-64265271
    ("Hull City Council children's services improving, watchdog finds\n"
     "Hull City Council's children's services, rated as \"inadequate\" in 2019, have moved up to a grade of "
     "\"requires improvement\", Ofsted said.", date(2023, 1, 13), None,
     {("Kingston Upon Hull, City of", 2019, O, "inadequate", "previous"), ("Kingston Upon Hull, City of", 2023, O, RI, "current")}),
    ("Hull City Council's children's services have moved from an overall grade of 'inadequate' to 'requires "
     "improvement' after Ofsted's latest inspection.", date(2023, 1, 13), None,
     {("Kingston Upon Hull, City of", None, O, "inadequate", "previous"), ("Kingston Upon Hull, City of", 2023, O, RI, "current")}),
    # https://www.wirralintelligenceservice.org/about-us/news/wirral-children-s-services-improve-in-all-areas/
    ("Wirral children's services improve 'in all areas'\n"
     "The department has now been rated \"requires improvement,\" with the report saying the council \"now acts as a "
     "strong corporate parent\", Ofsted said.", date(2018, 7, 1), None, {("Wirral", 2018, O, RI, "current")}),
    # https://www.lgcplus.com/services/children/ofsted-accuses-wirral-of-corporate-failure/7010660.article
    ("Ofsted accuses Wirral of 'corporate failure'\n"
     "The findings were described as a \"significant deterioration\" in the quality of children's services after they "
     "were rated 'good' by Ofsted in 2011. The services are now rated 'inadequate'.", date(2016, 9, 1), None,
     {("Wirral", 2011, S, "good", "previous"), ("Wirral", 2016, O, "inadequate", "current")}),
    # https://www.birkenhead.news/wirral-council-disappointed-at-harsh-ofsted-report-despite-progress/
    ("Wirral Council disappointed at 'harsh' Ofsted report despite progress\n"
     "In all five areas of judgement, HM Inspector summarised that the service \"requires improvement to be good\" "
     "despite acknowledging that significant improvements have been made since the last full inspection in 2019.",
     date(2024, 1, 20), None, {("Wirral", 2024, O, RI, "current")}),
    # https://feeds.bbci.co.uk/news/articles/cm21deyzndlo (", external": a BBC page's link mark)
    ("Children's services 'transformed' after new rating\n"
     "The services run by Sefton Council were rated \"inadequate\" by Ofsted back in early 2022, external, but the "
     "education watchdog's latest monitoring report, external gave it an overall rating of \"good\".",
     date(2025, 3, 1), None, {("Sefton", 2022, O, "inadequate", "previous"), ("Sefton", 2025, O, "good", "current")}),
    # https://feeds.bbci.co.uk/news/uk-england-tees-65709092
    ("Middlesbrough Council's children's services 'requires improvement'\n"
     "A council's children's services department rated inadequate three years ago has been upgraded to \"requires "
     "improvement to be good\", Ofsted said.", date(2023, 5, 25), None,
     {("Middlesbrough", 2023, O, RI, "current"), ("Middlesbrough", 2020, O, "inadequate", "previous")}),
    # https://www.thenorthernecho.co.uk/news/17741395.stockton-councils-childrens-services-need-improvement-says-ofsted/
    ("CHILDREN'S services at Stockton Borough Council require improvement, Ofsted inspectors have found.",
     date(2019, 7, 1), None, {("Stockton-on-Tees", 2019, O, RI, "current")}),
    # https://www.doncasterfreepress.co.uk/education/doncaster-childrens-services-rated-good-by-ofsted-following-return-to-council-control-5040455
    ("City of Doncaster Council has achieved a milestone 'Good' rating from Ofsted in its first ILACS (Inspecting "
     "Local Authority Children's Services) inspection since the return of social care services to council control.",
     date(2025, 3, 1), None, {("Doncaster", 2025, O, "good", "current")}),
    # https://www.thestar.co.uk/education/sheffield-schools-ofsted-all-latest-ratings-in-november-2023-by-inspectors-for-citys-schools-and-nurseries-4417243
    ("Sheffield's Children's Services - which is the council's provision for how it cares for the city's most "
     "vulnerable children - was rated Good and even Outstanding in places in a glowing report published on "
     "November 3, Ofsted said.", date(2023, 11, 21), None, {("Sheffield", 2023, O, "good", "current")}),
    # http://www.bbc.co.uk/news/uk-england-south-yorkshire-15655390 (an annual rating: no claim)
    ("Doncaster children's service makes significant progress\n"
     "Ofsted said the service was \"adequate\", meeting the minimum requirement.\n"
     "One of the key improvements highlighted in the annual Ofsted report was the rate of improvement in GCSE grades.",
     date(2011, 11, 9), None, set()),
    # https://edemocracy.coventry.gov.uk/mgAi.aspx?ID=22699
    ("Children's Services were re-inspected by Ofsted from 6th to 30th March 2017. The Ofsted re-inspection of services "
     "report was published on 13th June 2017 and judged overall Children's Services in Coventry as \"requires "
     "improvement to be good.\" Services for Children were no longer judged to be inadequate, this marked a key point "
     "in the improvement journey.", None, None,
     {("Coventry", 2017, O, RI, "current"), ("Coventry", None, O, "inadequate", "previous")}),
    # http://www.thenorthernecho.co.uk/news/council/darlingtonboroughcouncil/16239871.Darlington__39_s_struggling_children__39_s_services_continuing_to_take_steps_to_improve/
    ("Darlington Borough Council's children's services were criticised by Ofsted and condemned as 'inadequate' when "
     "the department was inspected in 2015.\n"
     "The most recent inspection, which took place over four weeks in February and March, concluded that improvements "
     "have been made since 2015, and gave the services a new rating of 'requires improvement to be good'.",
     date(2018, 5, 21), None, {("Darlington", 2015, O, "inadequate", "previous"), ("Darlington", 2018, O, RI, "current")}),
    # http://settuka.com/news/uk-england-tees-44199461.amp (a copy of a BBC page)
    ("Darlington children's services improving, Ofsted says\n"
     "Ofsted rated services as inadequate in September 2015, blaming \"serious shortfalls\" in management.\n"
     "Almost three years on and inspectors said \"leadership and governance\" had markedly improved, rating services "
     "as \"requiring improvement to be good\".", date(2018, 5, 21), None,
     {("Darlington", 2015, O, "inadequate", "previous"), ("Darlington", 2018, O, RI, "current")}),
    # https://www.hartlepoolmail.co.uk/news/politics/ofsted-publish-findings-into-quality-of-hartlepool-child-social-services-1-9324561
    ("Children's social care services in Hartlepool have been rated 'good' following an official inspection.\n"
     "Ofsted carried out an inspection of the services provided by Hartlepool Borough Council in July.\n"
     "Councillor Brenda Harrison said: \"Since the last inspection in 2013, which rated the service as good, there have "
     "been sustained progress and further improvements.\"", date(2018, 8, 29), None,
     {("Hartlepool", 2018, O, "good", "current"), ("Hartlepool", 2013, O, "good", "previous")}),
    # http://www.thenorthernecho.co.uk/news/3986570.authorities-rated-top-three-nationally/ (annual ratings: no claim)
    ("Gateshead and York councils were rated outstanding in the annual Ofsted performance assessments for children's "
     "services.", date(2008, 12, 10), None, set()),
]


# Pages of the development set (tests/data/articles/dev.jsonl), by id: a sentence each.
DEV = [
    # staffordshire-gov-2026-focused-visit: a visit's page; the graded inspection it names is the current one
    ("Ofsted reinspection praises Staffordshire children's services\n"
     "It followed criticism in 2023, when Ofsted said the children's service 'required improvement to be good'.",
     date(2026, 1, 27), None, {("Staffordshire", 2023, O, RI, "current")}),
    # warringtonworldwide-2015-ri-room-for-improvement
    ("Ofsted rule children safe in Warrington - but still room for improvement\n"
     "However, improvements have been identified in two areas, and as such the authority's overall Ofsted "
     "judgement is 'requires improvement to be good'.", date(2015, 5, 12), None, {("Warrington", 2015, O, RI, "current")}),
    # blackpool-gov-2023-ri: "with an overall classification of": a noun phrase of its own, not the areas before it
    ("Children's services make steady improvement\n"
     "Following a two-week inspection in December, inspectors have identified that Blackpool Council provides 'good' "
     "services for children in care and care leavers, with an overall classification of Requires Improvement.",
     date(2023, 2, 1), None, {("Blackpool", 2022, O, RI, "current")}),
]

# Written for these tests, in the forms above, with other councils and words.
VARIANTS = [
    # the council's own children's service, singular
    ("Ofsted has judged Bolton Council's children's service to be good.", date(2024, 3, 1), None,
     {("Bolton", 2024, O, "good", "current")}),
    ("Salford's children's service has been rated inadequate by Ofsted.", date(2024, 3, 1), None,
     {("Salford", 2024, O, "inadequate", "current")}),
    # a conclusion of its own after ", and as such" / ", and so"
    ("Rochdale Council's children's services were inspected in January.\n"
     "Ofsted found weaknesses in two areas, and so the council's overall Ofsted rating is "
     "'requires improvement to be good'.", date(2024, 3, 1), None, {("Rochdale", 2024, O, RI, "current")}),
    # the council speaking of itself
    ("Bury Council's children's services have had an Ofsted inspection.\n"
     "Our director said: \"Ofsted have rated us good and we are proud of our staff.\"", date(2024, 3, 1), None,
     {("Bury", 2024, O, "good", "current")}),
    ("Ofsted inspected Knowsley Council's children's services in January.\n"
     "The cabinet member said: \"We have kept our outstanding rating, which is down to our staff.\"",
     date(2024, 3, 1), None, {("Knowsley", 2024, O, "outstanding", "current"), ("Knowsley", None, O, "outstanding", "previous")}),
    ("Oldham Council has retained its good Ofsted rating for children's services.", date(2024, 3, 1), None,
     {("Oldham", 2024, O, "good", "current"), ("Oldham", None, O, "good", "previous")}),
    # "remain" in a clause of its own is not said of the grade
    ("Ofsted said some weaknesses remain and the council was given an overall rating of good for Walsall's "
     "children's services.", date(2024, 3, 1), None, {("Walsall", 2024, O, "good", "current")}),
    # a rating named as a noun phrase, "areas" said of the council's own work after it
    ("Since the 'inadequate' rating was given to Tameside in 2023, the council has identified priority areas for "
     "improvement, Ofsted said.", date(2024, 3, 1), None, {("Tameside", 2023, O, "inadequate", "current")}),
    # other verbs and nouns of rating
    ("Ofsted has published its report on Doncaster, grading the council's children's services as good.",
     date(2024, 3, 1), None, {("Doncaster", 2024, O, "good", "current")}),
    ("Inspectors gave Calderdale Council's children's services an overall classification of outstanding, Ofsted said.",
     date(2024, 3, 1), None, {("Calderdale", 2024, O, "outstanding", "current")}),
    # "after previously ...": what came before, not this grade
    ("Ofsted has rated Wakefield Council's children's services good after previously placing them under "
     "government intervention.", date(2024, 3, 1), None, {("Wakefield", 2024, O, "good", "current")}),
    ("Barnsley's children's services were rated outstanding by Ofsted, having previously been under an improvement "
     "notice.", date(2024, 3, 1), None, {("Barnsley", 2024, O, "outstanding", "current")}),
    # "under the previous framework": an earlier inspection's grade
    ("Sheffield's children's services were rated outstanding by Ofsted this year, and were rated good under the "
     "previous framework in 2015.", date(2019, 3, 1), None,
     {("Sheffield", 2019, O, "outstanding", "current"), ("Sheffield", 2015, O, "good", "previous")}),
    ("Trafford was rated requires improvement under its previous inspection in 2016 and is now judged good by Ofsted.",
     date(2019, 3, 1), None, {("Trafford", 2016, O, RI, "previous"), ("Trafford", 2019, O, "good", "current")}),
    # a second verb of the same subject, its subject left out
    ("Gateshead Council has become one of the few councils to be rated outstanding by Ofsted this year and was "
     "rated good at its inspection in 2019.", date(2024, 3, 1), None,
     {("Gateshead", 2024, O, "outstanding", "current"), ("Gateshead", 2019, O, "good", "previous")}),
    # a page of no date: "this year" is the page's own inspection, "last year" may be another's
    ("Ofsted inspected Bradford's children's services earlier this year and rated them good.", None, None,
     {("Bradford", None, O, "good", "current")}),
    ("Ofsted rated Bradford's children's services inadequate last year.", None, None, set()),
    # headlines: a grade "for" the authority, a second time, moved up, no longer
    ("Ofsted: 'Good' for Oldham children's services", D24, None, {("Oldham", 2024, O, "good", "current")}),
    ("'Outstanding' rating for Stockport Council - Ofsted", D24, None, {("Stockport", 2024, O, "outstanding", "current")}),
    ("Ofsted: good for Oldham children's services", D24, None, set()),  # a grade not set apart: an adjective
    ("Oldham children's services rated 'requires improvement' by Ofsted for second time", D24, None,
     {("Oldham", 2024, O, RI, "current"), ("Oldham", None, O, RI, "previous")}),
    ("Oldham's children's services moved up to good from requires improvement, Ofsted said.", D24, None,
     {("Oldham", 2024, O, "good", "current"), ("Oldham", None, O, RI, "previous")}),
    ("Bolton children's services no longer inadequate, says Ofsted", D24, None, {("Bolton", None, O, "inadequate", "previous")}),
    # the rank of the grade said with it
    ("Ofsted gave Oldham the lowest rating of inadequate, a fall from its second-highest good rating in 2020.", D24,
     None, {("Oldham", 2024, O, "inadequate", "current"), ("Oldham", 2020, O, "good", "previous")}),
    ("Oldham's children's services have received the second-highest rating of good from Ofsted.", D24, None,
     {("Oldham", 2024, O, "good", "current")}),
    # a frame of years before the grade, closed by its comma; "the first time ... since 2010" is a new grade
    ("Two years after being rated inadequate, Oldham's children's services have been judged good by Ofsted.", D24,
     None, {("Oldham", 2024, O, "good", "current"), ("Oldham", None, O, "inadequate", "previous")}),
    ("It is the first time Wirral's children's services have been rated good by Ofsted since 2010.", D24, None,
     {("Wirral", 2024, O, "good", "current")}),
    # the inspectorate's verdict on "the service", reported
    ("Bury Council's children's services were inspected in March.\n"
     "Ofsted said that the service requires improvement to be good.", D24, None, {("Bury", 2024, O, RI, "current")}),
    ("Ofsted inspected Salford Council's children's services.\nThe report found the service is good despite rising demand.",
     D24, None, {("Salford", 2024, O, "good", "current")}),
    ("Ofsted inspected Salford Council's children's services.\nThe director said the service is good.", D24, None, set()),
    # a frame of years ago is the first grade's; "upgraded to" gives the new one
    ("Ofsted said Halton's children's services, rated inadequate two years ago, have been upgraded to good.", D24, None,
     {("Halton", 2024, O, "good", "current"), ("Halton", 2022, O, "inadequate", "previous")}),
    # headlines: a label naming its authority, a grade "after" its inspection
    ("Oldham children's services: 'requires improvement' rating from Ofsted", D24, None, {("Oldham", 2024, O, RI, "current")}),
    ("Wirral Council children's services: 'Good' - Ofsted", D24, None, {("Wirral", 2024, O, "good", "current")}),
    ("Oldham children's services 'good' after Ofsted inspection", D24, None, {("Oldham", 2024, O, "good", "current")}),
    ("Knowsley children's services 'inadequate' following latest Ofsted inspection", D24, None,
     {("Knowsley", 2024, O, "inadequate", "current")}),
    ("Knowsley children's services 'good' after Ofsted visit to Sefton", D24, None, set()),
    ("Ofsted found that Walsall Council's help for children in need of protection has improved, with an overall "
     "rating of good.", D24, None, {("Walsall", 2024, O, "good", "current")}),
    # no claim: adjectives and other subjects
    ("Ofsted said Wirral's children's service gets good support from partners.", date(2024, 3, 1), None, set()),
    ("Ofsted said the areas of the council where practice is good are growing in Sefton.", date(2024, 3, 1), None, set()),
]


@pytest.mark.parametrize("text,published,authority,expected", DEV + VARIANTS)
def test_whole_service_grades_in_their_forms(text, published, authority, expected):
    assert claim_set(claims_from_text(text, published, authority)) == expected


@pytest.mark.parametrize("text,published,authority,expected", REAL)
def test_real_whole_service_grades(text, published, authority, expected):
    assert claim_set(claims_from_text(text, published, authority)) == expected
