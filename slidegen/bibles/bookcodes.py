"""How Bible files name the 66 books: OSIS book ids and the USFM/USFX three-letter ids.

Both are published standards (the OSIS 2.1 book names, the USFM book identifiers). A book is
numbered 1–66 in the Protestant canon's order, as pythonbible's `Book` and Zefania's
`bnumber` number it. Books outside the 66 (Tobit, Sirach…) have no number here: an import
skips them and says so.
"""

from __future__ import annotations

# (OSIS id, USFM id) for books 1–66, in order.
BOOK_IDS: tuple[tuple[str, str], ...] = (
    ("Gen", "GEN"), ("Exod", "EXO"), ("Lev", "LEV"), ("Num", "NUM"), ("Deut", "DEU"),
    ("Josh", "JOS"), ("Judg", "JDG"), ("Ruth", "RUT"), ("1Sam", "1SA"), ("2Sam", "2SA"),
    ("1Kgs", "1KI"), ("2Kgs", "2KI"), ("1Chr", "1CH"), ("2Chr", "2CH"), ("Ezra", "EZR"),
    ("Neh", "NEH"), ("Esth", "EST"), ("Job", "JOB"), ("Ps", "PSA"), ("Prov", "PRO"),
    ("Eccl", "ECC"), ("Song", "SNG"), ("Isa", "ISA"), ("Jer", "JER"), ("Lam", "LAM"),
    ("Ezek", "EZK"), ("Dan", "DAN"), ("Hos", "HOS"), ("Joel", "JOL"), ("Amos", "AMO"),
    ("Obad", "OBA"), ("Jonah", "JON"), ("Mic", "MIC"), ("Nah", "NAM"), ("Hab", "HAB"),
    ("Zeph", "ZEP"), ("Hag", "HAG"), ("Zech", "ZEC"), ("Mal", "MAL"),
    ("Matt", "MAT"), ("Mark", "MRK"), ("Luke", "LUK"), ("John", "JHN"), ("Acts", "ACT"),
    ("Rom", "ROM"), ("1Cor", "1CO"), ("2Cor", "2CO"), ("Gal", "GAL"), ("Eph", "EPH"),
    ("Phil", "PHP"), ("Col", "COL"), ("1Thess", "1TH"), ("2Thess", "2TH"), ("1Tim", "1TI"),
    ("2Tim", "2TI"), ("Titus", "TIT"), ("Phlm", "PHM"), ("Heb", "HEB"), ("Jas", "JAS"),
    ("1Pet", "1PE"), ("2Pet", "2PE"), ("1John", "1JN"), ("2John", "2JN"), ("3John", "3JN"),
    ("Jude", "JUD"), ("Rev", "REV"),
)  # fmt: skip

BOOK_COUNT = len(BOOK_IDS)
OSIS_IDS: dict[str, int] = {osis.lower(): n for n, (osis, _) in enumerate(BOOK_IDS, start=1)}
# Some OSIS files write "Pss" for the Psalms (an older list of names).
OSIS_IDS["pss"] = OSIS_IDS["ps"]
USFM_IDS: dict[str, int] = {usfm: n for n, (_, usfm) in enumerate(BOOK_IDS, start=1)}


def osis_book(osis_id: str) -> int | None:
    """Book number of an OSIS id ("Gen", "1Kgs"), None for one outside the 66."""
    return OSIS_IDS.get(osis_id.strip().lower())


def usfm_book(usfm_id: str) -> int | None:
    """Book number of a USFM/USFX id ("GEN", "1KI"), None for one outside the 66."""
    return USFM_IDS.get(usfm_id.strip().upper()[:3])
