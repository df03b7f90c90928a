"""Personal data written in Chinese characters inside a Dutch or English contact, as a WeChat message carries it:
a name in the chat's header or standing alone ("WeChat · 杨伟", a common surname and one or two characters), a
Chinese licence plate ("苏E·PR521", "闽D D49519"), a street address ("淮海中路81弄22号604室") and the six-digit
postcode after its city ("上海 200068"), and a Chinese mobile number in groups ("177-1428-1495", in any text). None of
the Latin-script rules reads these characters; a text without them costs the mobile's search and one comparison.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.rules import Span

_HAN = "\u4e00-\u9fff"
# The most common Chinese surnames (together about 85 % of the population).
_SURNAMES = (
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧"
)
# Words that start with a surname's character but name no one: weekdays ("周五"), "王国", "高兴" …
_NOT_NAMES = frozenset(
    """周一 周二 周三 周四 周五 周六 周日 周末 周围 谢谢 王国 高兴 高铁 金额 余额 方便 万一 何时 何况 江苏 江西 沈阳
    黄色 白色 金色 黄金 白天 马上 任何 任务 许多 许可 于是 向前 向后 石头 钱包 程序 罗马 韩国 龙头 孙子 叶子""".split()
)
_NAME = re.compile(rf"(?<![{_HAN}])[{_SURNAMES}][{_HAN}]{{1,2}}(?![{_HAN}])")
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE = re.compile(rf"[{_PROVINCES}][A-HJ-NP-Z][·• ]?[A-HJ-NP-Z0-9]{{5,6}}(?![A-Za-z0-9])")
_ADDRESS = re.compile(
    rf"[{_HAN}]{{1,8}}(?:路|街|大道|大街|巷|道)\d{{1,5}}(?:弄\d{{1,4}})?号(?:楼)?(?:\d{{1,5}}室)?"
    rf"(?P<city>[ \t]*[,，][ \t]*[{_HAN}]{{2,4}}[ \t]?(?P<postcode>\d{{6}})(?!\d))?"
)
# Not the rest of a number after its country code or a group: "+49 152 6208 8529", "DE 56 7036 899 175 5933 0380".
_MOBILE = re.compile(r"(?<![\d+)-])(?<![\d)][ -])(?:(?:\+|00)86[ -]?)?1[3-9]\d([- ])\d{4}\1\d{4}(?![\d-])")


def chinese_spans(text: str) -> Iterator[Span]:
    """Names, plates, addresses with their postcodes and mobile numbers in Chinese script or Chinese shapes."""
    for match in _MOBILE.finditer(text):  # its shape alone is enough, in any script
        yield match.start(), match.end(), "PHONE"
    if max(text, default=" ") < "\u4e00":
        return
    for match in _ADDRESS.finditer(text):
        yield match.start(), match.start("city") if match.group("city") else match.end(), "ADDRESS"
        if match.group("postcode"):
            yield match.start("postcode"), match.end("postcode"), "POSTCODE"
    for match in _PLATE.finditer(text):
        yield match.start(), match.end(), "PLATE"
    for match in _NAME.finditer(text):
        if match.group(0) not in _NOT_NAMES:
            yield match.start(), match.end(), "NAME"
