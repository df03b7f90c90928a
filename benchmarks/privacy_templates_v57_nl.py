"""Dutch and Flemish templates of test_v57: utilities' move-in and move-out, home loans, rent and tenants,
childcare allowance and debt help, outpatient clinics, opticians and hearing aids, subscriptions, parcels, vets,
cemeteries."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- utilities: move-in, move-out (energy, water, internet)
    (
        "nl",
        "Klant: hoi, ik ga per {date} verhuizen\nMedewerker: Prima! Wat is uw nieuwe adres?\n"
        "Klant: {ADDRESS}, {POSTCODE} {city}\nMedewerker: En uw klantnummer?\nKlant: {CUSTOMER_NUMBER_ENERGY}",
    ),
    ("nl", "Verhuismelding | naam: {NAME_FULL} | oud: {ADDRESS} | nieuw: {ADDRESS} | ingang: {date} | tel: {PHONE}"),
    (
        "nl",
        "Geachte heer/mevrouw,\n\nWij hebben de watermeter op {ADDRESS} afgesloten per {date}. De eindafrekening "
        "van {amount} storten wij op {IBAN}.\n\nMet vriendelijke groet,\n{firm}",
    ),
    (
        "nl",
        "notitie: klant {NAME_SURNAME} belt ivm opzeggen glasvezel -> nieuw adres {POSTCODE} "
        "-> modem retour via {locker}",
    ),
    (
        "nl",
        "Voicemail {time}: goedemiddag, u spreekt met {NAME_FULL}, ik verhuis naar {city}, "
        "bel me terug op {PHONE_SPOKEN}.",
    ),
    (
        "nl",
        "Ik ben {NAME_FIRST}, de dochter van mevrouw {NAME_SURNAME}. Mijn moeder gaat naar het verpleeghuis, "
        "het energiecontract {CUSTOMER_NUMBER_ENERGY} moet eraf.",
    ),
    (
        "nl",
        "Medewerker: Mag ik ter controle uw geboortedatum?\nKlant: {DOB}\nMedewerker: Dank u, mevrouw {NAME_SURNAME}.",
    ),
    # ---- mortgage and home loans
    (
        "nl",
        "Hypotheekaanvraag {CUSTOMER_NUMBER_LOAN}: aanvragers {NAME_FULL} en {NAME_FULL}, BSN hoofdaanvrager {BSN}.",
    ),
    (
        "nl",
        "Beste adviseur,\n\nIn de bijlage de loonstrook en het taxatierapport voor {ADDRESS}. Mijn BSN is {BSN}.\n\n"
        "Groet,\n{NAME_FULL}\n{PHONE}\n\nVerzonden vanaf mijn iPhone",
    ),
    ("nl", "Aflossing hypotheek {CUSTOMER_NUMBER_LOAN} mislukt, rekening {IBAN} had onvoldoende saldo op {date}."),
    (
        "nl",
        "tel. gesprek {NAME_INITIALS} -> wil boete oversluiten weten -> rente {pct} -> terugbellen {weekday} na {time}",
    ),
    ("nl", "Klant: mijn vrouw heet {NAME_FULL}, geboren {DOB}, ze moet mee op de hypotheekakte\nMedewerker: genoteerd"),
    # ---- rent, tenants' association, huurverhoging bezwaar
    (
        "nl",
        "{NAME_FULL}\n{ADDRESS}\n{POSTCODE}  {city}\n\nAan {firm}\nBetreft: bezwaar huurverhoging, huurdersnummer "
        "{CUSTOMER_NUMBER_RENT}",
    ),
    ("nl", "Huurder {NAME_REGISTER} ({CUSTOMER_NUMBER_RENT}) meldt schimmel in de badkamer, {ADDRESS}."),
    ("nl", "Bewonerscommissie: contactpersoon {NAME_FULL}, {EMAIL}, spreekuur in {venue} op {weekday}."),
    (
        "nl",
        "Klant: ik betaal al {count} jaar huur via {IBAN}\nKlant: en nu ineens {amount} erbij??\nMedewerker: "
        "ik kijk even mee",
    ),
    ("nl", "Sleutels opgehaald door {NAME_FIRST} {NAME_SURNAME}, auto {PLATE} stond op het laadperron."),
    ("nl", "Parkeervergunning bij de huurwoning: kenteken {PLATE}, huurder {NAME_INITIALS}, complex {complex}."),
    # ---- childcare allowance and municipal debt help
    ("nl", "Aanmelding schuldhulp | dossier {CUSTOMER_NUMBER_DEBT} | cliënt {NAME_FULL} | BSN {BSN} | geb. {DOB}"),
    (
        "nl",
        "Budgetcoach {NAME_FIRST} heeft met mevrouw {NAME_SURNAME} de schuldenlijst doorgenomen, {count} schuldeisers.",
    ),
    ("nl", "Kinderopvangtoeslag: terugvordering van {amount}. Aanvrager {NAME_UPPER}, BSN {BSN_SPOKEN}."),
    (
        "nl",
        "Hallo, ik ben {NAME_FULL} van de {ADDRESS}, mijn beschermingsbewindvoerder is {NAME_INITIALS}, "
        "zijn nummer is {PHONE}.",
    ),
    ("nl", "Voicemail: ja goeiedag met {NAME_FULL}, mijn burgerservicenummer is {BSN_SPOKEN}, graag terugbellen."),
    ("nl", "Leefgeld wordt vanaf {date} wekelijks overgemaakt naar {IBAN}, t.n.v. {NAME_INITIALS}."),
    # ---- outpatient clinics (poli afspraken)
    (
        "nl",
        "Afspraak {clinic} op {date} om {time} | patiënt: {NAME_REGISTER} | patiëntnr: {CUSTOMER_NUMBER_PATIENT} "
        "| geb.: {DOB}",
    ),
    (
        "nl",
        "Klant: kan de afspraak van mijn vader verzet worden?\nMedewerker: Wat is zijn geboortedatum?\n"
        "Klant: {DOB}, hij heet {NAME_FULL}",
    ),
    ("nl", "Patiëntnummer {CUSTOMER_NUMBER_PATIENT}, ik lig op de wachtlijst van de {clinic}, mijn mobiel is {PHONE}."),
    ("nl", "Bevestiging wordt gestuurd naar {EMAIL}, vervoer per taxi naar {ADDRESS} ({POSTCODE})."),
    # ---- opticians and hearing aids
    ("nl", "Hoortoestel {product} opgehaald door {NAME_FULL}, machtiging zorgverzekeraar via BSN {BSN}."),
    ("nl", "Hoi {NAME_FIRST}, uw nieuwe bril ligt klaar bij {firm} in {city}. Vragen? Bel {org_phone}."),
    ("nl", "Lenzenabonnement: incasso van {amount} per maand van {IBAN}, klant {NAME_INITIALS}, {EMAIL}."),
    # ---- newspaper and broadcaster subscriptions
    ("nl", "Ik wil mijn abonnement op {paper} opzeggen. Abonneenummer {CUSTOMER_NUMBER_SUBSCRIBER}, {NAME_FULL}."),
    ("nl", "Bezorgklacht: krant niet ontvangen op {ADDRESS_UPPER}, {POSTCODE}, abonnee {CUSTOMER_NUMBER_SUBSCRIBER}."),
    ("nl", "Lidmaatschap omroep: {NAME_FULL}, e-mail {EMAIL_OBFUSCATED}, betaling per creditcard {CARD}."),
    (
        "nl",
        "Klant: mijn e-mailadres is {EMAIL_SPOKEN}\nMedewerker: en het abonneenummer?\nKlant: "
        "{CUSTOMER_NUMBER_SUBSCRIBER}",
    ),
    # ---- parcel lockers and post offices
    (
        "nl",
        "Pakket {tracking} ligt in {locker}. Ophalen kan met de code uit de sms naar {PHONE}. Ontvanger: {NAME_FULL}.",
    ),
    ("nl", "Adreswijziging bij het postkantoor: {NAME_FULL}, van {ADDRESS} naar {ADDRESS}, {POSTCODE_SPOKEN}."),
    ("nl", "Ik heb een doorstuurservice aangevraagd, postcode {POSTCODE}, betaald met creditcard {CARD}."),
    # ---- veterinary emergency clinic
    ("nl", "Spoed {time}: hond {pet} aangereden, eigenaar {NAME_FULL}, tel {PHONE}, klantnr {CUSTOMER_NUMBER_VET}."),
    ("nl", "Rekening dierenkliniek {amount} voor {pet}, klant {CUSTOMER_NUMBER_VET}, betaald met {CARD}."),
    ("nl", "Medewerker: op wiens naam staat de kat?\nKlant: {NAME_FULL}, {ADDRESS}\nMedewerker: dank u"),
    # ---- cemetery and crematorium
    (
        "nl",
        "Grafrechten {cemetery}, vak {plot}: rechthebbende {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, "
        "nr {CUSTOMER_NUMBER_GRAVE}.",
    ),
    ("nl", "Crematie van {NAME_FULL} (geb. {DOB}) op {date} in {crematorium}. Contactpersoon {NAME_FULL}, {PHONE}."),
    ("nl", "Verlenging grafrecht: nota naar {EMAIL}, rechthebbende {CUSTOMER_NUMBER_GRAVE}, IBAN {IBAN}."),
    # ---- Flemish / Belgian
    ("nl", "Goeiendag, ik woon in de {ADDRESS_BE} te {be_city}, mijn gsm is {PHONE_INTL}. Groetjes, {NAME_FULL}"),
    ("nl", "Terugbetaling mag op mijn Belgische rekening {IBAN_FOREIGN}, op naam van {NAME_FULL}."),
    ("nl", "Mijn wagen met nummerplaat {PLATE_BE} staat op de parking van het ziekenhuis, {NAME_SURNAME}."),
    # ---- family abroad, Caribbean, spreadsheet exports
    ("nl", "Mijn zus op Curaçao, {NAME_FULL}, is bereikbaar op {PHONE_INTL}, zij regelt de begrafenis mee."),
    ("nl", "Klant geeft IBAN door: {IBAN_SPOKEN}. Rekeninghouder {NAME_FULL}."),
    ("nl", "Customer;Email;Phone;Postcode\n{NAME_REGISTER};{EMAIL};{PHONE};{POSTCODE}"),
    ("nl", "Name | DOB | Plate | Account\n{NAME_FULL} | {DOB} | {PLATE} | {IBAN}"),
    (
        "nl",
        "Van: {NAME_FULL} <{EMAIL}>\nOnderwerp: verhuizing internet\n\nNieuwe adres {ADDRESS}, {POSTCODE}. "
        "Groet {NAME_FIRST}\n\nVerstuurd vanaf mijn Samsung Galaxy",
    ),
]
