"""Korean references and titles: the 개역개정 book names and their standard abbreviations.

Korean writes "요한복음 3:16", "요 3:16" or "요3:16" (no space), "요한복음 3장 16절" (chapter 장,
verse 절; psalms 편: "시편 23편"), and ranges with a dash or a tilde ("창 1:1~3"). Numbered
books carry their number in the name (고린도전서 is 1 Corinthians), so there are no ordinals.
"""

from __future__ import annotations

import re

from slidegen.scripture.languages.language import (
    BookTable,
    Language,
    book_keys,
    first_names,
    lined_table,
    words,
)

# The 개역개정 titles and their standard abbreviations, one book a line in canonical order.
_TABLE = lined_table("""
창세기 창
출애굽기 출
레위기 레
민수기 민
신명기 신
여호수아 수
사사기 삿
룻기 룻
사무엘상 삼상
사무엘하 삼하
열왕기상 왕상
열왕기하 왕하
역대상 대상
역대하 대하
에스라 스
느헤미야 느
에스더 에
욥기 욥
시편 시
잠언 잠
전도서 전
아가 아
이사야 사
예레미야 렘
예레미야애가 애
에스겔 겔
다니엘 단
호세아 호
요엘 욜
아모스 암
오바댜 옵
요나 욘
미가 미
나훔 나
하박국 합
스바냐 습
학개 학
스가랴 슥
말라기 말
마태복음 마
마가복음 막
누가복음 눅
요한복음 요
사도행전 행
로마서 롬
고린도전서 고전
고린도후서 고후
갈라디아서 갈
에베소서 엡
빌립보서 빌
골로새서 골
데살로니가전서 살전
데살로니가후서 살후
디모데전서 딤전
디모데후서 딤후
디도서 딛
빌레몬서 몬
히브리서 히
야고보서 약
베드로전서 벧전
베드로후서 벧후
요한일서 요일
요한이서 요이
요한삼서 요삼
유다서 유
요한계시록 계
""")

# Other names in use: the old 개역한글 spellings and numbers written as digits (요한1서).
_OTHER_NAMES: BookTable = (
    ("Song of Solomon", ("아가서",)),
    ("Lamentations", ("애가",)),
    ("Obadiah", ("오바다",)),
    ("1 John", ("요한1서",)),
    ("2 John", ("요한2서",)),
    ("3 John", ("요한3서",)),
    ("Revelation", ("계시록",)),
)


# A Hangul name, perhaps with a book number inside (요한1서), ending at anything but a letter:
# "요3:16" is 요 and 3:16.
_BOOK = re.compile(r"(?P<name>[가-힣]+(?:[1-3][가-힣]+)?)(?![^\W\d_])\s*")
# "3:16", "3장 16절", "23편", "3장" (a chapter); "16절" alone is a verse.
_POINT = re.compile(
    r"(?P<a>[0-9]+)(?:\s*[장편])?"
    r"(?:\s*[:：]\s*(?P<b>[0-9]+)|(?<=[장편])\s*(?P<c>[0-9]+))?(?P<part>[abc])?(?:\s*절)?"
    r"(?![a-z0-9])",
    re.I,
)
_SEPARATOR = re.compile(r"\s*(?:([,;，；])|(&)|\s(and)\b)\s*", re.I)

KOREAN = Language(
    "ko",
    book=_BOOK,
    point=_POINT,
    separator=_SEPARATOR,
    exact=book_keys(_TABLE + _OTHER_NAMES, {}, exact=True),
    titles=first_names(_TABLE),
    psalm="시편",
    words=words(dash=("~", "～", "∼", "〜")),
    name="Korean",
)
