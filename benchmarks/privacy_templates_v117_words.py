"""Ordinary (never labelled) words of test_v117, registered in the shared `CLEAN_FILLERS`: dogs' names and breeds,
kennels and vets, waste containers, recycling yards and districts, course levels, groups, schools and textbooks,
boats, harbours and boat names after explorers, insulation measures and materials, piano brands named after their
makers, wedding venues and their rooms, company allotment plots, buildings and departments, courier zones with their
postcode ranges, donor centres, blood groups and Hb values, SalesIQ visitor numbers and pages, Threema groups,
organisations' Mastodon accounts, bots, towns of Limburg, West Flanders, Germany, Canada and New Zealand, people-named
squares, streets, airports and museums, public and firms' numbers and addresses, generic mailboxes, masked cards,
order, booking, invoice, quote, ride, ticket, tracking, parcel, case and application numbers, product codes, amounts
and dates and times that are not birth dates."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _w(text: str) -> list[str]:
    return [word.strip() for word in text.split(";") if word.strip()]


CLEAN_FILLERS["test_v117"] = {
    # ---- chats, groups, posts and calls
    "siq_visitor": _w(
        "Visitor 48213;Visitor 10977;Visitor 73320;Visitor 5518;Visitor 92046;Visitor 31187;Visitor 66402;"
        "Visitor 20759;Visitor 84431;Visitor 1290;Visitor 57768;Visitor 39015"
    ),
    "visitor_no": _w("48213;10977;73320;5518;92046;31187;66402;20759"),
    "siq_time": _w("09:02;09:41;10:15;11:38;12:07;13:26;14:50;15:12;16:44;19:03;20:31;21:18"),
    "siq_page": _w("Contact;Homepage;Veelgestelde vragen;/tarieven;/afspraak-maken;Mijn account;/over-ons"),
    "siq_page_en": _w("Contact;Home;FAQ;/en/prices;/en/book-now;My account"),
    "queue": _w("Opvang;Afval & Grondstoffen;Inburgering;Verhuur;Subsidies;Donorzaken;Koeriers"),
    "secs": _w("0m 58s;1m 12s;3m 40s;4m 05s;7m 03s;12m 26s"),
    "score": _w("1;2;3;4;5"),
    "threema_group": _w(
        "Hondenuitlaatclub Blerick 🐕;Moestuin Campus Noord 🥕;Koeriers Centrum 🚲;NT2 avondgroep B;Buurt Wyck;"
        "Sloepje varen 🚤;Bruiloft planning 💍;Straatgroep Tegelen"
    ),
    "threema_group_en": _w(
        "Expat dog owners Venlo;Campus veggie plots;Kiwis in Limburg 🥝;Canucks in NL 🍁;Night riders"
    ),
    "masto_city": _w("gemeentevenlo@social.overheid.nl;afvalservice@mastodon.nl;stadsbeheer_maastricht@mastodon.nl"),
    "masto_blood": _w("bloedbank@mastodon.nl;donorinfo@mstdn.social;bloedgevers@mastodon.online"),
    "masto_venue": _w("kasteelhoeve@mastodon.social;trouwenaandemaas@mastodon.nl;landgoed_events@mas.to"),
    "masto_subsidy": _w("isolatieloket@mastodon.nl;rvo_nl@social.overheid.nl;energieloket@mastodon.nl"),
    "masto_firm": _w("pianoatelier@mastodon.nl;isolatiezuid@mas.to;sloepverhuur@mastodon.nl;trouwlocatie@mstdn.social"),
    "bot": _w("Zia;Zia (AI-assistent);Bloedbot;Wafbot;Tessa, de digitale assistent;Koeriersbot;Sloepie"),
    # a chat's and a call's time stamps, counted from its start, each line later than the one before
    "siq_t1": _w("00:03;00:05;00:09;00:14;00:21"),
    "siq_t2": _w("00:38;00:52;01:07;01:19;01:33"),
    "siq_t3": _w("01:58;02:16;02:41;03:02;03:30"),
    "ts1": _w("00:00:04;00:00:09;00:00:15;00:00:21"),
    "ts2": _w("00:00:31;00:00:46;00:01:02;00:01:11"),
    "ts3": _w("00:01:24;00:01:47;00:02:10;00:02:22"),
    "ts4": _w("00:02:38;00:03:05;00:03:26;00:03:51"),
    "acw_time": _w("09:42;11:17;13:05;14:58;16:31;17:49"),
    # ---- frames
    "dog": _w("Luna;Bobbie;Saartje;Diesel;Pip;Nala;Rocky;Bowie;Kyra;Tarzan;Flip;Loebas;Snuf;Odin;Bommel"),
    "breed": _w(
        "labradoodle;Berner sennen;border collie;Jack Russell;Franse bulldog;golden retriever;kooikerhondje;"
        "stabij;Mechelse herder;Australian shepherd"
    ),
    "kennel": _w("Dierenpension De Maasheuvel;Hondenopvang Blerickse Bergen;Pension 't Kwispelhuis;Dogcare Zuid"),
    "vet": _w("Dierenkliniek Venlo-Zuid;Dierenarts Wyck;Vet Centre Tegelen;Dierenkliniek Randwyck"),
    "container": _w("restafvalcontainer;papiercontainer;PMD-container;glasbak;textielcontainer;GFT-container"),
    "container_id": _w("C-0412;RA-1187;UC 2209;P-0073;MAA-0931"),
    "recycle_yard": _w("Venlo-Noord;Maastricht-Zuid;Tegelen Industrieweg;Blerick Vastenavondkamp"),
    "district": _w("Wyck;Blerick;Heugem;Tegelen;Venlo-Oost;Mariaweide;Caberg;Klingerberg"),
    "level": _w("A1;A2;B1;B2;A2+;alfa"),
    "group_code": _w("NT2-A2-3;INB-B1-1;ALF-2;A1-ochtend;B1-avond"),
    "school": _w("Taalhuis Venlo;Taalschool De Brug;Taalcentrum Zuid;Volksuniversiteit Maastricht"),
    "exam_place": _w("examenlocatie Maastricht;Examencentrum Eindhoven;de bibliotheek van Venlo"),
    "textbook": _w("Nederlands in gang;Taal vitaal;Klare taal;De Delftse methode"),
    "room": _w("lokaal 1.04;lokaal 2.11;zaal Maas;lokaal B;de aula"),
    "harbour": _w(
        "jachthaven Venlo;haven Maasbracht;het Bassin in Maastricht;jachthaven Oolderhuuske;de Maasboulevard"
    ),
    "boat_type": _w("sloep;fluisterboot;elektrische sloep;tender;salonboot"),
    "boat_name": _w("Zwaluw;Maasmeeuw;Willem Barentsz;Abel Tasman;Sterre;Aalscholver;Ijsvogel;Boei 7"),
    "insulation": _w("spouwmuurisolatie;dakisolatie;vloerisolatie;bodemisolatie;HR++-glas;gevelisolatie"),
    "insulation_en": _w("cavity wall insulation;roof insulation;floor insulation;HR++ glazing"),
    "material": _w("glaswol;steenwol;EPS-parels;PIR-platen;vlaswol;schapenwol"),
    "m2": _w("18;24;36;42;55;60;75;80"),
    "piano_brand": _w("Steinway;Bechstein;Blüthner;Grotrian-Steinweg;Schimmel;Rippen;Yamaha;Petrof;Feurich;Sauter"),
    "area": _w("Venlo en Maastricht;Noord-Limburg;een straal van 25 km"),
    "venue": _w(
        "Kasteel Erenstein;Château Neercanne;Landgoed Vaeshartelt;Kasteel Hillenraedt;Hoeve de Hoogenweerth;"
        "Kasteel De Berckt;Fort Sint Pieter"
    ),
    "room_venue": _w("Oranjerie;Ridderzaal;Koetshuis;Wintertuin"),
    "table": _w("1;2;3;4;5;6;hoofdtafel;kindertafel"),
    "diet": _w("vegetarisch;halal;glutenvrij;notenallergie;geen;veganistisch;lactosevrij"),
    "plot": _w("A3;A7;B12;B14;C2;C9;D5;14;21"),
    "building": _w("gebouw 4;hal C;het hoofdgebouw;gebouw De Wissel;kantine West"),
    "department": _w("Logistiek;R&D;Facilitair;Planning;Kwaliteit;Sales Benelux;Productie hal 3"),
    "department_en": _w("Logistics;R&D;Facilities;Quality;Customer Service;Finance"),
    "zone": _w("Centrum;Wyck-Céramique;Venlo-Oost;Blerick;Randwyck;Binnenstad Noord"),
    "pc_range": _w("6211–6213;6221–6222;5911–5913;5921–5928;6229"),
    "hours_n": _w("4,5;6;7,5;8;3;5"),
    "donor_centre": _w("Donorcentrum Maastricht;Donorcentrum Venlo;het donorcentrum in Heerlen;de bloedbank in Brugge"),
    "blood_type": _w("O-;O+;A+;A-;B+;AB+;O negatief;A positief"),
    "hb": _w("8,1;7,9;8,6;9,0;8,4"),
    "car": _w("Toyota Yaris;Kia Niro;Volkswagen Polo;Peugeot 2008;Opel Corsa;Tesla Model 3;Fiat 500;Škoda Octavia"),
    # ---- places
    "town": _w("Venlo;Maastricht;Roermond;Sittard;Heerlen;Weert;Eindhoven;Nijmegen;Utrecht;Tilburg"),
    "town_li": _w("Venlo;Blerick;Tegelen;Maastricht;Meerssen;Valkenburg;Heer"),
    "town_wv": _w("Brugge;Kortrijk;Roeselare;Ieper;Oostende;Tielt;Poperinge;Izegem"),
    "town_ca": _w("Ottawa;Toronto;Montréal;Halifax;Winnipeg;Calgary;Vancouver"),
    "town_pl": _w("Gdańsk;Łódź;Kraków;Poznań;Świdnica;Lublin"),
    "town_nz": _w("Auckland;Wellington;Christchurch;Tauranga;Dunedin;Hamilton"),
    "named_place": _w(
        "Vrijthof;Sint Servaasbrug;Jan van Eyckplein;Nolensplein;Koningin Emmaplein;Museum van Bommel van Dam;"
        "Bonnefantenmuseum;Simon Stevinplein;Sint-Janshospitaal"
    ),
    "named_street": _w(
        "Wilhelminasingel;Prins Bisschopsingel;Burgemeester Bloemartsstraat;Jan van Eyckplein;Koningin Emmaplein;"
        "Deken van Oppensingel;Hendrik van Veldekeplein"
    ),
    "named_place_abroad": _w(
        "Sir John A. Macdonald Parkway;Kate Sheppard Place;Jean Batten Place;the Lester B. Pearson Building"
    ),
    "airport": _w(
        "Maastricht Aachen Airport;Eindhoven Airport;Weeze Airport;Brussels Airport;Lester B. Pearson Airport"
    ),
    "public_building": _w("het Stadskantoor aan de Hanzeplaats;het Mosae Forum;het stadhuis op de Markt"),
    "public_address": _w("Industrieweg 41, 5928 NX Venlo;Kortrijksesteenweg 1120, 8500 Kortrijk;Beatrixhaven 12"),
    # ---- numbers that are no one's
    "firm_iso": _w("Isolatie Zuid;Maasdal Isolatietechniek;Isoleerbedrijf Peel en Maas;Warmdicht BV"),
    "hall": _w("het Theater aan het Vrijthof;De Maaspoort;de Muziekgieterij;de Concertzaal Brugge"),
    "price_ten": _w("€ 85,00;€ 120,00;€ 99,50;€ 140,-"),
    "firm": _w(
        "Isolatie Zuid;Maasdal Isolatietechniek;Pianoatelier Opus;Koeriersdienst Trap Op;Sloepverhuur De Maasgeul"
    ),
    "generic_mail": _w("info@sloepverhuur-maasgeul.nl;planning@pianoatelier-opus.nl;klantenservice@isolatiezuid.nl"),
    "public_phone": _w("088 - 112 42 00;0800-0224;0900-1212;088 2255 400"),
    "muni_phone": _w("14 077;14 043;14 046"),
    "kvk": _w("14083921;70219934;62104470;81552039"),
    "btw": _w("NL861234567B01;NL003214789B02;NL852176340B01"),
    "kbo": _w("0412.345.678;0823.441.092;0765.210.387"),
    "masked_card": _w("**** **** **** 4471;XXXX XXXX XXXX 0912;•••• 3318;5413 **** **** 2207"),
    "auth_code": _w("A7X3Q2;004512;KX81TD"),
    "terminal": _w("T-0321;TID 29110447;KASSA 2"),
    "carrier": _w("PostNL;DHL;DPD;bpost;GLS"),
    "invoice_no": _w("F2025-00412;2025/1187;INV-88213;F-26-0019;VF250318"),
    "case_no": _w("Z-2025-018877;Z/25/114502;2025-ZK-4471;CASE-77120"),
    "application_no": _w("ISDE-2025-0441872;AV-2025-11873;SUB/2025/3391"),
    "booking_no": _w("RES-2025-8812;BK-77431;R 104429;#B-2208"),
    "order_no": _w("ORD-2025-114873;100238847;WEB-55120;#4471-NL"),
    "ticket_no": _w("48213;T-102944;SR-2025-7781;88120"),
    "tracking": _w("3SABCD1234567;JVGL0610244781;3SYZX9481200;CD110448712BE"),
    "parcel_no": _w("PKT-40718;3SYZX94812;P-2025-3319"),
    "ride_no": _w("RIT-20931;R-7742;55013"),
    "quote_no": _w("OFF-2025-0219;Q-4471;2025-OF-118"),
    "sku": _w("ISO-ROL-100;SKU-PN4471;HND-MAND-L;FK-TAS-45L;PS-STEMHAMER"),
    "product": _w("stemhamer;hondenmand XL;koerierstas 45 liter;isolatierol 100 mm;sloepkussenset"),
    # ---- amounts, dates and times
    "price_eur": _w("€ 12,50;€ 27,-;€ 35,00;€ 48,95;€ 9,50;€ 65,00;€ 19,75"),
    "price_big": _w("€ 245,00;€ 1.250,-;€ 3.975,00;€ 480,50;€ 12.400,00;€ 695,-"),
    "price_en": _w("€12.50;€27;€35;€48.95;€65"),
    "price_big_en": _w("€1,250;€3,975;€480.50;€12,400;€695"),
    "amount_plain": _w("12.5;27;35;48.95"),
    "count": _w("2;3;4;5;6;8;10;12;15"),
    "row": _w("2;5;11;17;23;38;42"),
    "week": _w("12;18;26;31;40;47"),
    "year": _w("2025;2026"),
    "date": _w(
        "14 maart;3 juni;zaterdag 21 juni;12 september;4 oktober;vrijdag 19 december;2 januari 2026;28 februari 2026"
    ),
    "date_en": _w("14 March;June 3;Saturday 21 June;12 September;October 4;Friday 19 December;2 January 2026"),
    "date_num": _w("01-03-2025;15-06-2025;30-09-2025;31-12-2025;2025-11-01;01/04/2026;14.02.2026"),
    "month": _w("mei;juni;augustus;september;maart;april"),
    "weekday": _w("maandag;dinsdag;woensdag;donderdag;vrijdag;zaterdag;zondag"),
    "month_en": _w("May;June;August;September;March;April"),
    "sheet": _w("Tarieven;Planning;Donoren;Afspraken;Blad1"),
    "sheet_topic": _w("stemming;donatie;uitbetaling;lediging;les"),
    "weekday_en": _w("Monday;Tuesday;Wednesday;Thursday;Friday;Saturday;Sunday"),
    "holiday": _w("Koningsdag;Tweede Kerstdag;Hemelvaartsdag;carnaval;Pinkstermaandag;oudejaarsdag"),
    "time": _w("08:00;09:30;10:15;12:45;14:00;15:30;17:00;19:15"),
    "hours": _w("9.00–12.00;13.00 tot 17.00 uur;8:30–16:30;tussen 10 en 14 uur"),
    "hours_en": _w("9am to noon;1 to 5 pm;8:30 to 4:30"),
}
