"""Ordinary (never labelled) words of test_v48, registered in the shared `CLEAN_FILLERS`: organisations, places,
products, non-birth dates, times, amounts, reference numbers that belong to a case rather than a person, public
phone numbers and role mailboxes of organisations, and the bank accounts of a municipality and a water board."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _list(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]


CLEAN_FILLERS["test_v48"] = {
    "waterboard": _list(
        "Waterschap Noorderzijlvest | Waterschap Hunze en Aa's | Waterschap Aa en Maas | Waterschap Brabantse Delta | "
        "Waterschap Vechtstromen | Waterschap Drents Overijsselse Delta | Hoogheemraadschap van Rijnland | "
        "Waterschap De Dommel"
    ),
    "taxoffice": _list(
        "Noordelijk Belastingkantoor | BSGW | GBLT | Belastingsamenwerking West-Brabant | Hefpunt | Tribuut | "
        "Belastingsamenwerking Oost-Brabant"
    ),
    "waterco": _list("Waterbedrijf Groningen | WMD Drinkwater | Brabant Water | Vitens | Evides | Dunea | WML | Oasen"),
    "parking": _list("EasyPark | Yellowbrick | ParkMobile | Q-Park | Interparking | SHPV | Parkeerservice"),
    "toll": _list(
        "Dart Charge | ASFINAG | Péage APRR | Sanef | Westerscheldetunnel | Liefkenshoektunnel | Brennerautobahn | "
        "Øresundsbron | Toll Collect | Vignette Suisse | Emovis"
    ),
    "lease": _list(
        "Ayvens | Athlon | Arval | Alphabet | Hiltermann Lease | Terberg Business Lease | Justlease | DirectLease"
    ),
    "fleetcard": _list("Travelcard | DKV Card | Shell Card | BP Plus | Multi Tank Card | TotalEnergies Fleet"),
    "roadside": _list(
        "ANWB Wegenwacht | Route Mobiel | Allianz Assistance | ADAC | Touring | VAB | Eurocross | Wegenwacht Europa"
    ),
    "marina": _list(
        "Jachthaven De Kaag | Marina Muiderzand | Jachthaven Oostvoorne | Marina Port Zélande | "
        "Winterstalling 't Loo | Jachthaven Zuidlaardermeer | Botenstalling De Vennen | Caravanstalling Hooghalen | "
        "Watersportcentrum Tijnje"
    ),
    "camping": _list(
        "ACSI | NKC | KCK | Stichting Vrije Recreatie | Camping De Kleine Wolf | Vakantiepark De Twee Bruggen | "
        "Minicamping Boer Bertus | Camping Hunzedal"
    ),
    "funeral": _list(
        "DELA | Yarden | Monuta | Ardanta | Uitvaartverzorging Van der Meer & Zn. | Uitvaartcentrum Ommelanden | "
        "Crematorium Groningen | Begraafplaats Selwerderhof | Uitvaartvereniging De Laatste Eer"
    ),
    "notary": _list(
        "Notariskantoor Hoogland & Ten Cate | Notarissen aan de Dommel | Notariaat Zuiderpoort | "
        "Kroes & Dijkema Notarissen | Notariskantoor De Brink | KNB"
    ),
    "dating": _list("Lexa | Parship | Relatieplanet | e-Matching | 50plusmatch | Bumble | Hinge | Badoo | Tinder Gold"),
    "collector": _list(
        "Intrum | Lowell | GGN | Flanderijn | Cannock | Vesting Finance | CJIB | Syncasso | "
        "Gerechtsdeurwaarders Van Hemert & Bakhuis | LBIO"
    ),
    "debthelp": _list(
        "SchuldHulpMaatje | Geldfit | Nibud | Stadsbank Oost Nederland | Kredietbank Nederland | Humanitas | "
        "Sociaal Raadslieden | Kredietbank Groningen"
    ),
    "city": _list(
        "Groningen | Assen | Emmen | Hoogeveen | Veendam | Stadskanaal | Winschoten | Delfzijl | Eindhoven | "
        "Tilburg | 's-Hertogenbosch | Den Bosch | Helmond | Oss | Breda | Roosendaal | Antwerpen | Gent | Hasselt | "
        "Nordhorn | Gronau | Emmerich | Hoogezand | Zuidlaren"
    ),
    "abroad": _list(
        "Dover | Calais | Lyon | Innsbruck | de Brenner | Salzburg | Chamonix | Dartford | Clermont-Ferrand | "
        "Bolzano | Luxemburg | Reims"
    ),
    "place": _list(
        "Martiniplaza | P+R Haren | Philips Stadion | Johan Cruijff ArenA | Wilhelminaplein | Prinses Máxima Centrum | "
        "Sint-Janskathedraal | Van der Valk Hotel Assen | Emmaplein | Grote Markt | Vismarkt | Stationsplein | "
        "Zernike Campus | Jan Pieter Heijestraat"
    ),
    "car": _list(
        "Volvo XC40 Recharge | Skoda Enyaq | Peugeot e-208 | Kia Niro EV | Toyota Corolla Touring | Tesla Model 3 | "
        "Renault Megane E-Tech | Hyundai Ioniq 5 | Opel Corsa-e"
    ),
    "vessel": _list(
        "Hobby De Luxe 495 | Knaus Sport 500 | Adria Altea | Bavaria 34 Cruiser | Quicksilver 605 | "
        "Fiat Ducato camper | Linssen Grand Sturdy | Polyvalk | Kip Regatta 560"
    ),
    "sticker": _list(
        "10-dagenvignet | jaarvignet 2026 | Crit'Air 1 | Umweltplakette | GO-Box | e-Vignette | Télépéage-badge"
    ),
    "date": _list(
        "28 februari 2026 | 1 april | 15-03-2026 | 30 juni 2025 | 2026-01-31 | 31/12/2025 | 14 May 2026 | "
        "2 januari | 1 oktober 2025 | 12-11-2025"
    ),
    "time": _list("07:45 | 9.30 uur | 13:12 | 16:58 | 22:40 | 08.05 | 11:20 | 17.15 uur"),
    "stamp": _list(
        "2026-02-03 09:14:27 | 2026-02-03T16:02:11Z | 03-02-2026 10:41 | 2025-12-19 08:00:03 | 2026-01-07 13:55:40"
    ),
    "weekday": _list("maandag | dinsdag | woensdag | donderdag | vrijdag | zaterdag | Monday | Thursday"),
    "month": _list("januari | maart | mei | juli | september | november | March | October"),
    "year": _list("2024 | 2025 | 2026"),
    "amount": _list(
        "€ 438,12 | € 97,56 | 312 euro | €1.845,00 | £12.50 | CHF 40 | € 96,40 | €11,90 | € 2.750 | 64 euro | € 5,-"
    ),
    "count": _list("2 | 3 | 4 | 6 | 10 | 12 | twee | drie | vier | zes"),
    "assessment": _list("2026.0041.8873 | 1234567.26 | 8801-2026-01 | AJ2026/118402 | 4410028731"),
    "fine": _list("NHA 2025-118832 | 6401 2287 1145 0093 | 81-2026-004417 | PCN DC44718820 | NHA/0098132"),
    "invoice": _list("F2025-004412 | factuur 7741203 | INV-26-00318 | 20260214-07 | nota 55-1102"),
    "ticket": _list("#WM-33817 | SR-2026-0192 | case 55102 | INC-8842 | MLD 2026-771 | ZK/48810"),
    "meter": _list("18M123456 | 14-M-208833 | meter 0471-22 | WM 2019 884412 | 22MX00471"),
    "reading": _list("1234 m³ | 00482 | 482,311 m³ | 96 m³ | 2.118 kuub | 71,4 m3"),
    "berth": _list("steiger C, box 14 | ligplaats B-27 | stallingsplek 112 | box 3 | plaats 48 | vak K9"),
    "agent": _list("agt_0412 | usr7781 | WB-KCC-09 | kcc.t3.12 | svc_import | BATCH01 | team-noord-4"),
    "company_phone": _list(
        "+31 70 314 14 14 | 088 - 269 88 88 | 14 050 | 0900 - 8844 | 0800 - 0359 | 050 - 368 86 88 | 14 073 | "
        "+44 300 300 0120 | 088 000 1234"
    ),
    "mailbox": _list(
        "klantcontact@waterbedrijfgroningen.nl | bezwaar@nbkbelastingen.nl | parkeren@groningen.nl | "
        "schadeclaims@ayvens.nl | ledenservice@nkc.nl | nabestaanden@yarden.nl | info@kroesdijkema.nl | "
        "noreply@lexa.nl | betalingsregeling@ggn.nl | wegenwacht@anwb.nl"
    ),
    "org_iban": _list("NL71 BNGH 0285 1704 43 | NL90 NWAB 0636 7550 92 | NL06INGB0000048412"),
    "kvk": _list("KvK 01087654 | KvK-nummer 17065432 | KvK 02045311"),
    "pay": _list("iDEAL | automatische incasso | acceptgiro | Wero | Bancontact | PayPal | Payconiq"),
}
