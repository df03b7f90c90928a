"""Name, street, mail domain and bank pools of the held-out split test_v53 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _list(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


POOLS["test_v53"] = {
    # Dutch, Zeeuws, Flemish, Antillean, Surinamese-Chinese, Moroccan, Turkish, Kurdish, Iranian, Afghan,
    # Ukrainian, Russian, Belarusian, Polish, Lithuanian, Hungarian, Portuguese, Cape Verdean, Nigerian,
    # Ghanaian, Filipino, Thai and Japanese given names.
    "first": _list(
        "Jacoba; Adriaan; Lieneke; Maarten-Jan; Cornelis; Willemijn; Janneke; Rutger; Femke; Thijmen; Klaasje; "
        "Lieven; Griet; Wannes; Jozefien; Sien; Jeroen-Pieter; Shurandy; Jurmaine; Giselle; Roshnie; Ivy; Wai-Ling; "
        "Kenneth; Siu-Man; Ilham; Hamza; Meryem; Ouassima; Bilal; Tuğba; Oğuz; Ebru; Burak; Rojda; Dilan; "
        "Shirin; Dariush; Mahsa; Farzaneh; Zarmina; Mirwais; Sohrab; Oleksandra; Taras; Bohdana; Mykola; Svetlana; "
        "Dmitri; Aliaksandr; Yulia; Bartosz; Małgorzata; Wojciech; Rūta; Mindaugas; Žydrūnė; Zsófia; Bence; "
        "Gonçalo; Inês; Djenifer; Evandro; Chiamaka; Oluwaseun; Emeka; Kwabena; Akosua; Maricel; Jhun; Kanya; "
        "Somchai; Haruka; Kenji; Yuki"
    ),
    "child": _list("Fenne; Ties; Lize; Mats; Roos; Zayn; Isa; Jade; Bobbie; Nour; Kian; Pien; Oliwia; Dante; Aiko"),
    "surname": _list(
        "van der Kolk; de Kok; van Oosten; Verhulst; Kodde; Poppe; Dieleman; de Witte; Van Damme; Vercammen; "
        "De Smet; Claeys; Goossens; Verbruggen; Martina; Isenia; Statia; Wong A Foe; Tjoe-Fat; Lie Kwie; Sabajo; "
        "Ait Taleb; El Khattabi; Boukhari; Kılıç; Arslan; Doğan; Zana; Baran; Tehrani; Moradi; Karimi; Hashimi; "
        "Popal; Sultani; Kovalenko; Shevchuk; Bondarenko; Ivanova; Sokolov; Lukashenka; Dabrowski; Wójcik; "
        "Mazur; Kazlauskas; Petrauskienė; Nagy; Szabó; Ferreira; Rodrigues; Semedo; Tavares Lopes; Adeyemi; "
        "Okonkwo; Mensah; Owusu; Dela Cruz; Bautista; Srisuk; Wongsawat; Tanaka; Nakamura; ten Hove; "
        "uit den Bogaard; van Leeuwen; Vlasblom; Koppelaar; 't Hart"
    ),
    "street": _list(
        "Meerveldweg; Hollandse Hout; Zuiderzeeboulevard; Botter; Kempenaerstraat; Grote Markt; "
        "Beijerlandselaan; Pretorialaan; Groene Hilledijk; Slinge; Wolphaertsbocht; Vaanweg; Brielselaan; "
        "Stationsplein Lelystad; Agorahof; Koggestraat; Nieuwe Kerkstraat; Markt; Noordstraat; Zoutestraat; "
        "Kanaalweg Westzijde; Dokter Zamenhofstraat; Maïsveld; Sportlaan; Tjotterstraat; Schoener; Havenkade; "
        "Bastion; Esplanade; Zeedijk Oost; Lange Schipper; Hertog Hendriklaan; Elzenhagensingel"
    ),
    "street_be": _list(
        "Kortrijksesteenweg; Brugse Poort; Dampoortstraat; Sint-Pietersnieuwstraat; Turnhoutsebaan; "
        "Lange Kievitstraat; Diestsevest; Naamsestraat; Overpoortstraat"
    ),
    "domain": _list(
        "hotmail.nl; gmail.com; outlook.be; telenet.be; skynet.be; zeelandnet.nl; upcmail.nl; chello.nl; "
        "ukr.net; mail.ru; wp.pl; o2.pl; inbox.lt; freemail.hu; sapo.pt; yahoo.fr; live.com; icloud.com; "
        "gmx.net; quicknet.nl; kpnplanet.nl; msn.com; yahoo.co.jp"
    ),
    "bank": _list("RABO; INGB; ABNA; SNSB; ASNB; RBRB; BUNQ; TRIO; KNAB; NNBA; HAND"),
}
