"""Channel-shaped templates of test_v41: live-chat logs with timestamps and agent names, SMS, agents' call
summaries in shorthand, forwarded e-mails with signatures and disclaimers, key: value forms and CRM JSON."""

from __future__ import annotations

FORMS: list[tuple[str, str]] = [
    # ---- live chat (agent names are people too, so they are labelled)
    (
        "nl",
        "[{time}] {NAME_AGENT}: Goedemiddag, waarmee kan ik u helpen?\n[{time}] Klant: mijn sim doet niks, nr {PHONE}",
    ),
    ("nl", "[{time}] Klant: ik ben {NAME_FULL}, {ADDRESS} postcode {POSTCODE}\n[{time}] {NAME_AGENT}: Dank u!"),
    ("nl", "{time} - {NAME_AGENT} (Chat): Mag ik uw geboortedatum?\n{time} - Bezoeker: {DOB}"),
    ("nl", "Chat gestart om {time} met {NAME_LOWER}. Onderwerp: retour {order}. Behandeld door {NAME_AGENT}."),
    (
        "en",
        "[{time}] Visitor: my card {CARD} got blocked abroad\n"
        "[{time}] {NAME_AGENT}: Please never share the full number here.",
    ),
    ("en", "{time} {NAME_AGENT}: Could you confirm the email on the account?\n{time} Customer: {EMAIL}"),
    (
        "nl",
        "[{time}] Klant: IBAN is {IBAN} 👍\n"
        "[{time}] {NAME_AGENT}: Ik heb het doorgezet, u hoort binnen {count} werkdagen van ons.",
    ),
    # ---- SMS
    ("nl", "SMS van {PHONE_MOBILE}: Hoi, dit is {NAME_FIRST}, bezorg het pakket maar bij de buren op nr {count}."),
    ("nl", "Van: {PHONE_MOBILE}\nBericht: pech bij afrit {count}, kenteken {PLATE}, wanneer komt de wegenwacht??"),
    ("en", "Text from {PHONE_INTL}: hi its {NAME_FIRST}, OV card {CUSTOMER_NUMBER_OV} still shows the fine"),
    ("nl", "sms: je code is 481 209. Niet delen. Klant {NAME_FULL} heeft de code toch doorgegeven aan {PHONE}."),
    # ---- agents' call summaries in shorthand
    ("nl", "gespr. mevr. {NAME_SURNAME}: modem {device} defect, swap aangemaakt, verz. naar {ADDRESS}. tb {PHONE}"),
    ("nl", "CB: dhr {NAME_SURNAME} ivm chargeback {amount}, kaart {CARD} geblokkeerd, ticket {ticket}. afgehandeld."),
    ("nl", "KCC notitie {date}: klant {NAME_INITIALS} (kln {CUSTOMER_NUMBER}) wil nummer {PHONE_MOBILE} porteren."),
    ("nl", "tel. contact met {NAME_FULL} / geb {DOB} / BSN geverifieerd {BSN} / wijziging IBAN naar {IBAN}"),
    (
        "nl",
        "Pechmelding {time}: {car} {PLATE}, bestuurder {NAME_FIRST} ({PHONE_MOBILE}), locatie {city}, wagen onderweg.",
    ),
    ("en", "Call summary: cust {NAME_FULL} DOB {DOB} rang re porting {PHONE}; told ETA {date}. -{NAME_AGENT}"),
    ("en", "Notes: spoke w/ {NAME_SURNAME}, addr confirmed {ADDRESS}, {POSTCODE}, refund to {IBAN} approved."),
    # ---- forwarded e-mails with signatures and disclaimers
    (
        "nl",
        "---------- Doorgestuurd bericht ----------\nVan: {NAME_DISPLAY} <{EMAIL}>\nDatum: {date} {time}\n"
        "Onderwerp: Re: retour {order}\n\nZie onderstaand.",
    ),
    (
        "nl",
        "Met vriendelijke groet,\n\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {city}\nT: {PHONE}\n\n"
        "Verzonden vanaf mijn iPhone",
    ),
    (
        "en",
        "Kind regards,\n{NAME_FULL}\nM: {PHONE_INTL}\nE: {EMAIL}\n\nThis e-mail and any attachments are confidential "
        "and intended solely for the addressee.",
    ),
    (
        "nl",
        "Van: {EMAIL}\nVerzonden: {date} {time}\nAan: {mailbox}\nOnderwerp: schade {PLATE}\n\n"
        "Bijgaand de foto's. Gr. {NAME_FIRST}",
    ),
    (
        "en",
        "-----Original Message-----\nFrom: {NAME_FULL} [mailto:{EMAIL}]\nSent: {date}\nTo: {mailbox}\n"
        "Subject: flight {flight} cancelled",
    ),
    (
        "nl",
        "Op {date} om {time} schreef {NAME_FULL} <{EMAIL}>:\n> Mijn OV-chipkaart {CUSTOMER_NUMBER_OV} is geblokkeerd.",
    ),
    # ---- key: value forms
    ("nl", "Naam: {NAME_FULL}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nWoonplaats: {city}\nTelefoon: {PHONE}"),
    ("nl", "Voorletters: {NAME_INITIALS}\nGeboortedatum: {DOB}\nBSN: {BSN}\nIBAN: {IBAN}"),
    ("nl", "Kenteken: {PLATE}\nMerk/type: {car}\nPolisnummer: {CUSTOMER_NUMBER_POLICY}\nMelder: {NAME_FULL}"),
    ("en", "Passenger 1: {NAME_PASSENGER} ADT\nDate of birth: {DOB_AIRLINE}\nContact: {EMAIL}\nMobile: {PHONE_INTL}"),
    ("nl", "Reiziger: {NAME_FULL} | OV-chipkaart: {CUSTOMER_NUMBER_OV} | Rekening: {IBAN} | Bedrag: {amount}"),
    ("nl", "Aanvrager........: {NAME_UPPER}\nE-mail..........: {EMAIL_CAPS}\nKlantnummer.....: {CUSTOMER_NUMBER_SHOP}"),
    # ---- CRM JSON snippets
    ("nl", '{"klant": {"naam": "{NAME_FULL}", "telefoon": "{PHONE}", "email": "{EMAIL}"}, "kanaal": "chat"}'),
    (
        "nl",
        '{"klantnummer": "{CUSTOMER_NUMBER_TELECOM}", "msisdn": "{PHONE_MOBILE}", "status": "porting", '
        '"provider": "{provider}"}',
    ),
    ("nl", '{"contact_id": 88123, "adres": "{ADDRESS}", "postcode": "{POSTCODE}", "plaats": "{city}"}'),
    ("en", '{"cardholder": "{NAME_UPPER}", "pan": "{CARD}", "reason": "chargeback", "amount": "{amount}"}'),
    ("nl", '{"bsn": "{BSN}", "geboortedatum": "{DOB}", "iban": "{IBAN}", "verified": true}'),
    ("en", '{"pnr": "{booking}", "pax": [{"name": "{NAME_PASSENGER}", "dob": "{DOB_AIRLINE}"}], "flight": "{flight}"}'),
    (
        "nl",
        '{"kenteken": "{PLATE}", "lidnummer": "{CUSTOMER_NUMBER_ROADSIDE}", "locatie": "{city}", '
        '"melder": "{NAME_FIRST}"}',
    ),
    ("nl", "klant_id={CUSTOMER_NUMBER}; naam={NAME_DISPLAY}; tel={PHONE_LANDLINE}; kanaal=telefoon"),
]
