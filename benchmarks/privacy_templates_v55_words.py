"""The ordinary words the `test_v55` templates draw (`CLEAN_FILLERS["test_v55"]`): shops and marketplaces,
airlines, hotels and parks, lease firms, telecom, banks, collectors and lotteries, place names, reference
numbers that name no person, amounts, dates and times. None of it is personal data."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _split(text: str, sep: str = ",") -> list[str]:
    return [part.strip() for part in text.split(sep) if part.strip()]


CLEAN_FILLERS["test_v55"] = {
    "city": _split(
        "Goes, Vlissingen, Middelburg, Zierikzee, Terneuzen, Leeuwarden, Sneek, Drachten, Heerlen, Kerkrade, "
        "Tilburg, Amsterdam-Noord, Gent, Antwerpen, Hasselt, Luik, Namen, Charleroi, Luxemburg, Esch-sur-Alzette, "
        "Rotterdam, Zwolle, Emmen, Venlo, Den Helder"
    ),
    "shop": _split(
        "Bol, Coolblue, Zalando, Wehkamp, Marktplaats, Vinted, Temu, AliExpress, Fonq, Blokker, MediaMarkt, "
        "Decathlon, Kruidvat, Otto, Amazon.nl"
    ),
    "airline": _split(
        "KLM, Transavia, TUI fly, Brussels Airlines, Corendon, easyJet, Luxair, Ryanair, Turkish Airlines"
    ),
    "flight": _split("KL1274, HV6021, OR3345, SN2905, LG4592, U27884, FR1312, TK1958, KL0605, HV5117"),
    "hotel": _split(
        "Hotel Zeeduin, Van der Valk Middelburg, Hotel De Wittebrug, Ibis Gent Centrum, Hotel Le Royal, "
        "Fletcher Hotel Sneek, NH Maastricht"
    ),
    "park": _split(
        "Center Parcs De Eemhof, Landal Ouddorp Duin, Roompot Noordzee Résidence Cadzand-Bad, EuroParcs "
        "Zuiderzee, Dormio Resort Maastricht, Molecaten Park Kuierpad"
    ),
    "lease": _split("LeasePlan, Athlon, Ayvens, Sixt, Hertz, Europcar, SnappCar, MyWheels, Greenwheels"),
    "telco": _split("Odido, KPN, Vodafone, Simyo, Lebara, Ben, Youfone, Proximus, Telenet, Orange Belgium"),
    "bank": _split("ING, Rabobank, ABN AMRO, SNS, ASN Bank, bunq, Triodos, KBC, Belfius, BGL BNP Paribas"),
    "collector": _split(
        "Intrum, Flanderijn, GGN, Vesting Finance, Lavg, Hoist Finance, Riverty, Cannock Connect, EOS Nederland"
    ),
    "charity": _split(
        "Postcode Loterij, VriendenLoterij, Staatsloterij, KWF, Hartstichting, Rode Kruis, Artsen zonder Grenzen, "
        "Wakker Dier, Giro555, Natuurmonumenten"
    ),
    "supplier": _split("Vattenfall, Eneco, Essent, Greenchoice, Budget Energie, Vandebron, Frank Energie, Engie"),
    "product": _split(
        "AirPods Pro 2, Galaxy A55, iPhone 15, Dyson V15, Philips Airfryer XXL, Nespresso Vertuo, Sonos Era 100, "
        "Garmin Forerunner 265, Lego 42143, Samsonite Proxis 75 cm, Gazelle Ultimate C380, Tado V3+, eSIM"
    ),
    "order": _split("BOL-4477120983, ZL-39201187, 1283-4471-002, 402-8837219-1174410, WK20240932, CB-778201"),
    "ticket": _split("#88213, INC0049182, TKT-55720, 2024-11-00871, SR-771203, CASE 40391"),
    "pir": _split("AMSKL48211, BRUSN12093, EINHV30117, RTMHV00821, LUXLG44190"),
    "booking": _split("X7KQ2M, PNR 4HTR9Z, MGL8WQ, 9ZB3TY, boeking 5501882"),
    "amount": _split("€ 12,95; €49,99; 129 euro; EUR 312,40; € 1.250,00; 7,50 euro; €0,99; € 2.480,-; 45 EUR", ";"),
    "date": _split(
        "3 maart, 14-02-2025, 1 april, 28/11, maandag 6 januari, 21 juni 2025, 2025-03-17, 30 september, "
        "12 december, 9 mei"
    ),
    "time": _split("08:30, 9.15 uur, 12:04, 14u30, 16:45, 17.00, 20:12, 23:58, 10h20"),
    "weekday": _split("maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag, zondag"),
    "count": _split("2, 3, 5, 7, 10, 14, 30"),
    "company_phone": _split(
        "088 123 5000, 0900-0500, 020 649 4111, 0800-0402, 0900 8844, +32 78 15 15 15, 088-2030100, 14 020"
    ),
    "mailbox": _split(
        "klantenservice@shop-noord.nl, retouren@webwinkel.nl, fraude@bank.example, info@vakantiepark.nl, "
        "schade@autolease.nl, privacy@telecom.be, noreply@airline.com, support@marktplaats.example"
    ),
    "reading": _split("04512; 12.874; 3471,2; 0008823; 19 003", ";"),
    "code": _split("RMA-22871, SIM-PUK 88, 4G-XL, SKU 8710103987721, EAN 8718692211904, ref. 77-A, art. 40.220.11"),
}
