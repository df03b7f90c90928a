"""Name-shaped words that are no person: places ("Den Helder"), shops and brands named like people ("Hans
Anders"), businesses ("Goossens Wonen", "Bosch Huishoudservice", "Foto Brouwer"), storms ("storm Henk"), pets ("poes
Roos"), roles ("Taxichauffeur hier"), furniture ("eettafel Jan") and streets named after someone."""

from __future__ import annotations

import re

from nlp.redaction.addresses import SAFE_LOWER_SUFFIX
from nlp.redaction.fields import HEADERS
from nlp.redaction.lexicon import brand_names, brand_words
from nlp.redaction.name_cues import TITLES
from nlp.redaction.name_tokens import Tokens
from nlp.redaction.named_things import named_thing

# Places that look like a particle and a surname.
_STREET_END = re.compile(rf"(?:{SAFE_LOWER_SUFFIX}|sluis|brug|tunnel|viaduct|bad)$")  # "… Alexandersluis", "… Galenbad"
_PLACES = frozenset(
    ("den bosch", "den haag", "den helder", "den dolder", "den burg", "den hoorn", "den ham", "de bilt", "de meern")
    + ("de lier", "de rijp", "de koog", "de steeg", "ter apel", "ter aar", "het gooi", "ten boer", "de wijk")
    + ("de maas", "de rijn", "de waal", "de lek", "de ijssel", "de schelde", "de amstel", "de vecht")  # rivers
    + ("den rijn", "den ijssel")  # "Alphen aan den Rijn", "Capelle aan den IJssel"
)

_STREET_HEADS = frozenset("laan weg plein kade singel dreef straat gracht".split())  # not Dijk, Hof: surnames
# The place after a postcode: "7061-CX Joure".
_AFTER_POSTCODE = re.compile(r"(?<![\w-])[1-9]\d{3}(?:[ \t]{0,2}|-)[A-Za-z]{2}[ \t]+$")
# What a business calls itself after its owner's name: "Goossens Wonen", "Witgoed Reparatie Oost".
_BUSINESS_ENDINGS = tuple(
    """service services reparatie reparaties wonen installatie installaties techniek bouw groep holding makelaardij
    makelaars verhuur schoonmaak keukens meubelen witgoed autobedrijf transport logistiek advies administratie
    loodgieters schilders tuinen kliniek praktijk ziekenhuis apotheek centrum school opvang pension
    notarissen kantoor wasserij dienst slagerij bakkerij camping landgoed optiek lyceum college formulier
    -pas stadion stadium theater theatre museum moskee bibliotheek vereniging stichting fonds
    university universiteit hogeschool club abonnement mentorschap beheer garage jachthaven manege bedrijf lift
    sanitair movers tickets foto fotografie fotostudio onderhoud hoveniersbedrijf locatie vestiging filiaal orthopedie
    makelaar bureau autohaus gymnasium halte""".split()
)
# A sports club's abbreviation before its name: "vv Jan van Arkel", "Vv Jan van Arkel zoekt trainers".
_CLUBS = frozenset("vv sv fc hc kv rkvv rksv vv. sv. fc.".split())
# A person's role or trade said as one capitalised word: "Taxichauffeur hier, …", "Pakketbezorger belde aan".
_ROLE_ENDINGS = ("chauffeur", "monteur", "bezorger", "koerier", "medewerker", "driver", "courier", "technician")
_ROLE_ENDINGS += ("reiziger", "passagier", "traveller", "passenger", "beller", "caller")
_RELATIVES = frozenset("zoon dochter schoonzoon schoondochter kleinzoon kleindochter".split())
# An animal before its name: "Poes Roos en kater Bolletje", "our dog Max".
_PETS = frozenset(
    """poes kat kater hond hondje pup puppy konijn cavia hamster paard pony merrie cat dog kitten teckel labrador
    retriever herder poedel chihuahua beagle spaniel terrier bulldog husky labradoodle""".split()
)
# Furniture that shops name like people: "eettafel Jan", "fauteuil Willem", "the sofa Emma".
_PRODUCTS = frozenset(
    """eettafel salontafel tafel fauteuil stoel eetkamerstoel hoekbank loungebank bankstel dressoir boekenkast
    kledingkast ledikant matras hanglamp vloerlamp sofa armchair chair sideboard wardrobe
    jurk pruik kostuum costume dress wig""".split()  # and costumes: "jurk Marie Antoinette", "pruik Louis XIV"
) | frozenset("zaal lokaal paviljoen".split())  # "in Zaal Emma"
_NAMED = _PETS | _PRODUCTS


def _storm(tokens: Tokens, first: int) -> bool:
    """A storm's name: "storm Henk" (not "Storm Acar": Storm is a first name too)."""
    return first > 0 and tokens.lower[first - 1] == "storm"


def _brand(tokens: Tokens, first: int, end: int) -> bool:
    """The chain (with the word after it) holds a shop or brand named like a person: "Hans Anders",
    "Douwe Egberts-punten", "bij Van der Valk"."""
    if first > 0 and tokens.lower[first - 1] in TITLES:
        first -= 1  # "Dr. Martens": the title is part of the brand
    before = max(0, first - 2)  # "de Kamer van Koophandel": the brand may start before the chain
    while before < first and not all(_brand_gap(tokens, i) for i in range(before + 1, first + 1)):
        before += 1
    words = brand_words(tokens.words[before : min(len(tokens), end + 1)])
    brands, chain_start, chain_end = brand_names(), first - before, end - before
    return any(
        tuple(words[start : start + size]) in brands
        for size in (2, 3, 4)
        for start in range(len(words) - size + 1)
        if start < chain_end and start + size > chain_start
    )


def _brand_gap(tokens: Tokens, index: int) -> bool:
    """Spaces, or an ampersand, between a token and the one before: "Holland & Barrett"."""
    gap = tokens.text[tokens.ends[index - 1] + tokens.dots[index - 1] : tokens.starts[index]]
    return tokens.joined(index) or gap.strip() == "&"


def _place(tokens: Tokens, first: int, end: int) -> bool:
    """A place like a name ("Den Helder"), the place after a postcode ("7061-CX Joure"), or a street named after
    someone, without a house number ("Jan Steenstraat": a shop's branch, not where a customer lives)."""
    start = tokens.starts[first]
    in_list = " ".join(tokens.lower[first:end]) in _PLACES
    last = tokens.lower[end - 1]
    street = _STREET_END.search(last) is not None and _STREET_END.fullmatch(last) is None
    # A street word first, then a particle and a name, without a house number: "Laan van Meerdervoort", "op de
    # Laan van Nieuw Oost-Indië" (but "Jan van der Laan van de buren" is a person).
    head = next((i for i in range(first, end) if tokens.words[i][:1].isupper()), first)
    after = head + 1  # the particle right after it, no comma between: "Dijk, van, R." is a person
    street = street or (
        tokens.lower[head] in _STREET_HEADS and after < len(tokens) and tokens.joined(after) and tokens.particle(after)
    )
    street = street or tokens.lower[head] == "triq"  # Malta's word for a street comes first: "Triq il-Kbira"
    # "…weg", "…haven", "…baan" after an article: "aan de Michiel de Ruyterweg" (not "Tini Korteweg", a surname)
    street = street or (last.endswith(("weg", "haven", "baan")) and len(last) > 6 and _after_article(tokens, first))
    return in_list or street or _after_postcode(tokens, start)


def _after_article(tokens: Tokens, first: int) -> bool:
    """The chain starts with an article or follows one: "de Prins Bernhardhaven", "at de Pieter Zeemanweg"."""
    articles = ("de", "het", "the")
    return tokens.words[first] in articles or (
        first > 0 and tokens.joined(first) and tokens.words[first - 1] in articles
    )


def _after_postcode(tokens: Tokens, start: int) -> bool:
    """Right after a postcode; not after the end of another number and a word that looks like its letters
    ("… 1172 3312 by T.H. Goossens": an IBAN's last group, "by" is no postcode's)."""
    postcode = _AFTER_POSTCODE.search(tokens.text, max(0, start - 12), start)
    if postcode is None:
        return False
    if tokens.taken.find(1, postcode.start(), postcode.start() + 4) == -1:
        return True
    letters = tokens.text[postcode.start() + 4 : postcode.end()].strip(" \t-").lower()
    # the letters taken with the digits, or a place's "te"/"in" after a date ("geboren op 23/12/1950 te Tirana")
    return tokens.taken.find(1, postcode.start() + 4, postcode.end()) != -1 or letters in ("te", "in")


def _business(tokens: Tokens, first: int, end: int) -> bool:
    """A word of the chain, or the one joined before or after it, says it is a business: "Bosch Huishoudservice",
    "Foto Brouwer", "Hoveniersbedrijf De Groene Vinger"."""
    # the word after counts when capitalised: "Goossens Wonen", not "Jan en Piet wonen in Delft"
    last = end + 1 if end < len(tokens) and tokens.joined(end) and tokens.words[end][:1].isupper() else end
    before = first  # a capitalised trade word before it, over capitalised particles: "Hoveniersbedrijf De Groene …"
    while before > 0 and tokens.joined(before) and not tokens.dots[before - 1] and first - before < 3:
        if not tokens.words[before - 1][:1].isupper():
            break  # "abonnement van Jan de Vries": the word before is no part of a business's name
        before -= 1
        if not tokens.particle(before):
            break
    if before > 0 and tokens.lower[before - 1] in _CLUBS or tokens.lower[first] in _CLUBS:
        return True
    return any(_business_word(word) for word in tokens.lower[before:last]) or _partner(tokens, first)


def _partner(tokens: Tokens, first: int) -> bool:
    """The second name of a firm named after two people: "Belastingadviesbureau Smit & De Wit", "Notarissen De
    Graaf en Mulder" (the firm's word comes before the first name, joined to it)."""
    gap = tokens.text[tokens.ends[first - 1] + tokens.dots[first - 1] : tokens.starts[first]] if first else ""
    if gap.strip() not in ("&", "") or (not gap.strip() and tokens.lower[first - 1] not in ("en", "and")):
        return False
    head = first - 1 if gap.strip() else first - 2  # the last word of the first name
    while head >= 0 and (tokens.words[head][:1].isupper() or tokens.particle(head)):
        if _business_word(tokens.lower[head]):
            return True
        if not tokens.joined(head):
            return False
        head -= 1
    return False


def _role_or_pet(tokens: Tokens, first: int, end: int) -> bool:
    """One word that is a role ("Taxichauffeur"), or a name after or starting with an animal ("Poes Roos") or a
    piece of furniture ("Eettafel Jan"), or a firm's staff ("Bezorgers van Goossens")."""
    if end - first == 1 and (tokens.lower[first].endswith(_ROLE_ENDINGS) or tokens.lower[first] in _RELATIVES):
        return True  # "Taxichauffeur hier", "contactpersoon zoon, tel. …"
    if tokens.lower[first].rstrip("s").endswith(_ROLE_ENDINGS) and first + 1 < end and tokens.particle(first + 1):
        return True  # "Bezorgers van Goossens", "Monteur van Eneco": a firm's staff
    called = first > 1 and tokens.lower[first - 1] in ("heet", "called", "named", "genaamd")  # "hond heet Pip"
    model = first > 0 and tokens.lower[first - 1] == "model" and not tokens.particle(first)  # "harp model Salvi Ana"
    return (
        model
        or tokens.lower[first] in _NAMED
        or (first > 0 and tokens.lower[first - 1] in _NAMED)
        or (called and tokens.lower[first - 2] in _NAMED)
    )


def _business_word(word: str) -> bool:
    """The word is a business word or a compound ending in one ("huishoudservice", "popschool"); a surname that
    only ends like one ("Jagroep") has less than three letters before it."""
    return word.endswith(_BUSINESS_ENDINGS) and any(  # the first test is one C call: most words end in none
        word == ending or (word.endswith(ending) and len(word) - len(ending) >= 3) for ending in _BUSINESS_ENDINGS
    )


def _in_code(tokens: Tokens, first: int, end: int) -> bool:
    """Letters glued to digits are part of a code, a model or a product: "Brother DCP-J1050DW", "ABC12"."""
    after, before = tokens.ends[end - 1], tokens.starts[first] - 1
    return tokens.text[after : after + 1].isdigit() or (before >= 0 and tokens.text[before].isdigit())


def _header_cell(tokens: Tokens, first: int, end: int) -> bool:
    """A column's name in a pasted table's header row ("Naam<TAB>Laadpas<TAB>Kenteken"), not a name under it."""
    start, stop = tokens.starts[first], tokens.ends[end - 1]
    return (
        end - first == 1
        and tokens.lower[first] in HEADERS
        and tokens.text[start - 1 : start] == "\t"
        and tokens.text[stop : stop + 1] in ("\t", "\n", "")
    )


# What a place or a building named after someone ends in: "Marco Polo-skigebied", "Lucas Bols-gebouw".
_THING_ENDINGS = tuple(
    "gebied gebouw lift zaal huis park hal toren brug tunnel kerk plein prijs route baan lokaal kant zijde weg"
    " filter lamp pomp kabel lader accu".split()  # a product of a brand: "Fluval-filter"
)


_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")


def _regnal(tokens: Tokens, first: int, end: int) -> bool:
    """A name with a ruler's number of two letters or more, in it or after it, is history or a costume, not a
    customer: "Louis XIV" ("Karel V" is too short to tell from an initial)."""
    after = tokens.words[end] if end < len(tokens) and tokens.joined(end) else ""
    last = tokens.words[end - 1] if end - first >= 2 else ""
    return any(len(word) >= 2 and word.isupper() and _ROMAN.fullmatch(word) for word in (after, last))


def _compound_thing(tokens: Tokens, end: int) -> bool:
    """A capitalised name joined by a hyphen to a place's or a business's word is a thing named after someone:
    "Marco Polo-skigebied", "Lucas Bols-gebouw" (not "Seo-yeon", "schepers-coenen", "Van Gerwen-aanvraag")."""
    head, _, tail = tokens.words[end - 1].rpartition("-")
    return head[:1].isupper() and tail.islower() and (tail.endswith(_THING_ENDINGS) or _business_word(tail))


def _street_after_initials(tokens: Tokens, end: int) -> bool:
    """Initials and a street's word right after the chain: "Annie M.G. Schmidtplein" is a street, not Annie
    (after a comma they are the person's: "in 't Groen, C.")."""
    index = end
    while index < len(tokens) and tokens.joined(index) and tokens.initial(index) and index - end < 4:
        index += 1
    return index > end and index < len(tokens) and _STREET_END.search(tokens.lower[index]) is not None


_ROYAL = frozenset("prins prinses koning koningin".split())  # not "Princess": a given name too


_STREET_WORDS = frozenset("road street avenue lane drive boulevard crescent terrace highway rd ave".split())


def _street_named(tokens: Tokens, end: int) -> bool:
    """A street's word right after the chain: "on Nathan Road", "Queen Street" (a person's name never has one)."""
    return end < len(tokens) and tokens.joined(end) and tokens.lower[end].rstrip(".") in _STREET_WORDS


def _royal(tokens: Tokens, first: int, end: int) -> bool:
    """A royal title and a name, no title of a customer before it: a public figure, or the jetty, ship or street
    named after one ("steiger Prins Bernhard", "op de Prins Willem-Alexander"), not a customer."""
    head = next((i for i in range(first, end) if tokens.words[i][:1].isupper()), first)
    return (
        tokens.lower[head] in _ROYAL
        and head + 1 < end
        and tokens.joined(head + 1)
        and tokens.words[head + 1][:1].isupper()
        and not (head > 0 and tokens.lower[head - 1] in TITLES)
    )


def not_a_person(tokens: Tokens, first: int, end: int) -> bool:
    return (
        _in_code(tokens, first, end)
        or _royal(tokens, first, end)
        or _street_named(tokens, end)
        or _compound_thing(tokens, end)
        or _regnal(tokens, first, end)
        or _street_after_initials(tokens, end)
        or _header_cell(tokens, first, end)
        or _place(tokens, first, end)
        or _brand(tokens, first, end)
        or _storm(tokens, first)
        or _business(tokens, first, end)
        or _role_or_pet(tokens, first, end)
        or named_thing(tokens, first, end)
    )
