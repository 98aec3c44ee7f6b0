"""References in Korean and Chinese prose get their verse slides, and whatever cannot be shown
(a verse past a chapter's end, a verse number without its book in the notes) is reported.

The sermons are written as a volunteer at a Korean or a Chinese church writes them: short book
names with particles attached (`롬 8:28에서`), no spaces at all in Chinese (`正如罗8:28所说`).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from slidegen.errors import SlidegenError
from slidegen.importers import import_source
from slidegen.model import Passage
from slidegen.outline import load_outline
from slidegen.scripture import find_references
from slidegen.scripture.languages import get_language
from slidegen.scripture.prose import refused_references

from .cli_support import one_line, run
from .conftest import labels

KOREAN = get_language("ko")
CHINESE = get_language("zh")


def imported(tmp_path: Path, name: str, text: str):  # noqa: ANN201 - an ImportResult
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return import_source(path)


KOREAN_PROSE = """\
포도나무
본문: 요한복음 15:1-11
김철수 목사

첫째, 사랑
요 3:16 말씀처럼 하나님은 사랑이십니다.

둘째, 선
사도 바울은 롬 8:28에서 이렇게 말합니다.

셋째, 창조
창 1:1 태초에 하나님이 천지를 창조하셨습니다.

넷째, 합력
롬 8장 28절 말씀처럼 모든 것이 합력하여 선을 이룹니다.

결론
끝
"""


def test_short_korean_names_with_particles_get_verse_slides(tmp_path: Path) -> None:
    result = imported(tmp_path, "포도나무.txt", KOREAN_PROSE)
    love, good, creation, together = result.outline.sections
    assert labels(love) == ["John 3:16"]
    assert labels(good) == ["Romans 8:28"]
    assert labels(creation) == ["Genesis 1:1"]
    assert labels(together) == ["Romans 8:28"]
    assert result.complete


def test_a_chinese_book_straight_after_the_words_before_it(tmp_path: Path) -> None:
    text = (
        "标题\n经文：约翰福音3:16\n\n第一，效力\n正如罗8:28所说，万事互相效力。\n\n"
        "第二，爱\n神爱世人\n\n结论\n完\n"
    )
    result = imported(tmp_path, "d.txt", text)
    assert labels(result.outline.sections[0]) == ["Romans 8:28"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "e11.txt",
            "제목\n본문: 요한복음 3:16\n\n첫째, 셋\n(롬 8:28)\n(요 3:16)\n\n둘째, 넷\n끝\n",
        ),
        (
            "zh3.txt",
            "标题\n经文：约翰福音3:16\n\n第一，一\n（罗8:28）\n（约3:16）\n\n第二，二\n完\n",
        ),
        (
            "en.txt",
            "Title\nText: John 3:16\n\nFirst, one\n(Rom 8:28)\n(John 3:16)\n\nSecond, two\nEnd\n",
        ),
    ],
)
def test_two_references_on_consecutive_lines_both_get_slides(
    tmp_path: Path, name: str, text: str
) -> None:
    result = imported(tmp_path, name, text)
    assert labels(result.outline.sections[0]) == ["Romans 8:28", "John 3:16"]


def test_found_references_say_whether_they_name_their_book() -> None:
    context = Passage("John", 15, 1, 15, 11)
    found = find_references("롬 8:28, 29처럼. 5절 말씀을 보십시오.", context, KOREAN)
    assert [(str(r.passage), r.named) for r in found] == [
        ("Romans 8:28", True),
        ("Romans 8:29", True),
        ("John 15:5", False),
    ]


@pytest.mark.parametrize(
    ("prose", "language", "written"),
    [
        ("둘째 (요 3:40) 말씀", KOREAN, "요 3:40"),
        ("As Jesus said (John 3:40), …", get_language("en"), "John 3:40"),
        ("正如约3:40所说", CHINESE, "约3:40"),
    ],
)
def test_a_reference_past_the_chapters_end_is_refused_not_skipped(
    prose: str, language, written: str
) -> None:
    assert find_references(prose, None, language) == []
    (refused,) = refused_references(prose, None, language)
    assert refused.written == written
    assert "John 3 has 36 verses, not 40" in refused.message


def test_numbers_that_count_things_are_not_refused_references() -> None:
    english = get_language("en")
    assert refused_references("Daniel prayed 300 times; Acts 29 network", None, english) == []


def test_import_reports_a_verse_past_the_end_and_strict_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "e11.txt"
    source.write_text("제목\n본문: 요한복음 3:16\n\n첫째, 둘\n(요 3:40)\n\n둘째, 셋\n끝\n", "utf-8")
    code, _, err = run(capsys, "import", str(source), "-o", str(tmp_path / "e.yaml"), "--strict")
    assert code == 1
    assert "could not place: line 4: 요 3:40 (John 3 has 36 verses, not 40" in err


def test_an_english_verse_past_the_end_is_reported_too(tmp_path: Path) -> None:
    text = "Title\nText: John 3:16\n\nFirst, two\n(John 3:40)\n\nSecond, three\nEnd\n"
    result = imported(tmp_path, "en.txt", text)
    assert any("John 3:40 (John 3 has 36 verses, not 40" in line for line in result.unplaced)
    assert not result.complete


def test_a_verse_number_in_the_notes_is_reported_with_what_to_write(tmp_path: Path) -> None:
    text = (
        "포도나무\n본문: 요한복음 15:1-11\n\n첫째, 붙어 있어야\n"
        "가지는 스스로 열매를 맺을 수 없습니다. 5절 말씀을 보십시오.\n\n"
        "둘째, 열매\n- 열매를 맺는 삶 (8절)\n\n결론\n끝\n"
    )
    result = imported(tmp_path, "k.txt", text)
    (line,) = result.unresolved
    assert line.startswith("line 4: '5절' in the notes gets no verse slide")
    assert "'요한복음 15:5'" in line
    # In a point's own words the verse is read against the sermon's passage, as "(v. 8)" is.
    assert labels(result.outline.sections[1].points[0]) == ["John 15:8"]


def test_a_chinese_verse_in_the_notes_is_reported_and_one_in_a_point_is_read(
    tmp_path: Path,
) -> None:
    text = (
        "葡萄树\n经文：约翰福音15:1-11\n\n第一，常在\n枝子不能自己结果子。请看第5节。\n\n"
        "第二，结果子\n- 多结果子（8节）\n\n结论\n完\n"
    )
    result = imported(tmp_path, "v.txt", text)
    (line,) = result.unresolved
    assert line.startswith("line 4: '5节' in the notes gets no verse slide")
    assert "'约翰福音 15:5'" in line
    assert labels(result.outline.sections[1].points[0]) == ["John 15:8"]


def test_a_chapter_and_verse_without_a_book_is_not_a_verse_of_the_context() -> None:
    context = Passage("John", 15, 1, 15, 11)
    assert find_references("3장 16절", context, KOREAN) == []
    assert find_references("3章16节", context, CHINESE) == []


def test_an_english_and_a_german_verse_in_the_notes_are_reported(tmp_path: Path) -> None:
    text = (
        "Title\nText: Ephesians 2:8-10\n\nFirst, works\nWe are his work (v. 10).\n\nSecond, grace\n"
    )
    english = imported(tmp_path, "en.txt", text)
    assert [line.split(" in the notes")[0] for line in english.unresolved] == ["line 4: 'v. 10'"]
    german = imported(
        tmp_path,
        "g.md",
        "# Gnade\n\nPredigttext: Eph 2,8-10\n\n## Punkt 1: Geschenk\n\nDurch Glauben (V. 8).\n\n"
        "## Punkt 2: Werk\n\nText\n",
    )
    assert any("'V. 8' in the notes" in line for line in german.unresolved)


def test_a_verse_in_a_long_korean_or_chinese_paragraph_is_found_in_linear_time() -> None:
    context = Passage("John", 15, 1, 15, 11)
    paragraph = ("요 말씀 5절 롬 ~ 3장 " * 1500)[:20_000]
    chinese = ("请看第5节至" * 4000)[:20_000]
    # No spaces and no number for 20,000 characters: a name is looked for only at the run's end.
    one_run = "神爱世人" * 5000 + "约3:16"
    started = time.perf_counter()
    find_references(paragraph, context, KOREAN)
    refused_references(paragraph, context, KOREAN)
    find_references(chinese, context, CHINESE)
    found = find_references(one_run, None, CHINESE)
    assert time.perf_counter() - started < 5  # a quadratic scan takes minutes
    assert [str(r.passage) for r in found] == ["John 3:16"]


def outline(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sermon.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_korean_reference_in_an_english_outline_names_the_language(tmp_path: Path) -> None:
    path = outline(
        tmp_path, "title: 테스트\npassage: 요한복음 3:16\nsections:\n  - heading: 하나\n"
    )
    with pytest.raises(SlidegenError) as refused:
        load_outline(path)
    message = str(refused.value)
    assert "sermon.yaml:2:10: '요한복음 3:16' reads as Korean" in message
    assert "add 'language: ko' to the outline" in message


def test_a_misspelt_korean_book_suggests_the_near_name_in_korean(tmp_path: Path) -> None:
    text = "title: 테스트\npassage: 요한복믐 3:16\nlanguage: ko\nsections:\n  - heading: 하나\n"
    with pytest.raises(SlidegenError) as refused:
        load_outline(outline(tmp_path, text))
    message = str(refused.value)
    assert "unknown book '요한복믐' (did you mean 요한복음?)" in message
    assert "write it like '요한복음 3:16'" in message
    assert "John 3:16" not in message


def test_verses_reads_each_argument_as_its_own_reference(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "verses", "--language", "ko", "요 3:16", "창 1:1~3")
    assert code == 0
    assert "요한복음 3:16 (WEB)" in out and "창세기 1:1–3 (WEB)" in out
    # An unquoted reference arrives split in words, and still reads as one.
    code, out, _ = run(capsys, "verses", "John", "3:16", "1", "John", "1:9")
    assert code == 0
    assert "John 3:16 (WEB)" in out and "1 John 1:9 (WEB)" in out


def test_verses_in_another_language_says_which_option_to_add(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "verses", "요 3:16", "창 1:1~3")
    assert code == 1
    assert one_line(err) == "error: '요 3:16' reads as Korean, not English — add --language ko"
