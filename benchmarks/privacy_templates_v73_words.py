"""Ordinary (never labelled) words of test_v73, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v73"] = {
    "firm": _semi(
        "Orthodontiepraktijk Het Stralend Gebit; Beugelcentrum Noord; Orthoteam Leiden; Jachthaven De Kreupel; "
        "Watersportcentrum Het Hop; Marina Lemmer; Manege De Vossenberg; Pensionstal Hoefijzer; Ruitersport De Bles; "
        "Spaces Zuidas; Seats2meet; De Werkplaats Coworking; B. Amsterdam; Stalling De Zuidpolder; "
        "Caravanstalling Van Tol; Botenloods Heeg; SSH Student Housing; DUWO; Lefier; Xior; "
        "Muziekschool Sweelinck; Pianostemmer Klavierwerk; Steinway Gallery; Taalschool Nieuwe Buren; "
        "Inburgeringsbureau Spreek; NT2 Instituut Noord; Fietsenmaker De Ketting; Rijwielhandel Oosterpark; "
        "Swapfiets; VanMoof; Verisure; Ajax Systems; Alarmcentrale Protectus; Smart Secure; Ring; Google Nest"
    ),
    "city": _semi(
        "Groningen; Leeuwarden; Sneek; Lemmer; Heeg; Leiden; Delft; Haarlem; Amsterdam; Utrecht; Zwolle; "
        "Amersfoort; Gent; Antwerpen; Leuven; Hasselt"
    ),
    "city_be": _semi("Gent; Antwerpen; Leuven; Brugge; Hasselt; Mechelen; Kortrijk; Aalst"),
    "city_us": _semi("Portland, OR; Austin, TX; Columbus, OH; Denver, CO; Madison, WI; Raleigh, NC; Tucson, AZ"),
    "town": _semi(
        "Grou; Workum; Joure; Stavoren; Loosdrecht; Kaag; Warmond; Noordwijkerhout; Oegstgeest; Haren; Zuidhorn; "
        "Bunnik; Lochristi; Schilde"
    ),
    "place": _semi(
        "de Johan Cruijff ArenA; het Koning Willem I College; de Prins Clausbrug; het Sweelinckplein; "
        "de Anne Frankstraat; het Wilhelmina Kinderziekenhuis; de Erasmusbrug; de Piet Heinkade; "
        "het Beatrixpark; het Mozarteum; de Rembrandt van Rijnstraat; het Albert Schweitzerplein; "
        "de Van Goghstraat; de Sint-Baafskathedraal"
    ),
    "product": _semi(
        "uitneembare beugel; vaste beugel boven; Invisalign-set; retainer onder; Yamaha U1; Steinway model B; "
        "Kawai K-300; digitale piano Roland FP-30X; Gazelle Ultimate C380; Batavus Finez; Shimano Nexus 7; "
        "Verisure Starter; rookmelder Nest Protect; deurcamera Ring Video Doorbell 4; Ajax Hub 2 Plus; "
        "sloep Marex 310; Hobby De Luxe 460; Fendt Bianco 515; flexplek-strippenkaart; vaste werkplek"
    ),
    "code": _semi(
        "box 17; steiger C, ligplaats 42; plek 88; kamer 3.14; lokaal B-2.06; hal 4; vak K12; werkplek 23; "
        "zone 2; module A2; niveau B1; les 14; foutcode E04; sensor PIR-2; ring 3; paddock 5; stal B"
    ),
    "ref": _semi(
        "ticket #48127; storing 2025-0388; bestelling 118-4473; offerte Q-2025-071; factuur 2025-1140; "
        "release 4.2.1; batch 25-118; artikelnummer 61.33.204; service-update SU-07; zending 3SABCD1234567"
    ),
    "public_phone": _semi(
        "0900-0201; 088 555 1200; 0800-0432; 14 050; 020 624 1111; +31 50 313 2333; 112; 0800 8844; "
        "088-200 3000; +32 9 225 1515; 1-800-555-0199; 071 527 2727"
    ),
    "bot": _semi("Beugelbot; Steigertje; Hoefje; DeskBuddy; Stallie; Kamerbot; Klavie; Taalmaatje; Spaakje; Alarmpje"),
    "horse": _semi("Bliksem; Storm; Sterretje; Duke; Fleur; Caramel; Moonlight; Jasper"),
    "boat": _semi("De Zwaluw; Zeezot; Blauwe Reiger; Noorderlicht; Wind in de Zeilen; Avontuur II"),
    "stamp": _semi("08:02; 09:41; 10:15; 11:58; 13:07; 14:33; 15:20; 17:46; 19:12; 20:55; 22:04"),
    "date": _semi(
        "3 maart 2025; 15 april; 1 juni; 30 september 2025; 12-11-2025; 1 oktober; 2 januari 2026; Pinksteren; "
        "de herfstvakantie; 11 november; 31 mei"
    ),
    "date_en": _semi("March 3, 2025; April 15; June 1; 30 September 2025; Labor Day; Thanksgiving; 10/01/2025"),
    "time": _semi("07:30; 08.45 uur; 09:00; 10:30; 12:15; 13.00; 14:45; 16:00 uur; 18:30; 20:00; 21:15"),
    "amount": _semi(
        "€ 12,50; € 39,95; €95,00; € 185,-; € 1.340,00; 350 euro; € 2.450; € 27,80; € 4,99 p/m; € 640; € 75; $ 180"
    ),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 16; 24; 36; 120"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
