"""Pools of the `test_v33` split's fillers: given names and family names by origin, streets by country and mail
domains. Written from scratch by someone who never saw the redaction rules; no pool was taken from an earlier split."""

from __future__ import annotations


def _bar(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


# origin -> (women, men, family names); Dutch particles stay lower case inside a full name
ORIGINS = {
    "nl": (
        _bar("Anouk|Marloes|Gerdien|Riek|Hanneke|Yvonne|Floor|Merel|Dieuwke|Trijntje|Els|Miranda|Bregje|Ria"),
        _bar("Joost|Rik|Sander|Bert|Cor|Hein|Jelle|Marcel|Pim|Dirk-Jan|Tonnie|Wim|Frits|Jasper"),
        _bar(
            "van der Linden|de Bruijn|Smits|van Dongen|Meijer|in 't Veld|van de Pol|Oosterhuis|ter Beek|de Groot|"
            "Koster|van Beek|Mulder|van der Wal|Post|Hoogeveen|van 't Hof|Dekker|van Dijk-Smeets|de la Croix|"
            "Schouten|van Gils|op de Weegh|Bosman|van den Akker|Timmerman|Verbeek|ten Have|Rijnders|de Lange"
        ),
    ),
    "fy": (
        _bar("Hiske|Anke|Tsjitske|Sjoukje"),
        _bar("Hylke|Sybren|Jorrit|Auke|Wiebe"),
        _bar("Wijnstra|Hoogterp|Visser|Sikkema|Kuipers|Haitsma|van der Veen"),
    ),
    "be": (
        _bar("Leen|Nele|Febe|Hilde|Ine|Margot"),
        _bar("Jef|Bram|Sven|Gert|Rudi|Ward"),
        _bar("Janssens|Maes|Wouters|De Clercq|Van Hoof|Verstraete|D'Haene|Van den Broeck|De Meyer|Claeys"),
    ),
    "tr": (
        _bar("Elif|Zeynep|Gül|Hatice|Büşra|Özlem"),
        _bar("Mehmet|Emre|Burak|Yusuf|Hakan|Oğuz"),
        _bar("Şahin|Çelik|Aydın|Öztürk|Kılıç|Doğan|Arslan|Koç"),
    ),
    "ma": (
        _bar("Fatima|Nadia|Samira|Houda|Imane|Khadija"),
        _bar("Mohamed|Karim|Youssef|Bilal|Anouar|Hamza"),
        _bar("El Idrissi|Benali|Boukhari|Azzouzi|El Amrani|Ouahabi|Ait Taleb|Bouzid"),
    ),
    "sr": (
        _bar("Sharmila|Gaitrie|Shanti|Ingrid|Melissa"),
        _bar("Ravi|Dinesh|Romeo|Errol|Sunil"),
        _bar("Ramdin|Sewnath|Kartowikromo|Soekhai|Doelwijt|Fung A Loi|Biharie|Pinas"),
    ),
    "id": (
        _bar("Wulan|Sari|Dewi"),
        _bar("Budi|Hendrik|Eddy"),
        _bar("Tanamal|Latuheru|Soumokil|Pattiasina|Siahaya"),
    ),
    "pl": (
        _bar("Agnieszka|Magdalena|Katarzyna|Joanna"),
        _bar("Paweł|Tomasz|Krzysztof|Marek"),
        _bar("Wiśniewski|Zieliński|Kamińska|Lewandowska|Nowak|Mazur|Wójcik"),
    ),
    "ro": (
        _bar("Ioana|Andreea|Elena"),
        _bar("Andrei|Mihai|Bogdan"),
        _bar("Popescu|Ionescu|Dumitru|Stanciu"),
    ),
    "so": (
        _bar("Hodan|Ayaan|Sahra"),
        _bar("Abdirahman|Farah|Mahad"),
        _bar("Warsame|Hassan Ali|Jama|Osman"),
    ),
    "vn": (
        _bar("Thi Lan|Mai|Linh"),
        _bar("Minh|Quang|Tuan"),
        _bar("Nguyen|Tran|Pham|Le Van"),
    ),
    "gr": (
        _bar("Eleni|Dimitra|Katerina"),
        _bar("Nikos|Giorgos|Kostas"),
        _bar("Papadopoulos|Georgiou|Konstantinidis"),
    ),
    "br": (
        _bar("Ana Clara|Juliana|Beatriz"),
        _bar("João Pedro|Rafael|Thiago"),
        _bar("da Silva|dos Santos|Oliveira|de Souza"),
    ),
    "gb": (
        _bar("Siobhan|Harriet|Chloe|Gemma|Niamh|Rebecca|Fiona"),
        _bar("Callum|Rhys|Hamish|Oliver|Declan|Gareth|Liam"),
        _bar("Whitfield|O'Sullivan|McAllister|Thompson|Fairbairn|Ashworth|Doherty|Pritchard|Okafor|Brennan"),
    ),
    "us": (
        _bar("Brittany|Madison|Kayla"),
        _bar("Tyler|Brandon|Cody"),
        _bar("Kowalczyk|Rodriguez|Hendricks|Washington"),
    ),
    "de": (
        _bar("Anja|Ute|Sabine|Jana"),
        _bar("Uwe|Jürgen|Lukas|Matthias"),
        _bar("Schröder|Hoffmann|Küpper|von Bredow|Brüggemann|Terhorst"),
    ),
    "in": (
        _bar("Priya|Ananya|Deepa"),
        _bar("Arjun|Vikram|Rohit"),
        _bar("Raghunathan|Iyer|Chakraborty|Reddy"),
    ),
    "ng": (
        _bar("Chiamaka|Ngozi|Folake"),
        _bar("Emeka|Tunde|Chinedu"),
        _bar("Adeyemi|Okonkwo|Nwosu"),
    ),
}
# how often each origin is drawn, per language of the template
ORIGINS_NL = _bar("nl|nl|nl|nl|nl|nl|fy|be|be|tr|tr|ma|ma|sr|sr|id|pl|ro|so|vn|gr|br|de")
ORIGINS_EN = _bar("gb|gb|gb|us|nl|nl|in|ng|de|pl|br|gr|vn|tr|ma|be")
EXTRA_INITIALS = "ACEGHJMPRSTW"

MAIL_NL = _bar(
    "gmail.com|hotmail.com|outlook.com|ziggo.nl|kpnmail.nl|live.nl|xs4all.nl|planet.nl|home.nl|hetnet.nl|"
    "caiway.nl|zeelandnet.nl|icloud.com|proton.me|upcmail.nl|telfort.nl"
)
MAIL_BE = _bar("telenet.be|skynet.be|proximus.be|gmail.com|hotmail.be")
MAIL_EN = _bar("gmail.com|outlook.com|yahoo.co.uk|btinternet.com|icloud.com|protonmail.com|hotmail.co.uk|gmx.de")
MAIL_WORK = _bar(
    "rabobank.nl|tudelft.nl|gemeente-zwolle.nl|philips.com|umcg.nl|ns.nl|asml.com|student.uva.nl|hva.nl|ahold.com"
)

STREETS_NL = _bar(
    "Koningin Wilhelminalaan|Burgemeester Bloemersstraat|Prof. Kamerlingh Onneslaan|Tweede Rozendwarsstraat|"
    "Achter de Kerk|Lange Brinkweg|Oude Delft|Hoofdstraat|Kerkstraat|Molenweg|Zandpad|Kortenaerkade|"
    "Graaf Ottoweg|'s-Gravelandseweg|Laan van Poot|Jan van Galenstraat|2e Helmersstraat|Sint Jacobsstraat|"
    "Mgr. van de Weteringstraat|Ds. Fliednerstraat|Westersingel|Brink|Groenewoudseweg|Van Sonsbeeckstraat|"
    "Dr. Nolenslaan|Pastoor van Arskade|Zuid-Willemsvaart|Europaplein|Binnenweg|Langstraat|Boerhaavelaan|"
    "Hertog Hendriklaan|Plein 1992|Oranje Nassaulaan|Bilderdijkstraat|Vlietkade|De Ruyterstraat|Dorpsweg"
)
ADDITIONS = _bar("a|b|A|B|-a|-2|-1|hs|bis|-II|rood|zw|bg|/3|-4hg|A01|-bs|e|c|1-hoog|-bov")
STREETS_BE = _bar(
    "Kapelstraat|Steenweg op Gierle|Grote Markt|Lindenlaan|Stationsstraat|Sint-Pietersnieuwstraat|Dorp-Oost|"
    "Koning Albertlaan|Kouterstraat|Brusselsesteenweg"
)
TOWNS_BE = _bar("Turnhout|Gent|Aalst|Leuven|Geel|Tongeren|Ninove|Tielt")
STREETS_DE = _bar("Bahnhofstraße|Klever Str.|Am Kirchplatz|Gartenweg|Emmericher Straße|Lindenallee|Hauptstr.|Zum Hafen")
TOWNS_DE = _bar("Kleve|Goch|Bocholt|Aachen|Gronau|Emden|Geldern")
STREETS_GB = _bar("Willow Crescent|Mill Lane|Station Road|Beaconsfield Terrace|Church Street|Orchard Way")
