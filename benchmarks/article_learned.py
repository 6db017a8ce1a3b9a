"""Would a learned reader do better than the rules? Two classifiers trained on the development set,
measured on the held-out set by the issue's key (authority, area, grade, current or previous).

    pip install -e '.[learn]'   # scikit-learn: only this benchmark needs it
    python benchmarks/article_learned.py [--data tests/data/articles]

1. A gate: each claim the reader makes is scored (its sentence with the authority and the grade
   masked, its role, area, grade, kind of page, whether it is the page's own authority, its year's
   distance from the page's date); claims under a threshold are left out. Trained on the reader's
   right and wrong claims on dev.
2. Additions (overall grades only): every grade word in a sentence with an authority (the nearest
   named before it, else the page's own) is a candidate; a classifier on the words around it says
   current, previous or neither. Trained on dev's labels; a candidate over the threshold is added
   where the reader said nothing of that authority and grade.

Prints precision and recall at each threshold beside the reader alone. Nothing here is used by the
pipeline: it is a measurement, kept so that the figures can be run again on a bigger set.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import articles as bench  # noqa: E402
from extractors.article import extract_article  # noqa: E402
from extractors.authority_mentions import find_mentions  # noqa: E402
from extractors.sentences import drop_quotes, split_sentences  # noqa: E402

_GRADE = re.compile(r"(?i)\b(outstanding|good|inadequate|adequate|requir\w*\s+improvement|RI)\b")
OVERALL = "overall_effectiveness"


def _code(word: str) -> str:
    word = word.lower()
    return "requires_improvement" if word.startswith("requir") or word == "ri" else word


def _masked(sentence: str, authority: str | None) -> str:
    """The sentence with authorities named as self or other, and grade words as their codes."""
    text = sentence
    for m in sorted(find_mentions(sentence), key=lambda m: -m.start):
        text = f"{text[:m.start]} la_{'self' if m.name == authority else 'other'} {text[m.end:]}"
    return _GRADE.sub(lambda m: f" g_{_code(m.group(1))} ", text).lower()


def _read(article: dict):
    record = extract_article(bench.page(article))
    return record, (list(record.claims) if record is not None else [])


# --- 1. a gate on the reader's claims -------------------------------------------------------

def gate_rows(articles: list[dict]) -> list[tuple[str, bool]]:
    rows = []
    for a in articles:
        record, claims = _read(a)
        wrong = {id(c) for c in bench.match(a.get("claims", []), claims, years=False)[1]}
        published = (a.get("published") or "")[:4]
        for c in claims:
            ago = (min(9, int(published) - c["year"]) if c.get("year") and published.isdigit() else "na")
            meta = (f"role_{c['role']} area_{c['area']} grade_{c['grade']} kind_{a.get('kind')} ago_{ago} "
                    f"own_{record.local_authority == c['local_authority']} "
                    f"title_{(c.get('sentence') or '').strip() == (a.get('title') or '').strip()}")
            rows.append((meta + " " + _masked(c.get("sentence") or "", c["local_authority"]), id(c) not in wrong))
    return rows


def gate(dev: list[dict], heldout: list[dict]) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    train, test = gate_rows(dev), gate_rows(heldout)
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"[a-z_0-9']+")
    model = LogisticRegression(max_iter=3000, class_weight="balanced").fit(
        vec.fit_transform([t for t, _ in train]), [ok for _, ok in train])
    scores = model.predict_proba(vec.transform([t for t, _ in test]))[:, 1]
    labelled = sum(len(a.get("claims", [])) for a in heldout)
    print(f"1. gate on the reader's claims (trained on {len(train)} dev claims, {sum(not ok for _, ok in train)} wrong)")
    for threshold in (0.0, 0.3, 0.5, 0.6, 0.7):
        kept = [ok for (_, ok), s in zip(test, scores) if s >= threshold]
        right = sum(kept)
        name = "reader alone" if threshold == 0 else f"gate >= {threshold:.1f}"
        print(f"  {name:<14} precision {right / max(1, len(kept)):6.1%} ({right}/{len(kept)})  "
              f"recall {right / labelled:6.1%} ({right}/{labelled})")


# --- 2. learned additions of overall grades ---------------------------------------------------

def _own(article: dict) -> str | None:
    record = _read(article)[0]
    return record.local_authority if record is not None else None


def candidates(article: dict, own: str | None) -> list[dict]:
    labels = {bench.key(c) for c in article.get("claims", [])}
    out = []
    for i, sentence in enumerate(split_sentences((article.get("title") or "") + "\n" + article["text"])):
        text = drop_quotes(sentence)
        mentions = find_mentions(text)
        for m in _GRADE.finditer(text):
            before = [x for x in mentions if x.end <= m.start()]
            who = before[-1].name if before else (mentions[0].name if mentions else own)
            if who is None:
                continue
            grade = _code(m.group(1))
            masked = _masked(text[:m.start()] + " GRADEHERE " + text[m.end():], who)
            left, _, right = masked.partition("gradehere")
            role = next((r for r in ("current", "previous") if (who, OVERALL, grade, r) in labels), "none")
            out.append({"who": who, "grade": grade, "role": role,
                        "text": (f"L: {' '.join(left.split()[-12:])} R: {' '.join(right.split()[:12])} "
                                 f"grade_{grade} kind_{article.get('kind')} sent_{min(i, 3)} "
                                 f"names_{min(len({x.name for x in mentions}), 2)}")})
    return out


def additions(dev: list[dict], heldout: list[dict]) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    train = [c for a in dev for c in candidates(a, _own(a))]
    vec = TfidfVectorizer(ngram_range=(1, 3), min_df=2, sublinear_tf=True, token_pattern=r"[a-z_0-9']+")
    model = LogisticRegression(max_iter=3000, C=4.0).fit(vec.fit_transform([c["text"] for c in train]),
                                                         [c["role"] for c in train])
    classes = list(model.classes_)
    truth, rule, best = set(), set(), defaultdict(float)
    for n, a in enumerate(heldout):
        record, claims = _read(a)
        truth |= {(n, *bench.key(c)) for c in a.get("claims", []) if c["area"] == OVERALL}
        rule |= {(n, *bench.key(c)) for c in claims if c["area"] == OVERALL}
        cands = candidates(a, record.local_authority if record is not None else None)
        if cands:
            for c, p in zip(cands, model.predict_proba(vec.transform([c["text"] for c in cands]))):
                for role in ("current", "previous"):
                    k = (n, c["who"], OVERALL, c["grade"], role)
                    best[k] = max(best[k], p[classes.index(role)])

    def line(name: str, claimed: set) -> str:
        right = len(claimed & truth)
        return (f"  {name:<22} precision {right / max(1, len(claimed)):6.1%} ({right}/{len(claimed)})  "
                f"recall {right / len(truth):6.1%} ({right}/{len(truth)})")

    print(f"\n2. learned additions, overall grades only (trained on {len(train)} dev candidates)")
    print(line("reader alone", rule))
    for threshold in (0.7, 0.8, 0.9, 0.95):
        added = {k for k, p in best.items() if p >= threshold and not any(r[:4] == k[:4] for r in rule)}
        right = len(added & truth)
        print(line(f"reader + model >= {threshold:.2f}", rule | added) + f"  additions right {right}/{len(added)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "articles")
    args = parser.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("error: this benchmark needs scikit-learn: pip install -e '.[learn]'", file=sys.stderr)
        return 2
    dev, heldout = bench.load(args.data / "dev.jsonl"), bench.load(args.data / "heldout.jsonl")
    if not dev or not heldout:
        print(f"error: no labelled articles in {args.data} (dev.jsonl, heldout.jsonl)", file=sys.stderr)
        return 2
    print(f"trained on dev ({len(dev)} articles), measured on held-out ({len(heldout)} articles); "
          "the issue's key, years not compared\n")
    gate(dev, heldout)
    additions(dev, heldout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
