"""The ordinary words the `test_v37` templates draw (registers `CLEAN_FILLERS["test_v37"]`): employers, movers,
ferries and ships named after people, garden-centre products, dental practices, municipal buildings, order,
invoice, ticket and tracking numbers, amounts, non-birth dates and company phones and mailboxes. None of these
is personal data. Written without seeing the redaction rules."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]


CLEAN_FILLERS["test_v37"] = {
    "employer": _split(
        "Bakkerij Van der Zee B.V.|Hoekstra Installatietechniek|Albert Heijn|Philips|Wagenborg Passagiersdiensten|"
        "Jan Snel Bouw|Friesland Campina|Heerema Fabrication|Van Oord|Dr. Leo Kannerhuis|Gemeente Leeuwarden|"
        "Sanquin|Zuyderland MC|Vanderlande|Jumbo Supermarkten|Heijmans|Tata Steel|Thales Nederland"
    ),
    "mover": _split(
        "Verhuisbedrijf Gebr. Dijkstra|Piet Zoomers Verhuizingen|Van der Laan Movers|Verhuizingen Jan de Wit|"
        "Verhuisservice Sjoerd Bouma & Zn|Ladderlift Hendriks"
    ),
    "ferry": _split("Rederij Doeksen|Wagenborg|TESO|Rederij Eilandlijn Sikkema|Veerdienst Johanna|Pont Marie-Louise"),
    "ship": _split(
        "MS Friesland|MS Willem Barentsz|MS Koningin Beatrix|MS Sier|MS Monnik|MS Johannes Postma|Dokter Wagemaker|"
        "MS Oerd|MS Schiermonnikoog"
    ),
    "island": _split("Terschelling|Vlieland|Ameland|Schiermonnikoog|Texel|Harlingen|Holwerd|Lauwersoog"),
    "town": _split(
        "Leeuwarden|Sneek|Heerenveen|Drachten|Maastricht|Heerlen|Sittard|Venlo|Kerkrade|Valkenburg|Hasselt|"
        "Emden|Tilburg|Eindhoven|Zwolle|Groningen|Franeker|Dokkum|Bolsward"
    ),
    "shop": _split(
        "Tuincentrum Bert Hoekstra|Intratuin|Groencentrum Jan Wiersma|Life & Garden Vossen|Boomkwekerij Op den Camp|"
        "GroenRijk Tilburg|Tuinwereld De Jong"
    ),
    "plant": _split(
        "Japanse esdoorn|olijfboom|lavendel 'Hidcote'|rozenstruik 'Queen Elizabeth'|hortensia 'Annabelle'|"
        "buxusbollen|clematis 'Jackmanii'|20 zakken potgrond|tuinset 'Bergen'|vlonderplanken|kamerplant Monstera"
    ),
    "practice": _split(
        "Tandartspraktijk De Molen|Mondzorg Dokter Jansen|Tandheelkundig Centrum Sint Jozef|Orthodontie Noord|"
        "Tandartsenpraktijk Wetzels & Partners|Dental Clinic Maastricht"
    ),
    "insurer": _split("DentaZorg|Zilveren Kruis|CZ|VGZ|Menzis|De Friesland|ONVZ|TandVerzekerd"),
    "building": _split(
        "Stadskantoor|Milieustraat Zuid|Afvalbrengstation Hemrik|Pieter Stuyvesant-gebouw|Kantoor Wilhelminaplein|"
        "Gemeentewerf De Hemrik|Johan Cruijff ArenA|Sint Servaasbasiliek|Willem Lodewijk-gebouw"
    ),
    "container": _split(
        "grijze container|groene GFT-container|papiercontainer|PMD-zak|ondergrondse container|blauwe bak|textielbak"
    ),
    "order": _split("ORD-2025-118734|#482201|7719032|TC-448291|WEB00391827|ON-33190"),
    "invoice": _split("F2025-00812|2025-1183|INV-77120|2025/0447|FA-9981-B|20251127-03"),
    "ticket": _split("#88213|CAS-01932-Z8K1P9|2025-14432|1873321|SR-55102|INC0049921"),
    "tracking": _split("3SDOCK1283745|JVGL06193528001|CD2025NL889|TT-77219-NL|1Z999AA10123456784"),
    "quote": _split("O-2025-331|OFF-1192|44817|Q-55019"),
    "booking": _split("BK-228191|4471-TX|DX7QLP|88A-19|RES-2025-7781"),
    "amount": _split("€ 1.250,00|€ 89,95|EUR 412,50|€ 3,95|€ 245.000|€ 62.500 bruto|£ 45|€ 17,-|1.180 euro"),
    "date": _split(
        "1 december|14 maart|2025-12-03|maandag 8 december|vrijdag de 13e|03-01-2026|15 januari 2026|30 November"
    ),
    "time": _split("09:30|tussen 8 en 12 uur|14.15 uur|7:45|half drie|10.00-12.00|morning slot 8-12"),
    "weekday": _split("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|Monday|Friday"),
    "company_phone": _split(
        "0900-1234567|088 - 123 45 00|0800-0222|058 233 5000|14 058|+31 88 900 1200|0900 9292|043-350 6000"
    ),
    "mailbox": _split(
        "info@tuincentrum-hoekstra.nl|klantenservice@dentazorg.nl|afval@leeuwarden.nl|boekingen@eilandlijn.nl|"
        "planning@verhuisbedrijf-dijkstra.nl|noreply@typeform.com|hypotheken@adviesnoord.nl|support@ferryline.com"
    ),
    "kvk": _split("KvK 01012345|KvK-nr. 62239883|kvk 57421903|Chamber of Commerce 34120987"),
    "vat": _split("NL001234567B01|btw NL853746259B01|BTW-nr NL812345678B02"),
    "product": _split(
        "Dynamics 365|Typeform|Outlook|Viber|Trustpilot|Zapier|HubSpot|WhatsApp Business|ladderlift 'Böcker'|"
        "verhuisdoos XL|kledingbox"
    ),
    "event": _split("Oerol|Sneekweek|Pinkpop|Carnaval|Elfstedentocht|Koningsdag|Preuvenemint|Open Tuinendag|Keti Koti"),
    "count": _split("2|3|4|12|25|40|twee|drie|vijf|zes"),
}
