"""Ordinary (never labelled) words of test_v43, registered in the shared `CLEAN_FILLERS`: organisations (some named
after people), products, places, pets, non-birth dates, times, amounts, and claim, ticket, invoice and quote
references that belong to no one in particular, plus public phone numbers and role mailboxes of organisations."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v43"] = {
    "insurer": _split(
        "Univé; Interpolis; Centraal Beheer; a.s.r.; Nationale-Nederlanden; OHRA; FBTO; Allianz Direct; Petplan; "
        "Figo Dierenverzekering; De Goudse; Unigarant; Klaverblad; Europeesche Verzekeringen; AP Assurances"
    ),
    "lender": _split(
        "Obvion; Florius; Munt Hypotheken; BLG Wonen; Santander Consumer Finance; Freo; Defam; Qander; "
        "Lot Hypotheken; Tulp Hypotheken; Volksbank; Argenta"
    ),
    "collector": _split(
        "Intrum; Lowell; Flanderijn; GGN; Vesting Finance; Cannock; Hoist Finance; Incassobureau De Schelde; "
        "Gerechtsdeurwaarders Noord-Nederland; Straetus"
    ),
    "utility": _split(
        "Evides Waterbedrijf; Waterbedrijf Groningen; Vitens; Brabant Water; PWN; Dunea; Ennatuurlijk; "
        "Vattenfall Warmte; Eneco Warmte; WarmteStad; Stadsverwarming Purmerend; De Watergroep; Farys"
    ),
    "telecom": _split(
        "Odido; Delta Fiber; Caiway; Kabelnoord; Ziggo; KPN; Youfone; Canal Digitaal; Solcon; Telenet; Proximus; "
        "Freedom Internet"
    ),
    "school": _split(
        "BSO De Zeester; IKC Het Wad; CBS De Wegwijzer; OBS Sint Maarten; Kinderopvang Spelenderwijs; "
        "Praedinius Gymnasium; Stedelijk Gymnasium Middelburg; Zeldenrust-Steelantcollege; GO! atheneum Antwerpen; "
        "Nelson Mandela Kindcentrum; Koningin Julianaschool; BSO Pippi Langkous"
    ),
    "library": _split(
        "Bibliotheek Oosterschelde; Forum Groningen; ZB Bibliotheek van Zeeland; Bibliotheek Rotterdam; "
        "OBA Oosterdok; Bibliotheek Kennemerwaard; Bibliotheek Permeke; DOK Delft"
    ),
    "museum": _split(
        "Zeeuws Museum; Groninger Museum; Watersnoodmuseum; Kröller-Müller Museum; Van Gogh Museum; "
        "Museum Belvédère; Noordelijk Scheepvaartmuseum; Teylers Museum; Museum Mesdag; Frans Hals Museum; "
        "MAS Antwerpen; Rijksmuseum Boerhaave"
    ),
    "charity": _split(
        "KWF Kankerbestrijding; Hartstichting; Rode Kruis; Stichting Vluchteling; Cordaid; War Child; "
        "Prinses Beatrix Spierfonds; Alzheimer Nederland; KNRM; Dierenbescherming; Ronald McDonald Kinderfonds; "
        "Stichting Het Vergeten Kind; Artsen zonder Grenzen"
    ),
    "mover": _split(
        "Verhuisbedrijf De Schelde; Mondial Movers; Verhuizingen Van der Staaij & Zn.; Rijnmond Verhuizingen; "
        "Noord Verhuisservice; Gebr. Kooiman Verhuizingen; Verhuisbedrijf Ommelanden"
    ),
    "funeral": _split(
        "DELA; Yarden; Monuta; Ardanta; Uitvaartvereniging Hulp in Nood; Uitvaartcentrum Louwerse-Adriaanse; "
        "Crematorium Walcheren; Uitvaartzorg Van Wijngaarden"
    ),
    "firm": _split(
        "Albert Heijn; Jumbo; Action; Kruidvat; Bakkerij Van der Linde; Slagerij De Wit; Garage Minderhoud; "
        "Coolblue; Bol; HEMA; Blokker; Gamma; Praxis; De Bijenkorf; Zeeman"
    ),
    "product": _split(
        "Ziggo Mediabox Next; KPN Box 14; Experia Box v10; TV Box 4K; Chromecast met Google TV; Apple TV 4K; "
        "ZTE F680; Kamstrup Multical 403; Landis+Gyr T550; Sensus iPERL; Canal Digitaal TV App; Delta TV-box"
    ),
    "city": _split(
        "Middelburg; Vlissingen; Goes; Zierikzee; Terneuzen; Hulst; Yerseke; Groningen; Delfzijl; Appingedam; "
        "Winschoten; Stadskanaal; Veendam; Uithuizen; Zwolle; Dordrecht; Tilburg; Arnhem; Rotterdam; Den Haag"
    ),
    "be_place": _split("2018 Antwerpen; 9000 Gent; 8000 Brugge; 3000 Leuven; 2800 Mechelen; 3500 Hasselt"),
    "date": _split(
        "3 maart; 14 juni; vrijdag 22 augustus; 1 januari 2026; 12-06-2025; 30/09/2025; 2025-11-04; "
        "maandag 6 oktober; 28 februari; 15.07.2025; eind november; 1 april"
    ),
    "date_en": _split("March 3; 14 June 2025; Friday 22 August; 1 January 2026; 30/09/2025; October 6th"),
    "time": _split("08:30; 14.15 uur; half tien; 17:45; kwart over drie; 9 uur; 11:02; 22.30 uur"),
    "amount": _split("€ 1.245,60; EUR 89,-; € 17,95 per maand; 312 euro; € 4.800; €42,50; € 0,99; 2.350,00 EUR; € 129"),
    "percent": _split("3,85%; 4,1 procent; 7,9%; 2,95 %; 12,5%"),
    "claim": _split("SCH-2025-118702; 25/0041987; CLM 770213; S2025-44108; schade 2025.0912; R-25-3381"),
    "ticket": _split("#48213; INC0093121; TCK-20931; ZD-77810; ticket 5512; MELD-2025-0331"),
    "invoice": _split("F2025-00871; 2025.3318; INV-118270; nota 44-0912; 800412233"),
    "quote": _split("OFF-25-0412; offerte 7781; Q-2025-118; VH-3302"),
    "pet": _split("Pluis; Snoetje; Bobbie; Tijger; Minoes; Kruimel; Dropje; Bliksem; Moppie; Loebas; Biscuit; Pepper"),
    "breed": _split("Labrador; Berner Sennen; Maine Coon; Franse bulldog; Britse korthaar; Jack Russell; Vlaamse reus"),
    "destination": _split("Turkije; Marokko; Lissabon; Bali; Boedapest; Boekarest; Kaapstad; Toronto; Lagos; Rio"),
    "item": _split("laptop; bril; koffer; telefoon; e-bike; kinderwagen; vaatwasser; parketvloer; gehoorapparaat"),
    "item_en": _split("laptop; glasses; suitcase; phone; e-bike; pram; dishwasher; hearing aid"),
    "org_phone": _split(
        "0800-0225; 088 - 468 20 00; 0900-1550; +31 88 990 7000; 0800 3388; 088-3567890; 14 0118; 078 - 633 00 00"
    ),
    "org_mail": _split(
        "info@bsodezeester.nl; incasso@flanderijn-incasso.nl; service@warmtestad.nl; donateurs@knrm.org; "
        "helpdesk@bibliotheekoosterschelde.nl; schade@unive.nl; klantenservice@deltafiber.nl; noreply@dela.nl"
    ),
    "team": _split(
        "Team Schade; Afdeling Incasso; Klantcontact Warmte; Ledenadministratie; Team Bibliotheekpas; "
        "Donateursservice; Team Hypotheken; Planning Verhuizingen; Nabestaandenservice"
    ),
    "status": _split("open; in behandeling; wacht op klant; gesloten; doorgezet naar 2e lijn; on hold"),
    "groep": _split("1; 2; 3; 4; 5; 6; 7; 8; 5/6; 7b; 1-2"),
    "count": _split("2; 3; 4; 6; 12; 14; 30; twee; drie"),
    "month": _split("januari; maart; april; juni; september; oktober; december"),
    "weekday": _split("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag"),
    "usage": _split("87 m³; 112 kuub; 31,08 GJ; 12,4 GJ; 1.430 liter"),
    "channel": _split("NPO 1; RTL 4; Ziggo Sport; ESPN 2; Eén; Canvas; Videoland; Viaplay; SBS6"),
}
