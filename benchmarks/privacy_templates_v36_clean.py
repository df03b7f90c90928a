"""The `test_v36` split's sentences without personal data (`TEST_V36_CLEAN`): firms, pharmacies, stadiums, ships,
horses, events and books named after people, dates that are not birth dates, order, ticket, booking and tracking
numbers, amounts, flights, company phones and mailboxes, KvK and VAT numbers and capitalised ordinary words. Their
ordinary words are in `privacy_templates_v36_words` (`CLEAN_FILLERS["test_v36"]`). Written by someone who never
saw the redaction rules."""

from __future__ import annotations

import benchmarks.privacy_templates_v36_words  # noqa: F401  (registers CLEAN_FILLERS["test_v36"])

TEST_V36_CLEAN = [
    # marketplace
    "Bestelling {order_no} via {market}: de {item} werd op {date} verzonden met {tracking}.",
    "Geschil {ticket} gesloten, koper krijgt {amount} terug binnen vijf werkdagen.",
    "Trust & Safety heeft de advertentie '{item}' verwijderd wegens verdachte betaallinks.",
    "Meld oplichting altijd via {mailbox} of bel {cphone}, nooit via WhatsApp.",
    "Side conversation met {market} afgesloten op {date} om {time}, geen actie nodig.",
    "De verkoper heeft {kvk} opgegeven, dus het gaat om een zakelijke verkoper.",
    "Instagram DM van een winkel: 'Onze {item} kost {amount}, verzending gratis!'",
    "Telegram-bot van {market} stuurt automatisch de Track & Trace {tracking}.",
    "Buyer protection applies to order {order_no}; the refund of {amount} is on its way.",
    "The listing for the {item} was flagged by our Scam Filter on {date}.",
    # library
    "{library} sluit op {date} vanwege de verbouwing, inleveren kan in de buitenbus.",
    "Het boek '{book}' staat gereserveerd, ophalen vóór {date} aan de balie.",
    "Boete verlaagd naar {amount} na een storing in de Inleverautomaat.",
    "De Bibliotheek aan Huis rijdt op dinsdag en vrijdag, vragen via {mailbox}.",
    "'{book}' is the most borrowed title at {library} this month.",
    "Lezing over {ship} in {library} op {date} om {time}, toegang {amount}.",
    "Jira {jira}: zelfservicezuil in {library} geeft foutcode E-204.",
    # car sharing
    "{share} voegt tien extra {car}s toe in {town} vanaf {date}.",
    "Schademelding {ticket} voor een {car} is doorgezet naar de verzekeraar.",
    "De deelauto staat op de vaste plek bij het {building}, sleutel in de app.",
    "Parkeerboete {amount} wordt doorbelast met factuur {order_no}.",
    "Rijbewijscheck verloopt via onze partner, mail naar {mailbox} bij vragen.",
    "The {car} booked for {date} has been swapped for another model from {share}.",
    "Tankpas van {share} geblokkeerd na melding {ticket}.",
    # pharmacy
    "{pharmacy} bezorgt herhaalrecepten op {date} tussen {time} en 17.00 uur.",
    "De {drug} ligt klaar bij {pharmacy}, afhalen kan tot {time}.",
    "Herhaalservice tijdelijk via {cphone} bereikbaar door een storing.",
    "Leveringsprobleem {drug}: de groothandel verwacht nieuwe voorraad op {date}.",
    "{pharmacy} is open on {date} from {time}; call {cphone} for the night service.",
    "Jira {jira}: labelprinter van {pharmacy} print de datum verkeerd.",
    # travel
    "Vlucht {flight} van {date} geannuleerd, boekingscode {booking} wordt automatisch omgeboekt.",
    "Compensatie {amount} per passagier voor {flight}, aanvragen via {mailbox}.",
    "Booking reference {booking} is confirmed on {flight} departing at {time}.",
    "Storingsdesk bereikbaar op {cphone}, gemiddelde wachttijd 40 minuten.",
    "Hotelvoucher {order_no} geldig voor één nacht in het Hilton bij Schiphol.",
    "Cruise op {ship} van {date} gaat door, bagage via {tracking}.",
    "The Lufthansa and KLM desks at Schiphol close at {time} on {date}.",
    # sports club
    "{club} {team} speelt op {date} om {time} in {venue}.",
    "Contributie seizoen 2025/2026 wordt {amount}, incasso rond {date}.",
    "Bardienst-rooster staat online, wijzigingen via {mailbox}.",
    "De kantine van {club} heeft nieuwe prijzen: bier {amount}, tosti {amount}.",
    "Oefenwedstrijd tegen Willem II onder 13 verplaatst naar {date}.",
    "Sponsoravond in het {building} op {date}, dresscode Smart Casual.",
    "{team} of {club} won the Johan Cruijff Schaal for youth teams.",
    "Paard {horse} van de manege naast {club} won de dressuur op {date}.",
    "De {event} start op {date} bij {venue}, inschrijving {amount}.",
    "Trainingskamp in {town} van {date}, factuur {order_no} volgt.",
    # mixed
    "Overdracht ochtenddienst: queue Retouren leeg, Betalingen twaalf open, Fraude drie open.",
    "Samenvatting (AI-assistent): de beller vroeg naar de openingstijden van {pharmacy}; geen persoonsgegevens.",
    "Summary: the caller asked whether {flight} on {date} would depart on time; no account lookup needed.",
    "Google Form antwoord: Tevredenheid 8 | Kanaal Instagram | Onderwerp Levering | Datum {date}",
    "PDF-formulier:\nSoort aan-\nvraag: Thuisbezorging\nVestiging: {library}\nDatum: {date}",
    "LinkedIn-bericht van een leverancier: 'Wij leveren ook aan {club}, bel gerust {cphone}.'",
    "Freshdesk: macro 'Verzending Vertraagd' toegepast op {ticket} en {ticket}.",
    "Jira {jira} opgelost in release 4.12.0 op {date}.",
    "Factuur {order_no} van {amount} betaald, {kvk}.",
    "De Prins Bernhard Cultuurfonds steunt de {event} met {amount}.",
    "Kantoor verhuist naar de Erasmusbrug-toren, post blijft via de Postbus van het hoofdkantoor lopen.",
    "Klantenservice van {share} is bereikbaar via {cphone} en {mailbox}.",
    "Levering via {tracking} vertraagd door de {event} in {town}.",
    "The {building} and Museum Boijmans Van Beuningen are both closed on {date}.",
    "Tracking {tracking}: parcel held at customs in {town}.",
    "Ticket {ticket} merged with {ticket}, status Pending.",
]
