"""Sentences without personal data for the `test_v6` split, and the ordinary words every test_v6 template draws.

The traps: brand, shop and hospital names that hold a person's name, streets and squares used as places, cities,
amounts, quantities, dates that are no birth dates, times, versions, models, error, ticket, order, invoice and
tracking codes, company service numbers (0800, 0900, 088, 14 0xx) and emergency numbers. Dutch sentences avoid
the words the corpus writer takes for English (is, my, the, I), so their language is recorded right."""

from __future__ import annotations

from benchmarks.privacy_fillers_v6_pools import POOLS
from benchmarks.privacy_templates import CLEAN_FILLERS

TEST_V6_CLEAN_BY_LANG = [
    ("nl", "Bij {brand_person} in de {shopping_street} was de bril al na {days} dagen klaar, top service!"),
    ("nl", "De {shopping_street} staat op zaterdag altijd vol, dus ik bestel voortaan online."),
    ("nl", "Storing opgelost na update naar {version}, de {model} werkt weer."),
    ("nl", "Foutmelding {errcode} bij het inloggen in de app, al sinds {weekday}."),
    ("nl", "Track & trace {tracking} blijft hangen op 'gesorteerd' in {city}."),
    ("nl", "Bel bij spoed altijd {emergency}, voor storingen het gratis nummer {service_number}."),
    ("nl", "Ons klantenserviceteam zit in {city} en werkt van {time_from} tot {time_to}."),
    ("nl", "Bestelling van {qty} kwam in twee delen, de tweede doos komt {date}."),
    ("nl", "Factuur {invoice} van {amount} staat klaar in Mijn Omgeving."),
    ("nl", "★★★★★ Snelle levering door {courier}, bezorger was super vriendelijk!"),
    ("nl", "Het {hospital} heeft de afspraak verzet naar {date} om {time}."),
    ("nl", "Vertraging op het spoor bij {station}, de monteur komt daardoor {minutes} minuten later."),
    ("nl", "Na de overstap naar {brand_energy} daalt het voorschot naar {amount} per maand."),
    ("nl", "Parkeren in zone {zone} kost {amount} per uur, tussen {time_from} en {time_to}."),
    ("nl", "Ticket {ticket} gesloten: klant tevreden, geen verdere actie."),
    ("nl", "Lid worden bij {gym} kan vanaf {amount} per vier weken, inschrijfgeld {amount}."),
    ("nl", "Wachttijd aan de telefoon vandaag: {minutes} minuten, chat {minutes} minuten."),
    ("nl", "WhatsApp: Goedemorgen! Uw monteur komt vandaag tussen {time_from} en {time_to}. Groet, {brand_energy}"),
    ("nl", "IVR-menu: toets 1 voor storingen, toets 2 voor facturen, toets 3 voor verhuizen. Of bel {service_number}."),
    ("nl", "Koningsdag valt dit jaar op een {weekday}, de winkels in {city} gaan om {time} dicht."),
    ("nl", "Reparatieverzoek: lekkende kraan in de keuken, {housing} stuurt {weekday} iemand langs."),
    ("nl", "Inschrijven bij {childcare} kan vanaf {date}, er geldt een wachtlijst van {count} maanden."),
    ("nl", "{insurer} vergoedt {count} behandelingen fysiotherapie uit de aanvullende verzekering."),
    ("nl", "Onze vestiging aan de {square} blijft gesloten wegens verbouwing tot {date}."),
    ("nl", "Beste klant, uw pakket met code {tracking} ligt klaar bij het afhaalpunt van {shop}."),
    ("nl", "Goeiedag, de levering werd uitgesteld tot {date}, excuses voor het ongemak. Vriendelijke groeten, de "
     "klantendienst van {brand_be}"),
    ("nl", "Allez, drie keer gebeld naar {service_number} en nog altijd geen technieker gezien."),
    ("nl", "Ayo, pakket niet ontvangen, al {days} dagen wachten nu."),
    ("nl", "Mijn pakketje komt nooit aan in {city} hoor, al twee keer gebeurd deze maand."),
    ("nl", "helaas weer storing {errcode} op de {model}, reset heeft niet geholpen"),
    ("nl", "wanneer krijg ik mijn geld terug van {amount} ik wacht al sinds {date}"),
    ("nl", "Met vriendelijke groet,\nTeam Klantcontact {brand_person}\nDit bericht en eventuele bijlagen zijn "
     "vertrouwelijk."),
    ("nl", "CRM {date_num} {chat_time} – uitgaand gesprek, geen gehoor, voicemail ingesproken."),
    ("nl", "Escalatie P1: landelijke storing {errcode}, {count} duizend klanten geraakt, update volgt om {time}."),
    ("nl", "Lead gekwalificeerd: interesse in {product}, offerte van {amount} verstuurd."),
    ("nl", "Deur-aan-deur verkoop voor {brand_energy} stopt per {date} na klachten."),
    ("nl", "{collector} heeft het dossier teruggegeven aan de opdrachtgever, geen kosten meer."),
    ("nl", "Naheffingsaanslag {fine_no}: {amount} plus {amount} kosten, betalen binnen {days} dagen."),
    ("nl", "Tijdens {holiday} zijn wij telefonisch bereikbaar van {time_from} tot {time_to}."),
    ("nl", "Besteld: {qty}, geleverd: {count} stuks. Artikelnummer {sku}."),
    ("nl", "De {street_place} wordt opengebroken, daarom rijdt bus {count} om via de {street_place}."),
    ("nl", "Meterstand doorgegeven: {kwh}, de jaarafrekening volgt binnen {days} dagen."),
    ("nl", "Bij {brand_person} kost een {product} nu {amount}, bij ons {amount}."),
    ("nl", "Tweede week op rij dat {gym} in {city} om {time} al dichtgaat."),
    ("nl", "Voor vragen over de gemeente belt u {service_number}, bij levensgevaar {emergency}."),
    ("nl", "Door een storing bij {brand_bank} zijn betalingen van {date} later verwerkt."),
    ("nl", "Bestelnummer {order}: retour ontvangen op {date}, terugbetaling van {amount} binnen {days} dagen."),
    ("nl", "Zaterdag {date} rijden er geen treinen tussen {station} en {station}."),
    ("nl", "Firmware {version} voor de {model} staat klaar, installeren duurt ongeveer {minutes} minuten."),
    ("nl", "De parkeergarage bij het {hospital} gaat om {time} dicht, daarna via de {street_place}."),
    ("en", "The engineer from {brand_person} arrived at {time_en} and fixed the problem in {minutes} minutes, "
     "great service!"),
    ("en", "My order of {qty_en} arrived damaged, I have attached photos of the box."),
    ("en", "Error {errcode} keeps popping up after the update to {version}, is there a fix?"),
    ("en", "Tracking number {tracking} has not moved since {weekday_en}, is the parcel lost?"),
    ("en", "If it is an emergency please call {emergency}, otherwise the helpline is {service_number}."),
    ("en", "★★★★☆ Decent gym, but {gym} in {city} is always crowded after {time_en}."),
    ("en", "The store on the {shopping_street} is closed for refurbishment until {date_en}."),
    ("en", "I was charged {amount} twice for the same invoice {invoice}."),
    ("en", "Is the {model} compatible with the new {product_en}?"),
    ("en", "I waited {minutes} minutes on hold and then the call dropped."),
    ("en", "Hello, i want ask about the price of {product_en}, is it possible pay in {count} times?"),
    ("en", "my package is stuck in {city} since {date_en}, pls help"),
    ("en", "The appointment at the {hospital} was moved to {date_en} at {time_en}."),
    ("en", "Ticket {ticket}: the customer is happy with the outcome, closing."),
    ("en", "Kind regards,\nThe {brand_person} Customer Care Team\nThis message is confidential and intended for the "
     "addressee only."),
    ("en", "Due to works at {station} the technician will be about {minutes} minutes late, sorry for the wait."),
    ("en", "I switched to {brand_energy} last month and my monthly payment went down to {amount}."),
    ("en", "The parking fine ({fine_no}) was {amount}, I paid it within {days} days."),
    ("en", "Voice assistant: Sorry, I didn't catch that. Say 'billing' or 'technical support'."),
    ("en", "The repair is booked for {weekday_en} between {time_from} and {time_to}."),
    ("en", "WhatsApp: Hi! Your order {order} is on its way with {courier}, the driver is nearby."),
    ("en", "Escalated to tier 2: the outage affecting {count} thousand customers in {city}, error {errcode}."),
    ("en", "My kid's school in {city} says the registration deadline is {date_en}."),
    ("en", "The branch on the {square} is my favourite, staff always helpful."),
    ("en", "I bought the {product_en} at {brand_person} for {amount}, is the warranty two years?"),
]  # fmt: skip
TEST_V6_CLEAN = [text for _, text in TEST_V6_CLEAN_BY_LANG]  # the corpus writer wants bare texts
_POOL = POOLS["test_v6"]
CLEAN_FILLERS["test_v6"] = {
    "city_nl": _POOL["city_nl"],
    "city_be": _POOL["city_be"],
    "city_en": _POOL["city_en"],
    "brand_person": (
        "Leen Bakker|Kees Smit|Piet Klerkx|Dille & Kamille|Van der Valk|Hunkemöller|Van Haren|"
        "Tony's Chocolonely|Marie-Stella-Maris|Jules Destrooper|Pieter Pot|Henri Willig|Jacob Hooy|Bart Smit|"
        "Peter Langhout|Lucas Bols"
    ).split("|"),
    "brand_shop": "Fonq|Otto|Bever|Kwantum|Lampenlicht.nl|Xenos|Kruidvat|Beslist".split("|"),
    "brand_shop_en": "Argos|Currys|Boots|Screwfix|Dunelm|Wickes".split("|"),
    "brand_be": "Colruyt|Krefel|Vanden Borre|Orange Belgium|Luminus".split("|"),
    "brand_energy": "Oxxio|Pure Energie|Engie|Innova Energie|Delta Energie|Clean Energy".split("|"),
    "brand_bank": "Knab|Triodos|Van Lanschot|Volksbank".split("|"),
    "hospital": "Jeroen Bosch Ziekenhuis|Albert Schweitzer ziekenhuis|Antoni van Leeuwenhoek|Maasstad Ziekenhuis|"
    "Sint Maartenskliniek|Reinier de Graaf|Spaarne Gasthuis|Franciscus Gasthuis|Máxima MC".split("|"),
    "shopping_street": (
        "Nieuwendijk|Ginnekenstraat|Marktstraat|Korte Putstraat|Diezerstraat|Steenstraat|Veldstraat|Schuttersstraat"
    ).split("|"),
    "street_place": (
        "Willem Ruysstraat|Burgemeester Reigerstraat|Koningin Julianaplein|Admiraal de Ruijterweg|"
        "Jan Pieterszoon Coenstraat|Mgr. Nolenslaan"
    ).split("|"),
    "square": "Vrijthof|Stationsplein|Plein 1944|Grote Kerkplein|Koopmansplein|Nieuwe Markt".split("|"),
    "city": "Paramaribo|Willemstad|Deventer|Helmond|Alkmaar|Gouda|Middelburg|Assen|Venray".split("|"),
    "station": (
        "Rotterdam Blaak|Den Haag HS|Eindhoven Strijp-S|Amersfoort Schothorst|Almere Poort|Breda-Prinsenbeek|"
        "Nijmegen Lent"
    ).split("|"),
    "courier": "PostNL|DHL|DPD|GLS|Budbee|Trunkrs".split("|"),
    "gym": "Basic-Fit|SportCity|Anytime Fitness|TrainMore|Fit For Free".split("|"),
    "housing": "Ymere|Portaal|Eigen Haard|Woonstad Rotterdam|Vidomes|Mitros".split("|"),
    "childcare": "Partou|Kinderdam|Dikkertje Dap|Kinderopvang Humanitas|Smallsteps".split("|"),
    "insurer": "Zilveren Kruis|Menzis|DSW|Ditzo|Zorg en Zekerheid|ONVZ".split("|"),
    "collector": "Intrum|Flanderijn|Cannock Chase|Vesting Finance|GGN".split("|"),
    "amount": "€ 49,49|€12,75|EUR 1.215,00|€ 0,89|€ 312,-|€7,45|€ 89|€ 2.340,18".split("|"),
    "amount_en": "£1,240.50|€ 845,00|£312.99|€2.100".split("|"),
    "qty": "3 dozen|2 stuks|12 flessen|6 pakken|4 rollen behang|25 kilo".split("|"),
    "qty_en": "3 boxes|2 chairs|12 bottles|a pair of trainers|four rolls of wallpaper".split("|"),
    "count": "2 3 4 5 6 8 10 12".split(),
    "days": "3 5 10 14 21 30".split(),
    "minutes": "15 20 35 45 50 70".split(),
    "date": "15 maart|1 april 2025|vrijdag 3 mei|30-06-2025|28 juni|12 oktober|2 januari 2026|14-02-2025".split("|"),
    "date_en": "15 March|1 April 2025|Friday 3 May|30/06/2025|30 June|October 12th".split("|"),
    "time": "14:30|9.15 uur|07:45|half drie|17.45|22:00|12 uur".split("|"),
    "chat_time": "09:14|13:02|21:47|07:58|16:31|11:09".split("|"),
    "date_num": "14-01-2025|03-03-2025|27-06-2025|2025-09-30|08/10/2025".split("|"),
    "stamp_en": "14/01/2025 09:12|Mon 3 Mar 2025 16:02|Friday, 27 June 2025 11:45|2025-09-30 08:57".split("|"),
    "time_from": "08:00|8.30 uur|09:00|10.00|13:00".split("|"),
    "time_to": "12:00|13.00 uur|17:00|17.30|20:00".split("|"),
    "country_en": "Poland|Romania|Syria|Eritrea|India|Ghana|Canada|Ireland|Bulgaria".split("|"),
    "time_en": "2.45pm|9am|08:15|quarter past four|midday|6pm".split("|"),
    "weekday": "maandag dinsdag woensdag donderdag vrijdag zaterdag".split(),
    "weekday_en": "Monday Tuesday Wednesday Thursday Friday Saturday".split(),
    "holiday": "Hemelvaart|Tweede Pinksterdag|de kerstdagen|Oudejaarsdag|Bevrijdingsdag".split("|"),
    "version": "v4.12.1|iOS 17.4|Android 14|versie 2.3.0|build 7781|5.0.2-beta".split("|"),
    "model": (
        "Galaxy A35|iPhone 13 mini|Fritz!Box 7690|Zyxel VMG8825-T50|Remeha Calenta Ace 28c|Nefit EcoComfort|"
        "Miele WWD 320|Sagemcom F@st 5359"
    ).split("|"),
    "errcode": "E-5512|F61|0x8007000E|ERR_SSL_PROTOCOL_ERROR|H8|EA-1011|code 403|E119".split("|"),
    "tracking": "3SABCD1234567|JVGL06123456789012|CD123456785NL|1Z999AA10123456784|TBA304958273000".split("|"),
    "order": "A-20394857|2025-118375|BOL-3948573|WK88310274".split("|"),
    "ticket": "INC0183746|SR-77123|T-2025-004418|CASE 55102".split("|"),
    "invoice": "F2025-00418|INV-77812|2025/0093|NR 40019823".split("|"),
    "fine_no": "NH-2025-44817|6620 1834 0019 2274|PB/118273".split("|"),
    "service_number": "0800-0235|0900 1234 567|088 - 180 5000|14 020|14 010|0800 022 33 44|088-6592600|"
    "0345 600 0000|0800 783 4321|078 15 15 15|1700".split("|"),
    "emergency": "112|0900-8844|113|0800-0113|116 000|999|911".split("|"),
    "zone": "1430|363|20100|5024".split("|"),
    "kwh": "04512 kWh|12.345 kWh|2.768 m³ gas|7.731 kWh (normaal)".split("|"),
    "meter": "E0031400012345619|G0048201593348011".split("|"),
    "km": "48.211 km|112.004 km|9.870 km".split("|"),
    "car": "Kia Niro|Volkswagen Polo|Tesla Model 3|Toyota Yaris Cross|Peugeot 208".split("|"),
    "expiry": "09/27|03/28|11/26|12/29".split("|"),
    "bic": "RABONL2U|INGBNL2A|KREDBEBB|BUNQNL2A".split("|"),
    "country": "Polen|Roemenië|Syrië|Eritrea|India|Ghana|Canada|Ierland".split("|"),
    "conf": "87 91 64 73 98".split(),
    "queue": "verhuizen|storing-internet|facturatie|opzeggen".split("|"),
    "sku": "8719327045512|SKU-44810|art. 502.331.86".split("|"),
    "shop": "Albert Heijn|Jumbo|Gamma|Praxis|Action|Hema".split("|"),
    "product": "tweepersoons dekbed|wasdroger|fietsslot|laadpaal|thermostaat|robotstofzuiger".split("|"),
    "product_en": "router|smart meter|washing machine|e-bike battery|mesh wifi kit".split("|"),
}
