"""The ordinary words every `test_v29` template draws (`CLEAN_FILLERS["test_v29"]`): riding schools and their
horses, dance schools and dances, karting tracks, heat-pump installers and models, vanpool routes, office coffee
machines and their suppliers; towns; and numbers that are no one's: order, ticket, invoice, quote, Aircall,
Calendly, Jotform, Mollie and DocuSign references, KvK and VAT numbers, amounts, times and dates that are no birth
date, company phone numbers and mailboxes.

Written by someone who never saw the redaction rules. Many firms, horses, dances and brands hold a person's name
(Manege De Vries, Dansschool Lenie Krijger, Kartcentrum Jan Lammers, Vaillant, Douwe Egberts); none is
labelled. Values avoid the words the/I/is/my, by which the corpus builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bar(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v29"] = {
    "city": _bar(
        "Beek|Ede|Epe|Lisse|Tiel|Rijen|Ulft|Velp|Zeist|Doorn|Baarn|Elst|Hengelo|Gennep|Bergen|Nes|Wolvega|"
        "Harlingen|Anna Paulowna|Vaals|Oisterwijk|Meppel|Leerdam|Dronten|Venlo|Weert|Zutphen|Gouda|Delft|Breda|"
        "Tilburg|Groningen|Leeuwarden|Assen|Almere|Utrecht|Haarlem|Maastricht|Den Helder|Capelle aan den IJssel"
    ),
    "city_be": _bar("Mechelen|Brugge|Turnhout|Genk|Aalst|Lier"),
    "city_de": _bar("Kleve|Bocholt|Emmerich|Nordhorn|Gronau|Aachen"),
    "manege": _bar("Manege De Vries|Stal Hanna|Ruitersport Ten Hoeve|Manege 't Zadelhuis|Pensionstal Willem Tell"),
    "horse": _bar("Bella|Dexter|Sultan|Joris|Fenna|Kasper|Lady Di|Mr. Bean|Guus|Sophie"),
    "dance_school": _bar(
        "Dansschool Lenie Krijger|Dansstudio Ruud & Petra|DansCentrum Oost|Balletschool Anna Pavlova|Dance4All"
    ),
    "dance": _bar("Engelse wals|quickstep|salsa|Weense wals|cha-cha-cha|tango|lindy hop|zumba|streetdance"),
    "dance_en": _bar("waltz|quickstep|salsa|tango|lindy hop|ballroom|street dance"),
    "kart_track": _bar("Kartcentrum Jan Lammers|Indoor Karting Max|Kartbaan De Bocht|Race Planet|SpeedArena Noord"),
    "heatpump": _bar(
        "Daikin Altherma 3|Vaillant aroTHERM plus|Remeha Elga Ace|Itho Daalderop Amber|Mitsubishi Ecodan|"
        "Atlantic Explorer|Quatt Hybrid|Bosch Compress 5800i"
    ),
    "installer": _bar("Installatiebedrijf Van Dijk|WarmteWerk BV|Klimaattechniek Bart Smit|Duurzaam Thuis"),
    "coffee_machine": _bar(
        "Franke A600|Jura GIGA X8|WMF 1500 S+|De'Longhi Dinamica|Animo OptiMe|Douwe Egberts Cafitesse"
    ),
    "coffee_firm": _bar("Koffie Keijzer|Douwe Egberts Professional|Maas Koffie|Peeze|Jacobs Office Coffee"),
    "route": _bar("Amersfoort – Zwolle|Tiel – Den Bosch|Almere – Amsterdam Zuidas|Venlo – Eindhoven|Ede – Arnhem"),
    "amount": _bar("€ 42,50|€ 17,-|€ 1.875,00|€ 9,95|€ 365|€ 2.450|€ 64,99|€ 129,-|€ 85,00|€ 12,50|€ 7.250"),
    "amount_en": _bar("€42.50|€17|€1,875|€9.95|€365|€2,450|€129|£45"),
    "date": _bar(
        "maandag 2 maart|12 mei|zaterdag 6 juni|1 april 2026|21-11-2026|2026-10-03|Hemelvaartsdag|30 juni|"
        "woensdag 14 januari|eind augustus|9 september 2027|Goede Vrijdag"
    ),
    "date_en": _bar("Monday 2 March|12 May|Saturday 6 June|1 April 2026|3 October|Boxing Day|17 August"),
    "weekday": _bar("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "weekday_en": _bar("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "time": _bar("08:30|9.15 uur|10:00|half twaalf|13.30|kwart over vier|17:45|19.00 uur|20:15"),
    "time_en": _bar("8:30|9.15am|10am|11.30|1:30pm|4.15pm|7pm|8.15pm"),
    "year": _bar("2019|2021|2024|2025|2026"),
    "company_phone": _bar("088 - 020 44 00|0900-0321 (€ 0,15 p/m)|0800-1122|085 - 401 77 00|026 - 352 10 10"),
    "company_mail": _bar(
        "info@manegedevries.nl|lessen@lenie-krijger.nl|groepen@kartcentrum.example|service@warmtewerk.nl|"
        "planning@vanpool.example|support@koffiekeijzer.nl|facturen@duurzaamthuis.example"
    ),
    "order": _bar("bestelling 29-11804|order KK-40217|ordernr. 558213|reservering R-7731|boeking 2026-0418"),
    "order_en": _bar("order 29-11804|order KK-40217|booking R-7731|reservation 2026-0418"),
    "ticket": _bar("#48213|#50077|ZD-119204|ticket 7781|case 00912244"),
    "invoice": _bar("factuur F2026-00418|factuur 2025-1193|creditnota C-0077|factuurnr. 310552"),
    "quote": _bar("offerte OF-26-0193|offerte 4471|offertenummer 2026/118"),
    "aircall": _bar("call 1 882 430 117|call 1 882 501 009|call 1 883 002 471"),
    "jotform": _bar("submission 5921884403317|submission 5921901127730"),
    "mollie": _bar("tr_7UhSN1zuXS|tr_Wq8aBc3dEf|tr_K29sLm0PqR"),
    "docusign": _bar("envelope 4f2a-99c1-07bd|envelope 81ce-2d10-ab34"),
    "kvk": _bar("KvK 71829304|KvK 30127745|KvK 84410238"),
    "vat": _bar("NL859302114B01|NL004471236B22|BE0684 221 903"),
    "product": _bar("art. 300-1182|SKU WP-ODU-08|EAN 8710103917464|typenr. ERGA08EAV3|code KRT-HELM-L"),
    "kwh": _bar("3.450 kWh|SCOP 4,6|8 kW|COP 5,1|45 °C aanvoer|55 dB(A)"),
}
