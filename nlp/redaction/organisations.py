"""What belongs to an organisation, not to a person, shielded before the rules run so that none of them takes it:
a business reply number with its postcode ("Antwoordnummer 10250, 3500 VB Utrecht"), a PO box right after the
one-word name of the organisation that owns it ("Belastingdienst, Postbus 9050, 7300 GM Apeldoorn"; not a
customer's "Postbus 118" after their name), and the sender name a mail header shows before a role mailbox ("Van:
HP Instant Ink <service@…>"; "info@…", "klantenservice@…", "noreply@…") unless the line says it is the customer's
("Zakelijke klant: Bakkerij Vos <info@…>") or holds a listed first name or surname; and the role mailbox
itself, on the same terms and when its domain holds no listed name ("klantenservice@bol.com" stays,
"info@devriesloodgieter.nl" is a one-person business's and goes). No author of the 39 corpus splits labelled a
role mailbox personal but once; they had been redacted on purpose before 2026-11-28. And a free or paid service
number (0800, 0900), which only organisations have.
"""

from __future__ import annotations

import re
from functools import cache

from nlp.redaction.lexicon import first_names, surnames

_POSTCODE = r"(?:,?[ \t]*[1-9]\d{3}[ \t]{0,2}-?[A-Za-z]{2}(?![\w]))?"
_REPLY_NUMBER = re.compile(r"(?i:\bantwoordnummer)[ \t]+\d{1,5}(?!\d)" + _POSTCODE)
_COMPANY_BOX = re.compile(
    r"(?:^|(?<=\n)|(?<=[a-z0-9][.!?]\s))(?P<owner>[A-Z][\w-]{2,30}),[ \t]*"
    r"(?P<box>(?i:postbus|po box|p\.o\. box)[ \t]+\d{1,5}(?!\d)" + _POSTCODE + ")"
)
# The local parts of role mailboxes: a team, a department or what it handles ("vergunningen@gemeente.nl",
# "reparaties@woonstichting.nl", "hallo@…").
_ROLES = frozenset(
    """info service klantenservice customerservice support noreply no-reply helpdesk contact sales office planning
    administratie ledenadministratie boekingen bookings reserveringen verhuur verkoop secretaris secretariaat
    intake receptie facturen billing bestellingen orders klachten complaints enquiries werkplaats uitleen team
    vergunningen reparaties declaraties pensioen pensioenen zorg schade schademelding recept recepten donor
    afval hulp vertalingen reizen vrijwilligers parkeren trouwen disruption disruptions klantcontact kundenservice
    bestellen groepen boeken boeking afspraak afspraken lessen huisvesting leden hypotheken belastingen
    meldingen storingen onderhoud debiteuren crediteuren incasso hr finance accounts admin post mail webshop
    shop events marketing pers press jobs vacatures hallo hello hoi verzekeringen claims schades retour
    retouren returns privacy bezorging delivery logistiek inkoop zakelijk business care help welkom aanmelden
    inschrijving nabestaanden reparatie herhaalrecept herhaalrecepten toeslagen uitvaart aanmeldingen aanmelding
    zorgbemiddeling bemiddeling tickets ticket abonnementen abonnement servicedesk""".split()
)
_MAIL = re.compile(r"(?<![\w.+-])(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
# The line says the address is the customer's own: "Zakelijke klant: info@…", "my account: support@…".
_CUSTOMERS = re.compile(r"(?i)\b(?:klant|customer|client|cliënt|account|mijn|my|ons|our)\b")
_SENDER = re.compile(r"(?i:van|from|aan|to):[ \t]*(?P<sender>[^<>\n:]{1,40}?)[ \t]*<$")


def _names_a_person(sender: str) -> bool:
    """A listed first name or surname in it: a one-person business mails from info@ too ("Jan de Vries
    <info@devriesloodgieter.nl>"), and a name is redacted when in doubt."""
    return any(word.capitalize() in first_names() or word.capitalize() in surnames() for word in sender.split())


def _domain_names_a_person(domain: str) -> bool:
    """A listed name of five letters or more inside the domain ("info@devriesloodgieter.nl", "planning@
    kapsalon-anouk.nl"), or of four between hyphens ("info@bakkerij-joke.nl"): a one-person business's mailbox,
    redacted like its owner's name. Not a short name inside a word ("zorg@zilverenkruis.nl", "…@wehkamp.nl")."""
    name = domain.lower().rsplit(".", 1)[0]
    parts = name.split("-")
    return any(word in name and (len(word) >= 5 or word in parts) for word in _long_names())


@cache
def _long_names() -> tuple[str, ...]:
    """The listed first names and surnames of four letters or more, in lower case (built once, not per mailbox)."""
    return tuple({word.lower() for word in (*first_names(), *surnames()) if len(word) >= 4})


# A free or paid service number ("Bel 0800 1400", "0900-1234 567"): an organisation's, never a person's.
_SERVICE_NUMBER = re.compile(r"(?<![\w+])(?<!\d[ .-])0[89]00[ -]?\d{3,4}(?:[ -]?\d{1,3})?(?![\w]|[ .-]?\d)")


def organisation_spans(text: str, lower: str) -> list[tuple[int, int]]:
    """(start, end) of each piece of an organisation's contact data in `text` (`lower` is `text.lower()`)."""
    found = [match.span() for match in _SERVICE_NUMBER.finditer(text)] if "0800" in text or "0900" in text else []
    if "antwoordnummer" in lower:
        found += [match.span() for match in _REPLY_NUMBER.finditer(text)]
    if "box" in lower or "postbus" in lower:
        for match in _COMPANY_BOX.finditer(text):
            owner = match.group("owner").capitalize()  # the lists hold "Jansen", "Claudia"
            if owner not in first_names() and owner not in surnames():
                found.append(match.span("box"))
    if "@" in lower:
        for match in (mail for mail in _MAIL.finditer(text) if mail.group("local").lower() in _ROLES):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if _CUSTOMERS.search(text, line_start, match.start()):
                continue
            sender = _SENDER.search(text[line_start : match.start()])
            if sender and not _names_a_person(sender.group("sender")):
                found.append((line_start + sender.start("sender"), line_start + sender.end("sender")))
            if not _domain_names_a_person(match.group(0).split("@")[1]):
                found.append(match.span())
    return found
