"""The ordinary words every `test_v12` template draws (`CLEAN_FILLERS["test_v12"]`): energy suppliers, water
companies, municipalities, libraries, swimming pools, clinics, pharmacies, home-care and taxi firms, furniture and
kitchen shops, repairers, insurers, airlines, hotels, festivals, clubs, temp agencies, towns in the Netherlands
and Flanders, dates that are no birth dates, times, amounts, meter readings, and the numbers of an order, ticket,
invoice, booking, case, permit zone or a company's switchboard. None of it is personal data.

Written by someone who never saw the redaction rules; the values avoid the words the/I/is/my, by which the corpus
builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v12"] = {
    "city": _bars("Amersfoort|Zwolle|Apeldoorn|Haarlem|Leiden|Deventer|Alkmaar|Hengelo|Gouda|Assen|Purmerend|Almere"),
    "city_be": _bars("Gent|Antwerpen|Leuven|Kortrijk|Hasselt|Mechelen|Brugge|Aalst|Genk|Turnhout"),
    "supplier": _bars("Vattenfall|Eneco|Essent|Greenchoice|Budget Energie|Vandebron|Engie|Luminus"),
    "water": _bars("Vitens|Evides|Brabant Water|Waternet|PWN|Dunea|Oasen|WML"),
    "gemeente": _bars("gemeente Zwolle|gemeente Amersfoort|gemeente Haarlem|gemeente Gouda|stad Gent|stad Leuven"),
    "shop": _bars(
        "Leen Bakker|Goossens Wonen|Swiss Sense|IKEA|Kwantum|Beter Bed|Mandemakers Keukens|Bruynzeel Keukens"
    ),
    "repairer": _bars("Miele Service|Witgoed Reparatie Oost|Bosch Huishoudservice|AEG Service|Reparatiecafé"),
    "insurer": _bars("Centraal Beheer|Interpolis|FBTO|Ditzo|Zilveren Kruis|VGZ|CZ|Menzis|DELA"),
    "airline": _bars("KLM|Transavia|Corendon|TUI fly|easyJet|Brussels Airlines"),
    "hotel": _bars("Van der Valk Hotel Gilze|Fletcher Hotel|Postillion Hotel|Bilderberg|NH Hotel"),
    "festival": _bars("Pinkpop|Lowlands|Zwarte Cross|Mysteryland|Rock Werchter|Paaspop"),
    "agency": _bars("Randstad|Tempo-Team|Olympia|Start People|Covebo|OTTO Workforce|Unique"),
    "taxi": _bars("Regiotaxi Utrecht|Valys|Taxi Centrale|Regiotaxi Twente|Wmo-vervoer"),
    "carehome": _bars("Buurtzorg|Thuiszorg West-Brabant|Zorggroep Oude en Nieuwe Land|Icare|Vivent"),
    "pharmacy": _bars("Apotheek De Linde|BENU Apotheek|Service Apotheek|Apotheek Het Anker"),
    "order": _bars("order 4410-8827|bestelling 91200457|ordernr. 5512873|bestelnummer W-339120|order #88210"),
    "ticket": _bars("ticket 552-019|zaak 2025-11873|melding 7740128|case 88-4412|storingsnummer ST-90213"),
    "invoice": _bars("factuur F2025-0481|factuurnummer 80012945|nota 2025/3318|factuur 700442198"),
    "booking": _bars("boeking HB-20931|reservering 7781|boekingsnummer TX-5501|rit 2025-0612-44"),
    "company_phone": _bars("088 555 1234|0900-1234|085 273 4400|020 799 9000|070 330 7000|0800-0230"),
    "zone": _bars("zone B|vergunningsgebied 3|zone Centrum-Oost|parkeerzone 12|gebied Noord"),
    "meter": _bars("04521|12.380|3287,4|00981|07734|18.604,2"),
    "date": _bars("3 maart|dinsdag 14 januari|22-04-2025|1 juni|vrijdag 10 oktober|eind november|7 juli 2025"),
    "date_en": _bars("3 March|Tuesday 14 January|22/04/2025|1 June|Friday 10 October|7 July 2025"),
    "time": _bars("8.30 uur|tussen 8 en 12|13:15|half elf|kwart voor vier|14:00-18:00|10.45 uur"),
    "time_en": _bars("8.30am|between 8 and 12|1:15pm|half past ten|4pm"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "amount": _bars("€ 42,50|€ 137,80|€ 9,95|€ 615|€ 1.249,00|€ 86|€ 23,10"),
    "amount_en": _bars("€42.50|€137.80|€9.95|€615|£86"),
    "count": _bars("2|3|4|5|8|12"),
    "dentist": _bars("Tandartspraktijk Centrum|Mondzorg De Brug|Tandartsenpraktijk Oost|Dental Clinics"),
    "physio": _bars("Fysio Vitaal|Fysiotherapie Het Park|Fysio Centrum|FysioHolland"),
    "pool": _bars("zwembad De Wetering|sportfondsenbad|zwembad Het Hoogeland|De Vijf Heuvels"),
    "library": _bars("Bibliotheek Eemland|de Bieb|Bibliotheek Kennemerwaard|OBA|Bibliotheek Zwolle"),
    "club": _bars("VV Kampen|hockeyclub HC Zwolle|tennisvereniging De Lobbers|korfbalclub DOS|judoclub Kenamju"),
}
