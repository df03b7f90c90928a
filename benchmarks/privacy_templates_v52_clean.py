"""Sentences of test_v52 without personal data (part 1): telecom, payment terminals and chargebacks, webshops,
bookkeeping and the KvK, with brands and places named after people, company registry and VAT numbers, company
bank accounts, order, invoice and terminal numbers, times, amounts and dates that are no birth dates."""

from __future__ import annotations

import benchmarks.privacy_templates_v52_words  # noqa: F401  (registers CLEAN_FILLERS["test_v52"])

CLEAN: list[str] = [
    # ---- telecom business accounts
    "Het zakelijke abonnement van {telecom} kost {amount} per maand, exclusief btw.",
    "Storing bij {telecom} in {city} tussen {time} en {time}; pinnen via 4G bleef werken.",
    "Klant vraagt of nummerbehoud mogelijk blijft bij overstap naar {telecom}; uitleg gegeven.",
    "Voor zakelijke storingen belt u {company_phone}, ook in het weekend.",
    "Twee extra simkaarten besteld voor de bezorgers van {shop}, levering op {weekday}.",
    "De glasvezelaansluiting op {biz_address} wordt op {date} tussen {time} en {time} opgeleverd.",
    "Het vaste nummer van {shop} verhuist mee naar de nieuwe vestiging in {city}.",
    "Bundel op: {count} GB extra bijgekocht voor {amount}.",
    "Hoi! Bedankt voor je bericht aan {telecom}. We reageren binnen {count} werkdagen. Ticket {ticket}",
    # ---- pin terminals, PSPs, chargebacks
    "Chargeback {ref} met reden {reason} afgewezen; het bedrag van {amount} blijft bij de winkelier.",
    "De {terminal} met {tid} kreeg om {time} een software-update en werkt weer.",
    "Transactiekosten bij {psp}: {amount}, uitbetaling elke {weekday}.",
    "Reason code {reason}: lever vóór {date} een bewijs van levering aan.",
    "Terminal {tid} in {shop} gaf foutcode 1012 na de update van {date}.",
    "Contactloos betalen via {psp} werkte niet van {time} tot {time} door een landelijke storing.",
    "Retourpin van {amount} op {date} om {time}, bonnummer {invoice}.",
    "Kassabon {shop}\n{date} {time}\nTotaal {amount}\nBetaald met pin\n{tid}\nBedankt en tot ziens!",
    "Dispuutformulier {ref} graag met de track & trace van de zending aanvullen.",
    "Vanaf {date} rekent {psp} {amount} voor iDEAL en 1,4% voor creditcards.",
    "De huur van de {terminal} stopt per {date}; terugsturen in de originele doos.",
    "Na {count} mislukte pogingen blokkeert de {terminal} zich tien minuten.",
    "Dagafsluiting {tid}: {count} transacties, totaal {amount}.",
    "Betalingen via {psp} worden in batches uitbetaald op {pay_to}.",
    # ---- webshops and marketplaces
    "Bestelling {order} via {market} op {date} verzonden met PostNL.",
    "Commissie {market} over {period}: {amount}.",
    "Artikel {sku} tijdelijk uitverkocht, nieuwe voorraad verwacht in week 14.",
    "De koppeling tussen {market} en {books} synchroniseert elke nacht om {time}.",
    "Verkoper heeft {count} retouren open staan, allemaal 'niet zoals beschreven'.",
    "Bij {market} geldt een verzendtermijn van {count} werkdagen voor partners.",
    "Prijswijziging {sku}: van {amount} naar {amount} per stuk.",
    "Bestellingen van {shop} via Thuisbezorgd.nl lopen sinds {time} vertraging op.",
    "Order {order} geannuleerd door de koper, terugbetaling {amount} verwerkt.",
    "Levering aan {brand} in {city} gaat op {weekday} door, laadperron 4.",
    # ---- bookkeeping and accountants
    "Factuur {invoice} van {office} ({amount}) staat nog open in {books}.",
    "De btw-aangifte over {period} moet vóór {date} binnen zijn bij de Belastingdienst.",
    "Uurtarief {amount}, kleineondernemersregeling niet van toepassing, btw 21%.",
    "{accountant} stuurt de jaarrekening via {url}.",
    "Het KvK-nummer {kvk} en btw-id {btw} staan onderaan elke factuur.",
    "Belastingtelefoon: {company_phone}, werkdagen van 8 tot 17 uur.",
    "Gelieve {amount} over te maken op {pay_to} onder vermelding van {invoice}.",
    "Bankkoppeling {books} ververst elke ochtend om {time}.",
    "Let op: {long_ref} komt twee keer voor in de export van {books}.",
    "FACTUUR {invoice}\nDatum      {date}\n{sku}        2 x   {amount}\nTotaal excl. btw     {amount}\n"
    "KvK {kvk}    BTW {btw}",
    "Omzet {period}: {amount}, waarvan {amount} hoog tarief.",
    "De urencriteriumcheck van {accountant} komt uit op 1.225 uur, ruim voldoende.",
    # ---- KvK and UBO register
    "Inschrijving bij de KvK kost {amount}; het uittreksel komt binnen {count} werkdagen.",
    "Vestiging {kvk} verhuist per {date} naar {biz_address}, {biz_postcode} {city}.",
    "UBO-register: aanvulling nodig voor de stichting met KvK-nummer {kvk}.",
    "De KvK bij {place} heeft op {weekday} een startersavond om {time}.",
    "{shop} werd opgericht op 14-06-1987 en heeft sinds 1 april 1992 een vestiging in {city}.",
    "Algemeen nummer KvK: {company_phone}, of kijk op {url}.",
    "Statutaire zetel: {city}. Handelsnamen: {shop}, {shop}.",
    # ---- Flemish
    "Goeiemorgen, de bancontact-terminal in onze winkel in {be_town} doet het niet meer sinds {time}.",
    "Ons ondernemingsnummer {btw} staat op alle facturen, dat heeft de boekhouder nagekeken.",
    "Den technieker van {telecom} komt {weekday} tussen {time} en {time}.",
    "Graag de creditnota voor {invoice} naar {mailbox} sturen, merci.",
    # ---- brands, shops and places named after people
    "Deze week een actie bij {brand}: tweede artikel halve prijs.",
    "{shop} vlak bij {place} neemt sinds {date} ook contactloos aan.",
    "We leveren aan {brand} in {city} en aan {shop}.",
    "De kerstpakketten komen dit jaar van {brand} en {brand}.",
    "Het overleg met {psp} vindt plaats in een zaal vlak bij {place}.",
    "Parkeren bij {place} kost {amount} per uur.",
]
