"""Name, street, mail domain and bank pools of the held-out split test_v47, registered in the shared `POOLS`.

Given names and surnames come in groups by background, so that a caller's name hangs together: Dutch (with Urk,
Volendam and Limburg families), Frisian, Flemish, Papiamento-speaking (Curaçao, Aruba, Bonaire), Polish,
Bosnian, Albanian, Somali, Sudanese, Vietnamese, Thai, Brazilian and South African (Afrikaans)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


# background: (given names, surnames, weight)
GROUPS: dict[str, tuple[list[str], list[str], int]] = {
    "dutch": (
        _split(
            "Wouter, Marieke, Harm, Geertje, Bas, Loes, Thijs, Nienke, Arjen, Femke, Gijs, Hanneke, Joost, "
            "Mirjam, Rutger, Evelien, Teun, Willemijn, Koen, Sanne-Lotte, Maurits, Petra, Stijn, Carlijn"
        ),
        _split(
            "Koopmans, Verbeek, van Leeuwen, Hermsen, Ruitenberg, van Oosten, Vermaat, Stoffels, Blom, "
            "van Essen, Roelofs, Huisman, Lagerweij, van der Kolk, Wiersma-Bos, Eijkelenboom, van Rossum, "
            "Kuipers, Overdijk, ten Velde"
        ),
        10,
    ),
    "urk_volendam": (
        _split("Jan-Willem, Albertje, Hendrik, Trijntje, Klaas, Geesje, Jacob, Aafke, Cornelis, Marretje, Piet"),
        _split(
            "Koffeman, Pasterkamp, Hakvoort, Romkes, Kaptein, Baarssen, Woord, Tuijp, Schilder, Veerman, "
            "Kwakman, Zwarthoed, Karregat, Sombroek, Jonk, Mooijer"
        ),
        4,
    ),
    "limburg": (
        _split("Sjef, Mieke, Jeu, Truus, Ger, Ilona, Pascal, Marij, Huub, Wendy, Roel, Bianca"),
        _split("Vliegen, Lenssen, Coenen, Notermans, Dassen, Crombach, Ramakers, Brouns, Frijns, Huntjens, Schreurs"),
        3,
    ),
    "frisian": (
        _split("Hylke, Wytske, Sjoerd, Baukje, Douwe, Froukje, Tsjerk, Geartsje, Wiebren, Janke, Oane, Sytske"),
        _split("Wybenga, Hylkema, Haitsma, Tjeerdsma, Sikkema, Rypma, Anema, Oosterhof, Algra, de Haan, Boersma"),
        3,
    ),
    "flemish": (
        _split("Lieselot, Jens, Griet, Wout, Ine, Bavo, Katrien, Seppe, Hilde, Lander, Fien, Dries"),
        _split("Vermeulen, Claes, Goossens, Wouters, De Smedt, Van Damme, Verstraete, Maes, Vandenbroucke, D'Hondt"),
        3,
    ),
    "papiamento": (
        _split("Shurandy, Yurisha, Sharline, Jurmen, Giselle, Rignald, Quincy, Naomi, Ruthmila, Jeandro"),
        _split("Isenia, Cijntje, Winklaar, Janga, Pieternella, Girigorie, Rojer, Statia, Maduro, Croes, Kock"),
        2,
    ),
    "polish": (
        _split("Bartłomiej, Małgorzata, Grzegorz, Dorota, Łukasz, Joanna, Wojciech, Ewelina, Jarosław, Beata"),
        _split("Wójcik, Kamiński, Szymańska, Dąbrowski, Kaczmarek, Mazur, Grabowska, Pawlak, Michalski, Król"),
        2,
    ),
    "bosnian": (
        _split("Amra, Edin, Selma, Mirza, Emina, Adnan, Lejla, Haris, Nermina, Jasmin"),
        _split("Hodžić, Begović, Mehmedović, Halilović, Delić, Kovačević, Hadžić, Salihović, Mujić"),
        2,
    ),
    "albanian": (
        _split("Arben, Blerta, Dritan, Elira, Gëzim, Besnik, Jonida, Ardit, Valbona, Fatmir"),
        _split("Hoxha, Krasniqi, Berisha, Gashi, Shehu, Dervishi, Leka, Muça, Rexhepi, Bytyqi"),
        2,
    ),
    "somali": (
        _split("Abdirahman, Hodan, Faadumo, Mahad, Ayaan, Cabdi, Sahra, Liban, Ubah, Xamse"),
        _split("Warsame, Farah, Jama, Cali, Abdullahi, Mohamud, Nuur, Yuusuf, Cigaal, Aadan"),
        2,
    ),
    "sudanese": (
        _split("Elfatih, Amna, Tagwa, Babiker, Nafisa, Osman, Samah, Mohanad, Rayan, Hiba"),
        _split("Elhassan, Abdelrahim, Babiker, Osman, Eltayeb, Abdelgadir, Elamin, Mustafa, Suliman"),
        2,
    ),
    "vietnamese": (
        _split("Thảo, Minh, Hương, Tuấn, Linh, Quang, Ngọc Anh, Thanh Hà, Duy, Phương"),
        _split("Nguyễn, Trần, Phạm, Lê, Hoàng, Huỳnh, Võ, Đặng, Bùi, Đỗ"),
        2,
    ),
    "thai": (
        _split("Somchai, Siriporn, Nattapong, Kanya, Pimchanok, Wanida, Apinya, Thanawat, Ratchanee"),
        _split("Srisuk, Wongsawat, Chaiyaporn, Rattanakorn, Suwannarat, Boonmee, Kaewmanee, Phromma"),
        2,
    ),
    "brazilian": (
        _split("João Pedro, Larissa, Thiago, Gabriela, Rafael, Fernanda, Luana, Matheus, Letícia, Caio"),
        _split("dos Santos, Oliveira, Pereira, Carvalho, Almeida, Rodrigues, Ferreira, Barbosa, Nascimento"),
        2,
    ),
    "afrikaans": (
        _split("Marius, Annelie, Riaan, Elmarie, Jacobus, Liezl, Wikus, Carel, Zandri, Francois"),
        _split("van der Merwe, Botha, Pretorius, du Plessis, Coetzee, Steyn, Venter, Joubert, Oosthuizen"),
        2,
    ),
}

POOLS["test_v47"] = {
    "first": [name for given, _, _ in GROUPS.values() for name in given],
    "surname": [name for _, surnames, _ in GROUPS.values() for name in surnames],
    "child": _split(
        "Jesse, Lieke, Ayoub, Roos, Ties, Fenne, Kian, Elin, Bilal, Puck, Guusje, Jurre, Maryam, Olivier, "
        "Tygo, Nora, Senna, Dex, Yusuf, Hailey, Mats, Lotus, Ravi-Jay, Wiebe, Ilse-Marie, Anh Thư, Oskar"
    ),
    "elder_f": _split("Hendrika, Johanna, Aaltje, Cornelia, Grietje, Antonia, Maria-Louisa, Jantje, Geertruida"),
    "elder_m": _split("Gerardus, Wilhelmus, Theodorus, Bernardus, Adrianus, Egbert, Roelof, Hendrikus"),
    "street_nl": _split(
        "Urkerweg, Zeestraat, Havenstraat, Noordeinde, Kloosterwandstraat, Akerstraat, Rijksweg Zuid, "
        "Burgemeester Kessenplein, Pastoor van Arsstraat, Zuiderzeestraat, Dijkgraaf Hoekstraat, "
        "Generaal Foulkesweg, Lange Nieuwstraat, Buizerdlaan, Meidoornhof, Tolhuisweg, Van Speijkstraat, "
        "Hofstede Bleijenburg, Dr. Ariënslaan, Noorderstrandweg, Kamperfoeliestraat, De Kromme Akker, "
        "Mgr. Nolensplein, Waalbandijk, Singelstraat, Leliegracht, Sportlaan, Sloetstraat, Gruttostraat"
    ),
    "street_fy": _split(
        "Haadstrjitte, Tsjerkestrjitte, Skoalstrjitte, Foarstrjitte, Mûnewei, Pôlle, Leechlân, It Heechhiem"
    ),
    "street_be": _split(
        "Grote Steenweg, Brusselsesteenweg, Kortrijksestraat, Bredabaan, Oudenaardsesteenweg, Hoogstraat, "
        "Sint-Pietersnieuwstraat, Turnhoutsebaan, Diestsevest, Kapelsestraat"
    ),
    "street_en": _split(
        "Albert Road, Harcourt Terrace, Ferndale Avenue, Kloof Street, Buitengracht Street, Moor Lane, "
        "Cromwell Gardens, Long Street, Glebe Road, Sycamore Close"
    ),
    "quay": _split("Amsteldijk, Zeeburgerdijk, Oosterdok, Westerkade, Nieuwe Haven, Oude Schans, Kostverlorenkade"),
    "domain": _split(
        "zeelandnet.nl, quicknet.nl, chello.nl, upcmail.nl, freeler.nl, solcon.nl, kabelfoon.nl, casema.nl, "
        "gmail.com, hotmail.nl, outlook.com, icloud.com, ziggo.nl"
    ),
    "domain_abroad": _split(
        "telenet.be, skynet.be, proximus.be, wp.pl, onet.pl, o2.pl, bih.net.ba, abv.bg, yahoo.com.br, "
        "uol.com.br, mweb.co.za, vodamail.co.za, gmx.de, web.de"
    ),
    "bank": _split("HAND, NNBA, DEUT, ISBK, FBHL, BICK, VOWA, ADYB"),
}
