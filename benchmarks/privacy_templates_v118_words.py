"""Ordinary (never labelled) words of test_v118, registered in the shared `CLEAN_FILLERS`: LiveChat chat IDs, time
stamps, groups and bots (some with people's names: 'Wiebe de wijnbot'), voice message lengths, scan stamps, gyms and
classes, school photographers and their orders, window frame makers, materials and colours, festivals, tax desks and
pension funds, carpool apps, spots and rides, vineyards and wines, hospitals, wards and garages, camps, e-scooter
apps and fleet IDs, towns of Groningen, Zeeuws-Vlaanderen, Poland, Romania, India and Nigeria, people-named places
and streets without a house number, public numbers, order, ticket, refund, tracking, parcel and case numbers, masked
cards, amounts and dates that are not birth dates."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _w(text: str) -> list[str]:
    return [word.strip() for word in text.split(";") if word.strip()]


CLEAN_FILLERS["test_v118"] = {
    # ---- channels
    # a LiveChat transcript's time stamps, each later than the one before
    "t1": _w("14:02:07;14:02:19;14:02:33"),
    "t2": _w("14:02:51;14:03:04;14:03:10"),
    "t3": _w("14:03:38;14:03:47;14:03:59"),
    "t4": _w("14:04:21;14:04:35;14:04:44"),
    "t5": _w("14:05:02;14:05:18;14:05:29"),
    "t6": _w("14:05:50;14:06:03;14:06:15"),
    "lc_chat": _w("S1QX7RK2LM;RZ4K8T0P2W;S3M7Q1VX9D;RQ0F5L2K8N;S8W2D6HJ4T;RK7P3N9B1C"),
    "lc_group": _w("Ledenservice;Facturatie;Klantenservice Noord;Schade;Refunds;Planning"),
    "lc_group_en": _w("Member Services;Billing;Claims;Refunds;Customer Care"),
    "lc_bot": _w("Max (virtuele assistent);Botje;Lisa – digitale assistent;Flits;Robin de chatbot;Wiebe (bot);Pim"),
    "secs": _w("0:07;0:12;0:19;0:23;0:31;0:38;0:46;0:54;1:02;1:15;1:27"),
    "stamp_date": _w("14 OKT 2025;03 NOV 2025;21 JAN 2026;09 MRT 2026;30 SEP 2025;17 DEC 2025"),
    "stamp_date_en": _w("14 OCT 2025;03 NOV 2025;21 JAN 2026;09 MAR 2026;30 SEP 2025"),
    # ---- gyms and school photos
    "gym": _w("SportCity;Basic-Fit;Fit For Free;Trainingscentrum Noord;Sportschool De Kaai;Anytime Fitness;Fitland"),
    "gym_page": _w("/abonnement/pauzeren;/mijn-account;/lidmaatschap/bevriezen;de app;/contact"),
    "gym_page_en": _w("/membership/freeze;/my-account;/en/contact;the app"),
    "gym_class": _w("Spinning;BodyPump;Zumba;Yoga Flow;HIIT 30;Pilates;Aquajoggen"),
    "freeze_reason": _w("een blessure;zwangerschap;een operatie;een reis van drie maanden;mijn examens;een verhuizing"),
    "photo_firm": _w("Fotograaf Noord;SchoolFotoNL;Kiekjes & Co;De Schoolfotograaf;Photo Pro Zeeland"),
    "photo_order": _w("SF-2025-48213;#300917;ORD 77310;W2025-00941"),
    "photo_size": _w("13x18;20x30;30x40 cm;10x15;A4"),
    "photo_sku": _w("CNV-3040;PRT-1318;MAG-0001;FRM-2030"),
    "photo_page": _w("/photos/login;/en/order;/faq/refunds"),
    "school": _w("obs De Regenboog;cbs Het Kompas;kindcentrum De Wierde;basisschool Sint-Jozef;Het Scaldis"),
    "school_class": _w("groep 4;groep 7b;groep 1/2;groep 8;klas 3"),
    # ---- window frames
    "quote_no": _w("OFF-2025-1182;Q-77419;2025/0413;OF250977"),
    "window_firm": _w("Kozijnen Noord;Kozijnenhuis Hulst;Raamwerk Zeeland;Kunststof Kozijnen Groningen"),
    "window_domain": _w("kozijnennoord.nl;kozijnenhuis-hulst.nl;raamwerkzeeland.nl"),
    "window_material": _w("kunststof;hout;aluminium;meranti;hardhout"),
    "window_brand": _w("Schüco;Kömmerling;GU;Hoppe;Reynaers"),
    "ral": _w("RAL 9016;RAL 7016;crème;antraciet;RAL 6009"),
    # ---- festivals
    "festival": _w(
        "Noorderzon;Polderrock;Kanaalpop;Havenklanken;Zeeuwse Kust Festival;Stadspark Live;Eurosonic;"
        "Bevrijdingsfestival;Hulsterloo Live;Zomerparkfeest"
    ),
    "festival_slug": _w("noorderzon25;polderrock_2025;kanaalpop25;havenklanken"),
    "festival_domain": _w("noorderzon.nl;polderrock.nl;kanaalpop.nl;havenklanken.events"),
    "shift": _w("vr 18:00-02:00;za 12:00-20:00;zo 10:00-18:00;build-up Thu"),
    "charity": _w("KiKa;the Red Cross;Stichting Leergeld;Voedselbank Groningen"),
    "refund_no": _w("RF-2025-33810;#RF77120;RFD-0091823"),
    # ---- tax help for pensioners
    "tax_desk": _w(
        "Belastingservice 65+;Ouderenbond Aangiftehulp;Belastingspreekuur Bibliotheek;Belastingwinkel Hulst"
    ),
    "pension_fund": _w("ABP;PFZW;PMT;Pensioenfonds Horeca & Catering;bpfBOUW;SVB"),
    "pension_domain": _w("abp.nl;pfzw.nl;pmt.nl;phenc.nl"),
    "library": _w(
        "Forum Groningen;Bibliotheek Terneuzen;bibliotheek Hulst;het wijkcentrum Lewenborg;Bibliotheek Veendam"
    ),
    "age_elder": _w("72;78;81;84;69;88"),
    # ---- carpools
    "carpool_app": _w("BlaBlaCar;Toogethr;RideShare NL;Samen Rijden;Meerijden.nu"),
    "carpool_spot": _w(
        "carpoolplaats Westerbroek;Transferium Hoogkerk;P+R Kardinge;carpoolplaats Sluiskil;P+R Haren;Zuidbroek"
    ),
    "ride_id": _w("R-88213-NL;RIDE 4471209;BB-5521-0917;#R90312"),
    "year_join": _w("2019;2021;2022;2023;2024"),
    # ---- wine club
    "vineyard": _w("Wijngaard De Zonnehoeve;Wijngoed Schoneveld;Domein Stokelaar;Wijnboerderij Hoeve Hulst"),
    "wine_plan": _w("Proeverij Plus;Wit & Rood;Seizoensdoos;Kenner 6;Mousserend Trio"),
    "wine": _w(
        "Solaris 2023;Johanniter 2024;Pinot Noir rosé;Souvignier Gris;Regent barrique;Cabernet Cortis;Muscaris;"
        "Rondo 2022;Auxerrois;Dornfelder"
    ),
    # ---- hospital parking
    "hospital": _w(
        "UMCG;Martini Ziekenhuis;ZorgSaam Terneuzen;Ommelander Ziekenhuis;Admiraal De Ruyter Ziekenhuis;"
        "Treant Emmen;Wilhelmina Ziekenhuis;AZ Sint-Jan"
    ),
    "hospital_place": _w("de centrale hal;Hoofdingang Oost;de hal bij de polikliniek;Ingang Fonteinstraat"),
    "garage": _w("parkeergarage P3;garage Noord;parkeerdek P1;Parkeergarage Oostersingel"),
    "ward": _w("SEH;Oncologie;Kraamafdeling;Longziekten;Cardiologie;IC;Radiologie"),
    "ward_en": _w("Emergency;Oncology;Maternity;Cardiology;ICU;Radiology"),
    "hours_n": _w("4;6;9;11;26"),
    # ---- holiday camps
    "camp_week": _w("Zomerkamp week 29;Kamp De Wildernis;Herfstkamp 2025;Waddenkamp week 31;Paaskamp 2026"),
    "camp_place": _w("Appelscha;Schiermonnikoog;Ellertshaar;Cadzand-Bad;Nieuw-Namen;Lauwersoog"),
    "camp_org": _w(
        "Stichting Vakantiekampen Noord;JeugdVakantieWerk Hulst;Kamp Zonnestraal;Scouting Michiel de Ruyter"
    ),
    "gp_practice": _w("Huisartsenpraktijk De Wierde;Gezondheidscentrum Vinkhuizen;Huisartsen Hulst-Zuid"),
    "age_child": _w("7;8;9;10;11;12"),
    # ---- e-scooters
    "scooter_app": _w("TIER;Dott;Felyx;Check;GO Sharing;Bolt"),
    "scooter_id": _w("TIER 4K2-9Q;DOTT 118-204;#F7Q2KX;22-301;NL-ST 0917"),
    "scooter_id_spoken": _w("vier ka twee, negen ku;een een acht, twee nul vier;ef zeven ku twee ka iks"),
    "case_no": _w("SCH-25-04417;CLM-2025-11920;DOS/25/3381;SM-882031"),
    "lat": _w("53.2194;51.3346;53.1725;51.2837"),
    "lon": _w("6.5665;3.8279;6.6112;4.0526"),
    # ---- codes that are no one's
    "order_no": _w("ORD-2025-48812;#100482;W2025-11873;BST 55120"),
    "ticket_no": _w("T-204881;#88102;TCK0049121;INC-2025-0417"),
    "tracking": _w("3SABCD1234567;CD123456789NL;JVGL06123456789012;1Z999AA10123456784"),
    "parcel_no": _w("3SNDR00413327;CX889104117NL;05912 883 001"),
    "carrier": _w("PostNL;DHL;DPD;GLS;bpost"),
    "pickup_point": _w("het PostNL-punt in de Primera;de Jumbo aan de Korreweg;DHL ServicePoint Hulst;de balie"),
    "public_phone": _w("0800-0543;088 - 0101 010;14 050;0900-1234;+31 88 770 5500;0800 023 4455"),
    "kvk": _w("01098765;22041563;87234519;61439828"),
    "vat": _w("NL001234567B01;NL853920174B01;BE0412345678"),
    "masked_card": _w("**** **** **** 4821;XXXX-XXXX-XXXX-0147;************6612;•••• 3390"),
    "auth_code": _w("052913;A7K2Q9;311408"),
    "terminal": _w("TID 55219073;T-8812;40019833"),
    # ---- places
    "town": _w("Groningen;Assen;Zwolle;Utrecht;Rotterdam;Eindhoven;Middelburg;Vlissingen;Goes;Leeuwarden;Breda"),
    "town_gr": _w("Hoogezand;Veendam;Winschoten;Delfzijl;Stadskanaal;Appingedam;Uithuizen;Leek;Zuidhorn;Ter Apel"),
    "town_zv": _w("Terneuzen;Hulst;Axel;Oostburg;Sluis;Breskens;Sas van Gent;IJzendijke;Aardenburg;Kloosterzande"),
    "town_pl": _w("Kraków;Wrocław;Poznań;Łódź;Gdańsk;Lublin;Rzeszów;Opole;Białystok"),
    "town_ro": _w("Cluj-Napoca;Iași;Timișoara;Brașov;Constanța;Suceava;Bacău;Sibiu"),
    "town_in": _w("Bengaluru;Mumbai;Chennai;Pune;Hyderabad;Kochi"),
    "town_ng": _w("Lagos;Ikeja;Enugu;Port Harcourt;Abuja;Ibadan"),
    "named_place": _w(
        "Martinitoren;Emmaplein;station Europapark;Koning Willem-Alexanderpark;Anne Frankplein;Prins Bernhardhoeve;"
        "Pieter de Coninckplein;Hendrik de Vriesplein;Johan Frisohal;Zernike Campus;Beatrixpark;Oranjeplein"
    ),
    "named_street": _w(
        "Herestraat;Kennedylaan;Julianalaan;Willem Lodewijkstraat;Jan van Galenstraat;Korreweg;Prins Hendrikkade;"
        "Grote Markt;Vismarkt;Nieuwstraat;Jacob van Lennepkade;Oosterstraat"
    ),
    # ---- amounts, dates and times
    "price_eur": _w("€ 12,50;€ 39,95;€ 4,50;€ 24,-;€ 67,80;€ 9,95;€ 115,00;€ 31,25"),
    "price_small": _w("€ 0,50;€ 1,50;€ 2,00;€ 2,95;€ 0,95"),
    "price_big": _w("€ 1.250,00;€ 389,00;€ 2.480,50;€ 645,-;€ 3.120,00;€ 495,00"),
    "price_en": _w("€9.95;€25;€14.50;€40;€7.50;€120"),
    "price_big_en": _w("€186.50;€212;€147.80;€310"),
    "amount_plain": _w("12.5;25;43.9;10;7.5;150;39.95"),
    "amount_words": _w("twaalf;vijfentwintig;achttien;veertig;zevenendertig;negen"),
    "count": _w("2;3;4;5;6;7;8;10;12;14"),
    "count_big": _w("38;112;245;380;1240;2915;96;57"),
    "date": _w("3 maart;14 april;1 juli;28 november;vrijdag 14 februari;2 januari 2026;31 oktober;9 mei;15 augustus"),
    "date_en": _w("3 March;14 April;1 July;28 November;Friday 14 February;2 January 2026;31 October;9 May"),
    "date_iso": _w("2025-07-01;2025-08-15;2025-09-30;2026-01-05;2025-11-03;2026-03-31;2025-12-22"),
    "date_num": _w("01-07-2025;15/08/2025;30-09-2025;01.10.2025;31-12-2025;2026-03-31;05-01-2026"),
    "date_num_from": _w("01-07-2025;15/08/2025;01.09.2025;30-09-2025"),
    "date_num_to": _w("31-12-2025;2026-03-31;05-01-2026;30.06.2026"),
    "month": _w("januari;maart;april;juni;augustus;september;oktober;december"),
    "weekday": _w("maandag;dinsdag;woensdag;donderdag;vrijdag;zaterdag;zondag"),
    "weekday_en": _w("Monday;Tuesday;Wednesday;Thursday;Friday;Saturday;Sunday"),
    "time_from": _w("08:30;09:00;09:30;10:00;11:00"),
    "time_to": _w("12:00;12:30;13:00;15:30;16:00;17:00"),
    "time": _w("08:30;09:15;10:00;11:45;13:30;15:00;16:45;18:00;19:30"),
    "hours": _w("van 9.00 tot 13.00 uur;gesloten;van 10 tot 16 uur;tot 17.00 uur"),
    "week": _w("14;19;23;27;33;38;41;47"),
    "year": _w("2024;2025;2026"),
}
