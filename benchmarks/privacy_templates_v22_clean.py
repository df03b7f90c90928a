"""Sentences of the `test_v22` split without personal data, in its frames; the ordinary words all its templates draw
are in `privacy_templates_v22_words` (`CLEAN_FILLERS["test_v22"]`). Written by someone who never saw the rules.

The traps: firms, shops, clubs and products named after a person (Dakdekkersbedrijf Jan Schot, Glazenwasserij Gebr.
Van Wijk, Bandenhotel Piet Kramer, Autowasstraat Joop, Spuitje Jan van Hout, Klaas Kluis, vv Peter Pan, Burgers'
Zoo); towns that are also words or surnames (Ede, Hoorn, Kampen, Beek, Lisse); streets named in directions without a
house number; order, ticket, booking, shipment, invoice and reference numbers (also in a letter's reference block and
in key=value logs); company phone numbers and mailboxes; prices, times, version numbers, opening hours and dates
that are no birth date; capitalised ordinary words and shouting in capitals. Dutch sentences avoid the words
the/I/is/my, by which the corpus builder tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v22_words  # noqa: F401  (registers CLEAN_FILLERS["test_v22"])

_NL = [
    # mortgage arrears
    "{bank} biedt bij een achterstand eerst een gesprek met een budgetcoach aan.",
    "Uw kenmerk: {ticket}\nOns kenmerk: HB-{year}-0412\nDatum: {date}\n\nBetreft: betalingsregeling",
    "Een {mortgage} kan tijdelijk worden omgezet, vraag naar de voorwaarden.",
    "Rente vast voor tien jaar: 3,85 procent bij {bank} per {date}.",
    "Het hypotheekloket sluit op vrijdag om {time}.",
    # dairy
    "{dairy} haalt de melk op {weekday} twee keer op wegens de feestdagen.",
    "Melkprijs {dairy} voor oktober: {amount} per 100 kilo.",
    "Tankwagen vast in de modder bij Beek, rit uitgesteld tot {time}.",
    "Kwaliteitsuitslag {ticket}: celgetal binnen de norm.",
    # zoo
    "{zoo} verlengt de openingstijden in de zomer tot 19:00.",
    "Een jaarkaart kost {amount} voor volwassenen, kinderen tot drie jaar gratis.",
    "Voederen van de {animal} om {time}, bij slecht weer binnen.",
    "Burgers' Zoo en Artis doen mee aan de museumweek.",
    "Parkeren bij {zoo} kost {amount} per dag.",
    # theatre
    "{show} speelt van {date} tot en met 30 maart in {theatre}.",
    "Abonnementen voor seizoen {year} zijn vanaf {weekday} te koop.",
    "Zaal open om {time}, voorstelling begint een halfuur later.",
    "Kassa {theatre} telefonisch bereikbaar via {company_phone}.",
    "Pauze duurt twintig minuten, garderobe gratis.",
    # CBR
    "Het CBR verwerkt een Gezondheidsverklaring gemiddeld binnen twaalf weken.",
    "Keuring bij een specialist kost ongeveer {amount}.",
    "Rijtest gepland op {date} om {time}, locatie CBR {city}.",
    "Mijn CBR-omgeving op de website geeft foutcode 503.",
    # scooter
    "{scooter} rekent {amount} per minuut, ontgrendelen gratis.",
    "Scooters mogen niet geparkeerd worden op de Coolsingel tussen 22:00 en 06:00.",
    "Rit {booking} beëindigd buiten de zone, toeslag {amount}.",
    "Nieuwe app {version} lost het probleem met ontgrendelen op.",
    "Helm verplicht vanaf {date}, ook op deelscooters.",
    # roofer
    "{roofer} plant inspecties alleen bij droog weer.",
    "Een nieuwe dakgoot kost tussen {amount} en {amount} inclusief montage.",
    "Steiger blijft staan tot {date}, {ticket}.",
    "Dakdekkersbedrijf Jan Schot werkt in Hoorn, Kampen en Ede.",
    "Hoogwerker staat bij de Korte Hoogstraat, stoep tijdelijk afgesloten.",
    # window cleaner
    "{window} komt elke zes weken, bij regen een dag later.",
    "Glazenwasserij Gebr. Van Wijk zoekt nieuwe medewerkers.",
    "Ramen binnen en buiten voor {amount} per beurt.",
    "Ladder past niet in de Achterstraat, daarom met hoogwerker.",
    # care alarm
    "{alarm} test elk alarmkastje eens per maand automatisch.",
    "Een personenalarm met zorgcentrale kost {amount} per maand.",
    "Valdetectie werkt alleen met firmware 2.0.7 of nieuwer.",
    "Storing meldkamer opgelost om {time}, {ticket}.",
    # Belgian energy
    "{energy_be} past de voorschotten aan na de jaarafrekening.",
    "Capaciteitstarief in Vlaanderen sinds {year}, zie factuur.",
    "Meterstanden doorgeven kan tot {date}.",
    "Dynamisch contract bij {energy_be}: prijs per kWh wisselt elk uur.",
    # German webshop
    "{webshop} levert in Nederland binnen vier werkdagen, {order}.",
    "De {product} kost bij {webshop} {amount}, verzendkosten inbegrepen.",
    "Retourneren naar het magazijn in {city_de} kan tot dertig dagen na ontvangst.",
    "Zending JJD000390012345 ligt bij het afhaalpunt in {city}.",
    "Kundenservice Otto bereikbaar via {company_mail}.",
    # student housing
    "{housing} verloot op {date} veertig kamers in {city}.",
    "Huur vanaf {amount} per maand, inclusief servicekosten.",
    "Wachttijd voor een studio bij {housing}: gemiddeld twee jaar.",
    "Lift in complex Boerhaavelaan buiten gebruik tot {weekday}.",
    # youth club
    "{club} zoekt vrijwilligers voor de kantine op zaterdag.",
    "Training jongens onder 12 verplaatst naar {weekday} {time}.",
    "vv Peter Pan speelt thuis tegen {club} om {time}.",
    "Contributie jeugd {amount} per seizoen, sportkleding apart.",
    "Toernooi in Helmond afgelast wegens onweer.",
    # car wash
    "{carwash} open van 08:00 tot 20:00, ook op zondag.",
    "Onbeperkt wassen voor {amount} per maand.",
    "Wasstraat dicht wegens onderhoud tot {date}.",
    "Autowasstraat Joop heeft een nieuwe borstel.",
    # garden centre
    "{garden} bezorgt binnen 25 kilometer gratis vanaf {amount}.",
    "Een {plant} in pot kost deze week {amount}.",
    "Tuincentrum Ockenburg gesloten op Tweede Paasdag.",
    "Levering {order} verschoven naar {date} tussen {time} en 17:00.",
    # tyres
    "{tyre} wisselt winterbanden vanaf {date}, afspraak verplicht.",
    "Opslag van vier banden: {amount} per seizoen.",
    "Profieldiepte minimaal 1,6 mm, advies 4 mm voor winterbanden.",
    "Bandenhotel Piet Kramer verhuist naar een bedrijventerrein in Weert.",
    "{tyres} in maat 205/55 R16 weer op voorraad.",
    # cremation
    "{cremation} vergoedt de kosten tot {amount}.",
    "Condoleance van {time} tot 20:00 in de aula.",
    "Uitvaartvereniging St. Barbara bestaat 100 jaar.",
    "Premie betalen kan per maand of per jaar, {invoice}.",
    # alarm installer
    "{installer} installeert een alarmsysteem in een halve dag.",
    "Klaas Kluis levert kluizen vanaf {amount}.",
    "Meldkamer volgens norm EN 50518, certificaat {year}.",
    "Sirene getest op {date}, geen bijzonderheden.",
    # logs, references and look-alikes
    "status=closed ticket=88410 agent_team=2e-lijn retries=3",
    '{"order": "2025-118340", "status": "verzonden", "versie": "4.2.1"}',
    "Referentie 2025/0447 graag vermelden bij betaling via iDEAL.",
    "Bel {company_phone} of mail {company_mail}.",
    "Rechtsaf de Rijksstraatweg op, dan de tweede links richting Zeist.",
    "BELANGRIJK: STORING OPGELOST, EXCUSES VOOR HET ONGEMAK.",
    "Geen bezorging op {date} wegens Koningsdag.",
    "Prijs {amount}, actie geldig tot {date}.",
    "KvK 30112233, btw NL001234567B01, vermeld op {invoice}.",
]

_EN = [
    "The arrears desk at {bank} is open until {time_en} on weekdays.",
    "My mortgage advisor works for {bank}, not for the bank itself.",
    "The tanker from {dairy} is late again, the farm says.",
    "The annual pass for {zoo} is {amount_en} this year.",
    "Feeding time for {animal_en} is at {time_en}.",
    "The show {show} is sold out on {weekday_en}.",
    "I read that the CBR is short of medical examiners.",
    "The scooter app crashed after the update to {version}.",
    "The roofer from {roofer} came on {date_en}, so the leak is gone.",
    "The window cleaner is {window}, and they come every six weeks.",
    "The care alarm is tested automatically every month.",
    "My energy supplier in Belgium is {energy_be}.",
    "The parcel from {webshop} is stuck in {city_de}, {order_en}.",
    "The {product} is on sale, the newsletter says.",
    "The student housing lottery at {housing} is on {date_en}.",
    "Is {club} playing at home on {weekday_en}, or is it away?",
    "The car wash at Washtec Hoorn is closed for repairs.",
    "The garden centre delivers the {plant} on {date_en}.",
    "Winter tyres {tyres} are back in stock, the shop says.",
    "The tyre hotel at Bandenhotel Piet Kramer is full.",
    "The cremation society {cremation} sent {invoice_en} to the wrong office.",
    "The installer from {installer} is booked for {date_en}.",
    "I called {company_phone} and got voicemail.",
    "Please reply to {company_mail} about {ticket_en}, the form says.",
    "The price is {amount_en} including VAT.",
    "Turn left at the Catharijnesingel and the entrance is on your right.",
    "The app version is 3.18, is that the latest?",
    "My order {order_en} shows as delivered but nothing arrived, so my weekend is ruined.",
    "I paid {amount_en} for the {product} on {date_en}.",
    "The reference on the letter is {ticket_en}.",
    "The zoo in Ede is not the one I meant, I mean {zoo}.",
    "Spuitje Jan van Hout is the car wash near the station.",
    "The club vv Peter Pan is looking for coaches.",
    "The meter reading is due before {date_en}.",
    "The booking at {time_en} on {weekday_en} is confirmed.",
    "The leak is fixed, but the gutter still drips.",
    "Is the alarm panel supposed to beep every hour?",
    "The shipment JJD000390012345 is with DHL.",
    "The company number on {invoice_en} is KvK 30112233.",
    "My subscription renews in {year}? That is not right.",
]

TEST_V22_CLEAN = _NL + _EN
