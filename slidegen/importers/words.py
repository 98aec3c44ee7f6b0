"""The structure words of each language, as preachers write them: data only (labels.py reads it).

English is always read; another language's words are read only in an outline of that language
(labels.py says why). Words are written lowercase and with their accents; labels.py also
accepts them typed without accents ("Introduccion"). "By" has no translation here: "Por
gracia", "Von Gnade getragen" and "Par la foi" are titles, so only words that can only name a
preacher ("Predicador:", "Prediger:") introduce one.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Words:
    """One language's words for the parts of a sermon, its points, bylines and details."""

    roles: dict[str, str]  # word → intro | big_idea | conclusion
    sections: frozenset[str]  # words that head a section of their own ("Application")
    point: tuple[str, ...]  # "point" in "Point 1:"
    numbers: tuple[str, ...]  # "one" in "Point One —"
    ordinals: tuple[str, ...]  # "First," "Finally,"
    # "Primer punto:", "Erster Punkt:": an ordinal adjective before the point word.
    ordinal_points: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()  # written before a preacher's name ("Pastor Ann")
    after: tuple[str, ...] = ()  # written after it ("김철수 목사", "王明牧师")
    by: tuple[str, ...] = ()  # "By …", "Predicador: …"
    details: dict[str, str] = field(default_factory=dict)  # "Texto:" → passage


ENGLISH = Words(
    roles={
        "introduction": "intro",
        "intro": "intro",
        "opening": "intro",
        "big idea": "big_idea",
        "main idea": "big_idea",
        "central idea": "big_idea",
        "key idea": "big_idea",
        "proposition": "big_idea",
        "conclusion": "conclusion",
        "closing": "conclusion",
        "in closing": "conclusion",
    },
    sections=frozenset({"application", "applications", "response"}),
    point=("point", "movement", "part", "step"),
    numbers=("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    ordinals=(
        "first",
        "firstly",
        "second",
        "secondly",
        "third",
        "thirdly",
        "fourth",
        "fourthly",
        "fifth",
        "fifthly",
        "sixth",
        "seventh",
        "finally",
        "lastly",
    ),  # fmt: skip
    titles=(
        "pastor",
        "ps.",
        "pr.",
        "rev.",
        "rev",
        "reverend",
        "dr.",
        "dr",
        "elder",
        "bishop",
        "father",
        "fr.",
        "minister",
        "deacon",
        "evangelist",
        "brother",
        "sister",
        "chaplain",
    ),  # fmt: skip
    by=("by", "preached by", "speaker", "preacher"),
    # As text.py's META_KEYS reads them; here only to tell "Text:" from German "Predigttext:".
    details={
        "title": "title",
        "subtitle": "subtitle",
        "text": "passage",
        "passage": "passage",
        "scripture": "passage",
        "preacher": "preacher",
        "speaker": "preacher",
        "date": "date",
        "series": "series",
        "church": "church",
        "translation": "translation",
        "theme": "theme",
    },
)

SPANISH = Words(
    roles={
        "introducción": "intro",
        "idea central": "big_idea",
        "idea principal": "big_idea",
        "gran idea": "big_idea",
        "proposición": "big_idea",
        "tesis": "big_idea",
        "conclusión": "conclusion",
        "en conclusión": "conclusion",
        "para concluir": "conclusion",
        "cierre": "conclusion",
    },
    sections=frozenset({"aplicación", "aplicaciones", "respuesta"}),
    point=("punto", "parte", "paso"),
    numbers=("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
    ordinals=(
        "primero",
        "segundo",
        "tercero",
        "cuarto",
        "quinto",
        "sexto",
        "séptimo",
        "finalmente",
        "por último",
        "en primer lugar",
        "en segundo lugar",
        "en tercer lugar",
    ),  # fmt: skip
    ordinal_points=("primer", "segundo", "tercer", "cuarto", "quinto", "último"),
    titles=(
        "pastor",
        "pastora",
        "pr.",
        "ptr.",
        "rev.",
        "reverendo",
        "hno.",
        "hna.",
        "hermano",
        "hermana",
        "predicador",
        "obispo",
    ),  # fmt: skip
    by=("predicador", "predicadora", "predica"),
    details={
        "texto": "passage",
        "texto base": "passage",
        "texto bíblico": "passage",
        "lectura": "passage",
        "lectura bíblica": "passage",
        "pasaje": "passage",
        "título": "title",
        "subtítulo": "subtitle",
        "predicador": "preacher",
        "predicadora": "preacher",
        "fecha": "date",
        "serie": "series",
        "iglesia": "church",
        "versión": "translation",
        "traducción": "translation",
    },
)

PORTUGUESE = Words(
    roles={
        "introdução": "intro",
        "ideia central": "big_idea",
        "ideia principal": "big_idea",
        "proposição": "big_idea",
        "tese": "big_idea",
        "conclusão": "conclusion",
        "em conclusão": "conclusion",
        "para concluir": "conclusion",
    },
    sections=frozenset({"aplicação", "aplicações", "resposta"}),
    point=("ponto", "parte", "passo"),
    numbers=("um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"),
    ordinals=(
        "primeiro",
        "segundo",
        "terceiro",
        "quarto",
        "quinto",
        "sexto",
        "sétimo",
        "finalmente",
        "por fim",
        "em primeiro lugar",
        "em segundo lugar",
        "em terceiro lugar",
    ),  # fmt: skip
    ordinal_points=("primeiro", "segundo", "terceiro", "quarto", "quinto", "último"),
    titles=(
        "pastor",
        "pastora",
        "pr.",
        "pra.",
        "rev.",
        "reverendo",
        "irmão",
        "irmã",
        "presbítero",
        "bispo",
    ),  # fmt: skip
    by=("pregador", "pregadora", "prega"),
    details={
        "texto": "passage",
        "texto base": "passage",
        "texto bíblico": "passage",
        "leitura": "passage",
        "leitura bíblica": "passage",
        "passagem": "passage",
        "título": "title",
        "subtítulo": "subtitle",
        "pregador": "preacher",
        "pregadora": "preacher",
        "data": "date",
        "série": "series",
        "igreja": "church",
        "versão": "translation",
        "tradução": "translation",
    },
)

GERMAN = Words(
    roles={
        "einleitung": "intro",
        "einführung": "intro",
        "einstieg": "intro",
        "kerngedanke": "big_idea",
        "hauptgedanke": "big_idea",
        "leitgedanke": "big_idea",
        "kernaussage": "big_idea",
        "these": "big_idea",
        "schluss": "conclusion",
        "schlussfolgerung": "conclusion",
        "schlussgedanke": "conclusion",
        "zum schluss": "conclusion",
    },
    sections=frozenset({"anwendung", "anwendungen", "antwort"}),
    point=("punkt", "teil", "schritt"),
    numbers=("eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"),
    ordinals=(
        "erstens",
        "zweitens",
        "drittens",
        "viertens",
        "fünftens",
        "sechstens",
        "schließlich",
        "zuletzt",
        "zum ersten",
        "zum zweiten",
        "zum dritten",
    ),  # fmt: skip
    ordinal_points=("erster", "zweiter", "dritter", "vierter", "fünfter", "letzter"),
    titles=(
        "pfarrer",
        "pfarrerin",
        "pfr.",
        "pastor",
        "pastorin",
        "past.",
        "prediger",
        "predigerin",
        "pred.",
        "bruder",
        "schwester",
        "dr.",
        "diakon",
        "diakonin",
    ),  # fmt: skip
    by=("prediger", "predigerin", "es predigt"),
    details={
        "predigttext": "passage",
        "text": "passage",
        "bibeltext": "passage",
        "lesung": "passage",
        "bibelstelle": "passage",
        "titel": "title",
        "thema": "title",
        "untertitel": "subtitle",
        "prediger": "preacher",
        "predigerin": "preacher",
        "datum": "date",
        "reihe": "series",
        "predigtreihe": "series",
        "gemeinde": "church",
        "kirche": "church",
        "übersetzung": "translation",
    },
)

FRENCH = Words(
    roles={
        "introduction": "intro",
        "idée centrale": "big_idea",
        "idée principale": "big_idea",
        "grande idée": "big_idea",
        "thèse": "big_idea",
        "conclusion": "conclusion",
        "en conclusion": "conclusion",
        "pour conclure": "conclusion",
    },
    sections=frozenset({"application", "applications", "réponse"}),
    point=("point", "partie", "étape"),
    numbers=("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    ordinals=(
        "premièrement",
        "deuxièmement",
        "troisièmement",
        "quatrièmement",
        "cinquièmement",
        "secondement",
        "enfin",
        "finalement",
        "en premier lieu",
        "en second lieu",
        "en troisième lieu",
    ),  # fmt: skip
    ordinal_points=("premier", "deuxième", "second", "troisième", "quatrième", "dernier"),
    titles=(
        "pasteur",
        "pasteure",
        "past.",
        "pr.",
        "révérend",
        "père",
        "frère",
        "sœur",
        "soeur",
        "diacre",
        "ancien",
    ),  # fmt: skip
    by=("prédicateur", "prédicatrice", "orateur", "oratrice"),
    details={
        "texte": "passage",
        "texte biblique": "passage",
        "lecture": "passage",
        "passage": "passage",
        "titre": "title",
        "sous-titre": "subtitle",
        "prédicateur": "preacher",
        "prédicatrice": "preacher",
        "date": "date",
        "série": "series",
        "église": "church",
        "version": "translation",
        "traduction": "translation",
    },
)

KOREAN = Words(
    roles={
        "서론": "intro",
        "도입": "intro",
        "들어가며": "intro",
        "핵심": "big_idea",
        "핵심 메시지": "big_idea",
        "중심 사상": "big_idea",
        "주제": "big_idea",
        "결론": "conclusion",
        "맺음말": "conclusion",
        "나가며": "conclusion",
    },
    sections=frozenset({"적용"}),
    point=("요점", "대지"),
    numbers=(),
    ordinals=("첫째", "둘째", "셋째", "넷째", "다섯째", "마지막으로"),
    after=("목사", "목사님", "전도사", "장로"),
    by=("설교자", "설교"),
    details={
        "본문": "passage",
        "성경 본문": "passage",
        "제목": "title",
        "부제": "subtitle",
        "설교자": "preacher",
        "날짜": "date",
        "일시": "date",
        "시리즈": "series",
        "교회": "church",
        "번역": "translation",
    },
)

CHINESE = Words(
    roles={
        "引言": "intro",
        "前言": "intro",
        "导言": "intro",
        "中心思想": "big_idea",
        "主旨": "big_idea",
        "核心信息": "big_idea",
        "结论": "conclusion",
        "结语": "conclusion",
        "總結": "conclusion",
        "结論": "conclusion",
    },
    sections=frozenset({"应用", "應用"}),
    point=("要点", "要點"),
    numbers=(),
    ordinals=(
        "第一",
        "第二",
        "第三",
        "第四",
        "第五",
        "第六",
        "首先",
        "其次",
        "最后",
        "最後",
        "一",
        "二",
        "三",
        "四",
        "五",
        "六",
    ),  # fmt: skip
    after=("牧师", "牧師", "传道", "傳道", "长老", "長老"),
    by=("讲员", "講員", "讲道", "講道"),
    details={
        "经文": "passage",
        "經文": "passage",
        "题目": "title",
        "題目": "title",
        "标题": "title",
        "讲员": "preacher",
        "講員": "preacher",
        "日期": "date",
        "系列": "series",
        "教会": "church",
        "教會": "church",
        "译本": "translation",
    },
)

WORDS = {
    "en": ENGLISH,
    "es": SPANISH,
    "pt": PORTUGUESE,
    "de": GERMAN,
    "fr": FRENCH,
    "ko": KOREAN,
    "zh": CHINESE,
    "zh-hant": CHINESE,  # its words are listed in both scripts
}
