"""Grades that are not Ofsted's inspection judgement, whatever the sentence's other words: left out
before the grades are resolved, so that a grade that is no claim does not clash with Ofsted's own
and wipe both out. Pure: sentence and grade in, a reason (or None) out. Each rule is a way people
write, not one article's sentence.

- Someone else's verdict: the grade's judge is not Ofsted ("Councillors judged the service to be
  outstanding", "a peer review rated it good", "the LGA found leadership to be good", "parents rated
  the service good", "rated good by a peer review team", "its own self-assessment found practice
  good"). A judge named before the grade counts only where no Ofsted word (Ofsted, inspectors, the
  inspection, the report) stands between it and the grade: "councillors said Ofsted rated it good"
  is Ofsted's.
- Partial praise: a grade of some of the work, not of a judged area ("the support for care leavers
  was good in places", "much of the practice with children in care was good", "good in some
  teams"), or of areas it does not name ("inadequate in a number of key areas", "required
  improvement in most areas"). An inspection judgement is of the whole area.
- A grade of another setting or inspection named before it as what is graded or reported on ("a
  report on the youth offending team rated leadership as good", "the council's fostering service was
  rated good, with leaders judged outstanding", "a focused visit found practice good"), unless the
  authority's own inspection or another time ("since it was rated inadequate") is named after it.
- A general truth: a grade with an indefinite article in a sentence of what usually happens ("it
  typically takes three to five years to move from an 'inadequate' judgment").
- Predictions and hopes stated with a confidence word ("confident of achieving a good rating next
  time", "on its way to good"): a grade still to come (other hedges: `article_words.HEDGE`).
"""
from __future__ import annotations

import re

_GRADE = {
    "good": r"\bgood\b",
    "outstanding": r"\boutstanding\b",
    "inadequate": r"\binadequate\b",
    "adequate": r"(?<!in)\badequate\b",
    "requires_improvement": r"\brequir\w*\s+improvement\b",
}
# a clause boundary: the judge must be in the grade's own clause
_BOUNDARY = re.compile(r"(?i)[;:]|\.\s|,\s*(?:but|while|whereas|although|though|however|and\s+(?:ofsted|inspectors))\b"
                       r"|\b(?:but|whereas|although|though)\b")
# a review, assessment or survey that is not Ofsted's inspection
_OTHER_REVIEW = (r"(?:peer[\s-]+(?:review|challenge|diagnostic)|self[\s-]+(?:assessment|evaluation|review)|"
                 r"mock\s+inspection|practice\s+(?:review|audit|diagnostic)|diagnostic|"
                 r"(?:internal|independent|external|commissioned)\s+(?:\w+\s+)?(?:review|audit|report|assessment)|audit|"
                 r"survey|poll|(?:its|their|the\s+council's|our)\s+own\s+(?:\w+\s+)?(?:assessment|evaluation|review|audit|"
                 r"judgement|judgment|view|figures|data))")
# whoever gives a verdict that is not Ofsted's inspection judgement
_OTHER_JUDGE = (rf"(?:councillors?|council\s+members|elected\s+members|members\s+of\s+the\s+(?:\w+\s+){{0,2}}committee|"
                rf"(?:an?\s+|the\s+)?(?:lga|local\s+government\s+association)(?:'s)?|"
                # the CQC alone, not Ofsted's partner in the joint inspections before 2013 ("by Ofsted and the CQC")
                rf"(?<!ofsted\sand\s)(?<!ofsted\sand\sthe\s)(?:cqc|care\s+quality\s+commission)|"
                rf"hmi\s+probation|hmip|hmicfrs|{_OTHER_REVIEW}(?:\s+(?:team|panel|report|group|exercise|findings))?|"
                rf"peer\s+reviewers?|auditors?|self[\s-]+(?:assessed|evaluated)|"
                rf"parents|carers|families|young\s+people|children\s+and\s+young\s+people|respondents|"
                rf"staff|social\s+workers|commissioners?|consultants?)")
_JUDGE_VERB = r"(?:rated|rates|rate|judged|judges|judge|found|finds|graded|grades|assessed|assesses|deemed|deems|"\
              r"described|describes|considered|considers|called|calls|scored|scores|thought|think|thinks|believe|believed|believes|said|say|says|gave|give|gives)"
# the judge is the subject of an active verb: "parents rated", "a peer review last year found"
# (not "services for children and families were judged")
_FILLER = r"(?:\s*,|\s+(?:have|has|had|also|all|both|themselves|collectively|then|recently|previously|"\
          r"unanimously|each|who|which|that|last\s+year|this\s+year|in\s+(?:19|20)\d\d))"
_JUDGE_BEFORE = re.compile(rf"(?i)\b(?P<judge>{_OTHER_JUDGE})\b{_FILLER}*\s+{_JUDGE_VERB}\b"
                           # children and care leavers judge only with an object: "care leavers rated the support
                           # as good" (not the headline "care leavers rated good")
                           rf"|\b(?P<judge2>(?:children|young\s+people|care\s+leavers)(?:\s+in\s+care)?)\s+"
                           rf"(?:rated|rate|described|describe|called|call|scored|score)\s+(?:the|their|its|our|this|that)\b"
                           # the council's own view in the present: "the council believes services are good"
                           rf"|\b(?P<judge3>(?:the|this|our)\s+(?:council|authority|local\s+authority))\s+"
                           rf"(?:believes?|considers?|thinks?|feels?|regards?|rates\s+itself|judges\s+itself|"
                           rf"assessed\s+(?:its|our)\s+own|graded\s+(?:its|our)\s+own)\b"
                           rf"|\baccording\s+to\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?P<judge4>(?:[\w'-]+\s+){{0,3}}?{_OTHER_JUDGE})\b")
# "the council believes the good rating reflects ...": the rating is Ofsted's
_RATING_NOUN = re.compile(r"(?i)^\W*(?:overall\s+)?(?:rating|judgement|judgment|grade|verdict)s?\b")
_OFSTED_WORD = re.compile(r"(?i)\b(?:ofsted|inspectors?|inspection|inspected|inspectorate|report)\b")
# "rated good by a peer review team", "judged outstanding by councillors", "good in a mock inspection"
_JUDGE_AFTER = re.compile(rf"(?i)^\W*(?:overall\s+)?(?:\w+\s+){{0,3}}?(?:by\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                          rf"(?:[\w-]+\s+){{0,3}}?{_OTHER_JUDGE}|(?:in|from)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                          rf"(?:[\w'-]+\s+){{0,3}}?{_OTHER_REVIEW})\b")
# a grade of some of the work: "good in places", "good in some teams", "good at times"
_PART_AFTER = re.compile(r"(?i)^\W{0,3}(?:in\s+(?:places|parts|patches|pockets|some\s+(?:teams|cases|respects|instances|places)|"
                         r"some\s+of\s+(?:its|the|their)\s+(?:work|practice|teams|cases)|"
                         # "inadequate in a number of key areas", "required improvement in most areas": no
                         # area named, and not the overall grade
                         r"(?:a\s+number\s+of|several|some|many|most|certain|a\s+few|various)\s+(?:of\s+(?:its|the|their)\s+)?"
                         r"(?:key\s+|important\s+|main\s+)?(?:areas|aspects|respects|parts))|at\s+times|on\s+occasion|"
                         r"for\s+some\s+(?:children|families|young\s+people|care\s+leavers))\b")
_PART_BEFORE = re.compile(r"(?i)\b(?:much|some|most|parts|pockets|elements|aspects|examples|instances|islands|"
                          r"areas|a\s+lot|a\s+number)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}?"
                          r"(?:practice|work|social\s+work|casework|support|help|services|teams?|cases)\b")
# a setting or an inspection other than the authority's children's services inspection, named
# before the grade as what is graded or reported on ("a report on the youth offending team rated
# leadership as good", "the council's fostering service was rated good, with leaders judged
# outstanding", "a focused visit found practice good", "its SEND inspection found leaders good")
_SETTING = (r"(?:(?:independent\s+)?fostering\s+(?:service|agency|agencies|team)|(?:regional\s+|voluntary\s+)?adoption\s+agenc(?:y|ies)|"
            r"(?:secure\s+)?children's\s+homes?|residential\s+(?:homes?|units?|(?:special\s+)?schools?|settings?)|secure\s+(?:children's\s+)?homes?|"
            r"short[\s-]+breaks?\s+(?:units?|homes?|centres?|service)|youth\s+(?:offending|justice)\s+(?:team|service|services)|"
            r"(?:local\s+area\s+)?send\b|special\s+educational\s+needs|schools?|nurser(?:y|ies)|early\s+years|children's\s+centres?|"
            r"focused\s+visit|monitoring\s+visit|joint\s+targeted\s+area\s+inspection|jtai)")
_SETTING_FRAME = re.compile(rf"(?i)\b(?:report|inspection|visit|review|judgement|judgment)s?\s+(?:on|of|into|at)\s+"
                            rf"(?:the\s+|a\s+|an\s+|its\s+|their\s+|the\s+council's\s+|[\w'-]+'s?\s+)?(?:[\w-]+\s+){{0,2}}?{_SETTING}"
                            rf"|\b{_SETTING}\s+(?:inspection|report)s?\b"
                            rf"|\b(?:at|in)\s+(?:the\s+|a\s+|its\s+|their\s+|the\s+council's\s+|one\s+of\s+its\s+)?(?:[\w-]+\s+){{0,2}}?{_SETTING}\s*,"
                            rf"|\b{_SETTING}\s+(?:\w+\s+){{0,2}}?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
                            rf"(?:rated|judged|graded|found|deemed|assessed)\b"
                            rf"|\b(?:a|the|its|this|that|their)\s+(?:[\w-]+\s+){{0,2}}?"
                            rf"(?:focused\s+visit|monitoring\s+visit|joint\s+targeted\s+area\s+inspection|jtai)\b")
# the authority's own children's services inspection, named after a setting: the grade is its again
_LA_FRAME = re.compile(r"(?i)\b(?:children's\s+services|children's\s+social\s+care|ilacs|full\s+inspection|"
                       r"inspection\s+of\s+local\s+authority|overall\s+effectiveness|services\s+for\s+children)\b"
                       # "a monitoring visit since it was rated inadequate": a grade of another time
                       r"|\b(?:since|when|after|following|before|until|previously|last\s+(?:inspected|rated|judged))\b")
# a general truth, of no authority's inspection: "it typically takes three to five years to move from
# an inadequate judgment", "councils usually recover from a requires improvement rating"
_HABIT = re.compile(r"(?i)\b(?:typically|usually|generally|normally|often|tend\s+to|tends\s+to|on\s+average|"
                    r"in\s+general|as\s+a\s+rule|most\s+councils|many\s+councils|any\s+council|councils\s+that)\b")
_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:an?|any)\s+\W{0,2}$")
# a grade still to come: "confident of achieving a good rating", "on its way to good"
_TO_COME = re.compile(r"(?i)\b(?:confident\s+(?:of|that|in)|(?:determined|committed|intends?|intending|plans?|planning)\s+to|"
                      r"(?:on\s+(?:its|their|our|the)\s+way|well\s+placed)\s+"
                      r"(?:to|towards?))(?:\s+[\w'-]+){0,5}?\s*$")


def not_ofsteds(sentence: str, grade: str) -> str | None:
    """Why the grade `grade` (a code) in `sentence` is not Ofsted's judgement, or None where at least
    one of its mentions may be."""
    pattern = _GRADE.get(grade)
    if pattern is None:
        return None
    reasons = []
    for g in re.finditer(f"(?i){pattern}", sentence):
        reason = _why_not(sentence, g.start(), g.end())
        if reason is None:
            return None
        reasons.append(reason)
    return reasons[0] if reasons else None


def _why_not(sentence: str, start: int, end: int) -> str | None:
    clause_start = max((m.end() for m in _BOUNDARY.finditer(sentence, 0, start)), default=0)
    before = sentence[clause_start:start]
    after = sentence[end:end + 80]
    judges = list(_JUDGE_BEFORE.finditer(before))
    if judges and not _OFSTED_WORD.search(before[_judge_end(judges[-1]):]) \
            and not (judges[-1].group("judge3") and _RATING_NOUN.search(after)):
        return "someone else's verdict"
    if _JUDGE_AFTER.search(after):
        return "someone else's verdict"
    if _PART_AFTER.search(after) or _PART_BEFORE.search(before):
        return "a grade of some of the work"
    frames = list(_SETTING_FRAME.finditer(sentence, 0, start))
    if frames and not _LA_FRAME.search(sentence, frames[-1].end(), start):
        return "a grade of another setting or inspection"
    if _INDEFINITE_BEFORE.search(before) and _RATING_NOUN.search(after) and _HABIT.search(sentence):
        return "a general truth, not a grade"
    if _TO_COME.search(before):
        return "a grade still to come"
    return None


def _judge_end(m: re.Match) -> int:
    """Where the judge's name ends ("a mock inspection" is the judge, not an Ofsted word after it)."""
    return max(m.end(g) for g in ("judge", "judge2", "judge3", "judge4") if m.group(g) is not None)


def drop_other_verdicts(raws: list, texts: list[str]) -> list:
    """The sentences' `RawClaim`s without those whose grade is not Ofsted's judgement."""
    return [r for r in raws if not (0 <= r.sentence < len(texts) and not_ofsteds(texts[r.sentence], r.grade))]


__all__ = ["not_ofsteds", "drop_other_verdicts"]
