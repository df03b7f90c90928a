"""Sentences of the `test_v32` split without personal data, in its frames and channels; the ordinary words all its
templates draw are in `privacy_templates_v32_words` (`CLEAN_FILLERS["test_v32"]`). Written by someone who never saw
the rules.

The traps: firms named after a person (Muziekschool Clara Schumann, Trouwauto's Piet Hein, Traplift Vermeer,
Hoefsmederij Gerrit Kuiper, Kostuumverhuur Tante Truus); composers, pieces and performers (Chopin, Bach, Satie,
Einaudi, André Rieu); cars named after their makers (Rolls-Royce, Citroën, Bentley); dogs and horses with
people's names (Max, Kees, Loes, Jolanda, Heinrich); costumes of historical persons (Napoleon, Marie-Antoinette,
Elvis, Frida Kahlo); streets named after people without a house number; towns that are words (Lent, Best, Loon,
Wijk, Vries, Elst); dates of lessons, weddings, fittings and visits, years, prices, opening hours, model and product
codes, order, booking, ride, ticket, quote and invoice numbers, KvK and VAT numbers, company phones and mailboxes;
empty forms and chats without a person. Dutch sentences avoid the words the/I/is/my, by which the corpus builder
tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v32_words  # noqa: F401  (registers CLEAN_FILLERS["test_v32"])

_NL = [
    # music school
    "{music_school} start het nieuwe lesjaar op {date}; proeflessen via {company_mail}.",
    "Lesgeld {year}: {amount} per maand voor {lesson}, korting voor een tweede kind.",
    "Voorspeelavond in {city} op {date} om {time}: {piece} en {piece}.",
    "Zammad {ticket}: vraag over de toonladders van Bach beantwoord en gesloten.",
    "Huurpiano {instrument} terug in het magazijn, {order} afgemeld.",
    "tawk.to chat\nbezoeker: geven jullie ook les aan volwassenen?\nbot: Ja, vanaf elk niveau! Laat uw gegevens "
    "achter of bel {company_phone}.",
    "Inschrijfformulier\nNaam leerling:\nGeboortedatum:\nOuder:\n(leeg teruggestuurd)",
    "Concert André Rieu in Maastricht: groepsreis van de muziekschool, vertrek {time} vanaf het Chopinplein.",
    "Pianostemmer komt {weekday} {date} voor alle lesruimtes; {invoice} volgt.",
    "{exam} verplaatst naar {date}, zaal Beethovenlaan open vanaf {time}.",
    # wedding-car hire
    "{car_firm} rijdt op {date} drie bruiloften in {city}; {booking}.",
    "Prijs {car_model} met chauffeur: {amount} voor 4 uur, extra uur {amount}.",
    "Route {route} goedgekeurd, {booking} bevestigd.",
    "Rolls-Royce en Bentley staan tot {date} in onderhoud bij de dealer in {city}.",
    "Pipedrive: deal {quote} gewonnen, {amount}, trouwdatum {date}.",
    "Google Business-review beantwoord: bedankt voor de 5 sterren en veel geluk samen!",
    "Linten en bloemstuk voor de {car_model} besteld, {order}.",
    "Stalling aan de Prins Hendrikkade open op zaterdag van {time} tot 18:00.",
    # dog grooming
    "{dog} ({breed}) helemaal geknipt en gewassen, ophalen na {time}.",
    "{groomer} gesloten op {date}; afspraken verzet naar {weekday}.",
    "Trimbeurt {breed}: vanaf {amount}, nagels knippen {amount}.",
    "Kustomer {ticket}: vraag over vlooienshampoo, doorgestuurd naar de winkel.",
    "{dog} en {dog} mogen samen in de bench, zelfde eigenaar.",
    "Wachtlijst voor kooikerhondjes tot {date}; bellen naar {company_phone}.",
    # stair lift
    "{lift_firm} levert de {lift_model} binnen 6 weken na akkoord op {quote}.",
    "Onderhoudsbeurt {lift_model}: {amount} excl. btw, {invoice}.",
    "RingCentral: gemiste oproep van {company_phone}, geen voicemail.",
    "Storingsdienst 24/7 via {company_phone}; monteur in regio {city} beschikbaar vanaf {time}.",
    "WMO-beschikkingen van de gemeente {city} duren momenteel 8 weken.",
    "Traplift Vermeer en StairLift Nederland werken samen sinds {year}.",
    # farrier
    "Hoefsmid rijdt {weekday} langs {stable}: {horse}, {horse} en {horse}.",
    "{farrier} rekent {amount} voor vier ijzers; bekappen {amount}.",
    "{horse} loopt weer zuiver na het nieuwe beslag, aldus de dierenarts.",
    "Ijzers maat 2 en 3 besteld, {order}; levering {date}.",
    # costume rental
    "{costume_shop} verhuurt {costume} vanaf {amount} per weekend.",
    "Carnavalsdrukte: balie open van {time} tot 21:00, reserveren via {company_mail}.",
    "{costume} en nog drie pakken terug ontvangen, stomerij {invoice}.",
    "Napoleon, Elvis en Frida Kahlo het vaakst gehuurd in {year}.",
    "Simplicate: project {quote} voor toneelvereniging De Kameleon in {city} afgerond.",
    "Borg {amount} per kostuum, terug binnen 5 werkdagen.",
    # general
    "{kvk}, btw {vat}; factuuradres via {company_mail}.",
    "{order} verzonden met PostNL, bezorging {date} tussen {time} en 17:00.",
    "Notion-tabel opgeschoond: alle rijen van {year} gearchiveerd.",
    "Threema-groep planning: {weekday} iedereen om {time} in {city}.",
    "Vrachtwagen vast op de Willem de Zwijgerlaan, bezorging in {city} schuift op.",
    "Pianoschool verhuisd naar de Johann Sebastian Bachstraat, nieuw nummer {company_phone}.",
    "Lesrooster {weekday}: 15:00 groep A, 15:30 groep B, 16:00 proeflessen; lokaal Mozart.",
    "{groomer} zoekt een trimmer voor 24 uur per week, solliciteren via {company_mail}.",
    "Oldtimerbeurs in {city} op {date}: stand 14B, naast Citroën Club Nederland.",
    "Nieuwe hoefijzers van Mustad en Kerckhaert binnen, artikel MU-2214 en KH-0907.",
    "Traplift-demo in de showroom aan de Dr. Schaepmanlaan, elke {weekday} om {time}.",
    "Kostuum Willem van Oranje en Maria Stuart weer verhuurbaar na reparatie.",
    "Bruidsauto's op {date} allemaal verhuurd; wachtlijst via {company_phone}.",
    "Gemeente {city}: vergunning stoet goedgekeurd, kenmerk Z/26/114203.",
    "Ticketsysteem Zammad vanaf {date} vervangen door Kustomer.",
]

_EN = [
    "The piano exam at {music_school} is on {date_en} at {time_en}.",
    "Lesson fee is {amount_en} a month; the trial lesson is free.",
    "I would like to know if you teach Chopin to beginners.",
    "The {car_model} is booked for {date_en}, {booking}.",
    "Our wedding was perfect, the Rolls-Royce looked amazing! Thanks to {car_firm}.",
    "Is the {car_model} available in {city} on {date_en}?",
    "{dog} is ready to be picked up, the {breed} cut is done.",
    "The salon is closed on {date_en}; call {company_phone} for urgent questions.",
    "What is the price for a {breed}? From {amount_en}, nails included.",
    "The {lift_model} from {lift_firm} is on its way, {order}.",
    "The engineer is in {city} on {date_en}, {ticket}.",
    "My question about the {lift_model} warranty was answered, thanks.",
    "The farrier visits {stable} every six weeks; {horse} is next.",
    "{horse} lost a shoe again, is the farrier around on {weekday_en}?",
    "The {costume} is back, {invoice} settled.",
    "Is the {costume} available for the carnival weekend?",
    "Please email {company_mail} for group bookings, the shop opens at {time_en}.",
    "The VAT number is {vat} and {kvk}.",
    "I paid {amount_en} for {quote} on {date_en}.",
    "Tally form received: name, email and phone left empty, the message is just 'test'.",
    "Hi, my parcel ({order}) arrived damaged, see {ticket}.",
    "Reminder: the shop on Anne Frankstraat opens at {time_en}, phone {company_phone}.",
    "I love the Einaudi piece, can my class play it at the recital on {date_en}?",
    "The dog called Winston was the best-behaved client this week!",
    "Our Marilyn Monroe costume is the most popular one, {amount_en} per weekend.",
    "The Van Gogh-themed costume from {costume_shop} is back in stock.",
]

TEST_V32_CLEAN = _NL + _EN
