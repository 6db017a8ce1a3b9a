"""The font the authority timelines are drawn and shown in: `SiteSans`, DejaVu Sans cut down to
Latin-1 and common punctuation (publish/static/site-sans.ttf, 23 kB; licence beside it).

Why a font of the site's own: vl-convert measures every label of a chart with the font named in
the spec, and its cost grows with the size of the font file. The whole DejaVu Sans (750 kB) makes
the ~100 timelines of a first build take a third longer. The site bundles the font (site.css
declares it), so a browser shows the labels in the very font they were measured with; where it
is missing (a chart file opened on its own), `sans-serif` stands in.

Made once, by hand, from Debian's fonts-dejavu-core (needs fonttools, not a dependency):

    pip install fonttools==4.68.0
    python -m publish.font /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf

The Bitstream Vera licence lets the font be modified if it is renamed (no "Bitstream" nor
"Vera" in its name), hence SiteSans.
"""
from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

FAMILY = "SiteSans"
CSS_FAMILY = f"{FAMILY}, sans-serif"  # what a chart spec names
FILE = "site-sans.ttf"
UNICODES = "U+0020-007E,U+00A0-00FF,U+2013-2014,U+2018-201D,U+2026"


def folder() -> str:
    """The folder holding the font (publish/static), for vl_convert.register_font_directory."""
    return str(Path(str(resources.files("publish").joinpath("static"))))


def make(source: str, target: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    subset.main([source, f"--unicodes={UNICODES}", f"--output-file={target}", "--no-hinting",
                 "--desubroutinize", "--drop-tables+=FFTM"])
    font = TTFont(target)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 6, 16):
            record.string = FAMILY
        elif record.nameID == 3:
            record.string = f"{FAMILY} Regular"
        elif record.nameID == 17:
            record.string = "Regular"
    font.save(target)


if __name__ == "__main__":
    make(sys.argv[1], Path(__file__).with_name("static") / FILE)
