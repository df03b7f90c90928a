"""The ordinary words every `test_v14` template draws (`CLEAN_FILLERS["test_v14"]`): banks, crypto exchanges,
garages and car models, airlines and flight numbers, ferries, campsites, holiday parks, wedding venues and
photographers, wholesalers and the small firms that buy from them, schools and universities, insurers and
physiotherapists, housing corporations, municipalities, tax advisers, pension funds, notaries, hearing-aid shops
and their models, opticians, mobility scooters, cleaners, chimney sweeps, pest control and locksmiths; towns in the
Netherlands (some also surnames: Hoogeveen, Best, Epe), Flanders, Scotland and Ireland; holidays; dates that are no
birth dates, times, amounts, and the numbers of an order, ticket, invoice, booking, deed, parcel or flight, or a
company's switchboard. Several firms carry a person's name (Hans Anders, Van Mossel, Louwman, Van Hoeckel): the
firm is not personal data. None of it is.

Written by someone who never saw the redaction rules; the values avoid the words the/I/is/my, by which the corpus
builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_CITIES = _bars(
    "Groningen|Leeuwarden|Drachten|Sneek|Emmen|Hoogeveen|Meppel|Tiel|Oss|Venlo|Roermond|Heerlen|Goes|Middelburg|"
    "Den Helder|Hoorn|Zaandam|Lelystad|Harderwijk|Ede|Veenendaal|Nieuwegein|Schiedam|Dordrecht|Roosendaal|Best|Epe|"
    "Winterswijk|Bergen op Zoom|Sint-Oedenrode"
)

CLEAN_FILLERS["test_v14"] = {
    "city": _CITIES,
    "city_up": [city.upper() for city in _CITIES],
    "city_be": _bars("Brugge|Roeselare|Ieper|Oostende|Lier|Geel|Mol|Sint-Niklaas|Dendermonde|Tienen|Tongeren"),
    "city_uk": _bars("Edinburgh|Glasgow|Belfast|Aberdeen|Dundee|Leeds|Manchester|Newcastle"),
    "bank": _bars("ING|Rabobank|ABN AMRO|SNS|ASN Bank|RegioBank|Triodos|Knab|bunq"),
    "exchange": _bars("Bitvavo|Coinbase|Kraken|Bitstamp|Finst|Coinmerce|Bybit"),
    "garage": _bars(
        "Autobedrijf Van Mossel|Louwman|Kwik-Fit|Euromaster|Profile Tyrecenter|Garage Kerkhof|Autoservice Noord|"
        "Vakgarage De Brink|Bandenservice Zuid"
    ),
    "car": _bars(
        "Toyota Yaris|Kia Niro|Volkswagen Polo|Opel Corsa|Skoda Octavia|Peugeot 208|Renault Clio|Tesla Model 3|"
        "Fiat Panda|Dacia Sandero|Volvo V60"
    ),
    "airline": _bars("KLM|Transavia|Corendon|Pegasus|SunExpress|Turkish Airlines|Ryanair|Wizz Air|Aer Lingus|TUI"),
    "flight": _bars("KL1007|HV6421|XR7815|PC1252|XQ913|TK1952|FR3121|W6 2404|EI611|OR1573|KL 1783"),
    "island": _bars("Terschelling|Vlieland|Ameland|Schiermonnikoog|Texel"),
    "ferry": _bars("Doeksen|Wagenborg|TESO|Stena Line|P&O Ferries|DFDS|Rederij Doeksen"),
    "camping": _bars(
        "Camping De Kleine Wielen|Camping 't Loo|Camping Zeeburg|Minicamping De Hooiberg|Camping De Lakens|"
        "Natuurkampeerterrein Het Wildryck"
    ),
    "park": _bars(
        "Center Parcs De Eemhof|Landal Het Land van Bartje|Roompot Ouddorp Duin|Landal Hoog Vaals|"
        "EuroParcs Poort van Zeeland|Center Parcs Het Meerdal"
    ),
    "venue": _bars(
        "Kasteel De Haar|Landgoed Groot Warnsborn|Fort Resort Beemster|De Orangerie|Buitenplaats Vreedenhoff|"
        "Theehuis Rhederoord"
    ),
    "venue_domain": _bars("grootwarnsborn.nl|fortresortbeemster.nl|orangerie-events.nl|vreedenhoff.nl"),
    "photographer": _bars(
        "Fotostudio Lichtval|Studio Zilverzand|Mooi Vastgelegd|De Wolkenfabriek Fotografie|Beeldverhaal Fotografie"
    ),
    "shop_b2b": _bars(
        "Bakkerij Hoogland|Tuincentrum De Linde|Café De Roode|Horecaservice Oost|Slagerij De Koe|Groentehal West|"
        "Fietsenmakerij Spaak"
    ),
    "wholesaler": _bars("Sligro|Hanos|Makro|Bidfood|De Kweker|Van Hoeckel|Bouwcenter"),
    "school": _bars(
        "basisschool De Regenboog|OBS De Klimop|CBS De Fontein|IKC Het Kompas|Het Stedelijk Lyceum|Dalton Lyceum"
    ),
    "uni": _bars(
        "Rijksuniversiteit Groningen|Universiteit Utrecht|TU Delft|Radboud Universiteit|Hanzehogeschool|Fontys|"
        "Erasmus Universiteit"
    ),
    "insurer": _bars("Zilveren Kruis|Menzis|CZ|VGZ|ONVZ|Univé|a.s.r.|DSW|Salland"),
    "physio": _bars("Fysiotherapie De Hoven|SportMáx Fysio|Fysio Noord|Sportfysio Lelystad|PlusFysio"),
    "housing": _bars("Woonstad Rotterdam|Lefier|Ymere|Portaal|Mitros|Talis|Wonion|Domesta"),
    "gemeente": _bars(
        "gemeente Groningen|gemeente Tilburg|gemeente Emmen|gemeente Zaanstad|gemeente Heerlen|gemeente Súdwest-Fryslân"
    ),
    "taxadviser": _bars(
        "Administratiekantoor De Balans|Fiscaal Bureau Dekker & Zn.|Belastingwinkel Oost|Van Houten Accountants"
    ),
    "pension": _bars("ABP|PFZW|PMT|PME|bpfBOUW|Pensioenfonds Detailhandel|BPL Pensioen"),
    "notary": _bars(
        "Notariskantoor Hofstede & Partners|Notarissen aan de Maas|Notariaat Westerkwartier|Notariskantoor De Brink"
    ),
    "hearing_shop": _bars("Schoonenberg|Beter Horen|Hans Anders|Specsavers|Amplifon|Van Boxtel Hoorwinkels"),
    "hearing_model": _bars(
        "Phonak Audéo Lumity L90|Signia Pure Charge&Go 7AX|Oticon Intent 1|ReSound Nexia 9|Widex Moment Sheer 440"
    ),
    "optician": _bars("Pearle|Hans Anders|Eyewish|Specsavers|Ace & Tate|Brilmij|Van der Linde Optiek"),
    "frames": _bars("Ray-Ban RB5154|Lindberg 9704|Tom Ford FT5401|Ace & Tate Otis|Oakley Holbrook OO9102"),
    "scooter": _bars("Vermeiren Carpo 4|Invacare Comet Pro|Sterling Sapphire 2|Life & Mobility Vita X|Drive ST4D Plus"),
    "cleaner": _bars("Schoonmaakbedrijf Blinkend|Glazenwasserij Helder Zicht|CSU|Asito|Hago|Schoonmaakdienst Stofvrij"),
    "sweep": _bars("Schoorsteenvegerij De Rookpluim|Kanaalveger Noord|Schoorsteentechniek Zuid"),
    "pest": _bars("Anticimex|Rentokil|Ongediertebestrijding Mus & Muis|Plaagdierbeheer Oost"),
    "locksmith": _bars("Sleutelspecialist 24/7|Slotenmaker Direct|Sleutelkluis Noord|Slotenservice Nachtwacht"),
    "order": _bars("order 2025-88412|bestelling 5503127|inkooporder PO-44871|ordernr. 8812-20|order #30917"),
    "order_en": _bars("order 2025-88412|PO-44871|order #30917|purchase order 5503127"),
    "ticket": _bars("ticket #48821|melding 2025-00731|zaak Z-11842|case 77-3391|ticket 9914-B"),
    "invoice": _bars("factuur 2025-0917|factuurnr. 441208|nota F-88213|factuur 30012-7"),
    "booking": _bars("boeking DX7K2P|reservering 88231|boekingsnummer 4471-AR|PNR Q8ZK4L|boeking 2025/1168"),
    "booking_en": _bars("booking DX7K2P|reference 88231|booking ref 4471-AR|PNR Q8ZK4L"),
    "case": _bars("dossier 2024.0381|dossiernr. N-2025-114|zaak 25/0442|dossier 17.2203"),
    "tracking": _bars("3SDEVC4812376|JVGL06244381726153|CZ482019388NL|3STBZQ0091842"),
    "company_phone": _bars("088 990 1000|0900-0024|020 299 6000|050 599 3333|0800-4455|085 888 0808"),
    "amount": _bars("€ 38,50|€ 249|€ 1.175,00|€ 12,95|€ 600|€ 84,10|€ 3.450,-|€ 7,50"),
    "amount_en": _bars("€38.50|€249|€1,175|€12.95|£600|€84.10"),
    "date": _bars("14 maart|maandag 3 februari|21-06-2025|1 september|zaterdag 12 juli|eind oktober|2 januari 2026"),
    "date_en": _bars("14 March|Monday 3 February|21/06/2025|1 September|Saturday 12 July|2 January 2026"),
    "time": _bars("7.45 uur|13.05 uur|half negen|kwart over drie|10.20 uur|11:40|16:15"),
    "time_en": _bars("7.45am|1.05pm|half eight|4.15pm|10:20"),
    "time_night": _bars("02:40|03.15 uur|kwart voor een|half vier 's nachts|23.50 uur|00:20"),
    "time_night_en": _bars("2:40am|3.15am|quarter to one|11.50pm|00:20"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "holiday": _bars(
        "Koningsdag|Pinksteren|Hemelvaartsdag|Suikerfeest|Keti Koti|Sint-Maarten|Sinterklaas|Offerfeest|"
        "Oud en Nieuw|Pasen"
    ),
    "count": _bars("2|3|4|6|9|12"),
}
