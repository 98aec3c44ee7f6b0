"""Spanish references and titles: Reina-Valera and NVI book names and abbreviations.

The tables were written for slidegen from the common Spanish book names (Reina-Valera 1960,
NVI) and map onto the English canonical names of books.py.
"""

from __future__ import annotations

from slidegen.scripture.languages.language import (
    LATIN_BOOK,
    LIST_SEPARATOR,
    BookTable,
    Language,
    book_keys,
    first_names,
    words,
)
from slidegen.scripture.tokens import POINT

_NAMES: BookTable = (
    ("Genesis", ("Génesis", "gén", "gn", "ge")),
    ("Exodus", ("Éxodo", "éx", "ex", "éxo")),
    ("Leviticus", ("Levítico", "lev", "lv")),
    ("Numbers", ("Números", "núm", "nm", "nu")),
    ("Deuteronomy", ("Deuteronomio", "deut", "dt")),
    ("Joshua", ("Josué", "jos")),
    ("Judges", ("Jueces", "jue", "jc")),
    ("Ruth", ("Rut", "rt")),
    ("1 Samuel", ("Samuel", "sam", "s", "sa")),
    ("2 Samuel", ("Samuel", "sam", "s", "sa")),
    ("1 Kings", ("Reyes", "re", "r", "rey")),
    ("2 Kings", ("Reyes", "re", "r", "rey")),
    ("1 Chronicles", ("Crónicas", "cró", "cr", "cro")),
    ("2 Chronicles", ("Crónicas", "cró", "cr", "cro")),
    ("Ezra", ("Esdras", "esd")),
    ("Nehemiah", ("Nehemías", "neh")),
    ("Esther", ("Ester", "est")),
    ("Job", ("Job",)),
    ("Psalms", ("Salmos", "salmo", "sal", "sl")),
    ("Proverbs", ("Proverbios", "prov", "pr", "pro")),
    ("Ecclesiastes", ("Eclesiastés", "ecl", "ec", "qohélet")),
    ("Song of Solomon", ("Cantares", "cantar de los cantares", "cant", "cnt", "ct")),
    ("Isaiah", ("Isaías", "is", "isa")),
    ("Jeremiah", ("Jeremías", "jer", "jr")),
    ("Lamentations", ("Lamentaciones", "lam", "lm")),
    ("Ezekiel", ("Ezequiel", "ez", "eze")),
    ("Daniel", ("Daniel", "dn", "dan")),
    ("Hosea", ("Oseas", "os")),
    ("Joel", ("Joel", "jl")),
    ("Amos", ("Amós", "am")),
    ("Obadiah", ("Abdías", "abd")),
    ("Jonah", ("Jonás", "jon")),
    ("Micah", ("Miqueas", "miq", "mi")),
    ("Nahum", ("Nahúm", "nah")),
    ("Habakkuk", ("Habacuc", "hab")),
    ("Zephaniah", ("Sofonías", "sof")),
    ("Haggai", ("Hageo", "hag")),
    ("Zechariah", ("Zacarías", "zac")),
    ("Malachi", ("Malaquías", "mal")),
    ("Matthew", ("Mateo", "san mateo", "mt", "mat")),
    ("Mark", ("Marcos", "san marcos", "mc", "mr", "mar")),
    ("Luke", ("Lucas", "san lucas", "lc", "luc")),
    ("John", ("Juan", "san juan", "jn", "jua")),
    ("Acts", ("Hechos", "hechos de los apóstoles", "hch", "hech", "hec")),
    ("Romans", ("Romanos", "rom", "ro", "rm")),
    ("1 Corinthians", ("Corintios", "cor", "co")),
    ("2 Corinthians", ("Corintios", "cor", "co")),
    ("Galatians", ("Gálatas", "gál", "gá", "ga")),
    ("Ephesians", ("Efesios", "ef", "efe")),
    ("Philippians", ("Filipenses", "fil", "flp")),
    ("Colossians", ("Colosenses", "col")),
    ("1 Thessalonians", ("Tesalonicenses", "tes", "ts")),
    ("2 Thessalonians", ("Tesalonicenses", "tes", "ts")),
    ("1 Timothy", ("Timoteo", "tim", "ti")),
    ("2 Timothy", ("Timoteo", "tim", "ti")),
    ("Titus", ("Tito", "tit")),
    ("Philemon", ("Filemón", "flm", "filem")),
    ("Hebrews", ("Hebreos", "heb", "he")),
    ("James", ("Santiago", "stgo", "stg", "sant", "st")),
    ("1 Peter", ("Pedro", "pe", "ped")),
    ("2 Peter", ("Pedro", "pe", "ped")),
    ("1 John", ("Juan", "jn")),
    ("2 John", ("Juan", "jn")),
    ("3 John", ("Juan", "jn")),
    ("Jude", ("Judas", "jud")),
    ("Revelation", ("Apocalipsis", "ap", "apoc", "revelación")),
)

# "1a.", "1ra.", "1er", "2da.", "1o." as church bulletins abbreviate them; each also with "de"
# ("Primera de Corintios", "1ra de Corintios").
_NUMBERS = {
    "1": ("1", "i", "1a", "1ra", "1o", "1ro", "1er", "primera", "primero", "primer"),
    "2": ("2", "ii", "2a", "2da", "2o", "2do", "segunda", "segundo"),
    "3": ("3", "iii", "3a", "3ra", "3o", "3ro", "3er", "tercera", "tercero"),
}
_ORDINALS = {n: (*forms, *(f"{form} de" for form in forms)) for n, forms in _NUMBERS.items()}

# The titles Reina-Valera 1960 prints.
# Each is its book's first name in _NAMES.
_TITLES = first_names(_NAMES, "{} ")

# "Juan capítulo 3, versículo 16", "Juan 3, versículos 16 al 18".
_WORDS = words(
    verse=("versículos", "versiculos", "versículo", "versiculo", "vers", "vs", "vv", "v"),
    chapter=("capítulos", "capitulos", "capítulo", "capitulo", "caps", "cap"),
    dash=("al", "a", "hasta"),
)

SPANISH = Language(
    "es",
    book_keys(_NAMES, _ORDINALS),
    LATIN_BOOK,
    POINT,
    LIST_SEPARATOR,
    titles=_TITLES,
    psalm="Salmo",
    words=_WORDS,
    name="Spanish",
)
