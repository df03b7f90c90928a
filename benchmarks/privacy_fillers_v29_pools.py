"""Pools the `test_v29` writers draw from: given names and surnames by origin, streets, mail domains and area codes.
Written from scratch by someone who never saw the redaction rules."""

from __future__ import annotations


def _w(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


# origin: (men, women, surnames)
PEOPLE = {
    "nl": (
        _w("Sander|Joost|Bram|Wouter|Henk|Gert-Jan|Kees|Thijs|Ruud|Maarten|Job|Teun|Lars|Jeroen|Dirk|Hans|Koen"),
        _w("Marieke|Ilse|Femke|Anouk|Willemijn|Sanne|Joke|Ingrid|Anne-Marie|Lotte|Noor|Tess|Hanneke|Els|Roos"),
        _w(
            "de Vries|van der Meulen|Bosman|Verhoeven|van 't Hul|ter Haar|Kuijpers|van den Heuvel|Smulders|"
            "in 't Zandt|de Groot|Brouwer|van Beek|Oosterhuis|Hendriks|van der Linden|Ooms|Veenstra|op den Camp|"
            "Schuurmans|Wagenaar|van Leeuwen|Mulder|den Hartog|van Dam|Timmermans|Poot|uit de Bos|Zwart"
        ),
    ),
    "fy": (
        _w("Sjoerd|Wybren|Jelle|Tjeerd|Hidde|Sietse"),
        _w("Wietske|Sytske|Geeske|Antsje|Froukje|Jildou"),
        _w("Hoekstra|Dijkstra|Bergsma|Terpstra|Wiersma|Postma|Jongsma|Hiemstra"),
    ),
    "be": (
        _w("Wout|Pieter-Jan|Jens|Stijn|Kobe|Dries"),
        _w("Lien|Ellen|Fien|Nele|Lotte|Griet"),
        _w("Vermeulen|De Smet|Claes|Van Damme|Peeters|Maes|Goossens|Vanderstraeten|De Backer"),
    ),
    "tr": (
        _w("Emre|Mehmet|Burak|Kerem|Yusuf|Serkan"),
        _w("Elif|Zeynep|Büşra|Ayşe|Derya|Merve"),
        _w("Yılmaz|Demir|Öztürk|Kaya|Çelik|Aydın|Şahin|Koç"),
    ),
    "ma": (
        _w("Mohamed|Yassine|Bilal|Soufiane|Hamza|Karim"),
        _w("Fatima|Samira|Nadia|Imane|Khadija|Salma"),
        _w("El Idrissi|Bouzid|Amrani|El Khattabi|Ouali|Benali|Azzouzi|Ait Taleb"),
    ),
    "sr": (
        _w("Ravi|Kenneth|Ashwin|Romano|Dinesh|Errol"),
        _w("Sharda|Shanti|Melissa|Priyanka|Gisella|Reshma"),
        _w("Ramdin|Sewnarain|Pinas|Wijngaarde|Jagesar|Kartodikromo|Bhagwandin|Sabajo"),
    ),
    "pl": (
        _w("Piotr|Tomasz|Krzysztof|Łukasz|Marek"),
        _w("Agnieszka|Katarzyna|Magdalena|Joanna|Ewa"),
        _w("Nowak|Wiśniewski|Kowalczyk|Zielińska|Lewandowski|Wójcik"),
    ),
    "ua": (
        _w("Dmytro|Oleksandr|Andriy|Taras"),
        _w("Oksana|Iryna|Olena|Yuliia"),
        _w("Shevchenko|Kovalenko|Bondarenko|Melnyk|Tkachuk"),
    ),
    "cn": (
        _w("Wei|Jun|Hao|Ming"),
        _w("Mei|Xiu|Lan|Yan"),
        _w("Chen|Zhang|Li|Wang|Liu|Huang"),
    ),
    "vn": (_w("Thanh|Minh|Duc"), _w("Linh|Huong|Thu"), _w("Nguyen|Tran|Pham|Le")),
    "in": (
        _w("Arjun|Rohan|Vikram|Siddharth"),
        _w("Priya|Ananya|Deepa|Kavya"),
        _w("Sharma|Iyer|Patel|Reddy|Krishnan|Banerjee"),
    ),
    "gb": (
        _w("Oliver|James|Callum|Rhys|Niall|Tom"),
        _w("Hannah|Chloe|Siobhan|Imogen|Kirsty|Beth"),
        _w("Thompson|O'Brien|McAllister|Hughes|Fitzgerald|Pritchard|Davies|MacLeod"),
    ),
    "de": (
        _w("Jürgen|Matthias|Lukas|Florian"),
        _w("Anke|Katrin|Sabine|Jana"),
        _w("Müller|Schäfer|Hoffmann|Weißbach|Krüger|Becker"),
    ),
    "es": (
        _w("Javier|Tiago|Mateo|Rui"),
        _w("Lucía|Inês|Carmen|Beatriz"),
        _w("García|Gonçalves|Fernández|Rodrigues|Moreno|da Silva"),
    ),
    "so": (_w("Abdi|Mahad|Liban"), _w("Hodan|Ifrah|Sahra"), _w("Warsame|Abdullahi|Farah|Hassan")),
    "cw": (_w("Jurmaine|Shurwen|Giandro"), _w("Shanaira|Jomaira|Diandra"), _w("Martina|Rosaria|Isenia|Statia")),
}
ORIGINS_NL = ["nl"] * 10 + ["fy", "fy", "be", "tr", "tr", "ma", "ma", "sr", "sr", "pl", "ua", "cn", "vn", "de", "cw"]
ORIGINS_EN = ["gb"] * 5 + ["in", "in", "de", "es", "es", "pl", "ua", "cn", "so", "nl", "nl", "nl", "tr", "sr"]

STREETS = _w(
    "Dorpsstraat|Burgemeester de Withstraat|Van Heemstralaan|'t Zand|Korte Nieuwstraat|Oudegracht|"
    "Laan van Meerdervoort|Prinses Margrietlaan|Stationsweg|Willem de Zwijgerlaan|Plein 1944|Achter de Kerk|"
    "Hoge Rijndijk|Graaf Florislaan|Sint Annastraat|Bisschop Hamerstraat|Ir. Lelyweg|Mgr. Nolensplein|"
    "Kleine Houtstraat|Jan van Galenstraat|Ooievaarshof|Zuiderzeestraatweg|De Kempenaerstraat|Molenpad|"
    "Nieuwe Binnenweg|Heer Bokelweg|Tuinbouwweg|Oranjeboomstraat|Rijksstraatweg|Klaproosveld|Eikenlaan|"
    "Schepen Canisiusstraat|Johannes Vermeerstraat|Pr. Bernhardstraat|Nieuwe Gracht|Gen. Foulkesweg"
)
SUFFIXES = _w("A|B|a|b|-1|-2|-A|-B| A| hs| 2hg| III|-bis|bis| zw| rd|-101| 2 hoog| bg")
STREETS_BE = _w(
    "Kerkstraat|Grote Markt|Steenweg op Gierle|Sint-Pietersnieuwstraat|Brugsesteenweg|Lange Lozanastraat|"
    "Koning Albertlaan|Diestsestraat|Rue de la Station"
)
STREETS_DE = _w("Hauptstraße|Kölner Straße|Am Markt|Bahnhofstr.|Lindenallee|Emmericher Weg|Kirchplatz|Gocher Str.")
STREETS_GB = _w("Cromwell Road|Mill Lane|Victoria Street|Church View|Abbey Road|Queen's Drive")

DOMAINS_NL = _w(
    "gmail.com|hotmail.com|outlook.com|ziggo.nl|kpnmail.nl|live.nl|planet.nl|xs4all.nl|home.nl|icloud.com|"
    "hetnet.nl|casema.nl|upcmail.nl|proton.me|yahoo.com"
)
DOMAINS_EN = _w("gmail.com|outlook.com|yahoo.co.uk|icloud.com|hotmail.co.uk|gmx.de|web.de|btinternet.com|me.com")
DOMAINS_BE = _w("telenet.be|skynet.be|proximus.be|gmail.com")
WORK_DOMAINS = _w("rabobank.nl|gemeente-ede.nl|tudelft.nl|ah.nl|philips.com|asml.com|umcg.nl|ns.nl")

AREA_CODES = _w("010|020|030|040|050|070|071|073|076|0113|0172|0229|0314|0343|0416|0475|0499|0513|0523|0575|0594|0222")

MONTHS_NL = _w("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december")
MONTHS_NL_SHORT = _w("jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec")
MONTHS_EN = _w("January|February|March|April|May|June|July|August|September|October|November|December")

DIGITS_NL = _w("nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen")
DIGITS_EN = _w("zero|one|two|three|four|five|six|seven|eight|nine")
TENS_NL = ["", *_w("tien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig")]
TEENS_NL = _w("tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien")
# letters as callers spell them
SPELL_NL = {
    "a": "Anton", "b": "Bernard", "c": "Cornelis", "d": "Dirk", "e": "Eduard", "f": "Ferdinand", "g": "Gerard",
    "h": "Hendrik", "j": "Johan", "k": "Karel", "l": "Lodewijk", "m": "Maria", "n": "Nico", "p": "Pieter",
    "r": "Rudolf", "s": "Simon", "t": "Theodoor", "v": "Victor", "w": "Willem", "x": "Xantippe", "z": "Zacharias",
}  # fmt: skip
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
DE_DISTRICTS = _w("K|D|KLE|BOR|MS|E|DU|OB|GE|AC|B|M|WES|EMS")
