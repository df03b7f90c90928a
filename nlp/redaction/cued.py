"""Numbers that are personal only because of the word before them: "klantnummer 12345678", "kenteken 12ABC3".

The cue word itself stays (it tells the classifier what the contact is about); the value after it goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.checks import digits
from nlp.redaction.patterns import plate_shapes
from nlp.redaction.rules import ANSWER, HESITATION, Rule, Span

_CUES: dict[str, str] = {
    "CUSTOMER_NUMBER": (
        r"klan[dt](?:en)?[- ]?(?:nummer|numer|nummmer|nómmer|nr|id|code)|cli[eë]nt[- ]?(?:nummer|nr)|ov-?chipkaart"
        r"|donateurs?[- ]?(?:nummer|nr)|donor (?:number|no)|participant (?:number|no)|membership(?= )"
        r"|(?-i:KN(?![A-Z0-9]))|klnr|contract[- ]?(?:nummer|nr|number|no|id)|(?:garantie|warranty)[- ]?claim"
        r"|booking(?:[- ]?(?:code|reference|ref|number|no|nr))?"
        r"|klantenkaart|klantkaart|klantenpas|loyalty(?: card)?(?: number| no\.?)?|hirer(?: no\.?| number)?"
        r"|loyaliteits?(?:kaart|nummer|nr)\.?|donor[- ]?(?:id|nummer|nr|number)"
        r"|club-?pas|plus-?pas|spaarpas|spaarkaart|bonuskaart|bonus card"
        r"|frequent[- ]?fl[yi]er[- ]?(?:nummer|number|no|nr)?|debtor(?: number| no)?|pashouder ?nummer"
        r"|polis[- ]?(?:nummer|nr)"
        r"|policy[- ]?(?:number|no|id)|dossier[- ]?(?:nummer|nr)|referentie(?:nummer|nr)?|reference(?: number| no)?"
        r"|ref(?:\.|erence)?(?= ?[:#])|abonnements?[- ]?(?:nummer|nr)|subscription[- ]?(?:number|id)"
        r"|(?:lid(?:maatschaps)?|cursist)[- ]?(?:nummer|nr)|member(?:ship)?[- ]?(?:number|no|id)"
        r"|account[- ]?(?:nummer|number"
        r"|nr|no|id)|client[- ]?(?:nummer|number|no|id|ref(?:erence)?)|customer[- ]?(?:number|no|id|ref(?:erence)?)"
        r"|cust\.[ ]?(?:no|nr|number)\.?|aansluit(?:nummer|nr)|debiteur(?:en)?(?:nummer|nr)|v-(?:nummer|number)"
        r"|zaak[- ]?(?:nummer|nr)|case[- ]?(?:number|no)|meter[- ]?(?:nummer|number)"
        r"|EAN[- ]?(?:code|nummer)?(?=\W{0,6}(?:is\W{1,3})?\d{18}(?!\d))"  # a connection's, not a product's
        r"|abonnee[- ]?(?:nummer|nr)|subscriber[- ]?(?:number|no|nr|id)|storingsticket|storings?nummer"
        r"|incident(?:nummer|nr)?|claim ref(?:erence)?|mandaat(?:[- ]?(?:kenmerk|nummer|nr|id))?|mandate(?: ref\w*)?"
        r"|(?:our|your|uw|onze|letter|brief|claim) ref(?:erence)?|schade[- ]?(?:nummer|nr)|huurcontract"
        r"|huurovereenkomst|hospital (?:number|no|nr)|reader'?s? ticket|ziekenhuis[- ]?(?:nummer|nr)|acct|acount"
        r"|(?:plot|land) lease|(?:rental|hire|lease|tenancy) agreement"
        r"|(?:banden|tyre|tire) ?hotel(?: ?(?:nummer|nr|number|no))?"  # the tyres a garage keeps for a customer
        r"|huurders?[- ]?(?:nummer|nr)|tenant[- ]?(?:number|no)|student(?:en)?[- ]?(?:nummer|nr|number|no|id)"
        r"|leerling(?:en)?[- ]?(?:nummer|nr)|pupil[- ]?(?:number|no|id)|patiënt(?:en)?[- ]?(?:nummer|nr)"
        r"|patient[- ]?(?:number|no|id)"
        r"|relatie[- ]?(?:nummer|nr|code)|relation (?:number|no|code)|lease ?contract|deelnemer|participant"
        r"|dossier|polis|case|kenmerk"
        r"|pers(?:oneels)?\.?[- ]?(?:nummer|nr)\.?|werknemers?[- ]?(?:nummer|nr)|salaris[- ]?(?:nummer|nr)"
        r"|(?:employee|staff|payroll)[- ]?(?:number|no|id)|(?:library|waste|bin|gym|parking) (?:card|pass)(?: number)?"
        r"|(?:bibliotheek|bieb|afval|milieu|container|parkeer|zwem|sport|stads|ooievaars)pas(?:nummer)?"
        r"|pas[- ]?(?:nummer|nr)|(?:kandidaat|deelnemers?|kind|lenings?|hypotheek)[- ]?(?:nummer|nr)"
        r"|candidate (?:number|no)|club ?card|seizoen(?:s)?kaart|season (?:ticket|pass)(?: number)?"
        r"|(?:mortgage|loan)(?: number)?|inschrijf(?:nummer|nr)|flying blue(?:-nummer| number)?"
        r"|pensioen[- ]?(?:nummer|nr)|pension[- ]?(?:number|no|ref(?:erence)?)|(?-i:FF)(?= ?\d)"
        r"|gebruikers?[- ]?id|user[- ]?id|museum ?(?:card|kaart|jaarkaart)(?: number)?|loyalty (?:number|no)"
        r"|kaart[- ]?nummer|\w{3,}-?pas(?:nummer|nr)?(?=[ \t]?[#:]?[ \t]*[A-Z]{0,4}[ -]?\d)|pass[- ]?(?:number|no)"
        r"|leveranciers?[- ]?(?:nummer|nr)?|supplier(?:[- ]?(?:number|no|id))?|bonds?[- ]?(?:nummer|nr)"
        r"|(?:knhb|knkv|knvb|knltb)[- ]?(?:number|no|nummer|nr)|owner[- ]?(?:id|number|no)|\w{3,}n(?:ó|û)m?mer"
        r"|(?:rider|courier|koerier|driver|verkoper|seller|koper|buyer)[- ]?(?:id|nummer|nr|number|no)"
        r"|(?:koerier|huurder|lener|lender|bidder|agreement|rental|user|gebruiker|payment plan"
        r"|bieder|file|debiteur|\w{3,}contract|patiënt|patient|pt\.?nr|account|leerling|relatie|pasje|pass|student|hypotheek|leningdeel"
        r"|mortgage application|hypotheekaanvraag|rechthebbende|intake|donor|donornr\.?|ehic(?: number| nummer)?"
        r"|op mijn ehic staat|donateur|subscriber|tenancy|insured under|verzekerd onder)"
        r"(?=[ \t]+(?:is[ \t]+)?[A-Za-z-]{0,6} ?\d)"
        r"|(?:koper|bieder|lener)s?nummer|buyer (?:number|no)|(?-i:PID|MID)|meldkamer[- ]?code|alarm[- ]?code"
        r"|deb\.[ ]?nr|kl\.[ ]?nr\.?|stud\.[ ]?nr\.?|\w{3,}klant(?=[ \t]+\d)|lid-?id"  # "Kl.nr …", "Energieklant …"
        r"|profiel|profile(?=[ \t]+(?:is[ \t]+)?[a-z]{0,2}\d|[ \t]*\()"
        # a parking permit's, not a building's: "parking permit PV-683278", "my permit 4674-1254"
        r"|(?:(?:parkeer|bewoners|bezoekers)vergunning|(?:parking|resident|visitor) permit|(?:mijn|my|uw|your|je)"
        r" (?:vergunning|permit))(?: ?(?:nummer|number|nr|no)\.?)?(?=[ \t]+[A-Z]{0,3}[-.]?\d)|vgnr"
    ),
    "BSN": (
        r"bsn|burgerservice-?nummer|sofi-?nummer|social security number|national insurance(?: number)?|NI number"
        r"|rijksregister(?:nummer)?|national (?:register )?number|INSZ(?:-nummer)?"
    ),
    "ID_NUMBER": (
        r"paspoort(?:nummer)?|identiteitskaart(?:nummer)?|id-?kaart(?:nummer)?|id-?nummer|documentnummer"
        r"|rijbewijs(?:nummer)?|passport(?: number| no)?|driving licen[cs]e(?: number| no)?"
        r"|driver'?s licen[cs]e(?: number)?|id(?:entity)? card(?: number)?|document number"
    ),
    "PLATE": (
        r"kenteken(?:nummer|plaat)?|kent\.|nummerplaat|licen[cs]e plate(?: number)?|number plate|tenaamstelling"
        r"|registration(?: number| plate)?|rego"
        r"|reg(?:istration)?\.? no\.?|plates?(?: number)?|reg|(?:buitenlandse |Duitse |Belgische )?plaat(?!\w)|plaque"
        r"|kennzeichen|voertuig|vehicle|(?:huur|leen|lease)(?:wagen|auto)|(?:rental|hire|courtesy) car"
        r"|(?:paarden)?trailer|aanhanger|busje|horsebox"
    ),
}
CUSTOMER_NUMBER_CUE = _CUES["CUSTOMER_NUMBER"]
# "is", "was", ":", "#", "nummer", "van mij" … between the cue and the value, at most three of them; the last runs
# bounded ({0,60}): unbounded, a cue before 20,000 blanks tried 20,000² ways to split them.
_FILLER = (
    r"(?:[\s:#=.,('\"‘“]*(?:is|was|nr|nummer|number|no|het|luidt|staat|van mij|of mine|op|on|it's|ingevuld|opgegeven"
    r"|keyed|ingetoetst|there|dat is|that is|namelijk|namely|bij u|bij jullie|with you|wordt|becomes|will be"
    r"|genoemd|entered|given|quoted|bij (?:de |mijn )?oude provider|at (?:my|the) old provider"
    r"|\((?:optioneel|optional|verplicht|required)\)"  # a form's "Klantnummer (optioneel): …"
    rf"|{HESITATION}|{ANSWER})(?!\w)){{0,4}}[\s:#=.('\"‘“]{{0,60}}?{ANSWER}?[\s:=.('\"‘“\[]{{0,60}}?"  # "no. [81…]"
)
# Letters and digits with single inner separators; a space continues it only before a group of 2+ digits. A "#" written
# against it is part of it ("#4077025"); a last group of one digit too ("PN 841 763 7"). Not a filler word the cue's
# filler left ("plate is 434, D L" is no value "is 434"), nor a word ("Mortgage loan 218.107.756": the value is the
# number); before a customer number's digits a prefix of two lower-case letters is part of it ("contract tl 933 7167"),
# not before a plate's ("kenteken pv 627 k" is one plate).
_VALUE_SHAPE = (
    r"(?P<v>(?!(?i:is|was|nr|no|op|on)\s)(?-i:(?![A-Za-z][a-z]{WORD}\s))"
    r"#?[A-Z0-9](?:[A-Z0-9]|[-./](?=[A-Z0-9])|\s(?=\d\d+\b|\d\b(?![.,]\d|\s+[^\W\d]))){3,30})(?![\w])"
)
_VALUE = _VALUE_SHAPE.replace("{WORD}", "+")


def _value(kind: str) -> str:
    return _VALUE_SHAPE.replace("{WORD}", "{2,}") if kind == "CUSTOMER_NUMBER" else _VALUE


def _enough_digits(text: str) -> bool:
    return len(digits(text)) >= 3


def _customer_number_ok(text: str) -> bool:
    """Three digits, or one in a code of six or more ("ORD-UP5E-WWKF", "JBPF98Y"): after its cue word a code
    with no digit at all is a word ("klantnummer onbekend")."""
    return len(digits(text)) >= 3 or (len(digits(text)) >= 1 and len(re.sub(r"\W", "", text)) >= 6)


FILLER, value_pattern, customer_number_ok = _FILLER, _value, _customer_number_ok  # for other modules' cued rules


def _looks_like_id(text: str) -> bool:
    return len(digits(text)) >= 1 and len(re.sub(r"\W", "", text)) >= 5


# A cue's rule is tried only when one of these is in the lower-cased text.
_HINTS: dict[str, tuple[str, ...]] = {
    "CUSTOMER_NUMBER": (
        *"klant contract polis policy dossier refer ref abonnement subscription lid member cursist loyal donor".split(),
        *"account client customer factuur invoice aansluit debiteur zaak case meter ean relatie ticket manda".split(),
        *"kenmerk huurder tenant student leerling patiënt patient abonnee storing incident claim schade".split(),
        *"hospital ziekenhuis acct acount huurcontract huurovereenkomst booking boeking reserv pupil nûmer".split(),
        *"subscriber tenancy insured verzekerd lease agreement rental user gebruiker payment reader".split(),
        *"klantenkaart klantenpas loyalty pas spaar bonus frequent debtor pers werknemer salaris employee".split(),
        *"staff payroll library waste bin gym parking card pass kandidaat deelnemer kind lening hypotheek".split(),
        *"candidate club seizoen season mortgage loan inschrijf flying klandnummer cliënt chipkaart donat".split(),
        *"donor participant membership gebruiker user museum loyalty leverancier supplier bond rider ehic".split(),
        *"koerier driver relation huurder lener lender bidder bieder file koper buyer pid hirer pension".split(),
        *"pensioen courier deb. kl. lid-id lidid profiel profile mid meldkamer leningdeel alarm ff kn klnr".split(),
        *"seller stud. cust. vgnr v-num rechthebbende intake hotel vergunning permit".split(),  # "kn": KNHB
    ),
    "BSN": (
        *("bsn", "burgerservice", "sofi", "social security", "national insurance", "ni number"),
        *("rijksregister", "national number", "national register", "insz"),
    ),
    "ID_NUMBER": ("paspoort", "identiteit", "id", "rijbewijs", "passport", "licen", "document"),
    "PLATE": (
        *"kenteken nummerplaat licen plate registration reg plaat plaque kennzeichen voertuig vehicle".split(),
        *"tenaamstelling kent. wagen auto car trailer aanhanger busje horsebox".split(),
    ),
}
# A Dutch plate after its cue may be written with spaces or nothing between the groups ("8 BRR 55", "12ABC3"),
# which the value pattern below does not take as one value. Spaced only in capitals: "is SX41" is no plate.
# Belgian plates too, with dashes, spaces or nothing: "1-ABC-234", "2 WNU 834"; any other three groups: "DFR 6 VX".
_BELGIAN = r"[1-9][- ]?[A-Z]{3}[- ]?\d{3}"
_FRENCH = r"[A-Z]{2}[- ]\d{3}[- ][A-Z]{2}"
_GROUPS = r"[A-Z]{1,3}[- ]\d{1,3}[- ][A-Z]{1,3}|\d{1,3}[- ][A-Z]{1,3}[- ]\d{1,3}"
_CUED_PLATE = Rule(
    "PLATE",
    re.compile(
        rf"(?i)(?<!\w)(?:{_CUES['PLATE']}){_FILLER}"
        rf"(?P<v>(?-i:{plate_shapes(r'[- ]?')}|{_BELGIAN}|{_FRENCH}|{_GROUPS})|{plate_shapes('-?')})(?![\w-])"
    ),
    group="v",
    hints=_HINTS["PLATE"],
)
# Read out letter by letter after its cue: "het kenteken is 1 k n n 55", "n f 775 b".
# Also of a vehicle named after it: "kenteken van de taxi was …", "the plate of the van is …".
PLATE_CUE = re.compile(
    rf"(?i)(?<!\w)(?:{_CUES['PLATE']})(?:\s+(?:van|of)\s+(?:de|het|the|my|mijn|our|onze|his|her|zijn|haar)\s+\w+)?"
    rf"{_FILLER}"
)
_SPACES = re.compile(r"[ \t]{0,3}")
_PLATE_PIECES = re.compile(r"[A-Za-z0-9]{1,3}(?= |$|[^\w])")
WHOLE_PLATE = re.compile(rf"(?i)(?:{plate_shapes('')}|{_BELGIAN})")


def spelled_plate_spans(text: str, lower: str) -> Iterator[Span]:
    """After a plate cue, the longest run of 2–7 short pieces with single spaces that joins into a plate."""
    if not any(hint in lower for hint in _HINTS["PLATE"]):
        return
    for cue in PLATE_CUE.finditer(text):
        pieces, at = [], _SPACES.match(text, cue.end()).end()
        while len(pieces) < 7 and (piece := _PLATE_PIECES.match(text, at)) is not None:
            pieces.append(piece)
            if text[piece.end() : piece.end() + 1] != " ":
                break
            at = piece.end() + 1
        for count in range(len(pieces), 1, -1):
            if WHOLE_PLATE.fullmatch("".join(p.group(0) for p in pieces[:count])):
                yield pieces[0].start(), pieces[count - 1].end(), "PLATE"
                break


# The cue after the value: "zij gaf mij 5106 993 als referentie".
_CUED_AFTER = Rule(
    "CUSTOMER_NUMBER",
    re.compile(
        r"(?<![\w.,/€$£+-])(?P<v>[A-Z0-9](?:[A-Z0-9]|[-./](?=[A-Z0-9])|\s(?=\d\d+\b)){3,30})(?![\w])"
        r"\s+(?i:als|as)\s+(?i:referentie|reference|kenmerk|klantnummer|dossiernummer)"
    ),
    _enough_digits,
    "v",
    hints=("als ref", "as ref", "als kenmerk", "als klantnummer", "als dossiernummer"),
)
# "contract" or "policy" alone is a cue too, for a value in capitals or digits ("contract T846688S", "policy
# 74.903.41"), not for "contract since 2023". An order's number is no cue's: the shop's document, not the person's
# (41 corpus authors: 282 order numbers not labelled personal, 66 labelled).
_BARE_CONTRACT = Rule(
    "CUSTOMER_NUMBER",
    re.compile(
        r"(?<!\w)(?i:contract|policy|account|ledenpas|lidmaatschap|subscription|abonnement|beleggingsrekening"
        rf"|effectenrekening|spaarrekening)(?i:{_FILLER}){_VALUE}"
    ),
    _customer_number_ok,
    "v",
    hints=("contract", "policy", "account", "ledenpas", "lidmaatschap", "subscription", "abonnement", "rekening"),
)
_PHONE_LIKE = re.compile(r"\+|0[\d ]{8,12}$")
# "klant #77762822", "by customer 2614272B", "klant onder 04736.8037": the customer before a code is the
# customer's number. Not a phone number ("klant 0612345678" is found as a phone by its own rule).
_BARE_CUSTOMER = Rule(
    "CUSTOMER_NUMBER",
    re.compile(
        rf"(?<!\w)(?i:klant|customer|cust|client|cliënt|member|lid|abonnee|subscriber)[ \t]+"
        rf"(?:(?i:onder|under)[ \t]+)?{_VALUE}"  # "ik was klant onder 04736.8037"
    ),
    lambda value: _customer_number_ok(value) and not _PHONE_LIKE.match(value),
    "v",
    hints=("klant", "customer", "cust", "client", "cliënt", "member", "lid", "abonnee", "subscriber"),
)
# A pass and a long number: "Pas 21484129860697", "koppelen aan mijn pas 2149 3064". Six digits at least: "pas
# 2025" is a year ("pas in 2025", only then). Not "card": a card number that fails its check is no card's.
_BARE_PASS = Rule(
    "CUSTOMER_NUMBER",
    re.compile(r"(?i)(?<!\w)(?:pas|pass)[ \t]*+[:#(]?[ \t]*(?P<v>\d(?:[ .-]?\d){5,18})(?![\w]|[.,]\d)"),
    group="v",
    hints=("pas",),
)
# In a link: "afspraak?postcode=1839AK&klant=40.102.276".
_URL_PARAMETER = Rule(
    "CUSTOMER_NUMBER",
    re.compile(
        r"(?i)[?&](?:klant|klantnr|klantnummer|customer|customer_id|account|member|lid|lidnummer|abonnee)="
        r"(?P<v>[A-Z0-9](?:[A-Z0-9]|[-. ](?=[A-Z0-9])){3,30})"
    ),
    _enough_digits,
    "v",
    hints=("=",),
)
# A subject line that is only a number: "Betreft: 7862 57086 — opzegging".
_SUBJECT = Rule(
    "CUSTOMER_NUMBER",
    re.compile(r"(?i)(?<!\w)(?:betreft|onderwerp|subject|re)[ \t]*:[ \t]*(?P<v>\d(?:[ .]?\d){5,14})(?![\w-]|[.,]\d)"),
    group="v",
    hints=("betreft", "onderwerp", "subject", "re:"),
)
# A contract and what it is for, then its number: "Huurcontract meubels 33.72.9545", "Onderhoudscontract zwembad
# K-924/19247"; a member's or a policy's number and whose it is: "lidnummer zorgverzekeraar 918 339 968". Six digits
# at least, no date, and the word between is a thing, not "loopt" or "sinds".
_NOT_BETWEEN = r"(?:loopt|kost|eindigt|verloopt|begint|liep|sinds|vanaf|runs|costs|ends|started|since)\b"
_DATE_SHAPE = re.compile(r"[0-3]?\d([-/.])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d\d|(?:19|20)\d\d([-/.])[01]?\d\2[0-3]?\d")
_CONTRACT_FOR = Rule(
    "CUSTOMER_NUMBER",
    re.compile(
        r"(?i)(?<!\w)(?:\w*(?:contract|overeenkomst)|(?:lid|klant|polis|relatie|abonnee)(?:nummer|nr)|polis"
        r"|lidmaatschap|vergunning|(?:member(?:ship)?|customer|policy) number)[ \t]+"  # "Polis inboedel H470 6297"
        rf"(?!{_NOT_BETWEEN})(?-i:[a-z]{{4,}})[ \t]+(?:(?i:nr|no|nummer)\.?[ \t]+)?{_VALUE}"
    ),
    lambda value: len(digits(value)) >= 6 and _DATE_SHAPE.fullmatch(value) is None,
    "v",
    hints=("contract", "overeenkomst", "nummer", "nr", "number", "polis", "lidmaatschap", "vergunning"),
)
# The organisation between a cue and its colon: "Klantnummer Engie Electrabel: 123 958 86".
_ORGANISATION = r"(?:(?:[ \t]+(?-i:[A-Z][^\W\d_]*[&'’.-]?|&)){1,5}(?=[ \t]*:))?"
CUED: tuple[Rule, ...] = (
    (
        _CUED_PLATE,
        _CUED_AFTER,
        _BARE_CONTRACT,
        _SUBJECT,
        _BARE_PASS,
        _URL_PARAMETER,
        _CONTRACT_FOR,
    )
    + tuple(
        Rule(
            kind,
            re.compile(rf"(?i)(?<!\w)(?:{cue}){_ORGANISATION}{_FILLER}{_value(kind)}"),
            {"CUSTOMER_NUMBER": _customer_number_ok, "BSN": _enough_digits}.get(kind, _looks_like_id),
            "v",
            hints=_HINTS[kind],
        )
        for kind, cue in _CUES.items()
    )
    + (_BARE_CUSTOMER,)
)  # after the cues: "lidnummer LID 995/73" is one value, not "lid" and "995/73"
