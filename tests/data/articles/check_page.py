"""Is a candidate page for the set already used, or kept away for independent evaluation?

    python tests/data/articles/check_page.py URL [TITLE [BATCH.jsonl ...]]

Checks the address against `../shared/eval/reserved-articles.txt` (and the title against the words of
each reserved address: a copy of the same story), then against the pages of dev.jsonl, heldout.jsonl
and any batch files being gathered (same address, or a near-identical title). Prints one line:
RESERVED / IN SET / ok (exit status 1 unless ok). Never prints any text of the set, so a person
gathering a fresh batch can check pages against the held-out part without reading it."""
import difflib, json, re, sys, pathlib
HERE = pathlib.Path(__file__).resolve().parent
SHARED = HERE.parents[3] / "shared"
from urllib.parse import urlparse, unquote
def norm(u):
    p = urlparse(unquote(u.strip()).lower()); host = re.sub(r"^(www\d?|m|amp)\.", "", p.netloc)
    return host + re.sub(r"/(amp/?)?$", "", p.path)
def tnorm(t): return re.sub(r"[^a-z0-9 ]", "", (t or "").lower()).strip()
if len(sys.argv) < 2:
    sys.exit("usage: check_page.py URL [TITLE [BATCH.jsonl ...]]")
if not (SHARED / "eval" / "reserved-articles.txt").is_file():
    sys.exit(f"error: no reserved list at {SHARED / 'eval' / 'reserved-articles.txt'} (../shared beside the repository)")
url = sys.argv[1]; title = sys.argv[2] if len(sys.argv) > 2 else ""
res = [l.strip() for l in open(str(SHARED / "eval" / "reserved-articles.txt")) if l.strip() and not l.startswith("#")]
if any(norm(r) == norm(url) for r in res): print("RESERVED (address)"); sys.exit(1)
slug = lambda u: tnorm(urlparse(u).path.replace("-", " ").replace("_", " ").replace("/", " "))
for r in res:
    if title and difflib.SequenceMatcher(None, tnorm(title), slug(r)).ratio() > 0.75: print("RESERVED? (title like a reserved address - same story?)"); sys.exit(1)
sets = [(n, pathlib.Path(p)) for n, p in [("dev", str(HERE / "dev.jsonl")), ("held-out", str(HERE / "heldout.jsonl"))]]
sets += [("batch " + p.name, p) for p in (pathlib.Path(p) for p in sys.argv[3:])]
for name, p in sets:
    if not p.is_file(): continue
    for line in p.read_text().splitlines():
        if not line.strip(): continue
        a = json.loads(line)
        if norm(a["url"]) == norm(url): print(f"IN SET ({name}, same address)"); sys.exit(1)
        if title and difflib.SequenceMatcher(None, tnorm(title), tnorm(a.get("title"))).ratio() > 0.85:
            print(f"IN SET? ({name}, near-identical title)"); sys.exit(1)
print("ok")
