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
    titles,
    words,
)
from slidegen.scripture.tokens import POINT

_NAMES: BookTable = (
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
    ("James", ("santiago", "stgo", "stg", "sant", "st")),
    ("1 Peter", ("pedro", "pe", "ped")),
    ("2 Peter", ("pedro", "pe", "ped")),
    ("1 John", ("juan", "jn")),
    ("2 John", ("juan", "jn")),
    ("3 John", ("juan", "jn")),
    ("Jude", ("judas", "jud")),
    ("Revelation", ("apocalipsis", "ap", "apoc", "revelación")),
)

_ORDINALS = {
    # "1a.", "1ra.", "1er", "2da.", "1o." as church bulletins abbreviate them.
    "1": (
        "1",
        "i",
        "1a",
        "1ra",
        "1o",
        "1ro",
        "1er",
        "primera",
        "primero",
        "primer",
        "primera de",
        "1 de",
    ),
    "2": ("2", "ii", "2a", "2da", "2o", "2do", "segunda", "segundo", "segunda de", "2 de"),
    "3": ("3", "iii", "3a", "3ra", "3o", "3ro", "3er", "tercera", "tercero", "tercera de", "3 de"),
}

# The titles Reina-Valera 1960 prints.
_TITLES = titles("""
Génesis
Éxodo
Levítico
Números
Deuteronomio
Josué
Jueces
Rut
1 Samuel
2 Samuel
1 Reyes
2 Reyes
1 Crónicas
2 Crónicas
Esdras
Nehemías
Ester
Job
Salmos
Proverbios
Eclesiastés
Cantares
Isaías
Jeremías
Lamentaciones
Ezequiel
Daniel
Oseas
Joel
Amós
Abdías
Jonás
Miqueas
Nahúm
Habacuc
Sofonías
Hageo
Zacarías
Malaquías
Mateo
Marcos
Lucas
Juan
Hechos
Romanos
1 Corintios
2 Corintios
Gálatas
Efesios
Filipenses
Colosenses
1 Tesalonicenses
2 Tesalonicenses
1 Timoteo
2 Timoteo
Tito
Filemón
Hebreos
Santiago
1 Pedro
2 Pedro
1 Juan
2 Juan
3 Juan
Judas
Apocalipsis
""")

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
)
