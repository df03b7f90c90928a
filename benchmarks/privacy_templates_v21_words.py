"""The ordinary words every `test_v21` template draws (`CLEAN_FILLERS["test_v21"]`): telecom operators and phones,
car dealers and recalls, marinas and boats, camping sites, notaries and deeds, estate agents and houses, dating apps,
crowdfunding platforms and projects, blood-donation centres, sports federations and clubs, schools, libraries and
books, opticians and frames, furniture shops and furniture, tax advisers and forms, waste collectors and containers,
e-bikes and bike insurers, wedding venues and songs, films, printers and ink; towns that are also surnames or words
(Vries, Best, Son, Epe, Elst, Mook, Born, Baarn, De Bilt); and the numbers that are no one's: order, booking, ticket
and invoice numbers, amounts, times, years and dates that are no birth date.

Written by someone who never saw the redaction rules. Many shops, firms and titles hold a person's name (Hans
Anders, Leen Bakker, Autobedrijf Henk Scholten, Ds. Pierson College, Notariskantoor Van Dijk & Ter Horst, Ciske de
Rat); none of them is labelled. The values avoid the words the/I/is/my, by which the corpus builder tells English
clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v21"] = {
    "city": _bars(
        "Vries|Best|Son|Epe|Elst|Mook|Born|Baarn|De Bilt|Zundert|Aalten|Boxtel|Velp|Bunnik|Huizen|Sneek|Tiel|"
        "Zaltbommel|Dokkum|Franeker|Oosterhout|Veghel|Kerkrade|Sittard|Venray|Nijkerk|Barneveld|Gouda|Leiden|"
        "Dordrecht|Delft|Zwolle|Enschede|Apeldoorn|Utrecht|Rotterdam|Amsterdam|Nijmegen|Tilburg|Breda"
    ),
    "city_be": _bars("Leuven|Gent|Brugge|Mechelen|Aalst|Genk"),
    "operator": _bars("Odido|KPN|Vodafone|Lebara|Simyo|Youfone|Ben|Lyca Mobile|hollandsnieuwe|Budget Mobiel"),
    "phone_model": _bars("Samsung Galaxy A55|iPhone 16e|Fairphone 5|Google Pixel 9a|Nokia G42|Motorola Edge 50"),
    "dealer": _bars(
        "Autobedrijf Henk Scholten|Van Mossel Kia|Stern Ford|Louwman Toyota|Broekhuis Volvo|Garage Ter Borg|"
        "Autohaus Piet Hein|Bochane Škoda"
    ),
    "car": _bars("Kia Niro|Škoda Octavia|Ford Kuga PHEV|Volvo XC40|Toyota Yaris Cross|Peugeot 308 SW|Tesla Model Y"),
    "recall": _bars("terugroepactie 24V-117|recall RC-2025-031|campagne 93K7|servicebulletin SB 11-042"),
    "marina": _bars(
        "Jachthaven De Kaag|Watersportcentrum Tijnje|Jachthaven Jan van Gent|Marina Muiderzand|"
        "Botenstalling Van Wijngaarden|Jachthaven 't Sneekermeer"
    ),
    "boat": _bars("Bayliner VR5|Interboat 22|Jeanneau Sun Odyssey 349|Antaris Sixty6|Marex 310|Linssen Grand Sturdy"),
    "camping": _bars(
        "Camping De Lakens|Vakantiepark Beekse Bergen|Minicamping Boer Jansen|Camping 't Hazenhuis|"
        "Landal Het Vennenbos|RCN De Jagerstee|Camping Jan Klaassen"
    ),
    "notary": _bars(
        "Notariskantoor Van Dijk & Ter Horst|Notarissen De Graaf en Mulder|Notariaat Zuidas|Notaris Van Houten Legal"
    ),
    "deed": _bars("akte van levering|testament|samenlevingscontract|huwelijkse voorwaarden|volmacht|hypotheekakte"),
    "agency": _bars("Makelaardij Hoekstra & Van Eck|Frisia Makelaars|Van der Linden Wonen|Makelaar Piet Pronk|Funda"),
    "house": _bars(
        "tussenwoning met tuin op het zuiden|hoekwoning bouwnummer 23|appartement op driehoog|Villa Zonnehoeve|"
        "benedenwoning met souterrain|tiny house kavel 8"
    ),
    "dating": _bars("Tinder|Bumble|Parship|Lexa|Hinge|Happn|Inner Circle|Relatieplanet"),
    "funding": _bars("Kickstarter|Voordekunst|Oneplanetcrowd|Indiegogo|Doneeractie|Geef.nl"),
    "project": _bars(
        "de buurtmoestuin in Velp|een fietslamp op zonne-energie|het album van Bente|de musical Pietje Bell|"
        "een bordspel over Willem van Oranje|het jeugdkoor uit Sneek"
    ),
    "bloodbank": _bars("Sanquin|Sanquin donorcentrum Leiden|Sanquin Bloedbank Noordoost|de mobiele bloedafname"),
    "federation": _bars("KNVB|KNLTB|Atletiekunie|KNHB|NeVoBo|KNZB|Nederlandse Schaakbond|KNBB"),
    "club": _bars(
        "Sparta Rotterdam|FC Den Bosch|Heracles Almelo|Vitesse|Roda JC|VVV-Venlo|Excelsior|PEC Zwolle|"
        "vv Jan van Arkel|HC Tilburg|Tennisclub De Hoge Bomen|AV Hermes"
    ),
    "school": _bars(
        "Ds. Pierson College|Christelijk Lyceum Zeist|basisschool De Regenboog|OBS Willem-Alexander|"
        "Het Baarnsch Lyceum|Stedelijk Gymnasium Johan van Oldenbarnevelt|Montessorischool Anne Frank"
    ),
    "library": _bars("Bibliotheek Rotterdam|OBA|de Bibliotheek Utrecht|Bibliotheek Gouda|Bibliotheek Kennemerwaard"),
    "book": _bars(
        "De avonden|Max Havelaar|Het diner|Pluk van de Petteflet|Kees de jongen|Ciske de Rat|Abeltje|"
        "Jip en Janneke|Harry Potter en de Steen der Wijzen|Tonio"
    ),
    "optician": _bars("Pearle|Hans Anders|Eyewish|Specsavers|Brillenhuis Van 't Hek|Optiek De Wit"),
    "frames": _bars(
        "Ray-Ban Wayfarer|multifocale glazen|progressieve glazen met blauwfilter|daglenzen|Oakley Holbrook|"
        "een leesbril +2,5"
    ),
    "furniture_shop": _bars("IKEA|Leen Bakker|Goossens|Loods 5|Kwantum|Jysk|Eijerkamp|Montèl|Henders & Hazel"),
    "furniture": _bars(
        "kast PAX|hoekbank Karlstad|boxspring Auping Original|eettafel Jan|dressoir Ronja|kinderbed Sundvik|"
        "fauteuil Willem"
    ),
    "tax_office": _bars(
        "Belastingadviesbureau Smit & De Wit|H&R Boekhouding|Fiscaal Advies Ten Bosch|Belastingwinkel Dordrecht"
    ),
    "tax_form": _bars("aangifte IB 2024|voorlopige aanslag 2025|huurtoeslag|zorgtoeslag|M-formulier|box 3-bezwaar"),
    "waste": _bars("Renewi|HVC|Avalex|ROVA|Cyclus|RAD|Twente Milieu|Circulus"),
    "container": _bars(
        "een GFT-container van 140 liter|een restafvalcontainer van 240 liter|een papiercontainer|"
        "een extra PMD-zak|een grofvuilafspraak"
    ),
    "ebike": _bars("Stella Vicenza|QWIC Premium|Cowboy 4|Sparta c-Grid|Gazelle Arroyo|Van Raam Balance|Riese & Müller"),
    "bike_insurer": _bars("ENRA|Fietsverzekering.nl|ANWB|Unigarant|Allianz Direct|Centraal Beheer"),
    "venue": _bars(
        "Kasteel de Haar|Landgoed Te Werve|Oranjerie Elswout|Het Scheepvaartmuseum|Hoeve Boschoord|"
        "Trouwlocatie De Vier Jaargetijden"
    ),
    "song": _bars(
        "Perfect|Marry You|Zij gelooft in mij|Laat me|Zoutelande|Ik neem je mee|Annie's Song|Dromen zijn bedrog|"
        "Thinking Out Loud|Het kleine café aan de haven"
    ),
    "film": _bars(
        "Alleen maar nette mensen|Ciske de Rat|Mrs. Doubtfire|Bridget Jones's Diary|Forrest Gump|Finding Nemo|"
        "Soldaat van Oranje|Pietje Bell"
    ),
    "printer": _bars("HP Envy 6020|Canon Pixma TS5350|Epson EcoTank ET-2850|Brother DCP-J1050DW|HP OfficeJet 9010"),
    "ink": _bars("HP Instant Ink|Epson ReadyPrint|Canon PIXMA Print Plan|cartridge 305XL|Brother EcoPro"),
    "amount": _bars("€ 17,50|€ 1.395,00|€ 4,99|€ 260|€ 89,95|€ 3.750|€ 0,25|€ 42|€ 12,10|€ 649|€ 25.000|€ 7,40"),
    "amount_en": _bars("€17.50|€1,395|€4.99|€260|€89.95|€3,750|€42|€649"),
    "date": _bars(
        "4 maart|dinsdag 22 april|17-06|30 juni|woensdag 3 september|11 november|20-12-2025|vrijdag 9 januari|"
        "1 augustus 2025|2025-10-15"
    ),
    "date_en": _bars("4 March|Tuesday 22 April|30 June|Wednesday 3 September|11 November|20 December"),
    "year": _bars("1998|2004|1975|2019|1987|1961"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "time": _bars("07:45|10.15 uur|kwart over twee|13:30|half zes|18.50 uur|20:00"),
    "order": _bars("bestelling 71-3390-KX|ordernr. 4000217765|order #NL-88213|levering 2025/77102|pakket 3SPOST8812"),
    "booking": _bars("55120-C|CMP-2025-0412|7.310.226|RX4T9Q|KMP/88310"),
    "order_en": _bars("order 71-3390-KX|order no. 4000217765|order #NL-88213|delivery 2025/77102"),
    "ticket_en": _bars("ticket #40917|case Z-7712|complaint K25-0301|file 2025.0193"),
    "invoice_en": _bars("invoice 2025-30017|invoice INV-88104|fine 1123-AB"),
    "ticket": _bars("melding 2025-0088121|ticket #40917|zaak Z-7712|klacht K25-0301|dossier 2025.0193"),
    "invoice": _bars("factuur 2025-30017|nota 7710422|factuurnr. INV-88104|boete 1123-AB"),
    "company_phone": _bars("0800-1880|088 - 123 45 00|0900-0400|020 512 00 00|085-0607 100|0800 023 40 66"),
    "holiday": _bars("Koningsdag|Bevrijdingsdag|Hemelvaartsdag|Tweede Pinksterdag|Goede Vrijdag|Oudejaarsdag"),
    "company_mail": _bars(
        "service@camping-delakens.nl|info@hvc-groep.nl|klantenservice@leenbakker.nl|donor@sanquin.nl"
    ),
}
