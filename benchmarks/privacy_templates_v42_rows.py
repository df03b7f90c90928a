"""Templates of test_v42 from systems rather than people: pipe- and semicolon-separated export rows, agent
handover notes, appointment confirmations and web forms, in Dutch and English."""

from __future__ import annotations

ROWS: list[tuple[str, str]] = [
    # ---- export rows
    ("nl", "naam;geboortedatum;bsn;postcode\n{NAME_REVERSED};{DOB};{BSN};{POSTCODE}"),
    ("nl", "{CUSTOMER_NUMBER_MEMBER}|{NAME_FULL}|{EMAIL}|{PHONE}|actief|{row_date}"),
    ("nl", "{row_date};{time};{CUSTOMER_NUMBER_PATIENT};{NAME_UPPER};{DOB};{dept};bevestigd"),
    ("nl", "kenteken|zone|ingang|naam\n{PLATE}|{zone}|{row_date}|{NAME_FULL}"),
    ("nl", "debiteur;naam;iban;bedrag;status\n{CUSTOMER_NUMBER_TAX};{NAME_INITIALS};{IBAN};{amount};herinnering"),
    ("nl", "{NAME_LOWER} | {EMAIL} | {PHONE} | {ADDRESS} | {POSTCODE} | {city}"),
    ("nl", "order;klant;bezorgadres;postcode;telefoon\n{order};{NAME_FULL};{ADDRESS};{POSTCODE};{PHONE}"),
    ("nl", "{CUSTOMER_NUMBER_VET} | {NAME_SURNAME} | {pet} | {PHONE_LANDLINE} | vaccinatie {row_date}"),
    ("nl", "inschrijfnr;naam;geb.datum;e-mail\n{CUSTOMER_NUMBER_HOUSING};{NAME_FULL};{DOB};{EMAIL}"),
    ("nl", "{CUSTOMER_NUMBER_RENTAL};{NAME_FULL};{DOB};{CARD};{PLATE}"),
    ("en", "member_id|name|dob|iban\n{CUSTOMER_NUMBER_MEMBER}|{NAME_FULL}|{DOB}|{IBAN}"),
    ("nl", "studentnr;naam;bsn;iban\n{CUSTOMER_NUMBER_STUDENT};{NAME_REVERSED};{BSN};{IBAN}"),
    ("nl", "{row_date} {time} | inkomend | {PHONE} | {NAME_FULL} | terugbelverzoek"),
    ("nl", "klant;postcode;kenteken;laatste contact\n{CUSTOMER_NUMBER};{POSTCODE};{PLATE};{row_date}"),
    ("nl", "{NAME_UPPER};{ADDRESS_LOWER};{POSTCODE};{city};{PHONE}"),
    # ---- agent handover notes
    (
        "nl",
        "Overdracht {NAME_AGENT} ({time}): klant {NAME_FULL} wil teruggebeld worden over de naheffing, "
        "geb.datum geverifieerd ({DOB}).",
    ),
    (
        "nl",
        "Notitie: mevr. {NAME_SURNAME} spreekt beperkt Nederlands (Vietnamees), zoon {NAME_FIRST} belt terug "
        "vanaf {PHONE}.",
    ),
    (
        "nl",
        "Klant belde boos: pakket met stoelen niet geleverd. Klantnr {CUSTOMER_NUMBER}, mail {EMAIL}. Overgedragen "
        "aan {NAME_AGENT}.",
    ),
    (
        "nl",
        "Let op: adres in systeem ({ADDRESS}) is oud, nieuw adres {ADDRESS}, {POSTCODE}. Gecheckt door {NAME_AGENT}.",
    ),
    ("nl", "Overdracht nachtdienst: dhr. {NAME_FULL}, BSN {BSN}, uitkering stopgezet, heeft {count} keer gebeld."),
    ("nl", "TODO {NAME_AGENT}: kaart {CARD} geblokkeerd na fraudemelding, klant {NAME_INITIALS} geïnformeerd."),
    ("nl", "Klant {CUSTOMER_NUMBER_RENTAL} heeft schade gemeld aan eigen voertuig {PLATE}, foto's in dossier."),
    ("nl", "Beller gaf BSN {BSN} en postcode {POSTCODE} ter verificatie; klopt met BRP."),
    ("en", "Handover ({NAME_AGENT}): caller {NAME_FULL} from Glasgow, phone {PHONE_UK}, wants the deposit back."),
    ("en", "Note: customer's US number {PHONE_US} is the only one that works, she's back in Boston until {date_en}."),
    # ---- appointment confirmations and forms
    ("nl", "Bevestiging: {NAME_FULL}, u heeft een afspraak bij {clinic} op {date} om {time}. Neem uw pas mee."),
    ("nl", "Beste {NAME_FIRST}, je proefles bij {gym} staat gepland op {weekday} om {time}. Vragen? {practice_phone}"),
    ("nl", "Naam: {NAME_FULL}\nGeboortedatum: {DOB}\nBSN: {BSN}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}"),
    (
        "nl",
        "Voornaam: {NAME_FIRST}\nAchternaam: {NAME_SURNAME}\nTelefoon: {PHONE}\nE-mail: {EMAIL}\nOpmerking: "
        "graag 's ochtends bellen",
    ),
    ("nl", "Contactformulier — onderwerp: parkeervergunning — naam: {NAME_LOWER} — kenteken: {PLATE} — tel: {PHONE}"),
    ("nl", "Beste heer {NAME_SURNAME}, de bezorging van uw {furniture} is gepland op {date} tussen {time} en {time}."),
    ("nl", "Rekeninghouder: {NAME_INITIALS}\nIBAN: {IBAN}\nMachtiging: doorlopend\nIngangsdatum: {date}"),
    (
        "en",
        "Dear {NAME_FULL}, your appointment at {hospital} is confirmed for {date_en} at {time_en}. Patient number: "
        "{CUSTOMER_NUMBER_PATIENT}.",
    ),
    ("en", "Name: {NAME_FULL}\nDate of birth: {DOB_US}\nAddress: {ADDRESS_US}\nPhone: {PHONE_US}"),
    (
        "nl",
        "Aanmelding {club}\nNaam speler: {NAME_FULL}\nGeboren: {DOB_CHILD}\nIBAN ouder: {IBAN}\nMobiel ouder: {PHONE}",
    ),
]
