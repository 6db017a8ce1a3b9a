"""The words news articles use for Ofsted's grades and for making a grade a judgement ("rated as",
"judged to be", "an outstanding rating") or not one ("bordering on", "good practice", "schools").
Pure data; the reading is in `article_claims`, the areas in `article_areas`.

Text handed to these patterns is lower-cased and normalised (`extractors.text.normalise`):
straight quotes, plain hyphens, single spaces.
"""
from __future__ import annotations

import re

# -- grades ----------------------------------------------------------------------------------
# Longest first: "requires improvement to be good" is one grade, not RI and good; so are the ways
# writers spell out its aim: "require improvement to reach a 'good' rating", "to become good".
TO_BE_GOOD = (r"(?:\s+to\s+(?:be(?:come)?|reach|achieve|attain|get\s+to|move\s+to)\s+(?:an?\s+)?['\"]?good['\"]?"
              r"(?:\s+(?:rating|grade|judgement|judgment))?)")
GRADE = re.compile(
    r"\b(?:(?P<ri>(?:requires?|requiring|required)\s+improvement" + TO_BE_GOOD + r"?)"
    r"|(?P<abbr>ri)"  # "rated RI": only where the text writes it in capitals (`is_abbreviation`)
    r"|(?P<inadequate>inadequate)|(?P<outstanding>outstanding)|(?P<good>good)|(?P<adequate>adequate))\b"
)
# The grade words as a pattern to build others with (no groups, no "RI"): "requires improvement (to be
# good)" in its three tenses, then the single words.
# A quotation mark that may stand around a grade or name ("rated 'good'", “Outstanding”), straight or curly.
QUOTE_MARK = r"[\"'\u2018\u2019\u201c\u201d]?"
# The mark before a list item, one a line: a dash, star, bullet or arrow, a number ("1.", "2)", "3.1."), a
# letter ("(a)", "b)"). At a line's start, with the space after it: `BULLET_LINE`.
BULLET = r"(?:[-*\u2022\u00b7\u25aa\u25cf\u2013>]|\(?\d{1,2}(?:\.\d)?[.)]|\(?[a-f][.)])"
BULLET_LINE = re.compile(rf"^\s*{BULLET}\s*")
GRADE_TERM = (r"(?:(?:requires?|requiring|required)\s+improvement" + TO_BE_GOOD
              + r"?|inadequate|outstanding|good|adequate)")
# The same words for rules that only ask whether a sentence names a grade, in any case.
GRADE_WORDS = (r"(?:outstanding|good|adequate|inadequate|requires?\s+improvement|requiring\s+improvement|"
               r"required\s+improvement)")
GRADE_WORD = re.compile(rf"(?i)\b{GRADE_WORDS}\b")
GRADE_CODES = {"ri": "requires_improvement", "abbr": "requires_improvement", "inadequate": "inadequate",
               "outstanding": "outstanding", "good": "good", "adequate": "adequate"}


def grade_code(match: re.Match) -> str:
    return GRADE_CODES[match.lastgroup]


# Words that may follow a grade that is a judgement ("rated good overall", "good, up from ...",
# "outstanding for leadership"). Any other word makes it an adjective ("good practice").
FOLLOWERS = frozenset(
    "overall rating ratings rated judgement judgements judgment judgments grade grades verdict status score "
    "in for across by and or but with after following from since when where while despite whilst whereas which this that rather instead "
    "last again once too on under according so now today yesterday this year said says say "
    "capacity ofsted inspectors ranking rankings grading gradings assessment mark label tag".split()
)
# An adverb before a grade makes it a description, not a grade: "very good progress".
INTENSIFIERS = frozenset(
    "very really extremely so too quite fairly pretty truly exceptionally genuinely more most less least "
    "particularly especially equally incredibly absolutely hugely good".split()
)

# -- what makes a grade a judgement ------------------------------------------------------------
# A verb or noun of rating: the grade it governs is a judgement, whatever the subject.
RATING_WORDS = frozenset(
    "rated rate rates rating re-rated judged judge judges judging graded grade grades assessed found finds "
    "find deemed deem branded brand brands labelled labeled classed classified considered declared "
    "described describes describe describing given gave give gives awarded awards received receives "
    "achieved achieves achieve secured secures earned earns retained retains retain kept keeps "
    "maintained maintains maintain judgement judgment verdict confirmed confirms concluded "
    "upgraded downgraded improved moved rose risen climbed jumped fell dropped slipped plunged "
    "handed hands hand gained gains won scored scores ranked "
    # headlines in the present tense: "Thurrock improves from requires improvement to good"
    "improves moves rises climbs jumps falls drops slips upgrades downgrades upgrade downgrade "
    "dubbed dubs condemned condemns promoted demoted "
    # "grading it as good", "an overall classification of requires improvement", "gets 'good' grade"
    "grading classification get gets got getting".split()
)
# A copula: its grade is a judgement only when the subject names children's services or an area.
COPULAS = frozenset("is are was were be been being remain remains remained stay stays stayed "
                    "become became becomes becoming".split())
# Between the rating word and the grade: "was rated as", "judged to be", "found to have been".
FILLERS = frozenset(
    "as to be been being have has had is are was were now still again also both all officially overall "
    "once currently consistently an a its their it them it's by ofsted inspectors of the one previously formerly repeat only merely "
    # "the second-highest rating of good", "its second highest 'good' rating", "the lowest grade of inadequate"
    "second second-highest highest lowest second-lowest "
    # "a milestone 'Good' rating", "the coveted outstanding grade"
    "milestone landmark coveted much-coveted prestigious historic hard-won welcome"
    .split()
)

# Words a label of a grade list may hold besides the area ("The experiences and progress of children
# in care: Outstanding", "| Overall effectiveness | Good |").
LABEL_WORDS = frozenset(
    "the experiences experience and progress of impact on social work practice with children families "
    "effectiveness overall judgement judgment grade rating ofsted verdict for in who need needing help "
    "protection care leavers looked after young people".split()
)

# Doubt, hope, negation or a hypothesis before a grade: no claim.
HEDGE = re.compile(
    r"\b(?:bordering|border|close\s+to|almost|nearly|narrowly|"
    r"aim|aims|aiming|aimed|ambition|ambitions|ambitious|aspire|aspires|aspiring|aspiration|hope|hopes|"
    r"hoped|hoping|want|wants|wanted|strive|strives|striving|target|targets|bid|journey|on\s+track|"
    r"on\s+course|could|would|should|might|must|if|unless|whether|short\s+of|"
    # "may", not the month: "in May", "8 May 2019", "May 2019", "last May"
    r"may(?!\s+(?:19|20)\d\d)(?<!\d\smay)(?<!\d\s\smay)(?<!\bin\smay)(?<!\bon\smay)(?<!\bof\smay)(?<!\bby\smay)"
    r"(?<!\bsince\smay)(?<!\bfrom\smay)(?<!\buntil\smay)(?<!\blast\smay)(?<!\bthis\smay)(?<!\bnext\smay)"
    r"(?<!\bearly\smay)(?<!\blate\smay)(?<!\bmid-may)(?<!\bduring\smay)(?<!\bbefore\smay)(?<!\bafter\smay)|"
    r"fail(?:s|ed|ing)?\s+to\s+(?:be|achieve|get|reach|secure|gain|earn|win|retain|keep|maintain)|"
    r"expected|expect|expects|predicted|likely|at\s+risk\s+of|potentially|towards|toward|"
    r"rare|rarely|seeking|seek|chance|until|ensure|ensures|ensuring|make\s+sure|so\s+that|"
    # "next stop has to be 'outstanding'", "we need to be good": what must come, not what was judged
    r"(?:has|have|needs?|got)\s+to\s+(?:be|become|get|reach)|going\s+to\s+be|next\s+(?:stop|step|goal|target|aim)|"
    # "require some improvements to be consistently good", "need to improve to be good", "more work to
    # do to get to good": the grade improving would reach, not the one given ("improved to good" is)
    r"(?:improve|improvements?|work\s+to\s+do|way\s+to\s+go)\s+(?:\w+\s+){0,2}?to\s+(?:be|become|get|reach|achieve)"
    r"(?:\s+(?:to|rated|judged|graded|consistently|truly|fully|at\s+least|an?))*(?=\s*['\"\u2018\u201c]?\s*$)|"
    # "with a few areas that were judged overall as good": areas the sentence does not name
    r"(?:a\s+few|some|several|many|most|certain)\s+(?:other\s+)?(?:areas|aspects|parts|elements|strands)\s+(?:that|which))\b"
)
# The grade continues an earlier one: "remains inadequate", "retained its good rating", "outstanding
# for the second consecutive time", "inadequate again": the earlier inspection had it too.
CONTINUED_BEFORE = re.compile(r"\b(?:remains?|remained|remaining|retain(?:s|ed|ing)?|kept|keeps|maintain(?:s|ed|ing)?|"
                              r"hold(?:s|ing)?|held\s+on(?:to|\s+to)|"
                              r"second\s+(?:consecutive|successive)|repeat|"
                              # "assessed again ... is now good": the inspection is repeated, not the grade
                              r"(?<!assessed\s)(?<!inspected\s)(?<!visited\s)(?<!reviewed\s)(?<!examined\s)again)\b")
CONTINUED_AFTER = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:again|once\s+more|for\s+(?:(?:a|the)\s+)?(?:second|third)\s+"
                             r"(?:consecutive\s+|successive\s+)?time|(?:second|third)\s+time\s+in\s+a\s+row)\b")
# A negation just before a grade: "not good", "was not rated good", "no longer inadequate".
NEGATION = re.compile(r"\b(?:not|n't|never|no\s+longer|nor|neither|rather\s+than|instead\s+of)\b")
# A past rating: "up from inadequate", "previously", "at its last inspection".
PREVIOUS_BEFORE = re.compile(
    r"(?:\b(?:up|down|improved|improving|improvement|moved|moving|rose|risen|climbed|jumped|fell|dropped|"
    r"slipped|upgraded|downgraded|change|changed|went|going)\s+from|\bfrom|\bout\s+of"
    r"|\bfrom\s+(?:the|its|a|an)\s+(?:\w+\s+){0,2}?(?:rating|grade|judgement|judgment|assessment|verdict)\s+of"
    # "having spent seven years as inadequate": the grade it had until now
    r"|\bspen(?:t|ding)\s+(?:\w+\s+){0,3}?(?:years?|months?)\s+(?:as|being|rated|judged)(?:\s+as)?)\s*$"
    r"|\bafter\s+(?:\w+\s+){0,2}?years?\s+of\b|\bafter\s+(?:being|having\s+been)\b|\bfrom\s+(?:19|20)\d\d\s*,?\s*when\b|\bfirst\s+(?:rated|judged|graded|found|deemed|branded|labelled)\b"
    r"|\b(?:previously|formerly|had\s+been|last\s+(?:inspection|inspected|time|rated|judged)|"
    r"(?:previous|last|former|earlier|prior)\s+(?:full\s+|ofsted\s+|overall\s+)*(?:inspection|rating|judgement|judgment|grade)|"
    r"prior|used\s+to\s+be|earlier)\b"
)
# A frame that sets what follows in an earlier inspection ("at the previous inspection in 2014, when
# ...", "eight years after ...", "the last time ... was in 2018, when ...").
EARLIER_FRAME = re.compile(
    r"\b(?:previous|last|earlier|prior|former|old)\s+(?:full\s+|ofsted\s+|standard\s+|graded\s+|single\s+inspection\s+)?"
    r"(?:inspection|framework|regime)\b"
    r"|\b(?:comes?|came|coming)\s+(?:\w+\s+){0,3}?after\b(?!\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:inspection|visit|report|review)s?\b)|\blast\s+time\b|\b(?:the\s+)?last\s+(?:one\s+)?(?:taking|took)\s+place\b|\b(?:years?|months?)\s+(?:after|before|ago)\b|\bwhen\s+(?:it|they|the\s+council)\s+was\s+last\b"
)
NOW = re.compile(r"\b(?:now|today|latest|new|newly|this\s+time|this\s+year|recent|most\s+recent)\b")
PREVIOUS_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:(?:at|in|during|after|following|under)\s+(?:its|the|their|a|his|her)\s+"
    r"(?:last|previous|earlier|prior|former|most\s+recent\s+previous)\b|last\s+time|previously|before\b|"
    r"in\s+the\s+past\b)"
)
# The subject is some other council, or councils in general: no claim unless a name says whose.
OTHER_COUNCIL = re.compile(
    r"\b(?:another|other|others|neighbouring|neighboring|nearby|similar|these|those|such|any|every|"
    r"councils|authorities|areas|nationally|national|country|england|region|regional|average)\b"
)
# The subject is not a council's children's services at all: never a claim.
NOT_SERVICES = re.compile(
    r"\b(?:schools?|academ(?:y|ies)|nurser(?:y|ies)|colleges?|pupils?|homes?|hospitals?|police|agency|"
    r"agencies|providers?|settings?|charity|childminders?|staff|workers|carers|fostering|youth\s+(?:offending|justice)|"
    r"special\s+educational|send)\b"
)

# "in one area", "in three of four judgement criteria"
COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
AREA_COUNT = re.compile(
    r"^\s*(?:in|for|across)\s+(?:just\s+|only\s+)?(?P<n>one|two|three|four|five|[1-5])\s+"
    r"(?:other\s+)?(?:(?:out\s+)?of\s+(?:the\s+|its\s+)?(?:three|four|five|six|[3-6])\s+)?"
    r"(?:key\s+|main\s+|judgement\s+|judgment\s+|inspection\s+)?"
    r"(?:areas?|judgements?|judgments?|categories|category|criteria|criterion|measures?|sections?|themes?)\b"
)
EVERY_AREA = re.compile(
    r"^\s*(?:(?:in|for|across)\s+(?:all|every|each)\s+(?:(?:three|four|five|six|[3-6])\s+)?"
    r"(?:key\s+|main\s+|of\s+the\s+|judgement\s+|judgment\s+|inspection\s+)?"
    r"(?:areas?|judgements?|judgments?|categories|category|criteria|measures?|sections?)\b)"
)

# An inspection still to come: "a new full Ofsted inspection is due in May", "the next inspection",
# "ahead of an inspection expected in the spring". Not the article's inspection, nor a newer one.
FUTURE_INSPECTION = re.compile(
    r"(?i)\b(?:next|future|upcoming|forthcoming|impending|anticipated|expected|planned|scheduled|pending)\s+"
    r"(?:[\w-]+\s+){0,2}?inspections?\b"
    r"|\binspections?\b[^.;]{0,40}?\b(?:is|are|was|were)\s+(?:due|expected|scheduled|planned|anticipated|likely)\b"
    r"|\binspections?\b[^.;]{0,20}?\b(?:will|would)\s+(?:take\s+place|happen|be\s+(?:held|carried\s+out))\b"
    r"|\b(?:ahead\s+of|awaiting|await|prepar(?:e|es|ing)\s+for|readiness\s+for)\s+(?:[\w-]+\s+){0,3}?inspections?\b"
)
