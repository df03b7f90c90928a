"""Ordinary (never labelled) words of test_v102, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v102"] = {
    "firm": _semi(
        "KNGF Geleidehonden; Stichting Hulphond; Crematorium Groningen; Yarden; Dela; WindDak BV; Fortis Wind; "
        "Photo Koekie; Schoolfotograaf Zeeland; Bouwbedrijf Kapteijn; Omgevingsloket; Vioolhuis Bronsgeest; "
        "Muziekhuis Gent; Sanquin; Rode Kruis-Vlaanderen; Westerschelde Ferry; Doeksen; PSD; Welzorg; Medipoint; "
        "Kwalitaria; Tuinpark De Hoge Hoed; Compostkring Oosterpoort; Freshdesk; Instagram; Teams; Zoom"
    ),
    "city": _semi("Groningen; Vlissingen; Middelburg; Goes; Terneuzen; Gent; Brugge; Delfzijl; Assen; Zwolle; Breda"),
    "town": _semi("Breskens; Zierikzee; Veere; Haren; Winsum; Appingedam; Sas van Gent; Deinze; Yerseke; Loppersum"),
    "place": _semi(
        "het Prinsenhof; de Martinitoren; het Nieuwe Kerkhof; de Herman Colleniusstraat; de Johan de Wittlaan; "
        "het Michiel de Ruyterplein; de Sint-Baafskathedraal; het Gravensteen; de Zernikecampus; "
        "de Willem Alexanderhal; de Beatrixtunnel; het Sint Jansplein; Jan Pietersz. Coenplein"
    ),
    "product": _semi(
        "kleine windturbine 1,5 kW; violen 1/8; viool 1/4 met strijkstok; urn 'Zeedruppel'; scootmobiel Vivo 4; "
        "fotopakket Klassiek; dakkapel 3 meter; tuigje met beugel; compost 40 liter; seizoenskaart voetganger"
    ),
    "code": _semi(
        "art. VF-1/8; kastnummer 14; baan 2; vak C; cabine 3; steiger 1; dossier OLO-model; batterij 12V 50Ah; "
        "wieklager type 6204; lens EF 85mm; bloedgroep O-negatief; sticker B12"
    ),
    "ref": _semi(
        "ticket #58213; bestelling FK-22091; order 771340; werkbon WB-3312; klachtnr. 2025-114; batch 88; "
        "vergunning 2025-0412; rit 07.15; afspraak A-4471"
    ),
    "public_phone": _semi(
        "0800-0121; 088 512 1000; 0900 1234; 14 050; +31 118 412 000; 0800-5115; 09 266 55 00; 1300 886 601"
    ),
    "bot": _semi("Waffel; Blaffie; Wiekje; Klikje; Fiedel; Druppel; Veerman; Scootje; Wormpje; Robbie"),
    "date": _semi("1 maart; 14 april 2025; 3 juni; 21-06-2025; 30 september; Koningsdag; 1 november; 12/12"),
    "date_en": _semi("1 March; 14 April 2025; 30/06/2025; Hogmanay; Australia Day; the 3rd of June"),
    "time": _semi("07:15; 08.30 uur; 09:00; 11:45; 13:00; 16:30; 19.00 uur; 22:10; 02:40; 04.15"),
    "amount": _semi("€ 7,50; € 24,95; €49,-; € 112,00; € 1.250; 35 euro; € 9,99 p/m; AU$ 80; £ 15; R 450"),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 20; 40; 150"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
