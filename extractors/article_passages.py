"""Readings across an article's sentences, after each sentence is read alone: grades that a sentence
gives to areas another names, tables and series of areas, an inspection as the subject, grades said
before what they grade, grades unchanged or moved, congratulations. Each reading adds claims
(`RawClaim`) for the authority and inspection the sentences give, mostly where no other reading of the
sentence gave one. Pure."""
from __future__ import annotations

from extractors import (article_area_grades, article_area_series, article_area_table, article_areas, article_clauses,
                        article_congratulate, article_from_to, article_inspection_subject, article_pre2013,
                        article_shifted, article_these_areas, article_unchanged)
from extractors import article_words as w
from extractors.article_resolve import CURRENT, PREVIOUS, RawClaim
from extractors.article_sentence import Sentence, graded_before, sole_or_main


def read_passages(sentences: list[Sentence], raws: list[RawClaim], main: str | None,
                  published_year: int | None) -> list[RawClaim]:
    """`raws` (each sentence read alone) with what the readings across sentences add, in order:
    each reading sees what those before it gave."""
    raws = list(raws)
    raws.extend(_listed_areas(sentences, raws, main))
    raws.extend(_this_area(sentences, raws, main))
    raws.extend(_these_areas(sentences, raws, main))
    raws.extend(_inspection_subject(sentences, raws, main))
    raws = _shifted(sentences, raws, main)
    raws.extend(_unchanged(sentences, raws, main))
    raws.extend(_moved(sentences, raws, main))
    raws.extend(_table_areas(sentences, raws, main))
    raws.extend(_series_areas(sentences, raws, main))
    raws.extend(_congratulated(sentences, raws))
    raws.extend(article_pre2013.domain_claims([(s.low, {m.name for m in s.mentions}) for s in sentences], main,
                                              published_year))
    return raws


def _listed_areas(sentences: list[Sentence], raws: list[RawClaim], main: str | None = None) -> list[RawClaim]:
    """A grade for "all categories:" and the areas listed on the lines after it, one a line
    ("Essex achieved 'good' in all categories:" / "1." / "The experience of children looked after
    and achieving permanence"): each area has the grade, for the authority and inspection of the
    line that gives it."""
    added: list[RawClaim] = []
    for index, sentence in enumerate(sentences):
        grade = article_area_grades.list_head(sentence.low)
        own = [r for r in raws if r.sentence == index and r.grade == grade]
        mains = main is not None and not {m.name for m in sentence.mentions} - {main}
        if mains and grade is None:
            grade = article_clauses.count_head(sentence.low)  # "three key areas require improvement:"
            head_is_mains = grade is not None
        else:
            # "the following areas which have all been rated as good:", no other reading of the line
            head_is_mains = mains and not own and not w.PREVIOUS_BEFORE.search(sentence.low) \
                and not w.EARLIER_FRAME.search(sentence.low)
        if head_is_mains:  # the article's authority's current inspection
            own = [RawClaim(main, None, CURRENT, grade, frozenset(), sentence=index)]
        if grade is None or not own or len({(r.authority, r.year, r.role) for r in own}) != 1:
            continue
        for item in sentences[index + 1:index + 13]:
            kinds = article_area_grades.list_item(item.low)
            if kinds is None:
                continue
            if not kinds:
                break
            added.append(RawClaim(own[0].authority, own[0].year, own[0].role, grade, frozenset(kinds), own[0].domain,
                                  True, sentence=index))
    return added


def _this_area(sentences: list[Sentence], raws: list[RawClaim], main: str | None) -> list[RawClaim]:
    """"This area will require improvement to be good": the grade of the one judged area the
    sentence before names, for the article's authority, of its own inspection (not where the
    sentence before speaks of an earlier one, nor where two authorities are in play)."""
    added: list[RawClaim] = []
    for index in range(1, len(sentences)):
        sentence, before = sentences[index], sentences[index - 1]
        grade = article_area_grades.this_area(sentence.low)
        kinds = article_area_grades.named_areas(before.low)
        names = {m.name for m in (*sentence.mentions, *before.mentions)}
        # "children in care and care leavers": one area before 2023, two after; "this area" is which?
        if grade is None or len(kinds) != 1 or kinds == {article_areas.IN_CARE_AND_LEAVERS} or (names - {main}) \
                or main is None \
                or article_area_grades.speaks_of_earlier(before.low) \
                or any(r.sentence == index for r in raws):
            continue
        added.append(RawClaim(main, None, CURRENT, grade, frozenset(kinds), sentence=index))
    return added


def _these_areas(sentences: list[Sentence], raws: list[RawClaim], main: str | None) -> list[RawClaim]:
    """Areas graded through the sentences around them (`article_these_areas`), for the article's
    authority, of its own inspection:
    - "All of these areas were found to require improvement": each judged area the sentence before names;
    - "rated 'requires improvement' in all five areas. These included looking after children, ...": the
      areas the next sentence names, where the article's current reading of the first gave that grade;
      after "in four of five key areas", only when the next sentence names that many;
    - "... good in all four areas inspected." and elsewhere "Ofsted looked at the impact of leaders, ...":
      the areas the inspection judged, where the article gives its authority that one grade as current."""
    if main is None:
        return []
    added: list[RawClaim] = []
    lows = [s.low for s in sentences]
    for index, sentence in enumerate(sentences):
        grade = article_these_areas.these_areas(sentence.low)
        if grade is None or any(r.sentence == index for r in raws):
            continue
        kinds = article_these_areas.areas_before(lows, index)
        names = {m.name for s in sentences[max(0, index - 2):index + 1] for m in s.mentions}
        if not kinds or names - {main} or w.PREVIOUS_BEFORE.search(sentence.low) or w.EARLIER_FRAME.search(sentence.low):
            continue
        added.append(RawClaim(main, None, CURRENT, grade, frozenset(kinds), sentence=index))
    all_areas = [article_these_areas.grade_for_all_areas(low) for low in lows]
    for index in range(len(sentences) - 1):
        grade, count = all_areas[index], None
        if grade is None and (counted := article_these_areas.grade_for_counted_areas(lows[index])):
            grade, count = counted
        kinds = article_these_areas.areas_included(lows[index + 1]) if grade else set()
        own = [r for r in raws if r.sentence == index and r.grade == grade and r.authority == main and r.role == CURRENT]
        names = {m.name for s in sentences[index:index + 2] for m in s.mentions}
        if kinds and own and not names - {main} and count in (None, article_these_areas.judgements_named(lows[index + 1])):
            added.append(RawClaim(main, own[0].year, CURRENT, grade, frozenset(kinds), own[0].domain, sentence=index + 1))
    grades = {g for g in all_areas if g}
    if len(grades) == 1 and not {m.name for s in sentences for m in s.mentions} - {main}:
        grade = grades.pop()
        # the article gives its authority that grade as its current one (here, or in the headline)
        own = [r for r in raws if r.grade == grade and r.authority == main and r.role == CURRENT]
        for at, sentence in enumerate(sentences):
            kinds = article_these_areas.scope_areas(sentence.low)
            if kinds and own:
                added.append(RawClaim(main, own[0].year, CURRENT, grade, frozenset(kinds), own[0].domain, sentence=at))
    return added


def _inspection_subject(sentences: list[Sentence], raws: list[RawClaim], main: str | None) -> list[RawClaim]:
    """"The last full inspection in 2017 was rated 'Requires Improvement'": the overall grade of that
    inspection (`article_inspection_subject`), for the one authority the sentence names, else the
    article's; where no other reading of the sentence gave a claim."""
    added: list[RawClaim] = []
    for index, sentence in enumerate(sentences):
        if any(r.sentence == index for r in raws):
            continue
        found = (article_inspection_subject.inspection_grade(sentence.low)
                 or article_inspection_subject.verdict_that(sentence.low))
        who = sole_or_main(sentence, main)
        if found is None or who is None:
            continue
        added.append(RawClaim(who, found.year, PREVIOUS if found.previous else CURRENT, found.grade,
                              frozenset({article_areas.SERVICE}), explicit=False, sentence=index))
    return added


def _shifted(sentences: list[Sentence], raws: list[RawClaim], main: str | None) -> list[RawClaim]:
    """`raws` and the grades said before what they grade ("Inspectors have rated as 'outstanding' the
    council's leadership, support for children in care ..."): the areas named after the grade
    (`article_shifted`), for the one authority the sentence names, else the article's; each area no
    other reading of the sentence gave. Where those areas do not include overall effectiveness, the
    sentence gives no overall grade: a whole-service reading of it with that grade goes."""
    added: list[RawClaim] = []
    overruled: set[tuple[int, str]] = set()
    for index, sentence in enumerate(sentences):
        found = article_shifted.shifted_grade(sentence.low)
        who = sole_or_main(sentence, main)
        if found is None or who is None:
            continue
        grade, kinds = found
        if article_areas.EFFECTIVENESS not in kinds:
            overruled.add((index, grade))
        said = set().union(*[r.kinds for r in raws if r.sentence == index and r.grade == grade])
        kinds = kinds - said
        if kinds:
            added.append(RawClaim(who, None, CURRENT, grade, frozenset(kinds), sentence=index))
    kept = [r for r in raws if (r.sentence, r.grade) not in overruled or r.kinds & article_areas.SPECIFIC]
    return kept + added


def _unchanged(sentences: list[Sentence], raws: list[RawClaim], main: str | None) -> list[RawClaim]:
    """"The overall level of 'Good' remained the same as at the last report in 2018": the current overall
    grade, and the earlier inspection's the same (`article_unchanged`), for the one authority the
    sentence names, else the article's; where no other reading of the sentence gave that grade."""
    added: list[RawClaim] = []
    for index, sentence in enumerate(sentences):
        found = article_unchanged.unchanged_grade(sentence.low)
        who = sole_or_main(sentence, main)
        if found is None or who is None or any(r.sentence == index and r.grade == found.grade for r in raws):
            continue
        added.extend(_now_and_before(who, found.grade, found.grade, found.earlier_year, index))
    return added


def _now_and_before(who: str, now: str, earlier: str, earlier_year: int | None, index: int) -> list[RawClaim]:
    """The current overall grade and the earlier inspection's, as one sentence gives them."""
    service = frozenset({article_areas.SERVICE})
    return [RawClaim(who, None, CURRENT, now, service, explicit=False, sentence=index),
            RawClaim(who, earlier_year, PREVIOUS, earlier, service, explicit=False, sentence=index)]


def _moved(sentences: list[Sentence], raws: list[RawClaim], main: str | None) -> list[RawClaim]:
    """"saw its 2014 rating go from requires improvement to good": the earlier overall grade and the
    current one (`article_from_to`), for the one authority the sentence names, else the article's;
    where no other reading of the sentence gave a claim."""
    added: list[RawClaim] = []
    for index, sentence in enumerate(sentences):
        if any(r.sentence == index for r in raws):
            continue
        found = article_from_to.grade_move(sentence.low)
        names = {m.name for m in sentence.mentions}
        before = {m.name for m in sentence.mentions if found is not None and m.start < found.at}
        # whose move: the one authority named before it, else (none named at all) the article's
        who = before.pop() if len(before) == 1 and len(names) == 1 else (main if not names else None)
        if found is None or who is None or w.EARLIER_FRAME.search(sentence.low):
            continue
        added.extend(_now_and_before(who, found.now, found.earlier, found.earlier_year, index))
    return added


def _table_areas(sentences: list[Sentence], raws: list[RawClaim], main: str | None) -> list[RawClaim]:
    """Areas and grades set out line by line (`article_area_table`): the authority's the lines
    before name (else the article's), of its own inspection."""
    lines = [(s.low, frozenset(m.name for m in s.mentions)) for s in sentences]
    read = frozenset(r.sentence for r in raws)
    return [RawClaim(owner, None, CURRENT, grade, kinds, sentence=index)
            for index, grade, kinds, owner in article_area_table.table_grades(lines, main, read)]


def _series_areas(sentences: list[Sentence], raws: list[RawClaim], main: str | None) -> list[RawClaim]:
    """Areas each with its grade in a series (`article_area_series`): the one authority the sentence
    names, else the article's (or, in a piece about several, the one just named and graded)."""
    added: list[RawClaim] = []
    several = len({m.name for s in sentences for m in s.mentions}) > 1
    for index, sentence in enumerate(sentences):
        found = article_area_series.series_grades(sentence.low)
        if not found:
            continue
        names = {m.name for m in sentence.mentions}
        first = w.GRADE.search(sentence.low)
        if len(names) > 1 or main is None or (first and article_clauses.unknown_name_before(
                sentence.text, first.start(), [(m.start, m.end) for m in sentence.mentions])):
            continue  # "Ramsbottom was rated good overall, and outstanding for ...": whose, cannot be told
        before = graded_before(sentences, index, raws) if several else None
        owner = names.pop() if names else (before if before not in (None, main) else main)
        added.extend(RawClaim(owner, None, CURRENT, grade, kinds, sentence=index) for grade, kinds in found)
    return added


def _congratulated(sentences: list[Sentence], raws: list[RawClaim]) -> list[RawClaim]:
    """"I congratulate the Isle of Wight Council on securing a good rating from Ofsted": the grade
    of the one authority congratulated, where the sentence gave no other claim."""
    read = {r.sentence for r in raws}
    added = []
    for index, sentence in enumerate(sentences):
        found = None if index in read else (
            article_congratulate.congratulated(sentence.low, sentence.mentions)
            or article_congratulate.celebrated(sentence.low, sentence.written, sentence.mentions, sentence.text))
        if found:
            added.append(RawClaim(found[0], None, CURRENT, found[1], frozenset({article_areas.PRONOUN}),
                                  explicit=False, sentence=index))
    return added
