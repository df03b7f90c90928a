"""Dutch `test_v36` templates: a marketplace's trust & safety desk, a public library, a car-sharing service, a
pharmacy's repeat-prescription line, a travel disruption desk and a sports club with a bar, as they reach the
contact centre through Zendesk side conversations, Freshdesk notes, Instagram, Telegram, pasted PDF forms, AI
call summaries, Jira, Google Forms and shift handover logs. Written without seeing the redaction rules."""

from __future__ import annotations

NL = [
    # marketplace trust & safety
    "Side conversation met {market}: koper {NAME_FULL} zegt dat de {item} nooit is aangekomen, bestelling "
    "{order_no}, verkoper heeft het account van {NAME_FIRST} geblokkeerd.",
    "Freshdesk notitie: verkoper (mw. {NAME_INIT}) wil de {item} laten ophalen op {ADDRESS}, {POSTCODE} {town}. "
    "Melding {ticket}.",
    "Fraudemelding via Instagram DM: 'die {NAME_LOWER} vroeg me om {amount} over te maken naar {IBAN} en daarna "
    "blokkeerde ze me'",
    "Telegram-bericht doorgestuurd door koper: 'hoi, betaal maar via deze link, groetjes {NAME_FIRST}' — afzender "
    "gebruikte {PHONE}, ons adres trust@marktkraam.nl staat in cc.",
    "Geschil {ticket}: {NAME_FULL} ({EMAIL}) heeft de {item} retour gestuurd met {tracking}, maar verkoper "
    "{NAME_REG} weigert de {amount} terug te storten.",
    "Ophaaladres volgens de verkoper: {ADDRESS} in {town}, bellen naar {PHONE} voor je komt (niet naar {cphone}).",
    "Scammer gaf als rekening {IBAN} op t.n.v. {NAME_UPPER}; echte gebruiker heet {NAME_FIRST} en heeft geen "
    "rekening bij die bank.",
    "Koper stuurde screenshot van creditcard {CARD} naar de verkoper, graag die chat uit {market} verwijderen.",
    "Accountnummer verkoper {CUSTOMER_NUMBER}, adverteert onder '{item}', bestelling {order_no} (KvK ontbreekt).",
    "Verkoper {NAME_MARRIED} kwam met auto {PLATE} de {item} brengen, maar koper zegt dat hij nooit kwam.",
    # library
    "Lid {NAME_FULL}, pasnummer {CUSTOMER_NUMBER_LIB}, heeft nog {amount} boete openstaan voor '{book}'.",
    "Thuisbezorgdienst {library}: boeken voor mevrouw {NAME_SURNAME} (geb. {DOB}) voortaan afleveren op "
    "{ADDRESS}, sleutel ligt bij de buurvrouw {NAME_FIRST}.",
    "Reservering '{book}' staat klaar, lidmaatschap van {NAME_INIT} loopt af op {date}, pas {CUSTOMER_NUMBER_LIB}.",
    "Google Form antwoord — Naam: {NAME_FULL} | Geboortedatum: {DOB} | Postcode: {POSTCODE} | E-mail: {EMAIL} | "
    "Wil de nieuwsbrief: ja",
    "Dhr. {NAME_FULL} belde: zijn kleinzoon {NAME_FIRST} heeft de pas {CUSTOMER_NUMBER} verloren in {venue}.",
    "Automatische incasso contributie bieb mislukt voor rekening {IBAN}, lid {NAME_REG}, lidnr. {CUSTOMER_NUMBER}.",
    # car sharing
    "Schademelding {share}: {car} met kenteken {PLATE}, gehuurd door lid {CUSTOMER_NUMBER} ({NAME_FULL}), deuk in "
    "het achterportier, foto's via {mailbox}.",
    "Parkeerboete {amount} op {date} om {time} voor {PLATE_NL}, de rit stond op naam van {NAME_INIT}.",
    "Rijbewijscheck mislukt: geboortedatum {DOB} op het rijbewijs komt niet overeen met de registratie van "
    "{NAME_LOWER}.",
    "Lid meldt dat een Duitse auto ({PLATE}) de deelauto-plek bij {ADDRESS} bezet, kan iemand {cphone} bellen?",
    "Freshdesk: lid {NAME_FIRST} wil de borg van {amount} terug op {IBAN}, klantnummer {CUSTOMER_NUMBER}.",
    "Creditcard van {NAME_DOUBLE} geweigerd ({CARD}), reservering {booking} voor de {car} is vervallen.",
    # pharmacy
    "Herhaalrecept {drug} voor {NAME_FULL}, geboren {DOB}, huisarts dokter {NAME_SURNAME}, bezorgen op {ADDRESS}.",
    "Patiëntnummer {CUSTOMER_NUMBER_PAT}: mw. {NAME_MARRIED} vraagt of {pharmacy} de {drug} ook op {date} kan "
    "bezorgen.",
    "BSN {BSN} hoort bij {NAME_INIT}, het recept van dr. {NAME_SURNAME} is ontvangen via {mailbox}.",
    "Terugbelverzoek: patiënt {NAME_FIRST} op {PHONE} over de {drug}, {pharmacy} heeft nummer {cphone}.",
    "Bezorging mislukt bij postcode {POSTCODE}, huisnummer klopt niet; patiënt {CUSTOMER_NUMBER_PAT}.",
    "Zendesk side conversation met de huisartsenpost: dochter {NAME_FULL} haalt de medicijnen op voor haar vader "
    "(BSN {BSN}).",
    # travel disruption
    "Passagier {NAME_REG} op vlucht {flight}, boekingscode {booking}, frequent-flyernummer "
    "{CUSTOMER_NUMBER_FF}, vraagt compensatie van {amount}.",
    "Storingsdesk: {NAME_FULL} en zoon {NAME_FIRST} gestrand na {flight}, hotelvoucher naar {EMAIL} sturen.",
    "Terugbetaling van {amount} op kaart {CARD}, boeking {booking}, reiziger {NAME_INIT}.",
    "Mevrouw belde vanaf {PHONE}: haar Miles&Smiles-nummer {CUSTOMER_NUMBER_FF} staat niet op boeking {booking}.",
    # sports club
    "Ledenlijst {team}: {NAME_FULL}, {NAME_LOWER}, {NAME_FIRST} en keeper {NAME_INIT}; wedstrijd {date} in {venue}.",
    "Contributie {amount} kon niet worden geïncasseerd van {IBAN}, relatienummer {CUSTOMER_NUMBER_CLUB}.",
    "Vrijwilliger bardienst zaterdag: {NAME_FIRST} ({PHONE}), sleutel van de kantine van {club} ophalen bij {ADDRESS}.",
    "Aanmelding jeugdlid: {NAME_FULL}, geboortedatum {DOB}, ouder {NAME_DOUBLE}, {EMAIL_MASKED}.",
    "Telegram-groep {team}: 'wie rijdt er zondag? ik kan met de bus {PLATE}' — {NAME_FIRST}",
    "Freshdesk notitie: mevrouw stuurde een foto van haar pas met BSN {BSN} mee, graag uit het dossier van "
    "{NAME_MARRIED} halen.",
    "Apotheek-formulier: bsn: {BSN} / geb.datum: {DOB} / huisarts: dr. {NAME_INIT}",
    "Telegram: 'mijn burgerservicenummer is {BSN}, heb je dat nodig voor de {drug}?'",
    "WMO-bezorging bieb: BSN {BSN}, {NAME_REG}, {ADDRESS}, {POSTCODE} {town}.",
    "Instagram DM: 'mail me maar op {EMAIL}, ik heb de {item} nog steeds niet' — {NAME_FIRST}",
    "Lid wil het e-mailadres wijzigen van {EMAIL} naar {EMAIL_MASKED}, lidnummer {CUSTOMER_NUMBER_CLUB}.",
    "Reiziger betaalde de omboeking met {CARD} en wil de bon op {EMAIL}.",
    "Vrijwilliger {NAME_FULL} reed met de clubbus {PLATE} tegen een paaltje bij {venue}, schade {amount}.",
    "Geboren: {DOB}. Lidnummer: {CUSTOMER_NUMBER_CLUB}. Team: {team}.",
    "Boarding-lijst {flight}: {NAME_PNR} MRS, {NAME_PNR} MR, stoel 14C; boekingscode {booking}.",
    "Particuliere verkoper {NAME_FULL} (geen bedrijf, dus geen {kvk}) verkoopt de {item} vanaf {ADDRESS}.",
    "Pakket {tracking} voor {NAME_INIT} afgeleverd bij {pharmacy} in plaats van op {ADDRESS}, {POSTCODE}.",
    "Ledenadministratie {club}: {NAME_FULL}, lidnr. {CUSTOMER_NUMBER_CLUB}, geb. {DOB}, iban {IBAN}.",
    "Instagram DM: 'heb je mijn nummer? {PHONE} of mail {EMAIL_MASKED}' (van {NAME_LOWER})",
    # mixed channels
    "PDF-formulier geplakt:\nNaam aanvra-\nger: {NAME_UPPER}\nAdres: {ADDRESS}\n{POSTCODE}\nBSN: {BSN}\nHandtekening: "
    "(ontbreekt)",
    "Samenvatting (AI-assistent): de beller, {NAME_FULL}, wil haar adres wijzigen naar {ADDRESS}, {POSTCODE}; "
    "zij heeft klantnummer {CUSTOMER_NUMBER}.",
    "Samenvatting: de beller gaf e-mailadres {EMAIL_SPOKEN} en telefoon {PHONE}, geen verdere actie nodig.",
    "Jira {jira}: 'export bevat kolom geboortedatum ({DOB}) en e-mail ({EMAIL}) van lid {NAME_REG}' - prio hoog",
    "Overdracht nachtdienst 07:00 — klant {NAME_INIT} belt terug over kenteken {PLATE}; klant {NAME_FIRST} "
    "wacht op {tracking}.",
    "Overdracht: {NAME_REG} (klantnr. {CUSTOMER_NUMBER}) nog geen antwoord, ticket {ticket} open laten.",
    "Klant uit Polen, woont in {town}: {NAME_FULL}, tel. {PHONE}, rekening {IBAN}.",
    "Klant uit Turkije: {NAME_FULL}, adres {ADDRESS}, {POSTCODE} {town}, tel {PHONE}.",
    "Duitse klant {NAME_FULL} (geb. {DOB}) rijdt met {PLATE} en betaalt met {CARD}.",
    "Kaartnummer {CARD} vervalt 09/27, cvc niet opgeslaan; klant {NAME_LOWER}.",
    "Bevestiging verstuurd naar {EMAIL_MASKED} en in kopie naar {mailbox}.",
    "Postcode {POSTCODE} past volgens het systeem niet bij het adres {ADDRESS}.",
    "Het nieuwe adres van de klant: {ADDRESS}, {POSTCODE}.",
    "De klant gaf zijn BSN door als {BSN}, dat hoort niet in de notities.",
    "Klantnummer {CUSTOMER_NUMBER}, factuur {order_no} van {amount} staat nog open.",
]
