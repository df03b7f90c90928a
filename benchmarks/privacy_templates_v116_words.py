"""Ordinary (never labelled) words of test_v116, registered in the shared `CLEAN_FILLERS`: swimming pools and diplomas,
garden packages, bike brands, care homes and Wlz profiles, removal trucks, medicines and pharmacies, campsites and
pitches, charities with their creditor IDs and RSIN, towns of Drenthe, Brabant, Flemish Brabant, Australia, Trinidad
and Malaysia, people-named places, hospitals and brands, bots, Help Scout conversation numbers, Outlook start and end
lines, till receipt furniture with masked cards, public numbers, order, ticket, invoice, tracking, parcel, booking,
quote, permit, police-report and case numbers, product codes, amounts and dates that are not birth dates."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _words(text: str) -> list[str]:
    return [word.strip() for word in text.split(";") if word.strip()]


def _spans(text: str, begin: str, end: str) -> list[str]:
    """An Outlook invite's start and end lines, the end on the same day after the start."""
    return [f"{begin}: {pair.split('|')[0]}\n{end}: {pair.split('|')[1]}" for pair in _words(text)]


CLEAN_FILLERS["test_v116"] = {
    # ---- Help Scout, voice notes, surveys and calendars
    "hs_conv": _words(
        "1336;1353;1376;2595;2671;3098;3247;3552;3879;4071;42108;44058;4540;46344;47476;49402;50821;53728;56520;5929;"
        "60483;62243;63455;63480;66295;66634;6796;68048;68410;69362;6944;69813;7175;7465;7494;8500;8790;9082;9665;9763"
    ),
    "secs": _words(
        "0:26;0:28;0:32;0:34;0:43;0:46;0:51;0:53;1:30;1:31;1:38;1:43;"
        "1:44;1:48;1:50;1:52;1:53;1:59;2:07;2:09;2:14;2:26;2:30;2:49"
    ),
    "score": _words("1;2;3;4;5;6;7;8;9;10"),
    "emo": _words("😍;🙌;👏👏;🥳;❤️;🔥🔥;😂;🙏;💪;👍;✨;🤩;😅;🥹"),
    "bye_nl": _words(
        "Groetjes!;Dank je!;👍;Fijne dag!;Mvg;Bedankt alvast;Top, dank!;Groet;Thx!;Doei!;Alvast bedankt 🙏;Gr."
    ),
    "bye_en": _words("Cheers!;Thanks heaps;Ta;tq;Thank you ya;Much appreciated;Thanks!;Cheers mate;Many thanks;Thx 🙏"),
    "bye_spoken": _words("doei;dank je;oké doei;fijne dag;tot dan;dag dag;oké dank je wel"),
    "bot": _words(
        "Beacon;AI Answers;Zwemmie;Hovi (chatbot);Apo;Roamy;Kampi;Donna (digitale assistent);Sanne – virtuele assistent"
    ),
    "team": _words(
        "Team Noord;Klantcontact Assen;Backoffice Incasso;Team Buitendienst;Planning Zuid;Team Zorgbemiddeling"
    ),
    "room": _words("Hunebed;Zaal Van Gogh;De Brink 2.14;Dommel;3.12;Aa"),
    "cal_span": _spans(
        "do 16-10-2025 09:30|do 16-10-2025 10:30;ma 3-11-2025 14:00|ma 3-11-2025 15:00;"
        "wo 21-1-2026 10:15|wo 21-1-2026 11:00;vr 5-12-2025 08:00|vr 5-12-2025 12:00;"
        "di 17-3-2026 13:30|di 17-3-2026 14:15;za 4-4-2026 09:00|za 4-4-2026 17:00",
        "Begin",
        "Einde",
    ),
    "cal_span_en": _spans(
        "Thu 16/10/2025 9:30 AM|Thu 16/10/2025 10:30 AM;Mon 3/11/2025 2:00 PM|Mon 3/11/2025 3:00 PM;"
        "Wed 21/01/2026 10:15 AM|Wed 21/01/2026 11:00 AM;Fri 5/12/2025 8:00 AM|Fri 5/12/2025 12:00 PM",
        "Start",
        "End",
    ),
    # ---- till receipts
    "till": _words("1;2;3;4;07;12"),
    "receipt_no": _words("3381;0457;12094;8810;2273;40961;0019"),
    "receipt_stamp": _words("14-10-2025 16:42;03/11/25 09:07;21.01.2026 11:58;05-12-2025 17:30;17/03/26 10:02"),
    "masked_card": _words("************4821;XXXX XXXX XXXX 0147;****6612;**** **** **** 3390;xxxxxxxxxxxx7025"),
    "auth_code": _words("052913;A7K2Q9;311408;Z0X4P1"),
    "terminal": _words("30041872;TID 5521907;40019833;T-8812"),
    "pool_up": _words("DE SMELT;DE TONGELREEP;WILLEM-ALEXANDERBAD;DE WATERLELIE;AQUABEST;DE VLAKKE"),
    "pharmacy_up": _words("DE BRINK;VAN GOGH NUENEN;HET ANKER;SINT-JAN;DE DOMMEL;ESDAL"),
    "mover_up": _words("KEMPEN TRANSPORT;HUNZE TRANSPORT;DE KEMPEN VERHUIST;EXPRESS MOVE;SOUTHERN CROSS RELOCATIONS"),
    "camp_up": _words("DE VEENHORST;HET ESDAL;HUNZEDAL;DE KLEINE WIELEN;PRINS BERNHARD HOEVE"),
    "med_up": _words("METOPROLOL 50MG;OMEPRAZOL 20MG;LEVOTHYROXINE 75UG;METFORMINE 500MG;SALBUTAMOL 100UG"),
    "otc_up": _words("PARACETAMOL 500MG;ORS SACHETS;ZONNEBRAND SPF50;NEUSSPRAY XYLO;IBUPROFEN 400MG"),
    # ---- swimming lessons
    "swim_school": _words("Zwemschool De Waterlelie;Zwemschool Spetter;Zwem-ABC Assen;Zwemschool Dolfijn Tilburg"),
    "swim_pool": _words(
        "Zwembad De Smelt;De Tongelreep;het Willem-Alexanderbad;Aquabest;Zwembad De Vlakke;De Waterlelie"
    ),
    "swim_diploma": _words("diploma A;diploma B;diploma C;Zwem-ABC A;snorkeldiploma;Zwemvaardigheid 1"),
    "swim_group": _words("A2 woensdag;B-groep 16:15;C zaterdag 09:00;A1 maandag"),
    "lesson_time": _words("15:45;16:30;17:15;09:00;10:30"),
    "season": _words("2025-2026;zomer 2025;winter 2025;2026"),
    # ---- gardens and bicycles
    "garden_pkg": _words("Basis;Plus;Compleet;Haag & Gazon;Groen Zorgeloos"),
    "garden_task": _words("Voorjaarssnoei;Haag knippen;Gazon verticuteren;Bladruimen;Snoeironde"),
    "bike_brand": _words("Gazelle;Batavus;VanMoof;Cortina;Sparta;Stromer;Babboe;Trek"),
    "police_ref": _words("2025-1148203-1;PL1300-2025189341;2025093771-2;PL0900-2025041186"),
    "case_no": _words("SCH-25-004417;S2025-0831;CLM-2025-11920;DS/25/3381"),
    # ---- student loans
    "rate": _words("2,57;0,46;1,78;2,95"),
    "rate_en": _words("2.57;3.2;4.7;1.78"),
    "year": _words("2025;2026;2024"),
    # ---- care homes
    "care_home": _words(
        "Woonzorgcentrum De Brink;Zorgcentrum Anholt;Huize Sint Jozef;Julianaoord;Beatrixoord;De Vlaskamp;"
        "Hof van Gilde;Vita Aquae"
    ),
    "wing": _words("Berk;De Linde;Vlinder;2 Oost;Kastanje"),
    "wlz_profile": _words("VV 4;VV 5;VV 6;VV 7;ZZP VV5"),
    "hospital": _words(
        "Wilhelmina Ziekenhuis Assen;Jeroen Bosch Ziekenhuis;Catharina Ziekenhuis;Treant Emmen;Elkerliek;Amphia"
    ),
    # ---- removals
    "truck": _words("bakwagen 20 m³;verhuiswagen 40 m³;bus met lift;2 wagens;20ft container"),
    "car_model": _words("Volkswagen Golf;Toyota Yaris;Kia Picanto;Opel Astra;Peugeot 208;Skoda Octavia;Tesla Model 3"),
    "quote_no": _words("OFF-2025-0412;Q-77310;OFF/25/1186;Q2025-0099"),
    "permit_no": _words("ONTH-2025-04471;2025/VL/1183;OH-88217"),
    # ---- pharmacies
    "med": _words(
        "metoprolol 50 mg;omeprazol 20 mg;levothyroxine 75 mcg;metformine 500 mg;amlodipine 5 mg;salbutamol inhaler;"
        "atorvastatine 20 mg;losartan 50 mg"
    ),
    "otc": _words("paracetamol 500 mg;ORS-zakjes;zonnebrand SPF 50;neusspray;ibuprofen 400 mg"),
    "pharma_brand": _words("Sandoz;Teva;Mylan;Centrafarm;Aurobindo"),
    "pickup": _words("afhaalautomaat;balie;bezorgen;afhaalkluis"),
    # ---- roaming, campsites and charities
    "camp": _words("Camping De Veenhorst;Camping Het Esdal;Vakantiepark Hunzedal;Camping Prins Bernhard Hoeve"),
    "pitch": _words("A12;47;B-08;veld 3 nr 14;C21;112"),
    "pitch_group": _words("Scouting Sint-Jan;jeugdgroep Veghel;fietsclub De Spaak;kamp 5B"),
    "canal": _words("Oranjekanaal;Wilhelminakanaal;Beatrixkanaal;Linthorst Homankanaal"),
    "charity": _words(
        "Stichting Waterwel;Fonds Kinderzwemmen;Prinses Beatrix Spierfonds;Ronald McDonald Kinderfonds;KWF;"
        "Hart voor Drenthe"
    ),
    "creditor_id": _words("NL20ZZZ783310930000;NL76ZZZ468474970000;NL47ZZZ413821870000;NL74ZZZ675957040000"),
    "rsin": _words("854357622;840661046;802540703;824870992"),
    "kvk": _words("31124304;73697169;40243232;83805842;76156361"),
    "vat": _words("NL854357622B01;NL002540703B01;NL824870992B01"),
    "bic": _words("RABONL2U;INGBNL2A;ABNANL2A;TRIONL2U;SNSBNL2A"),
    "firm": _words(
        "Beltel Mobiel;Verhuizingen De Kempen;Hoveniersbedrijf Groenrijk;Apotheek De Brink;Camping Het Esdal"
    ),
    # ---- codes that are no one's
    "order_no": _words("ORD-2025-48812;#100482;W2025-11873;BST 55120"),
    "ticket_no": _words("T-204881;#88102;HS-1182;TCK0049121"),
    "invoice_no": _words("F2025-10482;INV-883120;2025.0917;F/25/04471"),
    "tracking": _words("3SABCD1234567;JVGL06123456789012;CD123456789NL;1Z999AA10123456784"),
    "parcel_no": _words("3SBELT00413327;CX889104117NL;05912 883 001"),
    "booking_no": _words("RES-25-1184;BK-77190;2025/0612;R-40017"),
    "sku": _words("ART 200417;HB-80-100;SKU 5521-GR;RVG 12345;Z-INDEX 1442031"),
    "ean": _words("8798401277344;8769691715854;8770881672857;8727818793963"),
    "public_phone": _words("0800-0224;088-123 45 67;14 0592;0900-1234;+31 88 770 5500;14 040"),
    # ---- places
    "town": _words(
        "Utrecht;Zwolle;Amersfoort;Groningen;Nijmegen;Haarlem;Almere;Leiden;Apeldoorn;Arnhem;Deventer;Den Haag"
    ),
    "town_dr": _words(
        "Assen;Emmen;Hoogeveen;Meppel;Coevorden;Borger;Westerbork;Zuidlaren;Beilen;Dwingeloo;Roden;Gieten"
    ),
    "town_br": _words(
        "Eindhoven;Tilburg;Breda;'s-Hertogenbosch;Helmond;Oss;Oosterhout;Veghel;Boxtel;Valkenswaard;Uden"
    ),
    "town_vl": _words("Leuven;Tienen;Aarschot;Diest;Vilvoorde;Zaventem;Tervuren;Halle;Landen"),
    "town_tt": _words("Chaguanas;San Fernando;Arima;Port of Spain;Couva;Point Fortin;Sangre Grande"),
    "town_my": _words("Petaling Jaya;Kuala Lumpur;Shah Alam;George Town;Ipoh;Johor Bahru;Subang Jaya;Seremban"),
    "town_au": _words("Geelong VIC;Brunswick VIC;Frankston VIC;Ballarat VIC;Bendigo VIC;Footscray VIC;Werribee VIC"),
    "named_place": _words(
        "Jeroen Boschplein;Philips Stadion;Van Abbemuseum;Wilhelminaplein;Anne Frankplein;Jan Linders;"
        "Prins Hendrikpark;Van Gogh Village;Albert Heijn XL;Koning Willem I College"
    ),
    "named_place_my": _words("Sultan Abdul Aziz Shah Airport;Jalan Tun Razak;Tunku Abdul Rahman Park;Mid Valley"),
    "named_place_tt": _words("Brian Lara Promenade;Hasely Crawford Stadium;Queen's Park Savannah;Nelson Mandela Park"),
    "carrier": _words("PostNL;DHL;DPD;GLS;bpost"),
    # ---- amounts, dates and times
    "price_eur": _words("€ 12,50;€ 87,00;€ 149,95;€ 24,-;€ 62,40;€ 9,95;€ 115,00;€ 38,75"),
    "price_small": _words("€ 0,49;€ 1,45;€ 2,10;€ 0,99;€ 1,80"),
    "price_big": _words("€ 312,40;€ 1.284,00;€ 476,95;€ 2.150,00;€ 389,10"),
    "price_en": _words("€9;€14.95;€25;€7.50"),
    "price_small_en": _words("€0.49;€1.99;€0.25;€2.10"),
    "price_big_en": _words("€412.87;€1,084.50;€356;€729.40"),
    "amount_plain": _words("12.50;25;43.90;10.00;7.5;150"),
    "count": _words("2;3;4;5;6;8;10;12"),
    "week": _words("14;19;27;33;41;48"),
    "date": _words(
        "3 maart;17 april;1 juli;28 november;vrijdag 14 februari;2 januari 2026;31 oktober;9 mei;15 augustus"
    ),
    "date_en": _words("3 March;17 April;the 1st of July;28 November;Friday 14 February;2 January 2026;9 May;15 August"),
    "date_num": _words("01-04-2025;15/06/2025;30-09-2025;2025-07-01;01.10.2025;31-12-2025;01-02-2026;2026-03-31"),
    "month_en": _words("January;March;June;August;September;December"),
    "weekday": _words("maandag;dinsdag;woensdag;donderdag;vrijdag;zaterdag;zondag"),
    "weekday_en": _words("Monday;Tuesday;Wednesday;Thursday;Friday;Saturday;Sunday"),
    "time": _words("08:30;09:15;10:00;11:45;13:30;15:00;16:45;18:00"),
    "hours_en": _words("from 7 am to 1 pm;from 8:00 to 12:00;between 9 and 5;from 7:30 until noon"),
    "hours": _words("tussen 8 en 12 uur;van 9.00 tot 17.00 uur;tussen 13:00 en 17:00;na 18 uur;van 10 tot 16 uur"),
}
