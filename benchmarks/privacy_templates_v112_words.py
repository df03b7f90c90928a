"""Ordinary (never labelled) words of test_v112, registered in the shared `CLEAN_FILLERS`: universities, labs,
blind makers, bike and theatre subscriptions, hospitals, batteries, benefit offices, chip registries, caravans,
towns and people-named places, bots, Salesforce case numbers and thread ids, subtitle cues, codes, amounts and
dates that are not birth dates."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v112"] = {
    # ---- Salesforce, Telegram and subtitle furniture
    "case": _semi("00184522; 00190317; 00201466; 00177059; 00213380; 00208841; 00195502; 00222610; 00169974"),
    "sfref": _semi(
        "ref:_00D7Q2b8aX._5008d1kQz3:ref; ref:_00D1t0Gh4K._5003X9pLm2:ref; ref:_00D5w7RtY1._500Aa2QwE8:ref; "
        "ref:_00D9z3UiO5._5007Kk0ZxC:ref; ref:_00D2c6VbN7._5001Jh5TgB:ref"
    ),
    "macro": _semi("M-017 Termijnbetaling; FAQ-Collegegeld-04; KB-2291; Snelantwoord 12; Template NL-Refund"),
    "queue": _semi("Studentenzaken NL; Lab Support; Zonwering Service; Abonnementen; Parkeerbeheer; Backoffice"),
    "cue": _semi("3; 7; 12; 18; 24; 31; 38; 45; 52; 64; 77; 89"),
    "cue2": _semi("103; 118; 131; 140; 156; 172; 188; 203"),
    "srt": _semi(
        "00:00:41,200 --> 00:00:44,010; 00:01:12,480 --> 00:01:15,020; 00:02:05,330 --> 00:02:08,900; "
        "00:03:47,120 --> 00:03:50,640; 00:05:19,000 --> 00:05:21,760; 00:06:02,540 --> 00:06:06,100"
    ),
    "srt2": _semi(
        "00:07:04,600 --> 00:07:09,880; 00:08:15,500 --> 00:08:21,090; 00:09:09,300 --> 00:09:15,470; "
        "00:10:51,020 --> 00:10:57,310; 00:12:22,400 --> 00:12:28,050; 00:14:06,700 --> 00:14:12,930"
    ),
    "bot": _semi("Blindy; Prikkie; Spaakje; Toeslagbot; ChipChap; Caravanny; Parko; StudieBot; Vera; Max; Bo; Sunny"),
    # ---- organisations and products of the frames
    "uni": _semi(
        "Universiteit Maastricht; Universiteit Twente; Universiteit Antwerpen; Saxion; Fontys Venlo; Zuyd "
        "Hogeschool; Karel de Grote Hogeschool; AP Hogeschool"
    ),
    "programme": _semi(
        "European Studies; Technische Bedrijfskunde; Geneeskunde; Creative Technology; Fysiotherapie; "
        "MSc Data Science; Bachelor Rechten; International Business; Verpleegkunde"
    ),
    "lab": _semi("Medlon; Saltro; Zuyderland prikpunt; MUMC+ bloedafname; het Labo van ZNA; Certe Prikpost; AML"),
    "practice": _semi("Gezondheidscentrum Oost; Huisartsenpraktijk De Linde; HAP Parkstad; Wijkpraktijk Deppenbroek"),
    "tests": _semi("glucose nuchter; HbA1c; TSH en vrij T4; cholesterol; nierfunctie (eGFR); Hb en ferritine; INR"),
    "blind": _semi(
        "duo-rolgordijn; plisségordijn; houten jaloezie 50 mm; verticale lamellen; vouwgordijn; "
        "dakraamrolgordijn; aluminium jaloezie 25 mm; honeycomb-plissé"
    ),
    "blind_en": _semi("roller blinds; Venetian blinds; honeycomb shades; vertical blinds; Roman blinds"),
    "blinds": _semi("Hunter Douglas; Luxaflex; Raamdecor Limburg; Zonwering Twente; Jaloezieënhuis Antwerpen; Kwantum"),
    "fabric": _semi("Linnen; Antraciet; Zand; Gebroken Wit; Mosgroen; Ivoor; Taupe; Nachtblauw"),
    "ral": _semi("RAL 9010; RAL 9016; RAL 7016; RAL 1013; RAL 9005"),
    "size": _semi("120 x 180 cm; 80 x 160 cm; 94,5 x 210 cm; 60 x 140 cm; 145 x 200 cm"),
    "sku": _semi("art. 7716-204; 51.330.09; DR-4411; PL-2025-18; VT-089; 404 512 77; HB-25"),
    "bike": _semi("Swapfiets Original; Power 7; Deluxe 7; e-bike Power 1; kinderfiets 20 inch; Velo-jaarpas"),
    "bikefirm": _semi("Swapfiets; Lease a Bike; Velo Antwerpen; Fietsabo Twente; Gazelle Abonnement"),
    "season": _semi("2025-2026; 2026/27; seizoen 25-26; Voorjaar 2026; Klassiek 2026"),
    "theatre": _semi(
        "het Wilminktheater; Theater aan het Vrijthof; Parkstad Limburg Theaters; De Singel; de Stadsschouwburg "
        "Antwerpen; Theater Hengelo; De Maaspoort; de Koningin Elisabethzaal"
    ),
    "show": _semi("Hamlet; Carmen; De Notenkraker; Het Zwanenmeer; La Traviata; Mamma Mia!; Moulin Rouge!; Faust"),
    "row": _semi("4; 7; 11; 12; 15; 19; 22"),
    "seat": _semi("8; 9; 14; 21; 22; 33; 40"),
    "hospital": _semi(
        "Medisch Spectrum Twente; ZGT Almelo; Zuyderland Heerlen; Maastricht UMC+; VieCuri Venlo; ZNA Middelheim; "
        "het UZA; GZA Sint-Augustinus"
    ),
    "entrance": _semi("A; B; C; Noord; Zuid; 2"),
    "battery": _semi("Sessy 5 kWh; Tesla Powerwall 3; BYD Battery-Box; Zonneplan Nexus; LG RESU 10; HomeWizard"),
    "batteryfirm": _semi("Zonneplan; Sessy; Vattenfall; Eneco; Essent; Engie"),
    "kwh": _semi("5,2; 9,6; 10; 13,5; 7,7; 15"),
    "firmware": _semi("v2.14.3; 3.1.0; 24.11-b; R5.2"),
    "agency": _semi("het Vlaams Woningfonds; de Woonwinkel; het OCMW; Woonhaven Antwerpen"),
    "exception": _semi("een woonwagen; een woonzorgcomplex; enkele aangewezen studentencomplexen"),
    "vet": _semi("Dierenkliniek Maasland; AniCura Enschede; Dierenartsenpraktijk Stadspark; Dierenkliniek Berchem"),
    "registry": _semi("NDG; Identibase; DigiDier; Amivedi; DogID; CatID; Companion Animal Register"),
    "pet": _semi("Pip; Sjors; Tibbe; Loebas; Mochi; Bolt; Kaya; Boef; Toffee; Miso; Flo; Nougat"),
    "species": _semi("kitten; kater; pup; teckel; Maine Coon; labrador; konijn; fret"),
    "caravan": _semi(
        "Hobby De Luxe 460 UFe; Knaus Sport 500 EU; Fendt Bianco 465; Adria Altea 472 PK; Dethleffs Camper 510; "
        "Kip Kompakt 37; Eriba Touring 530; Tabbert Puccini"
    ),
    "caravandealer": _semi("Kampeerhal Twente; Caravancentrum Limburg; Caravans Van Eck; Campers & Co Antwerpen"),
    # ---- places and towns (people-named places are places)
    "town": _semi("Maastricht; Heerlen; Sittard; Venlo; Roermond; Enschede; Hengelo; Almelo; Oldenzaal; Haaksbergen"),
    "town_lb": _semi("Mestreech; Heerle; Kirchroa; Zittert; Venlo; Remunj; Valkeberg; Gulpen; Vaals; Brunssum"),
    "town_tw": _semi("Enschede; Hengelo; Almelo; Oldenzaal; Borne; Haaksbergen; Tubbergen; Losser; Rijssen"),
    "town_be": _semi("Antwerpen; Berchem; Borgerhout; Deurne; Merksem; Wilrijk; Hoboken; Mortsel; Schoten; Edegem"),
    "town_nz": _semi("Wellington; Auckland; Christchurch; Hamilton; Dunedin; Tauranga; Napier; Nelson"),
    "town_in": _semi("Bengaluru; Chennai; Mumbai; Hyderabad; Pune; Noida; Kochi"),
    "place": _semi(
        "het Hendrik Conscienceplein; de Jan van Rijswijcklaan; het Mgr. Nolensplein; de Prins Bisschopssingel; "
        "het Van Heekplein; het Willem Wilminkplein; de Prof. Debyelaan; het station van Hengelo; de Markt"
    ),
    "place_be": _semi("de Groenplaats; de Frankrijklei; het Astridplein; de Sint-Jansvliet; het Theaterplein"),
    "place_en": _semi(
        "Queen Street; Lambton Quay; Half Way Tree; Emancipation Park; the Bob Marley Museum; MG Road; Nehru Place; "
        "Te Papa; Victoria Park"
    ),
    # ---- codes, numbers, amounts, times and dates that are not birth dates
    "public_phone": _semi(
        "0800-0543; 088 - 459 15 00; 043 350 22 22; 053 487 20 00; 0900-1515; +32 3 338 30 00; 14 043; 0800 611 116"
    ),
    "public_phone_en": _semi("0800 473 829; 1-876-926-3000; 1800 180 1104; 0800 611 116; +64 4 499 4444"),
    "ourref": _semi("Tariefbrief 2026; Mailing MA-2603; Circulaire 25/14; Nieuwsbrief 2026-02; Seizoensbrief"),
    "topic": _semi(
        "de levertijd; een tariefwijziging; de app; de openingstijden; parkeerkosten; de voorwaarden; een storing"
    ),
    "price_blind": _semi("€ 89,95; € 124,50; € 149,-; € 189,00; € 219,95; € 312,40"),
    "price_bike": _semi("€ 19,90; € 22,50; € 24,90; € 29,90; € 64,90; € 79,90"),
    "price_battery": _semi("€ 39,-; € 49,50; € 59,00; € 69,95; € 89,-"),
    "price_buyout_en": _semi("€1,250; €2,400; NZ$3,100; €950"),
    "price_ticket": _semi("€ 32,50; € 45,-; € 58,00; € 27,50"),
    "price_ticket_en": _semi("€145; €210; €96.50; €180"),
    "price_chip": _semi("€ 35,-; € 42,50; € 29,95; € 38,00"),
    "price_chip_en": _semi("€35; NZ$65; J$4,500; £18"),
    "price_caravan_en": _semi("NZ$18,500; NZ$24,990; NZ$9,750; NZ$31,000"),
    "benefit": _semi("€ 112,00; € 187,35; € 243,10; € 296,82; € 331,-"),
    "rate": _semi("€ 2,20; € 2,80; € 3,10; € 1,90; € 3,50"),
    "rate_day": _semi("€ 12,-; € 14,50; € 17,00; € 9,90"),
    "rate_week": _semi("€ 25,-; € 30,00; € 19,50; € 35,-"),
    "rate_en": _semi("€2.80; NZ$4.50; £3.20; J$500; ₹60"),
    "minutes": _semi("15; 20; 30; 45"),
    "window": _semi("tussen 22.00 en 23.30 uur; van 06:00 tot 06:45; tussen 13:00 en 14:00; van 02:00 tot 04:00"),
    "window_cap": _semi("Tussen 22.00 en 23.30 uur; Van 06:00 tot 06:45; Tussen 02:00 en 04:00; Zondag van 7 tot 9"),
    "topic_en": _semi("the delivery date; the price rise; the app; the opening hours; the parking fee; the outage"),
    "count": _semi("2; 3; 4; 5; 6; 8; 10; 12; 14; 20"),
    "weeks": _semi("7; 8; 12"),
    "amount": _semi("€ 4,95; € 12,50; € 19,95; € 24,-; € 34,99; € 59,00; € 89,50; € 129,-; 145 euro; € 249,00"),
    "amount_big": _semi("€ 452,20; € 879,66; € 1.530,00; € 8.950; € 14.750; € 2.601"),
    "amount_en": _semi("€35; €129; ₹45,000; NZ$39; J$12,500; £24.99; $1,450; €2,601"),
    "fee": _semi("€ 15.800; € 14.150; € 19.320; € 11.900; € 9.250"),
    "fee_low": _semi("€ 2.601; € 2.694; € 1.300,50; € 1.011"),
    "fee_en": _semi("€15,800; €14,150; €19,320; €11,900"),
    "year": _semi("2025; 2026; 2027"),
    "year_acad": _semi("2025-26; 2026-27; the 2026/2027 intake"),
    "year_build": _semi("2009; 2012; 2014; 2016; 2018; 2019; 2021"),
    "weight": _semi("750; 1100; 1350; 1500; 1800"),
    "deadline": _semi("1 mei; 15 januari 2026; 1 september; 31 december; 1 april 2026"),
    "deadline_en": _semi("1 May; 15 January 2026; 31 March; the 1st of April; 30 June 2026"),
    "date": _semi(
        "14 februari; 3 maart 2026; 21 november; 1 juli; 28-02-2026; 9 januari; 30 september 2025; "
        "12 december; 15 oktober"
    ),
    "date_num": _semi("01-03-2031; 15-09-2026; 30-06-2027; 02-01-2026; 31/12/2030; 1.10.2028"),
    "date_en": _semi("14 February; 3 March 2026; Waitangi Day; Emancipation Day; 21 November; the 9th of January"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday"),
    "hours": _semi("tussen 8 en 12 uur; tussen 13.00 en 17.00 uur; van 7.30 tot 10.00 uur; tussen 9 en 13 uur"),
    "time": _semi("07:30; 08.15 uur; 09:45; 10.30; 12:00; 13:30; 14.15 uur; 16:45; 19:30; 20.15 uur"),
    "time_night": _semi("22.00 uur; middernacht; 23:00"),
    "time_en": _semi("7 am; 7.30am; 8:00; half seven; 10.15"),
}
