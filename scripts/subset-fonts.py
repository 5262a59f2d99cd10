#!/usr/bin/env python3
"""Makes the shop's two web fonts (app/fonts/*.woff2) from the full files kept in app/fonts/source/.

Keeps only what the French and English pages use:
- the characters of Latin-1 (French accents, « », non-breaking space, ×, °, ·), œ Œ Ÿ, typographic quotes and
  apostrophes, dashes, …, €, ™, and U+202F, the narrow no-break space of Intl's French number formatting (drawn
  with the font's thin space, or its space: otherwise a fallback font draws it and can make the line taller);
- the weights the CSS asks for: Inter 400-700 as a variable font (normal, font-medium, font-semibold, <strong>
  and table headers), Fraunces at 600 only (every font-serif in the shop is font-semibold but three, which
  then show at 600 too);
- the OpenType features the text needs (kerning, ligatures, marks, tabular figures of the admin tables).

Redo after changing a source font, the characters or the weights:
    apt-get install python3-fonttools python3-brotli   # or: pip install fonttools brotli
    python3 scripts/subset-fonts.py
"""

from io import BytesIO
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

FONTS_DIR = Path(__file__).resolve().parent.parent / "app" / "fonts"

# (source in app/fonts/source, output in app/fonts, weight axis: a (min, max) range or one static weight)
FONTS = [
    ("inter-latin-wght.woff2", "inter-fr-en-wght-400-700.woff2", (400, 700)),
    ("fraunces-latin-wght.woff2", "fraunces-fr-en-600.woff2", 600),
]

NARROW_NO_BREAK_SPACE = 0x202F
THIN_SPACE = 0x2009

UNICODES = [
    *range(0x20, 0x7F),  # ASCII
    *range(0xA0, 0x100),  # Latin-1: French accents, « », no-break space, ×, °, ·, ©
    0x131, 0x152, 0x153, 0x178,  # ı Œ œ Ÿ
    0x2C6, 0x2DA, 0x2DC,  # ˆ ˚ ˜
    THIN_SPACE, NARROW_NO_BREAK_SPACE,
    *range(0x2010, 0x2015),  # hyphens and dashes
    *range(0x2018, 0x201F),  # ‘ ’ ‚ “ ” „
    0x2022, 0x2026, 0x2030, 0x2032, 0x2033, 0x2039, 0x203A, 0x2044,  # • … ‰ ′ ″ ‹ › ⁄
    0x20AC, 0x2122, 0x2190, 0x2191, 0x2192, 0x2193, 0x2212,  # € ™ arrows −
]

LAYOUT_FEATURES = ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk", "tnum"]


def map_narrow_no_break_space(font: TTFont) -> None:
    """Draws U+202F with the thin space (or the space) when the font has no glyph of its own for it."""
    for table in font["cmap"].tables:
        if table.isUnicode() and NARROW_NO_BREAK_SPACE not in table.cmap:
            table.cmap[NARROW_NO_BREAK_SPACE] = table.cmap.get(THIN_SPACE, table.cmap[0x20])


def make(source: str, output: str, weight) -> None:
    font = TTFont(FONTS_DIR / "source" / source)
    font = instancer.instantiateVariableFont(font, {"wght": weight})
    # Saved and read again: the subsetter of fontTools 4.38 cannot read the glyph variations of a font instanced in memory.
    buffer = BytesIO()
    font.save(buffer)
    font = TTFont(buffer)
    map_narrow_no_break_space(font)
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = LAYOUT_FEATURES
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    target = FONTS_DIR / output
    font.save(target)
    print(f"{output}: {target.stat().st_size / 1000:.1f} kB")


if __name__ == "__main__":
    for source, output, weight in FONTS:
        make(source, output, weight)
