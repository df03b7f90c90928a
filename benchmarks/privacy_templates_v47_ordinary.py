"""Ordinary words of the held-out split test_v47 (never labelled), registered in the shared `CLEAN_FILLERS`.

Many look like personal data on purpose: shops, schools and places named after people, pets with human-sounding
names, public phone numbers and role mailboxes of organisations, order, article, barcode and lost-property numbers,
appointment and delivery dates, times and amounts."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v47"] = {
    "city": _split(
        "Urk|Volendam|Edam|Maastricht|Heerlen|Sittard|Roermond|Kerkrade|Drachten|Dokkum|Harlingen|Emmen|Zwolle|"
        "Kampen|Purmerend|Zaandam|Gouda|Dordrecht|Tilburg|Eindhoven|'s-Hertogenbosch|Den Haag|Vlissingen|Terneuzen"
    ),
    "town_en": _split("Leeds|Cape Town|Stellenbosch|Bristol|Pretoria|Norwich"),
    "city_be": _split("Antwerpen|Gent|Hasselt|Brugge|Leuven|Mechelen|Genk|Kortrijk"),
    "stop": _split(
        "halte Vrijthof|station Zwolle|busstation Emmen|Purmerend Tramplein|Zaandam Kogerveld|halte Karel "
        "Doormanstraat|halte Koningin Julianaplein|Maastricht Randwyck|busstation Heerlen|halte Prins Bernhardlaan|"
        "Dokkum Busstation|halte Anna Paulownastraat|Kampen Zuid"
    ),
    "line": _split("lijn 7|buslijn 316|Qliner 314|tram 12|R-net 300|nachtbus N85|lijn 52|de Sprinter naar Uitgeest"),
    "operator": _split("Arriva|Qbuzz|EBS|Keolis|Connexxion|RET|HTM|GVB|De Lijn|NS|Breng|U-OV|Transdev"),
    "item": _split(
        "zwarte rugzak van Eastpak|blauwe paraplu|gehoorapparaat|opvouwbare rollator|iPhone 13 in een roze hoesje|"
        "sleutelbos met Ajax-hanger|laptoptas|gebitsprothese|knuffelkonijn|wandelstok|leesbril van Hans Anders|"
        "gymtas|grijze wollen sjaal|fietshelm|OV-map met tekeningen"
    ),
    "item_en": _split("black Samsonite backpack|Kindle|grey umbrella|set of keys|hearing aid|child's scooter"),
    "taxi": _split(
        "Regiotaxi Zaanstreek|Omnibuzz|Valys|Regiotaxi Flevoland|Deeltaxi Zeeland|Regiotaxi Fryslân|Taxi Noord"
    ),
    "device": _split("rollator|scootmobiel|rolstoel|elektrische rolstoel|opvouwbare rolstoel|driewielfiets"),
    "org": _split(
        "Gemeente Zaanstad|Werk en Inkomen Purmerend|het sociaal wijkteam Noord|Loket Wmo Kampen|Veilig Thuis|"
        "CJG Dordrecht|UWV|SVB|het CAK|Gemeente Súdwest-Fryslân|Sociale Dienst Drechtsteden|Jeugdteam Tilburg"
    ),
    "provision": _split(
        "huishoudelijke hulp|traplift|woningaanpassing|begeleiding individueel|maatwerkvoorziening|"
        "bijzondere bijstand|individuele inkomenstoeslag|kwijtschelding gemeentelijke belastingen"
    ),
    "school": _split(
        "OBS De Vuurtoren|CBS Het Kompas|Anne Frankschool|Montessorischool Zeeburg|Sint-Jozefcollege|"
        "Koningin Julianaschool|Bonifatiusschool|Annie M.G. Schmidtschool|Dr. Nassau College|Het Baken"
    ),
    "portal": _split("Magister|SomToday|Parro|Social Schools|ParnasSys|Schoudercom|Klasbord|Smartschool"),
    "klas": _split("groep 5b|groep 8|klas 2C|havo 4|groep 1/2|vmbo-t 3|het 1ste leerjaar|brugklas B"),
    "club": _split(
        "VV De Zwaluwen|HC Tilburg|Korfbalvereniging Sparta|Zwemvereniging De Dolfijn|Tennisclub De Kastanje|"
        "Turnvereniging Olympia|IJsvereniging Dokkum|Judoclub Kamiji|Hockeyclub Gouda|Atletiekclub Kampen"
    ),
    "team": _split("JO11-2|MO15-1|Heren 3|Dames 1|G-team|Veteranen|JO9-4|H2|Kangoeroes"),
    "sport_app": _split("Sportlink|de Voetbal.nl-app|ClubCollect|AllUnited|KNVB Assist|Teamers"),
    "vet": _split(
        "Dierenkliniek Het Molenhuis|Dierenartsenpraktijk De Hoefslag|AniCura|Evidensia Dierenziekenhuis|"
        "Dierenarts aan de Dijk|Dierenkliniek Randwyck"
    ),
    "pet_ins": _split("Petplan|OHRA Huisdierenverzekering|Figo|Univé Dier|Proteq Dier & Zorg|Santévet"),
    "pet": _split("Bikkel|Pluis|Snoopy|Moos|Kruimel|Tijger|Sientje|Dribbel|Nala|Simba|Loebas|Pip|Rakker|Flappie|Boef"),
    "animal_en": _split("cat|dog|rabbit|guinea pig|Labrador|Maine Coon|budgie|French bulldog"),
    "animal": _split("kater|poes|hond|konijn|cavia|labrador|Maine Coon|parkiet|Franse bulldog|Berner sennen"),
    "shop": _split(
        "Intratuin|GroenRijk|Welkoop|Gamma|Karwei|Praxis|Hornbach|Hubo|Brico|Kees Smit Tuinmeubelen|"
        "Ranzijn Tuin & Dier|Bauhaus"
    ),
    "product": _split(
        "Weber Spirit E-325|Gardena slangwagen|Stihl RMA 235|Bosch Rotak 36|Husqvarna Automower 305|Kärcher K5|"
        "Makita DHP482|Flexa Strak in de Lak|tuinset Lyon|steigerhouten bank|potgrond 40 liter"
    ),
    "fixture": _split(
        "Bosch SMV4HVX31E|Quooker Flex|Siemens iQ500 inductiekookplaat|Atag HG6411|Grohe Euphoria|"
        "Villeroy & Boch Subway|Geberit Duofix|Franke spoelbak|Hansgrohe Raindance"
    ),
    "installer": _split(
        "Keukenkampioen|Bruynzeel Keukens|Mandemakers|Keller Keukens|Tieleman Keukens|Grando Keukens|"
        "Sanitairwinkel.nl|Badkamer Totaal Zwolle"
    ),
    "service": _split("Werkspot|Zoofy|Helpling|Klusgids|Glasbewassing Noord BV|Schoonmaakbedrijf Het Anker"),
    "supermarket": _split("Jan Linders|Albert Heijn|Dirk van den Broek|Boni|Hoogvliet"),
    "fee": _split("€ 6,95|€ 9,50|€ 4,25|€ 12,50|€ 27,-|€ 35,00|15 euro|€ 48,75"),
    "fare": _split("€ 1,12|€ 0,98|€ 2,40|€ 3,15|€ 1,85"),
    "amount_big": _split("€ 7.450|€ 12.895,00|€ 9.340,-|€ 2.150|€ 18.600,00"),
    "amount": _split("€ 37,50|€129,-|12 euro|€ 1.845,00|€ 4,20|EUR 265.00|€ 89,95|€ 7.450|€ 18,-|€ 612,35"),
    "amount_en": _split("€45|EUR 120|€ 2,350.00|€17.50|€ 60"),
    "date": _split(
        "maandag 3 maart|14-10-2025|2 januari|2025-11-28|30 juni|1 oktober 2025|dinsdag 9 december|"
        "12/01/2026|vrijdag de 13e|15 mei 2026|28-02-2026|eind augustus"
    ),
    "date_en": _split("Monday 3 March|14 October 2025|the 2nd of January|28/11/2025|next Thursday|30 June"),
    "time": _split("07:45|8.10 uur|half tien|13:35|10.15|kwart over vier|18.05|15:50|09.00 uur|11.30 uur"),
    "time_en": _split("7.45 am|half past nine|1:35 pm|10.15 am|quarter past four|6 pm"),
    "weekday": _split("maandag|dinsdag|woensdag|donderdag|vrijdag|vrijdagmiddag|maandagochtend|woensdagmiddag"),
    "month": _split("januari|maart|mei|juli|september|oktober|december"),
    "count": _split("2|3|4|6|10|15|vier|zes|tien|twee"),
    "ticket": _split("GV-2025-118842|KL-448193|#20931|INC-7783120|ZK 2025/4471|MELD-33018|GVN 2026-00412"),
    "order": _split("ORD-2291844|HB-552019|4410-882-01|KW-25-0917|BST7718203|W2025-38817|#IT-88120"),
    "article": _split("5512347|PX-4410|HB 207731|18.554.02|art. 7001-BL|TS-LYON-6"),
    "ean": _split("8711252104472|4008423212178|8718692151203|5410329456183|4054278460513"),
    "kvk": _split("34118890|60982214|08123345|72214406"),
    "org_phone": _split(
        "0900-9292|14 0299|088 - 054 91 00|0800-0223|030 - 751 51 55|+31 43 350 40 00|0900-8844|"
        "+32 70 22 02 00|0800 1351|088 112 3400"
    ),
    "mail_lost": _split("gevondenvoorwerpen@qbuzz.nl|verloren@arriva.nl|gevonden@gvb.nl|lostandfound@ebs-ov.nl"),
    "mail_taxi": _split("klantenservice@valys.nl|klachten@regiotaxizaanstreek.nl|info@omnibuzz.nl"),
    "mail_service": _split("support@werkspot.nl|klantenservice@zoofy.nl|help@helpling.nl|info@glasbewassingnoord.nl"),
    "taxi_phone": _split("0900-9630|0800 0400 040|088 - 054 91 00|0900 - 1234 765"),
    "muni_phone": _split("14 0299|14 075|14 043|14 038|14 0515"),
    "vet_phone": _split("043 - 350 40 00|0513 - 62 44 10|088 - 911 22 00|0900-0999 112"),
    "service_phone": _split("088 112 3400|0800 1351|030 - 751 51 55|085 - 401 20 90"),
    "opponent": _split("VV Emmen|SV Meerssen|RKVV Volendam|HC Zwolle|Sparta Nijkerk|DOS Kampen"),
    "mailbox": _split(
        "klantenservice@valys.nl|wmo@zaanstad.nl|administratie@vvdezwaluwen.nl|info@dierenkliniekmolenhuis.nl|"
        "bezorging@intratuin.nl|planning@keukenkampioen.nl|noreply@werkspot.nl|ledenadministratie@hctilburg.nl|"
        "gevondenvoorwerpen@qbuzz.nl|ouders@cbshetkompas.nl"
    ),
    "url": _split("www.9292.nl|valys.nl/reizen|mijn.zaanstad.nl|ns.nl/gevondenvoorwerpen|petplan.nl/claim"),
    "venue": _split(
        "Johan Cruijff ArenA|Prinses Máxima Centrum|Máxima Medisch Centrum|Sportpark Willem-Alexander|"
        "Albert Schweitzer ziekenhuis|Sint Maartenskliniek|Vincent van Goghhuis|Rembrandtplein|"
        "Zuyderland ziekenhuis Heerlen|Antonius Ziekenhuis Sneek"
    ),
    "park": _split("Sportpark Willem-Alexander|Sportpark Prinses Irene|Sportpark De Toekomst|Sportpark Jan Louwers"),
    "street_public": _split(
        "Johan de Wittlaan|Prins Bernhardlaan|Karel Doormanstraat|Thorbeckelaan|Anna Paulownastraat|"
        "Pieter Calandlaan|Jan van Goyenkade|Burgemeester Visserlaan"
    ),
    "job": _split(
        "Teamleider Klantcontact|Coördinator Leerlingenvervoer|Consulent Werk en Inkomen|Jeugdconsulent|"
        "Ledenadministrateur|Praktijkmanager|Projectleider Montage|Klachtenfunctionaris|"
        "Senior medewerker Gevonden Voorwerpen|Wmo-consulent|Planner Buitendienst"
    ),
    "job_en": _split("Customer Care Lead|Operations Manager|Claims Handler|Office Manager"),
    "expiry": _split("03/27|11/28|09/26|06/29"),
    "last4": _split("4821|0093|7730|5512"),
    "km": _split("12|25|38|7,5|140|62"),
    "room": _split("kamer 3.14|lokaal 12|spreekkamer 2|behandelkamer B"),
}
