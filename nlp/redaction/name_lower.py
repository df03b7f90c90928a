"""Names written in lower case, which the name recogniser (capitals first) does not see: a chat speaker's name
before a message ("[20:15] linda: …", not a role such as "klant"), a name after "naam" in a form written in lower
case, before the form's next field ("naam piet de vries adres …"), and a name that the e-mail address beside it
spells ("sandra geurts, sandra-geurts@ziggo.nl"), and one that ends the text after a comma, a listed first name
first or a listed surname last ("…, koerier R4625641, suzanne van der veen.", "…, name chloe hughes", "…, seller
kofi tesfaye."), one after a role word up to a comma, a verb or the end, likewise ("klant marieke el amrani, klantnr
…", "Klant jonas petrauskas betaalde …"), and one that fills a cell of a form or a record on its own, a listed first
name first ("webformulier: naam kishan zielińska / adres …", "Customer 811281747 (rinske soewarno) asked …", "Klacht
via webformulier: auke kaya / …"), one after a bill's or a device's owner cue ("billing name tuğba, …") or as a
voice bot heard it ("naam verstaan als khadija ten brinke."), and a caller's whole name after they introduce
themselves ("u spreekt met alejandro de smet ik bel …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.lexicon import common_word_surnames, first_names, not_names, surnames
from nlp.redaction.rules import CHAT_TIME, Span

_PARTICLES = frozenset("van de der den het 't ter ten el al bin ben da di le la".split())
_SPEAKER = re.compile(rf"(?m)^[ \t]*{CHAT_TIME}[ \t]*(?P<v>[a-zà-ÿ][\w'-]{{1,20}}):")
_ROLES = frozenset("klant customer medewerker agent caller beller user gebruiker bot support".split())
_WORD = r"(?:[^\W\d_A-Z][\w'’-]*|['’]t)"  # lower-case letters, "ş" and "ğ" too; the particle "'t"
_AFTER_NAAM = re.compile(
    rf"(?<!\w)(?:naam|name):?[ \t]+(?P<v>{_WORD}(?:[ \t]+{_WORD}){{1,3}}?)"
    r"(?=,?[ \t]+(?:adres|address|postcode|geboren|geb\.?|tel\.?|telefoon|phone|mobiel|mobile|e-?mail|bsn|dob)\b)"
)
# A role word, then a lower-case name up to a comma, a listed first name first or a listed surname last: "klant
# said el amrani, klantnr …", "seller siobhán bouma.".
# Also a bereaved relative, a deceased parent, a driver, a debtor one agreed with: "gesprek nabestaande amar bouhlal,
# moeder driek van rooij overleden …", "bestuurder anke habraken", "regeling afgesproken met rasha al jasem: …".
_ROLE_WORDS = ("klant", "customer", "cust", "user", "gebruiker", "cliënt", "client", "patiënt", "nabestaande")
_ROLE_WORDS += ("bestuurder", "driver", "moeder", "vader", "mother", "father", "afgesproken met")  # lower case
_ROLE_WORDS += ("koper", "verkoper", "seller", "buyer")
# A name that ends the text after a comma (and a role word), a listed first name first or a listed surname last:
# "…, koerier R4625641, suzanne van der veen.", "…, seller kofi tesfaye."
_TAIL = re.compile(
    rf",[ \t]+(?:(?:name|naam|{'|'.join(_ROLE_WORDS)})[ \t]+)?(?P<v>{_WORD}(?:[ \t]+{_WORD}){{1,4}})"
    r"[ \t]*+[.!]?[ \t]*\Z"
)
_AFTER_ROLE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(_ROLE_WORDS)})[ \t]+(?P<v>{_WORD}(?:[ \t]+{_WORD}){{1,3}}?)"
    r"(?=[,:]|[ \t]*\(|[ \t]*$|[ \t]+(?:stuurt|belde|belt|betaalde|betaalt|vraagt|vroeg|wil|meldt|meldde|zegt|zei"
    r"|heeft|had|paid|pays|called|asks|asked|wants|says|said|sent|overleden|overleed|died|passed|on|op|reageert"
    r"|reageerde|replied|responds|geboren|born)\b|[ \t]*\.[ \t]*$)"
)
# A name on a bill, an account or a device, up to a comma, a bracket or the end: "billing name tuğba, postcode …",
# "(device van zarmina vercammen)": the cue alone says a name follows, so no listed first name is needed.
# A review's author before the colon: "Trustpilot review by siobhán amrani: …", "Google-review van kwame soekhai:".
# A name as a voice bot heard it: "naam verstaan als khadija ten brinke.", "name heard as indra chen.".
_OWNER_HINTS = ("billing", "name on", "device", "toestel", "review", "verstaan als", "heard as", "herkend als")
_AFTER_OWNER = re.compile(
    rf"(?:(?<![\w-])(?i:billing name|name on (?:the )?(?:bill|invoice|account)|device (?:van|of)|toestel van"
    r"|(?:naam|name) (?:verstaan als|heard as|herkend als|recogni[sz]ed as))"
    rf"|(?<!\w)(?i:review (?:by|van|door))(?=[ \t]+(?!(?:de|het|the|een|a|an|van|onze|our)\b){_WORD}"
    rf"(?:[ \t]+{_WORD}){{0,3}}:))"
    rf"[ \t]+(?P<v>{_WORD}(?:[ \t]+{_WORD}){{0,3}}?)(?=[ \t]*[,;):]|[ \t]*+\.?[ \t]*$)"
)
# A caller's whole name in lower case after they introduce themselves, a listed first name first, up to a word that
# starts the next clause: "u spreekt met alejandro de smet ik bel over …", "hi this is neeltje honig the fibre …".
_INTRO_CUES = ("spreekt met", "this is", "my name is", "mijn naam is", "ik ben", "i'm", "hier is")
_AFTER_INTRO = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(_INTRO_CUES)})[ \t]+(?P<v>{_WORD}(?:[ \t]+(?:{'|'.join(sorted(_PARTICLES))})){{0,3}}"
    rf"[ \t]+{_WORD})(?=[ \t]+(?:ik|i|the|de|het|and|from|uit|bel|belt|call|calling|zij|hij|she|he|we|wij|geboren"
    r"|born|about|over|van)\b|[ \t]*[,.!?]|[ \t]*$)"
)
# Words a clause after a comma ends with that no name has ("…, jan komt morgen").
_NOT_IN_A_TAIL = frozenset(
    """is was zijn waren komt kwam komen gaat ging belt belde heeft had wil wilde zegt zei kan kon moet graag
    morgen vandaag gisteren nu weer ook nog niet wel even toch dus dan maar bedankt thanks please ok oke prima
    and the is came comes called will said has had wants today tomorrow again too also not""".split()
)
# A cell: what stands between a form's or a record's separators, after its label ("webformulier: ", "naam ").
_CELL = re.compile(r"[^(/|;\t)\n]+")
_CELL_LABEL = re.compile(r"^(?:.*:[ \t]+)?(?:(?:naam|name)[ \t]+)?")
_CELL_NAME = re.compile(rf"{_WORD}(?:[ \t]+{_WORD}){{1,3}}")
_LOCAL_PART = re.compile(r"(?<![\w.+-])([a-zà-ÿ][\w.+-]*)@")
_TOKEN = re.compile(r"(?<![\w@.+-])[a-zà-ÿ][a-zà-ÿ'’-]*(?![\w@.+-])")


def _listed_first(word: str) -> bool:
    """A listed first name, each part of a double one too: "jean-luc"."""
    return all(part.capitalize() in first_names() for part in word.split("-"))


def _listed_either_end(words: list[str]) -> bool:
    """A listed first name first or a listed surname (no ordinary word) last: "siobhán bouma", "kofi tesfaye"."""
    last = words[-1].capitalize()
    return _listed_first(words[0]) or (last in surnames() and last not in common_word_surnames())


def _name_words(words: list[str]) -> bool:
    return any(word not in _PARTICLES for word in words) and all(
        word in _PARTICLES or word not in not_names() for word in words
    )


def _after_role(text: str) -> Iterator[re.Match[str]]:
    """`_AFTER_ROLE.finditer(text)`, tried only where a role word starts (the scan tries every character)."""
    starts, end, lower = set(), 0, text.lower()
    for role in _ROLE_WORDS:
        at = lower.find(role)
        while at != -1:
            starts.add(at)
            at = lower.find(role, at + 1)
    for start in sorted(starts):
        if start >= end and (match := _AFTER_ROLE.match(text, start)) is not None:
            end = match.end()
            yield match


def _cell_names(text: str) -> Iterator[Span]:
    """Lower-case names alone in a cell between "(", ")", "/", "|", ";" or tabs, a listed first name first."""
    for cell in _CELL.finditer(text):
        if cell.start() == 0 and cell.end() == len(text):
            return  # no separator at all: not a form or a record
        label = _CELL_LABEL.match(cell.group(0))
        body = cell.group(0)[label.end() :]
        name = _CELL_NAME.fullmatch(body.strip())
        if name is None:
            continue
        words = name.group(0).split()
        first = words[0].split("-")
        if all(part.capitalize() in first_names() for part in first) and _name_words(words):
            if not _NOT_IN_A_TAIL.intersection(words):
                start = cell.start() + label.end() + (len(body) - len(body.lstrip()))
                yield start, start + len(name.group(0)), "NAME"


def lower_name_spans(text: str, lower: str) -> Iterator[Span]:
    yield from _cell_names(text)
    if "[" in text and ":" in text:
        for match in _SPEAKER.finditer(text):
            if match.group("v") not in _ROLES and match.group("v") not in not_names():
                yield match.start("v"), match.end("v"), "NAME"
    if "naam" in lower or "name" in lower:
        for match in _AFTER_NAAM.finditer(text):
            words = match.group("v").split()
            if words[0] not in _PARTICLES and _name_words(words):
                yield match.start("v"), match.end("v"), "NAME"
    # no comma can follow the tail's: it starts at the last one, if anywhere
    if "," in text and (tail := _TAIL.match(text, text.rindex(","))) is not None:
        words = tail.group("v").split()
        if _listed_either_end(words) and _name_words(words) and not _NOT_IN_A_TAIL.intersection(words):
            yield tail.start("v"), tail.end("v"), "NAME"
    if any(role in lower for role in _ROLE_WORDS):
        for match in _after_role(text):
            words = match.group("v").split()
            if _listed_either_end(words) and _name_words(words):
                yield match.start("v"), match.end("v"), "NAME"
    if any(cue in lower for cue in _INTRO_CUES):
        for match in _AFTER_INTRO.finditer(text):
            words = match.group("v").split()
            if _listed_first(words[0]) and _name_words(words) and not _NOT_IN_A_TAIL.intersection(words):
                yield match.start("v"), match.end("v"), "NAME"
    if any(cue in lower for cue in _OWNER_HINTS):
        for match in _AFTER_OWNER.finditer(text):
            if _name_words(match.group("v").split()):
                yield match.start("v"), match.end("v"), "NAME"
    if "@" in text:
        spelled = {re.sub(r"[^a-zà-ÿ]", "", local) for local in _LOCAL_PART.findall(lower)}
        spelled.discard("")
        words = list(_TOKEN.finditer(text, 0, text.rindex("@")))
        for first, word in enumerate(words):
            for end in (first + 2, first + 3):
                run = words[first:end]
                if len(run) < end - first or any(
                    text[a.end() : b.start()] not in (" ", "\t") for a, b in zip(run, run[1:], strict=False)
                ):
                    break
                joined = "".join(token.group(0) for token in run)
                if len(joined) >= 6 and joined in spelled and _name_words([token.group(0) for token in run]):
                    yield word.start(), run[-1].end(), "NAME"
