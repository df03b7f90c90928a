"""Sentences of the `test_v20` split without personal data, in its frames; the ordinary words all its templates draw
are in `privacy_templates_v20_words` (`CLEAN_FILLERS["test_v20"]`). Written by someone who never saw the rules.

The traps: firms, shops and products named after a person or with a particle (Fietsenmaker Van der Molen, Bike
Totaal Jan de Boer, Rijwielhandel Ten Hove, Dr. Oetker, Douwe Egberts, Hertog Jan, Jan Linders, Van der Valk,
Fletcher Hotel Jan van Scorel), towns that are also surnames or words (Doorn, Bergen, Putten, Kampen, Goes, Ter Aar,
De Lier), football clubs (Willem II, Go Ahead Eagles), street-like product and place names without a house number
(Laan van Nieuw Oost-Indië station, Gazelle Ultimate C380, Jan Pieterszoon Coenstraat as a tram stop), pets' names,
order, booking, flight, baggage-tag, ticket, invoice, article, EAN and transaction numbers, a PNR, a company's phone
number and mailbox, KvK and VAT numbers, amounts, times, dates that are no birth date (a deadline, a flight date, a
founding year, an expiry), 4-digit-plus-letters codes that are no postcode (Batavus model codes, 'kWp'), capitalised
ordinary words and shouting in capitals. Dutch sentences avoid the words the/I/is/my, by which the corpus builder
tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v20_words  # noqa: F401  (registers CLEAN_FILLERS["test_v20"])

_NL = [
    # water
    "{water} voert op {weekday} onderhoud uit aan het leidingnet in {city}; de druk kan tijdelijk lager zijn.",
    "Ziet u {leak}? Bel dan direct de storingslijn {company_phone}, dag en nacht bereikbaar.",
    "Het vastrecht van {water} stijgt per 1 januari naar {amount} per jaar.",
    "Kookadvies voor Putten en Doorn ingetrokken om {time}, het water kan weer gewoon gebruikt worden.",
    "Watermeter 21-4410877 wordt in het voorjaar vervangen door een slimme meter.",
    # car sharing
    "{carshare} heeft er in {city} tien elektrische deelauto's bij, waaronder de {car}.",
    "Een rit van een uur met de {car} kost {amount}, inclusief kilometers tot 100 km.",
    "Deelauto's staan op vaste plekken; parkeren op de Laan van Nieuw Oost-Indië mag niet.",
    "Schade? Maak foto's in de app vóór vertrek, {ticket}.",
    "De {car} laadt in ongeveer vier uur tot tachtig procent op.",
    # hotel
    "{hotel} rekent {amount} toeristenbelasting per persoon per nacht.",
    "Inchecken bij {hotel} kan vanaf {time}, uitchecken tot 11 uur.",
    "Annuleren via {booker} kan kosteloos tot {date}, {booking}.",
    "Van der Valk in Ridderkerk heeft een nieuwe wellness geopend.",
    "Fletcher Hotel Jan van Scorel ligt op loopafstand van het station.",
    # airline
    "Vlucht {flight} naar Paramaribo vertrekt op {date} om {time} van gate D7.",
    "Gevonden bagage wordt binnen 48 uur bezorgd, {bagtag}.",
    "{airline} vergoedt noodaankopen tot {amount} bij vertraagde bagage.",
    "PNR K7XQ2M hoort bij een groepsreis van twaalf personen.",
    "Bagagebanden 14 en 15 op Schiphol zijn buiten gebruik tot {time}.",
    # health insurer
    "{insurer} vergoedt {care} uit de aanvullende verzekering, tot {amount} per jaar.",
    "Het eigen risico bedraagt in 2025 {amount} voor iedereen vanaf achttien jaar.",
    "Declaraties verwerkt {insurer} binnen tien werkdagen, {invoice}.",
    "Voor {care} heeft u een verwijzing van de huisarts nodig.",
    "Overstappen naar {insurer} kan tot en met 31 december.",
    # gym
    "{gym} in {city} gaat op {holiday} om {time} dicht.",
    "Een lidmaatschap bij {gym} bevriezen kan maximaal drie maanden per jaar.",
    "Nieuwe spinningzaal open vanaf {date}, aanmelden via de app.",
    "Het jaarabonnement van {gym} kost {amount} per vier weken.",
    "Sportschool De Kracht sponsort dit seizoen de jeugd van {club}.",
    # supermarket
    "{shop} bezorgt in {city} op {weekday} tussen {time} en 22:00.",
    "{product} tijdelijk uitverkocht, {article}.",
    "Twee halen, één betalen op {product} tot en met {date}.",
    "Statiegeld op blikjes: {amount} per stuk, ook bij {shop}.",
    "Jan Linders en Plus hebben in Kampen allebei een afhaalpunt.",
    "Dr. Oetker Ristorante Funghi, EAN 8710398526540, teruggeroepen wegens glassplinters.",
    # bike
    "{bikeshop} verhuist per {date} naar de overkant van de markt.",
    "Een onderhoudsbeurt voor een {bike} kost {amount}, inclusief remafstelling.",
    "Fietsenmaker Van der Molen repareert ook bakfietsen van Babboe.",
    "Batavus Finez E-go Power 2025 heeft een accu van 500 Wh.",
    "Bike Totaal Jan de Boer geeft {amount} korting bij inruil van een oude fiets.",
    "Besteld onderdeel, {article}, komt binnen op {weekday}.",
    # solar
    "{solar} plaatst {panel} met twaalf jaar productgarantie.",
    "Een installatie van 4,3 kWp levert in {city} ongeveer 3.900 kWh per jaar op.",
    "De salderingsregeling stopt per 1 januari 2027.",
    "Installatie gepland op {date} tussen {time} en 16:00, {ticket}.",
    "KvK 74881203 en btw-nummer NL859912345B01 staan onderaan de offerte.",
    # mortgage
    "{lender} verlaagt de hypotheekrente met 0,1 procentpunt per {date}.",
    "De NHG-grens ligt in 2025 op {amount}.",
    "Een taxatierapport blijft zes maanden geldig.",
    "Oversluiten kost bij {lender} een boete van maximaal twee maanden rente.",
    "Adviesgesprek in {city} op {weekday} om {time}, graag loonstroken meenemen.",
    # debt collection
    "{collector} rekent incassokosten volgens de wettelijke staffel, minimaal {amount}.",
    "Een betalingsregeling loopt maximaal twaalf maanden.",
    "Schuldhulpverlening van de gemeente {city} helpt gratis, ook op {weekday}.",
    "Aanmaning {invoice} ingetrokken na betaling op {date}.",
    # language school
    "{school} start op {date} met de cursus {course}.",
    "De cursus {course} kost {amount} en duurt twaalf weken.",
    "Het staatsexamen NT2 wordt afgenomen in Den Haag en Zwolle.",
    "Lessen vallen uit op {holiday}; de inhaalles volgt op {weekday}.",
    "Regina Coeli in Vught biedt ook online intensieve trajecten aan.",
    # pet insurance
    "{vet} vergoedt tot {amount} per jaar voor operaties.",
    "Bij {vet} geldt een wachttijd van dertig dagen na afsluiten.",
    "{pet} kreeg een chip en een vaccinatie, samen {amount}.",
    "Poes Saartje en teckel Guus zijn de mascottes van het dierenasiel in Goes.",
    # streaming
    "{stream} Family kost {amount} per maand voor maximaal zes accounts.",
    "Leden van een familieabonnement moeten op hetzelfde adres wonen.",
    "{stream} verhoogt de prijs per {date}.",
    "Nieuwe albums van Racoon en Froukje staan vanaf vrijdag online.",
    # marketplace
    "{market} waarschuwt voor valse betaalverzoeken via WhatsApp.",
    "Verzenden via {market} kost {amount} met een label van PostNL.",
    "Advertentie {order} verwijderd wegens verdachte activiteit.",
    "Betaal nooit vooruit op een onbekende rekening, adviseert de Fraudehelpdesk.",
    "Te koop: {bike}, nauwelijks gebruikt, ophalen in Bergen of Ter Aar.",
    # home care
    "{homecare} zoekt wijkverpleegkundigen in {city} en omgeving.",
    "De avondronde van {homecare} begint om {time}.",
    "Alarmering via {homecare} kost {amount} per maand.",
    "Wijkteam De Lier verhuist naar het gezondheidscentrum.",
    # OV-chipkaart
    "Vergeten uit te checken? Vraag het bedrag binnen dertig dagen terug via de website.",
    "Het instaptarief in trein en metro bedraagt {amount}.",
    "Tramhalte Jan Pieterszoon Coenstraat wordt tijdelijk niet bediend.",
    "Reizen op saldo kost op {holiday} hetzelfde als op een werkdag.",
    "De OV-chipkaart verdwijnt stap voor stap; inchecken met een bankpas kan al.",
    # kitchen
    "{kitchen} levert de keuken op {date}, montage op {weekday}.",
    "Een composiet werkblad kost rond {amount} per strekkende meter.",
    "Showroom {kitchen} in {city} open op koopzondag van {time} tot 17:00.",
    "Levering {order} uitgesteld wegens een beschadigd front.",
    # general traps
    "Doorverbonden met de tweede lijn, {ticket}.",
    "FEYENOORD - AJAX OP ZONDAG, DUS GEEN MONTEURS BESCHIKBAAR.",
    "Willem II speelt thuis; rond het stadion geldt een parkeerverbod.",
    "Klant belde over {invoice}, uitgelegd dat de creditnota volgt.",
    "Geen gegevens genoteerd: beller wilde anoniem blijven.",
    "Bestaat sinds 1987, dit jaar vieren we het met {amount} korting.",
    "Pas verloopt 09/27, daarna automatisch een nieuwe.",
    "Transactie 0048 2291 7730 2210 geannuleerd door de winkel.",
    "Bel {company_phone} of mail naar {company_mail}.",
]

_EN = [
    "The water pressure in {city} is low because of maintenance, the company says.",
    "If you see {leak_en}, call the emergency line {company_phone}.",
    "The {car} from {carshare} is parked at the station, and the key card works again.",
    "My trip ({booking}) was cancelled by the app, and I got a refund within a day.",
    "The hotel charged a city tax of {amount_en} per night, which is normal here.",
    "Check-in at {hotel} is from {time}, the receptionist said.",
    "Flight {flight} is delayed by two hours, and my bag is still in Istanbul.",
    "The baggage desk gave me {bagtag} as my reference.",
    "The insurer pays for {care_en} from the supplementary package.",
    "The deductible is {amount_en} this year.",
    "The gym in {city} is closed on {holiday}.",
    "I froze my membership for two months, no questions asked.",
    "{product} was missing from my order {order}, but the refund came quickly.",
    "The delivery window is {time} to 22:00, which is fine.",
    "The {bike} needs a new chain, the mechanic said.",
    "Bike Totaal Jan de Boer is the shop on the corner, not a person I know.",
    "The installer recommends {panel} for a roof like mine, and I agree.",
    "My neighbour's panels produce about 3,900 kWh a year, so mine is similar.",
    "The mortgage rate at {lender} is fixed for ten years.",
    "The valuation report is valid for six months.",
    "The debt collector's letter mentions {invoice}, which I paid in March.",
    "The Dutch course starts on {date_en} and the fee is {amount_en}.",
    "The exam is in Zwolle, which is a long trip for me.",
    "The vet bill for {pet_en} was {amount_en}, which is a lot.",
    "The family plan on {stream} is cheaper than three single accounts.",
    "The seller on {market} asked me to pay in advance, which is a classic scam.",
    "The home-care team comes to my mother at {time} every morning.",
    "I forgot to check out on the tram, so the fare was {amount_en}.",
    "The kitchen fitter from {kitchen} is coming on {weekday_en}.",
    "The worktop is too short by four centimetres.",
    "Is there a branch of {shop} in Bergen? The app does not say, the website neither.",
    "The Willem II match means the roads around the stadium are closed.",
    "Van der Valk is a hotel chain, not my landlord.",
    "The company number (KvK 74881203) is printed on the invoice.",
    "My booking reference is PNR K7XQ2M, not a customer number.",
    "The article number {article} is out of stock.",
    "I called {company_phone} and waited forty minutes.",
    "The new opening hours start on {date_en}, the sign says.",
    "Doorn and Putten are villages, not surnames in the text I sent.",
    "Dr. Oetker pizzas are on sale this week, the flyer says.",
    "The transaction reference 0048 2291 7730 2210 is from the shop, not my card.",
    "Go Ahead Eagles won on {weekday_en}, so the pub is full.",
    "The ticket {ticket} is closed without a reply.",
    "Please send the invoice to {company_mail}, the accounts team is there.",
    "The tram stop at Jan Pieterszoon Coenstraat is closed until {date_en}.",
]

TEST_V20_CLEAN = _NL + _EN
