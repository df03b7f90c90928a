"""Ordinary (never labelled) words of test_v44, registered in the shared `CLEAN_FILLERS`: organisations and
their public phone numbers, mailboxes and accounts, products, places, amounts, dates that are not birth dates,
times, ticket, order and payment references and one-time codes. None of them names or points to a person."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


CLEAN_FILLERS["test_v44"] = {
    "city": _items(
        "Enschede; Hengelo; Almelo; Oldenzaal; Haaksbergen; Tubbergen; Losser; Terneuzen; Hulst; Sluis; Axel; "
        "Oostburg; Sas van Gent; Antwerpen; Borgerhout; Hasselt; Genk; Maasmechelen; Zaandam; Lelystad; Tilburg; "
        "Den Bosch; Apeldoorn; Nieuwegein"
    ),
    "bank": _items("Rabobank; ING; ABN AMRO; bunq; ASN Bank; SNS; Knab; Revolut; Triodos; KBC; Belfius; Argenta"),
    "app": _items("Tikkie; iDEAL; Wero; Payconiq; Apple Pay; PayPal; Klarna; Google Pay; de Rabo App; Mijn ING"),
    "amount": _items(
        "€ 12,50; €1.245,00; EUR 89,95; € 3,-; 47 euro; € 250; €18,75; € 1.034,12; 312 euro; € 0,01; €74,-; "
        "€ 2.600,00; 9,99 euro"
    ),
    "date": _items(
        "14 maart; 3-6-2025; vrijdag 12 september; 1 januari 2026; eind oktober; 28-02-2025; maandag; "
        "15 mei 2025; 30/09; 2 april; 11-11-2024; de 23e; 07-01-2025"
    ),
    "time": _items("09:15; 14.30 uur; kwart over drie; 8u45; 23:59; 10:02; half twaalf; 16:40; 07.55 uur; 13u10"),
    "ticket": _items("#48213; ZD-771204; INC0048815; SF-00291873; 01928374; #102-4471; TCK-55810; 00618842; ZD#930112"),
    "order": _items(
        "TRX 8831-0042; 20250314-117; 77-41023; WO-2025-0193; REP-45512; 2025/00871; 31177; OF-2290; 884102; "
        "A-55102-NL; 7Q2K-9F"
    ),
    "code": _items("482 913; 7715; 551-204; 038817; 6640; 912 077; 300 518; 27 44 19"),
    "kenmerk": _items("1234 5678 9012 3456; 4490 1172 0038 5521; 0071 3311 9024 6680; 8802 4417 5590 1123"),
    "garage": _items(
        "Autobedrijf Van Mossel; Garage Wiltink; Bosch Car Service Hengelo; Kwik-Fit; Profile Tyrecenter; "
        "Euromaster; Autoschade Tubantia; Garage De Grenspost; Vakgarage Hulst"
    ),
    "car": _items(
        "Volkswagen Polo; Toyota Yaris Cross; Kia Picanto; Peugeot 208; Škoda Octavia Combi; Opel Corsa-e; "
        "Hyundai Ioniq 5; Renault Clio; Citroën C3; Suzuki Swift"
    ),
    "bike": _items(
        "Stella Vicenza; Gazelle Arroyo C7+; Sparta M7b; Batavus Altura E-go; QWIC Premium MN7; Cube Kathmandu; "
        "Urban Arrow Family; Babboe Curve; Cortina E-Common; Riese & Müller Nevo"
    ),
    "device": _items(
        "iPhone 14; Galaxy A54; Pixel 8a; iPhone SE (2022); Fairphone 5; Xiaomi Redmi Note 13; OnePlus Nord 3; "
        "iPad Air M2; Galaxy S23 FE; iPhone 12 mini"
    ),
    "fund": _items(
        "ABP; PFZW; PMT; PME; bpfBOUW; Pensioenfonds Detailhandel; Pensioenfonds Horeca & Catering; de SVB; "
        "Pensioenfonds Vervoer; Nationale-Nederlanden"
    ),
    "corp": _items(
        "Domijn; Welbions; De Woonplaats; Woonbedrijf ieder1; Woongoed Zeeuws-Vlaanderen; Clavis; "
        "Woonhaven Antwerpen; Mijn Huis Twente; Stichting Woonstede"
    ),
    "school": _items(
        "Rijschool Tubantia; Autorijschool De Grenspaal; Verkeersschool Kanaalzone; ANWB Rijopleiding; "
        "Rijschool Van Hoeve Opleidingen; Motorrijschool Twentevelden; Rijschool Scheldezicht"
    ),
    "cbr": _items("CBR Hengelo; examencentrum Vlissingen; CBR Zwolle; examencentrum Goes; CBR Rijswijk; CBR Apeldoorn"),
    "shop": _items(
        "GSM Dokter Terneuzen; Phone Hospital Enschede; iRepair Hengelo; Fixje; Telefoonkliniek Almelo; "
        "Schermfix Hulst; Smartphone Service Genk; GSM Center Borgerhout"
    ),
    "bikeshop": _items(
        "Fietsenmakerij De Spaak; Tweewielercentrum Oldenzaal; Rijwielhandel De Kromme Rijn; Fietsdokter Hulst; "
        "Bike Totaal Hengelo; Velo Hasselt"
    ),
    "lease": _items("Lease a Bike; Swapfiets; Dienstfiets; Hollandbikes; Fietsplan; e-Bike to Work; Bike Totaal Lease"),
    "childcare": _items(
        "Partou; Kinderopvang Humankind; Kinderdagverblijf De Kikkerhof; BSO De Speeltuin; Kober; "
        "Gastouderbureau Twente; Kinderopvang Zeeuws-Vlaanderen"
    ),
    "benefit": _items("kinderopvangtoeslag; huurtoeslag; zorgtoeslag; kindgebonden budget; AOW; Wajong; WW"),
    "stars": _items("★★★★★; ★☆☆☆☆; ★★☆☆☆; 2/5; 5 sterren; 1 ster; 4,5/5; ⭐⭐⭐"),
    "km": _items("143.220 km; 87.015 km; 212.004 km; 9.870 km; 64.300 km; 31.115 km"),
    "count": _items("2; 3; 4; 6; 10; 14; 21; 30; 5; 8"),
    "month": _items("januari; februari; maart; april; mei; juni; juli; augustus; september; oktober; november"),
    "year": _items("2023; 2024; 2025; 2026; 2022"),
    "org_phone": _items(
        "0800-0543; 088 786 73 72; 088 - 722 67 67; 020 22 888 00; 0900-0024; 088 227 77 00; 078 - 625 60 50; "
        "0900 1234 567; 053 480 80 80; 0115 - 64 60 00; 03 880 40 00; 1400"
    ),
    "role_mail": _items(
        "info@rijschooltubantia.nl; klachten@welbions.nl; reparatie@gsmdokter-terneuzen.nl; noreply@tikkie.me; "
        "service@domijn.nl; privacy@swapfiets.nl; planning@garagewiltink.nl; helpdesk@partou.nl; "
        "phishing@rabobank.nl; meldpunt@fraudehelpdesk.nl; klantenservice@woonhaven.be"
    ),
    "org_iban": _items("NL48RABO0316285733; NL33 INGB 0008 8411 70; NL35 ABNA 0554 4198 23"),
    "place": _items(
        "het Van Heekplein; het Willem Wilminkplein; de Oude Markt; het Koningin Astridplein; de Meir; "
        "het Stationsplein; de Grote Markt; winkelcentrum De Schelfhorst; de Kennedylaan; de Prins Bernhardlaan; "
        "het Anne Frankplein; de Van Heekgarage"
    ),
    "reason": _items(
        "pizza vrijdag; cadeau juf; weekendje Texel; kaartjes Tukkers; boodschappen; benzine; sinterklaassurprise; "
        "etentje Genk; verjaardag oma; busreis Ameland"
    ),
    "model_code": _items("A2882; SM-A546B/DS; GA05843-GB; M7b-2024; LX-500; TB-3130; SKU 88-1204-B; E-04"),
    "phish": _items(
        "rabo-pasvernieuwen.com; ing-veiligheid.net; mijn-toeslagen-nl.info; tikkie-betaling.top; "
        "postnl-douane.help; belastingdienst-teruggave.online"
    ),
    "kvk": _items("KvK 08123456; KvK 61180033; KvK 34219750; ondernemingsnummer 0403.199.702"),
    "postbox": _items(
        "Antwoordnummer 1122, 7500 VB Enschede; Postbus 8300, 6400 AA Heerlen; Postbus 90, 4530 AB Terneuzen; "
        "Postbus 4110, 7540 AA Enschede"
    ),
    "version": _items("8.14.2; 5.2.0; 2025.3.1; 11.0.4; 3.19"),
}
