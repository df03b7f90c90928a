"""Ordinary (never labelled) words of test_v64, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v64"] = {
    "firm": _semi(
        "Vattenfall; Essent; Eneco; Greenchoice; Vandebron; Budget Energie; Frank Energie; Engie; Tibber; "
        "Hypotheker; Van Bruggen Adviesgroep; De Hypotheekshop; Florius; Munt Hypotheken; Kinderopvang Humanitas; "
        "Partou; Kinderdam; BSO De Boomhut; Gastouderbureau Kiddies; Verhuisbedrijf Mudde; Zeeuw & Zeeuw; "
        "Shurgard; Alles Opslag; Van der Valk Auto's; Stern; Louwman; Broekhuis; Kwik-Fit; Euromaster; "
        "Profile Tyrecenter; TUI; Corendon; Sunweb; D-reizen; ANWB Reizen; Picnic; Albert Heijn; Jumbo; Crisp; "
        "Flink; Verisure; Ajax Systems; Klikaanklikuit; Sleutelspecialist Bakker; DUO; Nibud; Stichting Volkstuin "
        "Ons Buiten; AVV Groei & Bloei; Philips; Dirk van den Broek; Hoogvliet"
    ),
    "city": _semi(
        "Groningen; Utrecht; Amersfoort; Eindhoven; Tilburg; Nijmegen; Haarlem; Almere; Delft; Leiden; Enschede; "
        "Apeldoorn; Zaandam; Den Haag; Rotterdam; Amsterdam; Antwerpen; Gent"
    ),
    "town": _semi("Nieuwegein; Houten; Zeist; Bunnik; Diemen; Krimpen; Oisterwijk; Nuenen; Barneveld; Wassenaar"),
    "place": _semi(
        "de Willem Dreeslaan; het Anne Frank Huis; de Johan Cruijff ArenA; het Koningin Julianaplein; "
        "de Prins Bernhardlaan; station Amsterdam Bijlmer ArenA; het Máximapark; de Erasmusbrug; "
        "het Jan van Galenstraat-viaduct; de Van Brienenoordbrug; het Rembrandtplein; winkelcentrum Hoog Catharijne; "
        "het Wilhelmina Kinderziekenhuis; de Thorbeckegracht; het Beatrixtheater; de Dr. Van Noortstraat"
    ),
    "product": _semi(
        "slimme meter Kaifa MA105; thermostaat Tado V3+; Nest Learning Thermostat; warmtepomp Daikin Altherma; "
        "zonnepanelen 410 Wp; verhuisdoos XL; garderobedoos; opslagbox 6 m²; Volkswagen ID.3 Pro; Kia Niro EV; "
        "Toyota Yaris Hybrid; Michelin CrossClimate 2; Continental WinterContact TS 870; Verisure Smart Lock; "
        "Ajax Hub 2; cilinderslot SKG***; Ring Video Doorbell; pakketreis Kreta 8 dagen; all-inclusive Antalya; "
        "halfvolle melk 1,5 L; Hollandse komkommer; bananen tros; moestuinbak 2 x 1 m; zaaigoed 'Zeeuwse Roem'"
    ),
    "code": _semi(
        "EAN 871 687 120 000 123 456; tarief T1/T2; SKG-klasse 3; APK-keuring type 1; bandenmaat 205/55 R16; "
        "DOT 2423; foutcode E-17; artikel 7:17 BW; NHG-grens 2025; WOZ-tijdvak 2025; Energielabel A++; "
        "zone 3; unit B-114; vak 7; tuin 12; route 5; kamer 2.14; formulier OV-22; versie 4.2"
    ),
    "ref": _semi(
        "order 7712-9043; bestelling PC-2025-118834; zending 3SPCN0044120934; ticket #55120; case 00781234; "
        "factuur 2025-00871; offerte OF-4412; boekingsnummer TUI-88420315; storing ST-2025-0918; werkorder WO-3391"
    ),
    "public_phone": _semi(
        "050 599 7755; 0800-0230; 088 363 6363; 0900-0288; 088-269 3000; 0800 1122; 020 712 4000; "
        "0800-0117; +31 50 599 7755; 088 170 0700; 0900-1888; 112"
    ),
    "bot": _semi("Vera; Otto; Sam de assistent; Billie; Juul; Robin de chatbot; Lotje; Max van de klantenservice"),
    "handle": _semi("@EssentNL; @PicnicNL; @TUI_NL; @DUO_nl; @VerisureNL; @vattenfall_nl; @KwikFitNL; @ShurgardNL"),
    "hashtag": _semi("#verhuizen; #energierekening; #klantenservice; #fail; #moestuin; #vakantie; #APK; #DUO"),
    "date": _semi(
        "1 januari; 1 juli 2025; 15 maart; 31-12-2025; 1 september; 28 februari 2026; 2 mei; 14 oktober; "
        "Koningsdag; de meivakantie; Pinksteren; 1 oktober 2025"
    ),
    "date_en": _semi("1 January; July 4th; 31 December 2025; the 1st of September; Labor Day; Diwali; 16 June"),
    "time": _semi("07:45; 08.30 uur; 09:12; 10:05; 11:30; 13:15; 14:02; 16.45; 17:30 uur; 20:10"),
    "amount": _semi(
        "€ 142,50; € 1.287,44; € 89,-; € 3,99; 450 euro; € 318.000; € 12,95 p/m; € 2.150; $60; R450; € 0,35"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 9; 12; 14; 20; 30; 365"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
