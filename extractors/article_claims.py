"""Reading the judgements a news article claims: which authority, which inspection, each grade
it states for an area, and the earlier ratings it mentions. Pure: text in, claims out.

Precision comes first. A grade word counts only where the sentence makes it a judgement: a
rating word governs it ("rated as inadequate", "judged the council to require improvement",
"an outstanding rating"), or a copula ties it to a subject that names children's services or a
judgement area ("services for children in care are good"). Adjectives ("good social work is
thriving"), hedges ("bordering on staying as inadequate"), lists of grades, other councils
("another council's services", "schools") and sentences naming several authorities without
saying whose grade it is give nothing.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from extractors import article_area_grades
from extractors import article_areas
from extractors import article_clauses
from extractors import article_months
from extractors import article_neighbours
from extractors import article_operator
from extractors import article_whose
from extractors import article_years
from extractors import article_words as w
from extractors.article_latest import last_inspected_is_current
from extractors.article_other_council import leave_out_other_councils
from extractors.article_passages import read_passages
from extractors.article_sentence import Sentence, graded_before, named_before
from extractors.article_precision import before_resolving, leave_out_misread
from extractors.article_doubt import leave_out_unsure
from extractors.article_verdicts import drop_other_verdicts
from extractors.article_resolve import CURRENT, PREVIOUS, RawClaim, resolve_claims
from extractors.article_years import (anchor_last_year, at_the_time, date_by_grade_year, date_earlier_grades, same_as_dated_pre2013,
                                      visit_standing_grades, years_after)
from extractors.authority_mentions import Mention, known_bare
from extractors.dates import parse_periods
from extractors.sentences import split_sentences

_TOKEN = re.compile(r"[a-z0-9][a-z0-9'-]*|[;:,()]|(?<!\w)-(?!\w)")
_YEAR = re.compile(r"\b(?:19[89]\d|20[0-4]\d)\b")
# "since the last inspection in 2012", "by 2020", "until 2019": no inspection of that year is meant
_NOT_THE_YEAR = re.compile(r"\bsince\b[^,;]{0,40}$|\b(?:until|by|before|from|end\s+of)\s+(?:early\s+|late\s+)?$")
_SUBJECT_BOUNDARY = re.compile(
    r"\bthat\b(?!\s+(?:inspection|report|visit|year|time|judgement|judgment|rating|grade|assessment)\b)"
    r"|\b(?:said|says|say|told|tells|believes?|feels?|felt|thinks?|because|when|where|whereby|"
    r"while|whilst|whereas|although|though|if)\b|,\s*(?:which|who)\b|,\s*(?:for|in|of|at)\s+which\b|[:;(]"
    # "since the borough was judged ...": a clause of its own, not "after being rated"
    r"|\b(?:since|(?<!looked\s)(?<!looked-)after|before|until)\b(?=(?:\s+(?!and\b)[a-z'-]+){1,5}\s+(?:was|were|is|are|had|has)\b)"
    # "... in four key areas it is no longer rated": a clause of its own begins at its pronoun
    r"|(?<=[a-z])\s(?=(?:it|they)\s+(?:is|was|are|were|has|have|had)\b)"
    # "... in two areas, and as such the authority's overall judgement is": a conclusion of its own
    r"|,\s*and\s+(?:as\s+such|so|therefore|thus|as\s+a\s+result|consequently)\b"
    # "... provides good services for children in care, with an overall classification of RI": a noun of its own
    r"|,\s*with\b(?=\s+(?:an?|the|its|their)\s+(?:overall\s+)?(?:ofsted\s+)?(?:(?:rating|grade|grading|classification|"
    r"judgement|judgment|verdict)\b|\s*$))"
)
_PHRASE_END = re.compile(r"[,;.!?()]|\s(?:but|while|whilst|whereas|and\s+(?:is|are|was|were|has|have|had))\s")
_COMMA = re.compile(r",")
_POSSESSIVE = re.compile(r"(?:\s+(?:Borough|City|County|Metropolitan|District)?\s*Council)?(?:'s|s')\b", re.I)
# "from <grade> [in <month> <year>] to <grade>"
_FROM_TO = re.compile(r"\s*(?:(?:rating\s+|grade\s+)?(?:in|during)\s+(?:[a-z]+\s+)?(?:19|20)\d\d\s*)?,?\s*to\s+(?:now\s+)?(?:a\s+|an\s+)?")
# "shed its 'inadequate' status", "lost its outstanding rating": the grade it had
_SHED_WORDS = frozenset("shed sheds shedding lost loses losing lose escaped escapes escaping exited exits".split())
# "from a position of": the grade after it is the one the service had
_FROM_NOUNS = frozenset("position standing level assessment score mark grading".split())
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:(?:position|standing|level|rating|grade)\s+of\s+)?"
                          r"[a-z]+(?:\s+improvement(?:\s+to\s+be\s+good)?)?$")
_SAME_AS = re.compile(r"\s*,?\s*(?:which\s+is\s+)?the\s+same\s+(?:grade\s+|grading\s+|rating\s+|judgement\s+|judgment\s+)?"
                      r"as\s+(?:in\s+|at\s+)?(?:its\s+|the\s+)?(?:(?:last|previous)\s+inspection\s+)?(?:in\s+)?((?:19|20)\d\d)\b")
_NEXT_YEAR = re.compile(r"(?:\s*,\s*(?:external\s*,?\s*)?|\s+)(?:external\s+)?(?:and\s+)?(?:then\s+)?(?:again\s+)?(?:in\s+)?"
                        r"((?:19|20)\d\d)\b")
_NO_LONGER = re.compile(r"\bno\s+longer\s+(?:be(?:ing|en)?\s+)?(?:(?:rated|judged|graded|deemed|considered|found)\s+)?(?:as\s+|to\s+be\s+)?$")
_YEAR_AFTER = re.compile(
    r"\s*(?:overall\s+)?(?:again\s+)?(?:rating\s+|grade\s+|judgement\s+|inspection\s+)?"
    r"(?:(?:it|that|which|they)\s+(?:gave|received|got|had|was\s+given|were\s+given)\s+(?:it\s+|them\s+)?)?(?:by\s+(?:ofsted|the\s+[a-z]+|inspectors)\s+)?"
    r"(?:(?:after|following|at)\s+(?:the\s+|its\s+|their\s+)?(?:ofsted\s+|full\s+)*inspections?\s+)?(?:in|during)\s+"
    r"(?:(?:early|late|mid|the\s+(?:spring|summer|autumn|winter)\s+of)\s+)?(?:[a-z]+\s+)?((?:19|20)\d\d)\b")
# "(had been rated inadequate) by Ofsted since 2010", "... since March 2016"
_SINCE_YEAR = re.compile(r"\s*(?:overall\s+)?(?:by\s+(?:ofsted|inspectors|the\s+[a-z]+)\s+)?(?:ever\s+)?since\s+"
                         r"(?:(?:early|late|mid)\s+)?(?:[a-z]+\s+)?((?:19|20)\d\d)\b(?!\s*,?\s*when)")
# The inspectorate reporting its verdict on "the service": "Ofsted said (that) the service", "HM Inspector
# summarised that the service", "the report found the service"
_REPORTED = re.compile(r"\b(?:ofsted|inspectors?|hm\s+inspector|(?:the|its|their)\s+(?:inspection\s+|ofsted\s+)?report|"
                       r"the\s+(?:watchdog|regulator|inspectorate))\s+(?:has\s+|have\s+)?(?:\w+\s+)?"
                       r"(?:said|says|found|finds|concluded|concludes|summarised|summarized|judged|stated|states|ruled)\s+"
                       r"(?:that\s+)?the\s+(?:service|department|council|authority)\s*$")
# A headline's grade "for" an authority: "Ofsted: 'Good' for Oldham children's services"
_HEADLINE_FOR_BEFORE = re.compile(r"\s*(?:ofsted\s*[:|\-]\s*)?(?:(?:an?|the)\s+)?")
_HEADLINE_FOR = re.compile(r"\s*(?:(?:ofsted\s+)?(?:rating|grade|verdict|judgement|judgment)\s+)?for\s+(?:the\s+)?")
_HEADLINE_FOR_AFTER = re.compile(r"(?:'s|s')?(?:\s+(?:borough|city|county|metropolitan|district)?\s*council(?:'s|s')?)?"
                                 r"(?:\s+children'?s\s+(?:social\s+care\s+)?services?)?(?:\s*[:|\-]\s*ofsted)?\s*")
# "we've maintained our good rating", "kept its outstanding grade": a kept grade named as a noun phrase
_KEPT_PHRASE = re.compile(r"\b(?:retain(?:s|ed|ing)?|kept|keeps?|keeping|maintain(?:s|ed|ing)?|held\s+on\s+to|"
                          r"holds?\s+on\s+to)\s+(?:its|their|our|the|a|an)\s+(?:(?:ofsted|overall|current)\s+)?$")
# "(achieved a good rating) after previously being subject to intervention", "having previously been
# rated ...": "previously" says what went before this grade, not that this grade went before
_AFTER_PREVIOUSLY = re.compile(r"\b(?:after|having|following|since|than|from)\s+previously$")
# A new clause with a subject of its own: "some challenges remain and the authority was given ...":
# what the words before it say (remain, kept) is not said of the grade after it
_NEW_SUBJECT = re.compile(r"\s(?:and|but)\s+(?=(?:the|its|it|they|their|a|an|this|that|[a-z]+'s)\b)")
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?been\b")
# A change of grade named as a noun: "The upgrade, from 'good' in 2020, ...", "this improvement from"
_CHANGE_NOUN = re.compile(r"[\s,-]*(?:the|this|that|its|their|an?)\s+(?:(?:latest|new|welcome|big|significant|major|"
                          r"two-grade|double)\s+)?(?:upgrade|improvement|rise|move|jump|leap|step\s+up|turnaround|"
                          r"promotion|downgrade|drop|fall|change)\s*,?\s*")
# "the downgrading from the previous 'good' rating", "an improvement on its previous grade"
_CHANGE_FROM = re.compile(r"\b(?:downgrad(?:e|ed|ing)|upgrad(?:e|ed|ing)|improvement|rise|move|fall|drop|change|step\s+up)"
                          r"\s+(?:from|on)\s+(?:the|its|their)\s+$")
# A subject of "services" alone, with a rating verb: "services were first judged inadequate in 2015"
_BARE_SERVICES = re.compile(r"\s*(?:and\s+)?(?:the\s+)?services\s+(?:(?:have|has|had)\s+)?(?:(?:been|were|was|are|is)\s+)?"
                            r"(?:(?:first|previously|now|also|again|officially|overall)\s+)*"
                            r"(?:(?:rated|judged|graded|deemed|found|assessed|considered|concluded)\s+)(?:as\s+|to\s+be\s+)?")
_RELATIVE_YEAR = re.compile(r"\b(?:(last\s+year|a\s+year\s+ago)|(?:earlier\s+)?this\s+year)\b")
# "three years ago", "2 years ago": the year of the grade, counted back from the page's date
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          **{str(n): n for n in range(2, 16)}}
_YEARS_AGO = re.compile(r"\b(" + "|".join(_COUNT) + r")\s+years\s+(?:ago|earlier)\b")
_OWN_GRADE_NEXT = re.compile(r"\s*,?\s*(?:(?:it|they|was|were|is|are|rated|judged|graded|found|deemed|as|to|be|"
                             r"the\s+council|the\s+authority|ofsted|inspectors)\s+)*" + w.GRADE.pattern)
# A sentence that opens with a participle of rating, its subject the main clause's: "Since being rated
# inadequate in 2017, the council has ...", "After being judged inadequate, Sefton ..."
_FRONTED_PARTICIPLE = re.compile(r"\s*(?:(?:and|but)\s+)?(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                                 r"(?:years?|months?)\s+)?(?:ever\s+)?(?:since|after|following|before)\s+"
                                 r"(?:being|having\s+been)\s+(?:first\s+|previously\s+)?[a-z]+\s+(?:as\s+)?")
# The year a kept grade was first given: "(maintained its good) rating from 2015", "(kept their 'good')
# rating from Ofsted, first awarded in 2015"
_FIRST_GIVEN = re.compile(r"\s*(?:ofsted\s+)?(?:rating|grade|judgement|judgment)?\s*(?:(?:from|by)\s+(?:ofsted|inspectors)\s*)?"
                          r"(?:,\s*)?(?:(?:from|of)\s+|(?:first\s+)?(?:awarded|given|achieved|received|gained|earned)\s+in\s+)"
                          r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?"
                          r"((?:19|20)\d\d)\b")
# Two grades for two areas and one year after both: "outstanding for safeguarding and good for
# looked-after children services in 2012"
_SHARED_YEAR = re.compile(r"[\s'\"]*(?:(?:for|in)\s+[a-z' -]{3,60}?\s+and|(?:,\s*)?but)\s+[\"']?"
                          r"(?:outstanding|good|adequate|inadequate|requires?\s+improvement)[\"']?\s+(?:for|in)\s+"
                          r"[a-z' -]{3,60}?[\"']?\s+(?:(?:in|at)\s+(?:its|the|their)\s+(?:latest\s+|last\s+|previous\s+)?"
                          r"(?:ofsted\s+|full\s+)*inspection\s+)?in\s+(?:[a-z]+\s+)?((?:19|20)\d\d)\b")
# "in 2009 and 2011", "in 2014, 2016 and 2019"
_YEAR_LIST = re.compile(r"\b(?:in|during)\s+(?P<first>(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*)\s*,?\s+and\s+"
                        r"(?:again\s+in\s+)?(?P<last>(?:19|20)\d\d)\b")
_NOW_AFTER = re.compile(r"\b(?:now|today)\b")
# a later grade of the same sentence, said to be now's: "judged inadequate in 2016, were re-inspected in
# June and are now rated good": the first grade, when dated, is the earlier one (an undated one may be
# another area's: "while help and protection is good, care leavers' support ... is now inadequate")
_NOW_LATER_GRADE = re.compile(r"[^.;:]*?\b(?:are|is|has|have|was|were)\s+now\s+(?:been\s+)?(?:(?:rated|judged|graded|deemed|"
                              r"found|considered)\s+(?:as\s+|to\s+be\s+)?)?[\"'\u2018\u201c]?"
                              r"(?:outstanding|good|adequate|inadequate|requires?\s+improvement|requiring\s+improvement)\b")
_FEATURES = re.compile(r"[\"'\u2019\u201d]?\s+features?\b")
_HARD_BOUNDARY = re.compile(r"[;(]|\s(?:but|while|whilst|whereas|although|though)\s")
# "good-rated Gateshead", "'inadequate' Surrey", "'good' authorities Bromley and Gateshead"
_ATTRIBUTIVE = re.compile(r"(?:-rated|\s+rated)?\s+(?:(?:local\s+)?(?:authorities|councils)\s+)?(?=[a-z])")
# Verbs that make a short line no verbless headline ("Ofsted praises 'outstanding' services").
_HEADLINE_VERBS = frozenset("praises praised hails hailed welcomes welcomed celebrates celebrated criticises "
                            "criticised slams slammed wants aims says said told".split())
_COORDINATORS = frozenset("and with but while whilst whereas then plus to".split())
# Words of a subject that is left out ("and in 2018, although was rated as ..."): it is the one before.
_ELIDED_WORDS = w.FILLERS | w.COPULAS | w.RATING_WORDS | _COORDINATORS | frozenset(
    ", ; : - although though so in up down improving moving went change changed having "
    "two three four five six seven eight nine ten years year ago months month earlier "
    "january february march april may june july august september october november december".split())
# ("children's services across Blackburn and Darwen": the authority's services, wherever they are given)
# a clause of another authority after the grade ("..., while neighbouring Bolton was ..."), not a time frame
_OTHER_CLAUSE = re.compile(r"\b(?:while|whilst|whereas|but|and|meanwhile)\b|;")
_TIME_CLAUSE = re.compile(r"\b(?:after|before|since|when|until|once|following)\b")
_MENTIONS_OFSTED = re.compile(r"(?i)\bofsted\b|\binspect(?:ion|ions|ed|ors?)\b")
_INSPECTION = re.compile(r"\binspect(?:ion|ed|ors)\b|\bvisit\b", re.I)
_EARLIER_INSPECTION = re.compile(r"(?i)\b(?:last|previous|earlier|prior|former|first|next|future|latest\s+previous)"
                                 r"\s+(?:full\s+|ofsted\s+|standard\s+|short\s+|(?:outstanding|good|inadequate|adequate)\s+)?"
                                 r"inspection")
# a visit that grades nothing: its date is no graded inspection's ("a focused visit in March 2022")
_UNGRADED_VISIT = re.compile(r"(?i)\b(?:focused|monitoring|support)\s+(?:ofsted\s+)?(?:visit|inspection)s?\b"
                             r"|\bjoint\s+targeted\s+area\s+inspection|\bjtai\b")
_MONTH_NAMES = ("January February March April May June July August September October November "
                "December").split()
# a headline's own inspection: "Our response to the 2019 Ofsted inspection", "Ofsted inspection 2023: ..."
_HEADLINE_YEAR = re.compile(r"(?i)\b((?:19|20)\d\d)\s+(?:ofsted\s+|ilacs\s+|sif\s+|full\s+|children's\s+services\s+)*inspection\b"
                            r"|\binspection\s*(?:[:\-\u2013|]\s*)?((?:19|20)\d\d)\b(?!\s*(?:-|\u2013|to)\s*(?:19|20)?\d\d)")
# ... unless the headline looks back ("up from inadequate in the 2016 inspection", "since the 2019 inspection")
_HEADLINE_EARLIER = re.compile(r"(?i)\b(?:from|since|after|following|before|previous|previously|last|earlier|prior|"
                               r"again|remains?|still|first)\b")
# Words between an inspection and a date that make the date another event's: "since its inadequate judgement in"
# Words before a month that date something else: an earlier grade, or another event told beside the
# inspection ("mirror those of a review into the death of a boy, who died in March 2012")
_OTHER_DATE = re.compile(r"(?i)\b(?:since|judgement|judgment|rating|rated|judged|graded|previously|last|died|death|born|"
                         r"killed|murder(?:ed)?|convicted|sentenced|trial|court)\b")
_MONTHS_RE = "|".join(_MONTH_NAMES)
# "July 2019", and the American order of days: "January 23, 2023", "January 23 and (Friday,) January 27, 2023"
_MONTH = re.compile(r"\b(?P<month>" + _MONTHS_RE + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?"
                    r"(?:\s*(?:and|to|until|-)\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
                    r"(?:(?:" + _MONTHS_RE + r")\s+)?\d{1,2}(?:st|nd|rd|th)?)?,)?"
                    # "February and March of 2019", "June to July 2018"
                    r"(?:\s*(?:and|to|until|-)\s*(?:" + _MONTHS_RE + r"))?"
                    r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?\b")


@dataclass(frozen=True)
class ArticleReading:
    """What an article says: its authority, the year of the inspection it is about, inspection
    dates where it states them, and every claim (a dict: local_authority, year, area, grade, role)."""

    local_authority: str | None
    year: int | None
    inspection_start: date | None = None
    inspection_end: date | None = None
    claims: list[dict] = field(default_factory=list)

    @property
    def judgements(self) -> dict[str, str]:
        """area -> grade of the inspection the article is about, for its own authority."""
        return {c["area"]: c["grade"] for c in self.claims
                if c["role"] == CURRENT and c["local_authority"] == self.local_authority
                and (c["year"] == self.year or c["year"] is None)}


def claims_from_text(text: str, published: date | None = None, authority: str | None = None) -> list[dict]:
    """The claims of an article's main text; `published` dates the inspection where the text
    does not, `authority` (a reference name, e.g. the publishing council) is who "the council" is
    when the text does not say."""
    return read_article(text, published, authority).claims


def read_article(text: str, published: date | None = None, authority: str | None = None) -> ArticleReading:
    text = without_furniture(text)
    known = known_bare(text)
    sentences = [Sentence.of(s, known) for s in article_whose.join_lists(split_sentences(text, keep_quotes=True))]
    main = _main_authority(sentences, authority)
    year, start, end = _inspection(sentences, published)
    if not _MENTIONS_OFSTED.search(text):
        return ArticleReading(main, year, start, end, [])
    raws: list[RawClaim] = []
    several = len({m.name for s in sentences for m in s.mentions}) > 1
    for index, sentence in enumerate(sentences):
        # an article about several authorities: "the council" is the one the sentence before names
        subject = main if main is not None else (
            article_neighbours.section_of([(s.low, s.mentions) for s in sentences], index)  # a round-up's section
            or named_before(sentences, index))
        reader = _SentenceReader(sentence, index, subject, published.year if published else year, several,
                                 earlier=raws)
        reader.published = published
        reader.before = sentences[index - 1].text if index else None
        reader.named_before = graded_before(sentences, index, raws)
        reader.trust = article_whose.trust_before([(s.text, s.mentions) for s in sentences], index)
        reader.named_last = next(([m.name for m in sorted(s.mentions, key=lambda m: m.start)]
                                  for s in sentences[max(0, index - 1):index + 1][::-1] if s.mentions), [])
        raws.extend(reader.read())
    raws = read_passages(sentences, raws, main, published.year if published else None)
    raws = drop_other_verdicts(raws, [s.text for s in sentences])
    raws = before_resolving(raws, [s.text for s in sentences], year)
    claims = resolve_claims(raws, year, [s.written for s in sentences])
    claims = date_earlier_grades(claims, [s.text for s in sentences], [{m.name for m in s.mentions} for s in sentences], main)
    claims = date_by_grade_year(claims, [s.text for s in sentences], [{m.name for m in s.mentions} for s in sentences], main)
    claims = years_after(claims, [s.text for s in sentences], main)
    claims = visit_standing_grades(claims, [s.text for s in sentences])
    claims = anchor_last_year(claims, [s.text for s in sentences], published.year if published else None)
    claims = same_as_dated_pre2013(claims)
    claims = leave_out_unsure(claims, published.year if published else None, [s.text for s in sentences], year)
    claims = article_whose.lone_earlier(article_whose.leave_out_annual(claims, text))
    claims = leave_out_misread(claims, [s.written for s in sentences], published.year if published else None)
    claims = last_inspected_is_current(claims)
    claims = leave_out_other_councils(claims, [(s.written, s.text, [(m.start, m.end) for m in s.mentions]) for s in sentences])
    return ArticleReading(main, year, start, end, claims)


# -- the article as a whole --------------------------------------------------------------------
def _main_authority(sentences: list[Sentence], hint: str | None) -> str | None:
    """The authority the article is about: the publisher's own when the text names it or no other;
    else the one named most (the headline and lead count double), if clearly ahead."""
    score: Counter[str] = Counter()
    for i, s in enumerate(sentences):
        for m in s.mentions:
            score[m.name] += 3 if i < 2 else 1
    if hint and (hint in score or not score or article_whose.speaks_as_itself([s.text for s in sentences])):
        return hint  # the publisher's page speaking of "the Council", "we": its own, whoever else it names
    ranked = score.most_common(2)
    if not ranked:
        return None
    if hint is None and article_whose.only_a_partner(ranked[0][0], [(s.text, s.mentions) for s in sentences]):
        return None  # a council's page ("The Council's services ...") naming only its partner: not the partner
    if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
        return ranked[0][0]
    return None


_LINK_LINE = re.compile(r"(?i)^\s*(?:read\s+more|related(?:\s+(?:stories|articles|news|links|content))?|see\s+also|"
                        r"more\s+on\s+this\s+story|more\s+stories|most\s+(?:read|popular)|top\s+stories|"
                        r"you\s+(?:may|might)\s+also\s+(?:like|be\s+interested(?:\s+in)?)|also\s+read|latest\s+news|"
                        r"trending|recommended)\b\s*(?:[:|-]\s*|$)")


def without_furniture(text: str) -> str:
    """The text without lists of links to other pages: a line "READ MORE: Sefton nursery rated
    inadequate", and the headline-like lines (no full stop, short) under a "Related stories" or
    "More on this story" heading. Their grades are other pages' news, not this article's."""
    kept: list[str] = []
    in_links = False
    for line in text.splitlines():
        stripped = line.strip()
        heading = _LINK_LINE.match(stripped)
        if heading:
            in_links = heading.end() >= len(stripped)  # a heading alone: the links follow it
            continue
        if in_links and stripped and not stripped.endswith((".", "!", "?", '"', "'")) and len(stripped.split()) <= 18:
            continue
        in_links = False
        kept.append(line)
    return "\n".join(_without_job_adverts(kept))


# A job advert of a site's jobs box: its pay ("Up to £15.0000 per hour", "£28,514 - £33,545 per annum") and
# its recruiter ("Recruiter: Essex County Council"); the short lines just before its pay are its title and
# employer. Another council named there is no subject of the article.
_PAY = re.compile(r"(?i)\bper\s+(?:annum|hour|week|day)\b|\bpro\s+rata\b|£\s?\d[\d,]*(?:\.\d+)?\s*(?:-|to)\s*£\s?\d")
_RECRUITER = re.compile(r"(?i)^\s*(?:recruiter|recuriter|employer)\s*:")


def _without_job_adverts(lines: list[str]) -> list[str]:
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if _RECRUITER.match(line) or (_PAY.search(line) and not w.GRADE.search(line.lower())):
            drop.add(i)
            if _PAY.search(line):
                for j in range(i - 1, max(-1, i - 3), -1):
                    before = lines[j].strip()
                    if not before or before.endswith((".", "!", "?")) or len(before.split()) > 12:
                        break
                    drop.add(j)
    return [line for i, line in enumerate(lines) if i not in drop]


def _inspection(sentences: list[Sentence], published: date | None) -> tuple[int | None, date | None, date | None]:
    """(year, start, end) of the inspection the article is about: from a sentence that says when
    it took place ("the inspection, which took place in December 2011", "a two-week inspection in
    October"), else the year of publication. An earlier inspection's date is not it. A headline
    that names its inspection's year ("Our response to the 2019 Ofsted inspection") dates it."""
    if sentences:
        headline = _HEADLINE_YEAR.search(sentences[0].text)
        if headline and not _EARLIER_INSPECTION.search(sentences[0].text) and not _HEADLINE_EARLIER.search(sentences[0].text) \
                and not w.FUTURE_INSPECTION.search(sentences[0].text):
            return int(headline.group(1) or headline.group(2)), None, None
    for s in sentences:
        # "The inspection took place between 24 April and 11 May 2017, the previous inspection took
        # place in 2012": what comes before the earlier inspection may date this one
        earlier = _EARLIER_INSPECTION.search(s.text)
        text = s.text[:earlier.start()] if earlier else s.text
        found = _INSPECTION.search(text)
        if not found or w.FUTURE_INSPECTION.search(s.text) or _UNGRADED_VISIT.search(text):
            continue  # an earlier inspection's date, one still to come ("is due in May"), or an ungraded visit's, is not it
        if article_months.is_earlier_date(text, found.start()):
            continue  # "since an inspection in March 2019", "previously rated inadequate after an inspection in ..."
        after = text[found.start():found.start() + 160]
        periods = [p for p in parse_periods(after) if p[0] and p[1] and p[0] != p[1]]
        if periods:
            return periods[0][1].year, periods[0][0], periods[-1][1]
        m = _MONTH.search(after)
        if m and _OTHER_DATE.search(after[:m.start()]):
            continue  # "Inspectors found ... since its inadequate judgement in September 2017": not this inspection's date
        if m and m["year"]:
            return int(m["year"]), None, None
        if m and published is not None:
            month = _MONTH_NAMES.index(m["month"]) + 1
            return (published.year if month <= published.month else published.year - 1), None, None
    for s in sentences:
        if _EARLIER_INSPECTION.search(s.text) or w.FUTURE_INSPECTION.search(s.text):
            continue
        # "inspections in November and December", "an inspection before Christmas", "a report published in December"
        relative = article_months.relative_inspection_year(s.text, published)
        if relative is not None:
            return relative, None, None
    return (published.year if published else None), None, None


# -- one sentence ------------------------------------------------------------------------------
@dataclass
class _Predicate:
    form: str  # rating, object, copula, from, coordinate, label
    area_start: int
    area_end: int
    shed: bool = False  # "lost its outstanding rating in 2019": the year is the losing's, not the grade's


class _SentenceReader:
    def __init__(self, sentence: Sentence, index: int, main: str | None, published_year: int | None = None,
                 several: bool = False, earlier: list[RawClaim] = ()):
        self.earlier = earlier  # the claims of the sentences before: what "the same grade" refers to
        self.several = several  # the article names several authorities: "they" could be any of them
        self.published_year = published_year
        self.published: date | None = None  # the page's date, for a month named without a year
        self.before: str | None = None  # the sentence before: what "At the time, ..." refers to
        self.s = sentence
        self.low = sentence.low
        self.index = index
        self.main = main
        # "good with outstanding features": features are no judgement (the grade is good, the year after them its own)
        self.grades = [g for g in article_whose.grades(self.low) if not _FEATURES.match(self.low, g.end())]
        self.claims: list[RawClaim] = []
        self._aside: set[int] = set()  # mentions in a clause of their own ("which is run by Leeds")
        self._pronoun_end: int | None = None  # where the subject "it" / "they" of the grade being read ends
        self._antecedent: str | None = None  # the authority that "it" / "they" was found to stand for
        self._grade_end: int | None = None  # where the grade being read ends
        self.trust: str | None = None  # the authority of the children's trust the sentences before name
        self._trust_subject = False  # the subject is "the trust"
        self.named_before: str | None = None  # the one authority the sentence or two before name, if one
        self.named_last: list[str] = []  # the authorities the last sentence naming any (this one or the one before) names

    def read(self) -> list[RawClaim]:
        pairs = article_whose.headline_pairs(self.low, self.s.text, self.s.mentions, self.grades) if self.index <= 1 else None
        pairs = pairs or article_whose.respectively(self.low, self.s.mentions, self.grades) or self._round_up()
        if pairs:  # "Ofsted: Wigan good, Sefton inadequate", "rated Wigan and Sefton good and inadequate respectively"
            for name, g in pairs:
                self.claims.append(RawClaim(authority=name, year=None, role=CURRENT, grade=article_whose.grade_code(g),
                                            kinds=frozenset({article_areas.PRONOUN}), explicit=False,
                                            sentence=self.index))
            return self.claims
        listed = self._listed_grades()
        by_grade: dict[int, list[RawClaim]] = {}
        self._grade_at: dict[int, tuple[int, RawClaim]] = {}  # id(claim) -> (where its grade word is, claim)
        for i, g in enumerate(self.grades):
            if i in listed:
                continue
            left_edge = self.grades[i - 1].end() if i else 0
            before = len(self.claims)
            self._read_grade(g, left_edge, self.grades[i + 1].start() if i + 1 < len(self.grades) else len(self.low))
            if len(self.claims) == before and i and by_grade.get(i - 1):
                self._gapped_areas(g, by_grade[i - 1][-1])
            by_grade[i] = self.claims[before:]
            self._grade_at.update((id(c), (g.start(), c)) for c in by_grade[i])
        self._area_grades()
        return self.claims

    def _round_up(self) -> list[tuple[str, re.Match]] | None:
        """A round-up's line ("Blackpool Council - inadequate") or names each with its grade in brackets
        ("Bolton (good), Bury (requires improvement)"): the pairs, when they hold every grade of the sentence."""
        if not self.grades or w.NOT_SERVICES.search(self.low):
            return None
        line = article_neighbours.round_up_line(self.low, self.s.mentions)
        found = [line] if line else article_neighbours.parenthesised(self.low, self.s.mentions)
        at = {g.start(): g for g in self.grades}
        if not found or len(found) != len(self.grades) or any(start not in at for _, start in found):
            return None
        return [(name, at[start]) for name, start in found]

    def _listed_grades(self) -> set[int]:
        """Grades in a list ("outstanding, good, requires improvement or inadequate"): the scale, not a grade."""
        listed = set()
        for i in range(len(self.grades) - 1):
            between = self.low[self.grades[i].end():self.grades[i + 1].start()]
            if re.fullmatch(r"\s*(?:,|/|or|and|,\s*or|,\s*and)\s*", between):
                listed.update((i, i + 1))
        return listed

    def _read_grade(self, g: re.Match, left_edge: int, right_edge: int) -> None:
        low = self.low
        grade = article_whose.grade_code(g)
        if self._attributive(g, grade) or self._attributive_service(g, grade) or self._headline_for(g, grade):
            return
        if not self._is_judgement_word(g):
            return
        given = article_neighbours.named_with_rating(self.low, self.s.mentions, g)
        if given and not w.NEGATION.search(low[max(0, g.start() - 40):g.start()]) and not w.HEDGE.search(low[:g.start()]):
            for name in dict.fromkeys(given):  # "with only Gateshead and Hartlepool receiving a good rating"
                self.claims.append(RawClaim(authority=name, year=None, role=CURRENT, grade=grade,
                                            kinds=frozenset({article_areas.PRONOUN}), explicit=False,
                                            sentence=self.index, undated=name != self.main))
            return
        # a ";", ":" or dash just before the grade links it ("rated ... in Darlington; inadequate")
        linked = len(low[:g.start()].rstrip(" ;:-("))
        local_start = max(left_edge, _last_end(_COMMA, low, left_edge, linked),
                          _last_end(_HARD_BOUNDARY, low, left_edge, linked))
        no_longer = _NO_LONGER.search(low[max(local_start, g.start() - 40):g.start()])
        if w.HEDGE.search(low[local_start:g.start()]) or (
                not no_longer and w.NEGATION.search(low[max(local_start, g.start() - 30):g.start()])):
            return
        window_start = max(left_edge, _last_end(_HARD_BOUNDARY, low, left_edge, linked))
        if left_edge and _FROM_TO.fullmatch(low[left_edge:g.start()]) and self.claims \
                and _FROM_BEFORE.search(low[:left_edge]):
            # "its rating had gone from inadequate in September 2015 to requires improvement"
            predicate = _Predicate("coordinate", g.start(), g.start())
        else:
            verbal = g.group().startswith("require") and not re.match(
                r"\s+(?:ofsted\s+)?(?:rating|grade|grading|judgement|judgment)\b", low[g.end():])  # not "a requires improvement rating"
            predicate = self._predicate(window_start, g.start(), verbal=verbal) \
                or self._gapped(window_start, g.start()) or self._headline(window_start, g) \
                or self._rating_phrase(window_start, g)
        if predicate is None:
            return
        if predicate.form == "rating" and not no_longer and w.NEGATION.search(low[predicate.area_start:g.start()]):
            return  # "leaders have not rested on a previous judgement of good"
        right = self.low[g.end():right_edge]
        named_after = self._right_areas(right)
        if named_after is None:
            return
        kinds, every, count, right_end = named_after
        right = right[:_phrase_end(right)]
        # "Kirklees, which will be supported by Leeds, was rated": the clause is not the subject
        relatives = article_whose.relative_spans(low, predicate.area_start, predicate.area_end)
        # "Like Salford, Trafford's services were rated ...": the comparison is not the subject
        frame = article_neighbours.comparison_frame(low, predicate.area_start, predicate.area_end, self.s.mentions)
        relatives = relatives + [frame] if frame else relatives
        area_text = article_whose.blank(low[predicate.area_start:predicate.area_end], relatives, predicate.area_start)
        mentions = [m for m in self.s.mentions if predicate.area_start <= m.start < predicate.area_end
                    and not any(s <= m.start < e for s, e in relatives)]
        # "A council ... has become only the third in England to have its children's services rated as
        # outstanding": the subject of the grade is "its children's services", the words before are the possessor's
        area_text = article_whose.causative(area_text)
        # "With help from Leeds, the authority was rated good": the subject is "the authority"
        head = article_whose.anaphoric_head(area_text)
        if head is not None and predicate.form in ("rating", "copula"):
            mentions = [m for m in mentions if m.start >= predicate.area_start + head]
        self._aside = {m.start for m in self.s.mentions if any(s <= m.start < e for s, e in relatives)}
        # "..., unlike neighbouring Stockport, which was judged good": the grade of the name's own clause
        owner = article_neighbours.relative_owner(low, self.s.mentions, predicate.area_start, g.start()) \
            if predicate.form == "rating" else []
        if owner:
            mentions = owner
        elif predicate.form in ("rating", "object") and (own_clause := article_neighbours.clause_subject(
                low, mentions, predicate.area_start, g.start())) is not None:
            mentions = [own_clause]  # "... for both boroughs after Kingston received an 'inadequate' score"
        # "..., after it was rated inadequate": "it" may stand for the authority the sentence just named
        pronoun = re.match(r"(?:it|they)\b", low[predicate.area_start + head:]) if head is not None else None
        self._pronoun_end = predicate.area_start + head + pronoun.end() if pronoun else None
        self._antecedent = None
        self._grade_end = g.end()
        # "Together for Children, which runs Sunderland's children's services, was rated ...": the council's
        operator = None if mentions else article_operator.operated_for(low, self.s.text, relatives, self.s.mentions,
                                                                       predicate.area_start)
        if operator is not None:
            mentions = [m for m in self.s.mentions if m.name == operator][:1]
        own = {k for _, _, k in article_areas.area_spans(area_text)}
        if _OVERALL_ASIDE.search(low, max(predicate.area_start, g.start() - 80), g.start()):
            own = {article_areas.OVERALL}  # "..., with an overall rating of requires improvement": not the areas before
        if not own and re.fullmatch(r"\s*(?:(?:the\s+(?:local\s+)?(?:council|authority|department|service))(?:'s|s')|its|their)\s*",
                                    area_text):
            own = {article_areas.PRONOUN}  # "the council's previous good rating"
        elif not own and not mentions and predicate.form == "object" and self.main is not None \
                and re.fullmatch(r"\s*(?:us|our)\s*", area_text) and not {m.name for m in self.s.mentions} - {self.main}:
            # "Ofsted have rated us good", "we've maintained our good rating": the council speaking of itself
            own = {article_areas.PRONOUN}
        elif not own and predicate.form == "from" and not mentions and self.main is not None \
                and {m.name for m in self.s.mentions} <= {self.main} \
                and (_CHANGE_NOUN.fullmatch(area_text)
                     or not area_text.strip() and _CHANGE_FROM.search(low[:predicate.area_start])):
            own = {article_areas.PRONOUN}  # "The upgrade, from good in 2020, ...": the article's authority's
        elif not own and (predicate.form == "rating" and _BARE_SERVICES.fullmatch(area_text)
                          or predicate.form == "object" and re.fullmatch(r"\s*(?:the\s+)?services\s*", area_text)):
            own = {article_areas.SERVICE}  # "since services were first judged inadequate": the article's services
        elif not own and predicate.form == "from" and len(mentions) == 1 and re.fullmatch(
                r"\s*(?:the\s+)?(?:'s|s')?(?:\s+(?:borough|city|county|metropolitan|district)?\s*council(?:'s|s'))?\s*",
                area_text[:mentions[0].start - predicate.area_start] + area_text[mentions[0].end - predicate.area_start:]):
            own = {article_areas.PRONOUN}  # "Sefton's previous inadequate rating"
        # "Seven local authorities were found to be inadequate in this round: Birmingham, ...": they are named
        named_list = not mentions and predicate.form in ("rating", "object") \
            and bool(self._colon_list(g.end(), plural=bool(article_whose.PLURAL_SUBJECT.search(area_text))))
        # "Ofsted published reports on Wigan and Sefton. Both were rated inadequate.": the two just named
        group = article_whose.group_of(area_text, self.named_last) \
            if not mentions and predicate.form in ("rating", "copula", "object") else None
        if w.NOT_SERVICES.search(area_text) or (not mentions and not named_list and not group
                                                 and w.OTHER_COUNCIL.search(area_text)):
            return
        previous = self.claims[-1] if self.claims else None
        elided = not own and not mentions and all(t in _ELIDED_WORDS or t.isdigit() for t in _tokens(area_text))
        if not elided and not own and not mentions and previous is not None and predicate.form == "rating":
            # "Leeds has become the fifth council to be rated outstanding under the new framework and was
            # rated good under the previous one": a second verb of the same subject, its subject left out
            tail = None
            for tail in re.finditer(r"\s(?:and|but)\s+(?=(?:(?:has|have|had)\s+)?(?:was|were|been|is|are)\b)", area_text):
                pass
            elided = tail is not None and all(t in _ELIDED_WORDS or t.isdigit() for t in _tokens(area_text[tail.end():]))
        same_subject = own == {article_areas.PRONOUN} and previous is not None and not mentions  # "; now it is good"
        remains = predicate.form == "copula" and re.match(r"(?:remain|stay)", low[predicate.area_end:])  # "Sefton remains inadequate"
        # "Ofsted said Bolton and Hounslow require improvement.": the verb of the grade, of named authorities
        requires = predicate.form == "copula" and predicate.area_end == g.start() and g.group().startswith("require") \
            and article_whose.clause_ends(low[g.end():right_edge])
        # "HM Inspector summarised that the service requires improvement": the inspectorate's words of the service
        # (not "adequate": "Ofsted said the service was adequate" is as often an annual rating's word as an inspection's)
        reported = predicate.form == "copula" and own == {article_areas.PRONOUN} and not mentions \
            and grade != "adequate" and bool(_REPORTED.search(low[:predicate.area_end]))
        if predicate.form == "copula" and not (own - {article_areas.PRONOUN}) and not (elided and previous) \
                and not same_subject and not ((remains or requires) and mentions) and not reported:
            return  # "the service is good" is no judgement; "rated inadequate in 2019 and is now good" is
        if any(self._elided_head(m) for m in mentions):
            # "Staffordshire's services for looked-after children were rated as adequate, while Devon's
            # received ...": Devon's what? The noun of the other authority's subject before, if there is one
            parallel = article_whose.parallel_kinds(self.claims, self.index, {m.name for m in mentions})
            if parallel is None:
                return  # the noun is left out and no earlier subject of the sentence gives it
            own = own | parallel
        if not own and operator is not None:
            if w.NOT_SERVICES.search(low[g.end():right_edge]) or w.NOT_SERVICES.search(area_text):
                return  # "... was rated good for its fostering service": a provider's grade, not the council's
            own = {article_areas.PRONOUN}
        if not own and any(not self._possessive(m) for m in mentions):
            # "Sandwell was rated ...", but not "Sandwell's early help offer was rated ..."
            own = {article_areas.PRONOUN}
        listed = self._colon_list(g.end(), plural=bool(article_whose.PLURAL_SUBJECT.search(area_text))) \
            if not mentions and predicate.form in ("rating", "object") else None
        # "North Lincolnshire has joined Hampshire and Westminster in being awarded the top grade"
        self._trust_subject = not mentions and bool(article_whose.TRUST_SUBJECT.search(area_text))
        joined = (article_whose.joined(low, mentions, predicate.area_start, g.start())
                  or article_neighbours.ordinal_after(low, mentions)) \
            if predicate.form in ("rating", "object", "copula") else None
        joiners = set(joined[1:]) if joined else set()
        authorities = listed or joined or group or self._coordinated(mentions) \
            or [self._authority(mentions, previous if elided else None, areas_only=bool(own & article_areas.SPECIFIC)
                                and not own & {article_areas.PRONOUN, article_areas.SERVICE, article_areas.OVERALL})]
        if group and not own:
            own = {article_areas.PRONOUN}
        if joined and not own:
            own = {article_areas.PRONOUN}
        if listed and not own:
            own = {article_areas.PRONOUN}
        if None in authorities:
            return
        kinds |= own
        if self.several and not mentions and re.match(r"\s*they\b", area_text) and not self._antecedent:
            return  # "They were rated good ..." in a round-up: which of them?
        if predicate.form == "phrase" and not kinds:
            kinds = {article_areas.PRONOUN}  # "the inadequate rating": the authority's overall grade
        if predicate.form == "gapped" and previous is not None and not (kinds - {article_areas.PRONOUN}):
            kinds = set(previous.kinds)
        if not kinds and not every and count is None and not mentions and predicate.form == "rating" \
                and _FRONTED_PARTICIPLE.fullmatch(area_text) and _FRONTED_PARTICIPLE.fullmatch(low[:predicate.area_end]):
            kinds = {article_areas.PRONOUN}  # "Since being rated inadequate in 2017, the council has ...": its own
        if not kinds and not every and count is None:
            if previous is None or not elided:
                return
            kinds = set(previous.kinds)
        domain = self._domain(g.start())
        year, role = self._when(left_edge, local_start, g, right, predicate)
        if predicate.shed:
            year = None  # "lost its outstanding status in 2019": 2019 is when it was lost
        if no_longer:
            role = PREVIOUS  # "no longer (rated) inadequate": the grade it had
        undated = False
        frame = self._earlier_frame(g.start()) if role == PREVIOUS and year is None else None
        if frame is not None and article_whose.time_frame(frame.group()) and not w.PREVIOUS_BEFORE.search(
                low[local_start:g.start()]):
            # "rated good, a year after neighbouring Sefton was rated inadequate": Sefton's grade is earlier
            # than the other's, not earlier than Sefton's own latest (its date unknown)
            owners = {c.authority for c in self.claims if c.sentence == self.index} or {self.main}
            if set(authorities) and not set(authorities) & owners:
                role, undated = CURRENT, True
        continued = role == CURRENT and (predicate.form in ("rating", "object", "copula") and (
            w.CONTINUED_BEFORE.search(_own_clause(low[local_start:g.start()])) or w.CONTINUED_AFTER.match(right))
            or predicate.form == "phrase" and bool(_KEPT_PHRASE.search(low[local_start:g.start()])))
        for authority in authorities:
            raw = RawClaim(authority=authority, year=year, role=role, grade=grade, kinds=frozenset(kinds),
                           domain=domain, explicit=bool(set(kinds) & article_areas.EXPLICIT),
                           every=every, count=count, sentence=self.index,
                           undated=undated or authority in joiners  # the others' grades: of no known year
                           or (self.main is not None and authority != self.main and self._antecedent is not None))
            self.claims.append(raw)
            self._as_is(raw, g.end() + right_end, right_edge)
            self._same_as(raw, g.end() + right_end)
            for earlier in self._listed_years_before(g, left_edge, year):  # "In 2009 and 2011, ... inadequate"
                self.claims.append(RawClaim(authority, earlier, role, grade, raw.kinds, raw.domain, raw.explicit,
                                            sentence=self.index))
            for later in self._more_years(g):  # "inadequate in 2014 and again in 2018": each year's grade
                self.claims.append(RawClaim(authority, later, CURRENT, grade, raw.kinds, raw.domain, raw.explicit,
                                            sentence=self.index))
            if continued:  # "remains inadequate": the inspection before had it too
                first = _FIRST_GIVEN.match(self.low, g.end())  # "kept its good rating from 2015"
                self.claims.append(RawClaim(authority, int(first.group(1)) if first else None, PREVIOUS, grade,
                                            raw.kinds, raw.domain, raw.explicit, sentence=self.index))

    # -- grades for several areas at once (article_area_grades) --
    def _gapped_areas(self, g: re.Match, earlier: RawClaim) -> None:
        """"leadership was judged good, help and protection outstanding": the second grade, its
        verb left out, is for the areas between the two, of the same authority and inspection."""
        if not self._is_judgement_word(g):
            return
        at = next(i for i, x in enumerate(self.grades) if x.start() == g.start())
        kinds = article_area_grades.gapped_areas(self.low[self.grades[at - 1].end():g.start()])
        if kinds:
            self.claims.append(RawClaim(earlier.authority, earlier.year, earlier.role, w.grade_code(g), frozenset(kinds),
                                        earlier.domain, True, sentence=self.index))

    def _area_grades(self) -> None:
        """Grades the sentence gives areas in the forms `article_area_grades` reads: whose they
        are and which inspection, as for any grade; "the same grade" is the one said just before."""
        for found in self._found_area_grades():
            if found.grade is None:
                ref = self._referent()
                start = _last_end(_HARD_BOUNDARY, self.low, 0, found.at)
                if ref is None or {m.name for m in self.s.mentions} - {ref.authority} or self._not_its(start, found.at):
                    continue
                self.claims.append(RawClaim(ref.authority, ref.year, ref.role, ref.grade, found.kinds, ref.domain, True,
                                            sentence=self.index))
                continue
            # a grade of the same inspection as one said before it: its year and role are that grade's
            anchor = next((x for x in self.grades if x.start() == found.follows), None)
            span = _Span(anchor.start(), anchor.end()) if anchor else _Span(found.at, found.end)
            start = found.clause if found.clause >= 0 else _last_end(_HARD_BOUNDARY, self.low, 0, found.at)
            before = self.low[start:found.at]
            if w.HEDGE.search(before) or w.NEGATION.search(self.low[max(start, found.at - 30):found.at]):
                continue
            names = [m for m in self.s.mentions if m.start < found.at]
            if w.NOT_SERVICES.search(before) or (not names and w.OTHER_COUNCIL.search(article_area_grades.without_counts(before))):
                continue
            authority = self._area_authority(start, found.at)
            if authority is None:
                continue
            left_edge = max((x.end() for x in self.grades if x.end() <= span.start()), default=0)
            right_edge = min((x.start() for x in self.grades if x.start() >= span.end()), default=len(self.low))
            if anchor:
                local_start = max(left_edge, _last_end(_COMMA, self.low, left_edge, span.start()),
                                  _last_end(_HARD_BOUNDARY, self.low, 0, span.start()))
                right = self.low[span.end():right_edge]
            else:
                local_start = max(left_edge, _last_end(_COMMA, self.low, left_edge, found.at), start)
                right = self.low[max(found.end, found.list_end):max(right_edge, found.list_end)]
            year, role = self._when(left_edge, local_start, span, right, _Predicate("rating", start, span.start()))
            if re.search(r"\bfrom\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?$", before):
                role = PREVIOUS  # "up from a requires improvement rating for help and protection"
                year = _YEAR_AFTER.match(right).group(1) if _YEAR_AFTER.match(right) else None
                year = int(year) if year else article_years.earlier_inspection_year(self.s.text)
            # "a good rating was given to help and protection": not the overall grade the bare noun phrase reads
            # a grade of the inspection said before it ("..., except leadership, which was good"): this reading
            # of its year and role replaces the one of the grade's own clause
            replaced = {article_areas.PRONOUN, article_areas.SERVICE} | (set(found.kinds) if anchor else set())
            self.claims = [c for c in self.claims if not (self._grade_at.get(id(c)) == (found.at, c) and c.kinds <= replaced)]
            self.claims.append(RawClaim(authority, year, role, found.grade, found.kinds, self._domain(found.at), True,
                                        sentence=self.index))
            self._grade_at[id(self.claims[-1])] = (found.at, self.claims[-1])

    def _found_area_grades(self) -> list:
        """The grades for areas `article_area_grades` reads, then those the clause reading
        (`article_clauses`) adds: only where neither those nor the grade's own reading give the
        grade areas already; where the grade's own reading names other areas, nothing is added."""
        found = article_area_grades.area_grades(self.low)
        taken = {f.at for f in found}
        headline = article_clauses.headline_items(self.low) if self.index <= 1 else []
        for extra in [*article_clauses.clause_grades(self.low), *headline]:
            if extra.at in taken:
                if extra.rule == "clause-one-of":  # "one of only three councils to secure ...": the clause starts after them
                    found = [dataclasses.replace(f, clause=extra.clause) if f.at == extra.at and f.clause < extra.clause
                             else f for f in found]
                continue
            own = set().union(*(c.kinds for at, c in self._grade_at.values() if at == extra.at))
            specific = own & (article_areas.SPECIFIC | {article_areas.SAFEGUARDING, article_areas.CAPACITY})
            if specific and not specific <= extra.kinds:
                if extra.rule == "clause-after" and not (specific - extra.kinds) & self._named_after(extra) \
                        and re.search(r"(?:,|\band|\bbut|\bwhile|\bwhilst)\s+(?:an?\s+)?$", self.low[:extra.at]):
                    # "rated inadequate for safeguarding and adequate for its looked after children services": the
                    # grade's own reading borrowed the areas of the grade before; the ones named after it are its own
                    self.claims = [c for c in self.claims if self._grade_at.get(id(c), (None,))[0] != extra.at]
                    taken.add(extra.at)
                    found.append(extra)
                continue  # the two readings disagree: leave the clause reading out
            if (extra.kinds <= own and extra.follows < 0) or article_clauses.unknown_name_before(self.s.text, extra.at,
                                                                         [(m.start, m.end) for m in self.s.mentions]):
                continue
            taken.add(extra.at)
            found.append(extra)
        return found

    def _named_after(self, found) -> set[str]:
        """The area kinds named from `found`'s grade to the end of its list."""
        return {k for _, _, k in article_areas.area_spans(self.low[found.at:max(found.list_end, found.end)])}

    def _not_its(self, start: int, at: int) -> bool:
        """The words before a grade say it is not the authority's children's services' (schools,
        homes, other councils), or only hoped for or denied."""
        before = self.low[start:at]
        names = [m for m in self.s.mentions if m.start < at]
        return bool(w.HEDGE.search(before) or w.NEGATION.search(self.low[max(start, at - 30):at])
                    or w.NOT_SERVICES.search(before)
                    or (not names and w.OTHER_COUNCIL.search(article_area_grades.without_counts(before))))

    def _area_authority(self, clause_start: int, at: int) -> str | None:
        """Whose grade: the one authority the sentence names, else the one its clause names, else
        (none named) the one the article is about."""
        names = {m.name for m in self.s.mentions}
        if len(names) == 1:
            return names.pop()
        if not names:
            if self.several and re.match(r"\s*(?:but\s+|and\s+)?they\b", self.low):
                return None
            return self._owner
        near = {m.name for m in self.s.mentions if clause_start <= m.start < at}
        if len(near) > 1:
            # "Sefton has joined Wigan and Trafford in being awarded the top grade overall, as well as for
            # leadership": the areas named are the subject's, whatever the others share
            joined = article_whose.joined(self.low, self.s.mentions, clause_start, at)
            return joined[0] if joined else None
        return near.pop() if len(near) == 1 else None

    def _referent(self) -> RawClaim | None:
        """The claim "this accolade", "the same grade" stands for: the grade said last, in this
        sentence or the one or two before, when they give one grade only."""
        if self.claims:
            said = self.claims
        else:
            said = []
            for back in (1, 2):
                said = [r for r in self.earlier if r.sentence == self.index - back]
                if said:
                    break
        if not said or len({r.grade for r in said}) != 1 or len({r.authority for r in said}) != 1:
            return None
        return said[-1]

    # -- is the grade word a judgement? --
    def _is_judgement_word(self, g: re.Match) -> bool:
        if g.lastgroup == "abbr" and self.s.text[g.start():g.end()] != "RI":
            return False  # "ri" is requires improvement only as the capitals "RI"
        after = self.low[g.end():]
        if re.match(r"\s+or\s+(?:better|above|higher|worse|below|more)\b", after):
            return False  # "a good or better rating": a threshold, no grade
        word = re.match(r"[ ]*([a-z][a-z'-]*)", after)
        if word:
            follower = word.group(1)
            if follower == "to":
                if not w.GRADE.match(after[word.end():].lstrip()):
                    return False
            elif follower == "at":
                if not re.match(r"[ ]*at\s+(?:its|the|their|a|this|that|his|her)\b", after):
                    return False
            elif follower in ("inspection", "report") and re.search(r"\b(?:last|previous|earlier|former|prior)\s+$",
                                                                    self.low[:g.start()]):
                pass  # "slipping from their last 'outstanding' inspection in 2011": the grade of that inspection
            elif follower in ("it", "they") and re.match(r"[ ]*(?:it|they)\s+(?:gave|received|got|had|achieved|was\s+given)\b",
                                                          after):
                pass  # "the assessment of requires improvement it gave it in 2014"
            elif follower in ("are", "were", "include", "included") and re.match(r"[ ]*[a-z]+\s*:", after):
                pass  # "the councils rated inadequate are: Birmingham, ..."
            elif re.match(r"[ ]*(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?)\s+"
                          r"(?:ago|earlier|before)\b", after):
                pass  # "up from requires improvement three years ago": the grade of that time
            elif follower in ("both", "also") and re.match(r"[ ]*(?:both|also)\s+(?:for|in)\s", after):
                pass  # "inadequate both for the impact of leaders and for overall effectiveness"
            elif follower in ("around", "regarding") and _names_area_first(after[word.end():]):
                pass  # "require improvement to be good around children who need help and protection"
            elif follower not in w.FOLLOWERS:
                return False
        before = _tokens(self.low[max(0, g.start() - 30):g.start()])
        if before and (before[-1] in w.INTENSIFIERS or before[-1] in ("not", "never", "no")):
            return False
        return True

    def _predicate(self, start: int, end: int, verbal: bool = False) -> _Predicate | None:
        label = self._label(start, end)
        if label is not None:
            return label
        toks = list(_iter_tokens(self.low, start, end))
        i = len(toks) - 1
        link = False
        copula_at = None
        while i >= 0:
            t = toks[i][0]
            if t in (";", ":", "-"):
                link = True
            elif t in ("as", "to"):
                link = True
            elif t in ("up", "down") and i > 0 and toks[i - 1][0] in w.RATING_WORDS:
                pass  # "moved up to good", "slipped down to requires improvement"
            elif t in w.COPULAS:
                copula_at = toks[i][1]
            elif t not in w.FILLERS and t != ",":
                break
            i -= 1
        if i < 0:
            return _Predicate("coordinate", end, end) if self.claims else None
        word, pos = toks[i][0], toks[i][1]
        if word in w.RATING_WORDS:
            return _Predicate("rating", self._subject_start(start, pos), end)
        if word == "from":
            return _Predicate("from", self._subject_start(start, pos), pos)
        grade_here = w.GRADE.match(self.low, end)
        after_grade = self.low[grade_here.end():] if grade_here else self.low[end:].split(" ", 1)[-1]
        if word in ("previous", "former", "earlier", "last", "prior") and re.match(
                r"\s*(?:ofsted\s+)?(?:rating|grade|grading|judgement|judgment|inspection)\b", after_grade):
            # "an improvement on the council's previous good rating"
            return _Predicate("from", self._possessor_start(start, pos), pos)
        if word == "after" and i + 1 < len(toks) and toks[i + 1][0] in ("being", "having"):
            # "rated good after being (previously) requiring improvement": the grade it had
            return _Predicate("from", self._subject_start(start, pos), pos)
        if word == "out" and i + 1 < len(toks) and toks[i + 1][0] == "of":  # "out of inadequate": the grade it had
            return _Predicate("from", self._subject_start(start, pos), pos)
        if word in _SHED_WORDS:  # "has shed its 'inadequate' status": the grade it had
            return _Predicate("from", self._subject_start(start, pos), pos, shed=True)
        if word in _FROM_NOUNS and i >= 1:
            # "improved from a position of inadequate", "moved on from its standing of": the grade it had
            j = i - 1 if toks[i - 1][0] not in ("a", "an", "the", "its", "their") else i - 2
            if j >= 0 and toks[j][0] == "from":
                return _Predicate("from", self._subject_start(start, toks[j][1]), toks[j][1])
        verb = self._rating_verb_before(toks, i, limit=25 if link else 8)
        if verb is not None and (link or copula_at is None):
            return _Predicate("object", toks[verb][1] + len(toks[verb][0]), toks[i][1] + len(word))
        if copula_at is not None:
            if self.low[copula_at:].startswith("being") and re.search(
                    r"\b(?:for|of|despite|without|from)\s+$", self.low[start:copula_at]):
                return None  # "criticised for being inadequate": no inspection's grade
            return _Predicate("copula", self._subject_start(start, copula_at), copula_at)
        if verbal:  # "child protection services require improvement"
            return _Predicate("copula", self._subject_start(start, end), end)
        if word in _COORDINATORS and self.claims:
            return _Predicate("coordinate", pos + len(word), end)
        first = next((t for t in toks if t[0] not in w.FILLERS and t[0] != ","), None)
        if first is not None and first[0] in _COORDINATORS and self.claims:
            return _Predicate("coordinate", first[1] + len(first[0]), end)
        return None

    def _attributive(self, g: re.Match, grade: str) -> bool:
        """A grade before the authorities it describes: "good-rated Gateshead and Bromley",
        "'inadequate' Surrey, Newham and Medway", "'good' authorities Bromley and Gateshead"."""
        m = _ATTRIBUTIVE.match(self.low, g.end())
        if not m:
            return False
        listed = []
        at = m.end()
        for mention in sorted(self.s.mentions, key=lambda x: x.start):
            if mention.start < at:
                continue
            if mention.start != at and not (listed and _LIST_GAP.fullmatch(self.low[at:mention.start])):
                break
            listed.append(mention)
            at = mention.end
        if not listed or re.match(r"(?:'s|s')|\s+(?:\w+\s+){0,2}?(?:schools?|homes?|nurser(?:y|ies)|academ(?:y|ies)|"
                                  r"hospitals?|police|college)\b", self.low[at:]):
            return False
        for mention in dict.fromkeys(x.name for x in listed):
            self.claims.append(RawClaim(authority=mention, year=None, role=CURRENT, grade=grade,
                                        kinds=frozenset({article_areas.PRONOUN}), explicit=False,
                                        sentence=self.index, undated=True))
        return True

    def _attributive_service(self, g: re.Match, grade: str) -> bool:
        """A grade before the services of the one authority named after them: "'Inadequate' children's
        social care in Sandwell slammed by Ofsted", "'Good' children's services at Bromley": the
        authority's standing grade, overall. "Good children's services in Sefton need money" is no
        grade: a good or outstanding grade must be written in quotation marks or capitals."""
        m = article_whose.SERVICES_OF.match(self.low, g.end())
        if not m or (grade in ("good", "outstanding") and not article_whose.set_apart(self.s.written, g.group())):
            return False
        named = [x for x in self.s.mentions if x.start == m.end()]
        if len(named) != 1 or len({x.name for x in self.s.mentions}) != 1 or self._possessive(named[0]) \
                or w.HEDGE.search(self.low[:g.start()]) or w.NEGATION.search(self.low[max(0, g.start() - 30):g.start()]):
            return False
        self.claims.append(RawClaim(authority=named[0].name, year=None, role=CURRENT, grade=grade,
                                    kinds=frozenset({article_areas.PRONOUN}), explicit=False,
                                    sentence=self.index, undated=True))
        return True

    def _headline_for(self, g: re.Match, grade: str) -> bool:
        """A headline that gives a grade "for" one authority, with no verb: "Ofsted: 'Good' for Oldham
        children's services", "'Outstanding' rating for Sefton Council". The grade (set apart in quotation
        marks or capitals) is the authority's, overall, of the inspection the page is about."""
        if self.index > 1 or self.s.text.rstrip().endswith((".", "?", "!")) or len(_tokens(self.low)) > 14:
            return False
        if not _HEADLINE_FOR_BEFORE.fullmatch(self.low[:g.start()]) or not article_whose.set_apart(self.s.written, g.group()):
            return False
        m = _HEADLINE_FOR.match(self.low, g.end())
        named = [x for x in self.s.mentions if m and x.start == m.end()]
        if not m or len(named) != 1 or len({x.name for x in self.s.mentions}) != 1 \
                or not _HEADLINE_FOR_AFTER.fullmatch(self.low[named[0].end:]):
            return False
        self.claims.append(RawClaim(authority=named[0].name, year=None, role=CURRENT, grade=grade,
                                    kinds=frozenset({article_areas.PRONOUN}), explicit=False, sentence=self.index))
        return True

    def _headline(self, start: int, g: re.Match) -> _Predicate | None:
        """A headline without a verb: "Royal Borough's children's social care services 'Good'
        overall", "Council's children's services 'inadequate'": a short line with no stop, whose
        words before the grade name children's services (or an area) and nothing else happens."""
        text = self.s.text.rstrip()
        if text.endswith((".", "?", "!")) or len(_tokens(self.low)) > 14 or start:
            return None
        before = self.low[:g.start()]
        if set(_tokens(before)) & (w.COPULAS | w.RATING_WORDS | _HEADLINE_VERBS):
            return None
        if not re.fullmatch(r"\s*(?:overall|in\s+all\s+areas|" + article_whose.HEADLINE_SOURCE +
                            r"|again|once\s+more|(?:after|following)\s+(?:an?\s+|the\s+|its\s+|latest\s+|new\s+)*"
                            r"(?:ofsted\s+|full\s+)*(?:inspection|report))?\s*", self.low[g.end():]):
            return None
        kinds = {k for _, _, k in article_areas.area_spans(before)}
        if not kinds & (article_areas.SPECIFIC | {article_areas.SERVICE}):
            return None
        return _Predicate("copula", 0, len(before.rstrip(" :-")))

    def _rating_phrase(self, start: int, g: re.Match) -> _Predicate | None:
        """A grade named as a noun phrase, with no verb: "Following the inadequate rating in 2018,
        Torbay's children's services were taken over", "after inadequate rating" (a headline). The
        rating is of the one authority the sentence (else the article) is about, overall."""
        if not re.match(r"\s+(?:ofsted\s+)?(?:rating|grade|grading|judgement|judgment)\b", self.low[g.end():]):
            return None
        before = self.low[start:g.start()]
        if not re.search(r"(?:^|\b(?:the|an|a|its|their|our|this|that|after|following|since|with|despite))\s+"
                         r"(?:(?:new|latest|recent|current|previous|last|former|ofsted)\s+)?$", before):
            return None
        scope = self.low
        if re.search(r"\bour\s+(?:(?:new|latest|recent|current|ofsted)\s+)?$", before):
            # "We are really proud of our 'Good' Ofsted rating, and of all the staff ...": the council
            # speaking of its own grade; only the words before it can make it another's ("our schools'")
            scope = self.low[start:g.end()]
        # other councils ("areas", "authorities") are looked for in the phrase's own clause: "since the
        # 'requires improvement' rating was given, the council has identified priority areas" is the council's
        own_clause = self.low[start:g.end() + _phrase_end(self.low[g.end():])]
        if len({m.name for m in self.s.mentions}) > 1 or w.NOT_SERVICES.search(scope) \
                or w.OTHER_COUNCIL.search(own_clause) or w.HEDGE.search(before):
            return None
        return _Predicate("phrase", g.start(), g.start())

    def _gapped(self, start: int, end: int) -> _Predicate | None:
        """"rated East Sussex good, but Coventry inadequate": an authority and a grade, the verb of
        the grade before left out."""
        if not self.claims or self.claims[-1].sentence != self.index:
            return None
        inside = [m for m in self.s.mentions if start <= m.start < end]
        if len(inside) != 1:
            return None
        rest = self.low[start:inside[0].start] + " " + self.low[inside[0].end:end]
        if all(t in _ELIDED_WORDS or t in ("'s", "council", "children's", "services") for t in _tokens(rest)):
            return _Predicate("gapped", start, end)
        return None

    def _label(self, start: int, end: int) -> _Predicate | None:
        """A grade list's line: "Overall effectiveness: Good", "| Care leavers | Outstanding |"."""
        text = self.low[start:end]
        stripped = text.rstrip()
        if not stripped.endswith((":", "|", "=", "-", "(")):
            return None
        head = stripped.rstrip(":|=-( ")
        body = head.lstrip("|-* ")
        spans = article_areas.area_spans(body)
        words = _cut(body, spans)
        if self.index == 0 and len(self.s.mentions) == 1 and not self.s.text.rstrip().endswith((".", "?", "!")):
            # a headline's label names its authority: "Oldham children's services: 'requires improvement' rating"
            at = self.s.mentions[0].start - (start + len(text) - len(text.lstrip()) + (len(head) - len(body)))
            if 0 <= at < len(body):
                mention = (at, at + self.s.mentions[0].end - self.s.mentions[0].start, "")
                words = _cut(body, sorted([*(x for x in spans if x[1] <= mention[0] or x[0] >= mention[1]), mention]))
                words = re.sub(r"(?:'s|s')|\b(?:borough|city|county|metropolitan|district)?\s*council\b", " ", words)
        if not spans or any(t not in w.LABEL_WORDS for t in _tokens(words)):
            return None
        return _Predicate("label", start + len(text) - len(text.lstrip()) + (len(head) - len(body)), start + len(head))

    def _rating_verb_before(self, toks: list, i: int, limit: int) -> int | None:
        """The rating verb of "rated <object> as", at most `limit` words back, with no verb of
        speech or tense between (else the object would be a clause)."""
        found = None
        for j in range(i - 1, max(-1, i - 1 - limit), -1):
            t = toks[j][0]
            if t == "," and found is not None:
                break  # "had improved, rating services as": the verb of the grade's own clause
            if t in w.RATING_WORDS and t not in ("judgement", "judgment", "verdict", "grade"):
                found = j  # the farthest: "rated the help given to children as"
            elif t in ("said", "says", "is", "are", "was", "were", "has", "have", "had", "will", "would", "that",
                       ";", ":", "(", ")", "which", "who"):
                break
        return found

    def _possessor_start(self, start: int, end: int) -> int:
        """Where the possessor before "previous" begins: "the council's", "Sefton's", "its"."""
        m = re.search(r"(?:\bthe\s+(?:local\s+)?)?\b[a-z]+(?:'s|s')\s+$|\b(?:its|their)\s+$", self.low[start:end])
        return start + m.start() if m else end

    def _subject_start(self, start: int, end: int) -> int:
        text = self.low[start:end]
        cut = None
        for m in _SUBJECT_BOUNDARY.finditer(text):
            cut = m
        if cut is None:
            return start
        if cut.group().lstrip(", ").startswith(("which", "who")) and all(t in _ELIDED_WORDS for t in _tokens(text[cut.end():])):
            # "Sandwell, which was rated ...": the subject is what "which" stands for
            before = text[:cut.start()].rstrip(" ,")
            return start + _last_end(_SUBJECT_BOUNDARY, before, 0, len(before))
        closed = re.search(r",(?=[^,]*$)", text[cut.end():])
        if cut.group().lstrip(", ").startswith(("which", "who")) and closed \
                and all(t in _ELIDED_WORDS for t in _tokens(text[cut.end() + closed.end():])):
            # "Kirklees, which will be supported by Leeds, was rated ...": the subject is before the clause
            before = text[:cut.start()].rstrip(" ,")
            return start + _last_end(_SUBJECT_BOUNDARY, before, 0, len(before))
        return start + cut.end()

    # -- what the grade is of --
    def _right_areas(self, right: str) -> tuple[set[str], bool, int | None, int] | None:
        """Areas named after the grade: "good overall", "outstanding for leadership", "inadequate
        in all areas", "outstanding in one area", "an inadequate judgement for help and protection".
        Returns (kinds, every, count, end offset), or None where the grade is for something the
        words do not make an area ("good for its work with children in care")."""
        kinds: set[str] = set()
        pos = 0
        m = re.match(r"\s*(?:overall|across\s+the\s+board)\b", right)  # "across the board" names no area
        if m:
            kinds.add(article_areas.OVERALL)
            pos = m.end()
        rest = right[pos:]
        by = re.match(r"\s*by\s+(?:ofsted|inspectors|the\s+(?:inspectorate|watchdog|regulator))(?=\s+(?:in|for|across)\s+"
                      r"(?:all|every|each|one|two|three|four|five|[1-5])\b)", rest)
        if by:  # "rated good by Ofsted in all four areas (...)": the areas after the agent
            pos += by.end()
            rest = rest[by.end():]
        noun = re.match(r"\s*(?:rating|grade|grading|judgement|judgment)s?(?=\s+(?:in|for|across)\s+(?:all|every|each)\b)", rest)
        if noun:  # "a good grade in all four criteria"
            pos += noun.end()
            rest = rest[noun.end():]
        every = w.EVERY_AREA.match(rest)
        if every:
            bar = re.match(r"\s*,?\s*(?:bar|except(?:\s+for)?|apart\s+from|other\s+than|save|but)\b([^,;.]*)", rest[every.end():])
            if bar:
                # "outstanding in all categories bar help and protection": the overall grade, the others unsaid
                if "overall" in bar.group(1) or "effectiveness" in bar.group(1):
                    return None
                return kinds | {article_areas.OVERALL}, False, None, pos + every.end()
            named = re.match(r"\s*(?:of\s+(?:the\s+)?inspection\s*)?(?:,\s*|\s)(?:including|namely|:|-)\s*(?:covering\s+)?"
                             r"|\s*,?\s*covering\s+|\s*\(\s*", rest[every.end():])
            if named:  # "good in all four areas, including the impact of leaders, ...": those it names
                listed, _ = _area_list(rest[every.end() + named.end():], lead=5)
                kinds |= listed
            return kinds, True, None, pos + every.end()
        noun = re.match(r"\s*(?:rating|grade|grading|judgement|judgment)s?(?=\s+(?:in|for|across)\b)", rest)
        if noun:  # "a good rating for three of the four areas"
            pos += noun.end()
            rest = rest[noun.end():]
        counted = w.AREA_COUNT.match(rest)
        if counted:
            # "outstanding in three of four areas, including overall effectiveness" / "in three key
            # areas - help and protection, ..." : the areas it names have the grade
            named = re.match(r"\s*(?:(?:,\s*|\s)(?:including|namely|-|which\s+(?:were|are|included))|:|\()\s*",
                             rest[counted.end():])  # "..., including ...", ": ...", "(... and ...)"
            if named:
                listed, _ = _area_list(rest[counted.end() + named.end():], lead=5)
                if listed:
                    return kinds | listed, False, None, pos + counted.end()
            return kinds, False, w.COUNT_WORDS[counted["n"]], pos + counted.end()
        m = re.match(r"\s*,?\s*(?:by\s+(?:ofsted|inspectors|the\s+(?:inspectorate|watchdog|regulator))\s+)?"
                     r"(?:(?:rating|judgement|judgment|grade)s?\s+)?(?:both\s+|also\s+)?(?:for|in|on|across|to|around|"
                     r"in\s+terms\s+of|in\s+respect\s+of|with\s+regards?\s+to|when\s+it\s+comes\s+to)\s+", rest) \
            or re.match(r"\s*(?=capacity\b)", rest)
        if m:
            # a list of areas: "good for help and protection, children in care, and leadership"
            phrase = rest[m.end():]
            phrase = phrase[:_list_end(phrase)]
            spans = article_areas.area_spans(phrase)
            cursor = 0
            for n, (s, e, kind) in enumerate(spans):
                gap = phrase[cursor:s]
                if n and kind in article_areas.DOMAINS and spans[n - 1][2] in _MEASURES and _MEASURE_OF.fullmatch(gap):
                    kinds.add(kind)  # "the overall effectiveness of its looked after children services": the measure's domain
                    cursor = e
                    continue
                if not _AREA_GAP.fullmatch(gap) or (n and not _LIST_LINK.search(gap)):
                    if n:
                        break  # the list has ended; what follows is another matter
                    return None if kind in article_areas.SPECIFIC else (kinds, False, None, pos)
                kinds.add(kind)
                cursor = e
            pos += m.end() + cursor
        return kinds, False, None, pos

    def _colon_list(self, at: int, plural: bool = False) -> list[str] | None:
        """The authorities a list after a colon names: "The seven judged inadequate in this report
        are: Birmingham; Buckinghamshire; Coventry and Slough", "Seven councils were rated inadequate in
        this round: Birmingham, Bucki" (a subject that counts them may have its list cut short)."""
        m = re.match(r"[^.:;]{0,60}?\b(?:are|were|include|included|being|namely)\s*:\s*|\s*:\s*", self.low[at:])
        if not m and plural:
            m = re.match(r"(?:\s+(?:in|for|during|across|at|by|after|this|that|the|latest|last|round|year|month|"
                         r"quarter|period|report|inspections?|ofsted|overall|of|so|far))*\s*:\s*", self.low[at:])
        if not m:
            return None
        start = at + m.end()
        listed: list[Mention] = []
        for mention in sorted(self.s.mentions, key=lambda x: x.start):
            if mention.start < start:
                continue
            gap = self.low[(listed[-1].end if listed else start):mention.start]
            if (listed and not re.fullmatch(r"(?:\s+(?:borough|city|county|metropolitan|district)?\s*councils?)?"
                                            r"(?:\s*[,;&]\s*|\s+and\s+|\s*[,;]\s*and\s+|\s+)(?:the\s+)?", gap)) \
                    or (not listed and gap.strip()):
                break
            listed.append(mention)
        names = list(dict.fromkeys(x.name for x in listed))
        return names if len(names) >= (1 if plural else 2) else None

    def _more_years(self, g: re.Match) -> list[int]:
        """Further years the grade is given for: "rated inadequate in 2016 and 2018", "in 2014 and
        then again in 2018"."""
        first = _YEAR_AFTER.match(self.low, g.end())
        if not first:
            return []
        years, at = [], first.end()
        while m := _NEXT_YEAR.match(self.low, at):
            if _OWN_GRADE_NEXT.match(self.low, m.end()):
                break  # "inadequate in 2015 and in 2018 good": that year has a grade of its own
            years.append(int(m.group(1)))
            at = m.end()
        return years

    def _listed_years_before(self, g: re.Match, left_edge: int, year: int | None) -> list[int]:
        """The other years of a list before the grade whose last year is the grade's own: "In 2009
        and 2011, the services were labelled as inadequate" (the first grade of its sentence only)."""
        if left_edge or year is None:
            return []
        m = _YEAR_LIST.search(self.low, 0, g.start())
        if not m or int(m.group("last")) != year or _YEAR.search(self.low, m.end(), g.start()):
            return []
        return [int(y) for y in _YEAR.findall(m.group("first"))]

    def _same_as(self, raw: RawClaim, start: int) -> None:
        """", the same grading as 2019", "the same as in 2019": that year's grade was the same."""
        m = _SAME_AS.match(self.low, start)
        if m and raw.role == CURRENT:
            self.claims.append(RawClaim(raw.authority, int(m.group(1)), PREVIOUS, raw.grade, raw.kinds, raw.domain,
                                        raw.explicit, sentence=self.index))

    def _as_is(self, raw: RawClaim, start: int, right_edge: int) -> None:
        """", as is the department's leadership": the same grade for another area."""
        m = re.match(r"\s*,?\s*as\s+(?:is|are|was|were)\s+", self.low[start:right_edge])
        if not m:
            return
        np_start = start + m.end()
        rest = self.low[np_start:right_edge]
        end = re.search(r"[;.!?]|,\s*(?:and|but|which|while|whilst)\b", rest)
        np = rest[:end.start()] if end else rest
        kinds = {k for _, _, k in article_areas.area_spans(np)} & article_areas.SPECIFIC
        names = {m.name for m in self.s.mentions if np_start <= m.start < np_start + len(np)}
        if w.NOT_SERVICES.search(np) or (not names and w.OTHER_COUNCIL.search(np)):
            return
        if kinds and names <= {raw.authority}:
            self.claims.append(RawClaim(raw.authority, raw.year, raw.role, raw.grade, frozenset(kinds), raw.domain,
                                    True, sentence=self.index))

    def _elided_head(self, mention: Mention) -> bool:
        return bool(re.match(r"(?:'s|s')\s+(?:received|was|were|is|are|has|have|had|got|achieved|gained|also|too)\b",
                             self.low[mention.end:]))

    def _possessive(self, mention: Mention) -> bool:
        return bool(_POSSESSIVE.match(self.s.text[mention.end:]))

    def _domain(self, end: int) -> frozenset[str]:
        """Safeguarding or looked after children, as named earlier in the sentence (for capacity)."""
        return frozenset(k for _, _, k in article_areas.area_spans(self.low[:end]) if k in article_areas.DOMAINS)

    # -- whose and when --
    def _coordinated(self, mentions: list[Mention]) -> list[str] | None:
        """The authorities of a subject that lists them ("East Sussex, Essex and Staffordshire were
        rated good", "Sunderland and Gateshead children's services"): each has the grade. None when
        the subject names fewer than two, or names them otherwise ("Durham's neighbour Darlington")."""
        ordered = sorted(mentions, key=lambda m: m.start)
        if len({m.name for m in ordered}) < 2:
            return None
        for a, b in zip(ordered, ordered[1:]):
            if not _LIST_GAP.fullmatch(self.low[a.end:b.start]):
                return None
        before = _tokens(self.low[:ordered[0].start])[-3:]
        if before and before[-1] not in ("-", ":") and any(
                t in ("from", "of", "with", "by", "like", "including", "than", "authorities", "councils") for t in before):
            return None  # "advisers from Islington and Leicestershire": not who is graded
        return list(dict.fromkeys(m.name for m in ordered))

    def _authority(self, mentions: list[Mention], previous: RawClaim | None, areas_only: bool = False) -> str | None:
        names = {m.name for m in mentions}
        if len(names) == 1:
            return names.pop()
        if names:
            return None  # two authorities in one subject: whose grade is it?
        if previous is not None:
            return previous.authority
        if self._trust_subject:  # "That trust has overseen ...": the trust's authority, not the article's
            return self.trust
        if self._pronoun_end is not None:
            self._antecedent = article_neighbours.pronoun_antecedent(
                self.low, [m for m in self.s.mentions if m.start not in self._aside], self._pronoun_end)
            if self._antecedent is not None:
                return self._antecedent
        # "The local authority was rated good, while neighbouring Bolton was ...": an authority named after the
        # grade, in a clause of its own, is no candidate for the subject before it
        return article_whose.anaphor({m.name for m in self.s.mentions if m.start not in self._aside
                                      and not (self._grade_end is not None and m.start > self._grade_end
                                               and _OTHER_CLAUSE.search(self.low, self._grade_end, m.start)
                                               and not _TIME_CLAUSE.search(self.low, self._grade_end, m.start))},
                                     self._owner if areas_only else self.main)

    @property
    def _owner(self) -> str | None:
        """Whose a grade is when the sentence names no one: the article's authority, except in a piece
        about several where the sentence or two before name one other ("Meanwhile, Bolton was rated
        requires improvement. Care leavers' services were judged inadequate."): that one's."""
        if self.several and self.main is not None and self.named_before not in (None, self.main):
            return self.named_before
        return self.main

    def _when(self, left_edge: int, local_start: int, g: re.Match, right: str,
              predicate: _Predicate) -> tuple[int | None, str]:
        """(year the sentence gives, role by the wording). The year is the closest one before the
        grade in its clause, else one after it in its clause; "since 2010" is no inspection's."""
        year = None
        since = _SINCE_YEAR.match(right)
        if since and _PERFECT.search(self.low[local_start:g.start()]) \
                and not re.search(r"\bfirst\s+time\b", self.low[:g.start()]):  # "the first time ... rated good since 2010": new
            # "had been graded inadequate since 2010": the grade was given in that year's inspection
            return int(since.group(1)), self._role(local_start, g, right, predicate, int(since.group(1)))
        after = _YEAR_AFTER.match(right)
        if after:  # "rated inadequate in 2016": the year right after the grade is its own
            return int(after.group(1)), self._role(local_start, g, right, predicate, int(after.group(1)))
        if predicate.form != "from":
            year = self._frame_year(g.start())
            if year is not None:
                return year, PREVIOUS
        # "in 2019 its rating was raised from inadequate": a year before "from" is the new grade's
        left = "" if predicate.form == "from" else self.low[left_edge:g.start()]
        if left_edge:  # what is left of the earlier grade's own clause is not this grade's
            boundary = re.search(r",|;|\s(?:and|but|while|whilst|whereas|although|though)\s", left)
            left = left[boundary.end():] if boundary else ""
        for m in _YEAR.finditer(left):
            if _NOW_AFTER.search(left[m.end():]):
                continue  # "inadequate in 2015 and again in 2018, but are now good", "which was rated inadequate in 2019, has now been rated good": not that year's grade
            # "from 2013 when it was rated": the year of that grade, whatever the word before it
            if not _NOT_THE_YEAR.search(left[:m.start()]) or re.match(
                    r"\s*(?:(?:ofsted\s+|full\s+)*(?:inspection|report|visit)\s*)?,?\s*when\b", left[m.end():]):
                year = int(m.group())
        if year is None:
            for m in _YEAR.finditer(right):
                if not _NOT_THE_YEAR.search(right[:m.start()]):
                    year = int(m.group())
                    break
        if year is None:
            shared = _SHARED_YEAR.match(self.low, g.end())
            if shared:  # "rated outstanding for safeguarding and good for looked after children in 2012"
                year = int(shared.group(1))
        if year is None and self.published_year is not None:
            relative = _RELATIVE_YEAR.search(left) or _RELATIVE_YEAR.search(right)
            ago = _YEARS_AGO.search(left) or _YEARS_AGO.search(right)
            if ago:  # "rated inadequate three years ago"
                year = self.published_year - _COUNT.get(ago.group(1), 0)
            elif relative:
                year = self.published_year - (1 if relative.group(1) else 0)
        if year is None:  # "rated good by Ofsted in December", "In December, Ofsted rated ..."
            year = article_months.grade_month_year(left, right, self.published)
        if year is None:  # "... since its last inspection in March 2020. At the time, it was judged ..."
            year = at_the_time(self.s.text, self.before)
        role = self._role(local_start, g, right, predicate, year)
        if year is None and role == PREVIOUS:
            # "compared to its 2021 inspection, the council was downgraded from outstanding to good":
            # the earlier grade is of the one inspection the sentence dates
            year = article_years.earlier_inspection_year(self.s.text)
        return year, role

    def _role(self, local_start: int, g: re.Match, right: str, predicate: _Predicate, year: int | None) -> str:
        local = self.low[local_start:g.start()]
        said = w.PREVIOUS_BEFORE.search(local)
        if said and (re.search(r"\bsince\s+(?:the\s+|its\s+|our\s+|their\s+)?$", local[:said.start()])
                     or w.NOW.search(local[said.end():])):
            said = None  # "improved since the last inspection and are now rated good"
        after = w.PREVIOUS_AFTER.match(right)
        if after and _AFTER_PREVIOUSLY.search(after.group()):
            after = None  # "rated good after previously being ...": what was before is another matter
        previous = predicate.form == "from" or bool(said) \
            or bool(after) or self._in_earlier_frame(g.start()) \
            or (year is not None and bool(_NOW_LATER_GRADE.match(self.low, g.end())))
        return PREVIOUS if previous else CURRENT

    def _in_earlier_frame(self, at: int) -> bool:
        """The sentence sets the grade in an earlier inspection before it: "during their previous
        inspection in 2014, when the council was rated ...", "the last time ... was in 2018, when it
        received ...", "eight years after it was judged ...". Not "since the last inspection" (the
        grade after it is the new one), nor where "now" or "today" comes between."""
        frame = self._earlier_frame(at)
        return frame is not None

    def _earlier_frame(self, at: int) -> re.Match | None:
        left = self.low[:at]
        frames = list(w.EARLIER_FRAME.finditer(left))
        if not frames:
            return None
        frame = frames[-1]
        between = left[frame.end():]
        if re.search(r"\b(?:upgraded|downgraded|improved|moved|risen|rose|climbed|jumped|lifted|raised|fallen|fell|"
                     r"dropped|slipped)\s+(?:up\s+|down\s+)?to\s+(?:an?\s+|the\s+)?$", between):
            return None  # "rated inadequate three years ago, has been upgraded to requires improvement": the new grade
        if re.fullmatch(r"\s*(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+", left[:frame.start()]) \
                and re.search(w.GRADE_WORDS + r"[^,;]*,", between):
            return None  # "Two years after being rated inadequate, Sefton has been judged good": the frame closed
        if re.search(r"\bsince\s+(?:the\s+|its\s+|our\s+|their\s+|the\s+council's\s+)?$", left[:frame.start()]) \
                and not re.search(r"\b(?:when|where|which|whereby)\b", between):
            return None  # "improved since the last inspection" is no grade of it; "..., when it was rated" is
        return None if w.NOW.search(between) else frame

    def _frame_year(self, at: int) -> int | None:
        """The year an earlier inspection's frame gives: "at the previous inspection, in 2017, ..."."""
        frame = self._earlier_frame(at)
        if frame is None:
            return None
        m = re.match(r"[\s,-]*(?:(?:in|of|during|published\s+in|taking\s+place\s+in|by\s+ofsted|,|-)\s+)*(?:[a-z]+\s+)?"
                     r"((?:19|20)\d\d)\b",
                     self.low[frame.end():at])
        if m and _YEAR.search(self.low, frame.end() + m.end(), at):
            return None  # "..., and before that, in 2012, ... adequate": a year of the grade's own is closer
        return int(m.group(1)) if m else None


class _Span:
    """A place in a sentence that stands for a grade word (for the reader's role and year)."""

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _cut(text: str, spans: list[tuple[int, int, str]]) -> str:
    """`text` without the spans."""
    out, last = [], 0
    for s, e, _ in spans:
        out.append(text[last:s])
        last = e
    out.append(text[last:])
    return " ".join(out)


# Between two authorities of a list: "Leeds City Council and Calderdale", "Stockport, Merton and ..."
_LIST_GAP = re.compile(r"(?:'s|s')?(?:\s+(?:borough|city|county|metropolitan|district)?\s*councils?)?"
                       r"(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*,\s*and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?")

# Between two areas of a list, or before the first: links and the words of the areas' long names
# ("the experiences and progress of children who need help and protection").
_AREA_GAP = re.compile(r"(?:\s|,|&|\b(?:and|as\s+well\s+as|the|its|their|for|in|of|on|to|both|also|"
                       r"experiences?|progress)\b)*")
_LIST_LINK = re.compile(r",|&|\band\b|\bas\s+well\s+as\b")
# a pre-2013 measure and the domain it is of: "overall effectiveness of its looked after children services"
_MEASURES = frozenset({article_areas.EFFECTIVENESS, article_areas.CAPACITY})
_MEASURE_OF = re.compile(r"\s+(?:of|for|in)\s+(?:the\s+|its\s+|their\s+|[a-z]+(?:'s|s')\s+)?(?:(?:services?|provision|arrangements)\s+(?:for|to)\s+)?")
_LIST_END = re.compile(r"[;.!?()]|\s(?:but|while|whilst|whereas|although|though|(?<!looked\s)after|since|said|says)\s"
                       r"|,\s*(?:with|which|who|when|where|while|whilst|but|and\s+(?:is|are|was|were|has|have|had))\b")


def _area_list(phrase: str, lead: int = 0) -> tuple[set[str], int]:
    """The areas a list at the start of `phrase` names, and where it ends; `lead` words of no
    area may come first ("- how the service manages children in care, ..."). The list reading of
    `article_area_grades`, with this reader's narrower ends, gaps and links (not "the services" of
    a clause)."""
    return article_area_grades.area_list(phrase, lead, end=_LIST_END, gap=_AREA_GAP, link=_LIST_LINK, words=_tokens)


# An aside that gives the overall grade after areas were named: "good services for children in care,
# with an overall classification of requires improvement".
_OVERALL_ASIDE = re.compile(r"(?:,\s*|\b)(?:with|and|giving\s+(?:it|them)|given)\s+(?:an?|the|its|their)\s+overall\s+(?:ofsted\s+)?"
                            r"(?:rating|grade|grading|judgement|judgment|classification|verdict|outcome|score|assessment)"
                            r"\s+(?:of\s+|as\s+)?$")


def _names_area_first(text: str) -> bool:
    """`text` begins with a judged area's name ("the impact of leaders ...")."""
    spans = [sp for sp in article_areas.area_spans(text[:160]) if sp[2] in article_areas.SPECIFIC
             or sp[2] == article_areas.EFFECTIVENESS]
    return bool(spans) and bool(_AREA_GAP.fullmatch(text[:spans[0][0]]))


def _own_clause(text: str) -> str:
    """The words of the last clause of `text` (what comes after "and the authority ...")."""
    cut = None
    for cut in _NEW_SUBJECT.finditer(text):
        pass
    return text[cut.end():] if cut else text


def _list_end(text: str) -> int:
    """Where a list of areas after a grade ends: at a stop or a new clause (not at a comma)."""
    m = _LIST_END.search(text)
    return m.start() if m else len(text)


def _phrase_end(text: str) -> int:
    """Where the phrase after a grade ends: at a comma, a stop or a new clause."""
    m = _PHRASE_END.search(text)
    return m.start() if m else len(text)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _iter_tokens(text: str, start: int, end: int):
    for m in _TOKEN.finditer(text, start, end):
        yield m.group(), m.start()


def _last_end(pattern: re.Pattern, text: str, start: int, end: int) -> int:
    last = start
    for m in pattern.finditer(text, start, end):
        last = m.end()
    return last


__all__ = ["ArticleReading", "CURRENT", "PREVIOUS", "claims_from_text", "read_article"]
