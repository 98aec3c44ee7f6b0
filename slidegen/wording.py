"""The words slidegen itself writes on slides, in speaker notes and in the handout, per language.

One `Wording` per language the outline can be written in (`Outline.language`): kickers, the
labels of notes, the lines about split passages and blanks, the answer key's heading. Format
strings name their placeholders (`{passages}`, `{number}`…), the same in every language, so a
translation can put them in its own order. Dates are written by Babel in the language's long
form. Warnings to the operator (stderr, `check`) are not here: they stay in English, as
messages to whoever runs slidegen, not words the congregation sees.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Wording:
    """Every phrase slidegen writes, in one language."""

    code: str  # the language's code ("zh-hant"); Babel's locale for dates is "zh_hant"
    # Kickers above the big idea's and the conclusion's slides.
    big_idea: str
    conclusion: str
    # The title slide's notes.
    text_line: str  # {passages}
    outline_heading: str
    # The closing slide's notes.
    closing_line: str  # {title}
    recap_heading: str
    # A heading's notes: the passages it cites.
    passages_line: str  # {passages}
    # A passage split over slides: which slide this is, and which verses it holds.
    slide_of: str  # {number} {total}
    slide_of_verses: str  # {number} {total} {verses}
    one_verse: str  # {verse}
    verse_range: str  # {first} {last}
    # A passage shown again as a short reference slide.
    shown_earlier: str
    # Verses a translation leaves out, in the notes under the text.
    omitted_one: str  # {verses} {translation}
    omitted_many: str  # {verses} {translation}
    # A blank in the notes ("BLANK 3 = grace (or mercy) — click 2 reveals it").
    blank_line: str  # {number} {answer} {others} {when}
    blank_shown: str
    blank_click: str  # {click}
    blank_next_slide: str
    blank_later: str
    # A blank's other accepted answers, in the notes and the answer key.
    other_answers: str  # {answers}
    # The answer key's heading.
    answer_key: str  # {title}
    # What presentation programs call the deck's parts (FreeShow's slide groups and layout).
    group_title: str
    group_point: str
    group_closing: str
    group_sermon: str
    # Between items of a list, and before its last.
    list_separator: str = ", "
    last_separator: str = " and "

    def listed(self, items: list[str]) -> str:
        """'8:37, 9:1 and 15:34' as the language lists things."""
        if len(items) < 2:
            return "".join(items)
        return self.list_separator.join(items[:-1]) + self.last_separator + items[-1]

    def date(self, value: str) -> str:
        """'2026-11-29' in the language's long form ('November 29, 2026', '29. November 2026');
        anything else is shown as written."""
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            return value
        if self.code == "en":
            # Babel's English long form, without loading Babel and its locale data (25-50 ms,
            # a tenth of a small build's start-up); a test checks they agree.
            return f"{day:%B} {day.day}, {day.year}"
        from babel.dates import format_date  # lazily: only a dated outline needs Babel

        return format_date(day, format="long", locale=self.code.replace("-", "_"))


ENGLISH = Wording(
    code="en",
    big_idea="Big idea",
    conclusion="Conclusion",
    text_line="Text: {passages}",
    outline_heading="Outline:",
    closing_line="Closing: {title}",
    recap_heading="Recap:",
    passages_line="Passages: {passages}",
    slide_of="Slide {number} of {total} for this passage.",
    slide_of_verses="Slide {number} of {total} for this passage: {verses}.",
    one_verse="verse {verse}",
    verse_range="verses {first}\u2013{last}",
    shown_earlier="Shown in full earlier in the deck.",
    omitted_one="{verses} is not in the {translation}.",
    omitted_many="{verses} are not in the {translation}.",
    blank_line="BLANK {number} = {answer}{others} \u2014 {when}",
    blank_shown="shown",
    blank_click="click {click} reveals it",
    blank_next_slide="the next slide reveals it",
    blank_later="revealed later",
    other_answers=" (or {answers})",
    answer_key="Answer key: {title}",
    group_title="Title",
    group_point="Point",
    group_closing="Closing",
    group_sermon="Sermon",
)

SPANISH = Wording(
    code="es",
    big_idea="Idea central",
    conclusion="Conclusión",
    text_line="Texto: {passages}",
    outline_heading="Bosquejo:",
    closing_line="Cierre: {title}",
    recap_heading="Resumen:",
    passages_line="Pasajes: {passages}",
    slide_of="Diapositiva {number} de {total} de este pasaje.",
    slide_of_verses="Diapositiva {number} de {total} de este pasaje: {verses}.",
    one_verse="versículo {verse}",
    verse_range="versículos {first}\u2013{last}",
    shown_earlier="Ya se mostró completo antes en la presentación.",
    omitted_one="{verses} no está en la {translation}.",
    omitted_many="{verses} no están en la {translation}.",
    blank_line="ESPACIO {number} = {answer}{others} \u2014 {when}",
    blank_shown="ya visible",
    blank_click="el clic {click} lo revela",
    blank_next_slide="la siguiente diapositiva lo revela",
    blank_later="se revela más adelante",
    other_answers=" (o {answers})",
    answer_key="Respuestas: {title}",
    group_title="Título",
    group_point="Punto",
    group_closing="Cierre",
    group_sermon="Sermón",
    last_separator=" y ",
)

PORTUGUESE = Wording(
    code="pt",
    big_idea="Ideia central",
    conclusion="Conclusão",
    text_line="Texto: {passages}",
    outline_heading="Esboço:",
    closing_line="Encerramento: {title}",
    recap_heading="Recapitulação:",
    passages_line="Passagens: {passages}",
    slide_of="Slide {number} de {total} desta passagem.",
    slide_of_verses="Slide {number} de {total} desta passagem: {verses}.",
    one_verse="versículo {verse}",
    verse_range="versículos {first}\u2013{last}",
    shown_earlier="Já mostrada por completo antes na apresentação.",
    omitted_one="{verses} não está na {translation}.",
    omitted_many="{verses} não estão na {translation}.",
    blank_line="LACUNA {number} = {answer}{others} \u2014 {when}",
    blank_shown="já visível",
    blank_click="o clique {click} a revela",
    blank_next_slide="o próximo slide a revela",
    blank_later="revelada mais adiante",
    other_answers=" (ou {answers})",
    answer_key="Respostas: {title}",
    group_title="Título",
    group_point="Ponto",
    group_closing="Encerramento",
    group_sermon="Sermão",
    last_separator=" e ",
)

GERMAN = Wording(
    code="de",
    big_idea="Kerngedanke",
    conclusion="Schluss",
    text_line="Predigttext: {passages}",
    outline_heading="Gliederung:",
    closing_line="Schluss: {title}",
    recap_heading="Rückblick:",
    passages_line="Bibelstellen: {passages}",
    slide_of="Folie {number} von {total} zu dieser Bibelstelle.",
    slide_of_verses="Folie {number} von {total} zu dieser Bibelstelle: {verses}.",
    one_verse="Vers {verse}",
    verse_range="Verse {first}\u2013{last}",
    shown_earlier="Bereits früher in der Präsentation vollständig gezeigt.",
    omitted_one="{verses} steht nicht in der {translation}.",
    omitted_many="{verses} stehen nicht in der {translation}.",
    blank_line="LÜCKE {number} = {answer}{others} \u2014 {when}",
    blank_shown="sichtbar",
    blank_click="Klick {click} zeigt sie",
    blank_next_slide="die nächste Folie zeigt sie",
    blank_later="wird später gezeigt",
    other_answers=" (oder {answers})",
    answer_key="Lösungen: {title}",
    group_title="Titel",
    group_point="Punkt",
    group_closing="Schluss",
    group_sermon="Predigt",
    last_separator=" und ",
)

# French puts a no-break space before a colon.
FRENCH = Wording(
    code="fr",
    big_idea="Idée centrale",
    conclusion="Conclusion",
    text_line="Texte\u00a0: {passages}",
    outline_heading="Plan\u00a0:",
    closing_line="Pour conclure\u00a0: {title}",
    recap_heading="Récapitulatif\u00a0:",
    passages_line="Passages\u00a0: {passages}",
    slide_of="Diapositive {number} sur {total} pour ce passage.",
    slide_of_verses="Diapositive {number} sur {total} pour ce passage\u00a0: {verses}.",
    one_verse="verset {verse}",
    verse_range="versets {first}\u2013{last}",
    shown_earlier="Déjà montré en entier plus tôt dans la présentation.",
    omitted_one="{verses} ne figure pas dans la {translation}.",
    omitted_many="{verses} ne figurent pas dans la {translation}.",
    blank_line="MOT MANQUANT {number} = {answer}{others} \u2014 {when}",
    blank_shown="affiché",
    blank_click="le clic {click} le révèle",
    blank_next_slide="la diapositive suivante le révèle",
    blank_later="révélé plus tard",
    other_answers=" (ou {answers})",
    answer_key="Corrigé\u00a0: {title}",
    group_title="Titre",
    group_point="Point",
    group_closing="Clôture",
    group_sermon="Prédication",
    last_separator=" et ",
)

KOREAN = Wording(
    code="ko",
    big_idea="핵심 메시지",
    conclusion="결론",
    text_line="본문: {passages}",
    outline_heading="개요:",
    closing_line="마무리: {title}",
    recap_heading="요약:",
    passages_line="성경 구절: {passages}",
    slide_of="이 본문의 슬라이드 {number}/{total}.",
    slide_of_verses="이 본문의 슬라이드 {number}/{total}: {verses}.",
    one_verse="{verse}절",
    verse_range="{first}\u2013{last}절",
    shown_earlier="앞에서 이미 전체를 보여 준 본문입니다.",
    omitted_one="{verses}: {translation}에는 없는 구절입니다.",
    omitted_many="{verses}: {translation}에는 없는 구절입니다.",
    blank_line="빈칸 {number} = {answer}{others} \u2014 {when}",
    blank_shown="표시됨",
    blank_click="{click}번째 클릭에서 공개",
    blank_next_slide="다음 슬라이드에서 공개",
    blank_later="나중에 공개",
    other_answers=" (또는 {answers})",
    answer_key="정답: {title}",
    group_title="제목",
    group_point="요점",
    group_closing="마무리",
    group_sermon="설교",
    last_separator=", ",
)

# Chinese (Simplified, as Babel's "zh") writes full-width punctuation with no spaces.
CHINESE = Wording(
    code="zh",
    big_idea="中心思想",
    conclusion="结论",
    text_line="经文：{passages}",
    outline_heading="大纲：",
    closing_line="结束：{title}",
    recap_heading="回顾：",
    passages_line="经文出处：{passages}",
    slide_of="本段经文第{number}张幻灯片（共{total}张）。",
    slide_of_verses="本段经文第{number}张幻灯片（共{total}张）：{verses}。",
    one_verse="第{verse}节",
    verse_range="第{first}\u2013{last}节",
    shown_earlier="此段经文前面已完整展示。",
    omitted_one="{translation}译本中没有{verses}。",
    omitted_many="{translation}译本中没有{verses}。",
    blank_line="填空 {number} = {answer}{others} \u2014 {when}",
    blank_shown="已显示",
    blank_click="第{click}次点击显示",
    blank_next_slide="下一张幻灯片显示",
    blank_later="稍后显示",
    other_answers="（或{answers}）",
    answer_key="答案：{title}",
    group_title="标题",
    group_point="要点",
    group_closing="结束",
    group_sermon="讲道",
    list_separator="、",
    last_separator="和",
)

# Chinese in traditional characters, as Taiwan and Hong Kong write it ("slide": 投影片).
CHINESE_TRADITIONAL = Wording(
    code="zh-hant",
    big_idea="中心思想",
    conclusion="結論",
    text_line="經文：{passages}",
    outline_heading="大綱：",
    closing_line="結束：{title}",
    recap_heading="回顧：",
    passages_line="經文出處：{passages}",
    slide_of="本段經文第{number}張投影片（共{total}張）。",
    slide_of_verses="本段經文第{number}張投影片（共{total}張）：{verses}。",
    one_verse="第{verse}節",
    verse_range="第{first}\u2013{last}節",
    shown_earlier="此段經文前面已完整展示。",
    omitted_one="{translation}譯本中沒有{verses}。",
    omitted_many="{translation}譯本中沒有{verses}。",
    blank_line="填空 {number} = {answer}{others} \u2014 {when}",
    blank_shown="已顯示",
    blank_click="第{click}次點擊顯示",
    blank_next_slide="下一張投影片顯示",
    blank_later="稍後顯示",
    other_answers="（或{answers}）",
    answer_key="答案：{title}",
    group_title="標題",
    group_point="要點",
    group_closing="結束",
    group_sermon="講道",
    list_separator="、",
    last_separator="和",
)

WORDINGS = {
    w.code: w
    for w in (ENGLISH, SPANISH, PORTUGUESE, GERMAN, FRENCH, KOREAN, CHINESE, CHINESE_TRADITIONAL)
}


# The language tag Office and Word check spelling in, for each outline language. Where a
# language is spoken in several countries, the tag of the most common churchgoing one that
# every Office version proofs (Latin-American Spanish "es-419" is missing from older ones).
_PROOFING = {
    "es": "es-ES",
    "pt": "pt-BR",
    "de": "de-DE",
    "fr": "fr-FR",
    "ko": "ko-KR",
    "zh": "zh-CN",
    "zh-hant": "zh-TW",
}


def part_names(wording: Wording) -> dict[str, str]:
    """What programs call the deck's parts (`PlanMeta.part_names`), in the language."""
    return {
        "title": wording.group_title,
        "point": wording.group_point,
        "closing": wording.group_closing,
        "sermon": wording.group_sermon,
    }


def proofing_tag(code: str) -> str:
    """The tag text in language `code` is marked with ("es-ES"); "" for English, so an English
    deck keeps the reader's own English (en-GB, en-AU…)."""
    return _PROOFING.get(code, "")


def wording_for(code: str) -> Wording:
    """The words of language `code` (the outline loader admits only languages listed here)."""
    try:
        return WORDINGS[code]
    except KeyError:
        raise ValueError(f"slidegen has no wording for language {code!r}") from None
