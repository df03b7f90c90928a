"""Templates of test_v44 shaped by their channel: Facebook and Instagram DMs, Trustpilot and Google reviews with
the company's reply, scanned handwritten forms (typos, missing spaces, boxed digits), call-center QA scorecards
quoting the call, Salesforce and Zendesk exports (JSON lines, key=value) and SMS two-factor threads."""

from __future__ import annotations

CHANNELS: list[tuple[str, str]] = [
    # ---- Facebook and Instagram DMs
    ("nl", "DM @{bank}: hee ik ben {NAME_LOWER}, mn pas is ingeslikt in {city} 😩 kunnen jullie bellen {PHONE}"),
    ("nl", "Insta DM: hoi!! mijn tikkie komt niet aan, rekening {IBAN} 🙏 groetjes {NAME_FIRST}"),
    (
        "nl",
        "Facebook Messenger {time}: Goeiemiddag, ik ben {NAME_FULL} van {ADDRESS_BE} en mijne fiets is nog "
        "altijd nie gemaakt.",
    ),
    ("nl", "DM: mailen mag naar {EMAIL_OBFUSCATED} (niet via fb graag), ik ben de moeder van {NAME_CHILD}"),
    ("en", "IG DM: hiya, {NAME_FIRST} here from Sydney, living in {city} now. My number is {PHONE_INTL}, cheers"),
    (
        "en",
        "Facebook message: Good day, my name is {NAME_FULL} from Ghana, the landlord keeps my deposit. I live at "
        "{ADDRESS}. Email {EMAIL_OBFUSCATED}",
    ),
    # ---- reviews with replies
    (
        "nl",
        "Google review {stars} door {NAME_REVIEWER}: Auto keurig geAPKt. — Reactie eigenaar: Dank je "
        "{NAME_FIRST}, tot volgend jaar!",
    ),
    (
        "nl",
        "Trustpilot {stars} {NAME_REVIEWER}: Al 3 weken wachten op mijn {bike}. Reactie {lease}: Beste "
        "{NAME_FIRST}, wilt u uw contractnummer {CUSTOMER_NUMBER_LEASE} mailen?",
    ),
    (
        "nl",
        "Review {stars}: 'Scherm na een week weer kapot' — {NAME_REVIEWER}. Antwoord {shop}: Wij hebben u "
        "gebeld op {PHONE}, helaas geen gehoor.",
    ),
    (
        "en",
        "Google review {stars} by {NAME_REVIEWER}: Great driving school, passed first time! Reply: Congrats "
        "{NAME_FIRST}, enjoy the road!",
    ),
    (
        "en",
        "Trustpilot {stars}, {NAME_REVIEWER}: they sent my new card {CARD} to the old address {ADDRESS}. "
        "Reply from {bank}: we are sorry to hear that.",
    ),
    # ---- scanned handwritten forms
    (
        "nl",
        "FORMULIER (scan) Naam:{NAME_UPPER} Adres:{ADDRESS_FORM} Postcode:{POSTCODE} Geb.datum:{DOB_FORM} Tel:{PHONE}",
    ),
    ("nl", "Aanvraagformulier huurtoeslg: naam aanvrager {NAME_REVERSED} , BSN {BSN_FORM} , handtekening ___"),
    (
        "nl",
        "Handgeschreven (OCR): Ik {NAME_FULL} machtig {bank} om mnd {amount} af te schrijven van {IBAN} datum {date}",
    ),
    (
        "nl",
        "Scan inschrijving kinderopvang | kind: {NAME_CHILD} | geb: {DOB_CHILD} | BSN: {BSN_FORM} | ouder: {NAME_FULL}",
    ),
    ("nl", "formulier adreswijziging: nieuwadres {ADDRESS_FORM} postcode{POSTCODE} email {EMAIL_UPPER}"),
    ("en", "SCANNED FORM - Name: {NAME_UPPER} / DOB: {DOB_FORM} / Address: {ADDRESS_FORM} / e-mail: {EMAIL_UPPER}"),
    # ---- call-center QA scorecards quoting the call
    (
        "nl",
        "QA-scorecard gesprek {ticket}, agent {NAME_AGENT}: verificatie OK, klant noemde geboortedatum "
        "'{DOB_WORDS}' en postcode '{POSTCODE_SPOKEN}'. Score 8/10.",
    ),
    (
        "nl",
        "QA {date} | medewerker: {NAME_AGENT} | citaat klant: 'mijn rekeningnummer is {IBAN_SPOKEN}' | "
        "punt: IBAN niet herhaald",
    ),
    (
        "nl",
        "Beoordeling call {ticket}: {NAME_AGENT} vroeg onnodig het BSN ({BSN_SPOKEN}); klant {NAME_FULL} "
        "werd daar boos om.",
    ),
    (
        "nl",
        "Scorecard {NAME_AGENT}: empathie 4/5. Transcript: 'u spreekt met {NAME_FULL}, mijn nummer is {PHONE_SPOKEN}'.",
    ),
    (
        "en",
        "QA review, agent {NAME_AGENT}, call {ticket}: customer said 'my card number is {CARD_SPOKEN}' and the "
        "agent did not stop her. Fail.",
    ),
    (
        "en",
        "Call quality note: {NAME_AGENT} verified caller {NAME_FULL} with date of birth {DOB_WORDS} and customer "
        "number {CUSTOMER_NUMBER_SPOKEN}.",
    ),
    (
        "nl",
        "QA {ticket}: agent {NAME_AGENT} liet klant het volledige kaartnummer voorlezen ({CARD_SPOKEN}), dat mag niet.",
    ),
    # ---- Salesforce and Zendesk exports
    (
        "nl",
        '{"ticket_id": "{ticket}", "requester": "{NAME_FULL}", "email": "{EMAIL}", "phone": "{PHONE}", '
        '"subject": "Tikkie niet ontvangen"}',
    ),
    (
        "nl",
        '{"Id": "{ticket}", "Contact.Name": "{NAME_REVERSED}", "IBAN__c": "{IBAN}", "Status": "Escalated", '
        '"Owner": "{NAME_AGENT}"}',
    ),
    (
        "nl",
        "ticket={ticket} naam={NAME_FULL} adres={ADDRESS} postcode={POSTCODE} kenteken={PLATE} status=open",
    ),
    (
        "nl",
        "case={ticket} contact={NAME_INITIALS} bsn={BSN} geboortedatum={DOB} kanaal=telefoon prio=hoog",
    ),
    (
        "nl",
        '{"case": "{ticket}", "huurder": "{CUSTOMER_NUMBER_TENANT}", "telefoon": "{PHONE_LAND}", '
        '"omschrijving": "cv-ketel defect"}',
    ),
    ("nl", "zendesk_export: id={ticket};requester_email={EMAIL};iban={IBAN_BE};tags=terugbetaling,belgie"),
    (
        "en",
        '{"case_number": "{ticket}", "customer": "{NAME_FULL}", "dob": "{DOB_EN}", "card": "{CARD}", '
        '"reason": "chargeback"}',
    ),
    (
        "en",
        "sf_lead name={NAME_FULL} email={EMAIL} mobile={PHONE_INTL} address={ADDRESS_EN} source=instagram",
    ),
    # ---- SMS two-factor threads
    (
        "nl",
        "SMS naar {PHONE}: Uw {bank} code is {code}. Deel deze nooit. | Klant antwoordt: wie is dit?? "
        "ik ben {NAME_FIRST}",
    ),
    (
        "nl",
        "Sms-gesprek: [klant] ik krijg geen code op {PHONE}, mijn nieuwe nummer is {PHONE} [bank] wat is uw "
        "geboortedatum? [klant] {DOB}",
    ),
    (
        "en",
        "SMS thread with {PHONE_INTL}: 'Your verification code is {code}' / reply: 'not me, my name is "
        "{NAME_FULL}, someone is using my email {EMAIL}'",
    ),
]
