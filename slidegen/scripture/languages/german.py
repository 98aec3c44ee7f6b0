"""German references and titles: Luther and Einheitsübersetzung names, the Loccum abbreviations.

German puts a comma between chapter and verse ("Joh 3,16") and lists verses with a dot
("Joh 3,16.18").
"""

from __future__ import annotations

from slidegen.scripture.languages.language import (
    LATIN_BOOK,
    BookTable,
    Language,
    book_keys,
    titles,
    words,
)
from slidegen.scripture.tokens import COMMA_POINT, comma_list_separator

_NAMES: BookTable = (
    ("Genesis", ("genesis", "gen", "1. mose", "1 mose", "1mo", "1. mo", "1 mo")),
    ("Exodus", ("exodus", "ex", "2. mose", "2 mose", "2mo", "2. mo", "2 mo")),
    ("Leviticus", ("levitikus", "lev", "3. mose", "3 mose", "3mo", "3. mo", "3 mo")),
    ("Numbers", ("numeri", "num", "4. mose", "4 mose", "4mo", "4. mo", "4 mo")),
    ("Deuteronomy", ("deuteronomium", "dtn", "5. mose", "5 mose", "5mo", "5. mo", "5 mo")),
    ("Joshua", ("josua", "jos")),
    ("Judges", ("richter", "ri")),
    ("Ruth", ("rut", "ruth", "rt")),
    ("1 Samuel", ("samuel", "sam", "sm")),
    ("2 Samuel", ("samuel", "sam", "sm")),
    ("1 Kings", ("könige", "kön", "kg", "kö")),
    ("2 Kings", ("könige", "kön", "kg", "kö")),
    ("1 Chronicles", ("chronik", "chr")),
    ("2 Chronicles", ("chronik", "chr")),
    ("Ezra", ("esra", "esr")),
    ("Nehemiah", ("nehemia", "neh")),
    ("Esther", ("ester", "esther", "est")),
    ("Job", ("hiob", "ijob", "ijob", "hi", "hiob")),
    ("Psalms", ("psalmen", "psalm", "ps")),
    ("Proverbs", ("sprüche", "sprichwörter", "spr")),
    ("Ecclesiastes", ("prediger", "kohelet", "pred", "koh")),
    ("Song of Solomon", ("hoheslied", "hohelied", "hld", "hl")),
    ("Isaiah", ("jesaja", "jes")),
    ("Jeremiah", ("jeremia", "jer")),
    ("Lamentations", ("klagelieder", "klgl", "kla")),
    ("Ezekiel", ("hesekiel", "ezechiel", "hes", "ez")),
    ("Daniel", ("daniel", "dan", "da")),
    ("Hosea", ("hosea", "hos")),
    ("Joel", ("joel", "joe")),
    ("Amos", ("amos", "am")),
    ("Obadiah", ("obadja", "obd", "ob")),
    ("Jonah", ("jona", "jon")),
    ("Micah", ("micha", "mi")),
    ("Nahum", ("nahum", "nah")),
    ("Habakkuk", ("habakuk", "hab")),
    ("Zephaniah", ("zefanja", "zephanja", "zef")),
    ("Haggai", ("haggai", "hag")),
    ("Zechariah", ("sacharja", "sach")),
    ("Malachi", ("maleachi", "mal")),
    ("Matthew", ("matthäus", "mt", "matth")),
    ("Mark", ("markus", "mk", "mark")),
    ("Luke", ("lukas", "lk", "luk")),
    ("John", ("johannes", "joh", "jh")),
    ("Acts", ("apostelgeschichte", "apg")),
    ("Romans", ("römer", "röm", "rö")),
    ("1 Corinthians", ("korinther", "kor")),
    ("2 Corinthians", ("korinther", "kor")),
    ("Galatians", ("galater", "gal")),
    ("Ephesians", ("epheser", "eph")),
    ("Philippians", ("philipper", "phil")),
    ("Colossians", ("kolosser", "kol")),
    ("1 Thessalonians", ("thessalonicher", "thess", "th")),
    ("2 Thessalonians", ("thessalonicher", "thess", "th")),
    ("1 Timothy", ("timotheus", "tim")),
    ("2 Timothy", ("timotheus", "tim")),
    ("Titus", ("titus", "tit")),
    ("Philemon", ("philemon", "phlm", "philem")),
    ("Hebrews", ("hebräer", "hebr", "hebr")),
    ("James", ("jakobus", "jak")),
    ("1 Peter", ("petrus", "petr", "pt")),
    ("2 Peter", ("petrus", "petr", "pt")),
    ("1 John", ("johannes", "joh")),
    ("2 John", ("johannes", "joh")),
    ("3 John", ("johannes", "joh")),
    ("Jude", ("judas", "jud")),
    ("Revelation", ("offenbarung", "offb", "off", "apokalypse")),
)

_ORDINALS = {
    "1": ("1", "i", "erste", "erster", "ersten"),
    "2": ("2", "ii", "zweite", "zweiter", "zweiten"),
    "3": ("3", "iii", "dritte", "dritter", "dritten"),
}

# The titles Luther 2017 prints. Its "1. Mose" to "5. Mose" (not Genesis to Deuteronomium, as
# the Einheitsübersetzung has them) are what most German Protestant churches say and read; a
# Catholic church's own Bible file brings its names, which naming.py puts first.
_TITLES = titles("""
1. Mose
2. Mose
3. Mose
4. Mose
5. Mose
Josua
Richter
Rut
1. Samuel
2. Samuel
1. Könige
2. Könige
1. Chronik
2. Chronik
Esra
Nehemia
Ester
Hiob
Psalmen
Sprüche
Prediger
Hoheslied
Jesaja
Jeremia
Klagelieder
Hesekiel
Daniel
Hosea
Joel
Amos
Obadja
Jona
Micha
Nahum
Habakuk
Zefanja
Haggai
Sacharja
Maleachi
Matthäus
Markus
Lukas
Johannes
Apostelgeschichte
Römer
1. Korinther
2. Korinther
Galater
Epheser
Philipper
Kolosser
1. Thessalonicher
2. Thessalonicher
1. Timotheus
2. Timotheus
Titus
Philemon
Hebräer
Jakobus
1. Petrus
2. Petrus
1. Johannes
2. Johannes
3. Johannes
Judas
Offenbarung
""")

# "Joh 3,16": the comma parts chapter and verse; "3,16.18" lists verses with a dot.
_SEPARATOR = comma_list_separator("und")

# "Johannes Kapitel 3, Vers 16", "Joh Kap. 3, V. 16", "Joh 3,16 bis 18".
_WORDS = words(
    verse=("verse", "vers", "vv", "v"),
    chapter=("kapitel", "kap"),
    dash=("bis",),
)

GERMAN = Language(
    "de",
    book_keys(_NAMES, _ORDINALS),
    LATIN_BOOK,
    COMMA_POINT,
    _SEPARATOR,
    titles=_TITLES,
    psalm="Psalm",
    mark=",",
    words=_WORDS,
)
