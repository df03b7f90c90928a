"""Words that announce a name, by how much they prove: a strong cue ("mijn naam is", "meneer") makes any
name-shaped word a name, even lower-case; a weak one ("met", "this is") only after a greeting or before a
known name, because "met Kerst" and "this is Windows" are not introductions.
"""

from __future__ import annotations

import re

TITLES = frozenset(
    "meneer mijnheer mevrouw mevr mw mvr dhr heer juffrouw juf meester mr mrs ms miss mx dr drs ir ing prof sir"
    " madam".split()
)
PARTICLES = frozenset(
    "van de der den het 't t ter ten te la le du da di del della dos das el al von zu bin ibn ó ní nic"
    " dela vd v ap ben".split()
)

_STRONG = (
    r"(?:(?:mijn|m'n|de|uw|je|zijn|haar) )?(?:voor|achter|meisjes)?naam is|ik heet|heette|heten|heet|genaamd|named"
    r"|u spreekt met|je spreekt met|jij spreekt met|(?:je |u |jij )?praat met|chat(?:ting)? (?:met|with)"
    r"|talking (?:to|with)|(?:met wie )?spreek ik\?[ \t]*(?:(?:klant|customer|caller|beller|k|c)[ \t]*:)?[ \t]*met"
    r"|spreek ik met|spreek je met|spreekt u met|u sprak met|ik sprak met|gesproken met|my name is|my name's|name's"
    r"|(?:(?:my|the|your|his|her) )?(?:first |last |sur|maiden )?name is|i'm called|i am called|roepnaam"
    r"|name(?=[ \t]+(?-i:[A-Z][a-z]|[A-ZÀ-Þ]{2,}[ \t]+[A-ZÀ-Þ]{2,}))"  # "name BAS BOSMAN"
    r"|gebeld met|belde met|(?:mijn|m'n|my) (?:naam|name)(?= )|registered to"
    r"|(?:the )?name on (?:the|my|your|his|her) \w+ (?:is|reads|says)|name on (?:the )?card"
    r"|(?:de )?naam op (?:de|het|mijn|m'n) \w+ (?:is|luidt)"
    # who wrote it, before a colon: "App review, 2 stars, by Feargal: …", "Review door Satinah: …"
    r"|(?:by|door)(?=[ \t]+(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?:)"
    r"|(?:you're|you are|am i) speaking (?:with|to)|(?:van|from|aan|to|cc)[ \t]*:"
    r"|speaking with|spoke (?:with|to)|talked to|(?:volledige |voor|achter)?naam\s*[:=]"
    r"|(?:full |first |last |sur)?name\s*[:=]|naam[ \t]*\([^)\n]{0,40}\)[ \t]*[:=]|naam op [^:\n]{1,25}:"
    r"|naam(?=[ \t]+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž]))"  # "naam ÖZLEM DOĞAN"
    r"|t\.\s?n\.\s?v\.?|tnv|ten name van|op (?:de )?naam(?: van)?|in the name of|account holder|rekeninghouder"
    r"|contactpersoon|contact person|namens|on behalf of"
    r"|tenaamstelling\*?[ \t]*:?|getekend door|signed (?:for )?by|overledene?[ \t]*:"
    r"|deceased[ \t]*:|ondergetekende,?|(?:the )?undersigned,?|t\.\s?a\.\s?v\.?|attn\.?:?|ter attentie van"
    r"|i,(?=[ \t]+[A-Z])"
    # who did it, in a log or a form: "by=Robbe", "ATTENDEE;CN=Ivor Fairweather", "gecontroleerd door Derk"
    r"|(?:by|user|gebruiker|owner|eigenaar|medewerker)[ \t]*=|cn=(?=[^;:\n]{1,60}[:;])|(?:debiteur|debtor)[ \t]*:"
    r"|(?:with|under)[ \t]+the[ \t]+name"
    # who wrote a helpdesk's note, before its colon: "🔒 Interne notitie van Grégory: …"
    r"|(?:(?:interne )?notitie (?:van|door)|(?:internal )?note (?:from|by))(?=[ \t]+(?-i:[A-Z])[\w'’-]*:)"
    # a greeting with only a name after it that ends the text: "groetjes harmke van rijswijk", "Groet Vidya"
    r"|(?:groetjes|groeten|groet|grtjs|grtz|grt|gr|mvg|regards|cheers|liefs|greetings)"
    r"(?![ \t]+(?:van|from|aan|to|voor|for|allemaal|all|iedereen|everyone|ons|mij|me|us)(?!\w))"  # "groet van mij"
    r"(?=[ \t]+[^\W\d][\w'’.-]*(?:[ \t]+[^\W\d][\w'’.-]*){0,3}[ \t]*+[.!]?[ \t]*\Z)"
)
_RELATION = (
    r"(?:mijn|m'n|onze|my|our) (?:man|vrouw|partner|zoon|dochter|moeder|vader|broer|zus|buurman|buurvrouw|husband"
    r"|vriend|vriendin|friend|huisgenoot|housemate|flatmate|schoonzoon|schoondochter|schoonmoeder|schoonvader"
    r"|wife|son|daughter|mother|father|mum|mom|dad|brother|sister|neighbour|neighbor|collega|colleague|ex"
    r"|cousin|neef|nicht|nephew|niece|kleinzoon|kleindochter|grandson|granddaughter|zwager|schoonzus"
    r"|stiefzoon|stiefdochter|stepson|stepdaughter)"
    r"|kopers|verkopers|buyers|sellers|huurders|tenants|erfgenamen"
    r"|(?:uw|je|jullie|your) (?:collega|colleague|medewerker|monteur|engineer)|collega|colleague|monteur|engineer"
    r"|huurder|tenant|bewoner|resident|verzekerde|insured|verzekeringnemer|bestuurder|driver|kaarthouder|card ?holder"
    r"|pashouder|abonnementshouder|abonnementhouder|rekeninghouder|policy ?holder|aanvrager|applicant|gast|guest"
    r"|koper|buyer|ontvanger|recipient|tegenpartij|ouder/verzorger|parents?|ouders?|verzorger|moeder|vader|mother"
    r"|father|child|kind|owner|eigenaar|posted by|geplaatst door|partner|aanwezig(?: bij het gesprek)?|attendees"
    r"|reporter|caller|requester|renter|dekpassagier|verzekerd op|verkoper|seller|(?:registered )?keeper|kentekenhouder"
    r"|cursist|cursiste|afgeleverd bij|bezorgd bij|delivered to|handtekening|herkend als|recognised as|recognized as"
    r"|matched (?:to )?(?:the )?account of|vergunninghouder|permit holder|learner|inburgeraar|kandidaat|candidate"
    r"|zei|(?:passport|paspoort|identiteitskaart|id card|id-kaart|rijbewijs|driving licen[cs]e) (?:of|van)"
    r"|lid(?=[ \t]+(?-i:[A-ZÀ-Þ]{2,})\b)"  # a member in capitals: "lid CHEN", not "lid van de club"
    r"|signed(?=[ \t]+(?-i:[A-ZÀ-Þ]{2,}[, \t]+[A-ZÀ-Þ]{2,}))"  # "signed ISLA KOVALENKO", not "signed NL today"
    r"|passagier|passenger|leerling|reiziger|traveller|bezoeker|visitor|heirs|afzender|sender|student|studente|aanmelder|melder"
    r"|de buurman|de buurvrouw|the neighbou?r|buurman|buurvrouw|neighbou?r|oom|tante|oma|opa|uncle|aunt|auntie"
    r"|grandma|grandpa|granny|medewerker|werknemer|employee|agent(?![ \t]*:)|medehuurder|baasje|leaserijder|lease rider"
    r"|(?:uw|je|jullie|your|hun|their|zijn|haar|his|her) (?:zoon|dochter|son|daughter|kind|child)"
    r"|schoonmaker|schoonmaakster|cleaner|oppas|babysitter|gastouder|hondenuitlater|dog walker|pet sitter"
    r"|houder(?: volgens (?:de )?rdw)?|holder|nalatenschap(?: van)?|estate of|schuldenaar|schuldeiser"
    r"|call back|terugbelafspraak|terugbelverzoek(?: voor)?|consignee|geadresseerde|addressee"
    r"|(?:de |the )?familie|fam\.|the family|melder|huisgenoot|housemate|debiteur|debtor|executeur|executor|expert"
    r"|verhuurder|landlord|erven|ene|heirs of|naam op (?:de )?(?:kaart|pas)|name on (?:the )?card"
    r"|(?:gecontroleerd|gewijzigd|aangepast|goedgekeurd|gevraagd|aangevraagd|ingediend|checked|changed|approved"
    r"|afgetekend|ondertekend|ingewisseld|opgehaald|besteld|geboekt|aangemeld|afgemeld|ingeleverd|redeemed"
    r"|gekocht|bought|ordered|booked|gereserveerd|reserved|gemeld|reported|opened|geopend|ontvangen|ontv\.|received"
    r"|verified|requested|submitted|check|updated)[ \t]+(?:door|by)"
    r"|(?:broertje|zusje|broer|zus|brother|sister) (?:van|of)|(?:kinderen|children|kids)[ \t]*\(|(?:en )?ik[ \t]*\("
)
# Shorthand in an agent's notes: a capitalised name after it ("kl. De Kruijf gebeld"), not "kl. gebeld".
# A register's or a handover's subject too: "nieuw lid Kerster, Priya-Devi", "cliënt BRANDS, Albert",
# "Overdracht van Tirza:".
_NOTE = (
    # initials without dots after "the client is": "the client is TC van 't Zand", "de klant is WA Doğan"
    r"(?:the |de )?(?:client|customer|klant|cliënt) (?:is|was)(?= +(?-i:[A-Z]{2,4}|[A-Z]\.) +(?-i:[A-Z]|van |de |te))"
    r"|kl\.|kl|klt|klant|cust|customer(?=[ \t]+(?-i:[a-z]))|cx|spoke w/|spoke with|acct holder|sup|supervisor"
    r"|teamleider|tl|(?<!\d )pt(?=[ \t]+(?-i:[A-Z][a-z]))"  # a night shift's "pt Wisse rang"
    r"|nieuw lid|new member|cliënt|client|patiënt|patient|deelnemer|participant|abonnee|subscriber"
    r"|overdracht (?:van|door)|handover (?:from|by)|vraag naar|vragen naar|ask for"
    r"|verkocht aan|gekocht van|sold (?:it )?to|bought (?:it )?from|the doorbell says|op de (?:deur)?bel staat"
)
_WEAK = r"met|dit is|hier is|ik ben|this is|it's|its|i am|i'm|im|here is"
_GREETING = (
    r"goedemorgen|goedemiddag|goedenavond|goeiemorgen|goeiemiddag|hallo|hoi|hey|hi|hello|dag|ja|yes|yeah"
    r"|good (?:morning|afternoon|evening)"
)
_SIGNOFF = (
    r"met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|met (?:hartelijke )?groet"
    r"|groeten|groetjes|groet|mvg|m\.v\.g\.?|gr\.|kind regards|best regards|warm regards|kindest regards|regards"
    r"|best wishes|many thanks|thanks(?: again)?|thank you|cheers|(?:yours )?sincerely|yours faithfully|best"
    r"|hoogachtend|liefs|gegroet|yours truly|greetings|alvast merci|merci|alvast bedankt|bedankt|dank u wel"
    r"|dank je wel|thanks a lot|tnx|thx|groetnis|tankewol"
)

# An e-mail's or letter's opening: "Beste Marit,", "Dear Mr Hill," (a name only when a comma or line end follows).
_SALUTATION = r"beste|dear|geachte|lieve|hoi|hi|hallo|hello|hey|dag|thanks|thank you|bedankt|dank je|dank u"

_LINES = r"(?:\n[ \t]*){0,2}"  # the name may come a line or two below the sign-off
CUES = re.compile(
    rf"(?i)(?<!\w)(?:(?P<strong>{_STRONG})(?:[ \t]*[:=])?|(?P<note>{_NOTE})(?:(?<=[./])|(?!\w))(?:[ \t]*[:=])?"
    rf"|(?P<relation>{_RELATION})(?:(?<=\()|(?!\w))(?:[ \t]*[,:=])?"
    rf"|(?P<greeting>(?:{_GREETING})[\s,!.]{{1,3}})?(?P<weak>{_WEAK})"
    rf"|(?P<signoff>{_SIGNOFF})[ \t]*(?:[,!.:-][ \t]*{_LINES}|\n[ \t]*{_LINES})"
    rf"|(?P<salutation>{_SALUTATION})[ \t]+)[ \t]*"
)

# The first word of every cue above but the weak ones (as the name recogniser's tokens write it: no trailing
# dot): the cue regex is tried only where one of these starts, which keeps it off the hot path. A unit test
# (tests/unit/nlp/test_name_cue_heads.py) reads the first words out of the regex and checks they are here. A weak cue
# without a greeting adds only a lower-case listed first name ("ik ben noor"): a capitalised one is found
# without the cue.
CUE_HEADS = frozenset(
    """heet heette heten genaamd named
    mijn m'n ik u je jij spreek spreekt gesproken my name's i'm i you're you am speaking spoke talked volledige
    voornaam achternaam naam full first last sur name t tnv ten op in account rekeninghouder contactpersoon contact
    namens on onze our uw jullie your collega colleague monteur engineer goedemorgen goedemiddag goedenavond
    goeiemorgen goeiemiddag hallo hoi hey hi hello dag ja yes yeah good vriendelijke hartelijke groeten groetjes
    groet mvg m gr kind best warm kindest regards many thanks thank cheers yours sincerely beste dear geachte lieve
    de van from aan to cc the his her maiden meisjesnaam zijn haar praat chat chatting talking
    kl cx spoke acct tenaamstelling getekend signed overleden overledene deceased ondergetekende undersigned attn ter
    hoogachtend liefs gegroet greetings huurder tenant bewoner resident verzekerde insured verzekeringnemer bestuurder
    driver kaarthouder card cardholder pashouder abonnementshouder abonnementhouder rekeninghouder policy
    policyholder aanvrager applicant gast guest koper buyer ontvanger recipient merci alvast bedankt dank tnx thx
    tegenpartij parent parents ouder ouders ouder/verzorger verzorger moeder vader mother father child kind owner
    eigenaar posted geplaatst aanwezig attendees buurman buurvrouw neighbour neighbor hun their broertje zusje broer
    zus brother sister kinderen children kids thanks oom tante oma opa uncle aunt auntie grandma grandpa granny
    medewerker agent cn by user gebruiker gecontroleerd gewijzigd aangepast goedgekeurd gevraagd aangevraagd
    ingediend checked changed approved verified requested submitted check updated with under call afzender sender
    passport paspoort identiteitskaart id id-kaart rijbewijs driving
    aanmelder melder medehuurder baasje leaserijder lease werknemer employee bezoeker visitor
    student studente schoonmaker schoonmaakster cleaner oppas babysitter gastouder hondenuitlater dog pet houder
    nalatenschap estate schuldenaar schuldeiser holder
    terugbelafspraak terugbelverzoek consignee geadresseerde addressee klt sup supervisor teamleider tl familie fam
    family melder huisgenoot housemate kl klant cust debiteur debtor executeur executor expert verhuurder landlord
    erven ene heirs nieuw new cliënt client patiënt patient deelnemer participant abonnee subscriber overdracht handover
    vraag vragen ask verkocht gekocht sold bought kopers verkopers buyers sellers huurders tenants erfgenamen
    roepnaam gebeld belde passagier passenger leerling reiziger traveller afgetekend ondertekend registered door
    partner surname grt grtz grtjs ingewisseld opgehaald besteld geboekt aangemeld afgemeld ingeleverd redeemed
    ordered booked gereserveerd reserved gemeld reported opened geopend reporter caller requester renter dekpassagier
    verzekerd verkoper seller registered keeper kentekenhouder customer ontvangen ontv received cursist cursiste
    afgeleverd bezorgd delivered handtekening herkend recognised recognized matched vergunninghouder permit
    learner inburgeraar lid groetnis tankewol pt kandidaat candidate zei interne notitie internal note
    """.split()
) | frozenset("this dit hier here im it's its".split())  # weak cues: before a lower-case listed first name


def cue_class(match: re.Match[str]) -> str:
    """strong | note | relation | greeted | weak | signoff | salutation: what the words after this cue need to
    count as a name."""
    if match.group("strong"):
        return "strong"
    if match.group("note"):
        return "note"
    if match.group("relation"):
        return "relation"
    if match.group("signoff"):
        return "signoff"
    if match.group("salutation"):
        return "salutation"
    return "greeted" if match.group("greeting") else "weak"


# A ticket's or a form's field that holds a name only ("Reporter: kaj pinas"; not a chat's "klant: factuur te hoog").
HOLDER_FIELD = re.compile(
    r"(?i)(?:reporter|requester|renter|melder|aanmelder|aanvrager|applicant|rekeninghouder|account ?holder"
    r"|kaarthouder|card ?holder|pashouder|verzekeringnemer|policy ?holder)[ \t]*[:=][ \t]*"
)
