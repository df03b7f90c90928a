"""The ordinary words every `test_v23` template draws (`CLEAN_FILLERS["test_v23"]`): pigeon-racing clubs and
release sites in France and Belgium, skating tours, cemeteries, pawnbrokers, coach-tour operators, wine clubs,
insurers, freight forwarders, piano firms and models, escape rooms and their rooms, water boards, charter firms,
delivery platforms, florists, tutoring institutes, bridge clubs, dry cleaners and beach pavilions; towns, some of
them also words or surnames (Sneek, Goes, Tiel, Born, Best, Cuijk, Echt, Hattem); and numbers that are no one's:
order, ticket, booking, invoice, assessment, mandate-reference and container numbers, pigeon rings, amounts, times,
versions and dates that are no birth date.

Written by someone who never saw the redaction rules. Many firms hold a person's name (Duivenhandel Gebr.
Koopman, Stomerij Van Dam, Pianohandel Jan Steenbergen, Bloemsierkunst Annemieke, Busreizen Jan de Wit, Zeilschool
Pieter Vos, Strandpaviljoen Bij Kees, Pandjeshuis Van der Linden, Autoruit Anton Beekman); none of them is
labelled. Values avoid the words the/I/is/my, by which the corpus builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v23"] = {
    "city": _bars(
        "Sneek|Goes|Tiel|Born|Best|Cuijk|Echt|Hattem|Harlingen|Dokkum|Winterswijk|Zierikzee|Oss|Venlo|Assen|"
        "Hoogeveen|Steenwijk|Bergen op Zoom|Roosendaal|Middelburg|Vlissingen|Den Helder|Zaandam|Hilversum|Delft|"
        "Leiden|Dordrecht|Zwolle|Apeldoorn|Nijmegen|Tilburg|Breda|Enschede|Rotterdam|Amsterdam|Utrecht"
    ),
    "city_fr": _bars("Orléans|Pommeroeul|Quiévrain|Chateauroux|Morlincourt|Noyon|Argenton"),
    "pigeon": _bars("PV De Luchtbode|Duivensportvereniging Zuid|PV Snelle Wiek|Duivenhandel Gebr. Koopman|NPO Afd. 7"),
    "ring": _bars("NL-2024-1183402|NL26-4471029|BE-2025-6120344|NL-2023-0917735"),
    "skate": _bars(
        "IJsvereniging Oosthem|Vereniging De Friesche Elf Steden|Alternatieve Elfstedentocht|KNSB-toertocht"
    ),
    "cemetery": _bars("Begraafplaats Oud Eik en Duinen|Algemene begraafplaats Kerkhoflaan|Zorgvlied|De Nieuwe Ooster"),
    "pawn": _bars("Pandjeshuis Van der Linden|Volkskredietbank|Stadsbank Pandhuis|Pandhuis Rotterdam-Zuid"),
    "tour": _bars("Busreizen Jan de Wit|Riksja Seniorenreizen|Oad Reizen|Van Dam Touringcars|Kras Busreizen"),
    "wine": _bars("Wijnclub De Kelder|Wijnhandel Okhuysen|Gall & Gall Wijnclub|Les Vins de Bruno|Grand Cru Box"),
    "insurer": _bars("Centraal Beheer|Interpolis|FBTO|Univé|Allianz Direct|ANWB Verzekeren"),
    "glass": _bars("Autoruit Anton Beekman|Carglass|Ruitschadeherstel Noord|De Ruitenspecialist"),
    "forwarder": _bars("Expeditiebedrijf Ruud Visser & Zn.|Caribbean Cargo Services|Antillen Transport|DHL Freight"),
    "piano": _bars("Pianohandel Jan Steenbergen|Piano's Maene|Klaverweide Piano's|Pianostemmers Collectief"),
    "model": _bars("Yamaha U3|Steinway B-211|Kawai K-300|Schimmel C 126|Bechstein Academy A.6"),
    "escape": _bars("Escape Room De Kluis|Sherlocked|Room Escape Ede|Breakout Amsterdam|Het Verlaten Ziekenhuis"),
    "room": _bars("'Het Laboratorium'|'De Tombe van Farao'|'Kapitein Haak'|'Bankkluis 1929'|'Dokter Jekyll'"),
    "waterboard": _bars(
        "Hoogheemraadschap van Rijnland|Waterschap Rivierenland|Wetterskip Fryslân|Waterschap Aa en Maas"
    ),
    "assessment": _bars("2026.104.88312|A-26-0093341|8840 1172 0031|260019938"),
    "charter": _bars("Zeilschool Pieter Vos|Yachtcharter Lemmer|Jachtverhuur De Friese Meren|Sailcenter Workum"),
    "boat": _bars("de 'Johanna Maria'|de 'Willem Barentsz'|jacht 'Anna Paulowna'|de 'Zwerver II'"),
    "platform": _bars("Thuisbezorgd.nl|Uber Eats|Flink|Deliveroo|Picnic"),
    "florist": _bars("Bloemsierkunst Annemieke|Fleurop|Bloemenhuis De Roos|Rouwbloemen Direct|Bloemist Gerrit Jan"),
    "tutor": _bars("Bijles Aan Huis|StudyWorks|Lyceo|Huiswerkinstituut Brainwise|Bijlesinstituut Mr. Visser"),
    "bridge": _bars("Bridgeclub De Lange Zeven|BC Schoppenvrouw|Bridgeclub Sans Atout|Bridgevereniging Ede"),
    "drycleaner": _bars("Stomerij Van Dam|Stomerij De Witte Raaf|Zeeman Wasserij|Stomerij Jopie|Washmen"),
    "beach": _bars(
        "Strandpaviljoen Bij Kees|Strandhuisjes Domburg|Paal 17|Strandhuisjes Zandvoort|Natuurlijk Vrouwenpolder"
    ),
    "amount": _bars("€ 12,75|€ 1.450,00|€ 8,95|€ 245|€ 37,50|€ 3.200|€ 0,45|€ 65|€ 129,00|€ 18|€ 875,40"),
    "amount_en": _bars("€12.75|€1,450|€8.95|€245|€37.50|€3,200|€65|£40"),
    "date": _bars(
        "4 januari|dinsdag 17 februari|9 maart|28 april|zaterdag 13 juni|1 juli 2026|22 augustus|"
        "maandag 5 oktober|30-11-2026|2026-12-08|Eerste Kerstdag"
    ),
    "date_en": _bars("4 January|Tuesday 17 February|28 April|Saturday 13 June|22 August|5 October"),
    "year": _bars("2026|2027|1997|1963|2019|2011"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "time": _bars("07:30|8.45 uur|kwart over negen|12:00|half twee|15.10 uur|18:30|22:15"),
    "time_en": _bars("7:30|8.45 am|quarter past nine|noon|1:30 pm|6:30 pm"),
    "order": _bars("bestelling 26-004417|order WB-883210|ordernr. 7713-2|zending 3SABC0192834"),
    "order_en": _bars("order 26-004417|order WB-883210|shipment 3SABC0192834"),
    "ticket": _bars("ticket #55102|melding 2026-0441|zaak Z-77310|klachtnummer K26-118|incident INC0048812"),
    "ticket_en": _bars("ticket #55102|case Z-77310|incident INC0048812"),
    "booking": _bars("boeking ESC-26-0917|reservering 44812|boekingsnr. BR2604-33|reisnummer 2026-071"),
    "invoice": _bars("factuur 2026-00318|nota 88104|factuurnr. F-26-1120|creditnota CN-2210"),
    "invoice_en": _bars("invoice 2026-00318|bill 88104|credit note CN-2210"),
    "container": _bars("container MSCU 482913-6|container TGHU 771204-0|B/L WLL-2026-4471"),
    "mandate": _bars("WSR-2026-018832|MND-771204|DM/26/44102"),
    "version": _bars("versie 5.1.2|app 2.40|firmware 1.9.3|release 26.4"),
    "company_phone": _bars("0900-1450|088 - 110 20 30|0800-0322|071 306 30 63|0800 88 99"),
    "company_mail": _bars(
        "info@bijkees.nl|service@carglass.nl|ledenadministratie@elfsteden.nl|boekingen@sherlocked.nl"
    ),
}
