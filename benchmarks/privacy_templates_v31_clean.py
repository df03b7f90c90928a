"""Sentences of the `test_v31` split without personal data, in its frames and channels; the ordinary words all its
templates draw are in `privacy_templates_v31_words` (`CLEAN_FILLERS["test_v31"]`). Written by someone who never saw
the rules.

The traps: firms and practices named after a person (Zonwering Henk Verbeek, Osteopathie Maria Lindeman, Travel
Clinic Ellen Smit, Bowling Dick Wessels, Lijstenmakerij Jan Bos, Kleermakerij Ali Yıldız); brands after their makers
(Hugo Boss, Paul Smith, Ralph Lauren, Tommy Hilfiger, Oscar de la Renta); works of art by painters and photographers
(Van Gogh, Vermeer, Escher, Mondriaan, Anton Corbijn); streets named after people without a house number; towns that
are words or surnames (Ee, Echt, Goes, Putten, Beers, Sluis, Huizen, Bakel); dates of fittings, trips, deliveries and
parties, years, prices, opening hours, product and article codes, vaccine batch numbers, work-order, order, booking,
quote, invoice and ticket numbers, KvK and VAT numbers, company phone numbers and mailboxes; bowling scores; empty
form fields and chats without a person. Dutch sentences avoid the words the/I/is/my, by which the corpus builder
tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v31_words  # noqa: F401  (registers CLEAN_FILLERS["test_v31"])

_NL = [
    # awning installer
    "Dixa · gesprek 4502\n[10:01] Klant: hoe lang duurt het inmeten ongeveer?\n[10:03] Agent: Meestal een half "
    "uur, daarna volgt de offerte binnen 3 werkdagen.",
    "{awning_firm} monteert in {city} op {date}; {workorder}, {awning_product}.",
    "Levertijd {awning_product}: 5 à 6 weken, montage na de bouwvak.",
    "Prijs {awning_product} incl. montage {amount}, excl. motor; {quote} geldig tot {date}.",
    "Storingen aan Somfy-motoren graag melden via {company_phone} of {company_mail}.",
    "Inmeetformulier\nNaam:\nAdres:\nTelefoon:\n(leeg, klant komt zelf naar de showroom)",
    "Showroom {awning_firm} aan de Willem Dreesweg open op zaterdag van 10:00 tot 16:00.",
    "Windsensor afgesteld op windkracht 5; {ticket} gesloten.",
    "SnelStart: {invoice} van {amount} geboekt, betaald via iDEAL.",
    "Verosol en Luxaflex leveren weer vanaf {date}, zegt de vertegenwoordiger.",
    # osteopathy
    "{osteo} neemt weer nieuwe patiënten aan vanaf {date}.",
    "Tarief consult osteopathie {year}: {amount}; vergoeding hangt af van de aanvullende verzekering bij {insurer}.",
    "Praktijk gesloten op {date} wegens scholing; spoed via {company_phone}.",
    "Crisp-chat\nbezoeker: behandelen jullie ook zuigelingen?\nbot: Ja, vanaf 2 weken oud. Wilt u een afspraak?",
    "Afzeggen kan tot 24 uur van tevoren, anders rekenen we {amount}.",
    "Help Scout {ticket}: vraag over parkeren bij de praktijk aan de Jan van Galenstraat, beantwoord.",
    "Nota's worden maandelijks verstuurd; {invoice} opnieuw gemaild naar de zorgverzekeraar.",
    "{osteo} en Osteopathie Maria Lindeman delen de wachtkamer sinds {year}.",
    # travel clinic
    "{vax_clinic}: spreekuur op {weekday} vanaf {time}, alleen op afspraak.",
    "Voor {country} adviseren we {vaccine}; prijs {amount} per prik.",
    "{vaccine} weer op voorraad, {batch}, houdbaar tot {date}.",
    "Gele koortsvaccinatie alleen op locatie {city}, niet op de dependance.",
    "TOPdesk-melding {ticket}: koelkast vaccins gaf alarm om {time}, temperatuur hersteld.",
    "Reisadvies voor groepsreis naar {country} vertrek {date}, 14 deelnemers, offerte volgt.",
    "Travel Clinic Ellen Smit verhuist naar een nieuw pand; telefoonnummer blijft {company_phone}.",
    "Malariaprofylaxe: start 1 dag voor vertrek, doorgaan tot 7 dagen na terugkomst.",
    "Reisadviesformulier (OCR)\nNaarn:\nGeb.dat:\nBestemrning: {country}\n(overige velden leeg)",
    # bowling
    "{bowling} heeft {lane} gereserveerd voor {booking} op {date}, {time}.",
    "Bowlingarrangement met buffet {amount} p.p., vanaf 10 personen.",
    "Hoogste score van de avond: 244, competitieteam De Pinnen.",
    "Kinderfeestje pakket B: 1 uur bowlen, patat en ranja, {amount} per kind.",
    "Front · gedeelde inbox\nCollega: baanmachine {lane} hapert weer, monteur komt {weekday}.",
    "Bowling Dick Wessels en {bowling} spelen de finale in {city}.",
    "Parkeerplaats achter de hal vol op {weekday}avond; bezoekers verwijzen naar P+R {city}.",
    "Competitiekalender {year}: start {date}, speelavond {weekday}.",
    # picture framer
    "{framer}: {artwork} in {frame}, klaar op {date}.",
    "Museumglas kost {amount} extra per m²; {quote}.",
    "Inlijsten van {artwork} duurt ongeveer 2 weken.",
    "Lijstenmakerij Jan Bos zoekt een stagiair voor {year}.",
    "{order} afgehaald, betaald met pin {amount}.",
    "Passe-partouts op maat vanaf {amount}, zie {company_mail}.",
    "AFAS: {invoice} gecrediteerd, {order} geannuleerd.",
    "Expositie prenten Escher en Corneille in de winkel tot {date}.",
    # tailor
    "{tailor} past {garment} van {brand} in, klaar {weekday}.",
    "Zoom innemen {amount}, rits vervangen {amount}.",
    "Trouwseizoen: pas-afspraken voor {garment} op {weekday} alleen tussen {time} en 18:00.",
    "Kleermakerij Ali Yıldız neemt geen spoedklussen meer aan vóór {date}.",
    "Ophaalservice rijdt op {weekday} in {city} en {city}.",
    "SMS van het atelier: Uw kleding ligt klaar. Vragen? Bel {company_phone}.",
    "Suitsupply stuurt klanten door voor maatwerk aan de mouwen.",
    'Agent plakt JSON: {"order": "W-44820", "status": "klaar", "kosten": "€ 35"}',
    # general
    "KvK-uittreksel bijgevoegd: {kvk}, btw {vat}.",
    "Openingstijden rond Pinksteren aangepast; zie website.",
    "Outlook doorgestuurd\nVan: {company_mail}\nVerzonden: {date}\nOnderwerp: {invoice}\n\nIn de bijlage de nota.",
    "Klanttevredenheid {year}: 8,4 gemiddeld, 312 reacties.",
    'Csv-export\n"order";"bedrag";"datum"\n"{order}";"{amount}";"{date}"',
    "Levering via DHL, zending 3SDEV4470121, verwacht op {date}.",
    "Chatbot-overdracht: gebruiker vraagt naar openingstijden, geen gegevens opgegeven.",
    "Klant belt vanuit {city}, vraagt alleen naar de prijs; niets genoteerd.",
    "Betaalverzoek van {amount} verlopen op {date}; nieuw verzoek verstuurd.",
]

_EN = [
    "Update: the fitter from {awning_firm} arrives in {city} on {date_en}.",
    "Is the {awning_product} available in anthracite? Price {amount_en}.",
    "Hi, my awning motor hums but does nothing, see {ticket}.",
    "We sent {quote}; the quote is valid for 30 days.",
    "I would like to visit the showroom on {weekday_en}, is that possible?",
    "Osteopathy session price is {amount_en}; the practice opens at {time_en}.",
    "Is {osteo} accepting new patients from {date_en}? I just moved to {city}.",
    "The waiting room at {osteo} is on the first floor.",
    "Which vaccines do I need for {country}? The clinic recommends {vaccine}.",
    "The yellow fever clinic is open on {weekday_en} only.",
    "{batch} of {vaccine} is in stock until {date_en}.",
    "Travel Clinic Ellen Smit moved; the phone number is still {company_phone}.",
    "I booked {lane} for {time_en} on {date_en} ({booking}).",
    "The bowling party package is {amount_en} per child.",
    "Our league team scored 231 in the final at {bowling}.",
    "Is there parking near {bowling} in {city}, or is it street parking only?",
    "The frame for {artwork} is ready, see {order}.",
    "Museum glass is {amount_en} extra; is that per square metre?",
    "Is the Van Gogh poster in stock in the large size?",
    "For the Mondriaan print we need a floating mount, see {quote}.",
    "My {brand} suit needs the sleeves shortened by 2 cm.",
    "The alterations atelier is closed on {weekday_en}.",
    "Does {tailor} also hem Ralph Lauren chinos? I saw {amount_en} on the price list.",
    "Oscar de la Renta gown in for repair, {invoice} is attached.",
    "Good news: {invoice} was paid on {date_en}, the balance is zero.",
    "Please email {company_mail} or call {company_phone}, the desk is open until 17:00.",
    "Chatbot handover: the visitor asked about opening hours only.",
    "The delivery is planned for {date_en} between {time_en} and 12:00.",
    "Form received empty: Name, Phone and Email left blank, the customer will call back.",
    "Is the shop in Echt open on Sunday?",
]

TEST_V31_CLEAN = _NL + _EN
