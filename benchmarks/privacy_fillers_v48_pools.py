"""People, streets, mail domains and banks of the held-out split test_v48 (registered in the shared `POOLS`).

Names come in groups so that given name and family name fit together: Groningen, Drenthe and Brabant Dutch,
Flemish, German border region, Turkish, Moroccan (Tarifit), Surinamese-Hindustani, Ghanaian, Nigerian, Eritrean,
Syrian, Ukrainian, Romanian, Portuguese, Chinese (pinyin), Indonesian and Filipino.
"""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split("/") if item.strip()]


# group: (given names, family names, weight)
GROUPS: dict[str, tuple[list[str], list[str], int]] = {
    "noord": (
        _split("Harm / Geert / Roelof / Jantje / Hillie / Grietje / Albertus / Egbert / Jikke / Wubbo / Trijntje / "
               "Menno / Aukje / Lubbert / Femmy / Klaasje / Derk / Hennie / Willemien / Jentje"),
        _split("Wolthuis / Kloosterman / Huizinga / Dijkhuis / Oosting / Bolhuis / Hofstee / Lanting / Zuidema / "
               "Boelens / Nijboer / Tiesinga / Mensinga / van Zanten / Schuiling / Hummel / ter Veer / Stoter"),
        6,
    ),
    "brabant": (
        _split("Toon / Harrie / Driek / Mieke / Sjaak / Ria / Jos / Marieke / Thijs / Noud / Jet / Bart-Jan / "
               "Lieke / Wim / Anke / Rens / Dorien / Stijn"),
        _split("van de Ven / van Gestel / van Rooij / de Laat / Swinkels / van Kessel / Habraken / Vermeulen / "
               "Aarts / Coppens / Schellekens / van Dongen / Mutsaers / van den Bogaart / Brekelmans / Donkers"),
        6,
    ),
    "flemish": (
        _split("Jens / Wout / Lieselot / Griet / Kobe / Febe / Arne / Sofie / Jef / Lieve / Bavo / Katrien / "
               "Warre / Ine / Dries"),
        _split("Vandenbroucke / De Smet / Claes / Wouters / Vermeersch / Goossens / Van Damme / Maes / "
               "Verstraeten / Declercq / Janssens / Van de Velde / D'hondt / Vanhoutte"),
        3,
    ),
    "german": (
        _split("Heinz / Jürgen / Ute / Wiebke / Heike / Uwe / Friedhelm / Annegret / Dieter / Sabine / Jörg"),
        _split("Schulte / Kötter / Hölscher / Brinkmann / Lübbers / Overbeck / Große-Wietfeld / Terwey / "
               "Möllers / Kleine-Büning"),
        2,
    ),
    "turkish": (
        _split("Emine / Osman / Halil / Elif / Burak / Zeynep / Tuğba / Hüseyin / Gökhan / Sevda / Cem / Derya"),
        _split("Şahin / Arslan / Doğan / Koç / Kılıç / Özdemir / Aksoy / Yıldız / Erdoğan / Karataş / Günay"),
        3,
    ),
    "tarifit": (
        _split("Mimoun / Mohand / Fadma / Nordin / Said / Touria / Amar / Yamina / Tiziri / Yuba / Massin / "
               "Dihya / Aksil / Mimount / Hafid"),
        _split("Azarkan / El Ouariachi / Amezian / Bouhlal / Ait Ouaali / Achahbar / Ziani / El Khattabi / "
               "Boukhrisse / Aharrouch / Ben Haddou"),
        3,
    ),
    "hindustani": (
        _split("Radjesh / Anita / Nandini / Shailesh / Premchand / Sharda / Vishal / Devika / Roshni / Kiran"),
        _split("Ramlakhan / Sitaldin / Bhagwandin / Soekhlal / Mangal / Girjasing / Autar / Ramsaran / Baldew"),
        2,
    ),
    "ghana": (
        _split("Kwame / Akosua / Kofi / Abena / Yaw / Efua / Kwabena / Adwoa / Nana Ama"),
        _split("Mensah / Boateng / Asante / Owusu / Osei / Appiah / Darko / Acheampong / Agyeman"),
        1,
    ),
    "nigeria": (
        _split("Chinedu / Ngozi / Oluwaseun / Adaeze / Emeka / Folake / Tunde / Chiamaka / Ifeanyi"),
        _split("Okonkwo / Adeyemi / Eze / Balogun / Nwosu / Ogunleye / Okeke / Adebayo-Williams"),
        1,
    ),
    "eritrea": (
        _split("Tesfay / Senait / Yonas / Filmon / Saba / Mehari / Selam / Berhane / Luwam / Merhawi"),
        _split("Tesfamariam / Ghebremedhin / Habte / Kidane / Woldemichael / Berhe / Haile / Tekle"),
        1,
    ),
    "syria": (
        _split("Ghassan / Rasha / Khaled / Mahmoud / Rima / Bashar / Nour / Yara / Ammar / Dima"),
        _split("Al-Hariri / Haddad / Al Khatib / Darwish / Kassab / Al-Masri / Sabbagh / Al Jasem"),
        2,
    ),
    "ukraine": (
        _split("Oleksandr / Olena / Taras / Iryna / Mykola / Kateryna / Bohdan / Yuliia / Andrii / Oksana"),
        _split("Shevchenko / Kovalenko / Bondarenko / Tkachenko / Melnyk / Kravchuk / Oliinyk / Hrytsenko"),
        2,
    ),
    "romania": (
        _split("Ionuț / Andreea / Florin / Ioana / Mihai / Roxana / Cătălin / Bianca / Sorin"),
        _split("Popescu / Ionescu / Dumitru / Stanciu / Munteanu / Constantinescu / Radu / Vasilescu"),
        1,
    ),
    "portugal": (
        _split("João / Inês / Gonçalo / Beatriz / Rui / Mariana / Tiago / Conceição / Filipa"),
        _split("Ferreira / Rodrigues / Pereira / Carvalho / Gonçalves / Sousa / Almeida / da Silva Costa"),
        1,
    ),
    "china": (
        _split("Xiaoming / Jing / Wei / Lihua / Zhiwei / Meiling / Haoran / Yuxin / Jianguo / Xiu"),
        _split("Wang / Li / Zhang / Chen / Liu / Huang / Zhou / Wu / Lin / Zheng"),
        2,
    ),
    "indonesia": (
        _split("Sutrisno / Wulan / Bambang / Sri / Rudi / Ayu / Hendra / Retno / Yohanes"),
        _split("Wibowo / Santoso / Hartono / Siregar / Nasution / Pattiasina / Latuheru / Tanuwidjaja"),
        2,
    ),
    "philippines": (
        _split("Maricel / Jericho / Rowena / Jonel / Analyn / Rodel / Maria Lourdes / Jun-Jun"),
        _split("Dela Cruz / Santos / Reyes / Bautista / Villanueva / Mercado / de los Reyes / Macaraeg"),
        1,
    ),
}  # fmt: skip

STREETS: dict[str, list[str]] = {
    "nl": _split(
        "Paterswoldseweg / Helperzoom / Oude Ebbingestraat / Korreweg / Damsterdiep / Hoornsediep / Peizerweg / "
        "Noorderdiep / Weiersstraat / Boermarkeweg / Kanaal A Noordzijde / Hoofdkade / Eikenlaan / Zuidlaarderweg / "
        "Boschdijk / Ringbaan-Oost / Vughterweg / Stratumsedijk / Markendaalseweg / Ginnekenweg / Kerkendijk / "
        "Sint Lambertusstraat / Hooghuisstraat / Mgr. Nolenslaan / Burgemeester Hustinxstraat / "
        "Jachthavenweg / Dijkgraaf Bosmanstraat / Oranje Nassaulaan / Prof. Bronkhorstlaan / Loolaan"
    ),
    "be": _split(
        "Turnhoutsebaan / Kortrijksesteenweg / Brusselsesteenweg / Diestsevest / Overpoortstraat / "
        "Kapelsestraat / Gemeenteplein / Hasseltweg / Lange Kievitstraat / Dorp-Oost"
    ),
    "de": _split("Bentheimer Straße / Gronauer Straße / Enscheder Straße / Lingener Straße / Emsstraße"),
    "uk": _split("Riverside Walk / Chapel Street / Beechwood Avenue / Harbour Road / Tollgate Lane"),
}

POOLS["test_v48"] = {
    "first": [name for given, _, _ in GROUPS.values() for name in given],
    "surname": [name for _, family, _ in GROUPS.values() for name in family],
    "domain": _split(
        "kpnplanet.nl / upcmail.nl / zonnet.nl / chello.nl / quicknet.nl / tele2.nl / versatel.nl / skynet.be / "
        "telenet.be / proximus.be / gmx.de / web.de / t-online.de / ukr.net / yahoo.ro / sapo.pt / qq.com / "
        "163.com / ymail.com / mail.com / hotmail.be / outlook.be / googlemail.com / solcon.nl / kabelnoord.nl"
    ),
    "bank": _split("NNBA / HAND / DHBN / ISBK / DEUT / COBA / FBHL / AEGO / RABO / INGB"),
}
