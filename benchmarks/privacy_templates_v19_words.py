"""The ordinary words every `test_v19` template draws (`CLEAN_FILLERS["test_v19"]`): energy suppliers and meter
readings, housing corporations and repairs, parking zones, pharmacies and medicines, driving schools and exams,
funeral insurers, lease companies and cars, movers, dentists and treatments, broadband providers and their boxes,
parcel lockers and pick-up codes, lotteries, banks and fraud tricks, pension funds, the student-loan office,
ticket sites, bands and events, hearing-aid shops and devices, childcare groups; towns (some also words or surnames:
Ede, Epe, Best, Son, Zelhem, Beek, Stein, Rijen); and the numbers that are no one's: order, ticket, invoice,
shipment, prescription, lot, meter and dossier numbers, pick-up codes, treatment codes, product codes, amounts,
dates that are no birth date, times, kWh and m³.

Written by someone who never saw the redaction rules; the values avoid the words the/I/is/my, by which the corpus
builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v19"] = {
    "city": _bars(
        "Ede|Epe|Best|Son|Zelhem|Beek|Stein|Rijen|Zwolle|Leeuwarden|Drachten|Heerenveen|Sneek|Zaandam|Purmerend|"
        "Capelle aan den IJssel|Spijkenisse|Breda|Tilburg|Helmond|Venlo|Sittard|Apeldoorn|Zutphen|Enschede|Lelystad|"
        "Almere|Amersfoort|Gouda|Delft|Leiden|Dordrecht|Vlissingen|Den Helder|Hoogeveen|Veendam|Delfzijl|Nijmegen"
    ),
    "city_pl": _bars("Warszawa|Kraków|Łódź|Poznań|Gdańsk|Wrocław"),
    "city_be": _bars("Gent|Antwerpen|Mechelen|Leuven|Brugge|Aalst"),
    "supplier": _bars("Vattenfall|Essent|Greenchoice|Budget Energie|Pure Energie|Frank Energie|Vandebron|Engie|Oxxio"),
    "reading": _bars(
        "stand 04521 kWh|normaal 18.772 kWh|dal 12873|gasstand 3321,402 m³|teruglevering 2.140 kWh|meterstand 009812"
    ),
    "corporation": _bars("Ymere|Woonbron|Portaal|Eigen Haard|Stadgenoot|Havensteder|Lefier|Mitros|Wonen Limburg"),
    "repair": _bars(
        "lekkage in de badkamer|een kapotte cv-ketel|schimmel op de slaapkamer|een klemmende voordeur|"
        "een verstopte afvoer|een gebroken dakgoot|tocht langs de kozijnen|een defecte mechanische ventilatie"
    ),
    "repair_en": _bars(
        "a leaking bathroom ceiling|a broken boiler|mould in the bedroom|a door that sticks|a blocked drain"
    ),
    "zone": _bars("vergunninggebied A3|zone Centrum-Oost|sector 7|gebied Binnenstad-Zuid|zone P2 Schildersbuurt"),
    "pharmacy": _bars(
        "Apotheek De Vecht|BENU Apotheek|Mediq Apotheek Zuid|Service Apotheek Het Zand|Apotheek Leidsche Rijn"
    ),
    "medicine": _bars(
        "omeprazol 20 mg|metformine 500 mg|salbutamol-inhalator|levothyroxine 50 mcg|simvastatine 40 mg|"
        "pantoprazol 40 mg|Ventolin|Seretide Diskus"
    ),
    "driving": _bars("Rijschool Vlot|Verkeersschool Ten Brink|Rijschool De Zebra|Autorijschool Rijbewijs in 10 Dagen"),
    "exam": _bars("CBR-examen|tussentijdse toets|faalangstexamen|theorie-examen|praktijkexamen B"),
    "funeral": _bars("DELA|Monuta|Yarden|Ardanta|Klaverblad Uitvaart"),
    "lessor": _bars("LeasePlan|Ayvens|Athlon|Justlease|Arval|Directlease|Hiltermann Lease"),
    "car": _bars(
        "Kia e-Niro|Volkswagen ID.3|Tesla Model 3|Peugeot e-208|Skoda Enyaq|Toyota Corolla Touring Sports|Renault Clio"
    ),
    "mover": _bars(
        "Verhuisbedrijf Van der Meer|Mondial Movers|Verhuizers.nl|Verhuisbedrijf Moverz|De Zwaluw Verhuizingen"
    ),
    "dentist": _bars("Tandartspraktijk Centrum|Mondzorg Oost|Tandheelkundig Centrum Kralingen|Dentconnect|Lach & Zo"),
    "treatment": _bars("een wortelkanaalbehandeling|een kroon|een gebitsreiniging|twee vullingen|een extractie"),
    "treatment_en": _bars("a root canal|a crown|a scale and polish|two fillings|an extraction"),
    "code": _bars("V21|C002|M03|R24|E13|X21"),
    "provider": _bars("KPN|Ziggo|Odido|Delta Fiber|Freedom Internet|Budget Thuis|Caiway|Youfone"),
    "device": _bars(
        "Ziggo Smartwifi-modem|KPN Box 14|FRITZ!Box 7590|Experia Box v10|glasvezelkastje (FTU)|Wifi-versterker"
    ),
    "locker": _bars("PostNL-pakketautomaat|DHL Locker|InPost-locker|Amazon Locker|Homerr-punt"),
    "pickup": _bars("ophaalcode 482913|pincode 7742|code 55-19-03|QR-code 8KX-441|afhaalcode 300917"),
    "lottery": _bars("Postcode Loterij|VriendenLoterij|Staatsloterij|Lotto|BankGiro Loterij|Eurojackpot"),
    "lot": _bars("lotnummer 0482 1193|lot 55170-KX|trekking 2025-41|ticket 7 14 22 31 40|lotnr. 771 023 88"),
    "bank": _bars("ING|Rabobank|ABN AMRO|SNS|ASN Bank|Triodos|bunq|Knab|RegioBank"),
    "fraud": _bars("een phishing-sms|hoi-mam-fraude via WhatsApp|spoofing|een nep-bankmedewerker|een valse Tikkie"),
    "fraud_en": _bars("a phishing text|a fake bank employee|a spoofed call|a fake payment request"),
    "fund": _bars("ABP|PFZW|PMT|PME|bpfBOUW|Pensioenfonds Detailhandel|Pensioenfonds Horeca & Catering"),
    "ticketsite": _bars("Ticketmaster|Eventim|TicketSwap|Paylogic|See Tickets"),
    "event": _bars(
        "Lowlands|Pinkpop|Doe Maar in Ahoy|Racoon in de Ziggo Dome|Soldaat van Oranje|Snollebollekes Live|"
        "Within Temptation|de Zwarte Cross"
    ),
    "hearing": _bars("Schoonenberg|Beter Horen|Hans Anders|Specsavers|Amplifon"),
    "aid": _bars("Phonak Audéo Lumity|Oticon Intent|Signia Pure Charge&Go|ReSound Nexia|Widex Moment"),
    "childcare": _bars("Partou|Kinderdam|Humankind|SKDD|Kanteel|Kinderopvang Bijdehand"),
    "group": _bars("groep De Vlinders|BSO De Boomhut|peutergroep Dikkie Dik|babygroep Nijntje|groep Pluk"),
    "amount": _bars("€ 84,20|€ 1.395|€ 19,95|€ 2.750,00|€ 312|€ 7,45|€ 64|€ 11.500|€ 145,60|€ 25.000"),
    "amount_en": _bars("€84.20|€1,395|€19.95|€2,750|€312|€7.45|€64|€145.60"),
    "date": _bars("4 maart|17 juni|dinsdag 8 juli|22 september|vrijdag 31 oktober|1 december|12-11|30 januari"),
    "date_en": _bars("4 March|17 June|Tuesday 8 July|22 September|31 October|1 December"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "time": _bars("07:30|10.15 uur|half twee|13:45|kwart over vier|16.00 uur|20:30"),
    "order": _bars("order 2025-551903|bestelling #88120|zending 3SABCD1234567|verhuisorder VH-4412|boeking 88-ZK-19"),
    "ticket": _bars("melding 2025-00918|ticket #55103|storingsnummer ST-80231|reparatieverzoek 771204|case 91-4480"),
    "invoice": _bars("factuur 2025-3341|nota 88104|factuurnummer F-772019|rekening 25/1180|jaarnota 2024-77"),
    "dossier": _bars("dossier 2025/1187|zaaknummer Z-55190|schadenummer 441-02|verzoek 8819-A|recept 7730-221"),
    "company_phone": _bars("0900-0909|088 555 12 00|0800-0402|020 - 721 40 00|085-0160 400|0900 1850"),
    "company_mail": _bars("klantenservice@essent.nl|info@rijschoolvlot.nl|service@partou.nl|noreply@duo.nl"),
    "holiday": _bars("Koningsdag|Hemelvaartsdag|Pinkstermaandag|Goede Vrijdag|Oudejaarsdag|Tweede Kerstdag"),
}
