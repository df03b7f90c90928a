"""Ordinary (never labelled) words of test_v65, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v65"] = {
    "firm": _semi(
        "Zilveren Kruis; CZ; VGZ; Menzis; DSW; Zorg en Zekerheid; ONVZ; Jeroen Bosch Ziekenhuis; "
        "Máxima Medisch Centrum; Antoni van Leeuwenhoek; Sint Maartenskliniek; Fysiotherapie De Loop; "
        "Huisartsenpost Midden-Brabant; Ymere; Eigen Haard; Woonstad Rotterdam; Portaal; Vestia; Mitros; "
        "Ziggo; KPN; Odido; Delta Fiber; Youfone; Rabobank; ABN AMRO; ING; SNS; ASN Bank; Triodos; bunq; "
        "gemeente Utrecht; Stadsloket Zuid; ANWB; Enra; Fietsverzekering.nl; VanMoof; Swapfiets; Carré; "
        "Ziggo Dome; Beatrix Theater; TivoliVredenburg; Stadsschouwburg Haarlem; Ticketmaster; PetSecur; "
        "Figo; OHRA Dierenverzekering; Milieu Centraal; RVO; Energieloket; Itho Daalderop; Atag; Vaillant"
    ),
    "city": _semi(
        "Utrecht; Rotterdam; Amsterdam; Den Haag; Eindhoven; Tilburg; Groningen; Nijmegen; Almere; Zaandam; "
        "Amersfoort; Leiden"
    ),
    "city_be": _semi("Gent; Antwerpen; Leuven; Brugge; Mechelen; Kortrijk; Hasselt"),
    "town": _semi("Bunnik; Houten; Oss; Veghel; Zeist; Woerden; Gouda; Purmerend; Hengelo; Boxtel; Beek; Lunteren"),
    "town_en": _semi("Glasgow; Edinburgh; Aberdeen; Dundee; Inverness; St Andrews; Stirling; Perth"),
    "town_au": _semi(
        "Fitzroy VIC; Brunswick VIC; Newtown NSW; Glebe NSW; Manly NSW; West End QLD; Subiaco WA; Norwood SA"
    ),
    "place": _semi(
        "het Jeroen Bosch Ziekenhuis; de Willem Barentszstraat; het Máxima MC; de Prins Hendrikkade; "
        "het Wilhelmina Kinderziekenhuis; de Koningin Julianabrug; het Beatrix Theater; de Johan de Wittlaan; "
        "de Anne Frankschool; het Thomas à Kempisplein; het Stadsloket aan de Jan van Galenstraat; "
        "de fietsenstalling bij het Jaarbeursplein; Carré aan de Amstel; de Jacob van Lennepkade"
    ),
    "product": _semi(
        "Ziggo Smartwifi-modem; KPN Box 14; Experia Box v10; Connect Box; H369A; zonneboiler 200 liter; "
        "spouwmuurisolatie; HR++ glas; warmtepomp 5 kW; VanMoof S5; Gazelle Ultimate; Cortina E-U4; "
        "paspoort volwassene; ID-kaart; rijbewijs; parterre rij 8; balkon 1e rang; fysiotherapie 9 behandelingen; "
        "tandartsverzekering Basis; kattenverzekering Compleet; hondenverzekering Plus"
    ),
    "code": _semi(
        "DBC 0299; zorgcode 1000; prestatiecode 1200; storingscode E-214; fout 0xC004; code P2; "
        "ISDE-2025; SEEH-regeling; firmware 7.2.1; ticket ST-20931; artikel 7:252 BW; punten 142; WWS-punten 187; "
        "regel 11 van de polisvoorwaarden; storingsnummer 4.118; categorie B; rij 14 stoel 22"
    ),
    "ref": _semi(
        "storing 2025-STR-48213; reparatieverzoek 88-1204; bestelling 1031-77A; melding 2024/1183; "
        "zaaknummer 2025-009911; ticket #77120; order 7730021; reservering RV-2931; factuur 2025-0411; "
        "declaratie 2025-44810; aanvraag ISDE-31177; voucher THEATER25"
    ),
    "public_phone": _semi(
        "0900-9292; 14 030; 088 900 1000; 0800-0500; 0900-0400; 020 552 2222; 088-8000 888; 112; 0900-8844; "
        "0800 0230; +32 70 22 00 00; +44 141 555 0100; 1800 555 123; 070-3734000"
    ),
    "bot": _semi("Ziggy; Kim de bot; Robin; Woonbot Wes; Fietsie; Tiko; Doc; Pip de assistent; Bolt; Sunny"),
    "date": _semi(
        "1 januari; 1 juli; 1 juli 2025; 15 maart 2026; 30-09-2025; 31 december; Koningsdag; 5 mei; "
        "de voorjaarsvakantie; 2 januari 2026; 14 november; de kerstvakantie; 1 oktober 2025"
    ),
    "date_en": _semi("1 July; 15 March 2026; 30/09/2025; Hogmanay; Burns Night; Australia Day; the 1st of October"),
    "time": _semi("08:00; 08.30 uur; 09:15; 11:00; 13:30; 14.45; 17:00 uur; 19:30; 20.15; 22:00; 23:59"),
    "amount": _semi(
        "€ 385,-; € 12,50; €47,95; € 2.350,00; € 1.100; 3,4%; € 73,20; € 159,99 p/j; € 8,95 p/m; 41 euro; "
        "£ 60; AUD 120; € 0,00; € 650"
    ),
    "count": _semi("2; 3; 4; 5; 7; 9; 11; 14; 18; 20; 30; 48"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
