"""Ordinary words of test_v45 (never personal data), registered in the shared `CLEAN_FILLERS`: shops, brands,
products, venues and places (several named after people), order, invoice and ticket numbers, dates that are
not birth dates, times, amounts, organisations' public phone numbers and role mailboxes."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _words(text: str) -> list[str]:
    return [word.strip() for word in text.split("|") if word.strip()]


CLEAN_FILLERS["test_v45"] = {
    "city": _words(
        "Leeuwarden | Drachten | Sneek | Heerenveen | Franeker | Dokkum | Joure | Assen | Emmen | Meppel | "
        "Hoogeveen | Coevorden | Beilen | Utrecht | Nijmegen | Venlo | Oss | Zwolle | Brussel | Anderlecht"
    ),
    "be_area": _words("1030 Schaarbeek | 1050 Elsene | 1080 Sint-Jans-Molenbeek | 1070 Anderlecht | 1190 Vorst"),
    "grocer": _words(
        "Albert Heijn | Jumbo | Picnic | Crisp | Poiesz | Jan Linders | Dirk van den Broek | Henk ten Hoor | "
        "PLUS | Hoogvliet | Ekoplaza | Colruyt | Delhaize | Vomar"
    ),
    "mealbox": _words("HelloFresh | Marley Spoon | Ekomenu | Factor | Allerhande Box | Uitgekookt"),
    "pharmacy": _words(
        "BENU Apotheek | Service Apotheek De Brink | Apotheek Noorderhaven | DocMorris | Shop Apotheke | Etos | "
        "Kruidvat | DA Drogist | Holland & Barrett | Mediq Apotheek | Trekpleister"
    ),
    "optician": _words(
        "Hans Anders | Pearle | Specsavers | Eyewish | Ace & Tate | Beter Horen | Schoonenberg | Amplifon | "
        "Van Lent Optiek"
    ),
    "care": _words(
        "Buurtzorg | Zorggroep Noorderboog | Interzorg | Patyna | Thuiszorg Het Friese Land | Livio | Tunstall | "
        "Zorgcentrale Noord | Icare | Verklizan"
    ),
    "waste": _words("Omrin | Area Reiniging | HVC | ROVA | Net Brussel | Bruxelles-Propreté | Reinigingsdienst Emmen"),
    "waste_type": _words(
        "grofvuil | GFT | PMD | oud papier | snoeiafval | restafval | textiel | klein chemisch afval | een oude bank"
    ),
    "festival": _words(
        "Zwarte Cross | Lowlands | Concert at Sea | Paaspop | Noorderzon | Tomorrowland | "
        "Rock Werchter | Couleur Café | Oerol | Solar Weekend | Dauwpop"
    ),
    "ticketer": _words("Ticketmaster | Eventbrite | Paylogic | See Tickets | TicketSwap | Eventix"),
    "sport": _words("KNZB | KNVB | KNLTB | Atletiekunie | v.v. Drachtster Boys | HC Assen | ZPC Het Ravijn"),
    "federation": _words("KNZB | KNVB | KNLTB | Atletiekunie | Nationale Raad Zwemdiploma's"),
    "pool": _words("Sportstad Heerenveen | Zwembad De Welle | Sportfondsenbad Emmen | Zwembad De Kampen"),
    "diploma": _words("zwemdiploma A | B-diploma | C-diploma | Zwem-ABC | snorkeldiploma | survivalzwemmen"),
    "cowork": _words(
        "Spaces Zuidas | Regus Leeuwarden | Seats2meet | Cowork Assen | Blok Y | Silversquare Louise | "
        "Fosbury & Sons | De Nieuwe Poort"
    ),
    "cleaner": _words("CSU | Hago | Asito | Vebego | Glazenwasserij Bosma & Zn. | Schoonmaakbedrijf Het Zonnetje"),
    "installer": _words(
        "Zonneplan | Feenstra | Solarfam | Vattenfall Warmtepompen | Installatietechniek Tjaarda | "
        "Energieadvies Noord | Quatt | Remeha Service"
    ),
    "heat": _words(
        "Daikin Altherma 3 H HT | Vaillant aroTHERM plus | Mitsubishi Ecodan | Quatt Hybrid | Remeha Elga Ace"
    ),
    "inverter": _words("Enphase IQ8 | SolarEdge SE3680H | Huawei SUN2000-5KTL | GoodWe GW5000-DNS"),
    "hearing": _words("Phonak Audéo Lumity 90 | Oticon Intent 1 | Signia Pure Charge&Go | ReSound Nexia"),
    "lens": _words("Acuvue Oasys | Dailies Total1 | Biofinity Toric"),
    "alarm": _words("Tunstall Lifeline Vi+ | Livio Alarmknop 4G | Verklizan Vivago"),
    "box": _words("HelloFresh Familiebox | Marley Spoon Original | Ekomenu Vegabox"),
    "toothbrush": _words("Philips Sonicare | Oral-B iO | Braun Series 7"),
    "medicine": _words(
        "omeprazol 20 mg | metformine 500 mg | paracetamol 1000 mg | salbutamol inhaler | levothyroxine 50 µg | "
        "ibuprofen 400 | Movicolon | pantoprazol 40 mg | vitamine D 25 µg"
    ),
    "venue": _words(
        "Abe Lenstra Stadion | WTC Expo | de Oldehove | het Fries Museum | TT Circuit Assen | Wildlands | "
        "Vorst Nationaal | Ancienne Belgique | Flagey | Thialf | Sportpark Kalverdijkje | MartiniPlaza"
    ),
    "public_street": _words(
        "Mr. P.J. Troelstraweg | Abe Lenstra Boulevard | Koningin Julianalaan | Prins Bernhardlaan | "
        "Johan Willem Frisostraat | Pieter Stuyvesantweg | Hendrik Westerbroekstraat | Willem Lodewijkstraat"
    ),
    "order": _words(
        "AH-2026-0418-773 | #HF7732918 | BST-44102 | 2026-11827 | PCN-883104 | MS-NL-559102 | 40019283 | 7Q4-KX9"
    ),
    "invoice": _words("F2026-00418 | INV-77310 | 2026/0392 | FAC-118204 | 250419-07 | 9020114536"),
    "ticket": _words("TCK-8830-2201 | #552190 | ZAAK-26-04471 | REQ0019821 | MLD 338120 | 2026-GV-1187"),
    "product_code": _words(
        "EAN 8710398526921 | Z-index 15834905 | art.nr. 492.118.03 | SKU HF-3P-VEG | PZN 17542388 | "
        "type SE3680H-RW000BEN4 | sticker 26-0481"
    ),
    "date": _words(
        "14 maart | 1-4-2026 | 27 juni 2026 | 03/05 | volgende week dinsdag | 2026-02-19 | 12 oktober | "
        "vrijdag de 13e | 30-11-2025 | 2 mei"
    ),
    "date_en": _words("6 January 2026 | 14 March | 2026-02-19 | 27/06/2026 | next Tuesday | 3 May | April 9"),
    "time_en": _words("9:14 AM | 14:05 | 8:30 am | 16:45 | 11:02 AM | 7:58 PM"),
    "kwh_price": _words("€ 0,06 | €0,09 | 11 cent | € 0,115"),
    "time": _words("07:45 | 08.30 uur | 09:15 | 11u30 | 13:05 | 14.50 | 16:00 | 17.45 uur | 19:30 | 21:15"),
    "slot": _words("18:00-20:00 | 7 en 9 uur | 08:00 - 12:00 | 16.30-18.30 | 10 en 12 uur 's ochtends"),
    "slot_en": _words("6 and 8 pm | 08:00 and 12:00 | 16:30 and 18:30 | 10am and noon"),
    "weekday": _words("maandag | dinsdag | woensdag | donderdag | vrijdag | zaterdag"),
    "weekday_en": _words("Monday | Tuesday | Thursday | Friday | Saturday"),
    "month": _words("januari | maart | mei | juli | september | november | December | April"),
    "amount": _words(
        "€ 4,95 | €12,50 | € 89,- | 239 euro | €1.874,00 | € 0,99 | 17,40 EUR | €7.250 | € 64,95 | 3,5 euro"
    ),
    "count_en": _words("2 | 3 | 4 | 6 | 12 | 40"),
    "count": _words("2 | 3 | 4 | 6 | 10 | 12 | 16 | twee | drie | vijf"),
    "company_phone": _words(
        "0800 023 4550 | 088 - 010 40 00 | 0900-1515 | 14 058 | 14 0591 | 058 233 63 63 | +32 2 770 00 00 | "
        "0800-0219 | 085 - 303 15 00 | 0900 8844"
    ),
    "mailbox": _words(
        "service@hellofresh.nl | bezorging@jumbo.com | info@omrin.nl | zwemles@sportstad.nl | "
        "tickets@welcometothevillage.nl | support@zonneplan.nl | planning@buurtzorg.nl | "
        "klantcontact@hansanders.nl | noreply@picnic.app | facturen@feenstra.nl | bookings@silversquare.eu"
    ),
    "quick": _words("/bezorgtijd | /retour | /openingstijden | /grofvuil | /tarieven | /storing"),
    "prescription": _words("S -1,75 C -0,50 as 90 | S +2,25 add 2,00 | S -4,00 C -1,25 as 175 | PD 63 mm"),
    "solar_size": _words("10 panelen | 4,4 kWp | 12 panelen van 430 Wp | 16 panelen | 6,9 kWp"),
    "weight": _words("2 kilo | 500 gram | 18 kg | 1,5 liter | 6 flessen | 24 blikjes"),
    "kvk": _words("KvK 01145678 | KvK 70123452 | BTW NL8634.21.557.B01 | ondernemingsnummer 0456.789.123"),
    "company_iban": _words("NL35 RABO 0378 2041 71 | NL63 INGB 0006 9442 80 | BE71 0961 2345 6769"),
    "last4": _words("4821 | 0093 | 7710 | 3356 | 6002"),
}
