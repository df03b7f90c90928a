"""Pools of the `test_v31` fillers: given names and surnames by origin, streets, towns and mail domains. Written from
scratch by someone who never saw the redaction rules."""

from __future__ import annotations


def _bar(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


# origin -> (women, men, surnames); Dutch surnames keep their particles in lower case ('van der Wal')
ORIGINS = {
    "nl": (
        _bar("Annemiek|Sanne|Fleur|Ilse|Joke|Riek|Marloes|Wilhelmina|Jet|Lotte|Gerda|Noor|Mieke|Anne-Fleur|Femke"),
        _bar("Gerrit|Joost|Bram|Teun|Henk|Wouter|Sjoerd|Jan-Willem|Kees|Daan|Ruud|Pieter|Sem|Thijs|Harm"),
        _bar(
            "van der Wal|de Groot|Bakker|van den Heuvel|Verhoeven|ter Horst|van Dijk|Smit|Meijer|in 't Veld|"
            "van Beek|de Jong|Kuipers|van 't Hof|Postma|van der Linden-Prins|Hoekstra|op 't Land|Dekker|Mulder|"
            "van Leeuwen|de Vries|Scholten|Brouwer|Zwart|van Rossum|Blom|te Riele|Jansen|Kok"
        ),
    ),
    "fy": (
        _bar("Sytske|Hiske|Baukje|Janke|Tsjitske"),
        _bar("Sjoerd|Wiebe|Hidde|Jelmer|Eelke|Auke"),
        _bar("Hoekstra|Dijkstra|Visser|Bosma|Wiersma|Tjeerdsma|Zijlstra|Feenstra"),
    ),
    "be": (
        _bar("Lien|Fien|Ine|Kato|Marie-Louise|Hanne|Elke"),
        _bar("Wout|Jef|Stijn|Pieter-Jan|Lowie|Seppe|Koen"),
        _bar("Vermeulen|De Smet|Van den Bossche|Claes|Peeters|Goossens|Vandenbroucke|D'Haese|Janssens|Verstraete"),
    ),
    "tr": (
        _bar("Ayşe|Elif|Zeynep|Büşra|Melike"),
        _bar("Mehmet|Emre|Burak|Yusuf|Kerem"),
        _bar("Yılmaz|Demir|Kaya|Öztürk|Şahin|Aydın|Çelik"),
    ),
    "ma": (
        _bar("Fatima|Khadija|Salma|Nadia|Imane"),
        _bar("Mohamed|Youssef|Said|Bilal|Ayoub"),
        _bar("El Amrani|Bouzid|Ouali|Ait Taleb|El Idrissi|Benali|Chaouch"),
    ),
    "sr": (
        _bar("Sharmila|Roshni|Ghislaine|Sarita|Wendelina"),
        _bar("Ravi|Anand|Rodney|Sudesh|Marciano"),
        _bar("Ramdin|Jagesar|Kromodikoro|Sital|Wongsodikromo|Pinas|Tjon A Fong"),
    ),
    "pl": (
        _bar("Agnieszka|Katarzyna|Magdalena|Joanna"),
        _bar("Piotr|Tomasz|Krzysztof|Paweł|Łukasz"),
        _bar("Kowalski|Nowak|Wiśniewski|Zielińska|Wójcik|Lewandowski"),
    ),
    "far": (
        _bar("Lan|Mei|Yuki|Priya|Aiko|Xiaoling|Anjali"),
        _bar("Wei|Minh|Hiroshi|Arjun|Jun|Rahul|Duc"),
        _bar("Nguyen|Chen|Tanaka|Sharma|Wang|Tran|Patel|Li|Iyer"),
    ),
    "af": (
        _bar("Selam|Amina|Hawa|Adwoa|Chiamaka"),
        _bar("Yonas|Abdi|Kwame|Tesfay|Chinedu"),
        _bar("Tesfamariam|Mohamud|Mensah|Okafor|Haile|Asante"),
    ),
    "en": (
        _bar("Sarah|Emma|Siobhan|Rachel|Chloe|Megan|Fiona|Charlotte"),
        _bar("James|Oliver|Callum|Niall|Harry|Gareth|Tom|Ewan"),
        _bar("Thompson|O'Brien|MacLeod|Wright|Evans|Fitzgerald|Hughes|McAllister|Campbell|Price"),
    ),
    "de": (
        _bar("Ursula|Anke|Jana|Franziska|Sabine"),
        _bar("Jürgen|Matthias|Lukas|Florian|Uwe"),
        _bar("Müller|Schröder|Weißmann|Hoffmann|von Arnim|Becker|Krüger"),
    ),
    "south": (
        _bar("Lucía|Giulia|Inês|Ana Sofia|Chiara"),
        _bar("Javier|Marco|João|Alejandro|Luca"),
        _bar("García López|Rossi|dos Santos|Ferreira|Esposito|de la Fuente|Fernández"),
    ),
    "ua": (
        _bar("Olena|Oksana|Iryna|Yulia"),
        _bar("Andriy|Oleksandr|Taras|Dmytro"),
        _bar("Shevchenko|Kovalenko|Bondarenko|Tkachuk|Melnyk"),
    ),
}
MIX_NL = ("nl",) * 9 + ("fy", "be", "be", "tr", "tr", "ma", "ma", "sr", "sr", "pl", "far", "af", "de", "south", "ua")
MIX_EN = ("en",) * 6 + ("nl", "nl", "nl", "far", "far", "af", "south", "de", "pl", "ua", "tr", "ma", "sr")

STREETS_NL = _bar(
    "Kerkstraat|Molenweg|Dorpsstraat|Burgemeester Knappertlaan|Prof. Lorentzlaan|Van Heemstraweg|"
    "Oude Rijn|Sint Jorisstraat|Laan van Meerdervoort|Jonkheer Ramweg|Nieuwe Binnenweg|Hof van Delftlaan|"
    "Korte Nieuwstraat|Zuiderzeestraatweg|Tweede Helmersstraat|Dr. Schaepmanstraat|Boterdiep|"
    "Achter het Stadhuis|Stationsplein|Oranjelaan|Heuvelrug|Koningin Julianalaan|H. Dunantstraat|"
    "Binnenweg|Schoolstraat|Bloemgracht|De Ruyterkade|Graaf Florisweg|Ericastraat|Lange Voorhout"
)
STREETS_BE = _bar("Kerkstraat|Grote Markt|Steenweg op Gierle|Sint-Pietersnieuwstraat|Lange Kievitstraat|Dorp-West")
STREETS_DE = _bar("Hauptstraße|Kirchweg|Am Markt|Lindenallee|Bahnhofstr.|Goethestraße|Zum Wasserturm")
STREETS_GB = _bar("High Street|Church Lane|Queen's Road|Victoria Terrace|Mill Road|Station Approach")
ADDITIONS = _bar("a|A|b|-B|-2|-II|hs|bis|-bv|1hg|2-hoog|zw|-101|/3|III|c|rd|boven|-H")
CITIES_GB = _bar("Leeds|Bristol|Norwich|Glasgow|Cardiff")

DOMAINS = _bar(
    "gmail.com|hotmail.com|outlook.com|ziggo.nl|kpnmail.nl|live.nl|xs4all.nl|icloud.com|planet.nl|telenet.be|"
    "proton.me|yahoo.co.uk|home.nl|upcmail.nl|hetnet.nl|gmx.de|skynet.be"
)
MONTHS_NL = _bar("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december")
MONTHS_NL_SHORT = _bar("jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec")
MONTHS_EN = _bar("January|February|March|April|May|June|July|August|September|October|November|December")
DIGITS_NL = _bar("nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen")
DIGITS_EN = _bar("zero|one|two|three|four|five|six|seven|eight|nine")
ALPHA_NL = {
    "A": "Anton", "B": "Bernard", "C": "Cornelis", "D": "Dirk", "E": "Eduard", "F": "Ferdinand", "G": "Gerard",
    "H": "Hendrik", "J": "Johan", "K": "Karel", "L": "Lodewijk", "M": "Maria", "N": "Nico", "P": "Pieter",
    "R": "Rudolf", "S": "Simon", "T": "Teunis", "V": "Victor", "W": "Willem", "X": "Xantippe", "Z": "Zaandam",
}  # fmt: skip
