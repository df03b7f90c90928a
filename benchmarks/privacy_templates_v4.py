"""Templates of the held-out test_v4 split, in frames no earlier split uses: WhatsApp and social DMs with typos
and no capitals, voice-bot transcripts with speech-to-text spellings, complaint letters, web-form dumps,
agent wrap-up notes in shorthand, forwarded e-mail chains, delivery notes, app reviews, SMS, Flemish and
English from non-native speakers. Written without looking at the redaction rules and scored once by someone
else; do not tune on it and do not copy its frames into the dev parts. Its clean templates and ordinary
fillers are in `privacy_templates_v4_clean`."""

from __future__ import annotations

from benchmarks.privacy_templates_v4_clean import TEST_V4_CLEAN

__all__ = ["TEST_V4_CLEAN", "TEST_V4_PII"]

TEST_V4_PII: list[tuple[str, str]] = [
    # WhatsApp / social DMs: no capitals, typos, emoji
    ("nl", "hoi met {NAME_LOWER} hier, mn pakket is nog steeds nie binnen"),
    ("nl", "ja dat is {PHONE} maar bel pas na 5en want ik werk"),
    ("nl", "mijn mail is {EMAIL} (met puntje ertussen)"),
    ("nl", "kan je t naar {ADDRESS_LOWER} sturen? ipv mn oude adres"),
    ("nl", "postcode is {POSTCODE} en t huisnummer staat in mn profiel"),
    ("nl", "ordernr {CUSTOMER_NUMBER} graag ff checken 🙏"),
    ("nl", "mn kenteken is {PLATE} btw, staat op de parkeerplaats vd zaak"),
    ("nl", "iban {IBAN} daar mag t geld op"),
    ("nl", "heb je mn geb datum nodig? {DOB}"),
    ("nl", "bsn: {BSN} (van mn moeder, zij kan zelf nie bellen)"),
    ("nl", "mail me maar op {EMAIL_MASKED} ivm spam"),
    ("en", "hey its {NAME_LOWER}, still no refund??"),
    ("en", "my number {PHONE} call me pls"),
    ("en", "u can mail me at {EMAIL_MASKED}"),
    ("en", "thanks {NAME_FIRST}!! u saved my day"),
    # voice bot / IVR transcripts
    ("nl", "Voicebot: Wat is uw klantnummer? Beller: eh {CUSTOMER_NUMBER_SPOKEN}"),
    ("nl", "Voicebot: Ik heb verstaan: {PHONE_SPOKEN}. Klopt dat?"),
    ("nl", "Beller: mijn email adres is {EMAIL_SPOKEN}"),
    ("nl", "Voicebot: Noem uw geboortedatum. Beller: {DOB_SPOKEN}"),
    ("nl", "Beller: mijn burgerservicenummer is {BSN_SPOKEN}"),
    ("nl", "Beller: ik woon eh {ADDRESS_SPOKEN} in {city}"),
    ("nl", "Beller: ja met {NAME_FULL} eh ik bel over de storing"),
    ("nl", "Voicebot: Wat is uw postcode? Beller: {POSTCODE_SPOKEN}"),
    ("nl", "Beller: het kenteken is {PLATE_SPOKEN}"),
    ("en", "Bot: Please say your date of birth. Caller: {DOB_SPOKEN}"),
    ("en", "Caller: my phone number is {PHONE_SPOKEN}"),
    ("en", "Caller: card number {CARD_SPOKEN}"),
    ("en", "Caller: yeah it's {NAME_FULL}, I'm calling about the outage"),
    ("en", "Bot: Your account number please. Caller: {CUSTOMER_NUMBER_SPOKEN}. Bot: Thank you."),
    ("en", "Caller: the e-mail is {EMAIL_SPOKEN}"),
    # complaint letters
    (
        "nl",
        "Geachte heer/mevrouw,\n\nOndergetekende, {NAME_INITIALS}, wonende te {ADDRESS}, {POSTCODE} {city}, "
        "stelt u hierbij aansprakelijk voor de schade.",
    ),
    ("nl", "Ik verzoek u het bedrag binnen 14 dagen terug te storten op {IBAN} ten name van {NAME_INITIALS}."),
    ("nl", "Hoogachtend,\n\n{NAME_FULL}\nKlantnummer: {CUSTOMER_NUMBER}"),
    ("nl", "Conform uw verzoek vermeld ik mijn geboortedatum ({DOB}) en mijn BSN ({BSN})."),
    ("nl", "Sinds mijn verhuizing naar {ADDRESS} ontvang ik nog steeds facturen op mijn oude adres."),
    ("nl", "Tot op heden heeft niemand gereageerd op mijn brieven, ook niet uw collega {NAME_FULL}."),
    (
        "en",
        "To whom it may concern,\n\nI, {NAME_FULL}, of {ADDRESS}, {city_uk} {POSTCODE_UK}, wish to make a formal "
        "complaint.",
    ),
    ("en", "I expect the full amount to be refunded to {IBAN} within 14 days."),
    ("en", "Yours faithfully,\n{NAME_INITIALS}\nCustomer ref: {CUSTOMER_NUMBER}"),
    # web-form dumps
    ("nl", "Voornaam: {NAME_FIRST}\nAchternaam: {NAME_SURNAME}\nE-mail: {EMAIL}"),
    ("nl", "[webformulier] naam={NAME_FULL}; telefoon={PHONE}; onderwerp=Verhuizing"),
    ("nl", "Straat + huisnr.: {ADDRESS}\nPostcode: {POSTCODE}\nWoonplaats: {city}"),
    ("nl", "Achternaam: {NAME_CAPS}\nGeboortedatum: {DOB}"),
    ("nl", "IBAN*: {IBAN}\nTenaamstelling*: {NAME_INITIALS}"),
    ("nl", "BSN (verplicht bij zorgverzekering): {BSN}"),
    ("nl", "Kenteken: {PLATE}\nMerk/type: Kia Niro"),
    ("nl", "Relatienummer: {CUSTOMER_NUMBER} | Contactreden: Factuur"),
    ("nl", "Naam (zoals op uw pas): {NAME_REVERSED}"),
    ("en", "First name: {NAME_FIRST} Last name: {NAME_SURNAME} DOB: {DOB}"),
    ("en", "name: {NAME_FULL}\nemail: {EMAIL}\nphone: {PHONE}\nmessage: router keeps rebooting"),
    ("en", "Postcode/ZIP: {POSTCODE}\nCountry: United Kingdom"),
    ("en", "Payment method: credit card | Card no.: {CARD}"),
    # agent wrap-up notes
    ("nl", "kl. gebeld, adres gewijzigd naar {ADDRESS}, {POSTCODE} {city}. bev. mail verstuurd."),
    ("nl", "kl. {NAME_SURNAME} gebeld ivm achterstand, betalingsregeling afgesproken, IBAN {IBAN} gecontroleerd."),
    ("nl", "terugbelverzoek: {PHONE}, na 17u. vraagt naar {NAME_FIRST}"),
    ("nl", "ID gecheckt obv geb.dat. {DOB} + pc {POSTCODE}"),
    ("nl", "KN {CUSTOMER_NUMBER} - storing gemeld, monteur ingepland"),
    ("nl", "mw {NAME_SURNAME} wil opzeggen, retentie aangeboden, denkt erover na"),
    ("nl", "nw mailadres: {EMAIL}, oude verwijderd"),
    ("nl", "schademelding {PLATE}, dossier {CUSTOMER_NUMBER} aangemaakt"),
    ("nl", "cc-betaling mislukt, kaart {CARD} verlopen vlgs kl."),
    ("nl", "BSN {BSN} gecontroleerd bij aanvraag, klopt met ID"),
    ("en", "cust called re missing parcel, confirmed addr {ADDRESS}, {POSTCODE_UK}. reshipped."),
    ("en", "spoke w/ {NAME_FIRST}, DOB {DOB} verified, reset pw"),
    ("en", "callback req. {PHONE} after 6pm"),
    # forwarded e-mail chains
    (
        "nl",
        "---------- Doorgestuurd bericht ---------\nVan: {NAME_FULL} <{EMAIL}>\nDatum: di 3 mrt 2026 om 09:14\n"
        "Onderwerp: Fwd: verhuizing",
    ),
    ("nl", "Op ma 9 feb 2026 om 21:03 schreef {NAME_FULL} <{EMAIL}>:\n> Wanneer wordt mijn modem opgehaald?"),
    ("nl", "-----Oorspronkelijk bericht-----\nVan: {NAME_REVERSED}\nVerzonden: vrijdag 6 maart 2026 11:47"),
    ("nl", "Re: {CUSTOMER_NUMBER} - nog steeds geen reactie ontvangen"),
    ("en", "On Tue, 10 Mar 2026 at 08:12, {NAME_FULL} <{EMAIL}> wrote:\n> I still have not received my refund."),
    (
        "en",
        "-----Original Message-----\nFrom: {NAME_REVERSED}\nSent: 4 March 2026 16:20\n"
        "Subject: RE: order {CUSTOMER_NUMBER}",
    ),
    ("en", "CC: {NAME_FULL}; {NAME_FULL}"),
    # delivery notes
    ("nl", "Bezorgnotitie: afgeleverd bij de buren op {ADDRESS}, getekend door {NAME_FIRST}"),
    ("nl", "Niet thuis. Pakket ligt bij het servicepunt; ontvanger {NAME_INITIALS}, {POSTCODE}"),
    ("nl", "Bezorger: achterom via de poort, bel {PHONE} bij geen gehoor"),
    ("nl", "Stuur de nieuwe pas p/a {ADDRESS}, {POSTCODE} {city} (adres van mijn dochter)"),
    ("en", "Delivery note: leave with neighbour at {ADDRESS} if out, ask for {NAME_FIRST}"),
    ("en", "Recipient: {NAME_FULL}, {ADDRESS}, {city_uk} {POSTCODE_UK}"),
    # app reviews
    ("nl", "★☆☆☆☆ Al weken kan ik niet inloggen, klantnummer {CUSTOMER_NUMBER}, niemand reageert. - {NAME_FIRST}"),
    ("nl", "1 ster. Mijn creditcard {CARD} is twee keer belast voor hetzelfde abonnement!!"),
    ("en", "2 stars. App keeps logging me out. Contact me on {EMAIL} if you actually want to fix it"),
    ("en", "Terrible. They charged card {CARD} after I cancelled. {NAME_FULL}"),
    # SMS
    ("nl", "Beste {NAME_FIRST}, uw monteur komt morgen tussen 8:00 en 12:00. Verzetten? Antwoord op deze sms."),
    ("nl", "SMS van {PHONE}: ik ben mijn pas kwijt, wil hem blokkeren"),
    ("nl", "sms: bezorg maar op {ADDRESS_LOWER}, {POSTCODE} ik ben thuis"),
    ("en", "Hi {NAME_FIRST}, your engineer is booked for Thursday 8am-12pm. Reply STOP to opt out."),
    ("en", "Text from {PHONE}: is my parcel coming today?"),
    # Flemish
    ("nl", "Goeiedag, ik ben {NAME_FULL} en ik zit al drie dagen zonder internet, allez."),
    ("nl", "Mijn klantennummer is {CUSTOMER_NUMBER}, kunt ge da eens nakijken?"),
    ("nl", "Ge moogt mij altijd bellen op {PHONE_BE}, ook in het weekend."),
    ("nl", "Mijn adres is {ADDRESS_BE}, {POSTCODE_BE} {city_be}."),
    ("nl", "Het rekeningnummer is {IBAN_BE}, op naam van mijn vrouw {NAME_FULL}."),
    ("nl", "Mijn nummerplaat is {PLATE_BE}, de wagen staat bij de garage in {city_be}."),
    ("nl", "Mail mij maar op {EMAIL}, da's het gemakkelijkst."),
    ("nl", "Ik ben geboren op {DOB} en heb nog altijd geen kaart ontvangen."),
    ("nl", "Met vriendelijke groeten,\n{NAME_FULL}\n{ADDRESS_BE}\n{POSTCODE_BE} {city_be}"),
    # English from non-native speakers
    ("en", "Hello, I am {NAME_FULL} and I have problem with the internet since two weeks."),
    ("en", "Please can you send the bill on my email {EMAIL}, I not receive it."),
    ("en", "My adress is {ADDRESS_NL}, {POSTCODE_NL} {city}, the package not arrive."),
    ("en", "I want to give my bank number {IBAN} for the automatic pay."),
    ("en", "My BSN number is {BSN}, the municipality say I need to give it."),
    ("en", "I am born on {DOB}, please check again."),
    ("en", "The car with number {PLATE} is not mine, why I get this fine?"),
    ("en", "You can call on my mobile {PHONE}, I am speaking English and little Dutch."),
    # names without a cue, other frames
    ("nl", "{NAME_FULL} heeft gisteren al gebeld over dezelfde storing."),
    ("nl", "Overleden: {NAME_FULL}, geboren {DOB} te {city}. Graag alle abonnementen beëindigen."),
    ("nl", "Pakket is voor {NAME_DOUBLE}, zij woont hier sinds kort."),
    ("nl", "Dag {NAME_FIRST}, bedankt voor je geduld aan de telefoon."),
    ("nl", "Meneer {NAME_SURNAME} vroeg of {NAME_FIRST} hem kan terugbellen."),
    ("nl", "Met vriendelijke groet,\n{NAME_DOUBLE}"),
    ("nl", "APK-herinnering voor {PLATE}: uw auto moet voor 1 mei gekeurd worden."),
    ("nl", "Laadpas gekoppeld aan kenteken {PLATE}, maar laden lukt niet"),
    ("nl", "Polisnr. {CUSTOMER_NUMBER} / schade d.d. 2 maart"),
    ("nl", "Voor de toeslag heb ik mijn BSN {BSN} al twee keer doorgegeven."),
    ("nl", "Graag de betaling opnieuw proberen op {CARD}, die is nieuw."),
    ("nl", "Automatische incasso graag voortaan van {IBAN} in plaats van de gezamenlijke rekening."),
    ("en", "Pls ask {NAME_FIRST} to call back, she knows the case."),
    ("en", "Parking ticket for {PLATE} at the airport, I was not even there"),
    ("en", "Your order {CUSTOMER_NUMBER} has been cancelled, said the mail, but I never cancelled it."),
    ("en", "My card {CARD} was declined but the money is gone"),
    ("en", "Tax form asks for BSN, mine is {BSN}."),
    ("en", "Hi, I'm {NAME_DOUBLE}, the new tenant, the contract is still on {NAME_FULL}."),
    # more English: IVR, notes, reviews, DMs, letters
    ("en", "Caller: my BSN? it's {BSN_SPOKEN}"),
    ("en", "Bot: I heard your postcode as {POSTCODE}. Is that right? Caller: yes"),
    ("en", "Review: 1/5. Courier left my parcel at {ADDRESS} instead of next door."),
    ("en", "hey r u able to change the card? new one is {CARD}"),
    ("en", "Complaint: the fine for {PLATE} was sent to me but I sold the car in March."),
    ("en", "Dear Sir/Madam,\n\nMy wife {NAME_FULL} (date of birth {DOB}) should be added to the policy."),
    ("en", "sms from cust: pls take it from {IBAN_BE}, that's my Belgian account"),
    ("en", "bank details changed by cust: {IBAN}, acct holder {NAME_REVERSED}"),
    ("en", "dm: pls send it to {EMAIL}, my old address doesnt work anymore"),
    ("en", "Agent note: cx {NAME_FULL} moved to {ADDRESS_NL}, {POSTCODE_NL} {city}; wants the bill by post."),
]
