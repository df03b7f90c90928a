"""Name-shaped words that name a business, a place, a work or a thing rather than a person, by what stands around
them: a trade word in the chain or next to it ("Bandenhotel Piet Kramer", "Lloyds Hypotheken", "Ouwehands
Dierenpark", "St Thomas' Hospital"), a firm's head or tail ("Gebr. Van Wijk", "De Vries & Zn.", "Jansen B.V."),
a saint before it ("Uitvaartvereniging St. Barbara"), "The" before it ("The Lion King"), a work or variety after its
kind ("roos 'Gloria Dei'", "de musical Annie"), a list of places after "in" ("in Hoorn, Kampen en Ede"), a shop
named by one word where the sentence is about buying ("bij Otto", "Otto levert"), a product named alliteratively
after what it sells ("Klaas Kluis levert kluizen"), "Moments by Sanne", a car's model ("Renault Zoe"), a named
storm ("Storm Eunice blew tiles off"), "een Noor", a language or company (not_person_words.txt), a greeting
("Lieve groet") and a chatbot ("Sam de chatbot:", "onze chatbot Mees")."""

from __future__ import annotations

import re

from nlp.redaction.lexicon import first_names, not_person_words, surnames, trade_word
from nlp.redaction.name_cues import TITLES
from nlp.redaction.name_tokens import Tokens

_FIRM_TAIL = re.compile(
    r"[ \t]*(?:&|en|and)[ \t]*(?:Zn|Zonen|Zoon|Zoons|Co|Partners|Dochters|Sons|Son)\b"
    r"|[ \t]*+,?[ \t]*(?:B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|VOF|Ltd|Inc|GmbH|LLC|BVBA|Holding)(?![\w-])"
)
# Words before a firm's name: "Glazenwasserij Gebr. Van Wijk", "Fa. Jansen".
_FIRM_HEADS = frozenset(("gebr", "gebroeders", "fa", "firma"))
_SAINTS = frozenset(("st", "sint", "saint", "sankt", "ste", "sainte"))
# What is named in quotes after its kind: "roos 'Gloria Dei'", "het album 'Anna Maria'".
_KINDS = frozenset(
    """roos rose rozen roses tulp tulip tulpen plant planten ras soort variety cultivar appel apple peer dahlia
    hortensia clematis boek book film movie lied song album musical show serie series model type titel title
    product pakket bundel actie campagne project kamer suite boot schip ship""".split()
)
_QUOTES = "'‘’\"“”"
_PLACE_BEFORE = frozenset("in nabij near rond rondom around tussen between richting regio omgeving vanuit".split())
# A work or a plant named right after its kind, without quotes: "de musical Annie", "de roos Gloria Dei".
_WORKS = frozenset(
    """musical film movie boek book roman novel serie series voorstelling opera toneelstuk album lied song podcast
    roos rose tulp tulip dahlia hortensia clematis rhododendron pioenroos""".split()
)
_LIST_WORDS = frozenset(("en", "and", "of", "or"))
# "wonende te Hoogeveen", "geboren te Kampen": "te" with a place, not a surname's particle.
_TE_AFTER = frozenset("wonende wonend woonachtig geboren gevestigd overleden gelegen ingeschreven verblijvende".split())
_SHOP_BEFORE = frozenset(("bij", "at", "from", "via"))
_SHOP_VERBS = frozenset("levert leverde bezorgt verzendt verstuurt verkoopt ships delivers sells".split())
_SHOP_NOUNS = frozenset("order orders bestelling bestellingen webshop winkel shop store".split())  # "my Otto order"
_SHOPPING = re.compile(
    r"\b(?:webshop|webwinkel|werkdagen|verzend\w*|zending|bestel\w*|geleverd|levering|gekocht|kocht|kost|prijs"
    r"|korting|aanbieding|retour\w*|ruilen|afgeschreven|orders?|ordered|bought|delivery|shipping|cheaper|goedkoper)\b",
    re.IGNORECASE,
)
_CAR_BRANDS = frozenset(
    """toyota volkswagen kia hyundai peugeot renault opel tesla bmw audi volvo nissan mazda skoda škoda seat fiat
    citroen citroën suzuki honda mercedes dacia mitsubishi lexus porsche cupra polestar ford mini jeep""".split()
)
_WEATHER = re.compile(
    r"\b(?:blew|blown|blow|wind|omgewaaid|omgeblazen|waaide|geblazen|roof|dak|dakpannen|tiles|schade|damage|storm)",
    re.IGNORECASE,
)
_GREETINGS = frozenset(("groet", "groeten", "groetjes"))
# "Lieve juf," and "Lieve mensen van …" open a letter: "Lieve" is dear there, not the Flemish given name.
_ADDRESSED = frozenset("juf meester mensen allemaal collega's collega team buren ouders vrienden dames".split())


def _trade(tokens: Tokens, first: int, end: int) -> bool:
    """A trade word in the chain or capitalised right before or after it, or a firm's tail after it."""
    gap = tokens.text[tokens.ends[end - 1] : tokens.starts[end]] if end < len(tokens) else "\n"
    after = gap.lstrip("'’").strip(" \t") == "" and "\n" not in gap  # "St Thomas' Hospital"
    last = end + 1 if after and tokens.words[end][:1].isupper() else end
    joined_before = first > 0 and tokens.joined(first) and not tokens.dots[first - 1]
    if joined_before and tokens.words[first - 1][:1].isupper():
        first -= 1  # "Autowasstraat Joop" when the trade word is not part of the chain
    if any(trade_word(word) for word in tokens.lower[first:last]):
        return True
    if first > 0 and tokens.lower[first - 1] in _FIRM_HEADS and tokens.words[first - 1][:1].isupper():
        return True
    return tokens.followed_by(end, _FIRM_TAIL)


def _saint(tokens: Tokens, first: int, end: int) -> bool:
    """ "St. Barbara", "Sint Jozef": a church, school or society named after a saint (not "Mevrouw St. Clair",
    "Ian St. John", "Sint Jansen": a title, a first name before it or a surname after it)."""
    while first < end - 1 and tokens.particle(first):
        first += 1  # "de Sint Jozef school"
    if tokens.lower[first] in _SAINTS and end - first > 1:
        saint = first
    elif tokens.joined(first) and tokens.lower[first - 1] in _SAINTS and tokens.words[first - 1][:1].isupper():
        saint = first - 1
    else:
        return False
    before = tokens.words[saint - 1] if saint > 0 and tokens.joined(saint) else ""
    if before.lower() in TITLES or before in first_names():
        return False
    return tokens.words[saint + 1] not in surnames()


def _title(tokens: Tokens, first: int) -> bool:
    """ "The Lion King", "The Body Shop": a capitalised English article before it makes it a title."""
    return first > 0 and tokens.words[first - 1] == "The" and tokens.joined(first)


def _quoted_kind(tokens: Tokens, first: int, end: int) -> bool:
    """In quotes right after the kind of thing it names ("roos 'Gloria Dei'"), or a work or plant right after its
    kind ("de musical Annie"; not "het boek van Annie": the particle stays out of the chain)."""
    if first > 0 and tokens.lower[first - 1] in _WORKS and tokens.joined(first):
        return True
    start, stop = tokens.starts[first], tokens.ends[end - 1] + tokens.dots[end - 1]
    text = tokens.text
    if not (start > 0 and text[start - 1] in _QUOTES and text[stop : stop + 1] in tuple(_QUOTES)):
        return False
    before = text[max(0, start - 30) : start - 1].split()
    return bool(before) and before[-1].lower().strip(",:") in _KINDS


def _place_list(tokens: Tokens, first: int, end: int) -> bool:
    """Single words listed after "in": "in Hoorn, Kampen en Ede", "de winkels in Hulst"; "wonende te Kampen"."""
    if tokens.lower[first] == "te" and tokens.words[first] == "te" and end - first == 2 and first > 0:
        before = tokens.text[: tokens.starts[first]].rstrip()
        return tokens.lower[first - 1] in _TE_AFTER or before[-1:].isdigit() or tokens.blocked(first - 1)
    if any(not tokens.words[i][:1].isupper() for i in range(first, end)):
        return False
    if any(tokens.joined(i) for i in range(first + 1, end)):
        return False  # one word each: "in Hoorn, Kampen", not "in Jan de Vries"
    index = first
    while index > 0:
        gap = tokens.text[tokens.ends[index - 1] + tokens.dots[index - 1] : tokens.starts[index]]
        if gap.strip() == "," and tokens.words[index - 1][:1].isupper():
            index -= 1
        elif tokens.lower[index - 1] in _LIST_WORDS and index > 1 and tokens.words[index - 2][:1].isupper():
            index -= 2
        else:
            break
    return index > 0 and tokens.words[index - 1] in _PLACE_BEFORE and tokens.joined(index)


def _shop(tokens: Tokens, first: int, end: int) -> bool:
    """One word after "bij"/"van" or before "levert", in a sentence about buying: "kost bij Otto € 420"."""
    if end - first != 1:
        return False
    before = first > 0 and tokens.lower[first - 1] in _SHOP_BEFORE and tokens.joined(first)
    after = end < len(tokens) and tokens.joined(end) and tokens.lower[end] in _SHOP_VERBS | _SHOP_NOUNS
    return (before or after) and _SHOPPING.search(tokens.text) is not None


_PLURALS = ("en", "s", "'s", "je", "jes", "tje", "tjes", "es")


def _sells_itself(tokens: Tokens, first: int, end: int) -> bool:
    """Two alliterating words, the second an ordinary word whose plural the text also has in lower case: "Klaas
    Kluis levert kluizen", "Bert Bed verkoopt bedden"."""
    if end - first != 2 or tokens.lower[first][:1] != tokens.lower[first + 1][:1]:
        return False
    word = tokens.lower[first + 1]
    if len(word) < 3 or word.capitalize() in surnames():
        return False
    stems = {word, word + word[-1], word[:-1] + {"s": "z", "f": "v"}.get(word[-1], word[-1])}
    others = (tokens.words[i] for i in range(len(tokens)) if not first <= i < end)
    return any(
        other.islower() and any(other.startswith(stem) and other[len(stem) :] in _PLURALS for stem in stems)
        for other in others
    )


def _car_model(tokens: Tokens, first: int) -> bool:
    """ "Renault Zoe", "Toyota Corolla Touring Sports": a model's name after the make (one model word between at
    most; not the letters of a postcode: "4255 VW to Craig")."""
    for back in (1, 2):
        index = first - back
        if index < 0 or not tokens.joined(index + 1) or (back == 2 and not tokens.words[index + 1][:1].isupper()):
            return False
        before = tokens.text[max(0, tokens.starts[index] - 2) : tokens.starts[index]]
        if tokens.lower[index] in _CAR_BRANDS and not any(char.isdigit() for char in before):
            return True
    return False


def _storm(tokens: Tokens, first: int, end: int) -> bool:
    """ "Storm Eunice blew tiles off": a storm's name, when the second word is a first name or the text is about
    the weather ("Storm Acar" alone is a person)."""
    if tokens.lower[first] not in ("storm", "stormschade") or end - first != 2:
        return False
    second = tokens.words[first + 1]
    weather = _WEATHER.search(tokens.text, tokens.ends[end - 1]) is not None
    return second in first_names() or (second not in surnames() and weather)


def _made_by(tokens: Tokens, first: int, end: int) -> bool:
    """ "Moments by Sanne", "Flowers by Anna": a plural noun, "by" and a first name make a business's name."""
    if end - first != 1 or first < 2 or tokens.lower[first - 1] != "by" or not tokens.joined(first - 1):
        return False
    noun = tokens.words[first - 2]
    return noun[:1].isupper() and noun.endswith("s") and noun not in surnames() and noun not in first_names()


def _demonym(tokens: Tokens, first: int, end: int) -> bool:
    """ "Een Noor op de camping": one word after the indefinite article is someone from somewhere, not a name."""
    return end - first == 1 and first > 0 and tokens.lower[first - 1] == "een" and tokens.joined(first)


# A chatbot's name: "Sam de chatbot:", "Lotje (virtuele assistent):", "our chatbot Mees", "Sleepie, the chat
# assistant", "🤖 Vera:".
_BOT_KIND = r"[a-z]*bot|(?:(?:virtuele|digitale|virtual|digital|chat)[ \t]+)?(?:assistent|assistant)"
_BOT_AFTER = re.compile(
    rf"(?i)[ \t]*(?:,[ \t]*)?(?:(?:de|onze|the|our)[ \t]+(?:{_BOT_KIND})|\((?:{_BOT_KIND})\))(?!\w)"
)
_COLON = re.compile(r"[ \t]*:")
_BOT_BEFORE = re.compile(rf"(?i)(?:(?<!\w)(?:{_BOT_KIND})|🤖)[ \t]*$")  # "🤖 Vera: Welkom …" speaks for a bot


def _speaker(tokens: Tokens, first: int, end: int) -> bool:
    """The words open a line or follow a time stamp, and a colon follows them: who speaks in a transcript."""
    before = tokens.text[: tokens.starts[first]].rstrip(" \t")
    return (not before or before[-1] in "\n]") and tokens.followed_by(end, _COLON)


def _bot(tokens: Tokens, first: int, end: int) -> bool:
    start = tokens.starts[first]
    word = tokens.words[first]
    return (
        # "Alarmbot Anna"; shorter as a transcript's speaker: "[00:24] Pilbot: Noemt u …" (not "Mr Talbot:")
        (word.lower().endswith("bot") and word not in surnames() and (len(word) > 6 or _speaker(tokens, first, end)))
        or _BOT_AFTER.match(tokens.text, tokens.ends[end - 1] + tokens.dots[end - 1]) is not None
        or _BOT_BEFORE.search(tokens.text, max(0, start - 30), start) is not None
    )


def _named_day(tokens: Tokens, first: int, end: int) -> bool:
    """ "Canada Day", "Boxing Day": a day named after a place or an event, not a person called Day."""
    return end - first >= 2 and tokens.words[end - 1] == "Day" and tokens.words[first] not in first_names()


# Languages that are given names too ("Frans", "Engels"), where a course or a speaker says they are languages (the
# others, "Spaans", "Duits", …, are in not_person_words.txt, which `named_thing` reads first).
_LANGUAGES = frozenset("frans engels nederlands".split())
_LANGUAGE_BEFORE = frozenset("cursus taalcursus les lessen leren leer spreek spreekt spreken".split())
_COURSE = re.compile(r"(?i)inschrijv|cursus|\bles\b|lessen|taal")  # "inschrijven voor Frans", not "cadeau voor Frans"
_LANGUAGE_AFTER = frozenset("voor les lessen cursus leren spreken a1 a2 b1 b2 c1 c2 beginners gevorderden".split())


def _language(tokens: Tokens, first: int, end: int) -> bool:
    """ "inschrijven voor Frans", "Frans voor beginners": the language, not a man called Frans."""
    if end - first != 1 or tokens.lower[first] not in _LANGUAGES:
        return False
    before = first > 0 and tokens.lower[first - 1] in _LANGUAGE_BEFORE
    start = tokens.starts[first]
    course = _COURSE.search(tokens.text, max(0, start - 40), start) is not None
    before = before or (first > 0 and tokens.lower[first - 1] in ("voor", "in") and course)
    return before or (end < len(tokens) and tokens.joined(end) and tokens.lower[end] in _LANGUAGE_AFTER)


def named_thing(tokens: Tokens, first: int, end: int) -> bool:
    if end - first == 1 and end < len(tokens) and tokens.lower[first] == "lieve":
        if tokens.lower[end] in _GREETINGS or tokens.words[end] in _ADDRESSED:
            return True  # "Lieve groet", "Lieve juf,"
    if any(word in not_person_words() for word in tokens.lower[first:end]):
        return True  # "de cursus Spaans", "Aanmaning van Flanderijn"
    return (
        _trade(tokens, first, end)
        or _saint(tokens, first, end)
        or _title(tokens, first)
        or _quoted_kind(tokens, first, end)
        or _place_list(tokens, first, end)
        or _shop(tokens, first, end)
        or _sells_itself(tokens, first, end)
        or _car_model(tokens, first)
        or _storm(tokens, first, end)
        or _demonym(tokens, first, end)
        or _made_by(tokens, first, end)
        or _bot(tokens, first, end)
        or _named_day(tokens, first, end)
        or _language(tokens, first, end)
    )
