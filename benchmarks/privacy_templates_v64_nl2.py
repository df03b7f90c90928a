"""Dutch and Flemish templates of test_v64 (part two): package holidays and cancellations, online groceries,
alarms and locksmiths, DUO study loans, allotment gardens and hobby clubs; in letters from lawyers and bailiffs,
Instagram and X messages, and Dutch written by German and Polish customers."""

from __future__ import annotations

NL2: list[tuple[str, str]] = [
    # ---- travel agencies and package holidays
    ("nl", "Betreft {ref}: reizigers {NAME_FULL} (geb. {DOB}) en {NAME_FULL} (geb. {DOB}), vertrek {date}."),
    ("nl", "Annulering pakketreis: restitutie {amount} naar {IBAN}, hoofdboeker {NAME_INITIALS}."),
    ("nl", "> Van: {NAME_FULL} <{EMAIL}>\n> Onderwerp: Re: annulering {ref}\n> Ik wacht nog steeds op mijn geld."),
    ("nl", "Reisverzekering polisnummer {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}, noodnummer {PHONE}."),
    ("nl", "Paspoortnaam moet exact: {NAME_CAPS}; geboortedatum {DOB} staat verkeerd in de boeking."),
    ("nl", "Aanbetaling reis voldaan met creditcard {CARD} door {NAME_FULL}."),
    # ---- online grocery delivery and missing items
    ("nl", "Bezorgnotitie: {ADDRESS}, {POSTCODE}, bel aan bij {NAME_SURNAME}, niet bij de buren."),
    ("nl", "[{time}] Klant: de {product} ontbrak\n[{time}] {bot}: sorry! Ik zet {amount} terug op {IBAN_NL}."),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER}: {count} artikelen misten, klant {NAME_LOWER} wil tegoed."),
    ("nl", "Bezorger kon {NAME_FIRST} niet bereiken op {PHONE}; boodschappen retour naar hub {city}."),
    ("nl", "Account {EMAIL} gekoppeld aan kaart {CARD}, bezorgadres {ADDRESS}."),
    # ---- home alarm systems and locksmiths
    ("nl", "Alarmopvolging: eerste contactpersoon {NAME_FULL}, {PHONE}; tweede {NAME_FULL}, {PHONE}."),
    ("nl", "Installatie alarm op {ADDRESS}, {POSTCODE} {town}, abonnement {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Slotenmaker spoed: klant {NAME_FULL} buitengesloten op {ADDRESS}, betaalt met {CARD}."),
    ("nl", "Tel.notitie {time} alarmcentrale: mevr {NAME_SURNAME} / code vergeten / geb.datum ter controle {DOB}"),
    ("nl", "Machtiging doorlopende incasso alarmabonnement\nRekeninghouder: {NAME_FULL}\nIBAN: {IBAN}\n[x] akkoord"),
    # ---- DUO and study loans
    ("nl", "DUO-aflossing: oud-student {NAME_FULL}, BSN {BSN}, maandbedrag {amount} van {IBAN_NL}."),
    ("nl", "Studentnummer {CUSTOMER_NUMBER_STUDENT}, naam {NAME_FULL}, wil draagkrachtmeting aanvragen."),
    ("nl", "Mijn BSN is {BSN} en DUO zegt dat mijn adres {ADDRESS} niet klopt, help!"),
    ("nl", "Student {NAME_INITIALS}, geboren {DOB}, studentnr. {CUSTOMER_NUMBER_STUDENT}, studeert in {city}."),
    # ---- allotment gardens and hobby clubs
    ("nl", "Volkstuin 12 gaat naar {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_MEMBER}, contributie via {IBAN}."),
    ("nl", "Ledenlijst modelspoorclub: {NAME_FULL}, {ADDRESS}, {PHONE}, lid nr {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Wie heeft de sleutel van het tuinhuis? Mail {EMAIL} of app {NAME_FIRST} op {PHONE}."),
    ("nl", "Aanmelding tuinvereniging: {NAME_FULL}, geboren {DOB}, {POSTCODE} {town}."),
    # ---- lawyers and bailiffs
    (
        "nl",
        "Gerechtsdeurwaarder: aan {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}. Betreft dossier van {firm}, "
        "openstaand {amount}.",
    ),
    (
        "nl",
        "Sommatie namens onze cliënt: uw klantnummer {CUSTOMER_NUMBER_CUSTOMER}, "
        "betaal binnen {count} dagen op ons rekeningnummer.",
    ),
    ("nl", "Beslag op loon van {NAME_FULL} (BSN {BSN}, geb. {DOB}) gelegd op {date}."),
    ("nl", "Advocatenkantoor, inzake {NAME_CAPS} / {firm}: cliënt is bereikbaar via {EMAIL_MASKED}."),
    ("nl", "Deurwaarder kwam langs voor {NAME_FULL}, auto {PLATE} op de oprit; hij woont niet meer op {ADDRESS}."),
    # ---- Instagram and X
    ("nl", "DM van @{NAME_HANDLE}: waar blijft mijn bezorging?? postcode {POSTCODE} #klantenservice"),
    (
        "nl",
        "@{NAME_HANDLE} stuur ons even een DM met je klantnummer "
        "{CUSTOMER_NUMBER_CUSTOMER} niet publiek posten! {handle}",
    ),
    ("nl", "Insta-reactie van @{NAME_HANDLE}: mijn vriendin {NAME_FIRST} wacht al weken op de monteur {hashtag}"),
    ("nl", "X-bericht aan {handle}: storing bij mij op {ADDRESS}, bel me {PHONE} {hashtag}"),
    # ---- German and Polish customers writing Dutch
    ("nl", "Goedendag, ik heet {NAME_FULL} und ich heb ein vraag over mijn rekening {IBAN}. Danke!"),
    ("nl", "Mijn Geburtsdatum is {DOB}, de formulier zegt fout. Grüße {NAME_FULL}"),
    ("nl", "Dzień dobry, ik ben {NAME_FULL}, mijn telefon is {PHONE_ABROAD}, ik woon nu op {ADDRESS}."),
    ("nl", "Ik heb nog geen BSN, alleen PESEL; mijn oude kod pocztowy is {POSTCODE_ABROAD}, nieuw adres {ADDRESS}."),
    ("nl", "Wij hebben de auto met Duits kenteken {PLATE_ABROAD}, APK is nodig? Groet, {NAME_SURNAME}"),
    ("nl", "Bitte stuur de factuur naar {EMAIL}, mijn postleitzahl is {POSTCODE_ABROAD}."),
    ("nl", "Klant spelt e-mail: '{EMAIL_SPOKEN}', en belt van {PHONE_SPOKEN}."),
    ("nl", "Klant leest BSN voor: {BSN_SPOKEN}, naam {NAME_FULL}."),
]
