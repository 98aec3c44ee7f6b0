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
    first_names,
    words,
)
from slidegen.scripture.tokens import COMMA_POINT, comma_list_separator

_NAMES: BookTable = (
    ("Genesis", ("1. Mose", "genesis", "gen", "1 mose", "1mo", "1. mo", "1 mo")),
    ("Exodus", ("2. Mose", "exodus", "ex", "2 mose", "2mo", "2. mo", "2 mo")),
    ("Leviticus", ("3. Mose", "levitikus", "lev", "3 mose", "3mo", "3. mo", "3 mo")),
    ("Numbers", ("4. Mose", "numeri", "num", "4 mose", "4mo", "4. mo", "4 mo")),
    ("Deuteronomy", ("5. Mose", "deuteronomium", "dtn", "5 mose", "5mo", "5. mo", "5 mo")),
    ("Joshua", ("Josua", "jos")),
    ("Judges", ("Richter", "ri")),
    ("Ruth", ("Rut", "ruth", "rt")),
    ("1 Samuel", ("Samuel", "sam", "sm")),
    ("2 Samuel", ("Samuel", "sam", "sm")),
    ("1 Kings", ("Könige", "kön", "kg", "kö")),
    ("2 Kings", ("Könige", "kön", "kg", "kö")),
    ("1 Chronicles", ("Chronik", "chr")),
    ("2 Chronicles", ("Chronik", "chr")),
    ("Ezra", ("Esra", "esr")),
    ("Nehemiah", ("Nehemia", "neh")),
    ("Esther", ("Ester", "esther", "est")),
    ("Job", ("Hiob", "ijob", "hi")),
    ("Psalms", ("Psalmen", "psalm", "ps")),
    ("Proverbs", ("Sprüche", "sprichwörter", "spr")),
    ("Ecclesiastes", ("Prediger", "kohelet", "pred", "koh")),
    ("Song of Solomon", ("Hoheslied", "hohelied", "hld", "hl")),
    ("Isaiah", ("Jesaja", "jes")),
    ("Jeremiah", ("Jeremia", "jer")),
    ("Lamentations", ("Klagelieder", "klgl", "kla")),
    ("Ezekiel", ("Hesekiel", "ezechiel", "hes", "ez")),
    ("Daniel", ("Daniel", "dan", "da")),
    ("Hosea", ("Hosea", "hos")),
    ("Joel", ("Joel", "joe")),
    ("Amos", ("Amos", "am")),
    ("Obadiah", ("Obadja", "obd", "ob")),
    ("Jonah", ("Jona", "jon")),
    ("Micah", ("Micha", "mi")),
    ("Nahum", ("Nahum", "nah")),
    ("Habakkuk", ("Habakuk", "hab")),
    ("Zephaniah", ("Zefanja", "zephanja", "zef")),
    ("Haggai", ("Haggai", "hag")),
    ("Zechariah", ("Sacharja", "sach")),
    ("Malachi", ("Maleachi", "mal")),
    ("Matthew", ("Matthäus", "mt", "matth")),
    ("Mark", ("Markus", "mk", "mark")),
    ("Luke", ("Lukas", "lk", "luk")),
    ("John", ("Johannes", "joh", "jh")),
    ("Acts", ("Apostelgeschichte", "apg")),
    ("Romans", ("Römer", "röm", "rö")),
    ("1 Corinthians", ("Korinther", "kor")),
    ("2 Corinthians", ("Korinther", "kor")),
    ("Galatians", ("Galater", "gal")),
    ("Ephesians", ("Epheser", "eph")),
    ("Philippians", ("Philipper", "phil")),
    ("Colossians", ("Kolosser", "kol")),
    ("1 Thessalonians", ("Thessalonicher", "thess", "th")),
    ("2 Thessalonians", ("Thessalonicher", "thess", "th")),
    ("1 Timothy", ("Timotheus", "tim")),
    ("2 Timothy", ("Timotheus", "tim")),
    ("Titus", ("Titus", "tit")),
    ("Philemon", ("Philemon", "phlm", "philem")),
    ("Hebrews", ("Hebräer", "hebr")),
    ("James", ("Jakobus", "jak")),
    ("1 Peter", ("Petrus", "petr", "pt")),
    ("2 Peter", ("Petrus", "petr", "pt")),
    ("1 John", ("Johannes", "joh")),
    ("2 John", ("Johannes", "joh")),
    ("3 John", ("Johannes", "joh")),
    ("Jude", ("Judas", "jud")),
    ("Revelation", ("Offenbarung", "offb", "off", "apokalypse")),
)

_ORDINALS = {
    "1": ("1", "i", "erste", "erster", "ersten"),
    "2": ("2", "ii", "zweite", "zweiter", "zweiten"),
    "3": ("3", "iii", "dritte", "dritter", "dritten"),
}

# The titles Luther 2017 prints. Its "1. Mose" to "5. Mose" (not Genesis to Deuteronomium, as
# the Einheitsübersetzung has them) are what most German Protestant churches say and read; a
# Catholic church's own Bible file brings its names, which naming.py puts first.
# Each is its book's first name in _NAMES.
_TITLES = first_names(_NAMES, "{}. ")

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
    name="German",
)
