"""The map of England coloured by current overall effectiveness, drawn only if it can be right.

The boundaries are local authority districts (reference/local-authority-districts-2023.geojson,
ONS, May 2023). A children's services authority is one district (ONS codes E06 unitary, E08
metropolitan, E09 London: the district's code is the authority's own, reference/authorities.csv;
two metropolitan districts ONS has recoded since, by name, in reference/district-recodes.csv)
or a county, the union of its shire districts (E07), which the file does not name. Which county
each E07 district belongs to is in reference/district-county-2023.csv (ONS's district-to-county
lookup of April 2023, written out by hand), and is checked on every build:

- every English feature (E06-E09) maps to exactly one authority of reference/authorities.csv:
  its own code, or for an E07 district the county the lookup names (and the lookup gives the
  same district name as the file, so a mistyped code cannot pass);
- every lookup row is a feature of the file, and every authority gets at least one feature;
- the districts of each county touch one another (share boundary points): a district given to
  the wrong county would stand apart from it.

If any check fails there is no map, and the page says why in one line: a wrong map is worse
than none. Drawn, each district takes its authority's colour, and the outline drawn on top is
each authority's own (boundary segments shared by two districts of one county are left out).
"""
from __future__ import annotations

import copy
import csv
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from publish.charts import GRADE_COLOURS, GRADE_LABELS, GRADE_ORDER, _config, template

NO_GRADE = "No current grade"
NO_GRADE_COLOUR = "#d8d8d8"
ENGLISH = ("E06", "E07", "E08", "E09")
CODE_VERSION = "map-1"  # change it when the way the map is drawn changes (its chart is kept between builds)
PRECISION = 5  # decimal places of a boundary point, when comparing points of two districts


class MapRefused(Exception):
    """Why the districts cannot be mapped to authorities with certainty (one line)."""


@dataclass
class MapResult:
    svg: str | None
    note: str | None
    legend: list = field(default_factory=list)


def default_geojson() -> Path:
    return Path(str(resources.files("reference").joinpath("local-authority-districts-2023.geojson")))


def district_counties() -> list[dict]:
    text = resources.files("reference").joinpath("district-county-2023.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def district_recodes() -> dict[str, dict]:
    """Boundary code -> the row naming the code its authority has now (reference/district-recodes.csv)."""
    text = resources.files("reference").joinpath("district-recodes.csv").read_text(encoding="utf-8")
    return {r["boundary_code"]: r for r in csv.DictReader(text.splitlines())}


def _rings(geometry: dict) -> list[list]:
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    if geometry["type"] == "MultiPolygon":
        return [ring for polygon in geometry["coordinates"] for ring in polygon]
    raise MapRefused(f"a feature's geometry is a {geometry['type']}, not a polygon")


def _point(c) -> tuple[float, float]:
    return (round(c[0], PRECISION), round(c[1], PRECISION))


def assign(features: list[dict], authorities: list[dict], lookup: list[dict],
           recodes: dict[str, dict] | None = None) -> dict[str, int]:
    """District code -> URN of its authority, for every English feature; MapRefused if any
    feature, lookup row or authority does not fit exactly."""
    recodes = district_recodes() if recodes is None else recodes
    by_ons = {a["ons_code"]: a for a in authorities if a.get("ons_code")}
    county_of = {}
    for row in lookup:
        if row["district_code"] in county_of:
            raise MapRefused(f"district {row['district_code']} is in the county lookup twice")
        county_of[row["district_code"]] = row
    names = {}
    out: dict[str, int] = {}
    for f in features:
        props = f.get("properties") or {}
        code, name = props.get("LAD23CD") or "", (props.get("LAD23NM") or "").strip()
        if not code.startswith(ENGLISH):
            continue
        if code in names:
            raise MapRefused(f"district {code} appears twice in the boundaries")
        names[code] = name
        if code.startswith("E07"):
            row = county_of.get(code)
            if row is None:
                raise MapRefused(f"district {code} ({name}) is in no county of the lookup")
            if row["district_name"] != name:
                raise MapRefused(f"district {code} is {name!r} in the boundaries but {row['district_name']!r} "
                                 f"in the county lookup")
            authority = by_ons.get(row["county_code"])
            if authority is None or authority["name"] != row["county_name"]:
                raise MapRefused(f"county {row['county_code']} ({row['county_name']}) of district {code} is not "
                                 f"an authority of reference/authorities.csv")
        else:
            recode = recodes.get(code)
            if recode is not None:  # the same district under the code ONS gave it since, by name
                if not (recode["name"] == name == (by_ons.get(recode["authority_code"]) or {}).get("name")):
                    raise MapRefused(f"district {code} ({name}) was recoded {recode['authority_code']} for "
                                     f"{recode['name']}, but the names disagree")
                code_now = recode["authority_code"]
            else:
                code_now = code
            authority = by_ons.get(code_now)
            if authority is None:
                raise MapRefused(f"district {code} ({name}) is no authority of reference/authorities.csv")
        out[code] = authority["urn"]
    missing = sorted(set(county_of) - set(names))
    if missing:
        raise MapRefused(f"the county lookup names districts the boundaries lack: {', '.join(missing[:5])}")
    unmapped = sorted(a["name"] for a in authorities if a.get("ons_code") and a["urn"] not in set(out.values()))
    if unmapped:
        raise MapRefused(f"no boundary for {len(unmapped)} authorities: {', '.join(unmapped[:5])}")
    _check_counties_touch(features, out)
    return out


def _check_counties_touch(features: list[dict], urn_of: dict[str, int]) -> None:
    points = {}
    for f in features:
        code = f["properties"]["LAD23CD"]
        if code.startswith("E07"):
            points[code] = {_point(c) for ring in _rings(f["geometry"]) for c in ring}
    members = defaultdict(list)
    for code in sorted(points):
        members[urn_of[code]].append(code)
    for urn, codes in members.items():
        reached, todo = {codes[0]}, [codes[0]]
        while todo:
            here = todo.pop()
            for other in codes:
                if other not in reached and len(points[here] & points[other]) >= 2:
                    reached.add(other)
                    todo.append(other)
        if len(reached) != len(codes):
            apart = sorted(set(codes) - reached)
            raise MapRefused(f"districts {', '.join(apart)} do not touch the rest of their county (URN {urn})")


def _outlines(features: list[dict], urn_of: dict[str, int]) -> list[dict]:
    """Each authority's outline: its districts' boundary segments less those inside it (both ends
    on the boundary of another district of the same authority: the generalised boundaries of two
    neighbours share their points, not always their segments)."""
    rings_of = defaultdict(list)
    for f in sorted(features, key=lambda f: f["properties"]["LAD23CD"]):
        code = f["properties"]["LAD23CD"]
        if code in urn_of:
            rings_of[urn_of[code]].append((code, [[_point(c) for c in ring] for ring in _rings(f["geometry"])]))
    out = []
    for urn in sorted(rings_of):
        districts = rings_of[urn]
        points = {code: {p for ring in rings for p in ring} for code, rings in districts}
        lines = set()
        for code, rings in districts:
            others = [pts for other, pts in points.items() if other != code]
            for ring in rings:
                for a, b in zip(ring, ring[1:]):
                    if a != b and not any(a in pts and b in pts for pts in others):
                        lines.add((min(a, b), max(a, b)))
        out.append({"type": "Feature", "properties": {"urn": urn},
                    "geometry": {"type": "MultiLineString", "coordinates": [[list(a), list(b)] for a, b in sorted(lines)]}})
    return out


def _signed_area(ring: list) -> float:
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:])) / 2


def _d3_winding(geometry: dict) -> dict:
    """The geometry with its rings wound as Vega's d3-geo needs (outer rings clockwise, holes
    anticlockwise, in longitude/latitude): wound the other way (as RFC 7946 asks), d3 takes a
    district for the whole globe less the district."""
    def polygon(rings):
        out = []
        for i, ring in enumerate(rings):
            clockwise = _signed_area(ring) < 0
            out.append(ring if clockwise == (i == 0) else ring[::-1])
        return out
    if geometry["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": polygon(geometry["coordinates"])}
    return {"type": "MultiPolygon", "coordinates": [polygon(p) for p in geometry["coordinates"]]}


def _template() -> dict:
    """The map's spec with no data, built and checked by altair once (checking 300 boundaries
    against the Vega-Lite schema costs more than drawing them), kept with the other templates."""
    return template("map", _build_template)


def _build_template() -> dict:
    import altair as alt

    domain = [GRADE_LABELS[g] for g in GRADE_ORDER] + [NO_GRADE]
    colours = [GRADE_COLOURS[g] for g in GRADE_ORDER] + [NO_GRADE_COLOUR]
    # each district stroked in its own fill colour, so no seam of the generalised boundaries
    # shows inside a county; the white outlines on top are the authorities'
    scale = alt.Scale(domain=domain, range=colours)
    fill = alt.Chart(alt.Data(values=[{}])).mark_geoshape(strokeWidth=0.8).encode(
        color=alt.Color("properties.grade:N", scale=scale, legend=None),
        stroke=alt.Stroke("properties.grade:N", scale=scale, legend=None))
    lines = alt.Chart(alt.Data(values=[{}])).mark_geoshape(filled=False, stroke="white", strokeWidth=0.7)
    chart = (fill + lines).project(type="mercator").properties(
        width=560, height=680, title="Current overall effectiveness by authority")
    return _config(chart).to_dict()


def spec(features: list[dict], urn_of: dict[str, int], authorities: list[dict]) -> dict:
    by_urn = {a["urn"]: a for a in authorities}
    shapes = []
    for f in sorted(features, key=lambda f: f["properties"]["LAD23CD"]):
        code = f["properties"]["LAD23CD"]
        if code not in urn_of:
            continue
        a = by_urn[urn_of[code]]
        grade = a.get("current_overall")
        shapes.append({"type": "Feature", "geometry": _d3_winding(f["geometry"]),
                       "properties": {"district": code, "authority": a["name"],
                                      "grade": GRADE_LABELS[grade] if grade else NO_GRADE}})
    out = copy.deepcopy(_template())
    out["layer"][0]["data"] = {"values": shapes}
    out["layer"][1]["data"] = {"values": _outlines(features, urn_of)}
    return out


def build(authorities: list[dict], geojson=None, renderer=None) -> MapResult:
    """The map's SVG, or None and the reason there is none."""
    path = Path(geojson) if geojson else default_geojson()
    try:
        raw = path.read_bytes()
        features = json.loads(raw)["features"]
    except (OSError, ValueError, KeyError, TypeError) as e:
        return MapResult(None, f"the boundaries at {path} cannot be read ({type(e).__name__})")
    try:
        urn_of = assign(features, authorities, district_counties())
    except MapRefused as e:
        return MapResult(None, str(e))
    legend = [(f"g-{g}", GRADE_LABELS[g]) for g in GRADE_ORDER] + [("g-none", NO_GRADE)]
    if renderer is None:
        return MapResult(None, "no chart renderer", legend)
    grades = {a["urn"]: a.get("current_overall") for a in authorities}
    inputs = json.dumps({"boundaries": hashlib.sha256(raw).hexdigest(), "template": _template(),
                         "code": CODE_VERSION, "assigned": sorted((c, u, grades.get(u) or "") for c, u in urn_of.items()),
                         "names": sorted((a["urn"], a["name"]) for a in authorities)}, sort_keys=True)
    svg = renderer.svg("map-england", inputs=inputs, make=lambda: spec(features, urn_of, authorities))
    return MapResult(svg, None, legend)
