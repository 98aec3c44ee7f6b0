"""French references and titles: Louis Segond, TOB and Bible du Semeur names and abbreviations.

Protestant Bibles part chapter and verse with a dot ("Jean 3.16", "Jn 3.16-18, 20") and list
with commas; Catholic lectionaries with a comma ("Jn 3, 16", "Jn 3,16.18") and list verses with
a dot, as German does. The first mark between two numbers of a reference decides which of the
two it is written in, so both read.
"""

from __future__ import annotations

import re

from slidegen.scripture.languages.language import BookTable, Language, book_keys, titles, words
from slidegen.scripture.tokens import COMMA_POINT, POINT, comma_list_separator, list_separator

_NAMES: BookTable = (
    ("Genesis", ("genèse", "gn", "gen", "ge")),
    ("Exodus", ("exode", "ex", "exo")),
    ("Leviticus", ("lévitique", "lv", "lev", "lé")),
    ("Numbers", ("nombres", "nb", "nomb")),
    ("Deuteronomy", ("deutéronome", "dt", "deut")),
    ("Joshua", ("josué", "jos")),
    ("Judges", ("juges", "jg", "jug")),
    ("Ruth", ("ruth", "rt", "ru")),
    ("1 Samuel", ("samuel", "s", "sa", "sam")),
    ("2 Samuel", ("samuel", "s", "sa", "sam")),
    ("1 Kings", ("rois", "r", "ro")),
    ("2 Kings", ("rois", "r", "ro")),
    ("1 Chronicles", ("chroniques", "ch", "chr", "chron")),
    ("2 Chronicles", ("chroniques", "ch", "chr", "chron")),
    ("Ezra", ("esdras", "esd")),
    ("Nehemiah", ("néhémie", "né", "néh")),
    ("Esther", ("esther", "est")),
    ("Job", ("job", "jb")),
    ("Psalms", ("psaumes", "psaume", "ps")),
    ("Proverbs", ("proverbes", "pr", "prov")),
    ("Ecclesiastes", ("ecclésiaste", "ec", "ecc", "qohéleth", "qohèleth", "qo")),
    ("Song of Solomon", ("cantique des cantiques", "cantique", "ct", "cant")),
    ("Isaiah", ("ésaïe", "és", "isaïe", "is")),
    ("Jeremiah", ("jérémie", "jr", "jér")),
    ("Lamentations", ("lamentations", "lm", "la", "lam")),
    ("Ezekiel", ("ézéchiel", "éz", "éze")),
    ("Daniel", ("daniel", "dn", "da", "dan")),
    ("Hosea", ("osée", "os")),
    ("Joel", ("joël", "jl", "joë")),
    ("Amos", ("amos", "am")),
    ("Obadiah", ("abdias", "ab", "abd")),
    ("Jonah", ("jonas", "jon")),
    ("Micah", ("michée", "mi", "mic")),
    ("Nahum", ("nahum", "na")),
    ("Habakkuk", ("habakuk", "habacuc", "ha", "hab")),
    ("Zephaniah", ("sophonie", "so", "soph")),
    ("Haggai", ("aggée", "ag")),
    ("Zechariah", ("zacharie", "za", "zac")),
    ("Malachi", ("malachie", "ml", "mal")),
    ("Matthew", ("matthieu", "mt", "mat")),
    ("Mark", ("marc", "mc")),
    ("Luke", ("luc", "lc")),
    ("John", ("jean", "jn")),
    ("Acts", ("actes", "actes des apôtres", "ac", "act")),
    ("Romans", ("romains", "rm", "rom", "ro")),
    ("1 Corinthians", ("corinthiens", "co", "cor")),
    ("2 Corinthians", ("corinthiens", "co", "cor")),
    ("Galatians", ("galates", "ga", "gal")),
    ("Ephesians", ("éphésiens", "ép", "éph")),
    ("Philippians", ("philippiens", "ph", "phil")),
    ("Colossians", ("colossiens", "col")),
    ("1 Thessalonians", ("thessaloniciens", "th", "thes", "thess")),
    ("2 Thessalonians", ("thessaloniciens", "th", "thes", "thess")),
    ("1 Timothy", ("timothée", "tm", "tim", "ti")),
    ("2 Timothy", ("timothée", "tm", "tim", "ti")),
    ("Titus", ("tite", "tt", "tit")),
    ("Philemon", ("philémon", "phm", "philém")),
    ("Hebrews", ("hébreux", "hé", "héb")),
    ("James", ("jacques", "jc", "jq", "jac")),
    ("1 Peter", ("pierre", "p", "pi", "pie")),
    ("2 Peter", ("pierre", "p", "pi", "pie")),
    ("1 John", ("jean", "jn")),
    ("2 John", ("jean", "jn")),
    ("3 John", ("jean", "jn")),
    ("Jude", ("jude", "jd")),
    ("Revelation", ("apocalypse", "ap", "apo", "apoc")),
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
_TITLES = titles("""
Genèse
Exode
Lévitique
Nombres
Deutéronome
Josué
Juges
Ruth
1 Samuel
2 Samuel
1 Rois
2 Rois
1 Chroniques
2 Chroniques
Esdras
Néhémie
Esther
Job
Psaumes
Proverbes
Ecclésiaste
Cantique des cantiques
Ésaïe
Jérémie
Lamentations
Ézéchiel
Daniel
Osée
Joël
Amos
Abdias
Jonas
Michée
Nahum
Habakuk
Sophonie
Aggée
Zacharie
Malachie
Matthieu
Marc
Luc
Jean
Actes
Romains
1 Corinthiens
2 Corinthiens
Galates
Éphésiens
Philippiens
Colossiens
1 Thessaloniciens
2 Thessaloniciens
1 Timothée
2 Timothée
Tite
Philémon
Hébreux
Jacques
1 Pierre
2 Pierre
1 Jean
2 Jean
3 Jean
Jude
Apocalypse
""")

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
)
