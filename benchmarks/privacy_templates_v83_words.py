"""Ordinary (never labelled) words of test_v83, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v83"] = {
    "firm": _semi(
        "Trouwauto Verhuur Rijnmond; Limousine Service Holland; Classic Cars De Bruid; Dierencrematorium "
        "Rustpunt; Huisdiercrematorium De Regenboog; Hondenopvang De Blije Staart; Uitlaatservice Snuffel; "
        "Woonzorg Nederland; Stichting Seniorenwonen; Woningnet; Incassobureau Flanderijn; GGN Incasso; "
        "Intrum; Lindorff; ENRA Verzekeringen; Fietsverzekering.nl; Unigarant; Wijngaard De Kleine Schorre; "
        "Wijnclub Vinoloog; Domaine des Blaye; Buurthuis De Kroon; Wijkcentrum Het Anker; Zeilschool Pieter Beek; "
        "Zeilschool De Vrijheid; Zwembad De Tongelreep; Sportfondsenbad Oost; Stichting Zwemmen Zonder Grenzen"
    ),
    "city": _semi(
        "Rotterdam; Capelle aan den IJssel; Zoetermeer; Assen; Vught; Barneveld; Culemborg; Delft; Leiden; "
        "Nijmegen; Tilburg; Almere; Den Haag; Groningen; Eindhoven; Antwerpen; Gent"
    ),
    "town": _semi("Schoonhoven; Elst; Wijk bij Duurstede; Lunteren; Bodegraven; Loppersum; Hoorn; Medemblik; Tiel"),
    "place": _semi(
        "de Kaapverdische kerk aan de 1e Middellandstraat; het Molukse monument; de Willem Barentszstraat; "
        "het Pieter Zandt; de Jan Pieterszoon Coenstraat; het Erasmus MC; de Van Nelle Fabriek; "
        "jachthaven Marina Muiderzand; het Loosdrechtse Plassengebied; de Hugo de Grootlaan; "
        "wijngaard Dassemus; het Anne Frank Huis; zwembad De Sniep; het Vondelpark; buurthuis Pelgrim"
    ),
    "product": _semi(
        "Rolls-Royce Silver Shadow; Chrysler 300C stretch; Lincoln Town Car; Mercedes W123; VW T1 bus; "
        "crematie individueel; as-urn 'Pootje'; hondenbench XL; dagopvang strippenkaart 10x; Gazelle Ultimate C8; "
        "VanMoof S5; Cortina E-U4; Sparta d-Burst; Riesling 2022; Solaris 2021; Pinot Noir 'De Kluis'; "
        "zaal De Linde; vergaderruimte 2; CWO Kielboot 1; Valk; Laser Pico; tillift; zwemvest 150N"
    ),
    "code": _semi(
        "model S-21; zaal B.03; module CWO-2; artikel 7:406 BW; WIK-brief; bijlage 3; framecode B-17; "
        "slot ART-2; ruimte 1.14; baan 4; steiger 12; bootnummer NED 408; vak C; tafel 7; zone 3"
    ),
    "ref": _semi(
        "ticket #39021; Zammad #20250417; boeking BK-5521; factuur 2025-0733; offerte Q-1187; "
        "bestelling 88-4410; zending 3SXYZ0098712; actiecode ZEIL25; voucher WIJN10; batchnummer 4471"
    ),
    "public_phone": _semi(
        "0800-0231; 088 111 3400; 0900-8020; 14 010; 0800 7070; +31 10 412 0000; 0900-1234; "
        "088-020 5000; +32 3 201 01 01; +1 876 926 3741; 1800 180 1961"
    ),
    "bot": _semi("Woefje; Bubbels; Zeilbot Skipper; Druif; Sien; Buurtbot; Poot; Rolly; Kiki; Toby de assistent"),
    "date": _semi(
        "1 januari; 14 februari; 3 mei 2025; 30 juni; 1 oktober 2024; 12-08-2025; 31/12; 27 april; Pinksteren; "
        "de zomervakantie; 1 juli; 5 december; de meivakantie"
    ),
    "date_en": _semi("1 January; 6 August; 15 August; 26 January; 30/06/2025; Diwali; Boxing Day; Emancipation Day"),
    "time": _semi("07:45; 08.30 uur; 09:00; 10.15; 11:30; 13:00; 14.30 uur; 16:00; 19:30; 20.00"),
    "amount": _semi(
        "€ 395,-; € 1.250,00; €45; € 89,50; 150 euro; € 12,50 p/m; € 2.300; € 74,95; £60; ₹4,500; J$12,000"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 8; 10; 12; 14; 20; 36"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
