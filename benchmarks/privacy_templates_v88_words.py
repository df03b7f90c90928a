"""Ordinary (never labelled) words of test_v88, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v88"] = {
    "firm": _semi(
        "Boerderij De Kleine Aarde; Odin; Oogstpakket Veluwe; Willem & Drees; Stena Line; P&O Ferries; DFDS; "
        "Irish Ferries; CLdN; Vioolbouw Hoogstraten; Atelier Strijkwerk; Gemeentebelastingen Amstelland; "
        "BSGR; Belastingsamenwerking West-Brabant; Tentverhuur De Feestkoepel; Partyverhuur Brabant; "
        "Trimsalon Pluis; Hondensalon Het Wolkje; Holland Casino Online; JACKS.NL; Unibet; Bootservice Vinkeveen; "
        "Yamaha Marine; Mercury; Tohatsu; Pilates Studio Kern; CoreFlow Pilates; Paddenstoelenkweker Zwamkwekerij; "
        "Kweekset.nl; Fungi Factory"
    ),
    "city": _semi(
        "Eindhoven; Tilburg; Den Bosch; Breda; Helmond; Oss; Rotterdam; Amsterdam; Utrecht; Hoek van Holland; "
        "Europoort; Vlissingen; Zeebrugge; Gent; Antwerpen; Nijmegen; Amersfoort; Almere; Leiden; Groningen"
    ),
    "town": _semi(
        "Oisterwijk; Boxtel; Veghel; Uden; Waalre; Heeze; Loon op Zand; Vinkeveen; Loosdrecht; Nunspeet; "
        "Ermelo; Zeewolde; Dronten; Harderwijk; Terneuzen; Kapelle"
    ),
    "place": _semi(
        "de Stationsweg; het Wilhelminaplein; de Willem II-straat; het Koning Willem I College; de Mgr. Nolenslaan; "
        "de Antonie van Leeuwenhoekweg; het Prins Bernhardplein; de Beatrixhaven; terminal Stena Line Hoek; "
        "het Maximapark; de Jan van Galenstraat; de Karel Doormanweg; het Julianapark; de Van Speijkstraat; "
        "de Piet Heinkade; het Vincent van Goghplein; de Anne Frankstraat"
    ),
    "product": _semi(
        "groentetas Klein; fruitbox Familie; seizoenspakket Herfst; boerenkaas 500 g; eierdoos 10 st; "
        "trailer 13,6 m; koeltrailer; oplegger zonder trekker; vrachtwagen tot 18 m; viool 4/4 'Stradivari-model'; "
        "altviool 40 cm; strijkstok pernambuco; kam en stapel; partytent 6x12; schaduwdoek 4x4; tentverwarmer; "
        "statafel; trimbeurt groot; vachtverzorging Kort; nageltje knippen; buitenboordmotor 9.9 pk; "
        "waterpompwaaier; impeller; anode; reformer-les; matles; proefles; oesterzwammenset; shiitake-blok; "
        "kweekzak champignons"
    ),
    "code": _semi(
        "SKU OESTER-02; art. 7741-KS; model F9.9JMHS; serie 1B2; impeller 47-89983T; vak B12; dek 3; "
        "baan 4; rij 7; lane 12; kade 5; artikel 255 Gemeentewet; formulier K-01; klasse A; maat 4/4; "
        "snaarset Dominant 135; zone Noord; tentcode PT-612; studio 2; kweekbatch 31"
    ),
    "ref": _semi(
        "bestelling 2025-118734; ticket #77120; case 00482911; order FB-99213; factuur 2025/0781; "
        "boeking HVH-ROS 0412; batch 8812; kortingscode OOGST15; zendingnummer 3SXYZ4458721; "
        "conversatie 4f2a-91; werkorder WO-23317; afvaart 22:00"
    ),
    "public_phone": _semi(
        "0800-0345; 088 123 4500; 0900-8800; 14 013; 14 076; 0800 1122; +31 10 800 2000; 0900-1234; "
        "+44 344 770 7070; +353 1 638 3333; +32 78 35 35 35; 088-0404 040"
    ),
    "bot": _semi("Boerbot; Ferry; Strijkie; Tentje; Woef; Chip; Schroefje; Corey; Zwammie; Loket"),
    "date": _semi(
        "1 maart; 15 april; 3 oktober 2024; 30 juni 2025; 1 januari 2026; 12-09-2025; 31/03; 11 november; "
        "Koningsdag; de carnavalsvakantie; Hemelvaartsdag; tweede kerstdag; 28 februari"
    ),
    "date_en": _semi(
        "1 March; 3 October 2024; 17 March; 30/06/2025; Easter Monday; the 1st of June; Madaraka Day; Boxing Day"
    ),
    "time": _semi("06:45; 07.30 uur; 08:00; 09:15; 11:30; 13.00; 14:45; 17:00 uur; 19.30; 21:45; 23:00"),
    "amount": _semi(
        "€ 4,50; € 19,95; €42,00; € 129,-; € 1.275,00; 350 euro; € 14,99 p/m; € 612,40; £85; € 2.900; € 0,79; KES 1,500"
    ),
    "count": _semi("2; 3; 4; 5; 6; 7; 8; 10; 12; 14; 20; 36"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
