"""Ordinary (never labelled) words of test_v74, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v74"] = {
    "firm": _semi(
        "Petplan; Figo; OHRA Dierenverzekering; PetSecur; Dakdekkersbedrijf De Goot; Dakwerken Noord; "
        "Goot & Dak Service; Fotostudio Ja-Woord; Trouwreportage Zilverlicht; Zorggroep De Zonnewijzer; "
        "Woonzorgcentrum Avondrood; Picnic; Crisp; Albert Heijn; Jumbo; Flink; Studiekring; Lyceo; Bijlesnet; "
        "Partyverhuur Feestje; Tentenverhuur De Gouden Haring; Allianz Travel; Europeesche Verzekeringen; "
        "ANWB; Hans Anders; Pearle; Specsavers; Eye Wish; Oogwereld; MHC Hurley; HC Bloemendaal; "
        "KV Fortuna; PKC; Korfbalvereniging Dalto"
    ),
    "city": _semi(
        "Amersfoort; Hilversum; Ede; Nijmegen; Enschede; Leiden; Delft; Hoogeveen; Emmen; Zeist; Barneveld; "
        "Apeldoorn; Gouda; Alphen aan den Rijn; Groningen; Eindhoven"
    ),
    "city_abroad": _semi(
        "Barcelona; Lissabon; Kreta; Antalya; Marrakesh; Nice; Malaga; Rhodos; Porto; Dubrovnik; Bangkok"
    ),
    "town": _semi("Baarn; Soest; Bunschoten; Nijkerk; Lunteren; Ootmarsum; Rhenen; Woudenberg; Driebergen; Laren"),
    "town_be": _semi("Aalst; Lokeren; Tielt; Geel; Mol; Poperinge; Ninove; Zottegem; Herentals; Bree"),
    "place": _semi(
        "Kasteel De Haar; Landgoed Groeneveld; het Prinses Máxima Centrum; Sportpark De Eendracht; "
        "de Johan Cruijff ArenA; het Anne Frank Huis; de Willem Alexanderbaan; Zorgcentrum De Bolder; "
        "Villa Sterrenberg; het Wagenborg Stadion; de Van Nelle Fabriek; Theehuis Rhijnauwen; "
        "het Van Goghplein; de Karel Doormanstraat; Hotel Karel V; sporthal De Meent"
    ),
    "product": _semi(
        "springkussen 'Piratenschip'; partytent 6 x 3 m; statafel met rok; popcornmachine; chocoladefontein; "
        "terrasheater; koelaanhanger; zinken dakgoot; bakgoot EPDM; vogelschroot; multifocale glazen; "
        "daglenzen 90 stuks; zonnebril op sterkte; hockeystick Grays GR7000; korfbal Mikasa; "
        "diepvriesmaaltijd; bezorgbox; trouwalbum A3; kattenvoer 10 kg"
    ),
    "home": _semi(
        "Zorgcentrum De Bolder; Woonzorgcentrum Avondrood; Huize Sint Jozef; Verpleeghuis Prinses Beatrix; "
        "De Wilhelminahof; Zorgvilla Hof van Heden; Nazareth Care Home; St Columba's House"
    ),
    "breed": _semi("labrador; Maine Coon; teckel; Britse korthaar; stabyhoun; cavia; konijn; Berner sennen"),
    "pet": _semi("Kwispel; Pluis; Snuffie; Tijgertje; Brammetje de kater; Bolletje; Woefie; Knabbel; Flappie"),
    "team": _semi("JO11-2; MB1; Dames 3; Heren 1; D2; de E-jeugd; A1 korfbal; de veteranen; MO14-3; Jongens C4"),
    "code": _semi(
        "B2; afdeling 3 Oost; kamer 104; SKU 60012-PT; art. 3318.90; artikel 6:162 BW; vak 7; kleedkamer 4; "
        "veld 2; lijn 12; sterkte -2,25; zone B; route 14; dossiercode DK-01"
    ),
    "ref": _semi(
        "bestelling 50123-NL; ordernummer 2025-118045; ticket #77310; zaak 2025/0412; offerte OF-8812; "
        "factuur 24-3391; batch 4402; retourcode RT-59; actiecode FEEST10; melding MK-0023"
    ),
    "public_phone": _semi(
        "0800-0240; 088 322 4000; 0900-0711; 14 020; 0800 8000; +31 20 555 0000; 0900-1234; 112; "
        "088-004 4040; +32 78 05 05 05; 0800-2233; +353 1 800 0000; 0345 600 1234"
    ),
    "bot": _semi(
        "Kwispel-bot; Dakkie; Flitsbezorger; Bijlesbuddy; Feestje; Oogje; Stickie; Korfie; Reisbot; "
        "Robin (onze digitale assistent); Sam de servicebot"
    ),
    "date": _semi(
        "1 januari; 15 februari; 3 maart 2025; 30 april; 12 juni 2026; 01-07-2025; 31/08; de meivakantie; "
        "Koningsdag; Sinterklaasavond; 2 januari 2026; tweede kerstdag; 17 september"
    ),
    "date_en": _semi("1 March; 14 June 2025; 30/09/2025; Hogmanay; St Patrick's Day; the 2nd of August; Easter Monday"),
    "dtstart": _semi(
        "20250614T140000; 20251003T093000Z; 20260117T190000; 20250901T160000; 20251122T103000Z; 20260308T083000"
    ),
    "time": _semi("07:00; 08.30 uur; 09:15; 10:00; 12:45; 14.30; 16:00; 17:30 uur; 19.00; 20:45"),
    "amount": _semi(
        "€ 7,95; € 14,99 p/m; €49,50; € 135,00; € 2.275,-; 325 euro; € 89; £60; € 1.150,00; € 0,45; € 19,-"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 9; 11; 14; 20; 35; 120"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
