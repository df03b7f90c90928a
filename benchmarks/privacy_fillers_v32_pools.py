"""Pools of the `test_v32` split's fillers: given names and surnames by origin, streets and mail domains. Written
from scratch by someone who never saw the redaction rules; no pool was taken from an earlier split."""

from __future__ import annotations


def _w(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


# origin -> (women, men, surnames)
PEOPLE = {
    "nl": (
        _w("Sanne|Femke|Marieke|Ilse|Joke|Wilma|Annelies|Roos|Lieke|Tessa|Geertje|Hendrika|Noor|Evi|Jet|Mirjam"),
        _w("Bart|Gijs|Maarten|Henk|Wouter|Jeroen|Teun|Kees|Ruben|Thijs|Jan-Willem|Gerrit|Stijn|Bram|Arie|Huib"),
        _w(
            "de Jong|van den Heuvel|Verhoeven|van der Meulen|Kuipers|'t Hart|van Wijk|Hoogendoorn|ter Horst|de Haan|"
            "Willemsen|van Leeuwen|Schipper|op den Kamp|van Houten|Prins|Brinkman|van 't Zand|uit de Bos|ten Brink|"
            "van Os|den Hartog|Veldhuizen|van Rossum|de Wit-Groen|van der Sluis|Kramer"
        ),
    ),
    "fy": (
        _w("Sytske|Jitske|Wietske|Baukje|Froukje"),
        _w("Sjoerd|Wybren|Durk|Hidde|Tjeerd"),
        _w("Hoekstra|Dijkstra|Zijlstra|Wiersma|Terpstra|Bouma|Feenstra|de Vries"),
    ),
    "be": (
        _w("Lotte|Elke|Griet|An|Katrien|Lien"),
        _w("Wout|Pieter-Jan|Jens|Stijn|Koen|Dries"),
        _w("Vermeulen|De Smet|Van Damme|Claes|Peeters|Goossens|D'Hondt|Vanderstraeten|Van de Velde|De Backer"),
    ),
    "tr": (
        _w("Elif|Zeynep|Büşra|Merve|Ayşe"),
        _w("Emre|Mehmet|Burak|Hakan|Oğuz"),
        _w("Yıldırım|Kaya|Demir|Çelik|Aydın|Şahin|Koç"),
    ),
    "ma": (
        _w("Samira|Nadia|Hafsa|Loubna|Imane"),
        _w("Youssef|Bilal|Mounir|Hamza|Rachid"),
        _w("El Idrissi|Boukhari|Azzouz|Ait Lahcen|Benali|Ouali|El Khattabi"),
    ),
    "sr": (
        _w("Shanti|Reshma|Kavita|Sharon|Naomi"),
        _w("Ravi|Anand|Dinesh|Romano|Clifton"),
        _w("Ramdin|Sewnath|Jagessar|Kromodimedjo|Pinas|Wijngaarde|Tjin A Tsoi|Soekhoe"),
    ),
    "pl": (
        _w("Agnieszka|Katarzyna|Magdalena|Joanna"),
        _w("Piotr|Tomasz|Krzysztof|Paweł"),
        _w("Nowak|Wiśniewski|Zieliński|Lewandowski|Kamińska|Wójcik"),
    ),
    "gb": (
        _w("Siobhan|Chloe|Harriet|Fiona|Gemma|Abigail"),
        _w("Callum|Niall|Gareth|Hamish|Oliver|Declan"),
        _w("O'Brien|MacLeod|Fitzgerald|Hughes|Pritchard|Whitaker|McAllister|Barnes"),
    ),
    "de": (
        _w("Anke|Friederike|Ulrike|Svenja"),
        _w("Jörg|Matthias|Lukas|Dieter"),
        _w("Schröder|Müller|Weiß|Hoffmann|Kötter|von Ahlen"),
    ),
    "in": (
        _w("Ananya|Priyanka|Lakshmi|Divya"),
        _w("Arjun|Vikram|Rahul|Karthik"),
        _w("Krishnan|Sharma|Iyer|Venkatesan|Chatterjee"),
    ),
    "cn": (
        _w("Mei|Xiu Ying|Lin|Yan"),
        _w("Wei|Jun|Hao|Zhi Hong"),
        _w("Chen|Zhang|Liu|Huang|Wong"),
    ),
    "gh": (
        _w("Ama|Akosua|Efua|Abena"),
        _w("Kwame|Kofi|Yaw|Kwabena"),
        _w("Mensah|Owusu|Asante|Boateng|Appiah"),
    ),
    "er": (
        _w("Senait|Helen|Luwam|Selam"),
        _w("Yonas|Samuel|Filmon|Robel"),
        _w("Tesfay|Gebremedhin|Haile|Kidane"),
    ),
    "pt": (
        _w("Ana Luísa|Beatriz|Mariana|Inês"),
        _w("João|Tiago|Rui|Gonçalo"),
        _w("Ferreira|da Silva|dos Santos|Carvalho|Gonçalves"),
    ),
    "ua": (
        _w("Olena|Iryna|Oksana|Kateryna"),
        _w("Andriy|Oleksandr|Dmytro|Bohdan"),
        _w("Shevchenko|Kovalenko|Bondarenko|Melnyk|Tkachenko"),
    ),
    "sy": (
        _w("Rasha|Lina|Yasmin|Dima"),
        _w("Omar|Khaled|Tarek|Ammar"),
        _w("Al-Khatib|Haddad|Al Masri|Kassab|Nassar"),
    ),
}
ORIGINS_NL = _w("nl|nl|nl|nl|nl|nl|fy|be|be|tr|tr|ma|ma|sr|sr|pl|de|in|cn|gh|er|pt|ua|sy|gb")
ORIGINS_EN = _w("gb|gb|gb|gb|nl|nl|nl|in|in|pl|de|pt|ua|cn|gh|sy|tr|ma|sr|be|er")
EXTRA_INITIALS = "JMAHCWPGTE"

DOMAINS_NL = _w(
    "gmail.com|hotmail.com|outlook.com|ziggo.nl|kpnmail.nl|xs4all.nl|planet.nl|hetnet.nl|live.nl|icloud.com|"
    "proton.me|home.nl|telfort.nl|caiway.nl|yahoo.com|upcmail.nl"
)
DOMAINS_BE = _w("telenet.be|skynet.be|proximus.be|gmail.com|hotmail.be")
DOMAINS_EN = _w("gmail.com|outlook.com|btinternet.com|yahoo.co.uk|hotmail.co.uk|icloud.com|sky.com|gmx.de|web.de")

STREETS_NL = _w(
    "Burgemeester van Roosmalenstraat|Laan van Nieuw Guinea|Oude Kerkweg|Dr. Ariënslaan|Mr. P.J. Troelstraweg|"
    "Sint Annastraat|Achter de Muur|Korte Nieuwstraat|Van Hogendorpstraat|Pr. Bernhardlaan|Vlietweg|Hooigracht|"
    "Koekoeksbloem|Het Zand|Nieuwe Haven|Boterdiep|Kastanjelaan|Generaal Foulkesweg|Tweede Rozendwarsstraat|"
    "Graaf Florisstraat|Zandpad|Ds. Kuipersingel|Hoge Rijndijk|Plein 1944|Lange Dreef|Bisschop Hamerstraat|"
    "Jonkheer van Karnebeeklaan|Oostzeedijk Beneden|Weerdsingel O.Z.|Kerkpad N.Z.|Akkerwinde|Smidsteeg"
)
SUFFIXES_NL = tuple(
    "|||||||a|A|b|-B|-1|-2| hs| bis|-3hg| 2-hoog| rd|/4| II| zw|-bov|C|-12| A-1|-huis| 1e et".split("|")
)
STREETS_BE = _w(
    "Kerkstraat|Grote Markt|Meir|Sint-Pietersnieuwstraat|Brugsesteenweg|Lange Kievitstraat|Koning Albertlaan|"
    "Oude Baan|Dorpsplein|Heirweg"
)
STREETS_DE = _w("Hauptstraße|Emmericher Str.|Am Bahnhof|Lindenallee|Kirchweg|Gocher Landstraße|Mühlenweg")
STREETS_GB = _w("Victoria Road|Mill Lane|Church Street|Queen's Drive|Orchard Close|Albert Terrace|Kings Road")
TOWNS_GB = _w("LS|BS|M|EH|CF|NR|YO|OX|G|B")
