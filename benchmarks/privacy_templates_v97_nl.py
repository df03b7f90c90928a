"""Dutch and Flemish templates of test_v97."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- holiday park cancellations
    ("nl", "Trengo | {NAME_FULL}: hallo, ik wil boeking {ref} annuleren ivm ziekte, bel me terug op {PHONE}"),
    ("nl", "Trengo | Bot {bot}: Wat is je e-mailadres? | Klant: {EMAIL}"),
    ("nl", "Hoofdboeker: {NAME_FULL}, geb. {DOB}\nReisgenoot 1: {NAME_FULL}, geb. {DOB}\nReisgenoot 2: {NAME_FIRST}"),
    ("nl", "Annuleringskosten graag terugstorten op {IBAN_NL} tnv {NAME_INITIALS}, inzake {ref}."),
    ("nl", "Wy hebt de bungalow opzegd, mien adres is {ADDRESS} in {town}, postcode {POSTCODE}. Grt {NAME_FIRST}"),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER}, annuleringsverzekering polis {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Gasten: {NAME_FULL} (hoofdboeker), {NAME_FULL} en kinderen; auto {PLATE} op de parkeerplaats."),
    # ---- dog grooming
    ("nl", "hoi {emoji} kan {dog} {weekday} komen trimmen {emoji} groetjes {NAME_FIRST} {emoji} {PHONE}"),
    ("nl", "Eigenaar: {NAME_FULL} | Hond: {dog} | Tel: {PHONE} | Mail: {EMAIL}"),
    ("nl", "tb {dog} vm {weekday}, eig {NAME_SURNAME} wil cb op {PHONE}, adr {ADDRESS}"),
    ("nl", "Stempelkaart nr {CUSTOMER_NUMBER_MEMBER} van {NAME_FULL}, nog 2 stempels tot gratis wasbeurt."),
    ("nl", "Betaald met pinpas, maar de terugbetaling moet naar {IBAN}, naam {NAME_FULL}."),
    # ---- scaffolding rental
    (
        "nl",
        "Huurcontract {CUSTOMER_NUMBER_CONTRACT}: rolsteiger afleveren bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}.",
    ),
    ("nl", "gespr mt klant {NAME_LOWER}, steiger staat nog op adr {ADDRESS}, ophalen wo, cb {PHONE}"),
    ("nl", "Borg {amount} geblokkeerd op creditcard {CARD} (huurder {NAME_INITIALS})."),
    ("nl", "KvK-vrij particulier: {NAME_CAPS}, BSN {BSN} ivm vergunning gemeente voor steiger op stoep."),
    ("nl", "Ophaalwagen {PLATE} staat om {time} bij {NAME_SURNAME} aan de deur."),
    # ---- newspaper delivery complaints
    ("nl", "Abonneenummer {CUSTOMER_NUMBER_CUSTOMER} - krant weer niet bezorgd op {ADDRESS}, {POSTCODE}."),
    ("nl", "Dâ komt gin krante ier, al dre dagen nie. {NAME_FULL}, {ADDRESS}, {town}"),
    (
        "nl",
        "Het staat hier op de brief: abonnee {NAME_INITIALS}, nummer {CUSTOMER_NUMBER_CUSTOMER}, postcode {POSTCODE}.",
    ),
    ("nl", "Klacht bezorging\nNaam: {NAME_FULL}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nTelefoon: {PHONE}"),
    ("nl", "Verstuurd vanaf mijn iPhone\n\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {town}\n{PHONE}"),
    ("nl", "Wil de incasso stoppen van rekening {IBAN}, abonnement op naam van mijn moeder {NAME_FULL}."),
    # ---- kitchen fitters
    (
        "nl",
        "Orderbevestiging {ref}\n-----------------\nAfleveradres: {ADDRESS}\n{POSTCODE}  {town}\nKlant: {NAME_FULL}",
    ),
    ("nl", "Aanbetaling {amount} ontvangen van {IBAN_NL} ({NAME_CAPS}), montage {date}."),
    ("nl", "De monteur kon {weekday} niet in, graag bellen met {NAME_FIRST} op {PHONE} of {PHONE_ABROAD}."),
    ("nl", "Financiering keuken: aanvrager {NAME_FULL}, geboren {DOB}, BSN {BSN}."),
    ("nl", "Mail de tekening aub naar {EMAIL}, de bestelling staat op naam van {NAME_SURNAME}."),
    ("nl", "Klant leest voor: 'contractnummer {CUSTOMER_NUMBER_CONTRACT}, t.a.v. {NAME_INITIALS}'."),
    # ---- sailing schools
    ("nl", "Inschrijving zeilkamp\nDeelnemer: {NAME_FULL}\nGeboortedatum: {DOB}\nOuder: {NAME_FULL}\nTel: {PHONE}"),
    ("nl", "Lid {CUSTOMER_NUMBER_MEMBER}, {NAME_FULL}, wil CWO 2 halen in de meivakantie."),
    ("nl", "mijn dochter {NAME_FIRST} {emoji} is jarig op {DOB} {emoji} mag ze dan gratis zeilen?"),
    ("nl", "Cursusgeld terug naar {IBAN} tnv {NAME_FULL} aub, de cursus ging niet door door te weinig wind."),
    ("nl", "Auto met trailer {PLATE} van {NAME_FULL} mag op het terrein van de zeilschool."),
    # ---- parking fines with municipalities
    ("nl", "Bezwaar tegen naheffingsaanslag {ref}, kenteken {PLATE}, op naam van {NAME_FULL}, BSN {BSN}."),
    ("nl", "Het staat hier op de brief: 'kenteken {PLATE}, tenaamgestelde {NAME_INITIALS}, {ADDRESS}'."),
    ("nl", "Ik stond met een Belgische auto {PLATE_ABROAD} in {city}, mijn adres is {ADDRESS}, {POSTCODE_BE} {town}."),
    ("nl", "tel notitie: dhr {NAME_SURNAME} belt ivm boete, bsn {BSN_SPOKEN}, cb {PHONE_SPOKEN}"),
    ("nl", "Mijn gegevens: {NAME_FULL}, {ADDRESS}, {POSTCODE}. Geboren {DOB}. Mailadres {EMAIL_SPOKEN}."),
    ("nl", "Terugbetaling parkeerboete graag op {IBAN_NL}, {NAME_FULL}."),
    # ---- student housing deposits
    ("nl", "Huurder {NAME_FULL} (huurnr {CUSTOMER_NUMBER_CONTRACT}) wacht al 3 mnd op de borg van {amount}."),
    ("nl", "borg ff terugstorten op {IBAN} pls {emoji} {NAME_NICK}"),
    ("nl", "Snap van {NAME_NICK}: kamer is leeg {emoji} sleutel ligt bij {NAME_FIRST} op kamer 12"),
    ("nl", "Nieuw adres na verhuizing: {ADDRESS}, {POSTCODE} {city}. Mail: {EMAIL}. Groet, {NAME_FULL}"),
    ("nl", "Medehuurders: 1) {NAME_FULL} 2) {NAME_FULL} 3) {NAME_LOWER}"),
    ("nl", "Inschrijfnummer studentenhuisvesting {CUSTOMER_NUMBER_MEMBER}, geboortedatum {DOB}."),
    # ---- heat pump subsidies
    ("nl", "ISDE-aanvraag: {NAME_FULL}, BSN {BSN}, adres installatie {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Subsidie uitbetalen op {IBAN_NL}; aanvrager {NAME_INITIALS}, geboren {DOB}."),
    (
        "nl",
        "Installateur heeft warmtepomp geplaatst bij {NAME_SURNAME}, klantnr {CUSTOMER_NUMBER_CUSTOMER}, tel {PHONE}.",
    ),
    ("nl", "gespr mvr {NAME_SURNAME}, wp mkt herrie, monteur cb {PHONE} vm, adr {ADDRESS} {POSTCODE}"),
    ("nl", "Kiek, de warmtepomp döt 't nie, belt u mien eem op {PHONE}? {NAME_FULL} uut {town}"),
    ("nl", "Offerte {ref} voor {NAME_FULL}, {EMAIL}, {PHONE}."),
    # ---- printer ink subscriptions
    ("nl", "Uw bestelling\n  1x {product}  {amount}\nBetaald met: {CARD}\nFactuuradres: {NAME_FULL}, {ADDRESS}"),
    ("nl", "Abonnement inkt opzeggen, klantnummer {CUSTOMER_NUMBER_CUSTOMER}, e-mail {EMAIL}."),
    ("nl", "De kaart {CARD} is verlopen, nieuwe kaart van {NAME_FIRST} volgt. Groet {NAME_FULL}"),
    ("nl", "Cartridges worden gestuurd naar {NAME_CAPS}, {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Printer staat op naam van {NAME_FULL}, maar ik ({NAME_FIRST}) betaal met mijn creditcard {CARD}."),
    ("nl", "Ik lees het voor van de brief van de gemeente: polisnummer {CUSTOMER_NUMBER_POLICY}, {NAME_INITIALS}."),
    ("nl", "Verzonden vanaf mijn iPhone\n--\n{NAME_FULL} | {PHONE} | {EMAIL}"),
    ("nl", "Kheb een nieuwe GSM, mijn nummer is nu {PHONE_ABROAD}, groeten uit {town}, {NAME_FIRST} {NAME_SURNAME}"),
]
