"""Ordinary (never labelled) words of test_v109, registered in the shared `CLEAN_FILLERS`: firms, people-named
places and brands, product and order codes, public numbers, bot names, time stamps, non-birth dates and amounts."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v109"] = {
    "tandarts": _semi(
        "Tandartspraktijk De Kies; Mondzorg Twente; Tandartsen Stratum; Dental Clinics Hengelo; "
        "Tandheelkundig Centrum Oisterwijk; Mondzorgpraktijk Het Lint"
    ),
    "haven": _semi(
        "Jachthaven De Schorre; Watersportcentrum Het Wiel; Marina Lemmer; Jachtwerf Twentekanaal; "
        "Botenstalling De Kolk; Passantenhaven Muiden"
    ),
    "zon": _semi(
        "ZonneDak Brabant; Zonnepanelen Oost; Zon op Twente; SolarTeam Antwerpen; Dakwerk & Zon Boxtel; PV-Montage Best"
    ),
    "kamers": _semi(
        "Kamerverhuur Enschede; Xior; DUWO; Stichting Studentenhuisvesting Tilburg; Campus Kamers Delft; "
        "Studentenflat De Horst"
    ),
    "apotheek": _semi(
        "Apotheek De Kroon; Service Apotheek; BENU Apotheek; Thuisapotheek Brabant; Apotheek Stadsveld; "
        "Apotheek De Esch"
    ),
    "deelauto": _semi("MyWheels; Greenwheels; Cambio; Deelautoclub Twente; Buurauto Boxtel; Partago"),
    "trouw": _semi(
        "De Trouwschuur; Kasteel de Berckt; Landgoed Zonheuvel; Hoeve De Linde; Orangerie Elswout; Havezate Het Brook"
    ),
    "bso": _semi("BSO De Speeldoos; Partou; Humankind; BSO Het Boomhuis; Kinderrijk; BSO De Boerderij"),
    "fiets": _semi(
        "Fietsenmaker Spaak; Rijwielhuis De Ketting; Tweewielers Oost; Fietspunt Station; Bikefix Tilburg; "
        "De Fietsdokter"
    ),
    "loterij": _semi(
        "Nationale Postcode Loterij; VriendenLoterij; BankGiro Loterij; Goede Doelen Loterijen; Lotto; "
        "Nationale Loterij"
    ),
    "place": _semi(
        "Willem Barentszstraat; Van Woustraat; Ferdinand Bolstraat; Jan van Galenstraat; Johan Cruijff ArenA; "
        "Máxima Medisch Centrum; Jeroen Boschplein; Rubenshuis; Frans Halsplein; Pieter Calandlaan; "
        "Generaal Vetterstraat; Koningin Julianaplein; Prins Hendrikkade; Oude Markt; Piusplein; Groenplaats; "
        "Dr. Schaepmanstraat; Van Heekplein; Paul Krugerlaan; Anton Philipsweg; Stadhuisplein; Kerkplein"
    ),
    "place_en": _semi(
        "Buchanan Street; Flinders Street; Princes Street; Murtala Muhammed Way; Obafemi Awolowo Way; "
        "Macquarie Street; George Street; Sauchiehall Street; Collins Street; Leith Walk"
    ),
    "zorg": _semi(
        "zirkonia kroon; Oral-B iO9; Sensodyne Repair; Philips Sonicare 3100; bleekset Opalescence; opbeetplaat; "
        "implantaat Straumann BLT"
    ),
    "paneel": _semi(
        "JA Solar JAM54S31 435W; Trina Vertex S 425W; Longi Hi-MO 6 430W; Jinko Tiger Neo 440W; DMEGC 410W"
    ),
    "omvormer": _semi("Enphase IQ8M; Growatt MIN 3600TL-XH; SolarEdge SE5000H; Huawei SUN2000-4KTL; SMA Sunny Boy 4.0"),
    "medicijn": _semi(
        "omeprazol 20 mg; metformine 500 mg; paracetamol 500 mg; Lantus SoloStar; salbutamol 100 mcg; Eliquis 5 mg"
    ),
    "onderdeel": _semi(
        "Schwalbe Marathon Plus 28x1.40; Shimano Nexus 7; kabelslot Abus 6500; AXA Defender; Bosch PowerPack 500; "
        "Gates CDX-riem"
    ),
    "fietsmodel": _semi("Gazelle Orange C7; Urban Arrow Family; Sparta M8b; Batavus Finez; Stromer ST3; Babboe City"),
    "ref": _semi(
        "bestelling 2026-44817; order #SP-30112; zending 3SABC4471902; pakket JVGL0612445; levering L26-0913; "
        "retour RMA-55102; bestelling 2026-51930"
    ),
    "werkbon": _semi("werkbon WB-2291; reparatie R-7730; bon 0042-118; werkbon WB-3310; reparatie R-8012"),
    "rit": _semi("rit 88431; rit 90127; rit 77702; reservering 55120; rit 91846"),
    "ticket": _semi("48213; 50117; 61942; 73005; 80466; 91230; 102877; 113409; 118250; 120764; 131118; 140032"),
    "helpline": _semi(
        "112; 0900-1515; 088 030 0500; 14 053; 0800 0225; 0900-8844; 111; 000; +32 3 202 11 11; 0800-4020; "
        "14 040; 0800-0113; 088 123 4000; 1813"
    ),
    "kvk": _semi(
        "KvK 64123987; KvK-nummer 08123456; KvK 71829304; ondernemingsnummer 0456.123.789; KvK 17088235; "
        "KvK 55012847; KvK-nr. 90231144; ondernemingsnummer BE 0812.445.106"
    ),
    "bot": _semi("Kiesje; Boei; Zonny; Kamerbot; Pilbot; Deelie; Bruidje; Speelmaatje; Spaakje; Lotje; Skipper"),
    "stamp": _semi(
        "03-02-26 08:41:07; 14-03-26 09:12:44; 22-04-26 17:05:31; 09-05-26 21:48:02; 30-06-26 07:59:15; "
        "11-09-26 12:30:00; 01-10-26 06:55:48; 17-11-26 19:20:09; 08-12-26 10:02:33; 29-01-27 15:44:51"
    ),
    "wa": _semi(
        "14/03/2026, 09:12; 02/04/2026, 18:47; 27/05/2026, 07:03; 16/08/2026, 22:15; 05/10/2026, 13:38; "
        "21/11/2026, 08:09; 03/12/2026, 16:26; 12/01/2027, 11:51"
    ),
    "ts": _semi(
        "00:00:07; 00:00:19; 00:00:42; 00:01:12; 00:01:55; 00:02:45; 00:03:31; 00:04:02; 00:05:58; 00:07:20; "
        "00:08:03; 00:11:47"
    ),
    "suburb": _semi("Fitzroy VIC; Brunswick VIC; Newtown NSW; Bondi NSW; Fremantle WA; Subiaco WA; Carlton VIC"),
    "city_ng": _semi("Victoria Island, Lagos; Ikeja, Lagos; Enugu; Wuse 2, Abuja; Lekki, Lagos"),
    "town": _semi(
        "Almelo; Hengelo; Oldenzaal; Borne; Haaksbergen; Rijssen; Veldhoven; Boxtel; Oisterwijk; Best; Uden; "
        "Muiden; Lemmer; Hellevoetsluis; Losser; Goor; Tubbergen; Waalwijk; Vught; Son en Breugel; Oirschot; "
        "Monnickendam; Volendam; Wijchen"
    ),
    "town_be": _semi("Berchem; Borgerhout; Deurne; Mortsel; Schoten; Hoboken; Wilrijk; Ekeren; Merksem; Edegem"),
    "city": _semi(
        "Enschede; Eindhoven; Tilburg; 's-Hertogenbosch; Antwerpen; Utrecht; Delft; Hengelo; Breda; Leuven; "
        "Nijmegen; Zwolle"
    ),
    "date": _semi(
        "14 maart 2026; 1 mei; 30-09-2026; 15/11; 1 oktober 2026; 06-01-2027; 2 februari; 21 juni 2026; "
        "31-08-2026; 12 december; 4 november 2026; 17-07-2026; 1 september; 27 april 2026; 05-03-2027; 18/06"
    ),
    "date_en": _semi(
        "14 March; 30 September 2026; 1 May; 12/06/2026; 2 October; 19 November 2026; 28 February; 03/08/2026"
    ),
    "time_en": _semi("7:30am; 9am; 10:45; 12:30pm; 3:15pm; 5:45pm; 7pm; 8:15pm; 11am; 4:30pm"),
    "time": _semi(
        "07:30; 08.15 uur; 09:00; 10:45; 12:30; 14.00 uur; 15:15; 17:45; 19:00; 08:00; 09.30 uur; 11:15; 13:00; "
        "16:30; 18.00 uur; 20:15; 21:00; 10:00"
    ),
    "fee": _semi("€ 1,99; € 2,50; € 3,95; € 4,50; € 5,-; € 6,95; € 2,25; € 3,50"),
    "unit": _semi("€ 0,29; € 0,32; € 0,35; € 0,39; € 0,41; € 0,45"),
    "price": _semi(
        "€ 18,75; € 24,95; € 39,-; € 45,-; € 64,50; € 89,95; € 129,00; € 149,-; € 215,40; € 250,-; £40; A$120; ₦25,000"
    ),
    "rent": _semi("€ 389,-; € 425,-; € 475,-; € 512,50; € 560,-; € 640,-; € 698,15"),
    "big": _semi("€ 950,-; € 1.350,00; € 2.450,00; € 3.275,00; € 4.800,-; € 6.120,-; € 12.500,-"),
    "between": _semi(
        "08:00 en 12:00; 12:00 en 17:00; 09.30 en 11.30 uur; 13:00 en 16:00; 18:00 en 21:00; 07:30 en 09:30; "
        "10:00 en 14:00; 14.00 en 18.00 uur"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 8; 9; 10; 11; 12; 14; 15; 16; 18; 20; 24; 25; 30"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
