"""The ordinary words every `test_v25` template draws (`CLEAN_FILLERS["test_v25"]`): golf clubs, diving schools,
rowing clubs, sauna resorts, foster-care agencies, food banks, sworn-translation agencies, au pair agencies, tree
surgeons, gliding clubs, boating-licence exam centres, orthopaedic shoemakers, energy-label advisers and
civic-integration schools; towns; and numbers that are no one's: order, ticket, booking, invoice, Jira and Zendesk
keys, amounts, times, versions and dates that are no birth date, company phone numbers and mailboxes.

Written by someone who never saw the redaction rules. Many firms and clubs hold a person's name (Golfclub Jan
Hendrikx, Duikschool Pieter Kok, Vertaalbureau Anna Bos, Boomverzorging Gebroeders Post, Schoenmakerij Van Dijk &
Zn., Zweefvliegclub Hugo de Vries); none of them is labelled. Values avoid the words the/I/is/my, by which the
corpus builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v25"] = {
    "city": _bars(
        "Zwolle|Hengelo|Enschede|Apeldoorn|Zutphen|Doetinchem|Tiel|Culemborg|Gorinchem|Dordrecht|Zoetermeer|"
        "Leiden|Hoorn|Enkhuizen|Den Helder|Sneek|Heerenveen|Assen|Hoogeveen|Coevorden|Bergen op Zoom|Roosendaal|"
        "Breda|Tilburg|Waalwijk|Best|Geldrop|Venlo|Kerkrade|Middelburg|Vlissingen|Soest|Baarn|Hilversum|Bussum|Epe"
    ),
    "city_be": _bars("Brugge|Oostende|Genk|Sint-Niklaas|Dendermonde|Roeselare|Geel|Tienen"),
    "golf": _bars(
        "Golfclub Jan Hendrikx|Golfbaan De Rosendaelsche|Golfclub Het Rijk van Nijmegen|Golfpark Spandersbosch"
    ),
    "dive": _bars("Duikschool Pieter Kok|Diving Center Zeeland|Duikcentrum De Beldert|Onderwaterclub Triton"),
    "rowing": _bars("Roeivereniging Phocas|ZRV Aegir|Roeiclub De Hoop|Studentenroeivereniging Okeanos"),
    "sauna": _bars("Thermen Bussloo|Sauna Soesterberg|Wellness Resort Veluwe|Thermae 2000|Spa Zuiver"),
    "foster": _bars("Pleegzorg Nederland|Jeugdformaat Pleegzorg|Pleegzorg Oost|Stichting Timon"),
    "foodbank": _bars("Voedselbank Zwolle|Voedselbank Breda|Voedselbank De Schakel|Stichting Voedselhulp Noord"),
    "translate": _bars("Vertaalbureau Anna Bos|Beëdigd Vertaalbureau Lingua|TransEuro Translations|Vertaalhuis Oost"),
    "aupair": _bars("Au Pair Agency Holland|Nannies & Co|Stichting Au Pair International|AuPairNed"),
    "tree": _bars("Boomverzorging Gebroeders Post|De Boomspecialist|Groenbeheer Oost|Treeworks BV"),
    "glide": _bars("Zweefvliegclub Hugo de Vries|Gliding Club Terlet|Zweefvliegclub Salland|ZC Veenendaal"),
    "boat": _bars("CBR Nexamen|Vaarschool De Kaap|Vaarbewijs Online|Watersportschool Loosdrecht"),
    "shoes": _bars("Schoenmakerij Van Dijk & Zn.|OIM Orthopedie|Livit Orthopedie|Orthopedische Schoentechniek Oost"),
    "label": _bars("Energielabel Direct|EPA-adviesbureau Groen|Label Nu|Woningkeur Oost"),
    "integration": _bars("Taalschool De Brug|Inburgering Plus|NT2 Instituut|Taalhuis Zwolle"),
    "amount": _bars("€ 12,50|€ 1.450,00|€ 7,95|€ 345|€ 39,-|€ 2.100|€ 0,45|€ 89|€ 214,60|€ 18|€ 650,00"),
    "amount_en": _bars("€12.50|€1,450|€7.95|€345|€39|€2,100|€89|$60|£45"),
    "date": _bars(
        "4 januari|dinsdag 10 februari|17 maart|21 april|zaterdag 13 juni|3 juli 2026|28 augustus|"
        "maandag 12 oktober|30-11-2026|2026-12-19|Hemelvaartsdag|14-2"
    ),
    "date_en": _bars("4 January|Tuesday 10 February|21 April|Saturday 13 June|28 August|12 October"),
    "month": _bars("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"),
    "year": _bars("2025|2026|2027|1989|2012"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "time": _bars("07:30|8.15 uur|kwart over negen|10:45|half twee|15.40 uur|18:00|21:15"),
    "time_en": _bars("7:30|8.15 am|quarter past nine|10:45|1:30 pm|6 pm"),
    "order": _bars("bestelling 2611-04471|order OS-88213|ordernr. 70431-2|zending 3SLAB9920013"),
    "order_en": _bars("order 2611-04471|order OS-88213|shipment 3SLAB9920013"),
    "ticket": _bars("ticket #55012|melding 2026-0871|case 00918273|SUP-4411|OPS-1287"),
    "ticket_en": _bars("ticket #55012|case 00918273|SUP-4411"),
    "jira": _bars("SUP-4411|OPS-1287|CRM-930|KLANT-2205|PZ-118"),
    "booking": _bars("boeking SW-26-3310|reservering 71402|boekingsnr. GF2606-08|afspraak A-4471"),
    "invoice": _bars("factuur 2026-04418|nota 88102|factuurnr. F26-1190|creditnota CN-0552"),
    "invoice_en": _bars("invoice 2026-04418|bill 88102|credit note CN-0552"),
    "version": _bars("versie 4.1.0|app 7.3|build 3318|v2.12"),
    "course": _bars("Open Water Diver|Advanced Open Water|Klein Vaarbewijs 1|Groot Pleziervaartbewijs|A2-examen"),
    "company_phone": _bars("0900-0990|088 - 300 11 22|0800-0334|038 421 55 00|+32 50 33 44 00|0800 02 03"),
    "company_mail": _bars(
        "ledenadministratie@golfclub-rosendael.nl|info@duikschoolkok.nl|planning@boomspecialist.nl|"
        "intake@voedselbankzwolle.nl|vertalingen@lingua.nl|support@energielabeldirect.nl"
    ),
}
