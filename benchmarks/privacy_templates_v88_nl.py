"""Dutch, Flemish, Brabant- and street-slang-coloured templates of test_v88: farm boxes, truck ferry bookings,
violin makers, municipal debt relief, party tents, dog grooming, poker account closures, boat engines, pilates
and mushroom kits, in helpdesk exports, group chats, call transcripts, field notes, forwarded texts, tables,
forum posts and invoices pasted from PDF."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- organic farm boxes (Kustomer export)
    ("nl", "Kustomer | Klant: {NAME_FULL} | Kanaal: e-mail | {EMAIL} | Tag: groentetas | Sentiment: negatief"),
    ("nl", "Groentetas voortaan naar {ADDRESS}, {POSTCODE} {town} graag, de buren zijn op vakantie. {NAME_FIRST}"),
    ("nl", "Abonnement fruitbox: incasso van {IBAN} op naam van {NAME_INITIALS}, klantnr. {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Kustomer-notitie: {NAME_SURNAME} belde van {PHONE}, de eieren waren weer kapot."),
    ("nl", "Bezorger meldt: niemand thuis op {ADDRESS}; klant {NAME_LOWER} gebeld op {PHONE}, geen gehoor."),
    # ---- cargo ferry bookings for trucks
    ("nl", "Boeking vrachtferry {ref}: trekker {PLATE}, oplegger {PLATE_ABROAD}, chauffeur {NAME_CAPS}."),
    ("nl", "Chauffeur {NAME_FULL} (geb. {DOB}) staat bij de incheckbalie, mobiel {PHONE_ABROAD}."),
    ("nl", "Gladly-export;{date};{NAME_FULL};{PHONE};klantaccount {CUSTOMER_NUMBER_ACCOUNT};overtocht gemist"),
    ("nl", "Factuur overtocht graag ten laste van creditcard {CARD}, houder {NAME_FULL}."),
    ("nl", "Vrachtbrief: afzender transportbedrijf, contactpersoon {NAME_INITIALS}, kenteken trekker {PLATE}."),
    ("nl", "Klantcontract {CUSTOMER_NUMBER_CONTRACT}: vaste afvaart dinsdag, planner {NAME_FIRST}, tel {PHONE}."),
    # ---- violin makers and repairs
    ("nl", "Reparatiebon vioolbouwer: eigenaar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, tel. {PHONE}."),
    ("nl", "De viool van onze dochter {NAME_FIRST} is klaar? Mail maar naar {EMAIL}. Groet, {NAME_COUPLE}"),
    ("nl", "Huurkoop altviool, contract {CUSTOMER_NUMBER_CONTRACT}, maandelijks van {IBAN_NL}, huurder {NAME_FULL}."),
    ("nl", "Verzekering instrument: polis {CUSTOMER_NUMBER_POLICY}, eigenaar {NAME_SURNAME}, geboren {DOB}."),
    # ---- municipal debt relief
    ("nl", "Verzoek kwijtschelding gemeentelijke belastingen: {NAME_FULL}, BSN {BSN}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Aanslagnummer {CUSTOMER_NUMBER_ASSESSMENT}, belastingplichtige {NAME_INITIALS}, geboortedatum {DOB}."),
    ("nl", "Kwijtschelding afgewezen; bezwaar van {NAME_FULL} ontvangen op {date}, BSN {BSN}."),
    ("nl", "Bijlage: bankafschriften van rekening {IBAN} van de afgelopen 3 maanden, {NAME_CAPS}."),
    ("nl", "Partner {NAME_FULL}, geboren {DOB}, BSN {BSN}, woont ook op {ADDRESS}."),
    ("nl", "Ik krijg bijstand en kan de afvalstoffenheffing niet betalen, bel me op {PHONE}. Mvg {NAME_FULL}"),
    # ---- party tents
    ("nl", "Partytent 6x12 opbouwen op {ADDRESS}, {POSTCODE} {town}; contact op de dag zelf: {PHONE}."),
    ("nl", "Borg tentverhuur {amount} terugstorten op {IBAN}, t.n.v. {NAME_FULL}."),
    ("nl", "Huurovereenkomst {CUSTOMER_NUMBER_CONTRACT}, huurder {NAME_FULL}, e-mail {EMAIL}, feest op {date}."),
    ("nl", "Bus met aanhanger {PLATE} laadt bij de klant {NAME_SURNAME} om {time}."),
    # ---- dog grooming
    ("nl", "Trimsalon agenda {weekday} {time}: Boris (poedel) van {NAME_FULL}, tel {PHONE}."),
    ("nl", "Klantkaart {CUSTOMER_NUMBER_MEMBER}: baasje {NAME_INITIALS}, {ADDRESS}, hond bijt bij de oren!"),
    ("nl", "Pinautomaat stuk, {NAME_FIRST} betaalt de trimbeurt met creditcard {CARD}."),
    ("nl", "Hai, kan Bobbie zaterdag komen? Groetjes {NAME_FULL}, {PHONE}"),
    # ---- online poker account closures
    ("nl", "Verzoek sluiting pokeraccount: gebruikersnaam {NAME_NICK}, e-mail {EMAIL}, geb. {DOB}."),
    (
        "nl",
        "Uitbetaling restsaldo {amount} naar {IBAN}, rekeninghouder {NAME_FULL}, account {CUSTOMER_NUMBER_ACCOUNT}.",
    ),
    ("nl", "Verificatie: klant {NAME_FULL} uploadde ID, BSN zichtbaar ({BSN}) – direct zwarten!"),
    (
        "nl",
        "Spelersaccount {CUSTOMER_NUMBER_ACCOUNT} van {NAME_LOWER} geblokkeerd op eigen verzoek, Cruks-registratie.",
    ),
    ("nl", "Stortingen met kaart {CARD} terugdraaien, speler {NAME_NICK}, tel. {PHONE}."),
    # ---- boat engine servicing
    ("nl", "Monteursnotitie 52.2018 N, 4.9122 O (steiger 3): buitenboordmotor van {NAME_FULL} gespoeld, tel {PHONE}."),
    ("nl", "Werkbon: impeller vervangen, klant {NAME_SURNAME}, trailer {PLATE}, bel voor ophalen {PHONE}."),
    ("nl", "Servicecontract {CUSTOMER_NUMBER_CONTRACT}: winteronderhoud motor, eigenaar {NAME_FULL}, {EMAIL}."),
    ("nl", "Buitendienst GPS 51.9560, 5.2210 – boot ligt niet bij {NAME_INITIALS} maar bij de buren, {ADDRESS}."),
    # ---- pilates studios
    ("nl", "Lidmaatschap pilates opzeggen, lidnummer {CUSTOMER_NUMBER_MEMBER}, {NAME_FULL}, {EMAIL}."),
    ("nl", "Proefles geboekt door {NAME_FULL}, geboren {DOB}, mobiel {PHONE}."),
    ("nl", "10-rittenkaart pilates, betaald met kaart {CARD}, klant {NAME_CAPS}."),
    ("nl", "Maandtermijn {amount} niet geïnd van {IBAN_NL}; lid {NAME_SURNAME}, lidnr {CUSTOMER_NUMBER_MEMBER}."),
    # ---- mushroom growing kits
    ("nl", "Oesterzwammenset niet gegroeid, bestelling {ref}, klant {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Vervangende kweekzak sturen naar {NAME_FULL}, {ADDRESS}, {POSTCODE}. Tel. {PHONE}"),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER}: refund naar {IBAN}, klant {NAME_FIRST} {NAME_SURNAME}."),
    # ---- Messenger group chats
    ("nl", "Messenger-groep 'Feestcommissie' | {NAME_FIRST}: tent komt op {ADDRESS}, bel {PHONE} als je er bent"),
    ("nl", "Messenger-groep | {NAME_NICK}: wie heeft de mail van de tentverhuur? | {NAME_FIRST}: {EMAIL}"),
    ("nl", "Messenger-groep 'Pilates dinsdag' | {NAME_FULL}: mijn nieuwe nummer is {PHONE}"),
    # ---- misheard names, corrected
    ("nl", "Transcript: Agent: spreek ik met {NAME_FULL}? Klant: nee, met {NAME_FULL}, met een d aan het eind."),
    ("nl", "Transcript (automatisch): naam verstaan als '{NAME_LOWER}', gecorrigeerd naar {NAME_FULL}."),
    ("nl", "Transcript: Klant: mijn geboortedatum is {DOB}. Agent: en uw postcode? Klant: {POSTCODE}."),
    ("nl", "Transcript: Klant: mijn BSN is {BSN_SPOKEN}. Agent: dat hoeven we niet te weten, mevrouw."),
    ("nl", "Transcript: nummer verstaan als {PHONE_SPOKEN}, klant verbetert: laatste cijfer is een vier."),
    ("nl", "Transcript: mail gespeld als {EMAIL_SPOKEN}, bevestigd door klant."),
    # ---- forwarded SMS
    ("nl", "Doorgestuurd bericht:\nVan: {PHONE}\nSMS: Hoi, tent staat scheef, kom je kijken? {NAME_FIRST}"),
    ("nl", "Fwd: SMS van {PHONE_ABROAD}: 'Truck {PLATE_ABROAD} komt 2 uur later, sorry. {NAME_FULL}'"),
    # ---- tables with notes
    ("nl", "| Datum | Klant | Notes |\n| {date} | {CUSTOMER_NUMBER_CUSTOMER} | terugbellen {NAME_FULL} op {PHONE} |"),
    ("nl", "Naam\tPostcode\tNotes\n{NAME_FULL}\t{POSTCODE}\tvioolkam vervangen, woont {ADDRESS}"),
    ("nl", "klantnr;notes\n{CUSTOMER_NUMBER_CUSTOMER};zus {NAME_FIRST} haalt de hond op, geb. hond 2019, baas {DOB}"),
    # ---- forum complaints
    (
        "nl",
        "Forum > Klachten > Pokersite | {NAME_NICK} schreef: ze hebben mijn account gesloten maar {amount} staat nog",
    ),
    ("nl", "Forum | {NAME_NICK}: mijn groentetas komt nooit, ik woon gewoon op {ADDRESS} hoor"),
    # ---- Brabants
    ("nl", "Hedde gij de viool van {NAME_FIRST} al gemaakt? Belt ge mij effe op {PHONE}? Houdoe, {NAME_FULL}"),
    ("nl", "Ik woon op {ADDRESS} in {town}, da's achter de kerk, gij kunt de tent dur zo neerzetten. {NAME_FIRST}"),
    ("nl", "Meej ons rekeningnummer {IBAN} is niks mis, dus waarom is die kwijtschelding afgewezen? {NAME_SURNAME}"),
    # ---- Moroccan-Dutch youth slang
    ("nl", "wollah broer mn account is dicht gezet, zet die {amount} ff op {IBAN} of ik klaag jullie aan. {NAME_NICK}"),
    ("nl", "yo wajo bel me ff op {PHONE}, mijn naam is {NAME_FULL}, die pilates app doet kapot raar"),
    ("nl", "sahbi ik ben {DOB} geboren ik ben echt geen 17 ofzo, check mn paspoort. {NAME_FIRST}"),
    # ---- PDF invoices
    ("nl", "FACTUUR    Debiteur  {CUSTOMER_NUMBER_CUSTOMER}\n{NAME_CAPS}     {ADDRESS}\n{POSTCODE}   Totaal {amount}"),
    (
        "nl",
        "Factuur tentverhuur  Klant:   {NAME_FULL}  IBAN:\n{IBAN}   Omschrijving   Bedrag\npartytent 6x12  {amount}",
    ),
    ("nl", "Vlaamse klant {NAME_FULL}, {ADDRESS}, gsm {PHONE_ABROAD}, wil de kweekset terugsturen."),
]
