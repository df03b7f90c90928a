"""Ordinary (never labelled) words of test_v49, registered in the shared `CLEAN_FILLERS`: brands, products,
venues, places, flights, ships, tracking and ticket numbers, organisations' phone numbers and mailboxes."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


CLEAN_FILLERS["test_v49"] = {
    "provider": _split("Odido; Delta Fiber; Youfone; Caiway; Canal Digitaal; KPN; Ziggo; Telenet; Proximus; Freedom"),
    "provider_handle": _split("OdidoNL; ZiggoWebcare; KPNwebcare; DELTAFiberNL; TelenetSupport; YoufoneNL"),
    "device": _split(
        "Connect Box; SmartWifi-pod; Experia Box v12; FRITZ!Box 7590; Mediabox Next; TV-box V7; Sagemcom F@st 5670; "
        "glasvezelmodem (NTU); Arris VIP5202; Wifi-versterker AP 1200"
    ),
    "speed": _split("1 Gbit/s; 500 Mbit; 100/100; 2 Gbit; 4 Gbit/s"),
    "channel": _split("NPO 1; RTL 4; ESPN 2; Ziggo Sport; Eén; VTM; SBS6; Omrop Fryslân; Omroep Zeeland; BBC One"),
    "service": _split(
        "Netflix; Videoland; Disney+; NLZIET; Viaplay; HBO Max; Spotify Premium; PlayStation Plus Extra; "
        "Xbox Game Pass Ultimate; Nintendo Switch Online; Steam; EA Sports FC Points; Apple TV+"
    ),
    "university": _split(
        "Universiteit Leiden; Erasmus Universiteit; Rijksuniversiteit Groningen; HZ University of Applied Sciences; "
        "KU Leuven; Hanzehogeschool; NHL Stenden; Open Universiteit; Hogeschool Rotterdam"
    ),
    "mooc": _split("Coursera; edX; FutureLearn; LOI; NCOI; Khan Academy; Udemy; OpenLearn"),
    "portal": _split("Studielink; Mijn DUO; Osiris; Brightspace; Canvas; uSis; MyTimetable"),
    "course": _split(
        "Machine Learning Specialization; Inleiding Recht; Data Science 101; MOOC Klimaatverandering; INFOMOV; "
        "BSc Bedrijfskunde; Propedeuse HBO-ICT; Fries voor beginners; Korean Language 1A; Minor Watermanagement"
    ),
    "room": _split(
        "zaal 2.14; Lipsiusgebouw 011; Ruppert Blauw; Aula Erasmus; Harmoniegebouw 1312.0025; Educatorium Gamma"
    ),
    "book": _split(
        "De avonden; Max Havelaar; Het diner; Tirza; Norwegian Wood; De aanslag; Kees de jongen; Pluk van de Petteflet"
    ),
    "isbn": _split("ISBN 978-90-450-4411-3; ISBN 9789023466550; 978-0-09-944882-4; ISBN 90-234-5678-0"),
    "museum": _split(
        "Van Gogh Museum; Fries Museum; Zeeuws Museum; Kunsthal; Museum Boijmans Van Beuningen; Kröller-Müller Museum; "
        "Zuiderzeemuseum; Teylers Museum; Mauritshuis; Museum Prinsenhof"
    ),
    "theatre": _split(
        "Chassé Theater; Koninklijk Theater Carré; Luxor Theater; Theater De Harmonie; Stadsschouwburg Middelburg; "
        "Rotterdamse Schouwburg; AFAS Live; Theater aan de Parade"
    ),
    "cinema": _split(
        "Pathé Tuschinski; Kinepolis Antwerpen; Vue Leeuwarden; Filmhuis Den Haag; LAB111; Cinecitta Tilburg"
    ),
    "library": _split(
        "OBA Oosterdok; Bibliotheek Rotterdam; DOK Delft; Tresoar; Bibliotheek Zeeland; Openbare Bibliotheek Gent"
    ),
    "show": _split(
        "Soldaat van Oranje; The Lion King; Hamlet; Ciske de Rat; Mamma Mia!; Urk! de musical; Anne & Zef; "
        "Kees de jongen; Tina: de musical; Abba Voyage"
    ),
    "film": _split("Dune: Part Two; Oppenheimer; Wicked; Barbie; Het Smelt; Bankier van het Verzet; Inside Out 2"),
    "airline": _split(
        "KLM; Transavia; Corendon; TUI fly; Brussels Airlines; Aegean Airlines; Wizz Air; Aer Lingus; Korean Air; "
        "Japan Airlines; Emirates"
    ),
    "airline_handle": _split("KLM; Transavia; AerLingus; FlyAegean; brusselsairlines; TUIflyNL; wizzair"),
    "compensation": _split("€250; €400; €600; 250 euro; € 400,-; 600 euro"),
    "flight": _split("KL1775; HV5361; OR1203; SN2583; A3 631; W6 4402; EI605; KE926; JL412; TB1623; KL 0871"),
    "airport": _split(
        "Schiphol; Eindhoven Airport; Rotterdam The Hague Airport; Brussels Airport; Hato; "
        "Queen Beatrix International Airport; Dublin Airport; Glasgow Airport; Incheon; Groningen Airport Eelde"
    ),
    "pir": _split("AMSKL48213; EINHV10977; BRUSN55102; DUBEI20814; RTMHV30192; AMSKL 61027"),
    "delay": _split("3,5 uur; ruim vier uur; 6 uur; 27 uur; bijna vijf uur"),
    "delay_en": _split("3 hours 40 minutes; over four hours; 6 hours; 27 hours; almost five hours"),
    "ferry": _split(
        "Doeksen; TESO; Wagenborg; Stena Line; DFDS; P&O Ferries; Westerschelde Ferry; Holland America Line; "
        "MSC Cruises; Costa Cruises"
    ),
    "ship": _split(
        "MS Dokter Wagemaker; MS Friesland; Koningsdam; Stena Hollandica; Prinses Christina; MS Sier; King Seaways"
    ),
    "cabin": _split("7142; 9018; B-214; 5127; 10211"),
    "carrier": _split("DHL Express; UPS; FedEx; PostNL; DPD; GLS; bpost; Cainiao; Aramex; Trunkrs"),
    "tracking": _split(
        "1Z4E56W80412345678; 3SDEVC0012934571; JVGL06123498765432; RR123456785NL; LB301245867SG; 05212031447690; "
        "CZ014592003NL; 7712 3341 0981"
    ),
    "country": _split(
        "China; Japan; Zuid-Korea; de Verenigde Staten; het Verenigd Koninkrijk; India; Pakistan; Bulgarije"
    ),
    "country_en": _split("China; Japan; South Korea; the United States; the UK; India; Pakistan; Bulgaria; Greece"),
    "car": _split(
        "Volkswagen Golf 1.5 eTSI; Toyota Yaris Cross; Peugeot 2008; Kia Picanto; Škoda Octavia Combi; Opel Corsa-e; "
        "Mercedes-Benz A180; Renault Clio; Hyundai Kona Electric; Volvo V60 T6"
    ),
    "dealer": _split(
        "Van Mossel Occasions; Autobedrijf De Wit; Hedin Automotive; Broekhuis; Louwman; Stern; "
        "Autohuis Walcheren; Garage Noordvliet"
    ),
    "year": _split("2016; 2018; 2019; 2021; 2023; 2014"),
    "insurer": _split(
        "Centraal Beheer; Interpolis; Univé; a.s.r.; Nationale-Nederlanden; FBTO; Ohra; Allianz Direct; Ethias; "
        "KBC Verzekeringen"
    ),
    "cause": _split("een gesprongen leiding; de wasmachine; hevige regen; een lekkend dakraam; de vaatwasser"),
    "cause_en": _split("a burst pipe; the washing machine; heavy rain; a leaking skylight; the dishwasher"),
    "item": _split("een PlayStation 5; een racefiets; sieraden; een iPad; een Canon EOS R6; een e-bike"),
    "lock": _split(
        "Nuki Smart Lock 4.0; Bold Smart Lock; Yale Linus; Ring Video Doorbell; Ajax Hub 2; eufy Video Doorbell; "
        "Somfy-alarm; Google Nest Doorbell"
    ),
    "security": _split("Verisure; Ajax Systems; Ring Protect; SecureHome Zeeland; Nuki Opener; Alarmcentrale Noord"),
    "city": _split(
        "Middelburg; Vlissingen; Goes; Zierikzee; Leeuwarden; Sneek; Harlingen; Drachten; Rotterdam; Amsterdam; "
        "Schiedam; Den Haag; Utrecht; Nijmegen; Maastricht; Tilburg; Purmerend"
    ),
    "city_be": _split("Gent; Antwerpen; Leuven; Brugge; Kortrijk; Mechelen; Hasselt; Aalst"),
    "city_wal": _split("Liège; Namur; Charleroi; Mons; Tournai; Verviers"),
    "city_abroad": _split("Willemstad; Oranjestad; Praia; Glasgow; Dublin; Cork; Sofia; Budapest; Thessaloniki; Osaka"),
    "date": _split(
        "12 maart 2026; vrijdag 3 april; 2026-05-18; 14/06; 1 oktober; 27-08-2025; 31 januari; "
        "zaterdag 21 februari; 2 november 2025"
    ),
    "date_en": _split("9 June; 14 March 2026; Friday 3 April; 2026-05-18; 27/08/2025; 1 October; next Tuesday"),
    "clock": _split("09:02; 09:03; 11:47; 12:03; 12:04; 14:58; 16:20; 21:36"),
    "time": _split("09:00; 13.45 uur; kwart over drie; 22:05; 7.30 u; 17:15; half negen; 14h30"),
    "time_from": _split("08:00; 09:00; 7.30 u; half negen; 10.00 uur; 8u30"),
    "time_to": _split("12:00; 13.00 uur; 17:15; 18:00; 22:05; half vijf"),
    "time_en": _split("9am; 13:45; 10.30 pm; 17:15; half past two; noon"),
    "weekday": _split("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag"),
    "weekday_en": _split("Monday; Tuesday; Thursday; Saturday; Sunday"),
    "amount": _split("€ 34,95; €250; € 600,-; €17,50; € 145,00; 400 euro; € 79,-; € 212,40; € 89,95; 1.180 euro"),
    "fee": _split("€ 34,95; €19,99; € 24,50; €9,95; € 12,99; 6 euro; €4,99"),
    "fine": _split("€0,25; € 0,30; 35 cent; €0,50; € 1,-"),
    "tuition": _split("€ 2.601; € 2.694,-; €15.200; € 1.350; 2.530 euro"),
    "price": _split("€ 14.950; €8.499; € 22.750,-; 11.995 euro; € 31.490"),
    "count": _split("2; 3; 4; 5; 6; 8; 11"),
    "ticket": _split("TCK-2026-004182; #SR-402117; 2026/11873; CS#774120; INC-55810; K-20931"),
    "claim": _split("SCH-2026-30418; 77102938; S/26/004511; WD-8812"),
    "order": _split("20419-NL; #A10294831; 7731-2290; ORD/2026/00518; BE-0098812"),
    "ean": _split("EAN 8717418090153; EAN 5412345678908; SKU 8719327; artikel 400.221.37"),
    "pc4": _split("1017; 3011; 8911; 4331; 9711; 2511"),
    "grade": _split("7,5; 5,4; 8; 6,0; 9,1"),
    "ects": _split("5 EC; 7,5 ECTS; 15 studiepunten; 60 EC"),
    "seat": _split("14C; 23A; 2F; 31D; 7B"),
    "gate": _split("D7; E24; B13; C9; M4"),
    "weight": _split("23 kg; 18,4 kilo; 32 kg; 7 kg"),
    "expiry": _split("08/28; 11/27; 03/30; 12/29"),
    "version": _split("firmware 7.57; versie 2.3.1; build 24.11.2; app 6.0"),
    "company_phone": _split(
        "0800-0400; 088 - 9090 400; +31 20 474 7747; 14 020; 0900 - 0455; +32 78 15 50 50; 0800 1234; 088 113 3000"
    ),
    "airline_mailbox": _split("eu261@transavia.com; baggage@corendon.nl; claims@aerlingus.com; bagage@tuifly.be"),
    "claims_mailbox": _split("schade@interpolis.nl; claims@allianzdirect.nl; schadeservice@unive.nl; schade@fbto.nl"),
    "company_handle": _split("KLM; Transavia; PostNL; DHL_NL; Centraal_Beheer; DUO_nl; NSWebcare; Pathe"),
    "percent": _split("30%; 75 procent; 50%; 12,5%"),
    "landmark": _split(
        "de Johan Cruijff ArenA; het Erasmus MC; het Anne Frank Huis; het Rembrandtplein; het Max Euweplein; "
        "de Albert Cuypmarkt; het Hugo de Grootplein; het Willem-Alexander Ziekenhuis; het Beatrixpark; "
        "het Prins Bernhardplein"
    ),
    "street_generic": _split(
        "Ferdinand Bolstraat; Admiraal de Ruijterweg; Jacob van Lennepkade; Aletta Jacobslaan; Burgemeester van "
        "Roijensingel; Lange Delft; Korreweg; Coolsingel"
    ),
}
