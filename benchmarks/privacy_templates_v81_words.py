"""Ordinary (never labelled) words of test_v81, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v81"] = {
    "firm": _semi(
        "NS Fiets; Biesieklette; Fietsenstalling Stationsplein; Q-Park; ProRail; Clínica Barraquer; "
        "Memorial Şişli; Dentaprime; Smile Clinic Budapest; Estetik International; CJIB; Stichting Babyspullen; "
        "Tweedehands Baby Verhuur; Kinderwagenbank; Schindler; Otis; Kone; Stannah; Handicare; Thyssenkrupp; "
        "Ziezon; Klasgenoot; Bijles aan Bed; DHL Parcelstation; PostNL Pakketautomaat; Bringme; Amazon Locker; "
        "Waternet; Gemeente Amsterdam; Woonbotenvereniging De Zwaan; Kostuumverhuur De Spiegel; Theaterkostuums "
        "Van Dam; Toneelvereniging Vondel; Hippisch Fysio Centrum; Paardenkliniek De Watermolen; Equine Care"
    ),
    "city": _semi(
        "Utrecht; Amsterdam; Groningen; Leiden; Delft; Zwolle; Den Haag; Haarlem; Nijmegen; Eindhoven; "
        "Istanbul; Budapest; Barcelona; Antalya; Gdańsk; Cluj-Napoca; Glasgow; Edinburgh; Lagos; Abuja"
    ),
    "station": _semi(
        "Utrecht Centraal; Amsterdam Zuid; Groningen; Leiden Centraal; Delft; Den Haag HS; Zwolle; "
        "Rotterdam Centraal; Eindhoven Centraal; Amersfoort Centraal"
    ),
    "place": _semi(
        "het Jaarbeursplein; de Willem-Alexanderstalling; het Stationsplein; de Sijtwendetunnel; de Zuidas; "
        "het Johan Cruijffplein; de Magere Brug; de Rembrandttoren; het Wilhelmina Kinderziekenhuis; "
        "het Prinses Máxima Centrum; de Amstel; het Westerdok; de Nieuwe Meer; de Stadsschouwburg; "
        "het Beatrixtheater; Paleis het Loo; de Hoefslag; het Vondelpark; het Erasmus MC"
    ),
    "product": _semi(
        "Stannah Siena 600; Handicare Freecurve; Otis Gen2; Kone MonoSpace; Maxi-Cosi Pebble 360; "
        "Bugaboo Fox 5; Joolz Day+; Stokke Tripp Trapp; Cybex Solution; babyfoon Philips Avent; "
        "kinderbedje Woodies; draagzak Ergobaby Omni; OV-fiets; e-bike Gazelle Grenoble; "
        "kostuum Sinterklaas; jurk Marie Antoinette; pak Don Quichot; pruik Louis XIV; hoofddeksel Napoleon; "
        "TENS-apparaat; hoefschoen Cavallo; lasertherapie Class IV; dental implant Straumann; Invisalign"
    ),
    "code": _semi(
        "stallingsvak B-214; rek 17; laag 2; artikel 5 WAHV; artikel 61 RVV 1990; code R315a; feitcode R397b; "
        "model SL-600; serie HF-2; art. 8830-GRY; SKU 40211; kluis 14; locker 0327; module 3; pakket XL; "
        "ligplaats W-112; steiger 4; box 9; maat 48; maat 152; lot 7"
    ),
    "ref": _semi(
        "bestelling 2025-110388; ticket #77120; Gorgias #58213; order BV-20331; factuur F2025-0481; "
        "zending 3SPOST9921004; onderhoudsbon OB-7712; storing 45120; run 88; batch 2025-17; actiecode BABY15"
    ),
    "public_phone": _semi(
        "058 750 91 91; 088 - 600 36 00; 0900-1475; 0800-0404; 020 - 55 111 11; 14 020; 088 234 1234; "
        "0900 8844; +31 88 450 00 00; 0800 7711; 112; 0800 1111"
    ),
    "bot": _semi("Fietje; Stalbot; Liftie; Traplopertje; Kluisje; Wiegje; Boeie; Toneeltje; Hoefje; Klasje; Dokbot"),
    "horse": _semi("Dancing Queen; Flicka; Bolero; Sultan; Zorro; Toffee; Storm; Black Jack; Amadeus; Dexter"),
    "role": _semi(
        "Hamlet; Ophelia; Tante Patent; Sinterklaas; Hoofdpiet; Assepoester; Don Quichot; "
        "Lady Macbeth; Pippi Langkous; Kapitein Haak; de Koningin van de Nacht; Mr. Darcy"
    ),
    "date": _semi(
        "1 januari; 14 maart; 2 april 2025; 30 juni; 1 juli 2025; 15-09-2025; 31/12; 27 april; 5 mei; "
        "de kerstvakantie; Hemelvaartsdag; 1 oktober 2025; 3 november"
    ),
    "date_en": _semi("1 January; 2 April 2025; 30 June; St Andrew's Day; Burns Night; 1 October 2025; Hogmanay"),
    "time": _semi("07:15; 08.30 uur; 09:00; 10:45; 12:00; 13.30; 15:00; 16:45 uur; 19.00; 22:30"),
    "ts": _semi("[00:00:04]; [00:00:11]; [00:00:19]; [00:01:02]; [00:01:37]; [00:02:05]; [00:02:48]; [00:03:10]"),
    "amount": _semi(
        "€ 1,25; € 7,50; € 12,95; €19,-; € 95,00; € 240,-; € 3.450; £60; € 1.280,00; 35 euro; € 0,50 per dag"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 8; 10; 12; 14; 20; 250"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
