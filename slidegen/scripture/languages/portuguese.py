"""Portuguese references and titles: Almeida and NVI book names and abbreviations.

Brazilian and European Portuguese. "Jo" is John and "Jó" is Job: the accent decides, so a name
is looked up as written before it is looked up without accents.
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
    ("Genesis", ("Gênesis", "génesis", "gn", "gên")),
    ("Exodus", ("Êxodo", "êx", "ex")),
    ("Leviticus", ("Levítico", "lv", "lev")),
    ("Numbers", ("Números", "nm", "núm")),
    ("Deuteronomy", ("Deuteronômio", "deuteronómio", "dt", "deut")),
    ("Joshua", ("Josué", "js")),
    ("Judges", ("Juízes", "jz")),
    ("Ruth", ("Rute", "rt")),
    ("1 Samuel", ("Samuel", "sm")),
    ("2 Samuel", ("Samuel", "sm")),
    ("1 Kings", ("Reis", "rs")),
    ("2 Kings", ("Reis", "rs")),
    ("1 Chronicles", ("Crônicas", "crónicas", "cr")),
    ("2 Chronicles", ("Crônicas", "crónicas", "cr")),
    ("Ezra", ("Esdras", "ed", "esd")),
    ("Nehemiah", ("Neemias", "ne")),
    ("Esther", ("Ester", "et")),
    ("Job", ("Jó",)),
    ("Psalms", ("Salmos", "salmo", "sl")),
    ("Proverbs", ("Provérbios", "pv", "prov")),
    ("Ecclesiastes", ("Eclesiastes", "ec", "ecl")),
    ("Song of Solomon", ("Cantares", "cântico dos cânticos", "ct")),
    ("Isaiah", ("Isaías", "is")),
    ("Jeremiah", ("Jeremias", "jr")),
    ("Lamentations", ("Lamentações", "lm")),
    ("Ezekiel", ("Ezequiel", "ez")),
    ("Daniel", ("Daniel", "dn")),
    ("Hosea", ("Oseias", "oséias", "os")),
    ("Joel", ("Joel", "jl")),
    ("Amos", ("Amós", "am")),
    ("Obadiah", ("Obadias", "ob")),
    ("Jonah", ("Jonas", "jn")),
    ("Micah", ("Miqueias", "miquéias", "mq")),
    ("Nahum", ("Naum", "na")),
    ("Habakkuk", ("Habacuque", "hc")),
    ("Zephaniah", ("Sofonias", "sf")),
    ("Haggai", ("Ageu", "ag")),
    ("Zechariah", ("Zacarias", "zc")),
    ("Malachi", ("Malaquias", "ml")),
    ("Matthew", ("Mateus", "mt")),
    ("Mark", ("Marcos", "mc")),
    ("Luke", ("Lucas", "lc")),
    ("John", ("João", "jo")),
    ("Acts", ("Atos", "at", "atos dos apóstolos")),
    ("Romans", ("Romanos", "rm")),
    ("1 Corinthians", ("Coríntios", "co", "cor")),
    ("2 Corinthians", ("Coríntios", "co", "cor")),
    ("Galatians", ("Gálatas", "gl")),
    ("Ephesians", ("Efésios", "ef")),
    ("Philippians", ("Filipenses", "fp", "fl")),
    ("Colossians", ("Colossenses", "cl")),
    ("1 Thessalonians", ("Tessalonicenses", "ts")),
    ("2 Thessalonians", ("Tessalonicenses", "ts")),
    ("1 Timothy", ("Timóteo", "tm")),
    ("2 Timothy", ("Timóteo", "tm")),
    ("Titus", ("Tito", "tt")),
    ("Philemon", ("Filemom", "fm")),
    ("Hebrews", ("Hebreus", "hb")),
    ("James", ("Tiago", "tg")),
    ("1 Peter", ("Pedro", "pe")),
    ("2 Peter", ("Pedro", "pe")),
    ("1 John", ("João", "jo")),
    ("2 John", ("João", "jo")),
    ("3 John", ("João", "jo")),
    ("Jude", ("Judas", "jd")),
    ("Revelation", ("Apocalipse", "ap")),
)

_ORDINALS = {
    "1": ("1", "i", "1o", "1a", "primeiro", "primeira"),
    "2": ("2", "ii", "2o", "2a", "segundo", "segunda"),
    "3": ("3", "iii", "3o", "3a", "terceiro", "terceira"),
}

# The titles Almeida (Revista e Corrigida, Revista e Atualizada) prints, in Brazilian spelling,
# which most Portuguese-speaking churches use.
# Each is its book's first name in _NAMES.
_TITLES = first_names(_NAMES, "{} ")

# "João capítulo 3, versículo 16", "João 3, versículos 16 a 18".
_WORDS = words(
    verse=("versículos", "versiculos", "versículo", "versiculo", "vers", "vs", "vv", "v"),
    chapter=("capítulos", "capitulos", "capítulo", "capitulo", "caps", "cap"),
    dash=("a", "ao", "até"),
)

PORTUGUESE = Language(
    "pt",
    book_keys(_NAMES, _ORDINALS),
    LATIN_BOOK,
    POINT,
    LIST_SEPARATOR,
    book_keys(_NAMES, _ORDINALS, exact=True),
    titles=_TITLES,
    psalm="Salmo",
    words=_WORDS,
    name="Portuguese",
)
