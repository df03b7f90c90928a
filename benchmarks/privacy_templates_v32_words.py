"""The ordinary words every `test_v32` template draws (`CLEAN_FILLERS["test_v32"]`): music schools, instruments and
pieces, wedding-car hire firms and their cars, dog-grooming salons, dogs and breeds, stair-lift suppliers, farriers,
stables and horses, costume-rental shops and costumes; towns; and numbers that are no one's: orders, invoices,
tickets, bookings, quotes, exam and lesson codes, KvK and VAT numbers, amounts, times and dates that are no birth
date, company phone numbers and mailboxes.

Written by someone who never saw the redaction rules. Many firms, pieces, dogs and horses carry a person's name
(Muziekschool Clara Schumann, Trouwauto's Piet Hein, Trimsalon Bella, Traplift Vermeer, Hoefsmederij Gerrit
Kuiper, Kostuumverhuur Tante Truus; a dog called Max, a horse called Jolanda); none is labelled. Values avoid the
words the/I/is/my, by which the corpus builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bar(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v32"] = {
    "city": _bar(
        "Lent|Ede|Best|Loon|Wijk|Haren|Delden|Vries|Rhoon|Zeist|Borne|Boxtel|Hengelo|Zwolle|Assen|Oss|Tiel|Hoorn|"
        "Woerden|Lochem|Maarssen|Sneek|Dokkum|Heerenveen|Veghel|Uden|Elst|Mijdrecht|Zoetermeer|Arnhem|Nijmegen|Kampen"
    ),
    "city_be": _bar("Hasselt|Genk|Lier|Mechelen|Brugge|Roeselare|Kortrijk|Herentals"),
    "city_de": _bar("Emmerich|Kranenburg|Gronau|Nordhorn|Kleve|Borken"),
    "music_school": _bar(
        "Muziekschool Clara Schumann|Pianoschool De Toonladder|Muziekhuis Van Eyck|Pianostudio Ludwig|"
        "Muziekschool Oost-Veluwe"
    ),
    "instrument": _bar("Yamaha U1|Kawai K-300|digitale piano Roland FP-30|vleugel Steinway B|huurpiano Schimmel"),
    "piece": _bar(
        "Für Elise|Chopin nocturne op. 9 nr. 2|Satie Gymnopédie 1|Bach prelude in C|Einaudi Nuvole Bianche|"
        "Schumann Träumerei|Debussy Clair de lune"
    ),
    "exam": _bar("examen A-niveau|toonladderexamen|voorspeelavond|examen D|uitvoering in De Vereeniging"),
    "car_firm": _bar(
        "Trouwauto's Piet Hein|Classic Wedding Cars Oost|Oldtimerverhuur Van Dalen|Bruidsauto Rosalie|Rolls & Rozen"
    ),
    "car_model": _bar(
        "Rolls-Royce Silver Shadow|Citroën DS 21|Jaguar Mk2|Cadillac Fleetwood|VW T1 Samba|Bentley S1|"
        "Mercedes 280 SE Cabrio"
    ),
    "route": _bar("kerk - gemeentehuis - feestzaal|stadhuis via de dijk|kasteel De Haar heen en terug|rondje stad"),
    "groomer": _bar("Trimsalon Bella|Hondentrimsalon Max & Moos|Trimsalon Dolly Dog|Vachtverzorging Janssen"),
    "dog": _bar("Max|Bella|Guus|Luna|Bobby|Sam|Noor|Dex|Pip|Balou|Kees|Loes"),
    "breed": _bar("labradoodle|Bouvier|Jack Russell|Friese stabij|shih tzu|Berner sennen|poedel|kooikerhondje"),
    "lift_firm": _bar("Traplift Vermeer|StairLift Nederland|Liftservice Hendriks|Otolift dealer Noord"),
    "lift_model": _bar("Otolift Modul-Air|Stannah 600|Handicare Freecurve|Thyssen Flow X|plateaulift PL-12"),
    "farrier": _bar("Hoefsmederij Gerrit Kuiper|Hoefsmid Van der Ploeg|De Hoefijzer|Hoefbeslag Oost"),
    "horse": _bar("Jolanda|Dancing Star|Fenna|Bram|Orlando|Zaza|Heinrich|Blikkie"),
    "stable": _bar("Stal De Hoefslag|Manege Zonnehoeve|Pensionstal 't Veld|Stoeterij Vlierhof"),
    "costume_shop": _bar(
        "Kostuumverhuur Tante Truus|Feestkleding Carnavalo|Theaterkostuums Marianne|Verkleedhuis Oost"
    ),
    "costume": _bar(
        "Napoleon-kostuum|Sinterklaaspak|piratenpak|Marie-Antoinette-jurk|Elvis-pak|Zwarte Piet-vrije Pietenpak|"
        "dinosauruspak|Frida Kahlo-set"
    ),
    "order": _bar("order 400-81235|bestelnr. 26-11874|ordernummer W-55102|zending 3SHUB9911208"),
    "booking": _bar("boeking TR-26-0412|reservering 77310|rit R-2026-118|ritnummer 4417"),
    "ticket": _bar("ticket 88213|#51207|melding M-26-1174|zaak 2026-0833|case ZM-44102"),
    "invoice": _bar("factuur 2026-2208|factuur F-44107|nota 91230|creditnota CN-0588"),
    "quote": _bar("offerte OF-26-511|offerte 2026-240|prijsopgave 5512"),
    "lesson": _bar("lescode P30-WO|lespakket 20x30 min|proefles PL-4|groepsles G2"),
    "kvk": _bar("KvK 81203347|KvK 40019822|KvK 58823016"),
    "vat": _bar("NL862004817B01|NL001923775B44|BE0712 448 103"),
    "amount": _bar("€ 42,50|€ 135,-|€ 1.295,00|€ 8,95|€ 72|€ 2.450|€ 19,75|€ 345,00|€ 89,-|€ 3.980"),
    "amount_en": _bar("€42.50|€135|€1,295|€8.95|€72|€19.75|€345"),
    "date": _bar(
        "maandag 12 oktober|4 juni|zaterdag 16 mei|1 november 2026|23-06-2026|2026-09-18|dinsdag 14 juli|15 mei|"
        "woensdag 4 februari|27 maart|30-08-2026|vrijdag 18 december"
    ),
    "date_en": _bar("Monday 12 October|4 June|Saturday 16 May|1 November 2026|Friday 10 July|18 December"),
    "weekday": _bar("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "weekday_en": _bar("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "time": _bar("08:30|9.15 uur|10:45|kwart voor drie|13.30|half zes|16:10|19.30 uur|20:15"),
    "time_en": _bar("8:30am|9.15|10.45|3pm|4.30pm|7.30pm|8:15pm"),
    "year": _bar("2022|2023|2024|2025|2026"),
    "company_phone": _bar(
        "088 - 620 33 00|0900-1122 (lokaal tarief)|0800-0244|0578 - 61 44 10|030 - 760 21 21|085 - 303 66 90"
    ),
    "company_mail": _bar(
        "lessen@muziekschoolclara.nl|ritten@trouwautospiethein.nl|afspraak@trimsalonbella.nl|"
        "service@trapliftvermeer.nl|planning@hoefsmederijkuiper.nl|verhuur@tantetruus.nl|info@rollsenrozen.nl"
    ),
}
