"""English `test_v34` templates with personal data (expats and English-speaking relatives writing to a Dutch
driving school, funeral insurer, parking desk, meal service, donation platform or orthodontist), plus extra
Dutch templates for spoken numbers, OCR'd forms and card payments. Written by someone who never saw the rules."""

from __future__ import annotations

ENGLISH = [
    "Intercom | {NAME_EN}: hi, my daughter {NAME_CHILD} has her {exam} at {cbr} on {day}, can I come along?",
    "Hi {NAME_FIRST}, your lesson car today is the {car} with plate {PLATE}. See you at {clock}!",
    "I paid the lesson package of {amount} with card {CARD}, but the app says unpaid. {NAME_EN}",
    "Pupil number {CUSTOMER_NUMBER_PUPIL}, name {NAME_EN}, date of birth {DOB}.",
    "Freshcaller summary: {NAME_EN} called about her late father {NAME_OLD}, policy {CUSTOMER_NUMBER_POLICY}.",
    "Please send the death certificate copy to {EMAIL}; my address is {ADDRESS_EN}, Leeds.",
    "The cremation at {crematorium} is paid by my brother {NAME_FULL} with card {CARD}.",
    "My mother {NAME_OLD}, born {DOB_OLD}, lived at {ADDRESS}, {POSTCODE} {town} until she passed away.",
    "Zendesk macro: Dear Mr {NAME_SURNAME}, the payout for policy {CUSTOMER_NUMBER_POLICY} goes to {IBAN}.",
    "Visitor plate {PLATE} registered for {NAME_EN} in {zone} until {date}.",
    "I'm appealing fine {ticket}: my car {PLATE_BE} had a valid visitor permit. Regards, {NAME_BE}",
    "Resident permit request: {NAME_EN}, {ADDRESS}, postcode {POSTCODE}, car {PLATE}, phone {PHONE_MOBILE}.",
    "My German car ({PLATE_DE}) is registered to my partner {NAME_DE}; can it go on my permit?",
    "Teams: the permit holder at {ADDRESS} says her BSN is {BSN}, but the system shows someone else",
    "New meal client {NAME_OLD}, client no. {CUSTOMER_NUMBER_CLIENT}, {diet}, key safe at {ADDRESS}.",
    "Hi, this is {NAME_EN}, {NAME_OLD}'s son in London, call me on {PHONE_MOBILE} if Dad doesn't answer.",
    "Voicemail transcript: hello it's {NAME_FIRST}, my number is {PHONE_SPOKEN}, about the meals for mum.",
    "Direct debit for meals: account holder {NAME_INITIALS}, IBAN {IBAN}, client number {CUSTOMER_NUMBER_CLIENT}.",
    "Trustpilot: 'Refund took weeks' - {NAME_EN}. Reply: Sorry {NAME_FIRST}, please mail us your donor number.",
    "Donor {NAME_EN} (donor ID {CUSTOMER_NUMBER_DONOR}) asks to refund {amount} to {IBAN_BE}.",
    "I donated {amount} to {campaign} with my Amex {CARD_AMEX} and got charged twice. {EMAIL}",
    "My e-mail is {EMAIL_SPOKEN}, I said it twice on the phone already.",
    "Please update my address: I moved from {ADDRESS_EN} (UK) to {ADDRESS}, {POSTCODE} {town}.",
    "The campaign for my son {NAME_CHILD_FULL} was set up by our neighbour {NAME_FULL}.",
    "Orthodontist letter: patient {NAME_CHILD_FULL}, born {DOB_CHILD}, patient no. {CUSTOMER_NUMBER_PATIENT}.",
    "WhatsApp: Hi it's {NAME_EN}, {NAME_CHILD}'s {brace} broke at school, can we come in? {PHONE_DE}",
    "Insurance: {healthins}, member number {CUSTOMER_NUMBER_INSURED}, insured person {NAME_CHILD}.",
    "The invoice of {amount} should be paid from card {CARD} in the name of {NAME_UPPER}.",
    "Excel paste:\t{NAME_REGISTER}\t{DOB_CHILD}\t{POSTCODE}\t{PHONE_BE}\t{EMAIL}",
    "My BSN is {BSN_SPOKEN}, sorry I had to read it out slowly.",
    "SMS: yes ok, Thursday {clock} is fine for {NAME_CHILD}. thanks, {NAME_LOWER}",
]
EXTRA_NL = [
    "Voicemail: ja hallo, BSN van mijn moeder is {BSN_SPOKEN}, ze heet {NAME_OLD}.",
    "Getypt formulier: Burgerservicenummer  {BSN_OCR}   Postcode  {POSTCODE}   Geboren  {DOB}",
    "Rijlessen betaald met creditcard {CARD}, pashouder {NAME_FULL}, leerling {NAME_CHILD}.",
    "Parkeervergunning online betaald met kaart {CARD}; kenteken {PLATE}; postcode {POSTCODE}.",
    "Uitvaartkosten van {amount} voorgeschoten met {CARD} door kleindochter {NAME_FIRST}.",
    "Geboortedatum van de leerling: {DOB_PUPIL}. Klopt het dat {NAME_FULL} pas examen mag doen als hij 17 is?",
    "Klantnummer {CUSTOMER_NUMBER} — {NAME_INITIALS} — {ADDRESS} — {POSTCODE} — {PHONE_LAND}",
    "Bellen naar {PHONE_DE} (Duits nummer) voor {NAME_DE}, aanmelding bezoekersvergunning.",
    "Tel. moeder: {PHONE_MOBILE}; tel. vader: {PHONE_BE}; mail: {EMAIL}",
    "Kenteken lesauto's: {PLATE}, {PLATE} en de Belgische {PLATE_BE}.",
    "Postcode klopt niet: u schreef {POSTCODE} maar het moet {POSTCODE} zijn, groet {NAME_FIRST}",
    "Adreswijziging: oud adres {ADDRESS}, nieuw adres {ADDRESS}, {POSTCODE} {town}.",
    "Naam rekeninghouder: {NAME_REGISTER}, IBAN: {IBAN}, lidnummer: {CUSTOMER_NUMBER}",
    "Mail van {EMAIL} met de vraag of de geboortedatum {DOB_CHILD} van {NAME_CHILD} klopt.",
]
TEST_V34_EN = [("en", t) for t in ENGLISH] + [("nl", t) for t in EXTRA_NL]
