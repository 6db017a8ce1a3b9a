"""Which inspection a grade is of: the grade the service had before ("from a position of
inadequate", "no longer been judged inadequate", "had been graded inadequate since 2010"), years
stated elsewhere in the article ("since the last inspection in 2016" beside "a repeat inadequate
rating"), and inspections that are not the article's own (one that is due, a focused visit).
Sentences written for these tests in the forms news and council pages use; each family has
several forms, so a reader that fits one sentence fails the rest."""
from __future__ import annotations

from datetime import date

import pytest
from seeds import claim_set

from extractors.article_claims import claims_from_text

O = "overall_effectiveness"
D = date(2024, 3, 1)

# (text, publication date, the publisher's authority or None, expected claims)
CASES = [
    # the grade it had: "from a position of", "from its standing of"
    ("Ofsted said Sefton's children's services have improved from a position of inadequate in 2019 to now "
     "requiring improvement.", D, None,
     {("Sefton", 2019, O, "inadequate", "previous"), ("Sefton", 2024, O, "requires_improvement", "current")}),
    ("Ofsted found Sefton had moved from a position of requires improvement to good.", D, None,
     {("Sefton", None, O, "requires_improvement", "previous"), ("Sefton", 2024, O, "good", "current")}),
    ("Inspectors said Wigan's children's services had risen from a position of inadequate in 2021 to good.", D, None,
     {("Wigan", 2021, O, "inadequate", "previous"), ("Wigan", 2024, O, "good", "current")}),
    # "no longer (been) judged": the grade it had
    ("This is the first time that children's services in Sefton have no longer been judged as inadequate by Ofsted.",
     D, None, {("Sefton", None, O, "inadequate", "previous")}),
    ("Ofsted said Sefton has no longer been rated inadequate.", D, None, {("Sefton", None, O, "inadequate", "previous")}),
    ("Ofsted said Sefton's children's services are no longer rated inadequate.", D, None,
     {("Sefton", None, O, "inadequate", "previous")}),
    # a clause of its own begins at its pronoun, with no comma before it
    ("Ofsted visited Sefton in January. Whilst the authority is still graded as requiring improvement in four key "
     "areas it is no longer rated inadequate.", D, None, {("Sefton", None, O, "inadequate", "previous")}),
    ("Ofsted inspected Wigan in June. While the council needs to do more in some areas it is no longer judged "
     "inadequate.", D, None, {("Wigan", None, O, "inadequate", "previous")}),
    # an inspection still to come is not the article's, nor a newer one: the grade named is the latest
    ("Councillors met to consider a report on Sefton's children's services, which were rated inadequate by Ofsted "
     "in November 2022. A new full Ofsted inspection is due in May.", D, None,
     {("Sefton", 2022, O, "inadequate", "current")}),
    ("Councillors heard that Wigan's children's services were judged inadequate by Ofsted in 2021. The next "
     "inspection is expected in the autumn.", D, None, {("Wigan", 2021, O, "inadequate", "current")}),
    ("Sefton's children's services were rated inadequate by Ofsted in 2022. The council is preparing for a new "
     "inspection in June.", D, None, {("Sefton", 2022, O, "inadequate", "current")}),
    # ... but a new inspection that has taken place leaves the earlier dated grade unsure
    ("Sefton's children's services were rated inadequate by Ofsted in 2020. But a full inspection in May found "
     "the service had improved.", D, None, set()),
    # an earlier grade of no year takes the year the article gives "the last inspection"
    ("Torbay Council has been handed a repeat inadequate rating by Ofsted for its children's services. Inspectors "
     "said the pace of improvement since the last inspection in 2016 had been too slow.", None, None,
     {("Torbay", None, O, "inadequate", "current"), ("Torbay", 2016, O, "inadequate", "previous")}),
    ("Sefton's children's services remain inadequate, Ofsted said. Progress since the previous Ofsted inspection "
     "in 2019 has been too slow.", D, None,
     {("Sefton", 2024, O, "inadequate", "current"), ("Sefton", 2019, O, "inadequate", "previous")}),
    ("Wigan has been rated good by Ofsted, up from requires improvement. The council has made progress since its "
     "last full inspection, in July 2019.", D, None,
     {("Wigan", 2024, O, "good", "current"), ("Wigan", 2019, O, "requires_improvement", "previous")}),
    # ... not where two earlier inspections are dated, the grade has a time of its own, or whose is unclear
    ("Wigan has been rated good by Ofsted, up from requires improvement. The council has made progress since its "
     "last full inspection in 2019, and since an earlier inspection in 2015.", D, None,
     {("Wigan", 2024, O, "good", "current"), ("Wigan", None, O, "requires_improvement", "previous")}),
    ("Wigan was first rated inadequate by Ofsted years ago. It is now rated good. Progress since the last "
     "inspection in 2019 was praised.", D, None,
     {("Wigan", 2024, O, "good", "current"), ("Wigan", None, O, "inadequate", "previous")}),
    # the year of the article's own inspection, stated where the page gives no date
    ("Our response to the 2019 Ofsted inspection\nOfsted has judged Kirklees children's services to require "
     "improvement to be good.", None, None, {("Kirklees", 2019, O, "requires_improvement", "current")}),
    ("Ofsted inspection 2023: Sefton rated good\nOfsted has rated Sefton's children's services as good.", None, None,
     {("Sefton", 2023, O, "good", "current")}),
    ("Sefton's children's services rated good by Ofsted\nThe inspection took place between Monday, January 23 and "
     "Friday, January 27, 2023, with a focus on children in care.", None, None, {("Sefton", 2023, O, "good", "current")}),
    ("Ofsted rated Wigan's children's services outstanding after an inspection held on March 3, 2021.", None, None,
     {("Wigan", 2021, O, "outstanding", "current")}),
    # ... not a headline that looks back
    ("Sefton up from inadequate in 2016 inspection\nOfsted has rated Sefton's children's services as good.", None, None,
     {("Sefton", None, O, "good", "current"), ("Sefton", 2016, O, "inadequate", "previous")}),
    # a standing grade "since <year>": that year's inspection gave it
    ("Children's services in Birmingham have been rated good by Ofsted. Prior to that children's social care in "
     "Birmingham had been graded 'Inadequate' by Ofsted since 2010.", date(2023, 4, 18), None,
     {("Birmingham", 2023, O, "good", "current"), ("Birmingham", 2010, "pre2013_safeguarding_overall", "inadequate",
                                                    "previous")}),
    ("Ofsted rated Sefton good. The council had been judged inadequate since March 2019.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2019, O, "inadequate", "previous")}),
    ("Sefton's children's services have been rated inadequate since 2016, Ofsted said.", D, None,
     {("Sefton", 2016, O, "inadequate", "current")}),
    ("Ofsted rated Sefton good. Sefton's services have been rated good or better since 2012.", D, None,
     {("Sefton", 2024, O, "good", "current")}),
    # "services" alone, with a rating verb, are the services the article is about
    ("Ofsted rated Surrey's children's services as requiring improvement. Progress has been slow since services "
     "were first judged inadequate in 2015.", D, None,
     {("Surrey", 2024, O, "requires_improvement", "current"), ("Surrey", 2015, O, "inadequate", "previous")}),
    ("Ofsted inspected Sefton in January. The services were judged to be good.", D, None,
     {("Sefton", 2024, O, "good", "current")}),
    ("Ofsted inspected Sefton in January. Early help services were rated good.", D, None, set()),
    ("Ofsted inspected Sefton in January. Fostering services were rated good.", D, None, set()),
    # a page about an ungraded visit: the latest graded inspection it names is the current one
    ("Ofsted carried out a focused visit to Sefton's children's services in October. Areas for improvement "
     "identified at the previous inspection in 2022, when services were judged good, have been advanced.", D, None,
     {("Sefton", 2022, O, "good", "current")}),
    ("Ofsted's latest monitoring visit to Wigan found progress. At its last inspection in 2021, Wigan was rated "
     "inadequate.", D, None, {("Wigan", 2021, O, "inadequate", "current")}),
    ("Ofsted carried out a focused visit to Sefton in October. Inspectors noted the progress since the previous "
     "inspection in 2022, where services were concluded to be good.", D, None, {("Sefton", 2022, O, "good", "current")}),
    # ... not when the page also tells of a full inspection since
    ("Ofsted's monitoring visit to Wigan found progress. A full inspection in May found more. At its previous "
     "inspection in 2021, Wigan was rated inadequate.", D, None, {("Wigan", 2021, O, "inadequate", "previous")}),
    # a change of grade named as a noun, and the grade the service had "from the assessment of"
    ("Northumberland's children's services have been rated outstanding by Ofsted. The upgrade, from 'good' in 2020, "
     "places the council among the best.", D, None,
     {("Northumberland", 2024, O, "outstanding", "current"), ("Northumberland", 2020, O, "good", "previous")}),
    ("Sefton's children's services have been rated good by Ofsted. This improvement from requires improvement in "
     "2019 was welcomed.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2019, O, "requires_improvement", "previous")}),
    ("Ofsted has upgraded Swindon to good from the assessment of requires improvement it gave it in 2014.", D, None,
     {("Swindon", 2024, O, "good", "current"), ("Swindon", 2014, O, "requires_improvement", "previous")}),
    ("Wigan's children's services have been rated good by Ofsted. The last Ofsted inspection, in 2019, rated the "
     "same services as requiring improvement.", D, None,
     {("Wigan", 2024, O, "good", "current"), ("Wigan", 2019, O, "requires_improvement", "previous")}),
    # ... not another council's ("praised by Wigan's leader": whose move?)
    ("Ofsted rated Sefton good. The move from inadequate to good was praised by Wigan's leader.", D, None,
     {("Sefton", 2024, O, "good", "current")}),
    # committee and partnership pages about a focused visit (forms of public council pages)
    ("Children's Services Ofsted Focused Visit\nThe Scrutiny Board considered a note on the outcome of the Ofsted "
     "focused visit to Coventry held in February 2019.\nOfsted re-inspected Children's Services on 6th to 30th March "
     "2017. The outcome published in June 2017 showed that Children's Services were judged as 'requires improvement "
     "to be good'. Children's Services were no longer considered inadequate.", None, None,
     {("Coventry", 2017, O, "requires_improvement", "current"), ("Coventry", None, O, "inadequate", "previous")}),
    ("Positive feedback from Ofsted following recent children's services focused visit\nOfsted published the outcome "
     "of our latest focused visit to Surrey in April 2024. We have strengthened support to children in need of help "
     "and protection since the last inspection in January 2022, when services were rated requires improvement.",
     date(2024, 5, 20), None, {("Surrey", 2022, O, "requires_improvement", "current")}),
    # a grade it had before too ("again") takes the year of the one earlier report the article dates ...
    ("Sandwell children's services dubbed 'inadequate' by Ofsted again\nThe rating echoes a report in April 2013, "
     "which prompted a boss to quit.", date(2015, 6, 5), None,
     {("Sandwell", 2015, O, "inadequate", "current"), ("Sandwell", 2013, O, "inadequate", "previous")}),
    # ... not one that may be the current report, nor one of two, nor a grade it did not keep
    ("Ofsted has again rated Sefton's children's services good. The 2019 Ofsted report praised its leaders.", None,
     None, {("Sefton", None, O, "good", "current"), ("Sefton", None, O, "good", "previous")}),
    ("Ofsted has again rated Sefton's children's services good. The 2013 Ofsted report praised its leaders, and a "
     "report in 2011 found gaps.", date(2015, 6, 5), None,
     {("Sefton", 2015, O, "good", "current"), ("Sefton", None, O, "good", "previous")}),
    ("Sefton's children's services are rated good by Ofsted, up from inadequate. A report in 2013 praised its "
     "leaders.", date(2015, 6, 5), None,
     {("Sefton", 2015, O, "good", "current"), ("Sefton", None, O, "inadequate", "previous")}),
    # months that span an inspection ("February and March of 2019") date it; "that inspection" is no clause
    ("Sefton's children's services were last the subject of a full Ofsted inspection in February and March of 2019. "
     "The resultant Ofsted judgement from that inspection was one of 'Requires Improvement'.", date(2023, 5, 17), None,
     {("Sefton", 2019, O, "requires_improvement", "current")}),
    ("Ofsted inspected Wigan from June to July 2018. The judgement from that inspection was good overall.",
     date(2019, 5, 1), None, {("Wigan", 2018, O, "good", "current")}),
    # "<n> years ago" counts back from the page's date; without one the year is unknown
    ("Sefton's children's services, rated inadequate by Ofsted three years ago, are now good.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2021, O, "inadequate", "previous")}),
    ("Three years ago Ofsted rated Sefton's children's services inadequate.", D, None,
     {("Sefton", 2021, O, "inadequate", "previous")}),
    ("Ofsted rated Wigan's children's services good. The council was judged inadequate by Ofsted 5 years ago.", D,
     None, {("Wigan", 2024, O, "good", "current"), ("Wigan", 2019, O, "inadequate", "previous")}),
    ("Three years ago Ofsted rated Sefton's children's services inadequate.", None, None, set()),
    # a standing grade after a participle: "..., rated inadequate in 2019, are now good"
    ("Sefton's children's services, rated inadequate by Ofsted in 2019, are now good.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2019, O, "inadequate", "previous")}),
    # grades of two earlier years, and the new one after "but now"
    ("Sefton's children's services were rated inadequate in 2015 and again in 2018, but are now good, Ofsted said.",
     D, None, {("Sefton", 2024, O, "good", "current"), ("Sefton", 2018, O, "inadequate", "previous"),
               ("Sefton", 2015, O, "inadequate", "previous")}),
    ("Sefton's children's services were rated inadequate by Ofsted in 2015 and 2018 but have now been rated good.",
     D, None, {("Sefton", 2024, O, "good", "current"), ("Sefton", 2018, O, "inadequate", "previous"),
               ("Sefton", 2015, O, "inadequate", "previous")}),
    ("Sefton was rated inadequate by Ofsted in 2015 and in 2018 it was rated good.", D, None,
     {("Sefton", 2018, O, "good", "current"), ("Sefton", 2015, O, "inadequate", "previous")}),
    # a sentence that opens with a participle of rating: its subject is the main clause's
    ("Ofsted has rated Sefton good. Since being rated inadequate in 2017, the council has worked hard.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2017, O, "inadequate", "previous")}),
    ("Since being rated inadequate by Ofsted in 2017, Sefton has worked hard.", D, None,
     {("Sefton", 2017, O, "inadequate", "current")}),
    ("After being judged inadequate by Ofsted in 2017, Sefton has now been rated good.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2017, O, "inadequate", "previous")}),
    ("Since being rated inadequate by Ofsted in 2017, Wigan's neighbour Sefton has helped it.", D, None, set()),
    # on a page of no date, "last year" is the one year the page gives an inspection or report
    ("Ofsted's focused visit to Sefton last month found progress. Many of the weaknesses identified at the 2023 "
     "inspection have been addressed. Last year, Sefton's children's services were judged good overall.", None, None,
     {("Sefton", 2023, O, "good", "current")}),
    ("Ofsted's monitoring visit to Wigan found progress since the borough was judged inadequate overall in April "
     "last year. The damning report in 2017 revealed failings.", None, None,
     {("Wigan", 2017, O, "inadequate", "current")}),
    # ... not one of two
    ("Last year, Sefton's children's services were judged good by Ofsted. The 2017 report praised leaders, and a "
     "report in 2015 found gaps.", None, None, set()),
    # "some aspects of the service were deemed good" grades no area; "rated services overall as" does
    ("While some aspects of Sefton's service were deemed good by Ofsted, overall inspectors found it requires "
     "improvement.", D, None, {("Sefton", 2024, O, "requires_improvement", "current")}),
    ("Ofsted inspected Sefton in October. It said care leavers' support had deteriorated and rated services overall "
     "as requiring improvement.", D, None, {("Sefton", 2023, O, "requires_improvement", "current")}),
    ("Ofsted said parts of the service were good in Sefton.", D, None, set()),
    # the earlier inspection's year, said beside it: "since its 2019 inspection, when", "which took place in 2019"
    ("Ofsted rated Sefton good, an improvement since its 2019 inspection, when it was rated inadequate.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2019, O, "inadequate", "previous")}),
    ("Ofsted rated Sefton good. The council was rated inadequate at the last inspection, which took place in 2019.",
     D, None, {("Sefton", 2024, O, "good", "current"), ("Sefton", 2019, O, "inadequate", "previous")}),
    ("Ofsted rated Sefton good. It was rated inadequate when it was last inspected in 2019.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2019, O, "inadequate", "previous")}),
    ("Ofsted rated Sefton good. Its previous rating, given in 2019, was inadequate.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2019, O, "inadequate", "previous")}),
    # a committee's page reports no inspection of its own: the latest graded one it names is current
    ("Members noted the last Ofsted inspection of Sefton in 2019 had judged services to require improvement.",
     date(2021, 3, 1), None, {("Sefton", 2019, O, "requires_improvement", "current")}),
    ("Councillors heard that Sefton was judged inadequate at its last inspection in 2022. The improvement board meets "
     "monthly.", D, None, {("Sefton", 2022, O, "inadequate", "current")}),
    # ... unless it tells of a new report, or gives the new grade
    ("The scrutiny committee discussed the new Ofsted report on Sefton's services. Sefton was rated requires "
     "improvement at the last inspection in 2019.", D, None, set()),
    ("The scrutiny committee noted that Ofsted rated Sefton good in January, up from requires improvement at the "
     "last inspection in 2019.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2019, O, "requires_improvement", "previous")}),
    # a year of the grade's own clause is closer than the frame's: "At the previous inspection in 2016 ...,
    # and before that, in 2012, ... adequate"
    ("Ofsted has rated Sefton's children's services good. At the previous inspection in 2016 the council was judged "
     "to require improvement, and before that, in 2012, its safeguarding services were rated adequate.",
     date(2019, 7, 1), None,
     {("Sefton", 2019, O, "good", "current"), ("Sefton", 2016, O, "requires_improvement", "previous"),
      ("Sefton", 2012, "pre2013_safeguarding_overall", "adequate", "previous")}),
    # a kept grade's year: "its good rating from 2015", "first awarded in 2015"
    ("Sefton has maintained its good rating from 2015, Ofsted said.", date(2019, 7, 1), None,
     {("Sefton", 2019, O, "good", "current"), ("Sefton", 2015, O, "good", "previous")}),
    ("Sefton's children's services have kept their 'good' rating from Ofsted, first awarded in 2015.",
     date(2019, 7, 1), None, {("Sefton", 2019, O, "good", "current"), ("Sefton", 2015, O, "good", "previous")}),
    ("Sefton has retained its good rating, Ofsted said.", date(2019, 7, 1), None,
     {("Sefton", 2019, O, "good", "current"), ("Sefton", None, O, "good", "previous")}),
    # "in all categories bar <area>": the overall grade (the area excepted is another grade)
    ("Ofsted rated North Lincolnshire outstanding. At its previous inspection, in 2017, it was rated 'outstanding' in "
     "all categories bar children in need of help and protection, for which it was 'good'.", date(2022, 11, 30), None,
     {("North Lincolnshire", 2022, O, "outstanding", "current"), ("North Lincolnshire", 2017, O, "outstanding",
                                                                    "previous"),
      ("North Lincolnshire", 2017, "help_and_protection", "good", "previous")}),
    ("Ofsted rated Sefton good in all areas except for care leavers.", D, None, {("Sefton", 2024, O, "good", "current")}),
    ("Ofsted rated Sefton good in all areas except overall effectiveness.", D, None, set()),
    # "hold their judgement of good": kept from the inspection before; "an inspection held in March" is no keeping
    ("Ofsted's letter said the recent inspection saw Wolverhampton hold their judgement of good.", date(2022, 7, 1),
     None, {("Wolverhampton", 2022, O, "good", "current"), ("Wolverhampton", None, O, "good", "previous")}),
    ("An inspection held in March rated Sefton good, Ofsted said.", D, None, {("Sefton", 2024, O, "good", "current")}),
    # two grades for two areas, one year after both
    ("The report for Lewisham, which was previously rated \"outstanding\" for safeguarding and \"good\" for "
     "looked-after children services in 2012, said standards fell. Ofsted rated Lewisham requires improvement.",
     date(2016, 1, 20), None,
     {("Lewisham", 2016, O, "requires_improvement", "current"),
      ("Lewisham", 2012, "pre2013_safeguarding_overall", "outstanding", "previous"),
      ("Lewisham", 2012, "pre2013_lac_overall", "good", "previous")}),
    ("Ofsted rated Sefton good for help and protection and outstanding for adoption in 2015.", date(2016, 1, 20), None,
     {("Sefton", 2015, "help_and_protection", "good", "current"), ("Sefton", 2015, "adoption", "outstanding", "current")}),
    # on a page of no date, a dated grade that differs from the undated new one is an earlier inspection's
    ("Ofsted has rated Durham County Council's children's services as good. The services were rated as requiring "
     "improvement after inspections in 2016 and 2019.", None, None,
     {("Durham", None, O, "good", "current"), ("Durham", 2019, O, "requires_improvement", "previous"),
      ("Durham", 2016, O, "requires_improvement", "previous")}),
    ("Sefton's children's services were judged inadequate overall by Ofsted. Services have deteriorated since the "
     "council was judged to be good in 2017.", None, None,
     {("Sefton", None, O, "inadequate", "current"), ("Sefton", 2017, O, "good", "previous")}),
    # ... a grade named in passing ("'inadequate' Sefton") settles nothing
    ("Ofsted visited 'inadequate' Sefton. Sefton was rated good by Ofsted in 2019.", None, None,
     {("Sefton", None, O, "inadequate", "current"), ("Sefton", 2019, O, "good", "current")}),
    # a grade shed or lost is the one it had; a year after "lost" is the losing's
    ("Stoke-on-Trent has shed its 'inadequate' status, with Ofsted praising its drive.", date(2022, 12, 2), None,
     {("Stoke-on-Trent", None, O, "inadequate", "previous")}),
    ("Sefton has lost its outstanding rating, Ofsted said, and is now rated good.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", None, O, "outstanding", "previous")}),
    ("Sefton lost its outstanding status in 2019, Ofsted said.", D, None,
     {("Sefton", None, O, "outstanding", "previous")}),
    # a date after "since its inadequate judgement" is not the article's inspection's
    ("Croydon's children's services have been rated 'good' by Ofsted, following a full inspection in February. "
     "Inspectors found the service transformed since its 'inadequate' judgement in September 2017.", None, None,
     {("Croydon", None, O, "good", "current"), ("Croydon", 2017, O, "inadequate", "previous")}),
    # "the downgrading from the previous 'good' rating six years ago": the article's authority's earlier grade
    ("Children's services in Warwickshire have been downgraded after Ofsted ruled they were not up to scratch. The "
     "report says no children are at risk as a result of the downgrading from the previous 'good' rating six years "
     "ago.", None, None, {("Warwickshire", None, O, "good", "previous")}),
    ("Ofsted rated Sefton good. Wigan's leader welcomed the move from the previous 'inadequate' rating.", D, None,
     {("Sefton", 2024, O, "good", "current")}),
    # "it comes after ... was rated": an earlier grade; "comes after an inspection": the article's own
    ("Ofsted rated Sefton good. It comes after the council's service was rated requires improvement in 2019.",
     None, None, {("Sefton", None, O, "good", "current"), ("Sefton", 2019, O, "requires_improvement", "previous")}),
    ("The good rating comes after Sefton was judged inadequate in 2019, Ofsted said.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2019, O, "inadequate", "previous")}),
    ("The rating comes after a two-week Ofsted inspection of Sefton, which was judged good.", D, None,
     {("Sefton", 2024, O, "good", "current")}),
    # "good but requires improvement in help and protection in its latest inspection in 2019": one year for both
    ("Ofsted rated Sefton outstanding. It comes after the council's service was rated 'good but requires improvement "
     "in help and protection' in its latest inspection in 2019.", date(2023, 11, 3), None,
     {("Sefton", 2023, O, "outstanding", "current"), ("Sefton", 2019, O, "good", "previous"),
      ("Sefton", 2019, "help_and_protection", "requires_improvement", "previous")}),
    # "their last 'outstanding' inspection in 2011": the grade of that inspection, which does not date the new one
    ("Ofsted has rated Sefton good. It climbs from its last 'requires improvement' inspection in 2019.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2019, O, "requires_improvement", "previous")}),
    ("Durham's children's service told to improve by Ofsted\nAn Ofsted report found they required improvement, "
     "slipping from their last 'outstanding' inspection in 2011.", None, None,
     {("Durham", 2011, "pre2013_safeguarding_overall", "outstanding", "previous")}),
    ("Ofsted found Sefton's early help good at an inspection last year.", D, None, set()),
    # a new report that gives a grade is a newer inspection: a dated grade beside it may be the earlier one
    ("The new Ofsted report sees Barnet's children's services given a 'good' grade in all four criteria. The shock "
     "2017 report had seen an 'inadequate' grade given.", None, None,
     {("Barnet", None, O, "good", "current"), ("Barnet", 2017, O, "inadequate", "previous")}),
    ("The new Ofsted report on Barnet praises 'good' leaders and managers. The shock 2017 report had seen an "
     "'inadequate' grade given to Barnet.", None, None, set()),
    # ... but a visit's new report grades nothing
    ("Ofsted published a new report on Sefton today. It follows a focused visit last month. Many weaknesses "
     "identified at the 2023 inspection have been addressed. Last year, Sefton's children's services were judged "
     "good overall.", None, None, {("Sefton", 2023, O, "good", "current")}),
    # a page of no date in the pre-2013 inspections' words: its undated grades are theirs
    ("Ofsted said: \"The overall effectiveness of the arrangements to protect children in Rochdale is "
     "inadequate.\" The inspection gave leadership and management an overall \"inadequate\" rating.", None, None,
     {("Rochdale", None, "pre2013_safeguarding_overall", "inadequate", "current")}),
    ("Children in Luton receive a good service, an Ofsted and Care Quality Commission report said. The leadership "
     "and management of looked-after children's services are rated as good by the inspectors.", None, None, set()),
    # ... not a page that names an earlier "adequate" grade only
    ("Torbay's children's services have been judged inadequate by Ofsted. In April 2013 the authority was judged "
     "\"adequate\" for child protection.", None, None,
     {("Torbay", None, O, "inadequate", "current"),
      ("Torbay", 2013, "pre2013_safeguarding_overall", "adequate", "previous")}),
    # an undated earlier grade beside the same grade dated before 2013 is that grade
    ("Ofsted has ordered improvements at Barnsley's children's services, two years after they were branded "
     "\"inadequate\". Work began after Ofsted's visit in 2012, which resulted in it judging the authority inadequate "
     "for child protection services.", date(2014, 6, 1), None,
     {("Barnsley", 2012, "pre2013_safeguarding_overall", "inadequate", "current")}),
    # "three years earlier it had been judged inadequate" on a page of no date: earlier, of no year
    ("Ofsted visited Sefton in January and rated it good. Three years earlier it had been judged inadequate.", None,
     None, {("Sefton", None, O, "good", "current"), ("Sefton", None, O, "inadequate", "previous")}),
    ("Ofsted has downgraded Sefton's children's services from outstanding to good.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", None, O, "outstanding", "previous")}),
    # a list of years before the grade: each year's grade
    ("Cornwall children's services are now \"adequate\", Ofsted said. In 2009 and 2011, the services were labelled "
     "as \"inadequate\" by Ofsted.", date(2013, 3, 15), None,
     {("Cornwall", 2013, "pre2013_safeguarding_overall", "adequate", "current"),
      ("Cornwall", 2011, "pre2013_safeguarding_overall", "inadequate", "previous"),
      ("Cornwall", 2009, "pre2013_safeguarding_overall", "inadequate", "previous")}),
    ("Ofsted rated Sefton good. In 2014, 2016 and 2019 the council was rated inadequate.", D, None,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2019, O, "inadequate", "previous"),
      ("Sefton", 2016, O, "inadequate", "previous"), ("Sefton", 2014, O, "inadequate", "previous")}),
    # "an inspection in March" with no year is a recent one: the grade of the one before it stays unsure
    ("Following an inspection in March, Ofsted praised Sefton. At the last inspection in 2019 it was rated "
     "inadequate. The improvement board will be stood down.", date(2024, 5, 1), None, set()),
    ("Members noted the Ofsted inspection in March 2019 rated Sefton inadequate.", date(2024, 5, 1), None,
     {("Sefton", 2019, O, "inadequate", "current")}),
]


@pytest.mark.parametrize("text,published,authority,expected", CASES)
def test_which_inspection(text, published, authority, expected):
    assert claim_set(claims_from_text(text, published, authority)) == expected


def test_the_last_inspection_year_of_a_piece_about_two_councils_dates_no_grade():
    text = ("Wigan and Sefton were rated good by Ofsted, up from requires improvement. Progress since the last "
            "inspection in 2019 was praised.")
    assert all(c["year"] is None for c in claims_from_text(text, D) if c["role"] == "previous")
