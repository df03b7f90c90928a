"""Name, street, domain and bank pools of the held-out split test_v97 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v97"] = {
    "first": _semi(
        "Harmke; Roelof; Geesje; Jannes; Albertje; Hindrik; Egbert; Trijntje; Lammert; Aaltje; Wiebe; Femke; "
        "Marnix; Leontien; Joost-Willem; Anne-Fleur; Cornelis; Adriaantje; Pieternella; Jozef; Lieven; Griet; "
        "Bavo; Marieke; Koenraad; Saskia; Tobias; Zeynep; Emre; Hatice; Burak; Elif; Nadia; Karim; Soufiane; "
        "Hafsa; Ayoub; Usman; Ayesha; Bilqis; Faisal; Hira; Zubair; Sana; Imran; Mahnoor; Carmel; Josianne; "
        "Rodrick; Kristina; Etienne; Marthese; Clint; Nicolette; Mariusz; Agnieszka; Bogdan; Ioana; Dmytro; "
        "Olena; Thanh; Minh-Anh; Kwame; Abena; Chidi; Adaeze; Tesfaye; Luana; Mateus; Giulia; Sven; Ingeborg; "
        "Rik; Noor; Sem; Liv; Jip; Teun"
    ),
    "surname": _semi(
        "Huisman; Lubbers; Hadders; Oldenhuis; Bruntink; Wolters; Nijenhuis; Brouwer-Snippe; Kruit; Jalving; "
        "Wassink; Prins; de Kraker; van Hecke; Verstraeten; de Smet; Cauwenberghe; Dhondt; van de Velde; "
        "de Backer; Verhelst; in 't Veld; van der Heijden-Stoop; ter Steege; op den Kamp; van 't Zand; "
        "den Hollander; de Wit; Çelik; Öztürk; Yıldız; El Idrissi; Ouali; Bouzid; Chaouch; Ahmed; Qureshi; "
        "Chaudhry; Malik; Siddiqui; Butt; Rana; Akhtar; Camilleri; Borg; Vella; Farrugia; Zammit; Grech; "
        "Micallef; Spiteri; Wiśniewski; Nowak; Popescu; Kovalenko; Nguyen; Tran; Mensah; Owusu; Okonkwo; "
        "Bekele; Ferreira; Rossi; Lindqvist; Haaland; Smits-Pronk; Bos-de Haan; Kuipers"
    ),
    "street_nl": _semi(
        "Hoofdstraat; Brink; Vaart ZZ; Noorderstraat; Emmalaan; Kerkbrink; Hondsrugweg; Zuiderdiep; Oosterdiep WZ; "
        "Drostenstraat; Markt; Nieuwstraat; Kaai; Dorpsplein; Walstraat; Zwinstraat; Sint-Annastraat; "
        "Nieuwe Kerkstraat; Oude Vlissingseweg; Axelsestraat; Kapellestraat; Lange Nieuwstraat; "
        "Van Welderenstraat; Bisschop Hamerstraat; Plantage Middenlaan; Zeeburgerdijk; Groene Hilledijk; "
        "Jacob Catslaan; Aalsterweg; Statenlaan; Pieter de Hooghstraat; Ridderstraat"
    ),
    "street_en": _semi(
        "Triq il-Kbira; Triq San Pawl; Triq ir-Repubblika; Triq il-Mosta; Triq Tal-Qroqq; Triq il-Wied; "
        "Jinnah Avenue; Mall Road; Ferozepur Road; Canal Bank Road; Shahrah-e-Faisal; Tariq Road; "
        "Abbey Road; Linden Close; Marsh Lane; Foxglove Way; Priory Walk"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; live.nl; home.nl; kpnmail.nl; ziggo.nl; zeelandnet.nl; "
        "telenet.be; skynet.be; yahoo.com; go.net.mt; maltanet.net; cyber.net.pk; ptcl.net.pk; icloud.com; "
        "me.com; proton.me; web.de"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NNBA; HAND"),
    "bank_gb": _semi("BARC; LOYD; NWBK; MIDL; HBUK"),
}
