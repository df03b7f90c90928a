"""People, street, domain and bank pools of the held-out split test_v52 (registered in the shared `POOLS`).

Small-business owners and employees of many backgrounds; given names and surnames come in groups so that most
people get a name that fits together (a few mixed couples are drawn on purpose)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _list(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


# (given names, surnames) per background.
GROUPS: dict[str, tuple[list[str], list[str]]] = {
    "amsterdam": (
        _list("Dennis|Chantal|Ronald|Mirjam|Patrick|Kim|Jeroen|Sandra|Nick|Bianca|Gijs|Femke|Pim|Marieke"),
        _list("Groen|Koster|Pronk|Kok|van Leeuwen|de Wit|Bosman|Scholten|van der Zee|Verhoef|Molenaar"),
    ),
    "zaanstreek": (
        _list("Klaas-Jan|Nelleke|Evert|Dorien|Cor|Trijntje|Sjoerd|Jolanda|Arjen|Wendy"),
        _list("Honig|Kaars|Bruijn|Ruijter|Zwart|Knijn|Schipper|Tuijn|Kuiper|van der Laan"),
    ),
    "westfriesland": (
        _list("Sijbrand|Marijke|Jan-Willem|Aafke|Dirk|Grietje|Teun|Annelies|Wouter|Trudy"),
        _list("Kaptein|Blokker|Schermerhorn|Tesselaar|Kooiman|Ooms|Sjerps|Kaag|Bakker-Ooms|Zeeman"),
    ),
    "limburg": (
        _list("Huub|Sjef|Mia|Lei|Truus|Math|Ingrid|Roel|Jo-Anne|Guido|Esther|Twan"),
        _list("Vroemen|Ramakers|Ubachs|Lardinois|Bemelmans|Wetzels|Schols|Lemmens|Franssen|Habets|Meessen"),
    ),
    "flemish": (
        _list("Wannes|Lieselot|Jelle|Griet|Bavo|Hanne|Stijn|Ine|Joke|Pieter-Jan|Sofie|Dries"),
        _list("Vandenbroucke|De Smet|Goossens|Claes|Maes|Verstraete|Van Damme|De Clercq|Willems|Janssens"),
    ),
    "turkish": (
        _list("Oğuzhan|Sevgi|Tuncay|Elif|Burak|Gülşen|Volkan|Esra|Hakan|Zeynep|Serdar|Derya"),
        _list("Yıldız|Arslan|Doğan|Koç|Şahin|Aksoy|Kurt|Erdoğan|Polat|Keskin|Uçar"),
    ),
    "moroccan": (
        _list("Abdelkarim|Houda|Saïd|Ilham|Nordin|Samira|Bilal|Loubna|Hicham|Nadia|Mounir|Siham"),
        _list("El Khatib|Azzouzi|Boukhari|Ait Taleb|Haddouchi|Zerouali|El Ouardi|Belhaj|Akhiat|Chaara"),
    ),
    "chinese": (
        _list("Wei|Mei Ling|Jun|Xiaoying|Kwok Wah|Ling|Siu Fong|Kevin|Jenny|Hao|Yan"),
        _list("Chan|Wong|Lam|Cheung|Zhang|Liu|Tang|Leung|Chong|Ho"),
    ),
    "creole": (
        _list("Marciano|Gracia|Rinaldo|Sherida|Romeo|Glenda|Roy|Ivanka|Clyde|Jurgen"),
        _list("Fraenk|Sordam|Linger|Nelom|Redan|Vlijter|Kross|Wijngaarde|Biswane|Doelwijt"),
    ),
    "hindustani": (
        _list("Ashwin|Radjesh|Nandini|Soenita|Kiran|Dinesh|Anjali|Roshni|Vishal|Shanti-Devi"),
        _list("Ramlakhan|Bhagwandin|Soekhai|Autar|Ramsaran|Jhinkoe|Kalloe|Mathura|Sital|Baldewsingh"),
    ),
    "polish": (
        _list("Grzegorz|Małgorzata|Łukasz|Beata|Wojciech|Dorota|Tomasz|Ewelina|Marek|Joanna"),
        _list("Wójcik|Kamiński|Mazur|Krawczyk|Dąbrowska|Pawlak|Szymański|Kaczmarek|Wróbel"),
    ),
    "romanian": (
        _list("Ionuț|Andreea|Bogdan|Mihaela|Florin|Alina|Cătălin|Ioana"),
        _list("Popescu|Ionescu|Dumitru|Munteanu|Stoica|Constantinescu|Rusu|Gheorghiu"),
    ),
    "bulgarian": (
        _list("Stoyan|Desislava|Ivaylo|Radka|Georgi|Tsvetelina|Nikolay|Yana"),
        _list("Petrova|Dimitrov|Georgieva|Todorov|Ivanova|Stoyanov|Kirilova"),
    ),
    "southern": (
        _list("Álvaro|Lucía|Nerea|Jorge|Giulia|Matteo|Alessandro|Chiara|Dimitris|Eleni|Konstantinos|Vasiliki"),
        _list("García Ruiz|Fernández|Navarro|Ortega|Rossi|Esposito|Romano|Ferraro|Papadopoulos|Georgiou"),
    ),
    "brazilian": (
        _list("João Pedro|Thaís|Rafael|Luana|Gabriela|Thiago|Fernanda"),
        _list("Oliveira|Souza|Pereira da Silva|Costa|Almeida|Carvalho|Ribeiro"),
    ),
    "indian": (
        _list("Hetal|Jignesh|Bhavna|Nirav|Sourav|Moumita|Arnab|Tanushree|Rupal|Kunal"),
        _list("Shah|Mehta|Desai|Chatterjee|Banerjee|Mukherjee|Trivedi|Parekh|Bhattacharya"),
    ),
    "pakistani_afghan": (
        _list("Usman|Ayesha|Faisal|Sana|Farid|Mursal|Hamid|Zarghona|Bilquis|Tariq"),
        _list("Qureshi|Butt|Malik|Chaudhry|Ahmadzai|Karimi|Stanekzai|Noori|Popalzai"),
    ),
    "syrian": (
        _list("Ghassan|Rasha|Mahmoud|Lama|Yazan|Reem|Omar|Nour|Khaled|Dima"),
        _list("Al-Hassan|Haddad|Khalil|Al Masri|Sabbagh|Kassab|Hamwi|Alloush"),
    ),
    "eritrean": (
        _list("Yonas|Senait|Tesfay|Mehari|Filmon|Selam|Aster|Robel|Luwam|Kidane"),
        _list("Tesfamariam|Ghebremedhin|Haile|Tekle|Berhane|Woldu|Habte|Kahsay"),
    ),
}

POOLS["test_v52"] = {
    "first": sorted({name for firsts, _ in GROUPS.values() for name in firsts}),
    "surname": sorted({name for _, surnames in GROUPS.values() for name in surnames}),
    "street": _list(
        "Westzijde|Oostzijde|Lagedijk|Zuiddijk|Krommenieërweg|Provincialeweg|Grote Oost|Kleine Noord|"
        "Westerblokker|Zuiderdracht|Dijkweg|Drieboomlaan|Akerstraat|Rijksweg Zuid|Pasweg|Heerlerbaan|"
        "Kloosterweg|Brugstraat|Javastraat|Eerste Van Swindenstraat|Bos en Lommerweg|Spaarndammerstraat|"
        "Gerard Doustraat|Schiedamseweg|Vaillantlaan|Troelstralaan|Laan van Wateringse Veld|Kanaalweg|"
        "Generaal Cronjéstraat|Burgemeester Visserpark|Hoogstraat|Pieter Zeemanweg|Zonnebloemstraat|"
        "Sint Maartenslaan|Hertog Reinoutstraat|Wethouder Ramstraat|Noorderhavenkade|Meidoornplein"
    ),
    "street_be": _list(
        "Kortrijksesteenweg|Sint-Pietersnieuwstraat|Turnhoutsebaan|Brusselsesteenweg|Diestsestraat|"
        "Vlaanderenstraat|Gentse Baan|Lange Kievitstraat|Tiensesteenweg|Kerkhofstraat"
    ),
    "domain": _list(
        "googlemail.com|hotmail.nl|outlook.be|telenet.be|skynet.be|kpnplanet.nl|chello.nl|zeelandnet.nl|"
        "solcon.nl|quicknet.nl|live.com|msn.com|gmx.net|wp.pl|o2.pl|interia.pl|yahoo.ro|abv.bg|libero.it|"
        "hotmail.es|uol.com.br|rediffmail.com|yahoo.co.in|hotmail.be"
    ),
    "trade": _list(
        "kapsalon|schoonmaak|klusbedrijf|bouwadvies|tolk|catering|fotografie|loodgieter|taxi|installatie|"
        "vertaalbureau|kledingreparatie|koerier|webdesign|nagelstudio|afbouw"
    ),
    "bank": _list("ADYB|NNBA|ISBK|DEUT|HAND|BICK|FTSB|COBA|NWAB|LOYD|ZWLB"),
}
