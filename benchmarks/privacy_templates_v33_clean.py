"""Sentences of the `test_v33` split without personal data, in its frames and channels; the ordinary words all its
templates draw are in `privacy_templates_v33_words` (`CLEAN_FILLERS["test_v33"]`). Written by someone who never saw
the rules.

The traps: firms named after a person (Hospice Anna Maria, Klokkenmakerij Van Wageningen, Zeilmakerij Jan Pieters,
Springkussenverhuur Opa Henk, Atelier Greet Klei, Sportvoeding Jansen); products, clocks and boats with people's
names (whey 'Arnold Classic', a gel of Tom Dumoulin, a clock by Jan Henkels, Christiaan Huygens, the boat Johanna,
a bouncy castle of Koning Willem and Bob de Bouwer); streets named after people without a house number; towns that
are words or names (Beek, Horst, Bergen, Epe, Stein, Berkel, Mol); dates of shifts, firings, parties and
deliveries, years, prices, opening hours, batch, lot, SKU and EAN codes, order, invoice, ticket, repair-bag and
quote numbers, KvK and VAT numbers, company phones and mailboxes; empty forms and chats without a person. Dutch
sentences avoid the words the/I/is/my, by which the corpus builder tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v33_words  # noqa: F401  (registers CLEAN_FILLERS["test_v33"])

_NL = [
    # hospice volunteer desk
    "{hospice} zoekt vrijwilligers voor de {shift}; aanmelden via vrijwilligers@devlinder.nl of {company_phone}.",
    "Informatieavond voor nieuwe vrijwilligers op {date} om {time} in {city}.",
    "Mattermost #rooster: {shift} van {weekday} nog open, wie kan er?",
    "Aanmeldformulier vrijwilliger\nNaam:\nGeboortedatum:\nTelefoon:\n(leeg verstuurd)",
    "VOG-kosten {amount} worden vergoed; declareren via {ticket}.",
    "Gift van het Rotaryfonds {city} ontvangen, {amount}, bedankbrief verstuurd.",
    "Herdenkingsbijeenkomst in de Sint-Janskerk op {date}, koffie vanaf {time}.",
    "Bezoektijden {hospice}: dagelijks van {time} tot 20:00, parkeren aan de Florence Nightingalelaan.",
    # sports-nutrition webshop
    "{shop} levert {product} weer vanaf {date}; {sku}.",
    "Terugroepactie {product}, {batch}: klanten krijgen {amount} terug.",
    "Shopify: {order} verzonden met PostNL, track & trace volgt per mail.",
    "Prijs {product}: {amount}, met {code} 10% korting.",
    "WooCommerce-melding: voorraad {sku} onder 20 stuks.",
    "Tidio-bot: goedenavond! Onze klantenservice zit vanaf {time} weer klaar op {company_phone}.",
    "Kiyoh-review: 'snelle levering, top!' — 5 sterren, reactie geplaatst door de webshop.",
    "Klacht over {product} doorgestuurd naar leverancier, {ticket}, {batch}.",
    "Sponsoring: wielerploeg Team Van Vleuten krijgt 40 dozen eiwitrepen, {invoice}.",
    "Retouradres: {shop}, Havenstraat 14, magazijn 3, {city}.",
    # clock repairer
    "{clock_firm}: {clock} uit {year} binnen voor revisie, {repair}.",
    "Voys-wachtrij: 4 bellers, gemiddelde wachttijd 3 minuten.",
    "Tarief huisbezoek {amount}, ophalen staande klok {amount} extra.",
    "{clock} van Christiaan Huygens-type in de etalage, vraagprijs {amount}.",
    "Werkplaats gesloten van {date} tot {date}; spoedreparaties via service@klokkenmakerij.nl.",
    "Onderdelen voor {clock} besteld bij Kieninger in Aldingen, {order}.",
    "Lightspeed-bon: batterij horloge {amount}, contant, geen klantgegevens.",
    "Taxatie {clock}: waarde {amount}, rapport bij {repair}.",
    # sailmaker
    "{sail_firm} haalt op {date} zeilen op in jachthaven {city}; {quote}.",
    "{sail} van de {boat} hersteld, {repair}, {amount}.",
    "Winterstalling zeilen vol tot {date}; wachtlijst via zeilen@jan-pieters.nl.",
    "Werkorder: {sail} opmeten aan boord van de {boat}, ligplaats B-14, steiger Willem-Alexander.",
    "Doek voor kuiptenten: {length} op voorraad, {sku}.",
    # party rental
    "{party_firm}: {castle} verhuurd voor {date}, opbouw {time}, {quote}.",
    "Borg voor {castle} {amount}, huurprijs {amount} per dag.",
    "Bezorging in {city} en omgeving gratis, buiten 20 km {amount}.",
    "Keuringsrapport {castle} {year} goedgekeurd, {invoice}.",
    "Koningsdag {city}: vergunning evenement nr. EV-2026-118 verleend aan de oranjevereniging.",
    "Genesys-wachtrij verhuur: {ticket} doorgezet naar planning.",
    "{castle} niet opbouwen bij windkracht 6 of meer, aldus de handleiding.",
    # pottery studio
    "{clay_studio} start {course} op {date}, {amount} inclusief klei.",
    "Ovenplanning: stookbeurt {date} om {time}, glazuurbrand daarna.",
    "LimeSurvey-resultaat {course}: gemiddeld 8,7, 23 reacties.",
    "Klei bestellen bij Witgert: 10 zakken, {order}.",
    "Expositie 'Vrouwen van Picasso' in het atelier tot {date}.",
    "Atelier gesloten in de bouwvak; {company_phone} wordt doorgeschakeld.",
    # generic
    "{kvk}, {vat}, {city}.",
    "Ticket {ticket} gesloten zonder reactie van de klant.",
    "Zoom-overleg klantenservice {weekday} {time}, agenda volgt.",
    "Sportvoeding Jansen sponsort de marathon van {city}; voor {time} besteld, morgen in huis.",
    "Zeilmakerij Jan Pieters staat op de HISWA, stand 04.118, op {date}.",
    "Uurwerkatelier Frans Hals repareert ook {clock}, tarief {amount} per uur.",
    "Hospice De Vlinder aan de Johan de Wittlaan krijgt vier nieuwe parkeerplaatsen.",
    "Springkussens van Opa Henk gekeurd volgens EN 14960, certificaat 2025.",
    "Levering bij Atelier Greet Klei: 25 kg steengoedklei, {order}, op {date}.",
    "Openingstijden {shop}: ma-vr {time} tot 17:30, za gesloten; {company_phone}.",
    "Mattermost #planning: bus van {party_firm} om {time} vol geladen, route {city} - {city}.",
]

_EN = [
    "{hospice} is looking for volunteers for the {shift}; sign up at planning@hospiceannamaria.nl.",
    "The information evening for new volunteers is on {date_en} at {time_en} in {city}.",
    "Your order {order} from {shop} is on its way, track it in the app.",
    "I ordered the {product} ({sku}) but the lid was broken, can you send a new one?",
    "Recall: {product}, {batch}, the refund is {amount_en}.",
    "Kiyoh review: 'great shakes, fast delivery' — thank you for the 5 stars!",
    "The {clock} from {year} is back from repair, {repair}.",
    "Is the workshop open on {weekday_en}? I can bring the clock at {time_en}.",
    "{clock_firm} quoted {amount_en} for the overhaul, {quote}.",
    "The {sail} of the {boat} is ready for pickup at the marina in {city}.",
    "My boat is in winter storage in {city}, can the sailmaker measure the cover there?",
    "The {castle} is booked for {date_en}; set-up at {time_en}, {invoice}.",
    "Is the {castle} safe in wind force 5? The manual says no.",
    "{clay_studio} runs a {course} on {weekday_en}s, the price is {amount_en} including clay.",
    "The kiln firing is on {date_en}, pieces ready after {time_en}.",
    "Call us on {company_phone} or mail boeking@opahenk.nl for the party rental.",
    "The form came back empty: the Name, Email and Phone fields were all blank.",
    "Ticket {ticket} closed, the customer did not reply.",
    "Company details are on the invoice: {kvk}, {vat}.",
    "The Van Gogh bouncy castle is our bestseller this summer.",
]

TEST_V33_CLEAN = _NL + _EN
