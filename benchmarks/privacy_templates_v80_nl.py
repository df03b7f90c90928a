"""Dutch, Flemish and Caribbean-Dutch templates of test_v80: heat networks, cargo bikes, hospices, model railways,
gold buyers, school photographers, tiny houses, fireworks, beach huts and donor registries, in Kustomer timelines,
RCS messages, Teams transcripts, engineer's tablet notes, e-mail subjects, typo-correcting chats, OCR'd receipts
and letters from a bewindvoerder."""

from __future__ import annotations

_NL: list[str] = [
    # ---- heat networks (stadsverwarming)
    "Kustomer tijdlijn | {time} | Klant {NAME_FULL} ({EMAIL}) | Kanaal: chat | 'Radiatoren koud sinds {weekday}'",
    "Kustomer • Conversatie gestart door {NAME_LOWER} • tel. {PHONE} • aansluiting op {ADDRESS}, {POSTCODE}",
    "Onderwerp: Storing stadsverwarming – {NAME_FULL} – {ADDRESS} – klantnr {CUSTOMER_NUMBER_CUSTOMER}",
    "Monteurstablet {date}\n[x] afleverset gecontroleerd\n[x] klant aanwezig: {NAME_INITIALS}\n[ ] terugbellen {PHONE}",
    "Werkbon {ref}\n[x] warmtemeter afgelezen\n[ ] sleutel ophalen bij buurman {NAME_FIRST}, {ADDRESS}",
    "Het voorschot warmte van {amount} wordt voortaan afgeschreven van {IBAN_NL} (t.n.v. {NAME_CAPS}).",
    "{NAME_TEAMS} (Unverified)   {time}\nJa hallo, ik woon op {ADDRESS} en we hebben al {count} dagen geen warm water.",
    "{NAME_TEAMS} (Unverified)   {time}\nMijn klantnummer is {CUSTOMER_NUMBER_CUSTOMER}, postcode {POSTCODE}.",
    "Contract warmtelevering {CUSTOMER_NUMBER_CONTRACT} loopt op naam van {NAME_COUPLE}.",
    # ---- cargo bike rentals
    "RCS-bericht van {firm}: Hoi {NAME_FIRST}, je bakfiets staat klaar op {place}. Vragen? Bel {PHONE}.",
    "RCS ✓✓ gelezen {time} — {NAME_FULL}: ik heb de bakfiets laten staan bij {ADDRESS}, slot zit erop",
    "Huurcontract {CUSTOMER_NUMBER_CONTRACT}: Babboe Curve-E aan {NAME_FULL}, borg {amount} op kaart {CARD}.",
    "chat {time} klant: mijn naam is {NAME_TYPO}\nchat {time} klant: *{NAME_FIX}\nchat {time} klant: sorry typo",
    "Schade aan bakfiets, wegsleepkosten: de auto {PLATE} stond op het fietspad. Melder: {NAME_FULL}, {PHONE}.",
    "Abonnement Cargoroo opgezegd door {EMAIL}; laatste incasso van {IBAN}.",
    # ---- hospice and palliative care
    "Aanmelding hospice: gast {NAME_FULL}, geboren {DOB}, BSN {BSN}, huisarts in {city}.",
    "Contactpersoon voor de familie is dochter {NAME_FIRST} ({PHONE}); zij heeft de sleutel van {ADDRESS}.",
    "Overdracht palliatief team: dhr. {NAME_SURNAME}, geb. {DOB}, verblijft op kamer {count}.",
    "Onderwerp: Opname {NAME_FULL} ({DOB}) – verzoek om spoed",
    "Geachte heer, mevrouw, als bewindvoerder van {NAME_FULL} verzoek ik u de eigen bijdrage te innen van {IBAN}.",
    "Namens mijn cliënt {NAME_INITIALS}, dossiernummer {CUSTOMER_NUMBER_CLIENT}, wijzig ik het postadres naar "
    "{ADDRESS}, {POSTCODE} {city}.",
    "Bewindvoering: cliënt {NAME_CAPS}, BSN {BSN}, klantnummer bij u {CUSTOMER_NUMBER_CUSTOMER}. Post graag naar mij.",
    "Vrijwilliger {NAME_FIRST} rijdt {weekday} met de auto {PLATE} naar het hospice, bel haar op {PHONE}.",
    # ---- model railway and hobby shops
    "Bestelling Märklin BR 218 voor {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}; betaald met {CARD}.",
    "Ruilbeurs-inschrijving: standhouder {NAME_LOWER}, e-mail {EMAIL}, tafel {count}.",
    "Reparatie locomotief klaar! Ophalen op vertoon van klantnummer {CUSTOMER_NUMBER_CUSTOMER}. Groet, {NAME_FIRST}",
    "Lid modelspoorclub sinds {date}: {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_MEMBER}, geboortedatum {DOB}.",
    "Chat: {NAME_NICK}: heb je de Roco Koploper nog? stuur maar naar {EMAIL_HIDDEN}",
    # ---- gold and silver buyers
    "Inkoopbon goud: verkoper {NAME_FULL}, legitimatie gezien, geb. {DOB}, uitbetaald op {IBAN}.",
    "OCR kassabon {ref}\nINKOOP EDELMETAAL\nKLANT: {NAME_CAPS}\nBSN: {BSN}\nTOTAAL {amount}",
    "OCR bon: ZILVERHANDEL HOLLANDIA {date}\nKLANTNR {CUSTOMER_NUMBER_CUSTOMER}\nTEL {PHONE}\nPIN {CARD}",
    "Ik wil mijn oma's sieraden verkopen, mijn adres is {ADDRESS} in {city}, mail mij op {EMAIL}.",
    "Verzekerde verzendenvelop naar {NAME_INITIALS}, {ADDRESS}, {POSTCODE}, polis {CUSTOMER_NUMBER_POLICY}.",
    # ---- kindergarten photographers
    "Schoolfoto's klas 3A: inlogcode per kind; ouder {NAME_FULL} vroeg om een extra set via {EMAIL}.",
    "Fotobestelling voor {NAME_FIRST} (geb. {DOB}) en broertje: afhalen of verzenden naar {ADDRESS}?",
    "Onderwerp: Schoolfoto {NAME_FULL} groep 2 – verkeerde naam op de map!",
    "Mijn dochter heet {NAME_TYPO}\n*{NAME_FIX} bedoel ik, kunnen jullie dat op de foto's aanpassen?",
    "Betaling fotopakket {amount} mislukt op {CARD}; graag opnieuw via iDEAL naar {NAME_LOWER}.",
    # ---- tiny-house plots
    "Inschrijving kavel tiny house: {NAME_COUPLE}, huidig adres {ADDRESS}, {POSTCODE} {town}.",
    "Huurovereenkomst kavel 7, contractnummer {CUSTOMER_NUMBER_CONTRACT}, huurder {NAME_FULL}, BSN {BSN}.",
    "Gemeente vraagt bij inschrijving BRP: {NAME_FULL}, geboren {DOB}, BSN {BSN_SPOKEN}.",
    "Tiny house wordt geleverd op dieplader; kenteken trekker {PLATE}, contact {PHONE}.",
    "Tablet-notitie opzichter:\n[x] kavel 14 nutsaansluiting\n[x] bewoner {NAME_FULL} tekent\n[ ] IBAN {IBAN} checken",
    # ---- fireworks sales
    "Vuurwerk-reservering {ref} op naam van {NAME_FULL}, ophalen {date}, legitimatie: geboren {DOB}.",
    "Pre-order knalvuurwerk: {NAME_LOWER}, {EMAIL}, {PHONE}, afhaalpunt {town}.",
    "Kassabon OCR\nVUURWERKHAL KROON\n{date} {time}\nVISA {CARD}\nKLANT {NAME_CAPS}",
    "RCS van {firm}: Beste {NAME_SURNAME}, uw pakket vuurwerk staat klaar. Afhalen met postcode {POSTCODE}.",
    "Verkoop aan minderjarige geweigerd; klant gaf geboortedatum {DOB} op maar had geen ID. Auto: {PLATE}.",
    # ---- beach-hut rentals
    "Strandhuisje 23 gehuurd door {NAME_FULL} van {date} tot {date}; huurcontract {CUSTOMER_NUMBER_CONTRACT}.",
    "Sleutel strandhuisje afgeven aan {NAME_FIRST}, telefoon {PHONE}, parkeervergunning voor {PLATE}.",
    "Onderwerp: Borg strandhuisje {CUSTOMER_NUMBER_CONTRACT} – {NAME_FULL} – {IBAN_NL}",
    "Kustomer notitie: gast {NAME_FULL} uit {town} belde, zegt dat de borg nog niet op {IBAN} staat.",
    # ---- donor registries
    "Donorregistratie: {NAME_FULL}, geboren {DOB}, donornummer {CUSTOMER_NUMBER_DONOR}, BSN {BSN}.",
    "Eiceldonor {NAME_INITIALS} ({CUSTOMER_NUMBER_DONOR}) heeft haar nieuwe adres doorgegeven: {ADDRESS}, {POSTCODE}.",
    "Kind vraagt gegevens donor op; aanvrager {NAME_FULL}, geb. {DOB}, e-mail {EMAIL}.",
    "{NAME_TEAMS} (Unverified)   {time}\nIk ben donor {CUSTOMER_NUMBER_DONOR}, mijn nummer is gewijzigd naar {PHONE}.",
    # ---- Caribbean-Dutch (Aruba, Bonaire)
    "Bon dia, mi ta {NAME_FULL} di {town}. Mijn stadsverwarming-vraag is voor mijn moeder, bel mij op {PHONE_CARIB}.",
    "Ik woon op {ADDRESS}, Oranjestad, mijn nummer is {PHONE_CARIB}, masha danki! {NAME_FIRST}",
    "Klant uit Bonaire: {NAME_FULL}, {ADDRESS}, Kralendijk, tel {PHONE_CARIB}, wil bakfiets laten verschepen.",
    "Auto op Aruba met nummerbord {PLATE_ABROAD}, eigenaar {NAME_FULL}, geboren {DOB}.",
    "Dushi, mijn e-mail is {EMAIL} en mijn rekening {IBAN}, voor de goudinkoop van {date}.",
    # ---- mixed channels
    "WhatsApp-export [{date} {time}] {NAME_FULL}: bel mij maar op {PHONE_SPOKEN}",
    "Mijn mail is {EMAIL_SPOKEN}, alles aan elkaar.",
    "Pasfoto bestelling: {NAME_FULL}, adres {ADDRESS}, {POSTCODE} {city}, klantnr {CUSTOMER_NUMBER_CUSTOMER}",
    "Polis inboedel {CUSTOMER_NUMBER_POLICY} van {NAME_FULL}: modeltreinverzameling bijverzekerd voor {amount}.",
    "Lidmaatschap strandpaviljoen {CUSTOMER_NUMBER_MEMBER} van {NAME_SURNAME} verlengd tot {date}.",
    "Kenteken {PLATE} hoort bij {NAME_FULL}, vergunning strandparkeren nr {CUSTOMER_NUMBER_MEMBER}.",
]
NL: list[tuple[str, str]] = [("nl", template) for template in _NL]
