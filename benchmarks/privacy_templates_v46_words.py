"""Ordinary words of test_v46 (never labelled), registered in the shared `CLEAN_FILLERS`: firms, products, places,
codes, dates that are not birth dates, times, amounts and organisations' phone numbers and mailboxes."""

from __future__ import annotations

import re

from benchmarks.privacy_templates import CLEAN_FILLERS


def _split(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"\s+/\s+", text) if part.strip()]


CLEAN_FILLERS["test_v46"] = {
    "city": _split(
        "Zaandam / Winterswijk / Doetinchem / Groenlo / Wormerveer / Krommenie / Eibergen / Nijmegen / Maastricht / "
        "Tilburg / Enschede / Wageningen / Delft / Den Haag / Aalten / Assendelft"
    ),
    "city_be": _split("Gent / Brugge / Kortrijk / Ieper / Roeselare / Oostende / Waregem / Sint-Amandsberg"),
    "city_abroad": _split(
        "Málaga / Valencia / Bologna / Napels / Seoul / Busan / Kyiv / Lviv / Houston / Nador / Al Hoceima / Rize / "
        "Trabzon / Caïro / Addis Abeba / Lahore / Paramaribo"
    ),
    "country": _split(
        "Spanje / Italië / Oekraïne / Marokko / Turkije / Egypte / Ethiopië / Zuid-Korea / de Verenigde Staten / "
        "Pakistan / Suriname / België"
    ),
    "country_en": _split(
        "Spain / Italy / Ukraine / Morocco / Turkey / Egypt / Ethiopia / South Korea / Texas / Pakistan"
    ),
    "energy": _split(
        "Frank Energie / Zonneplan / Tibber / Pure Energie / Vandebron / Energiedirect / Oxxio / ANWB Energie / "
        "Coolblue Energie"
    ),
    "energy_be": _split("Engie / Luminus / Mega / Bolt / TotalEnergies / Ecopower"),
    "meter": _split("Kaifa MA105 / Landis+Gyr E350 / Iskra AM550 / Sagemcom T210-D / Kamstrup Omnipower"),
    "code": _split("E-07 / ERR 41 / P1-04 / 3F / E135 / F-22"),
    "reading": _split("3.412 kWh / 1.208 kWh / 640 m³ / 12.480 kWh / 2.105 kWh / 987 m³"),
    "tariff": _split("€ 0,27 per kWh / € 1,38 per m³ / 24,9 cent per kWh / €0,31/kWh / € 7,85 per maand"),
    "product": _split("Vast 3 jaar Groen / Dynamisch Stroom / Zonnepanelen Huur / Sim Only 20GB / Unlimited 5G"),
    "telecom": _split("Odido / Ben / Simyo / Lebara / Youfone / Proximus / Telenet / Orange Belgium"),
    "shop": _split("Belsimpel / Phone House / Coolblue / MediaMarkt / Gsmwinkel.be / Primera / Bruna / Action"),
    "device": _split(
        "iPhone 15 Pro 256GB / Galaxy S24 FE / Pixel 8a / Fairphone 5 / Galaxy A55 / Redmi Note 13 / OnePlus 12R / "
        "iPhone 13 mini"
    ),
    "market": _split("Marktplaats / Vinted / 2dehands / Catawiki / Facebook Marketplace"),
    "item": _split(
        "Joolz Day+ kinderwagen / Stokke Tripp Trapp / Kallax-kast / Patagonia-fleece / Nike Air Max 90 / "
        "Lego Technic 42115 / Dyson V11 / PlayStation 5 Slim / Cortina moederfiets"
    ),
    "order": _split("MP-7751029 / m2118304729 / V-2025-448120 / ORD 55-10992 / 4800912377 / BOL-338120451"),
    "park": _split(
        "Center Parcs De Eemhof / Landal Coldenhove / Roompot Vakantiepark Cadzand / EuroParcs De Zanding / "
        "Landal Het Vennenbos / Dormio Resort Maastricht / Sunparks Oostduinkerke / Molecaten Park Flevostrand"
    ),
    "accommodation": _split("chalet / vakantiehuis / appartement / huisje / Comfort Cottage / boomhuis"),
    "hotel": _split(
        "Van der Valk Hotel Schiphol / Hotel Jakarta Amsterdam / Fletcher Hotel Zeeduin / Postillion Hotel Deventer / "
        "Ibis Budget Gent Centrum / Hotel Sint-Jacobs Brugge / NH Collection Grand Krasnapolsky"
    ),
    "insurer": _split("Allianz Travel / ANWB / Centraal Beheer / Europ Assistance / Reaal"),
    "rental": _split("Sixt / Hertz / Europcar / Avis / Enterprise / Goldcar / Budget / Alamo"),
    "airport": _split(
        "Schiphol / Eindhoven Airport / Brussels Airport / Charleroi / Málaga-Costa del Sol / Sabiha Gökçen / "
        "Bologna Marconi / Groningen Airport Eelde / Houston Bush Intercontinental"
    ),
    "car": _split(
        "Peugeot 208 / Toyota Yaris Cross / VW Polo / Kia Picanto / Skoda Octavia Combi / Fiat 500 / Renault Clio"
    ),
    "flight": _split("KL 1695 / HV 5133 / FR 3012 / TK 1952 / ET 721 / KE 926 / MS 758 / PK 7620"),
    "embassy": _split(
        "Ambassade van Ethiopië / Marokkaans consulaat-generaal / Oekraïense ambassade / Ambassade van de Republiek "
        "Korea / Amerikaanse ambassade / Italiaans consulaat / Spaanse ambassade / Egyptische ambassade"
    ),
    "visa": _split("VFS Global Den Haag / TLScontact / BLS International / IND Zwolle"),
    "school": _split(
        "Volksuniversiteit Zaanstad / Berlitz Rotterdam / Direct Dutch Institute / Taalcentrum-VU / "
        "Alliance Française Den Haag / Società Dante Alighieri / Instituut Regina Coeli / Koreaans Cultureel Centrum"
    ),
    "course": _split(
        "NT2 B1 intensief / Spaans A2 / Italiaans voor beginners / Koreaans 1 / Inburgering A2 / Engels C1 / "
        "Oekraïens voor hulpverleners"
    ),
    "language": _split("Nederlands / Spaans / Koreaans / Arabisch / Oekraïens / Turks / Italiaans"),
    "language_en": _split("Dutch / Spanish / Korean / Arabic / Ukrainian / Turkish / Italian"),
    "kraam": _split(
        "Kraamzorg De Waarden / Kraamzorg Het Groene Kruis / Kraamzorg Naar Huis / Kraam Thuis Achterhoek / "
        "Kraamzorg Zaanstreek-Waterland"
    ),
    "hospital": _split(
        "Máxima MC / Slingeland Ziekenhuis / Zaans Medisch Centrum / Wilhelmina Ziekenhuis Assen / "
        "AZ Sint-Jan Brugge / UZ Gent / Sophia Kinderziekenhuis / Amalia kinderziekenhuis"
    ),
    "housing": _split("DUWO / SSH Utrecht / Xior / Idealis / Stadswonen Rotterdam / Lieven de Key / De Key / Kences"),
    "university": _split(
        "Wageningen University / Universiteit Gent / TU Delft / Radboud Universiteit / Erasmus Universiteit / "
        "Vrije Universiteit"
    ),
    "landmark": _split(
        "Van Gogh Museum / Anne Frank Huis / Johan Cruijff ArenA / Rembrandtplein / Erasmus MC / "
        "Prinses Máxima Centrum / Willem-Alexander Kinderziekenhuis / Sint-Pietersstation / Sint-Baafskathedraal / "
        "Koning Boudewijnstadion / Abe Lenstra Stadion / Philips Stadion"
    ),
    "ticket": _split("TCK-448201 / #20931 / INC-2025-07741 / ZD 338812 / CS-90412"),
    "queue": _split("Energie-2 / Trade-in / Marktplaats-Geschillen / Reserveringen / Verhuur NL / Visa-Service"),
    "channel": _split("chat / webformulier / e-mail / telefoon / WhatsApp / app"),
    "subject": _split("Teruglevering / Borg retour / Inruil / Geschil / Visumafspraak / Kraampakket"),
    "amount": _split("€ 84,50 / EUR 1.250,00 / € 129 / 45 euro / € 19,99 / €250,- / $ 75 / € 3,95 / € 412,06"),
    "date": _split(
        "1 april 2026 / 2026-03-01 / 15 mei / 30 juni 2025 / 01-07-2025 / 31/12 / 29 augustus / maandag 6 oktober"
    ),
    "time": _split("09:30 / 14.15 uur / 17:45 / 08:00 / 22:10 / 11.00 uur / 19u30"),
    "time_en": _split("9:30 am / 2:15 pm / 17:45 / 08:00 / 10 p.m. / 11 o'clock / 7:30 pm"),
    "date_en": _split("1 April 2026 / 2026-03-01 / May 15 / 30 June 2025 / 01/07/2025 / 31 August / Monday 6 October"),
    "month_en": _split("January / March / May / July / September / November"),
    "weekday": _split("maandag / dinsdag / woensdag / donderdag / vrijdag / zaterdag"),
    "weekday_en": _split("Monday / Tuesday / Wednesday / Thursday / Friday / Saturday"),
    "month": _split("januari / maart / mei / juli / september / november"),
    "year": _split("2024 / 2025 / 2026 / 2027"),
    "org_phone": _split(
        "0900-1533 / 088 - 747 66 00 / 0800 022 88 99 / 078 35 33 33 / 14 075 / +31 20 794 0000 / 0900-0211"
    ),
    "org_mail": _split(
        "klantenservice@frankenergie.nl / reserveringen@landal.nl / info@duwo.nl / visa@vfsglobal.com / "
        "inschrijving@volksuniversiteit.nl / planning@kraamzorgdewaarden.nl / service@belsimpel.nl"
    ),
    "expiry": _split("09/27 / 12/26 / 04/29 / 11/28"),
    "count": _split("2 / 3 / 5 / 10 / 14 / 21"),
    "nights": _split("2 / 3 / 4 / 7 / 10"),
    "percent": _split("5% / 3,5% / 7 procent / 10%"),
    "timestamp": _split("2025-03-14 09:12:44 / 2025-11-02T16:40:09Z / 14-03-2025 18:02 / [2025-06-30 23:59:01]"),
}
