"""Chinese references and titles: the Chinese Union Version (和合本) names and abbreviations,
in simplified and traditional characters.

Chinese writes "约翰福音 3:16", "约3:16" (no space), "約翰福音3章16節", "诗篇23篇", with a
full-width colon or digits from a Chinese keyboard ("3：16", "３：１６"), and lists with "、"
or "，". Names have no spaces and the text none between words, so a name ends where the digits
begin. Both scripts read in either language code; `zh` labels slides in simplified characters,
`zh-hant` in traditional ones.
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

# The 和合本 titles (新标点和合本, simplified) and their one- or two-character abbreviations.
_SIMPLIFIED = lined_table("""
创世记 创
出埃及记 出
利未记 利
民数记 民
申命记 申
约书亚记 书
士师记 士
路得记 得
撒母耳记上 撒上
撒母耳记下 撒下
列王纪上 王上
列王纪下 王下
历代志上 代上
历代志下 代下
以斯拉记 拉
尼希米记 尼
以斯帖记 斯
约伯记 伯
诗篇 诗
箴言 箴
传道书 传
雅歌 歌
以赛亚书 赛
耶利米书 耶
耶利米哀歌 哀
以西结书 结
但以理书 但
何西阿书 何
约珥书 珥
阿摩司书 摩
俄巴底亚书 俄
约拿书 拿
弥迦书 弥
那鸿书 鸿
哈巴谷书 哈
西番雅书 番
哈该书 该
撒迦利亚书 亚
玛拉基书 玛
马太福音 太
马可福音 可
路加福音 路
约翰福音 约
使徒行传 徒
罗马书 罗
哥林多前书 林前
哥林多后书 林后
加拉太书 加
以弗所书 弗
腓立比书 腓
歌罗西书 西
帖撒罗尼迦前书 帖前
帖撒罗尼迦后书 帖后
提摩太前书 提前
提摩太后书 提后
提多书 多
腓利门书 门
希伯来书 来
雅各书 雅
彼得前书 彼前
彼得后书 彼后
约翰一书 约一 约翰壹书 约壹
约翰二书 约二 约翰贰书 约贰
约翰三书 约三 约翰叁书 约叁
犹大书 犹
启示录 启
""")

# The same in traditional characters (和合本 as printed in Taiwan and Hong Kong).
_TRADITIONAL = lined_table("""
創世記 創
出埃及記 出
利未記 利
民數記 民
申命記 申
約書亞記 書
士師記 士
路得記 得
撒母耳記上 撒上
撒母耳記下 撒下
列王紀上 王上
列王紀下 王下
歷代志上 代上
歷代志下 代下
以斯拉記 拉
尼希米記 尼
以斯帖記 斯
約伯記 伯
詩篇 詩
箴言 箴
傳道書 傳
雅歌 歌
以賽亞書 賽
耶利米書 耶
耶利米哀歌 哀
以西結書 結
但以理書 但
何西阿書 何
約珥書 珥
阿摩司書 摩
俄巴底亞書 俄
約拿書 拿
彌迦書 彌
那鴻書 鴻
哈巴谷書 哈
西番雅書 番
哈該書 該
撒迦利亞書 亞
瑪拉基書 瑪
馬太福音 太
馬可福音 可
路加福音 路
約翰福音 約
使徒行傳 徒
羅馬書 羅
哥林多前書 林前
哥林多後書 林後
加拉太書 加
以弗所書 弗
腓立比書 腓
歌羅西書 西
帖撒羅尼迦前書 帖前
帖撒羅尼迦後書 帖後
提摩太前書 提前
提摩太後書 提後
提多書 多
腓利門書 門
希伯來書 來
雅各書 雅
彼得前書 彼前
彼得後書 彼後
約翰壹書 約壹 約翰一書 約一
約翰貳書 約貳 約翰二書 約二
約翰參書 約參 約翰三書 約三
猶大書 猶
啟示錄 啟 啓示錄 啓
""")

# A name in Chinese characters, ending where anything but a letter begins ("约3:16"). "第"
# starts a number ("第3章"), never a name.
_BOOK = re.compile(r"(?P<name>(?:(?!第)[\u3400-\u4dbf\u4e00-\u9fff])+)(?!(?!第)[^\W\d_])\s*")
# "3:16", "3：16", "３：１６", "3章16节", "第3章第16節", "23篇", "3章" (a chapter).
_POINT = re.compile(
    r"(?:第\s*)?(?P<a>\d+)(?:\s*[章篇])?"
    r"(?:\s*[:：]\s*(?P<b>\d+)|(?<=[章篇])\s*(?:第\s*)?(?P<c>\d+))?(?P<part>[abc])?"
    r"(?:\s*[节節])?(?![a-z\d])",
    re.I,
)
_SEPARATOR = re.compile(r"\s*(?:([,;，；、])|(和|及|&)|\s(and)\b)\s*", re.I)
_WORDS = words(dash=("~", "～", "〜", "至", "到"))
_KEYS = book_keys(_SIMPLIFIED + _TRADITIONAL, {}, exact=True)


def _chinese(code: str, table: BookTable, name: str) -> Language:
    return Language(
        code,
        book=_BOOK,
        point=_POINT,
        separator=_SEPARATOR,
        exact=_KEYS,
        titles=first_names(table),
        psalm=first_names(table)[18],
        words=_WORDS,
        name=name,
        unspaced=True,
    )


CHINESE = _chinese("zh", _SIMPLIFIED, "Chinese")
CHINESE_TRADITIONAL = _chinese("zh-hant", _TRADITIONAL, "Chinese (traditional)")
