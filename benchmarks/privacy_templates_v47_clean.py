"""Sentences of test_v47 without personal data, part one: public transport and lost property, Regiotaxi and
Valys, municipal services and youth care, schools. They are full of look-alikes: lines, stops and streets named
after people, public phone numbers and mailboxes of organisations, lost-property and case numbers that point to no
person, timetables, amounts and dates that are not birth dates."""

from __future__ import annotations

import benchmarks.privacy_templates_v47_ordinary  # noqa: F401  (registers CLEAN_FILLERS["test_v47"])

CLEAN_SERVICES: list[tuple[str, str]] = [
    # ---- public transport, lost property
    ("nl", "Gevonden voorwerpen van {operator} bewaren we drie maanden; daarna gaan ze naar een kringloopwinkel."),
    ("nl", "Er ligt een {item} bij de balie van {stop}, gevonden op {date} in {line}."),
    ("nl", "Registratienummer {ticket}: {item}, gevonden om {time} in {line} richting {stop}."),
    ("nl", "Vanaf {date} rijdt {line} niet meer door de {street_public}, maar langs {venue}."),
    ("nl", "Wegens werkzaamheden stopt {line} tot {date} niet bij {stop}."),
    ("nl", "Reisinformatie over {line}: bel 0900-9292 of kijk op www.9292.nl."),
    ("nl", "Ophalen kan op werkdagen van {time} tot 17.00 uur; neem een geldig legitimatiebewijs mee."),
    ("nl", "Terugsturen per post kost {fee}; betalen gaat via een betaalverzoek."),
    ("nl", "Vraag over een gevonden {item}? Mail {mail_lost} en vermeld het kenmerk {ticket}."),
    ("nl", "Bus 4012 van {operator} stond om {time} nog in de remise in {city}."),
    ("nl", "Na de storing rijdt {line} weer volgens dienstregeling, eerste rit {time}."),
    ("nl", "Ich höb geine {item} gevonje, mer vraog 't ins bij de balie op {stop}."),
    ("nl", "De Lijn meldt: tram 4 naar {city_be} rijdt met omleiding tot {date}."),
    ("nl", "Het OV-chipkaartsaldo werd op {date} om {time} bijgewerkt bij de automaat op {stop}."),
    ("en", "I think the {item_en} was left on {line} around {time_en}."),
    ("en", "Lost property at {stop} is open until 5 pm on weekdays."),
    ("en", "The bus from {city} to {city} was cancelled at {time_en} because of the storm."),
    ("en", "Is there a fee for sending the {item_en} by post? The website says {amount_en}."),
    # ---- Regiotaxi and Valys
    ("nl", "Reserveer uw rit met {taxi} uiterlijk een uur van tevoren via {taxi_phone}."),
    ("nl", "Een {device} mag gratis mee in de {taxi}-bus, een begeleider betaalt {fare}."),
    ("nl", "Het Valys-budget wordt elk jaar op 1 februari aangevuld met 2.250 kilometer."),
    ("nl", "Ritten naar {venue} vallen onder het regionale tarief van {fare} per zone."),
    ("nl", "Vanwege gladheid rijdt {taxi} op {date} alleen medisch noodzakelijke ritten."),
    ("nl", "De taxi mag maximaal 15 minuten eerder of later komen dan de afgesproken {time}."),
    ("nl", "Klachten over {taxi} kunt u melden via {mail_taxi} of het klachtenformulier op de website."),
    ("nl", "Rit {ticket} van {city} naar {city}: {km} kilometer, eigen bijdrage {fare}."),
    ("nl", "Wachtrij {taxi}: {count} bellers, gemiddelde wachttijd {count} minuten."),
    ("en", "The Valys ride is booked for {date_en} at {time_en}, wheelchair space included."),
    ("en", "My taxi pass stopped working after the update on {date_en}."),
    # ---- bijstand, Wmo, youth care
    ("nl", "De uitkering wordt rond de 25e van de maand overgemaakt; in {month} op de 23e."),
    ("nl", "Een aanvraag {provision} behandelt {org} binnen acht weken."),
    ("nl", "Spreekuur sociaal wijkteam: {weekday} van 9.00 tot 12.00 uur in wijkcentrum De Schakel."),
    ("nl", "Het CAK stuurt de factuur voor de eigen bijdrage Wmo; maximaal € 21,80 per maand."),
    ("nl", "Voor {provision} kunt u bellen met {muni_phone} (lokaal tarief)."),
    ("nl", "De inkomensgrens voor {provision} ligt in {city} op 120% van het sociaal minimum."),
    ("nl", "Bezwaar maken kan binnen zes weken na de datum van het besluit, {date}."),
    ("nl", "Jeugdteam en school overleggen {weekday} om {time} over de aanpak in {klas}."),
    ("nl", "Veilig Thuis bereikt u dag en nacht via 0800-2000, gratis en anoniem."),
    ("nl", "Zaaknummer {ticket} werd op {date} doorgezet naar {org}."),
    ("nl", "Wachttijd voor jeugd-GGZ in {city}: gemiddeld {count} maanden."),
    ("nl", "Inloop voor formulierenhulp in de bibliotheek aan de {street_public}, {weekday} {time}."),
    ("nl", "Participatiewet: de norm voor een alleenstaande per 1 januari staat op de website van de gemeente."),
    ("en", "The municipality says the decision on {provision} is expected by {date_en}."),
    ("en", "Is the youth care team in {city} open during the autumn holiday?"),
    # ---- schools and parent portals
    ("nl", "Rapporten staan vanaf {date} in {portal}; ouders krijgen een melding in de app."),
    ("nl", "Studiedag: alle groepen van {school} zijn op {weekday} vrij."),
    ("nl", "Schoolreis {klas} naar Walibi, vertrek {time} vanaf het plein, terug rond half zes."),
    ("nl", "De vrijwillige ouderbijdrage voor {school} bedraagt {fee} per kind."),
    ("nl", "Luizencontrole na de kerstvakantie, alle klassen, {weekday} {time}."),
    ("nl", "Inloggen op {portal} gaat tijdelijk niet; de leverancier werkt aan een oplossing."),
    ("nl", "Gymles {klas} verplaatst naar de sporthal aan de {street_public}."),
    ("nl", "Ouderavond {school}: {date}, {time}, in {room}."),
    ("nl", "Toetsweek havo 4 start {date}; roosterwijzigingen staan in {portal}."),
    ("nl", "{school} sluit om 12.00 uur vanwege de hitte, de opvang blijft open."),
    ("nl", "Beste ouders van {klas}, morgen graag een lunchpakket en regenkleding meegeven."),
    ("en", "The {school} parent evening is on {date_en}; I will bring the forms."),
    ("en", "Is the {portal} app down again? The timetable does not load."),
    ("en", "My son's class goes to the Vincent van Gogh museum next week."),
]
