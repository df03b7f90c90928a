"""Ordinary (never labelled) words of test_v53, registered in the shared `CLEAN_FILLERS`: organisations, places,
products, public phone numbers and mailboxes, booking and order codes, times, amounts and non-birth dates."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _list(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


CLEAN_FILLERS["test_v53"] = {
    "city": _list(
        "Almere; Lelystad; Rotterdam; Terneuzen; Hulst; Sluis; Oostburg; Dronten; Zeewolde; Emmeloord; Vlissingen; "
        "Middelburg; Barendrecht; Ridderkerk; Spijkenisse; Almere Buiten; Goes; Axel; Kapelle"
    ),
    "city_be": _list("Gent; Antwerpen; Brugge; Leuven; Sint-Niklaas; Knokke-Heist"),
    "date": _list(
        "14 maart; 3 april; 22-05-2026; 1 juli; 30/09/2026; maandag 12 oktober; 2026-11-04; 6 januari; "
        "vrijdag 27 februari; 18 augustus; 9 december; 15-06-2026; 01/10/2026"
    ),
    "time": _list("08:30; 9.15; 10:45; 12u30; 13:00; 14.20; 16:05; 17:30; 19u; 20:15; 11.00; 7:45"),
    "amount": _list("€ 4,50; €12,95; 35 euro; € 149,-; 2,80 euro; € 62,50; € 1.250,00; €7.99; 19 EUR"),
    "desk": _list(
        "Stadswinkel Almere Stad; Publiekshal Lelystad; Stadhuis Terneuzen; Wijkloket Feijenoord; "
        "Servicepunt Zuidplein; Gemeentewinkel Hulst; het Stadskantoor Rotterdam"
    ),
    "square": _list("Grote Markt; Agorabaan; Zuidplein; Stadhuisplein; Marktveld; Kerkplein; Noordzeeboulevard"),
    "container": _list("OC-1182; ondergrondse container 4471; CTR-09-221; rolcontainer 2B; 7730-GFT"),
    "book": _list(
        "De avond is ongemak; Tirza; Het diner; Harry Potter en de Steen der Wijzen; De Gruffalo; Dolfje Weerwolfje; "
        "Pluk van de Petteflet; Kruistocht in spijkerbroek; Max Havelaar; The Midnight Library"
    ),
    "station": _list(
        "Almere Centrum; Lelystad Centrum; Rotterdam Zuid; Rotterdam Blaak; Gent-Sint-Pieters; Goes; Utrecht Centraal"
    ),
    "garage": _list(
        "Schouwburgplein; P1 Almere Centrum; Zuidplein Hoog; Stadhuisplein Lelystad; Markthal; P+R Kralingse Zoom; "
        "Parking Kouter; Q-Park Beurs"
    ),
    "charger": _list("NLALLEGO0042187; EVSE NL*TNM*E01234*1; paal 3B; ZE-0117; laadplein P4; Fastned-station A6"),
    "scooter": _list("Felyx #4412; Check 7-219; GO Sharing 2210; Cooltra C-085; Bolt 33-9A"),
    "salon": _list(
        "Kapsalon Knipperlicht; Hair Studio Noor; Barbershop De Scheermeester; Beautysalon Lotus; "
        "Nagelstudio Nail Bar 36; Kapper Figaro; Salon Belle Vue; Studio Frida Beauty"
    ),
    "treatment": _list(
        "knippen + föhnen; balayage; wenkbrauwen epileren; gellak; herenknipbeurt; gezichtsbehandeling 60 min; "
        "baardtrim; keratine behandeling; kids cut"
    ),
    "company_phone": _list(
        "14 036; 14 0320; 0900-1234; 088 - 010 2000; 085 401 33 00; 020 - 700 70 70; +31 (0)36 123 0000; 0800-0234"
    ),
    "mailbox": _list(
        "info@bibliotheekalmere.nl; noreply@afspraken.gemeente.nl; klantenservice@deelscooter.nl; "
        "support@laadpas.example; planning@bso-zonnekind.nl; hallo@fotostudio-licht.nl; boekingen@salonbelle.be"
    ),
    "allergy": _list("geen; PPD (haarverf); latex; parfum; nikkel; onbekend"),
    "goal": _list("10 km hardlopen; afvallen; spieropbouw; herstel knie; conditie; marathon Rotterdam"),
    "lesson": _list("spinning; BodyPump; yoga; HIIT; Zumba; bootcamp; pilates; kickboksen"),
    "venue": _list(
        "Kasteel Westhove; Landgoed Duin & Kruidberg; Fort Rammekens; Het Stadhuis van Sluis; Batavialand; "
        "Hotel New York; Kasteel Wijnendale; De Kuip Skybox"
    ),
    "package": _list("Basis (2 uur); Volledige dag; Loveshoot; Pasfotoshoot; Gezinsshoot; Album Deluxe"),
    "form_time": _list("12/03/2026 14:22:08; 2026/04/01 9:05:51 AM; 28-05-2026 21:14; 3/6/2026 18:40:02"),
    "pet": _list("Rakker; Pluis; Balou; Snoetje; Kaatje; Bikkel; Moortje; Tommie; Sammy; Pip; Bolle; Kiko"),
    "instrument": _list("cello; altsaxofoon; digitale piano; ukelele; viool 3/4; trompet; drumstel; dwarsfluit"),
    "agency": _list("StudyWorks; Bijlesbureau Rekenhulp; MentorPlus; Studiekring Zuid; BijlesNU; Tutorhuis"),
    "bso": _list("BSO De Zeester; BSO Kameleon; Gastouderbureau Kindje Thuis; BSO Het Sportkasteel; KDV Boefje"),
    "weekday": _list("maandag; dinsdag; woensdagmiddag; donderdag; vrijdag; zaterdagochtend"),
    "month": _list("januari; februari; maart; april; mei; juni; september; oktober; november"),
    "kwh": _list("€0,35; € 0,59; 0,69 euro; €0,42"),
    "dtstart": _list("20260314T093000; 20260402T160000Z; 20261021T111500; 20260519T083000; 20260907T190000"),
    "mobility": _list("OV-fiets; Donkey Republic; Swapfiets; Felyx; Check; GO Sharing; Cooltra; Bolt"),
    "charging": _list("Shell Recharge; Vattenfall InCharge; Allego; Fastned; Q-Park; Equans; Blue Corner"),
    "waste_app": _list("Afvalwijzer-app; app Mijn Afvalwijzer; HVC-app; ZRD-app; website van de Afvalstoffendienst"),
    "booking_app": _list("Treatwell; Salonized; de Planity-app; Booksy; onze website"),
    "cleaning_app": _list("Helpling; Homeaglow; Schoonmaakplatform.nl; Yoors"),
    "gym": _list("Basic-Fit; SportCity; TrainMore; Anytime Fitness; Fit For Free"),
    "hair_product": _list("Olaplex; Kérastase; L'Oréal Majirel; Keune; Davines; een Dyson Supersonic"),
    "wearable": _list("Fitbit Charge 6; Garmin Forerunner 265; Apple Watch SE; Polar Pacer; Whoop 4.0"),
    "camera": _list("Canon EOS R6 Mark II; Sony A7 IV; Nikon Z6 II; Fujifilm X-T5; DJI Mini 4 Pro"),
    "wallbox": _list("Wallbox Pulsar Plus; Alfen Eve Single; Zaptec Go; Easee One; Peblar Home"),
    "instrument_model": _list(
        "Yamaha P-145; Roland FP-30X; Fender Player Stratocaster; Yamaha YAS-280; Pearl Roadshow"
    ),
    "cleaning_tool": _list("Kärcher WD 3; Vileda Turbo; Dyson V15; Leifheit Clean Twist; Miele Complete C3"),
    "order": _list("BK-2026-00418; 7781204; A13-552; ORD-2026-3371; T48213; Z-2026-014422; SLN-88214"),
    "count": _list("2; 3; 5; 7; 10; 12; 14; 20; 30; 45"),
    "building": _list(
        "Nieuwe Bibliotheek Almere; Theater Agora; Ahoy; Erasmus MC; Zeeuwse Bibliotheek; Kulturhus; "
        "Van Nelle Fabriek; Johan Cruijff ArenA; Annie M.G. Schmidtschool; Sint-Pietersabdij"
    ),
    "zone": _list("zone 3630; vergunninggebied Centrum-Oost; blauwe zone; tariefzone B; zone 1800"),
    "percent": _list("10%; 15 procent; 21% btw; 50%; 5%"),
}
