"""Phone numbers in forms the main phone rule does not take: a mobile number typed with a letter O ("O6-12345678"),
an area code in brackets after the country code or without its 0 after a word that says a number follows ("+31 (20)
123 4567", "bel (597) 7519064"), nine digits after such a word ("tel. 01 752 5903", Dublin) and North American or
Caribbean shapes ("my line is 613-923-2266", "mi number ta 997-9871"; with the area code in brackets anywhere,
"(617) 281-2900"), a mobile's country code
without its "+" ("31612345678"), a foreign number after "00" in pairs ("00 33 6 41 95 82 59"), and the extension
said after a number ("010 123 4567 ext. 12", "(055) 123 45 67 toestel 4462", "… (toestel 21)") and the "#" that ends
one typed on a keypad, added to the number it belongs to.
"""

from __future__ import annotations

import re

from nlp.redaction.rules import HESITATION, Rule, Span, widen

_SEP = r"(?:\s?[-./–]\s?|\s)?"
PHONE_FORMS: tuple[Rule, ...] = (
    Rule("PHONE", re.compile(r"(?<![\w+.,/-])[Oo]6(?:" + _SEP + r"\d){8}(?![\d]|[.,]\d)")),
    Rule("PHONE", re.compile(r"(?<![\w+])\+\d{1,3}\s?\(\d{1,4}\)\s?\d(?:" + _SEP + r"\d){4,9}(?!\d)")),
    Rule("PHONE", re.compile(r"(?<![\w+.,/-])00 \d{2} \d(?: \d{2}){4}(?![\d]|[.,]\d)")),  # "00 33 6 41 95 82 59"
    Rule("PHONE", re.compile(r"(?<![\w+.,/-])316\d{8}(?![\d]|[.,]\d)")),  # a mobile, its "+" left out: "31650547634"
    Rule("PHONE", re.compile(r"(?<![\w+.,/-])0 6(?: ?\d){8}(?![\d]|[.,]\d)")),  # "0 6 08 773 660"
    Rule("PHONE", re.compile(r"(?<![\w+])\(06\)[ -]?\d{8}(?![\d]|[.,]\d)"), hints=("(06)",)),  # "(06)-52703459"
    Rule("PHONE", re.compile(r"(?<![\w+.,/-])(?<!\d )0(?P<s>[ -])[1-9](?:(?P=s)\d){8}(?![ -]?\d)")),  # "0-6-8-3-6-…"
    Rule("PHONE", re.compile(r"(?<![\w+])\+1-[2-9]\d\d-\d{3}-\d{4}(?![\d-])"), hints=("+1-",)),  # "+1-604-394-4997"
    # ten digits with a hesitation in them, as a voicemail's transcript has it: "061527 uh 2556"
    Rule(
        "PHONE",
        re.compile(
            rf"(?<![\w+.,/-])0\d(?:[ -]?\d){{1,7}}[ \t]+(?:{HESITATION}),?[ \t]+\d(?:[ -]?\d){{1,7}}(?![\d]|[.,]\d)"
        ),
        lambda value: sum(char.isdigit() for char in value) == 10,
        hints=(" uh", " eh", " um", " erm"),
    ),
    # a North American number without its "1" ("876-878-8468"), an African one without its "+" ("254-757-495303"),
    # a mobile in a slash and dots ("06/17.67.20.98"), an area code of two in brackets ("(09) 618 8395")
    Rule(
        "PHONE",
        re.compile(r"(?<![\w+.,/-])(?<!\+1 )(?:[2-9]\d\d-[2-9]\d\d-\d{4}|2\d\d-\d{3}-\d{6})(?![\d-]|[.,]\d)"),
    ),
    Rule("PHONE", re.compile(r"(?<![\w+.,/-])0\d/\d\d(?:\.\d\d){3}(?![\d]|[.,]\d)"), hints=("/",)),
    Rule("PHONE", re.compile(r"(?<![\w+])\(0\d\)[ ]?\d{3}[ ]?\d{4}(?![\d]|[.,]\d)"), hints=(")",)),
    # a British area code of four or five in brackets: "(01786) 659000"
    Rule("PHONE", re.compile(r"(?<![\w+])\(0\d{3,4}\)[ ]?\d{3}[ ]?\d{3}(?![\d]|[.,]\d)"), hints=(")",)),
    # …or with a dash ("04-118 8308"), and a North American one in spaces ("658 498 0045")
    Rule(
        "PHONE",
        re.compile(
            r"(?<![\w+.,/-])(?<!\d )"  # not a number's rest after its country code ("+30 691 851 7001", "0090 535 …")
            r"(?:0[2-9]-\d{3}|[2-9]\d\d [2-9]\d\d) \d{4}(?![\d-]|[.,]\d| \d|[ \t]*(?i:eur|usd|dollar))"
        ),
    ),
    # an Indian mobile in two fives: "80464 95930"
    Rule("PHONE", re.compile(r"(?<![\w+.,/-])(?<!\d )[6-9]\d{4} \d{5}(?![\d]|[.,]\d| \d)")),
    # a North American number with its area code in brackets, no other number's shape: "(617) 281-2900"
    Rule("PHONE", re.compile(r"(?<![\w+])\([2-9]\d\d\) ?\d{3}-\d{4}(?![\d-]|[.,]\d)"), hints=(")",)),
    # Singapore's or Malta's eight digits after a word for a phone: "mobile 6119 4055", "call me 8543 1329",
    # "my mobile is 6679 9294", "mijn Singaporese nummer is 8828 4814", a note's call-back "cb 7958 4489"
    Rule(
        "PHONE",
        re.compile(
            r"(?i:\b(?:mobile|mobiel|call me|bel me|phone|hp|cb|(?:my|mijn)(?:[ \t]+\w+)?[ \t]+(?:number|nummer)))"
            r"[ \t:]+(?i:(?:is|on|op)[ \t]+)?"
            r"(?P<v>[2-9]\d{3}[ ]?\d{4})(?![\w-]|[.,]\d)"
        ),
        group="v",
        hints=("mobile", "mobiel", "call me", "bel me", "phone", "hp", "cb", "nummer is", "number is"),
    ),
    # …with the country's 1 and dashes, or in dots: "1-514-926-0910", "416.784.1645" (a toll-free line is a firm's)
    Rule(
        "PHONE",
        re.compile(
            r"(?<![\w+.-])(?!1-8(?:00|88|77|66|55|44|33)-)(?:1-[2-9]\d\d-\d{3}-\d{4}|[2-9]\d\d\.\d{3}\.\d{4})"
            r"(?![\w-]|[.,]\d)"
        ),
    ),
    Rule(
        "PHONE",
        re.compile(
            r"(?i:\b(?:bel|tel\.?|telefoon|call|phone|mobiel|mobile|gsm|nummer|number|op|on|contact|at))[ \t:]+"
            r"(?P<v>\(\d{2,4}\)\s?\d(?:" + _SEP + r"\d){5,8})(?![\d]|[.,]\d)"
        ),
        group="v",
    ),
    Rule(  # nine digits after a cue that says a phone number follows: Dublin's "tel. 01 752 5903", "I'm on 091-795550"
        "PHONE",
        re.compile(
            r"(?i:\b(?:bel|tel\.?|telefoon|call|ring|phone|mobiel|mobile|gsm|i['’]m|i am))[ \t:]+(?i:on|op)?[ \t]*"
            r"(?P<v>0\d(?:" + _SEP + r"\d){7})(?!" + _SEP + r"\d|[.,]\d)"
        ),
        group="v",
        hints=("bel", "tel", "call", "ring", "phone", "mobi", "gsm", "i'm", "i’m", "i am"),
    ),
    Rule(  # Singapore's eight digits after such a word: "Tel: 8434 8748", "call back on 8699 5174"
        "PHONE",
        re.compile(
            r"(?i:\b(?:tel\.?|telefoon|phone|mobile|call(?:[ \t]+back)?|ring|whatsapp|hp)(?:[ \t]+(?:on|op))?)[ \t:]+"
            r"(?P<v>[689]\d{3}[ -]?\d{4})(?![\d-]|[.,]\d)"
        ),
        group="v",
        hints=tuple("tel phone mobile call ring whatsapp hp".split()),
    ),
    Rule(  # North American and Caribbean shapes after such a word: "my line is 613-923-2266", "mi number ta 997-9871"
        "PHONE",
        re.compile(
            r"(?i:\b(?:bel|tel\.?|telefoon|call|ring|phone|mobiel|mobile|cell|gsm|line|number|nummer|reach|from|contact)"
            r"(?:[ \t]+(?:me|us|him|her|mij|mi))?(?:[ \t]+(?:is|ta|on|at|op|pon))?)[ \t:]+"
            r"(?P<v>(?:1[ .-])?(?:\([2-9]\d\d\)|[2-9]\d\d)[ .-]?\d{3}[ .-]\d{4}"
            r"|\(\d{4}\) ?\d{3} ?\d{4}|[2-9]\d\d-\d{4})(?![\d-]|[.,]\d)"
        ),
        group="v",
        hints=tuple("bel tel call ring phone mobi cell gsm line numm numb reach from contact".split()),
    ),
)
_EXTENSION = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?P<open>\([ \t]*)?(?i:ext\.?|extension|toestel(?:nummer)?|tst\.?|doorkies(?:nummer)?)"
    r"[ \t]*+:?[ \t]*\d{1,5}(?(open)[ \t]*\)|)(?!\w)"
    r"|#(?=\s|$)"  # the key that ends a number typed on a phone's keypad: "caller_input=0612345678#"
)


def phone_extensions(text: str, kept: list[Span], taken: bytearray) -> None:
    """Grow each PHONE span in `kept` (and `taken`) over an extension said right after it."""
    for index, (start, end, kind) in enumerate(kept):
        if kind != "PHONE":
            continue
        extension = _EXTENSION.match(text, end)
        if extension is not None and taken.find(1, end, extension.end()) == -1:
            widen(kept, taken, index, start, extension.end())
