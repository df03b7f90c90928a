"""Dutch, Twents-, Limburgs- and Antwerps-coloured templates of test_v101."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- allotment gardens
    (
        "nl",
        "Aanmelding tuin: {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}, tel. {PHONE}, lid {CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("nl", "Contributie tuin {code} graag voor {date} overmaken, incasso van {IBAN_NL} t.n.v. {NAME_INITIALS}."),
    (
        "nl",
        "Zendesk-macro ingevuld: Beste {NAME_FIRST}, uw kavel is toegewezen. Uw lidnummer is {CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("nl", "Tuinder {NAME_SURNAME} van kavel 23a belt steeds vanaf {PHONE} over de waterpomp."),
    ("nl", "Wiej hebt de sleutel van 't tuinhuuske bie {NAME_FULL} op {ADDRESS} in {town} neergelegd."),
    # ---- bicycle lease
    ("nl", "Leasecontract {CUSTOMER_NUMBER_CONTRACT} fiets voor woon-werk, werknemer {NAME_FULL}, geb. {DOB}."),
    ("nl", "Fietsplan: brutoloon-inhouding akkoord, BSN {BSN}, IBAN {IBAN_NL}, naam {NAME_CAPS}."),
    (
        "nl",
        "Leasefiets gestolen, aangifte door {NAME_FULL} ({EMAIL}), contract {CUSTOMER_NUMBER_CONTRACT}.",
    ),
    ("nl", "Jira SD-{count}{count}: @{NAME_HANDLE} kun jij de leasefiets van {NAME_FULL} omruilen? Tel: {PHONE}"),
    # ---- hearing aid batteries
    (
        "nl",
        "Abonnement hoortoestelbatterijen {CUSTOMER_NUMBER_SUBSCRIPTION}, nieuw afleveradres: {ADDRESS}, {POSTCODE}.",
    ),
    ("nl", "Mevr. {NAME_SURNAME} (geb. {DOB}) wil batterijtype 13 i.p.v. 312, terugbellen op {PHONE}."),
    ("nl", "Maandelijkse incasso batterijen van rekening {IBAN} mislukt, klantnr {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "TERUGBELVERZOEK: dhr {NAME_INITIALS} / tel {PHONE} / ivm batt. abo / na {time} bellen aub"),
    ("nl", "Vergoeding zorgverzekeraar: BSN {BSN}, polisnummer {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}."),
    # ---- wedding venues
    ("nl", "Aanbetaling trouwlocatie {amount} ontvangen van {IBAN} op naam van {NAME_FULL}, datum feest {date}."),
    ("nl", "[{date} {time}] {NAME_FULL}: hoi! kunnen we de borg terugkrijgen op {IBAN_NL}? groetjes"),
    ("nl", "Bruidspaar {NAME_FIRST} en {NAME_FULL}, contact via {EMAIL} of {PHONE_BE}."),
    ("nl", "Allee, de voorschot voor de zaal is betaald met kaart {CARD}, op naam van {NAME_FULL} uit {city}."),
    ("nl", "Gastenlijst wijzigen? Mail {EMAIL}, bruid {NAME_FULL}, adres {ADDRESS}, {POSTCODE} {town}."),
    # ---- piano tuning
    ("nl", "Stembeurt piano bij {NAME_INITIALS}, {ADDRESS}, {town}; bel aan bij de achterdeur, tel {PHONE}."),
    (
        "nl",
        "Huisbezoek notitie: mvr {NAME_SURNAME} woont op {ADDRESS} , piano staat boven , poes niet naar buiten laten",
    ),
    (
        "nl",
        "Factuur stemmen vleugel: klant {CUSTOMER_NUMBER_CUSTOMER} {NAME_FULL} {ADDRESS} {POSTCODE} {town} {amount}",
    ),
    ("nl", "Pianostemmer kon er niet in, mevrouw {NAME_FULL} was niet thuis, graag nieuwe afspraak via {EMAIL}."),
    # ---- e-bike battery recall
    ("nl", "Terugroepactie accu: eigenaar {NAME_FULL}, {ADDRESS}, {POSTCODE}, telefoon {PHONE}, serie B4418."),
    ("nl", "De accu van mijn e-bike is teruggeroepen, ik ben {NAME_FULL}, bereikbaar op {PHONE_SPOKEN}."),
    (
        "nl",
        "Vervangende accu wordt bezorgd bij {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}, tussen {time} en {time}.",
    ),
    ("nl", "Ik kom uut Enschede, {NAME_FIRST} {NAME_SURNAME} , mien adres is {ADDRESS} en postcode {POSTCODE}."),
    ("nl", "Gaat de accu ook op de fietsendrager van de auto met kenteken {PLATE}? groet {NAME_FULL}"),
    # ---- student housing
    ("nl", "Inschrijving wachtlijst studentenkamer: {NAME_FULL}, geboortedatum {DOB}, e-mail {EMAIL}."),
    ("nl", "Inschrijfduur klopt niet, mijn inschrijfnummer is {CUSTOMER_NUMBER_CUSTOMER} en ik ben geboren op {DOB}."),
    ("nl", "Huurtoeslag aanvraag kamer: BSN {BSN}, naam {NAME_LOWER}, huidig adres {ADDRESS}."),
    ("nl", "Hospiteeravond {date}: kandidaten {NAME_FIRST}, {NAME_FIRST} en {NAME_FULL}, vragen via {PHONE}."),
    ("nl", "Borg kamer terugstorten op {IBAN} tnv {NAME_FULL} aub, ik ben al verhuisd naar {ADDRESS}."),
    # ---- boat moorings
    ("nl", "Ligplaatsvergunning aangevraagd door {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, BSN {BSN}."),
    ("nl", "Boot op trailer achter de auto {PLATE}, eigenaar {NAME_INITIALS}, ligplaats steiger C."),
    ("nl", "Havengeld {amount} betaald met creditcard {CARD}, schipper {NAME_FULL}, tel {PHONE_BE}."),
    ("nl", "<klant><naam>{NAME_FULL}</naam><tel>{PHONE}</tel><ligplaats>steiger C</ligplaats></klant>"),
    ("nl", '<relatie id="{count}"><iban>{IBAN}</iban><geboren>{DOB}</geboren></relatie>'),
    # ---- aquarium webshop
    ("nl", "Bestelling aquariumplanten voor {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, tel. {PHONE}."),
    ("nl", "Retour Fluval-filter, klantnummer {CUSTOMER_NUMBER_CUSTOMER}, terugbetalen op {IBAN_NL}."),
    ("nl", "Hallo, de levende vissen kwamen dood aan bij {NAME_FULL}, mail me terug op {EMAIL} aub!"),
    ("nl", "Betaald met {CARD} maar de bestelling staat nog op 'open', naam {NAME_CAPS}."),
    ("nl", "Factuur {ref} Koraalrif {NAME_FULL}{ADDRESS}{POSTCODE} {city}Fluval Flex 57 L{amount}"),
    # ---- truck driving lessons
    ("nl", "Leerling {NAME_FULL}, geb. {DOB}, rijbewijs C aanvragen bij CBR, BSN {BSN}."),
    ("nl", "Lesvrachtwagen {PLATE} met leerling {NAME_SURNAME} stond om {time} bij de Twentse Welle."),
    ("nl", "Examenplanning: {NAME_INITIALS} ({DOB}), les 12, instructeur belt {PHONE} op {weekday}."),
    ("nl", "Opleidingskosten C+E via werkgever, contract {CUSTOMER_NUMBER_CONTRACT}, incasso {IBAN}."),
    ("nl", "Buitenlandse oplegger {PLATE_ABROAD} gekoppeld aan lesuur van {NAME_FULL}."),
    # ---- receptionist shorthand, OCR, autocorrect
    ("nl", "tb dhr {NAME_SURNAME} ivm stemmen piano, tel {PHONE}, vm niet, nm wel"),
    ("nl", "T.B. mw {NAME_FULL} - {PHONE_BE} - accu e-bike - bel na 14u"),
    ("nl", "Groeten uit Valkenburg!  Liefs,  {NAME_OCR}   {ADDRESS}   {POSTCODE}  {town}"),
    ("nl", "Kaart ontvangen van {NAME_OCR}, tel {PHONE_OCR}, voor de volkstuin."),
    ("nl", "Huisbezoek: meneer {NAME_SURNAME} heeft een hoortoestel, bel ijs {PHONE} (zoon {NAME_FIRST})."),
    ("nl", "Bezoek gedaan bij {NAME_FULL}, {ADDRESS}, die wil zijn BSN {BSN} niet telefonisch geven, zjt ok."),
    ("nl", "Antwerpse klant {NAME_FULL}, Lange Kievitstraat, rekening {IBAN}, gsm {PHONE_BE}."),
    ("nl", "Schrijf het maar op: mijn emailadres is {EMAIL_SPOKEN}, en mijn nummer {PHONE_SPOKEN}."),
    ("nl", "Mien BSN is {BSN_SPOKEN}, dat heb ik de dame aan de telefoon ook al gezegd."),
    ("nl", "Zendesk: Beste {NAME_FULL}, we hebben uw e-bike met framenummer genoteerd op kenteken-plaatje {PLATE}."),
    ("nl", "Limburgse klant {NAME_FULL} (adres {ADDRESS}, {POSTCODE} {town}) wilt 'nen nieje accu."),
]
