"""Ordinary (never labelled) words of test_v89, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v89"] = {
    "firm": _semi(
        "Fietsvakanties Tweewieler; Pedalo Reizen; Donau Radreisen; McRent; Indie Campers; Roadsurfer; Bunk; "
        "Hoorzorg Transport; Audicien Van Boxtel; Kattenhotel De Spinnende Poes; Poezenpension Miauw; "
        "Studio Inkpoint; Piercing Palace; Silvretta Seilbahn; Ischgl Bergbahnen; SkiWelt Wilder Kaiser; "
        "Moneybird; e-Boekhouden; Exact Online; Snelstart; Twinfield; Lunchkids; Smikkelbox; De Broodtrommel; "
        "Slotenservice 24; Sleutelspoed Noord; Trouwdecor Verhuur; Weddingstyle Limburg; Stukkebaas Advocaten; "
        "Jansen Transport; Albert Heijn"
    ),
    "city": _semi(
        "Maastricht; Heerlen; Venlo; Roermond; Groningen; Assen; Delfzijl; Veendam; Sittard; Zwolle; Utrecht"
    ),
    "town": _semi("Valkenburg; Gulpen; Vaals; Eelde; Haren; Winsum; Appingedam; Hoogezand; Thorn; Susteren; Uithuizen"),
    "place": _semi(
        "de Sint Servaasbrug; het Vrijthof; de Martinitoren; het Peerd van Ome Loeks; de Grote Markt; "
        "de Koning Willem I-kazerne; de Albert Heijn aan de Herestraat; de Johan de Wittlaan; de Maria "
        "Theresia-brücke; "
        "het Mozartplein; de Pieter de Hoochstraat; de Kaiser-Franz-Josef-Höhe; Camping De Jonge Jan"
    ),
    "product": _semi(
        "Gazelle Ultimate C8; Sparta M8b; Fiat Ducato Hymer; Volkswagen California; hoortoestel Phonak Audéo; "
        "kattenkrabpaal Tom XL; kattenbrokken Royal Canin; titanium labret 1,2 mm; ringetje 8 mm; skipas 6 dagen; "
        "Moneybird Pro; Exact Online Basis; lunchbox Pippi; slotcilinder SKG***; trouwboog 'Romance'; "
        "stoelhoes Ivoor; LED-letters LOVE"
    ),
    "code": _semi(
        "artikel 5.4 van de voorwaarden; SKU TB-4410; model MXR-200; code C1 op het rijbewijs; code 95; "
        "SKG***; tarief B2; vak 17; lift 7a; zone 3; route R4; versie 4.12.0; module Btw; sjabloon F-21"
    ),
    "ref": _semi(
        "boeking 2025-77812; ticket #40912; order 8891204; factuur F2025-0331; zending 3SXYZ0099881; "
        "actiecode LENTE25; case 00781234; offerte Q-2291; bon 4471"
    ),
    "public_phone": _semi(
        "0800-0123; 088 456 7000; 0900-1234; 14 050; 112; +43 5444 5000; +356 2122 4444; 0800 022 3222; "
        "0131 555 0000; 0900-0404"
    ),
    "bot": _semi("Pedaal; Campy; Oortje; Miauw-bot; Prikkie; Gondel; Boekie; Smikkel; Sleuteltje; Bloesem"),
    "date": _semi(
        "1 januari; 15 maart 2025; 30 april; 1 mei 2026; 12-07-2025; 31/12; 24 december; Koningsdag; carnaval; "
        "de krokusvakantie; 3 oktober; 11 november"
    ),
    "date_en": _semi("1 January; 15 March 2025; 30/06/2025; Hogmanay; Burns Night; 8 September; the 2nd of May"),
    "time": _semi("02:15; 03.40 uur; 07:00; 08:30; 09.15; 11:45; 13:00; 16:30; 19:00 uur; 22.30; 23:55"),
    "amount": _semi("€ 9,95; € 24,50; €79,00; € 149,-; € 1.250,00; 300 euro; £85; € 14,99 p/m; € 62,40; € 4,50"),
    "count": _semi("2; 3; 4; 5; 6; 7; 9; 12; 15; 20; 40; 250"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
