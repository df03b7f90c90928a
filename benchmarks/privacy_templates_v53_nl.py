"""Dutch templates of test_v53: gemeente desks and libraries, shared bikes and scooters, parking and charging,
salons, gyms, photographers, pet sitters, music lessons, bijles, cleaning platforms and child care."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- gemeente: paspoort/ID-kaart, uittreksel BRP, verhuizing, afvalpas
    ("nl", "Afspraak paspoort aanvragen voor {NAME_FULL} op {date} om {time} bij {desk}. Neem uw oude paspoort mee."),
    ("nl", "Ik wil een uittreksel BRP voor mijn nieuwe werkgever, mijn BSN is {BSN} en ik ben geboren op {DOB}."),
    ("nl", "Verhuizing doorgeven: per {date} wonen wij op {ADDRESS}, {POSTCODE} {city}. Aanvrager {NAME_INITIALS}."),
    ("nl", "VERHUISFORMULIER\nNAAM: {NAME_UPPER}\nBSN: {BSN}\nNIEUW ADRES: {ADDRESS_UPPER}\nPOSTCODE: {POSTCODE}"),
    (
        "nl",
        "Mijn afvalpas werkt niet meer bij de container aan de {square}. Adres {ADDRESS}, containernummer {container}.",
    ),
    ("nl", "Goedendag, ik bel namens mijn moeder mevrouw {NAME_SURNAME}, zij kan zelf niet naar het stadhuis komen."),
    ("nl", "ID-kaart kwijt in {city}. Gegevens: {NAME_FULL}, geb. {DOB}, telefonisch bereikbaar op {PHONE}."),
    ("nl", "Voicemail {time}: goedemiddag u spreekt met {NAME_FULL}, mijn BSN is {BSN_SPOKEN}, graag terugbellen."),
    ("nl", "Kunt u de nieuwe afvalpas sturen naar {ADDRESS}? Postcode is {POSTCODE_SPOKEN}, groet {NAME_FIRST}."),
    ("nl", "Burger {NAME_REVERSED} meldt zich aan de balie voor de rijbewijsaanvraag; BSN gecontroleerd: {BSN}."),
    # ---- bibliotheek
    (
        "nl",
        "Mijn bibliotheekpas {CUSTOMER_NUMBER_LIBRARY} is geblokkeerd door een boete van {amount}, kan dat kloppen?",
    ),
    ("nl", "Inschrijving bibliotheek: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, e-mail {EMAIL}."),
    ("nl", "Reservering '{book}' staat klaar voor lener {CUSTOMER_NUMBER_LIBRARY} ({NAME_INITIALS}) tot {date}."),
    (
        "nl",
        "Mijn zoon {NAME_CHILD} ({DOB_CHILD}) wil een eigen jeugdpas, kan dat op mijn pas {CUSTOMER_NUMBER_LIBRARY}?",
    ),
    # ---- deelfietsen, scooters, parkeren en laden
    (
        "nl",
        "OV-fiets niet teruggebracht volgens systeem, maar ik heb hem om {time} in {station} gezet. OV-chip "
        "{CUSTOMER_NUMBER_OV}.",
    ),
    ("nl", "Boete deelscooter van {amount}: ik reed niet, mijn account staat op {EMAIL} en ik woon in {city}."),
    ("nl", "Parkeergarage {garage}: slagboom ging niet open bij kenteken {PLATE}. Bel mij op {PHONE}."),
    ("nl", "Kenteken {PLATE} is wel aangemeld voor de bewonersvergunning op {ADDRESS}, toch een naheffing ontvangen."),
    ("nl", "Laadpas {CUSTOMER_NUMBER_CHARGE} werkt niet bij paal {charger}. Incasso van {IBAN} gaat wel gewoon door."),
    ("nl", "Graag de laadpas op naam van {NAME_FULL} zetten, IBAN voor de maandfactuur: {IBAN}."),
    ("nl", "Melding app {time}: rit beëindigd door {NAME_FIRST}, scooter {scooter}, bestuurder kenteken {PLATE}."),
    ("nl", "Mijn Belgische auto {PLATE_BE} staat in garage {garage}, kan ik met de app betalen? Groeten, {NAME_FULL}"),
    # ---- kapper, schoonheidssalon
    (
        "nl",
        "BEGIN:VEVENT\nSUMMARY:{treatment}\nDTSTART:{dtstart}\nLOCATION:{salon}, "
        "{city}\nATTENDEE;CN={NAME_FULL}:mailto:{EMAIL}\nEND:VEVENT",
    ),
    (
        "nl",
        "Hoi {NAME_FIRST}, je afspraak voor {treatment} bij {salon} staat op {date} om {time}. Annuleren? "
        "Bel {company_phone}.",
    ),
    ("nl", "Klantkaart salon: {NAME_REVERSED} | tel {PHONE} | geboortedatum {DOB} | allergie: {allergy}"),
    (
        "nl",
        "14:02 - {NAME_FIRST}: hoi kan ik morgen om {time} terecht voor {treatment}?\n14:05 - {salon}: ja "
        "hoor! Op welk nummer kunnen we je bereiken?\n14:06 - {NAME_FIRST}: {PHONE}",
    ),
    ("nl", "Cadeaubon van {amount} betaald met creditcard {CARD}, op naam van {NAME_FULL}."),
    # ---- sportschool en personal trainer
    (
        "nl",
        "Lidmaatschap {CUSTOMER_NUMBER_MEMBER} opzeggen per {date}. Incasso stoppen van rekening {IBAN}. {NAME_FULL}",
    ),
    ("nl", "Intake personal training: {NAME_FULL}, geboren {DOB}, doel: {goal}, contact {EMAIL}."),
    ("nl", "Er is twee keer {amount} afgeschreven van {IBAN}, mijn lidnummer is {CUSTOMER_NUMBER_MEMBER}."),
    (
        "nl",
        "Push {dtstart} -> lid {CUSTOMER_NUMBER_MEMBER}: 'Je les {lesson} begint over 30 minuten!' (device "
        "van {NAME_LOWER})",
    ),
    # ---- fotograaf, weddingplanner
    ("nl", "Offerte bruiloft {date} in {venue}: bruidspaar {NAME_FULL} en {NAME_FULL}, bereikbaar via {PHONE}."),
    (
        "nl",
        "Aanbetaling fotoshoot {amount} graag naar ons, en de galerij-link naar {EMAIL}. Factuuradres "
        "{ADDRESS}, {POSTCODE} {city}.",
    ),
    ("nl", 'Google Form export: "{form_time}","{NAME_FULL}","{EMAIL}","{PHONE}","{package}"'),
    # ---- oppas voor huisdieren, hondenuitlaat
    (
        "nl",
        "Uitlaatservice: {pet} ophalen bij {NAME_SURNAME}, {ADDRESS}, sleutel ligt bij de buren. Noodnummer {PHONE}.",
    ),
    ("nl", "Oppas kat {pet} van {date} tot {date}; eigenaar {NAME_FULL}, {ADDRESS_UPPER}, {POSTCODE}."),
    ("nl", "Chipnummer van {pet} staat op naam van {NAME_INITIALS}, adres {ADDRESS}, tel {PHONE_LANDLINE}."),
    # ---- muziekles, instrumentverhuur, bijles
    (
        "nl",
        "Huurcontract {instrument} op naam van {NAME_FULL}, maandbedrag {amount} via {IBAN}, klantnr "
        "{CUSTOMER_NUMBER}.",
    ),
    (
        "nl",
        "Leerling {NAME_CHILD}, geboren {DOB_CHILD}, start met {instrument}les op {weekday}. Ouder: "
        "{NAME_FULL}, {PHONE}.",
    ),
    (
        "nl",
        "Bijles wiskunde voor {NAME_CHILD} via {agency}; ouder {NAME_FULL}, bereikbaar op {PHONE_INTL}.",
    ),
    (
        "nl",
        "AANMELDFORMULIER BIJLES\nLEERLING: {NAME_UPPER}\nGEBOORTEDATUM: {DOB_CHILD}\nADRES: "
        "{ADDRESS_UPPER}\nTEL. OUDER: {PHONE}",
    ),
    # ---- schoonmaak via platform
    (
        "nl",
        "Schoonmaker {NAME_FIRST} is niet komen opdagen op {ADDRESS}. Ik betaal via platform-account "
        "{CUSTOMER_NUMBER_PLATFORM}.",
    ),
    ("nl", "Uitbetaling huishoudelijke hulp {NAME_FULL} naar {IBAN}, relatienummer {CUSTOMER_NUMBER_PLATFORM}."),
    (
        "nl",
        'Chatbot overdracht: {"intent": "klacht_schoonmaak", "naam": "{NAME_FULL}", "email": '
        '"{EMAIL}", "postcode": "{POSTCODE}"}',
    ),
    # ---- kinderopvang: BSO, gastouder
    ("nl", "Plaatsing BSO {bso} voor {NAME_CHILD}, geboortedatum {DOB_CHILD}, BSN kind {BSN}."),
    ("nl", "Gastouder {NAME_FULL} ({ADDRESS}, {POSTCODE} {city}) heeft LRK-registratie, ouder betaalt via {IBAN}."),
    ("nl", "Ophaallijst {weekday}: {NAME_CHILD} wordt opgehaald door oma {NAME_FULL}, tel. {PHONE}."),
    (
        "nl",
        "Jaaropgave kinderopvangtoeslag naar {EMAIL} sturen a.u.b., BSN aanvrager {BSN}, klantnummer "
        "{CUSTOMER_NUMBER}.",
    ),
    (
        "nl",
        "Voicemail: ja hoi met {NAME_FIRST}, de moeder van {NAME_CHILD}, bel me even terug op {PHONE_SPOKEN}, doei.",
    ),
    ("nl", "Inschrijfnummer {CUSTOMER_NUMBER_SPOKEN}, dat is toch van {NAME_FULL}? vraagt de beller uit {city}."),
    (
        "nl",
        "Zeeuws-Vlaanderen: klant {NAME_FULL} woont op {ADDRESS}, {POSTCODE} {city}, en heeft een buitenlands "
        "nummer {PHONE_INTL}.",
    ),
    ("nl", "Ik ben {NAME_FULL}, mijn mail is {EMAIL_SPOKEN}, en ik wil een proefles {instrument}."),
    ("nl", "Geboortedatum is {DOB_SPOKEN}, naam {NAME_FULL}, voor de fotograaf van de pasfoto."),
    ("nl", "Restitutie dagkaart {amount} op rekening {IBAN} t.n.v. {NAME_INITIALS}. Betaald met kaart {CARD}."),
    ("nl", "Bevestiging: uw auto met kenteken {PLATE} mag van {date} t/m {date} op de P+R {garage} staan."),
    ("nl", "Ouderportaal: ouder {NAME_REVERSED}, e-mail {EMAIL}, kind {NAME_CHILD}, geb. {DOB_CHILD}"),
]
