"""French references and titles: Louis Segond, TOB and Bible du Semeur names and abbreviations.

Protestant Bibles part chapter and verse with a dot ("Jean 3.16", "Jn 3.16-18, 20") and list
with commas; Catholic lectionaries with a comma ("Jn 3, 16", "Jn 3,16.18") and list verses with
a dot, as German does. The first mark between two numbers of a reference decides which of the
two it is written in, so both read.
"""

from __future__ import annotations

import re

from slidegen.scripture.languages.language import (
    BookTable,
    Language,
    book_keys,
    first_names,
    words,
)
from slidegen.scripture.tokens import COMMA_POINT, POINT, comma_list_separator, list_separator

_NAMES: BookTable = (
    ("Genesis", ("Genèse", "gn", "gen", "ge")),
    ("Exodus", ("Exode", "ex", "exo")),
    ("Leviticus", ("Lévitique", "lv", "lev", "lé")),
    ("Numbers", ("Nombres", "nb", "nomb")),
    ("Deuteronomy", ("Deutéronome", "dt", "deut")),
    ("Joshua", ("Josué", "jos")),
    ("Judges", ("Juges", "jg", "jug")),
    ("Ruth", ("Ruth", "rt", "ru")),
    ("1 Samuel", ("Samuel", "s", "sa", "sam")),
    ("2 Samuel", ("Samuel", "s", "sa", "sam")),
    ("1 Kings", ("Rois", "r", "ro")),
    ("2 Kings", ("Rois", "r", "ro")),
    ("1 Chronicles", ("Chroniques", "ch", "chr", "chron")),
    ("2 Chronicles", ("Chroniques", "ch", "chr", "chron")),
    ("Ezra", ("Esdras", "esd")),
    ("Nehemiah", ("Néhémie", "né", "néh")),
    ("Esther", ("Esther", "est")),
    ("Job", ("Job", "jb")),
    ("Psalms", ("Psaumes", "psaume", "ps")),
    ("Proverbs", ("Proverbes", "pr", "prov")),
    ("Ecclesiastes", ("Ecclésiaste", "ec", "ecc", "qohéleth", "qohèleth", "qo")),
    ("Song of Solomon", ("Cantique des cantiques", "cantique", "ct", "cant")),
    ("Isaiah", ("Ésaïe", "és", "isaïe", "is")),
    ("Jeremiah", ("Jérémie", "jr", "jér")),
    ("Lamentations", ("Lamentations", "lm", "la", "lam")),
    ("Ezekiel", ("Ézéchiel", "éz", "éze")),
    ("Daniel", ("Daniel", "dn", "da", "dan")),
    ("Hosea", ("Osée", "os")),
    ("Joel", ("Joël", "jl", "joë")),
    ("Amos", ("Amos", "am")),
    ("Obadiah", ("Abdias", "ab", "abd")),
    ("Jonah", ("Jonas", "jon")),
    ("Micah", ("Michée", "mi", "mic")),
    ("Nahum", ("Nahum", "na")),
    ("Habakkuk", ("Habakuk", "habacuc", "ha", "hab")),
    ("Zephaniah", ("Sophonie", "so", "soph")),
    ("Haggai", ("Aggée", "ag")),
    ("Zechariah", ("Zacharie", "za", "zac")),
    ("Malachi", ("Malachie", "ml", "mal")),
    ("Matthew", ("Matthieu", "mt", "mat")),
    ("Mark", ("Marc", "mc")),
    ("Luke", ("Luc", "lc")),
    ("John", ("Jean", "jn")),
    ("Acts", ("Actes", "actes des apôtres", "ac", "act")),
    ("Romans", ("Romains", "rm", "rom", "ro")),
    ("1 Corinthians", ("Corinthiens", "co", "cor")),
    ("2 Corinthians", ("Corinthiens", "co", "cor")),
    ("Galatians", ("Galates", "ga", "gal")),
    ("Ephesians", ("Éphésiens", "ép", "éph")),
    ("Philippians", ("Philippiens", "ph", "phil")),
    ("Colossians", ("Colossiens", "col")),
    ("1 Thessalonians", ("Thessaloniciens", "th", "thes", "thess")),
    ("2 Thessalonians", ("Thessaloniciens", "th", "thes", "thess")),
    ("1 Timothy", ("Timothée", "tm", "tim", "ti")),
    ("2 Timothy", ("Timothée", "tm", "tim", "ti")),
    ("Titus", ("Tite", "tt", "tit")),
    ("Philemon", ("Philémon", "phm", "philém")),
    ("Hebrews", ("Hébreux", "hé", "héb")),
    ("James", ("Jacques", "jc", "jq", "jac")),
    ("1 Peter", ("Pierre", "p", "pi", "pie")),
    ("2 Peter", ("Pierre", "p", "pi", "pie")),
    ("1 John", ("Jean", "jn")),
    ("2 John", ("Jean", "jn")),
    ("3 John", ("Jean", "jn")),
    ("Jude", ("Jude", "jd")),
    ("Revelation", ("Apocalypse", "ap", "apo", "apoc")),
)

# "1 Jean", "1er Samuel", "1re Jean", "Première épître de Jean" is written "1 Jean" on slides.
_ORDINALS = {
    "1": ("1", "i", "1er", "1re", "1ère", "premier", "première"),
    "2": ("2", "ii", "2e", "2è", "2ème", "2nd", "2nde", "deuxième", "second", "seconde"),
    "3": ("3", "iii", "3e", "3è", "3ème", "troisième"),
}

# The Gospels as sermons name them: "saint Jean", "l'Évangile selon saint Jean".
_GOSPELS = {"Matthew": "matthieu", "Mark": "marc", "Luke": "luc", "John": "jean"}
_GOSPEL_FORMS: BookTable = tuple(
    (
        book,
        (
            f"saint {name}",
            f"st {name}",
            *(
                f"{the}évangile selon {saint}{name}"
                for the in ("", "l'")
                for saint in ("", "saint ")
            ),
        ),
    )
    for book, name in _GOSPELS.items()
)

# The titles the Segond 21 and the Bible du Semeur print. "Ésaïe" is the Protestant name of
# Isaiah (the TOB and Catholic Bibles say "Isaïe"; both read).
# Each is its book's first name in _NAMES.
_TITLES = first_names(_NAMES, "{} ")

_LETTERS = r"[^\W\d_]+"
# "Première épître de Jean", "Épître aux Romains", "Premier livre des Rois": the name is the book.
_LETTER_OF = r"(?:épître|lettre|livre)\s+(?:de|des|du|aux|à)"
_ORDINAL = (
    r"(?:premier|première|deuxième|seconde?|troisième"
    r"|[1-3](?:ère|ème|er|re|nde|nd|è|e)?|iii|ii|i)"
)
_BOOK = re.compile(
    rf"(?P<name>(?:(?:l['’])?évangile\s+selon\s+)?(?:(?:saint|st\.?)\s+(?=[^\W\d_]))?"
    rf"(?:{_ORDINAL}\s*)?(?:{_LETTER_OF}\s+)?{_LETTERS}\.?(?:\s+des\s+{_LETTERS})?)(?!\w)\s*",
    re.I,
)
# "Jean 3.16 et 18", "Rm 3.23 ; 6.23".
_SEPARATOR = list_separator("et")
# Catholic "Jn 3, 16": the comma parts chapter and verse; "3,16.18" lists verses with a dot.
_COMMA_SEPARATOR = comma_list_separator("et")

_DROP = re.compile(rf"\b{_LETTER_OF}\b", re.I)
_KEYS = book_keys(_NAMES + _GOSPEL_FORMS, _ORDINALS)

# "Jean chapitre 3, verset 16", "Jean 3, versets 16 à 18", "Jean 3 v. 16".
_WORDS = words(
    verse=("versets", "verset", "vv", "v"),
    chapter=("chapitres", "chapitre", "chap", "ch"),
    dash=("à", "au"),
)

_CATHOLIC = Language(
    "fr",
    _KEYS,
    _BOOK,
    COMMA_POINT,
    _COMMA_SEPARATOR,
    titles=_TITLES,
    psalm="Psaume",
    mark=".",
    drop=_DROP,
    words=_WORDS,
    name="French",
)

# French churches' slides follow the Protestant Bibles most of them read (Segond 21, NEG,
# Semeur, whose cross-references print "Jean 3.16"), so labels use the dot.
FRENCH = Language(
    "fr",
    _KEYS,
    _BOOK,
    POINT,
    _SEPARATOR,
    titles=_TITLES,
    psalm="Psaume",
    mark=".",
    alternative=_CATHOLIC,
    drop=_DROP,
    words=_WORDS,
    name="French",
)
