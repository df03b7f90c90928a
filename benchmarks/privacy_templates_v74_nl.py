"""Dutch and Flemish templates of test_v74: pet insurance, roofers, wedding photographers, nursing-home visits,
grocery delivery, tutoring, party rental, travel claims, opticians and hockey and korfball clubs, in Dynamics
timeline notes, speech-to-text of elderly callers, Instagram DMs, checkbox forms, SMS with a bot, lawyers' letters,
calendar invites, Flemish dialect and chats without capitals."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- pet insurance
    ("nl", "Declaratie dierenarts voor {pet} ({breed}): polisnummer {CUSTOMER_NUMBER_POLICY}, eigenaar {NAME_FULL}."),
    ("nl", "Vergoeding van {amount} voor de operatie van {pet} graag naar {IBAN_NL}, t.n.v. {NAME_INITIALS}."),
    ("nl", "Dynamics tijdlijn | Notitie {date} {time} | {NAME_FULL} belde: kat {pet} is vermist, nieuw nr {PHONE}."),
    ("nl", "Aanvraag huisdierverzekering: [x] hond [ ] kat | Naam: {NAME_FULL} | Geboortedatum: {DOB} | BSN: {BSN}"),
    ("nl", "insta DM van {NAME_NICK}: hoii 🐶💕 {pet} is ziek, kan de polis {CUSTOMER_NUMBER_POLICY} al in gaan?"),
    (
        "nl",
        "Machtiging premie dierenverzekering: rekening {IBAN}, rekeninghouder {NAME_CAPS}, "
        "klantnummer {CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    # ---- roofing and gutters
    ("nl", "Offerteaanvraag dakgoot vervangen: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, tel. {PHONE}."),
    ("nl", "Dynamics tijdlijn | Telefoongesprek | Dakdekker bevestigt bij {NAME_SURNAME} op {ADDRESS} op {weekday}."),
    (
        "nl",
        "SMS {bot}: Komt {weekday} tussen {time} en {time} schikt? Antwoord JA of NEE.\nKlant: ja hoor, {NAME_FIRST}",
    ),
    ("nl", "Lekkage boven de slaapkamer! Adres {ADDRESS}, postcode {POSTCODE}, bel {PHONE} of {PHONE}."),
    ("nl", "Aanbetaling dakrenovatie {amount} ontvangen van {IBAN}, contract {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "De steiger van de dakdekker blokkeert de oprit, mijn auto {PLATE} kan er niet uit. {NAME_FULL}"),
    # ---- wedding photographers
    ("nl", "BEGIN:VEVENT\nDTSTART:{dtstart}\nSUMMARY:Kennismaking trouwshoot\nORGANIZER;CN={NAME_FULL}:mailto:{EMAIL}"),
    ("nl", "ATTENDEE;CN={NAME_FULL};ROLE=REQ-PARTICIPANT:mailto:{EMAIL}\nLOCATION:{place}"),
    ("nl", "Bruidspaar {NAME_COUPLE} {NAME_SURNAME}, trouwlocatie {place}, contactpersoon ceremonie {PHONE}."),
    ("nl", "Toestemming foto's op Instagram: [x] ja [ ] nee — handtekening {NAME_INITIALS}, e-mail {EMAIL}."),
    ("nl", "Insta DM | {NAME_NICK}: omg de foto's zijn prachtig 😭😍 kunnen jullie het album naar {ADDRESS} sturen?"),
    ("nl", "Restbetaling fotograaf {amount} voldaan met creditcard {CARD} door {NAME_FULL}."),
    # ---- nursing home visiting hours
    ("nl", "Bezoekregistratie {home}: bezoeker {NAME_FULL}, kenteken {PLATE}, bezoekt kamer {count}."),
    ("nl", "Spraak-naar-tekst: ja hallo met {NAME_FULL} met {NAME_AGAIN} ja ik wou vragen wanneer ik bij mijn man mag"),
    (
        "nl",
        "Spraak-naar-tekst: mijn telefoonnummer is {PHONE_SPOKEN} ik zeg hem nog een keer {PHONE_AGAIN} heeft u hem",
    ),
    ("nl", "Spraak-naar-tekst: ik ben geboren op {DOB_SPOKEN} ja {DOB_AGAIN} dat weet ik nog wel hoor"),
    ("nl", "Spraak-naar-tekst: ik woon op de {ADDRESS} ja de {ADDRESS_AGAIN} naast de bakker"),
    ("nl", "Dynamics tijdlijn | E-mail | Dochter {NAME_FULL} ({EMAIL}) vraagt om ruimere bezoektijden voor moeder."),
    ("nl", "Cliënt {NAME_INITIALS}, geb. {DOB}, BSN {BSN}, verhuist naar afdeling {count} van {home}."),
    # ---- online grocery delivery
    ("nl", "bestelling nie gekomen!! naam {NAME_LOWER} postcode {POSTCODE} en ik had nog wel betaald met {CARD}"),
    ("nl", "SMS {bot}: Je boodschappen komen tussen {time} en {time}.\nKlant: ok maar ik woon nu op {ADDRESS}"),
    ("nl", "klantnummer {CUSTOMER_NUMBER_CUSTOMER} , de bezorger heeft de eieren op de stoep gezet bij {ADDRESS} 😡"),
    ("nl", "Terugbetaling ontbrekende artikelen ({amount}) naar {IBAN}, klant {NAME_FULL}."),
    ("nl", "hoi kunnen jullie mn bezorgadres aanpassen naar {ADDRESS}, {POSTCODE}? groetjes {NAME_FIRST}"),
    ("nl", "Bezorger noteert: klant {NAME_SURNAME} niet thuis, gebeld naar {PHONE}, geen gehoor."),
    # ---- homework tutoring
    ("nl", "Inschrijving huiswerkbegeleiding: leerling {NAME_FULL}, geboren {DOB}, ouder {NAME_FULL}, {PHONE}."),
    ("nl", "Formulier: Dyslexieverklaring aanwezig [x] ja [ ] nee | Leerling: {NAME_FULL}"),
    ("nl", "BEGIN:VEVENT\nDTSTART:{dtstart}\nSUMMARY:Bijles wiskunde\nATTENDEE;CN={NAME_FIRST}:mailto:{EMAIL}"),
    (
        "nl",
        "Kinderopvangtoeslag aanvraag bijles: BSN ouder {BSN}, BSN kind {BSN}, contract {CUSTOMER_NUMBER_CONTRACT}.",
    ),
    ("nl", "Maandbedrag bijles {amount} wordt afgeschreven van {IBAN_NL}, ten name van {NAME_INITIALS}."),
    ("nl", "Bericht aan de bijlesdocent: {NAME_FIRST} is ziek, bel mij even op {PHONE} – mama van {NAME_FIRST}"),
    # ---- party equipment rental
    (
        "nl",
        "Huurovereenkomst {CUSTOMER_NUMBER_CONTRACT}: springkussen en {product}, "
        "afleveradres {ADDRESS}, {POSTCODE} {town}.",
    ),
    ("nl", "Borg partytent {amount} geblokkeerd op kaart {CARD}, huurder {NAME_FULL}, kenteken aanhanger {PLATE}."),
    ("nl", "Insta DM | {NAME_NICK}: hey 🎉 is de statafel nog vrij voor {date}? app me op {PHONE} 🙏"),
    ("nl", "Ophalen {product} bij {NAME_FULL}, {ADDRESS}; klant heeft gsm {PHONE_ABROAD}."),
    # ---- travel insurance claims abroad
    ("nl", "Schadeclaim reisverzekering: polis {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}, geb. {DOB}."),
    ("nl", "Gestolen in {city_abroad}: camera en telefoon. Bereikbaar op {PHONE_ABROAD}. Groet, {NAME_FULL}"),
    ("nl", "Ziekenhuiskosten in het buitenland betaald met {CARD}; graag vergoeden op {IBAN}."),
    (
        "nl",
        "Huurauto {PLATE_ABROAD} beschadigd op vakantie, bestuurder {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_MEMBER}.",
    ),
    (
        "nl",
        "Dynamics tijdlijn | Taak | Terugbellen {NAME_INITIALS} op {PHONE_ABROAD} "
        "i.v.m. repatriëring, polis {CUSTOMER_NUMBER_POLICY}.",
    ),
    # ---- opticians
    ("nl", "Oogmeting {NAME_FULL} (geb. {DOB}): S -2,25 C -0,50; klantkaart {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Uw bril ligt klaar, {NAME_SURNAME}! Ophalen bij Hans Anders in {city}. Vragen? Bel {public_phone}."),
    ("nl", "Lenzenabonnement {CUSTOMER_NUMBER_CONTRACT} maandelijks van {IBAN}, aanvrager {NAME_FULL}, {EMAIL}."),
    ("nl", "Machtiging zorgverzekeraar voor brillenglazen: BSN {BSN}, relatienummer {CUSTOMER_NUMBER_MEMBER}."),
    # ---- hockey and korfball
    ("nl", "Aanmelding hockeyclub: {NAME_FULL}, geboortedatum {DOB}, KNHB-bondsnummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Contributie korfbal {amount} per seizoen van rekening {IBAN_NL}, lid {NAME_CAPS}."),
    ("nl", "Teamapp: {NAME_FIRST} rijdt zaterdag, kenteken {PLATE}, nog {count} plekken vrij!"),
    ("nl", "Vrijwilligersformulier: [ ] bardienst [x] scheidsrechter | Naam: {NAME_FULL} | Mobiel: {PHONE}"),
    ("nl", "BEGIN:VEVENT\nDTSTART:{dtstart}\nSUMMARY:Training {team}\nORGANIZER;CN={NAME_FULL}:mailto:{EMAIL}"),
    ("nl", "Verhuisd? Nieuw adres van lid {NAME_FULL}: {ADDRESS}, {POSTCODE} {city}."),
    # ---- lawyers forwarding complaints
    (
        "nl",
        "Namens mijn cliënte, mevrouw {NAME_INITIALS}, wonende te {ADDRESS}, {POSTCODE} {city}, "
        "stel ik u aansprakelijk voor de schade aan haar dak.",
    ),
    ("nl", "Doorgestuurd door mr. {NAME_FULL}: klacht van cliënt {NAME_FULL}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Ingebrekestelling namens de heer {NAME_SURNAME}, geboren {DOB}; gelieve {amount} over te maken op {IBAN}."),
    ("nl", "Hoogachtend,\nmr. {NAME_INITIALS}\nadvocaat\nT {PHONE} | E {EMAIL}"),
    # ---- Flemish dialect
    ("nl", "Allee, 'k zen {NAME_FULL} van {town_be}, ons adres is {ADDRESS_BE}, {POSTCODE_BE} {town_be}."),
    ("nl", "Belt mij ne keer terug op {PHONE_ABROAD}, 't is voor de dakgoot, merci hé, {NAME_FIRST}"),
    ("nl", "Ge moogt het geld storten op {IBAN_BE}, da's de rekening van mijne vent {NAME_FULL}."),
    ("nl", "Amai, mijne bril is kapot! Ik ben {NAME_FULL}, geboren {DOB}, klant bij u sinds jaren."),
    ("nl", "Onze hond {pet} zit in de polis {CUSTOMER_NUMBER_POLICY}, 'k woon in de {ADDRESS_BE}, {POSTCODE_BE}."),
    ("nl", "Ewa, 't is {NAME_FIRST} ier, mijne nummerplaat is {PLATE_ABROAD}, ge moogt da noteren."),
    # ---- chats without capitals
    ("nl", "heb mn mail veranderd is nu {EMAIL} ok? en mn nummer {PHONE}"),
    ("nl", "kan ik betalen met {CARD} of moet het via ideal, groet {NAME_LOWER}"),
    ("nl", "mijn bsn is {BSN} vroegen jullie toch voor de toeslag van de bijles"),
    ("nl", "ik ben {NAME_LOWER} en mn zoon zit in {team}, mag ik zijn geboortedatum {DOB} nog wijzigen"),
]
