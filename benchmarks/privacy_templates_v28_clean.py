"""Sentences of the `test_v28` split without personal data, in its frames and channels; the ordinary words all its
templates draw are in `privacy_templates_v28_words` (`CLEAN_FILLERS["test_v28"]`). Written by someone who never saw
the rules.

The traps: firms, bands and brands named after a person (Kapsalon Anita, Haarwerken Ria Kaptein, Garage Henk
Wolters, Harmonie Jan Pieterszoon Sweelinck, John Frieda, Paul Mitchell, Vidal Sassoon); cars and machines named
after their makers (Ferrari Dino, Porsche 356, Kärcher, Hilti); composers in a concert programme; streets named
after people without a house number; towns that are also words or names (Best, Son, Mill, Vries, Putten, Haren);
build years, rally and event dates, tent sizes, colour recipes, serial and product codes, order, gift-card,
Typeform, Intercom and HubSpot numbers, KvK and VAT numbers, the Kifid's postal address, company phone numbers and
mailboxes, prices and times; empty form fields and AI summaries without a person. Dutch sentences avoid the words
the/I/is/my, by which the corpus builder tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v28_words  # noqa: F401  (registers CLEAN_FILLERS["test_v28"])

_NL = [
    # hair salon
    "Nieuwe afspraak via Treatwell\nBehandeling: knippen + föhnen\nWanneer: {weekday} {time}\nFiliaal: {city}",
    "{salon} verkoopt voortaan ook {brand}-producten, shampoo {amount}.",
    "Kleurrecept {brand}: 7.1 + 20 vol, inwerktijd 35 min, daarna toner 9.12.",
    "Samenvatting gesprek (AI, niet gecontroleerd)\n• Beller wilde openingstijden van {salon} weten\n"
    "• Geen klantgegevens genoemd\n• Doorverwezen naar website",
    "Intercom — Operator: Hoi! Waar kunnen we je mee helpen?\nBezoeker: zijn jullie op {weekday} open?\n"
    "Operator: ja, van {time} tot 18:00",
    "Cadeaubon ter waarde van {amount} verloopt op {date}.",
    "Salonized: 14 afspraken vandaag, 2 no-shows, omzet {amount}.",
    "Barbershop Ali opent een tweede vestiging in {city} per {date}.",
    "Openingstijden {salon}: ma gesloten, di t/m za {time} tot 17:30.",
    "Allergietest minimaal 48 uur vóór de kleurbehandeling met {brand}; zonder test geen verf.",
    "Telefoonnotitie balie\nVoor: salonmanager\nVan: ________\nTel: ________\nTerugbellen: ja / nee",
    "Vidal Sassoon-cursus voor alle stylisten op {weekday}, kosten {amount} p.p.",
    # wigs
    "Typeform-antwoord #{tf} onvolledig: naam en geboortedatum niet ingevuld.",
    "{wigshop} werkt samen met {insurer}; machtiging nodig vóór levering.",
    "Vergoeding haarwerk {year}: maximaal {amount} per kalenderjaar volgens polisvoorwaarden.",
    "Typeform intake haarwerk\nVoor- en achternaam:\nGeboortedatum:\nZorgverzekeraar:\n(leeg ingediend)",
    "Levertijd handgeknoopt haarwerk: 6 tot 8 weken, model HW-LACE-14 op voorraad bij {wigshop}.",
    "Pruikenhuis Mevrouw Jansen stopt per {date}; klanten worden overgenomen door {wigshop}.",
    "Samenvatting (AI):\n• vraag over vergoeding bij alopecia\n• verwezen naar {insurer}\n• geen vervolgactie",
    # classic cars
    "Taxatierapport {car}, bouwjaar {build_year}, getaxeerde waarde {amount}.",
    "HubSpot tijdlijn: deal 'oldtimerpolis' verplaatst naar fase 'offerte verstuurd' ({date}).",
    "HubSpot record {hs} samengevoegd met duplicaat; geen wijzigingen in contactgegevens.",
    "Aan: Kifid, Postbus 93257, 2509 AG Den Haag — klachtformulier blanco gedownload op {date}.",
    "Rally {date}: start 09:00 bij Garage Henk Wolters in {city}, finish {time}.",
    "{classic} organiseert de voorjaarsrit; inschrijven {amount} per equipe.",
    "Premie oldtimerpolis stijgt per {date} met 4,5 procent.",
    "Een {car} uit {build_year} kan op kenteken met blauwe platen blijven rijden.",
    "Clubavond {weekday} in zaal De Kroon, {city}, aanvang {time}.",
    "Jaap Kroon Classics levert onderdelen voor de {car}.",
    "Schadeformulier: kenteken ____, naam verzekerde ____, polisnummer ____.",
    "Samenvatting gesprek (AI)\n- beller vroeg naar voorwaarden voor een {car}\n- info gemaild",
    # tool rental
    "Borg {machine}: {amount}, huurprijs per dag {amount}, weekend {amount}.",
    "{rental} in {city} heeft de {machine} weer op voorraad.",
    "Balie-intake verhuur\nHuurder:\nLegitimatie: ☐ rijbewijs ☐ paspoort\nContract:\nBorg:",
    "Huurpunt Piet Smit sluit op {date} om 12:00.",
    "Aanhanger 750 kg bij {rental}, bakmaat 250x130, huur {amount} per dagdeel.",
    "Onderhoudsrapport {machine} serienr. {serial}: koolborstels vervangen.",
    "Bestelling {order} klaar voor afhalen bij {rental}, balie 3.",
    "Samenvatting (AI)\n• klant vroeg naar huurprijs {machine}\n• offerte volgt per mail",
    "Facturen van {rental}: {kvk}, btw {vat}.",
    # party tents
    "Offerte feesttent 10x20 m met vloer en verlichting: {amount} excl. btw.",
    "Straatfeest {street_party} op {date}; opbouw vanaf {time}.",
    "Feesttenten Gebr. de Wit zoekt opbouwers voor het seizoen, bel {company_phone}.",
    "Photobooth, {order}: 400 prints, achtergrond goud, levering {date}.",
    "{tent} levert 30 statafels, 4 heaters en een dansvloer voor {amount}.",
    "Weeralarm code oranje in {city}: tenten boven 6x12 m op {date} niet opbouwen.",
    "Intercom\nBot: Wat kan ik voor je doen?\nBezoeker: wat kost een partytent?\nBot: vanaf {amount} per dag.",
    "Partyverhuur Marco rijdt {weekday} twee ritten naar {city}.",
    "Vergunning evenement aangevraagd bij gemeente {city}, kenmerk Z-26-04412.",
    # brass band
    "Concertprogramma: Bolero (Ravel), Stars and Stripes (Sousa), Gabriel's Oboe (Morricone).",
    "{band} repeteert op {weekday} van 19:30 tot 22:00 in {city}.",
    "Contributie {year}: {amount} per jaar, jeugdleden {amount}.",
    "Bruikleen instrument: {instrument} serienr. {serial} terug in depot.",
    "Concours {date} in {city}: {band} speelt in de 2e divisie.",
    "Mutatieformulier ledenadministratie {band}\nNaam:\nGeboortedatum:\nAdres:\nLidnummer:",
    "Harmonie Jan Pieterszoon Sweelinck viert op {date} haar 100-jarig bestaan.",
    "Drumfanfare Willem Alexander zoekt nog een {instrument}-speler.",
    # mixed
    "Bel ons op {company_phone} of mail {company_mail}.",
    "Vragen? {company_mail} of {company_phone} (ma-vr {time} tot 17:00).",
    "Factuur {order}: {amount}, te voldoen binnen 14 dagen.",
    "Straatnaambord {street} vervangen; geen huisnummers bekend, melding {weekday} {time}.",
    "Afhaalpunt verhuisd naar de {street} in {city}.",
    "Overboeking ontvangen\nOmschrijving: {order}\nBedrag: {amount}",
    "Klanttevredenheid {year}: gemiddeld 8,4, 1.204 reacties.",
    "Versie 3.12 van de boekingsapp van {salon} lost het inlogprobleem op.",
    "Kassabon {salon}: knippen {amount}, pinbetaling akkoord, terminal 0412.",
    "Polisvoorwaarden oldtimer {year}: maximaal 7.500 km per jaar, stalling verplicht, bouwjaar vóór {build_year}.",
    "Route voorjaarsrit: start {city}, koffiestop in {city}, lunch bij {classic}.",
    "Feesttent 6x12 m opgebouwd in {city}, afbouw {weekday} vanaf {time}.",
    "Voorraad {brand}: 12 flessen, bijbestellen vóór {date}.",
    "Vrijwilligersvergoeding {year}: maximaal {amount} per maand, zonder loonbelasting.",
    "Webformulier {rental}: postcode + huisnummer niet gevonden, probeer opnieuw.",
    "Huurprijzen {year}: {machine} {amount} per dag, bezorgen {amount}.",
    "{wigshop} heeft een nieuwe paskamer en parkeert gratis aan de {street}.",
    "Jubileumconcert {band} op {date} in de Grote Kerk van {city}, kaarten {amount}.",
]

_EN = [
    "New booking via Treatwell\nService: cut & blow-dry\nWhen: {weekday_en} {time_en}\nNote: the client will pay "
    "in store",
    "We now stock {brand} at the salon in {city}.",
    "Call summary (AI-generated, unverified)\n• Caller asked about the opening hours in {city}\n"
    "• No customer details given",
    "Intercom — Operator: Hi! How can we help?\nVisitor: is the salon open on {weekday_en}?\nOperator: yes, "
    "from {time_en}",
    "The gift card {order_en} is valid until {date_en}.",
    "Patch test form\nName:\nDate of birth:\n(left blank, the client refused)",
    "The waiting time for a hand-tied wig at {wigshop} is 6 to 8 weeks.",
    "Typeform response #{tf} is incomplete: name and phone missing.",
    "I was told {insurer} covers up to {amount_en} a year for a wig.",
    "Valuation report {car}, built {build_year}: the agreed value is {amount_en}.",
    "The {car} in our showroom is not for sale.",
    "HubSpot record {hs} was merged; the contact details did not change ({date_en}).",
    "The rally starts at {time_en} from the yard of Garage Henk Wolters in {city} on {date_en}.",
    "Policy premiums for classic cars rise by 4.5% from {date_en}, the letter says.",
    "The deposit for the {machine} is {amount_en}; the daily rate is {amount_en}.",
    "I picked up {order_en} at {rental} this morning.",
    "The trailer at {rental} is 250x130 cm and takes 750 kg.",
    "Our VAT number is {vat}, registered under {kvk}.",
    "Quote for a 10x20 m marquee with flooring: {amount_en} excl. VAT, the heaters extra.",
    "The street party in {street_party} is on {date_en}, set-up from {time_en}.",
    "Feesttenten Gebr. de Wit is hiring crew in {city} for the summer.",
    "Intercom conversation {ic} closed by the bot at {time_en}, no reply from the visitor.",
    "Tonight the programme: Bolero (Ravel), Stars and Stripes (Sousa), Gabriel's Oboe (Morricone).",
    "{band} rehearses on {weekday_en} evenings in the church hall in {city}.",
    "Membership is {amount_en} a year; youth members pay less.",
    "The {instrument} with serial {serial} is back in the depot.",
    "Questions? Call {company_phone} or email {company_mail}, the team replies within a day.",
    "My {order_en} still shows as pending in the app.",
    "The office is closed on {date_en}.",
    "Is the John Frieda shampoo sold at {salon} sulphate-free?",
    "The street sign on {street} was replaced, the council says.",
]

TEST_V28_CLEAN = _NL + _EN
