"""Ordinary (never labelled) words of test_v69, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v69"] = {
    "firm": _semi(
        "PhoneFix Centrum; GSM Dokter; iRepair Leeuwarden; Telefoonkliniek; Autoimport Grensland; "
        "Van Mossel Import; Auto Kessels; Scouting Sint-Joris; Scouting Nederland; Chiro Sint-Pieter; "
        "Dansschool Van der Meulen; Dansstudio Pirouette; DSW; Zilveren Kruis; CZ; VGZ; Menzis; "
        "Zwemschool De Waterrat; Zwembad De Fluit; Isolatiebedrijf Warmhuis; RVO; Boomverzorging Eikenhout; "
        "Hoveniersbedrijf Groenrijk; Pandjeshuis Amsterdam; Lommerd De Kroon; Vertaalbureau Babel; "
        "Tolkencentrum Nederland; Jan Linders; Albert Heijn; Ben & Jerry's; Van Gogh Museum"
    ),
    "city": _semi(
        "Leeuwarden; Sneek; Drachten; Maastricht; Heerlen; Venlo; Sittard; Nijmegen; Kleve; Aachen; Hasselt; "
        "Antwerpen; Gent; Eindhoven; Amsterdam; Rotterdam; Utrecht; Groningen; Accra; Manila"
    ),
    "town": _semi("Burgum; Grou; Dokkum; Vaals; Gulpen; Thorn; Kerkrade; Lanaken; Emmerich; Winterswijk; Oss"),
    "place": _semi(
        "de Johan de Wittlaan; het Anne Frank Huis; de Willem Alexanderbaan; het Prins Clausplein; "
        "de Maria van Bourgondiëlaan; het Abe Lenstra Stadion; de Karel Doormanstraat; de Erasmusbrug; "
        "het Máximapark; de Pieter de Hoochweg; het Wim Duisenbergplantsoen; de Stevinsluizen; "
        "het Thomas a Kempisplein; het Frans Halsmuseum"
    ),
    "product": _semi(
        "iPhone 13 Pro; Samsung Galaxy A54; Fairphone 5; Pixel 8; schermprotector; accu 4.000 mAh; "
        "Volkswagen Golf 8; BMW 320d Touring; Audi A4 Avant; Opel Corsa-e; Tesla Model 3; "
        "scoutingblouse; das van de Bevers; balletschoenen; zwemdiploma A; zwemdiploma B; spouwmuurisolatie; "
        "HR++ glas; vloerisolatie; warmtepomp; eik 'Quercus robur'; leilinde; haagbeuk; gouden ring 14 karaat; "
        "Rolex Datejust; beëdigde vertaling; apostille"
    ),
    "code": _semi(
        "IMEI-check; model A2633; SKU PF5-256; typegoedkeuring e1*2007/46; BPM-tabel 2025; COC-formulier; "
        "diploma A; module 3; les 7; groep 2; code 12-A; ISDE-maatregel; Rc-waarde 3,7; Uw-waarde 1,1; "
        "zone 4; perceel B; artikel 7:17 BW; norm NEN 3140; ISO 17100"
    ),
    "ref": _semi(
        "ticket #20931; order 88-41277; factuur 2025/0412; reparatienummer R-55102; zending 3SXYZ0091882; "
        "aanvraag ISDE-2025-00871; offerte OF-1123; bon 0044812; referentie VB-2291; batch 44"
    ),
    "public_phone": _semi(
        "0800-0201; 088 042 4242; 0900-2035; 14 020; 0800 1234; +31 70 379 8000; 0900-0101; 112; "
        "+32 78 05 05 05; +233 302 123 456; 0800-4444"
    ),
    "bot": _semi("Fixie; Robin de bot; Scoutje; Twinkle; Bubbel; Eikie; Pandy; Lingua; Hanna (virtuele assistent)"),
    "date": _semi(
        "1 januari; 15 maart; 1 juli 2025; 30 september; 12 oktober 2024; 1 december; Koningsdag; "
        "de voorjaarsvakantie; 31-12-2025; 01/09; Sinterklaas; 5 mei"
    ),
    "date_en": _semi("1 March; 30 June 2025; 15 August; Christmas Eve; the 1st of May; 12/10/2024"),
    "time": _semi("08:00; 09.30 uur; 10:15; 12:00; 13.45; 16:30; 17:00 uur; 18.15; 19:30; 20:00"),
    "amount": _semi(
        "€ 79,-; € 149,95; € 12,50; €3.450; € 1.275,00; 450 euro; € 35 per les; € 8,75; GH₵ 250; ₱ 1,500; € 2.100,-"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 8; 10; 12; 15; 20; 25; 40"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
