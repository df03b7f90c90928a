"""Ordinary (never labelled) words of test_v54, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v54"] = {
    "insurer": _semi(
        "Centraal Beheer; Interpolis; a.s.r.; Nationale-Nederlanden; Univé; Allianz Direct; FBTO; OHRA; "
        "Europeesche Verzekeringen; Dela; Yarden; Monuta; Ardanta; Klaverblad; Achmea Schadeservice"
    ),
    "org": _semi(
        "Huisartsenpraktijk De Esch; Huisartsen Hinthamerpoort; Apotheek Oldenzaal-Noord; BENU Apotheek; "
        "Tandartsenpraktijk Kloosterveen; Mondzorg Lindenholt; PGGM; Pensioenfonds PMT; BPF Schilders; "
        "Loyalis; Woonbedrijf; Domijn; Lefier; Actium; Zayaz; Waterschap Vechtstromen; Waterschap Rijn en IJssel; "
        "Noorderzijlvest; Aa en Maas; GBLT; Gemeente Enschede; Gemeente 's-Hertogenbosch; Verhuisbedrijf Mudde; "
        "Verhuizingen De Gruyter; Uitvaartcentrum Hof van Twente; Notariskantoor Hazelhoff; Sint Maartenskliniek"
    ),
    "city": _semi(
        "Enschede; Hengelo; Almelo; Oldenzaal; Winterswijk; Doetinchem; Groenlo; Groningen; Delfzijl; Assen; "
        "Emmen; Hoogeveen; 's-Hertogenbosch; Den Bosch; Oss; Antwerpen; Gent; Borgerhout; Tilburg; Zwolle"
    ),
    "place": _semi(
        "Medisch Spectrum Twente; Martini Ziekenhuis; Wilhelmina Ziekenhuis Assen; Slingeland Ziekenhuis; "
        "Jeroen Bosch Ziekenhuis; UZ Gent; Albert Schweitzer ziekenhuis; Prinses Máxima Centrum; Isala Zwolle"
    ),
    "road": _semi(
        "A1 bij Rijssen; A28 richting Zwolle; N18 bij Groenlo; parkeerplaats van IKEA Groningen; station Hengelo; "
        "parkeerterrein van het Van der Valk Hotel Assen; rotonde bij de Rijksmuseum Twenthe; Ring Antwerpen"
    ),
    "drug": _semi(
        "metformine 500 mg; omeprazol 20 mg; salbutamol inhalator; amlodipine 5 mg; levothyroxine 75 µg; "
        "paracetamol 1000 mg; Eliquis 5 mg; Seretide Diskus; Ozempic 1 mg; Dafalgan Forte"
    ),
    "product": _semi(
        "Autoverzekering Allrisk; Reisverzekering Doorlopend; Inboedelverzekering Extra; Opstalverzekering Plus; "
        "Uitvaartverzekering Natura; Nettopensioen; Lijfrente Uitkering; Volkswagen Polo; Toyota Yaris Cross; "
        "Opel Corsa-e; Škoda Octavia Combi; Samsung Galaxy A54; MacBook Air M2; Bosch wasmachine Serie 6"
    ),
    "ref": _semi(
        "SCH-2026-018834; 2026/0417-RV; D-551902; kenmerk BL/TS/2026/0098; ref. 26-00731-WOZ; "
        "VB-44120; MLD-2026-3387; O-20261145; zaaknr. 2026-07713; DOC-771-A"
    ),
    "code": _semi(
        "S1-2026-B; AOW-12; ZVW-2026; WOZ-2026; HRV-3; Art. 7:940 BW; Box 3; Formulier M; "
        "LHV-triage U2; ATC A10BA02; NEN 2580; 3-0-1"
    ),
    "date": _semi(
        "3 mrt. 2026; 1 januari 2026; 31-12-2025; 15 april; 28 februari 2026; 2026-05-01; 1 juli; "
        "10 June 2026; 30 september 2025; 14/03/2026"
    ),
    "time": _semi("08:05; 09.30; 10:12; 11:47; 13:00; 14.15 uur; 16:40; 17:55; 00:03:41; 00:12:08"),
    "year": _semi("2023; 2024; 2025; 2026; belastingjaar 2025; 2022"),
    "amount": _semi(
        "€ 1.245,00; €385,-; 2.150 euro; € 74,60; € 18.400; €12,50; 412 euro per maand; € 6.921,33; € 1.052,-"
    ),
    "percent": _semi("0,87; 0,92; 0,64; 0,78; 0,99; 0,71"),
    "count": _semi("2; 3; 4; 6; 10; 14; twee; drie; vijf; acht"),
    "hotline": _semi(
        "0800-0543; 088 - 236 55 55; 0900 - 1234; 026 - 353 38 88; +31 88 712 0000; 078 - 653 33 33; "
        "14 053; 0800 1600; 112; +32 78 15 30 35"
    ),
    "rolemail": _semi(
        "schade@centraalbeheer.nl; info@huisartsdeesch.nl; herhaalrecept@apotheekoldenzaal.nl; "
        "reparatie@domijn.nl; belastingen@gblt.nl; pensioen@pmt.nl; nabestaanden@dela.nl; "
        "verhuizing@mudde.nl; noreply@mijnduo.nl; klantcontact@vechtstromen.nl"
    ),
    "site": _semi("mijn.asr.nl; www.toeslagen.nl; mijnpensioenoverzicht.nl; duo.nl/mijn; www.wozwaardeloket.nl"),
    "street_generic": _semi("Oude Markt; Grote Markt; Vismarkt; Markt; Stationsplein; Korenmarkt; Meir; Marktstraat"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; Monday; Wednesday; zaterdag"),
    "damage": _semi("waterschade; stormschade; ruitschade; inbraakschade; aanrijdingsschade; brandschade; lekkage"),
    "agentrole": _semi("Team Schade; Klantenservice; Praktijkassistente; Team Nabestaanden; Afdeling Belastingen"),
}
