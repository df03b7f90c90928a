"""The ordinary words every `test_v24` template draws (`CLEAN_FILLERS["test_v24"]`): sleep clinics, balloon
operators, charge-point brands and models, car importers, valet-parking firms, domain registrars, indoor
playgrounds, scouting groups, carnival associations, self-storage firms, angling clubs, kennels, second-hand
(kringloop) shops, art libraries, auction houses, party-rental firms, Flemish social-housing companies and DNA-test
firms; towns; and numbers that are no one's: order, ticket, booking, invoice, lot, voucher, request and one-time
codes, flight numbers, EAN barcodes, chassis numbers, KvK numbers, amounts, times, versions and dates that are no
birth date, company phone numbers and mailboxes.

Written by someone who never saw the redaction rules. Many firms and clubs hold a person's name (Ballonvaart Gijs
Lammers, Kennel Huize Annemiek, Veilinghuis Corneille Jacobs, Tentenverhuur Gebr. Kuijpers, Scouting Jan van
Hoofgroep, Kringloop Tante Truus, Opslag Henk & Zonen); none of them is labelled. Values avoid the words the/I/is/my,
by which the corpus builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v24"] = {
    "city": _bars(
        "Venray|Weert|Sittard|Heerlen|Boxmeer|Oss|Uden|Veghel|Meppel|Emmen|Harderwijk|Nunspeet|Lelystad|Almere|"
        "Purmerend|Alkmaar|Schagen|Gouda|Woerden|Zeist|Amersfoort|Ede|Arnhem|Deventer|Kampen|Leeuwarden|Drachten|"
        "Groningen|Eindhoven|Helmond|Maastricht|Roermond|Haarlem|Den Haag|Schiedam|Terneuzen"
    ),
    "city_be": _bars("Gent|Antwerpen|Mechelen|Leuven|Aalst|Kortrijk|Brugge|Hasselt|Lier|Turnhout"),
    "sleep": _bars("Slaapcentrum Kempenhaeghe|Slaapcentrum Noord|Centrum voor Slaapgeneeskunde|Slaaplab Rijnstate"),
    "balloon": _bars("Ballonvaart Gijs Lammers|Skyline Ballonvaarten|Ballonvaart Hollandse Lucht|Balloon Team Ede"),
    "charger": _bars("Alfen Eve Single Pro-line|Zaptec Go|Easee Charge Lite|Tesla Wall Connector Gen 3|Wallbox Pulsar"),
    "chargeco": _bars("Laadpaal Direct|Vattenfall InCharge|Shell Recharge|NewMotion|Laadspecialist Zuid"),
    "importer": _bars("Autoimport Kroon|Import Service Oost|RDW-keuringsstation Venlo|Duitse Auto Import BV"),
    "valet": _bars("Valet Parking Schiphol Direct|ParkVia|Parkeren Eindhoven Airport|Park & Fly Rotterdam"),
    "registrar": _bars("TransIP|Antagonist|Mijndomein|Hostnet|Versio|Strato"),
    "site": _bars("bakkerijdekroon.nl|scoutingvenray.nl|tentenverhuur-zuid.nl|carnavalsverenigingdekeien.nl"),
    "playground": _bars("Ballorig|Kinderparadijs Wolkewietje|Speelparadijs Kidz Planet|Monkey Town"),
    "scouting": _bars("Scouting Jan van Hoofgroep|Scouting Baden Powell|Scouting Sint-Joris|Scouting De Buitenwacht"),
    "carnival": _bars("CV De Keieschieters|CV De Zotte Hoeskes|Carnavalsvereniging De Pierewaaiers|CV 't Skotje"),
    "storage": _bars("Shurgard|Opslag Henk & Zonen|City Box|Boxie24|Self Storage Noord"),
    "angling": _bars("HSV De Snoekbaars|Sportvisserij Nederland|Hengelsportvereniging Ons Genoegen|HSV Karper Kamp"),
    "kennel": _bars("Kennel Huize Annemiek|Dierenpension De Kuil|Hondenhotel Vier Poten|Kattenpension Miauw"),
    "kringloop": _bars("Kringloop Tante Truus|De Lokatie|Emmaus|Rataplan|Kringloopcentrum Het Goed"),
    "artlib": _bars("Kunstuitleen Tinteling|Artotheek Gouda|Kunstuitleen De Beeldbank|Artotheek Noord"),
    "auction": _bars("Veilinghuis Corneille Jacobs|Munten- en Postzegelveiling Heritage|Veilinghuis De Zwaan"),
    "party": _bars("Tentenverhuur Gebr. Kuijpers|Partyverhuur Springkussen.nl|Feestverhuur Ed Vos|Partycentrale"),
    "housing": _bars("Woonhaven Antwerpen|De Mechelse Goedkope Woning|WoninGent|Woonpunt Zennevallei|Dewaco"),
    "dna": _bars("MyHeritage DNA|AncestryDNA|23andMe|Erfgoedtest Nederland"),
    "amount": _bars("€ 14,95|€ 1.275,00|€ 6,50|€ 289|€ 42,50|€ 2.350|€ 0,79|€ 95|€ 189,00|€ 24|€ 612,80|€ 3,–"),
    "amount_en": _bars("€14.95|€1,275|€6.50|€289|€42.50|€2,350|€95|£35|R450"),
    "date": _bars(
        "6 januari|woensdag 11 februari|14 maart|25 april|zaterdag 6 juni|1 augustus 2026|19 september|"
        "vrijdag 16 oktober|27-11-2026|2026-12-12|Tweede Paasdag|11-11"
    ),
    "date_en": _bars("6 January|Wednesday 11 February|25 April|Saturday 6 June|19 September|16 October"),
    "year": _bars("2026|2027|1998|1972|2019|2024"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "time": _bars("06:45|7.15 uur|kwart voor acht|11:00|half drie|16.20 uur|19:30|23:05"),
    "time_en": _bars("6:45|7.15 am|quarter to eight|11 am|2:30 pm|7:30 pm"),
    "order": _bars("bestelling 2604-18832|order KD-771045|ordernr. 55190-3|zending 3SDNA4471021"),
    "order_en": _bars("order 2604-18832|order KD-771045|shipment 3SDNA4471021"),
    "ticket": _bars("ticket #81204|melding M-2026-3391|case 0041872|storingsnr. S26-0912|INC0091234"),
    "ticket_en": _bars("ticket #81204|case 0041872|incident INC0091234"),
    "booking": _bars("boeking VP-26-44810|reservering 90213|boekingsnr. BL2607-12|voucher BV-GIFT-7731"),
    "invoice": _bars("factuur 2026-01144|nota 71920|factuurnr. F26-0733|creditnota CN-0418"),
    "invoice_en": _bars("invoice 2026-01144|bill 71920|credit note CN-0418"),
    "lot": _bars("kavel 1184|kavel 27a|lot 3310|kavels 412 t/m 418"),
    "otp": _bars("482913|771 204|code 093355|G-615204"),
    "flight": _bars("KL1411|HV6203|TB1534|OR1061|FR3762"),
    "ean": _bars("8712345678906|5411188112709|4006381333931"),
    "vin": _bars("WVWZZZ1KZAW123456|WBA8E9C50GK643711|VF1RFB00X56123456"),
    "request": _bars("req_8f3a21c9|trace-id 4b1e-99ac|request 7c2d0e5b-1f4a"),
    "version": _bars("versie 3.2.1|app 5.18|firmware 1.7.4|build 2611"),
    "company_phone": _bars("0900-0245|088 - 200 40 60|0800-1160|040 251 88 00|+32 3 201 22 00|0800 0 411"),
    "company_mail": _bars(
        "klantenservice@laadpaaldirect.nl|info@kennelannemiek.nl|planning@ballonvaart.nl|support@transip.nl|"
        "verhuur@woonhaven.be"
    ),
}
