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
    titles,
    words,
)
from slidegen.scripture.tokens import POINT

_NAMES: BookTable = (
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

_ORDINALS = {
    "1": ("1", "i", "1o", "1a", "primeiro", "primeira"),
    "2": ("2", "ii", "2o", "2a", "segundo", "segunda"),
    "3": ("3", "iii", "3o", "3a", "terceiro", "terceira"),
}

# The titles Almeida (Revista e Corrigida, Revista e Atualizada) prints, in Brazilian spelling,
# which most Portuguese-speaking churches use.
_TITLES = titles("""
Gênesis
Êxodo
Levítico
Números
Deuteronômio
Josué
Juízes
Rute
1 Samuel
2 Samuel
1 Reis
2 Reis
1 Crônicas
2 Crônicas
Esdras
Neemias
Ester
Jó
Salmos
Provérbios
Eclesiastes
Cantares
Isaías
Jeremias
Lamentações
Ezequiel
Daniel
Oseias
Joel
Amós
Obadias
Jonas
Miqueias
Naum
Habacuque
Sofonias
Ageu
Zacarias
Malaquias
Mateus
Marcos
Lucas
João
Atos
Romanos
1 Coríntios
2 Coríntios
Gálatas
Efésios
Filipenses
Colossenses
1 Tessalonicenses
2 Tessalonicenses
1 Timóteo
2 Timóteo
Tito
Filemom
Hebreus
Tiago
1 Pedro
2 Pedro
1 João
2 João
3 João
Judas
Apocalipse
""")

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
)
