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

    roles: dict[str, tuple[str, ...]]  # intro | big_idea | conclusion → its words
    sections: tuple[str, ...]  # words that head a section of their own ("Application")
    point: tuple[str, ...]  # "point" in "Point 1:"
    numbers: tuple[str, ...]  # "one" in "Point One —"
    ordinals: tuple[str, ...]  # "First," "Finally,"
    # "Primer punto:", "Erster Punkt:": an ordinal adjective before the point word.
    ordinal_points: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()  # written before a preacher's name ("Pastor Ann")
    after: tuple[str, ...] = ()  # written after it ("김철수 목사", "王明牧师")
    by: tuple[str, ...] = ()  # "By …", "Predicador: …"
    details: dict[str, tuple[str, ...]] = field(default_factory=dict)  # passage → "Texto"…


# fmt: off
ENGLISH = Words(
    roles={
        "intro": ("introduction", "intro", "opening"),
        "big_idea": ("big idea", "main idea", "central idea", "key idea", "proposition"),
        "conclusion": ("conclusion", "closing", "in closing"),
    },
    sections=("application", "applications", "response"),
    point=("point", "movement", "part", "step"),
    numbers=("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    ordinals=("first", "firstly", "second", "secondly", "third", "thirdly", "fourth",
              "fourthly", "fifth", "fifthly", "sixth", "seventh", "finally", "lastly"),
    titles=("pastor", "ps.", "pr.", "rev.", "rev", "reverend", "dr.", "dr", "elder", "bishop",
            "father", "fr.", "minister", "deacon", "evangelist", "brother", "sister", "chaplain"),
    by=("by", "preached by", "speaker", "preacher"),
    # Read by text.py (its META_KEYS), and to tell "Text:" from German "Predigttext:".
    details={
        "title": ("title",),
        "subtitle": ("subtitle",),
        "passage": ("text", "passage", "scripture"),
        "preacher": ("preacher", "speaker"),
        "date": ("date",),
        "series": ("series",),
        "church": ("church",),
        "translation": ("translation",),
        "theme": ("theme",),
    },
)

SPANISH = Words(
    roles={
        "intro": ("introducción",),
        "big_idea": ("idea central", "idea principal", "gran idea", "proposición", "tesis"),
        "conclusion": ("conclusión", "en conclusión", "para concluir", "cierre"),
    },
    sections=("aplicaciones", "aplicación", "respuesta"),
    point=("punto", "parte", "paso"),
    numbers=("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
    ordinals=("primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo",
              "finalmente", "por último", "en primer lugar", "en segundo lugar",
              "en tercer lugar"),
    ordinal_points=("primer", "segundo", "tercer", "cuarto", "quinto", "último"),
    titles=("pastor", "pastora", "pr.", "ptr.", "rev.", "reverendo", "hno.", "hna.", "hermano",
            "hermana", "predicador", "obispo"),
    by=("predicador", "predicadora", "predica"),
    details={
        "passage": ("texto", "texto base", "texto bíblico", "lectura", "lectura bíblica",
                    "pasaje"),
        "title": ("título",),
        "subtitle": ("subtítulo",),
        "preacher": ("predicador", "predicadora"),
        "date": ("fecha",),
        "series": ("serie",),
        "church": ("iglesia",),
        "translation": ("versión", "traducción"),
    },
)

PORTUGUESE = Words(
    roles={
        "intro": ("introdução",),
        "big_idea": ("ideia central", "ideia principal", "proposição", "tese"),
        "conclusion": ("conclusão", "em conclusão", "para concluir"),
    },
    sections=("aplicação", "aplicações", "resposta"),
    point=("ponto", "parte", "passo"),
    numbers=("um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"),
    ordinals=("primeiro", "segundo", "terceiro", "quarto", "quinto", "sexto", "sétimo",
              "finalmente", "por fim", "em primeiro lugar", "em segundo lugar",
              "em terceiro lugar"),
    ordinal_points=("primeiro", "segundo", "terceiro", "quarto", "quinto", "último"),
    titles=("pastor", "pastora", "pr.", "pra.", "rev.", "reverendo", "irmão", "irmã",
            "presbítero", "bispo"),
    by=("pregador", "pregadora", "prega"),
    details={
        "passage": ("texto", "texto base", "texto bíblico", "leitura", "leitura bíblica",
                    "passagem"),
        "title": ("título",),
        "subtitle": ("subtítulo",),
        "preacher": ("pregador", "pregadora"),
        "date": ("data",),
        "series": ("série",),
        "church": ("igreja",),
        "translation": ("versão", "tradução"),
    },
)

GERMAN = Words(
    roles={
        "intro": ("einleitung", "einführung", "einstieg"),
        "big_idea": ("kerngedanke", "hauptgedanke", "leitgedanke", "kernaussage", "these"),
        "conclusion": ("schluss", "schlussfolgerung", "schlussgedanke", "zum schluss"),
    },
    sections=("antwort", "anwendung", "anwendungen"),
    point=("punkt", "teil", "schritt"),
    numbers=("eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"),
    ordinals=("erstens", "zweitens", "drittens", "viertens", "fünftens", "sechstens",
              "schließlich", "zuletzt", "zum ersten", "zum zweiten", "zum dritten"),
    ordinal_points=("erster", "zweiter", "dritter", "vierter", "fünfter", "letzter"),
    titles=("pfarrer", "pfarrerin", "pfr.", "pastor", "pastorin", "past.", "prediger",
            "predigerin", "pred.", "bruder", "schwester", "dr.", "diakon", "diakonin"),
    by=("prediger", "predigerin", "es predigt"),
    details={
        "passage": ("predigttext", "text", "bibeltext", "lesung", "bibelstelle"),
        "title": ("titel", "thema"),
        "subtitle": ("untertitel",),
        "preacher": ("prediger", "predigerin"),
        "date": ("datum",),
        "series": ("reihe", "predigtreihe"),
        "church": ("gemeinde", "kirche"),
        "translation": ("übersetzung",),
    },
)

FRENCH = Words(
    roles={
        "intro": ("introduction",),
        "big_idea": ("idée centrale", "idée principale", "grande idée", "thèse"),
        "conclusion": ("conclusion", "en conclusion", "pour conclure"),
    },
    sections=("application", "applications", "réponse"),
    point=("point", "partie", "étape"),
    numbers=("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    ordinals=("premièrement", "deuxièmement", "troisièmement", "quatrièmement", "cinquièmement",
              "secondement", "enfin", "finalement", "en premier lieu", "en second lieu",
              "en troisième lieu"),
    ordinal_points=("premier", "deuxième", "second", "troisième", "quatrième", "dernier"),
    titles=("pasteur", "pasteure", "past.", "pr.", "révérend", "père", "frère", "sœur", "soeur",
            "diacre", "ancien"),
    by=("prédicateur", "prédicatrice", "orateur", "oratrice"),
    details={
        "passage": ("texte", "texte biblique", "lecture", "passage"),
        "title": ("titre",),
        "subtitle": ("sous-titre",),
        "preacher": ("prédicateur", "prédicatrice"),
        "date": ("date",),
        "series": ("série",),
        "church": ("église",),
        "translation": ("version", "traduction"),
    },
)

KOREAN = Words(
    roles={
        "intro": ("서론", "도입", "들어가며"),
        "big_idea": ("핵심", "핵심 메시지", "중심 사상", "주제"),
        "conclusion": ("결론", "맺음말", "나가며"),
    },
    sections=("적용",),
    point=("요점", "대지"),
    numbers=(),
    ordinals=("첫째", "둘째", "셋째", "넷째", "다섯째", "마지막으로"),
    after=("목사", "목사님", "전도사", "장로"),
    by=("설교자", "설교"),
    details={
        "passage": ("본문", "성경 본문"),
        "title": ("제목",),
        "subtitle": ("부제",),
        "preacher": ("설교자",),
        "date": ("날짜", "일시"),
        "series": ("시리즈",),
        "church": ("교회",),
        "translation": ("번역",),
    },
)

CHINESE = Words(
    roles={
        "intro": ("引言", "前言", "导言"),
        "big_idea": ("中心思想", "主旨", "核心信息"),
        "conclusion": ("结论", "结语", "總結", "结論"),
    },
    sections=("应用", "應用"),
    point=("要点", "要點"),
    numbers=(),
    ordinals=("第一", "第二", "第三", "第四", "第五", "第六", "首先", "其次", "最后",
              "最後", "一", "二", "三", "四", "五", "六"),
    after=("牧师", "牧師", "传道", "傳道", "长老", "長老"),
    by=("讲员", "講員", "讲道", "講道"),
    details={
        "passage": ("经文", "經文"),
        "title": ("题目", "題目", "标题"),
        "preacher": ("讲员", "講員"),
        "date": ("日期",),
        "series": ("系列",),
        "church": ("教会", "教會"),
        "translation": ("译本",),
    },
)
# fmt: on

WORDS = {
    "en": ENGLISH,
    "es": SPANISH,
    "pt": PORTUGUESE,
    "de": GERMAN,
    "fr": FRENCH,
    "ko": KOREAN,
    "zh": CHINESE,
    "zh-hant": CHINESE,  # the words are listed in both scripts
}
