"""Ordinary (never labelled) words of test_v57, registered in the shared `CLEAN_FILLERS`: organisations, places,
products, public service numbers, organisations' accounts, dates, times, amounts and references."""

from __future__ import annotations

from benchmarks.privacy_fillers_v57_numbers import chunks, mod97_iban
from benchmarks.privacy_templates import CLEAN_FILLERS


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v57"] = {
    "firm": _split(
        "Vitens; Evides; Brabant Water; Oasen; Waternet; Dunea; Odido Thuis; Delta Fiber; Frank Energie; "
        "Pure Energie; Vandebron; Engie; Woonbron; Mitros; De Key; Staedion; Vestia; Lefier; Domesta; "
        "Hans Anders; Pearle; Specsavers; Beter Horen; Schoonenberg HoorSupport; Obvion; Florius; Munt Hypotheken; "
        "De Hypotheker; Volksbank; DPG Media; Mediahuis; NPO Start; Omroep MAX; PostNL; DHL eCommerce; "
        "Stichting Urgente Noden; Plangroep; Kredietbank Nederland"
    ),
    "city": _split(
        "Amsterdam-Zuidoost; Den Haag; Utrecht; Zwolle; Emmen; Vlaardingen; Kampen; Assen; Maassluis; Nieuwegein; "
        "Hoogeveen; Meppel; Coevorden; Rijswijk; Purmerend; Lelystad; Willemstad; Kralendijk"
    ),
    "be_city": _split("Leuven; Brussel; Heverlee; Kessel-Lo; Schaarbeek; Anderlecht; Etterbeek"),
    "date": _split(
        "1 juli; 15 augustus; 30 september; 1-10-2026; 2026-04-01; maandag 3 november; 14 februari; eind maart; "
        "31-12-2025; 1 January"
    ),
    "time": _split("08:15; 9.30 uur; 11:45; 13.00 uur; half vier; 16:20; 22:05; 03:40; kwart over acht; 7 pm"),
    "amount": _split("€ 87,40; € 1.245,00; 312 euro; €56; € 19,95; 4,7% (€ 38); € 2.310; 1.150 euro; €0,99; EUR 640,-"),
    "pct": _split("3,85%; 4,12 procent; 2.9%; 5,2%; 3,1 % vast voor 10 jaar"),
    "month": _split("januari; april; juni; oktober; december; September"),
    "weekday": _split("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag"),
    "count": _split("drie; vier; 7; 12; twee; vijftien; 23; 6"),
    "venue": _split("buurthuis De Ganzenhoef; Wijkcentrum Transvaal; De Bolder; Huis van de Wijk Kanaleneiland"),
    "complex": _split("Flat Kleiburg; De Zonnehoeven; Park Haagweg; Emmerhout 4; Westwijk-Noord"),
    "clinic": _split(
        "poli Oogheelkunde; polikliniek KNO; poli Cardiologie; Dermatologie; Orthopedie; Reumatologie; "
        "poli Interne Geneeskunde; pijnpoli"
    ),
    "product": _split(
        "Phonak Audéo Lumity; Oticon Intent 1; Signia Pure Charge&Go; ReSound Omnia; Zeiss SmartLife; "
        "Ray-Ban RB5154; Acuvue Oasys; Varilux X; Eero Pro 6; FRITZ!Box 7690; Experia Box v10; Kamstrup Multical"
    ),
    "org_phone": _split(
        "0800-0230; 14 020; 088 - 789 10 00; 0900 8060 (lokaal tarief); 020 - 566 9111; 070 353 2000; 112; "
        "0800 1351; +31 88 234 5000; 0900-1234"
    ),
    "paper": _split(
        "de Volkskrant; het AD; Trouw; NRC; Het Parool; de Stentor; Dagblad van het Noorden; De Standaard; "
        "Het Nieuwsblad; de Gelderlander; Vrij Nederland; de Gids"
    ),
    "tracking": _split("3SDEVC4829172; CD 445 712 908 NL; JVGL0612349987; 00340434293847112; LX 882 314 655 NL"),
    "locker": _split(
        "de PostNL-automaat bij Jumbo Ganzenhoef; de DHL Locker Station Zwolle; het pakketpunt bij Primera; "
        "de bpost-automaat in Leuven; het postkantoor in de Bruna"
    ),
    "pet": _split("Bobby; Guusje; Max; Luna; Sultan; Pien; Simba; Kiki; Mr. Darcy; Snuf"),
    "cemetery": _split(
        "begraafplaats Kranenburg; Nieuwe Ooster; Oud Eik en Duinen; begraafplaats Tolsteeg; "
        "Algemene Begraafplaats Emmen"
    ),
    "crematorium": _split("crematorium Daelwijck; Ockenburgh; Crematorium Zwolle; De Nieuwe Ooster aula"),
    "plot": _split("C-12; vak 7 nr 113; K 4-22; urnenmuur II-08; kindergraf 3"),
    "expiry": _split("08/27; 11/28; 03/29; 12/26"),
    "ticket": _split("#INC-88213; zaaknr. 2026-014532; ordernummer 7004419; ticket 553901; ref. WB/2611"),
    "street": _split(
        "Jacob Catsstraat; Vincent van Goghstraat; Johan de Wittlaan; Anne Frankplein; Willem Alexanderhof; "
        "Prins Bernhardplein; Koningin Julianaplein; Marnixstraat"
    ),
    "shop": _split(
        "Bakkerij Wim Kok; Slagerij Van der Meulen; Kapsalon Fatima; Toko Sari Rasa; Snackbar Ome Jan; "
        "Optiek De Wit; Dierenkliniek Anna Paulowna; Apotheek Maria; Pieter Pot; Albert Heijn"
    ),
    "org_iban": [
        chunks(mod97_iban("NL", bban), (4,) * 5)
        for bban in ("INGB0001234567", "RABO0300012345", "ABNA0412345678", "BNGH0285123456", "INGB0006543210")
    ],
    "org_mail": _split(
        "klantenservice@vitens.nl; info@huurdersvereniging-zuidoost.nl; poli.kno@ziekenhuis.example; "
        "abonnementen@parool.nl; servicedesk@begraafplaatsen.denhaag.nl; noreply@postnl.nl"
    ),
}
