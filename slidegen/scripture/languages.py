"""References written in another language: book names, abbreviations and punctuation.

`language: es`, `pt` or `de` in an outline reads "Juan 3:16", "Jo 3.16" or "Joh 3,16" with the
same strict parser as English (references.py); only the tokens differ. The book tables were
written for slidegen from the common Spanish (Reina-Valera, NVI), Portuguese (Almeida, NVI) and
German (Luther, Loccum list) book names and abbreviations, and map onto the English canonical
names of books.py. A name a language does not list falls back to the English table, so
"John 3:16" still reads in a Spanish outline.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from slidegen.scripture.books import BOOKS_BY_NAME, BookInfo
from slidegen.scripture.tokens import POINT, SEPARATOR

LANGUAGES = ("en", "es", "pt", "de")

# (English canonical name, the language's names and abbreviations). For numbered books the
# forms are of the unnumbered part; every ordinal spelling of the language is put before them.
_SPANISH: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Genesis", ("génesis", "gén", "gn", "ge")),
    ("Exodus", ("éxodo", "éx", "ex", "éxo")),
    ("Leviticus", ("levítico", "lev", "lv")),
    ("Numbers", ("números", "núm", "nm", "nu")),
    ("Deuteronomy", ("deuteronomio", "deut", "dt")),
    ("Joshua", ("josué", "jos")),
    ("Judges", ("jueces", "jue", "jc")),
    ("Ruth", ("rut", "rt")),
    ("1 Samuel", ("samuel", "sam", "s", "sa")),
    ("2 Samuel", ("samuel", "sam", "s", "sa")),
    ("1 Kings", ("reyes", "re", "r", "rey")),
    ("2 Kings", ("reyes", "re", "r", "rey")),
    ("1 Chronicles", ("crónicas", "cró", "cr", "cro")),
    ("2 Chronicles", ("crónicas", "cró", "cr", "cro")),
    ("Ezra", ("esdras", "esd")),
    ("Nehemiah", ("nehemías", "neh")),
    ("Esther", ("ester", "est")),
    ("Job", ("job",)),
    ("Psalms", ("salmos", "salmo", "sal", "sl")),
    ("Proverbs", ("proverbios", "prov", "pr", "pro")),
    ("Ecclesiastes", ("eclesiastés", "ecl", "ec", "qohélet")),
    ("Song of Solomon", ("cantares", "cantar de los cantares", "cant", "cnt", "ct")),
    ("Isaiah", ("isaías", "is", "isa")),
    ("Jeremiah", ("jeremías", "jer", "jr")),
    ("Lamentations", ("lamentaciones", "lam", "lm")),
    ("Ezekiel", ("ezequiel", "ez", "eze")),
    ("Daniel", ("daniel", "dn", "dan")),
    ("Hosea", ("oseas", "os")),
    ("Joel", ("joel", "jl")),
    ("Amos", ("amós", "am")),
    ("Obadiah", ("abdías", "abd")),
    ("Jonah", ("jonás", "jon")),
    ("Micah", ("miqueas", "miq", "mi")),
    ("Nahum", ("nahúm", "nah")),
    ("Habakkuk", ("habacuc", "hab")),
    ("Zephaniah", ("sofonías", "sof")),
    ("Haggai", ("hageo", "hag")),
    ("Zechariah", ("zacarías", "zac")),
    ("Malachi", ("malaquías", "mal")),
    ("Matthew", ("mateo", "san mateo", "mt", "mat")),
    ("Mark", ("marcos", "san marcos", "mc", "mr", "mar")),
    ("Luke", ("lucas", "san lucas", "lc", "luc")),
    ("John", ("juan", "san juan", "jn", "jua")),
    ("Acts", ("hechos", "hechos de los apóstoles", "hch", "hech", "hec")),
    ("Romans", ("romanos", "rom", "ro", "rm")),
    ("1 Corinthians", ("corintios", "cor", "co")),
    ("2 Corinthians", ("corintios", "cor", "co")),
    ("Galatians", ("gálatas", "gál", "gá", "ga")),
    ("Ephesians", ("efesios", "ef", "efe")),
    ("Philippians", ("filipenses", "fil", "flp")),
    ("Colossians", ("colosenses", "col")),
    ("1 Thessalonians", ("tesalonicenses", "tes", "ts")),
    ("2 Thessalonians", ("tesalonicenses", "tes", "ts")),
    ("1 Timothy", ("timoteo", "tim", "ti")),
    ("2 Timothy", ("timoteo", "tim", "ti")),
    ("Titus", ("tito", "tit")),
    ("Philemon", ("filemón", "flm", "filem")),
    ("Hebrews", ("hebreos", "heb", "he")),
    ("James", ("santiago", "stg", "sant", "st")),
    ("1 Peter", ("pedro", "pe", "ped")),
    ("2 Peter", ("pedro", "pe", "ped")),
    ("1 John", ("juan", "jn")),
    ("2 John", ("juan", "jn")),
    ("3 John", ("juan", "jn")),
    ("Jude", ("judas", "jud")),
    ("Revelation", ("apocalipsis", "ap", "apoc", "revelación")),
)

# Brazilian and European Portuguese (Almeida, NVI). "Jo" is John and "Jó" is Job: the accent
# decides, so a name is looked up as written before it is looked up without accents.
_PORTUGUESE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Genesis", ("gênesis", "génesis", "gn", "gên")),
    ("Exodus", ("êxodo", "êx", "ex")),
    ("Leviticus", ("levítico", "lv", "lev")),
    ("Numbers", ("números", "nm", "núm")),
    ("Deuteronomy", ("deuteronômio", "deuteronómio", "dt", "deut")),
    ("Joshua", ("josué", "js")),
    ("Judges", ("juízes", "jz")),
    ("Ruth", ("rute", "rt")),
    ("1 Samuel", ("samuel", "sm")),
    ("2 Samuel", ("samuel", "sm")),
    ("1 Kings", ("reis", "rs")),
    ("2 Kings", ("reis", "rs")),
    ("1 Chronicles", ("crônicas", "crónicas", "cr")),
    ("2 Chronicles", ("crônicas", "crónicas", "cr")),
    ("Ezra", ("esdras", "ed", "esd")),
    ("Nehemiah", ("neemias", "ne")),
    ("Esther", ("ester", "et")),
    ("Job", ("jó",)),
    ("Psalms", ("salmos", "salmo", "sl")),
    ("Proverbs", ("provérbios", "pv", "prov")),
    ("Ecclesiastes", ("eclesiastes", "ec", "ecl")),
    ("Song of Solomon", ("cantares", "cântico dos cânticos", "ct")),
    ("Isaiah", ("isaías", "is")),
    ("Jeremiah", ("jeremias", "jr")),
    ("Lamentations", ("lamentações", "lm")),
    ("Ezekiel", ("ezequiel", "ez")),
    ("Daniel", ("daniel", "dn")),
    ("Hosea", ("oseias", "oséias", "os")),
    ("Joel", ("joel", "jl")),
    ("Amos", ("amós", "am")),
    ("Obadiah", ("obadias", "ob")),
    ("Jonah", ("jonas", "jn")),
    ("Micah", ("miqueias", "miquéias", "mq")),
    ("Nahum", ("naum", "na")),
    ("Habakkuk", ("habacuque", "hc")),
    ("Zephaniah", ("sofonias", "sf")),
    ("Haggai", ("ageu", "ag")),
    ("Zechariah", ("zacarias", "zc")),
    ("Malachi", ("malaquias", "ml")),
    ("Matthew", ("mateus", "mt")),
    ("Mark", ("marcos", "mc")),
    ("Luke", ("lucas", "lc")),
    ("John", ("joão", "jo")),
    ("Acts", ("atos", "at", "atos dos apóstolos")),
    ("Romans", ("romanos", "rm")),
    ("1 Corinthians", ("coríntios", "co", "cor")),
    ("2 Corinthians", ("coríntios", "co", "cor")),
    ("Galatians", ("gálatas", "gl")),
    ("Ephesians", ("efésios", "ef")),
    ("Philippians", ("filipenses", "fp", "fl")),
    ("Colossians", ("colossenses", "cl")),
    ("1 Thessalonians", ("tessalonicenses", "ts")),
    ("2 Thessalonians", ("tessalonicenses", "ts")),
    ("1 Timothy", ("timóteo", "tm")),
    ("2 Timothy", ("timóteo", "tm")),
    ("Titus", ("tito", "tt")),
    ("Philemon", ("filemom", "fm")),
    ("Hebrews", ("hebreus", "hb")),
    ("James", ("tiago", "tg")),
    ("1 Peter", ("pedro", "pe")),
    ("2 Peter", ("pedro", "pe")),
    ("1 John", ("joão", "jo")),
    ("2 John", ("joão", "jo")),
    ("3 John", ("joão", "jo")),
    ("Jude", ("judas", "jd")),
    ("Revelation", ("apocalipse", "ap")),
)

_GERMAN: tuple[tuple[str, tuple[str, ...]], ...] = (
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

_ORDINALS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "1": ("1", "i", "1a", "1o", "primera", "primero", "primer", "primera de", "1 de"),
        "2": ("2", "ii", "2a", "2o", "segunda", "segundo", "segunda de", "2 de"),
        "3": ("3", "iii", "3a", "3o", "tercera", "tercero", "tercera de", "3 de"),
    },
    "pt": {
        "1": ("1", "i", "1o", "1a", "primeiro", "primeira"),
        "2": ("2", "ii", "2o", "2a", "segundo", "segunda"),
        "3": ("3", "iii", "3o", "3a", "terceiro", "terceira"),
    },
    "de": {
        "1": ("1", "i", "erste", "erster", "ersten"),
        "2": ("2", "ii", "zweite", "zweiter", "zweiten"),
        "3": ("3", "iii", "dritte", "dritter", "dritten"),
    },
}

_NOT_KEY_CHARS = re.compile(r"[^0-9a-z]+")
_NOT_WORD_CHARS = re.compile(r"[\W_]+")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})

# A book name in a language with accented letters, ordinal words and "de los" inside names.
_LETTERS = r"[^\W\d_]+"
_ORDINAL_WORDS = (
    r"(?:primera|primero|primer|primeiro|primeira|segunda|segundo|tercera|tercero|terceiro|terceira"
    r"|erste[rn]?|zweite[rn]?|dritte[rn]?)"
)
_BOOK_PATTERN = (
    rf"(?:(?:san|st\.?|saint)\s+(?=[^\W\d_]))?"
    rf"(?:(?:{_ORDINAL_WORDS}|[1-5](?:\.|ª|º|a\b|o\b)?|iii|ii|i)\s*(?:de\s+)?)?"
    rf"{_LETTERS}\.?(?:\s+(?:de\s+los|de\s+las|de|of\s+the|of)\s+{_LETTERS}\.?)?"
)
_BOOK = re.compile(rf"(?P<name>{_BOOK_PATTERN})(?!\w)\s*", re.I)

# German "Joh 3,16": the comma parts chapter and verse; "3,16.18" lists verses with a dot.
_GERMAN_POINT = re.compile(
    r"(?P<a>[0-9]+)(?:\s*,\s*(?P<b>[0-9]+))?(?P<part>[abc])?(?![a-z0-9])", re.I
)
_GERMAN_SEPARATOR = re.compile(r"\s*(?:(;)(?:\s*und\b)?|(\.)(?=\s*[0-9])|\s(und)\b|(&))\s*", re.I)
# Spanish "Juan 3:16 y 18", Portuguese "João 3:16 e 18".
_LIST_SEPARATOR = re.compile(r"\s*(?:([,;])(?:\s*(?:y\b|e\b|&))?|\s(y|e)\b|(&))\s*", re.I)


def key_of(name: str) -> str:
    """The lookup key of a name in any language: lowercase ASCII letters and digits."""
    plain = unicodedata.normalize("NFKD", name.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return _NOT_KEY_CHARS.sub("", plain)


def _umlaut_key(name: str) -> str:
    """ "Römer" as people type it without umlauts, "Roemer"."""
    return key_of(name.lower().translate(_UMLAUTS))


@dataclass(frozen=True)
class Language:
    """How references are written in one language: the parser reads its tokens from here."""

    code: str
    books: dict[str, BookInfo] = field(default_factory=dict)
    book: re.Pattern[str] | None = None  # None: the English book pattern
    point: re.Pattern[str] = POINT
    separator: re.Pattern[str] = SEPARATOR
    exact: dict[str, BookInfo] = field(default_factory=dict)  # keys that keep their accents

    def find_book(self, name: str) -> BookInfo | None:
        """The book `name` names in this language; None when it names none (English is next)."""
        return self.exact.get(_exact_key(name)) or self.books.get(key_of(name))

    def separator_kind(self, match: re.Match[str]) -> str:
        """What a separator stands for: ";" starts a new chapter, anything else reads as ","."""
        return ";" if match.group(1) == ";" else ","


def _exact_key(name: str) -> str:
    return _NOT_WORD_CHARS.sub("", unicodedata.normalize("NFC", name.lower()))


def _books(
    code: str, table: tuple[tuple[str, tuple[str, ...]], ...], exact: bool = False
) -> dict[str, BookInfo]:
    """The language's names by lookup key: without accents, or as written when `exact`."""
    found: dict[str, BookInfo] = {}
    for canonical, forms in table:
        info = BOOKS_BY_NAME[canonical]
        number, _, _ = canonical.partition(" ")
        ordinals = _ORDINALS[code].get(number, ("",))
        for ordinal in ordinals:
            for form in forms:
                spelt = f"{ordinal} {form}".strip()
                keys = (_exact_key(spelt),) if exact else (key_of(spelt), _umlaut_key(spelt))
                for key in keys:
                    found.setdefault(key, info)
    return found


ENGLISH = Language("en")
_BY_CODE = {
    "en": ENGLISH,
    "es": Language("es", _books("es", _SPANISH), _BOOK, POINT, _LIST_SEPARATOR),
    "pt": Language(
        "pt",
        _books("pt", _PORTUGUESE),
        _BOOK,
        POINT,
        _LIST_SEPARATOR,
        _books("pt", _PORTUGUESE, True),
    ),
    "de": Language("de", _books("de", _GERMAN), _BOOK, _GERMAN_POINT, _GERMAN_SEPARATOR),
}


def get_language(code: str | None) -> Language:
    """The Language for `code` ("en", "es", "de"); KeyError for any other (check with LANGUAGES)."""
    return _BY_CODE[(code or "en").lower()]


def display_name(book: str, language: str = "en", one_psalm: bool = False) -> str:
    """The name `language` gives `book` (an English canonical name) on a slide; English names
    for a language without a table. `one_psalm`: "Psalm 23" but "Psalms 23–24"."""
    if book == "Psalms" and one_psalm:
        return "Psalm"
    return book
