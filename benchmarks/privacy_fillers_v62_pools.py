"""Name, street, domain and bank pools of the held-out split test_v62 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v62"] = {
    # Dutch, Flemish, Turkish-, Moroccan- and Surinamese-Dutch (Hindostaans, Creools, Javaans), Walloon and more.
    "first": _semi(
        "Gerda; Henk; Wilma; Bertus; Jolanda; Marjolein; Teun; Floor; Douwe; Aaltje; Hendrikus; Annelies; "
        "Nienke; Koen; Joost; Saskia; Maarten; Inge; Brecht; Lowie; Jolien; Wannes; Ilse; Kobe; Fien; "
        "Emre; Zeynep; Mehmet; Ayşe; Oğuz; Büşra; Hatice; Cem; Mustafa; Derya; Mohammed; Khadija; Bilal; "
        "Soufiane; Hafsa; Rachid; Nadia; Ilham; Anouar; Samira; Radjesh; Sunita; Ravi; Shanti; Kishan; "
        "Priscilla; Rinaldo; Marvin; Shirley; Romeo; Djoko; Sarinah; Wongso; Iwan; Mireille; Jean-Luc; "
        "Aurélie; Benoît; Gaëlle; Mathéo; Krzysztof; Agnieszka; Oksana; Dmytro; Tomás; Siobhán; Graham; "
        "Heather; Kwame; Abena; Chidi; Aryan; Meera; Linh; Thanh; Sofía; Joaquín; Lars; Ingrid; Esmée; Daan-Jan"
    ),
    "surname": _semi(
        "van der Veen; de Jong; Vermeulen; Schipper; Timmermans; Verhoeven; van Leeuwen; Postma; Dijkstra; "
        "Hoogendoorn; van 't Zand; in 't Veld; van den Heuvel; ter Steege; op den Kamp; van der Laan-Bos; "
        "Kok-de Ruiter; de Wit-van Dam; Bouwman; Claes; Peeters; Vermeersch; Van Damme; De Clercq; "
        "Vanderstraeten; Yıldız; Öztürk; Kaya; Demir; Çelik; Aydın; Arslan; Doğan; El Idrissi; Benali; "
        "Ouali; Azzouzi; El Khattabi; Boukhari; Amrani; Chaoui; Ramdin; Mahabier; Jagessar; Ramlal; "
        "Sewnarain; Kartosen; Soekhai; Karijo; Pinas; Wijngaarde; Kromodimedjo; Sardjoe; Tjin-A-Djie; "
        "Doelwijt; Dubois; Lambert; Lejeune; Dupont; Leclercq; Nowak; Lewandowska; Kowalczyk; Shevchenko; "
        "Bondarenko; Murphy; O'Sullivan; MacLeod; Mensah; Owusu; Okonkwo; Sharma; Gupta; Nguyen; Tran; "
        "García López; Hansen; Lindqvist"
    ),
    "street_nl": _semi(
        "Laan van Kronenburg; Hoofdstraat; Lindenlaan; Graaf Florisstraat; Meidoornstraat; Slotermeerlaan; "
        "Bos en Lommerweg; Kanaalweg; Boulevard de Wielingen; Noordeinde; Burgemeester Reigerstraat; "
        "Dr. Schaepmanstraat; Vinkenstraat; Mgr. Nolensplein; Paterswoldseweg; Hobbemastraat; Jan Steenlaan; "
        "Smaragdlaan; 1e Helmersstraat; Waalkade; Klaverweg; Zeeweg; Bergse Dorpsstraat; Spui"
    ),
    "street_be": _semi(
        "rue de la Station; chaussée de Wavre; avenue Louise; rue Haute; place du Jeu de Balle; "
        "Kerkstraat; Steenweg op Gent; Lange Kievitstraat; Grote Steenweg; Nationalestraat"
    ),
    "street_en": _semi("Albert Road; Beech Grove; Chapel Street; Holloway Lane; Queen's Parade; Riverside Walk"),
    "town_be": _semi("Bruxelles; Liège; Namur; Charleroi; Antwerpen; Gent; Leuven; Brugge; Mechelen; Wavre"),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.be; ziggo.nl; kpnmail.nl; xs4all.nl; upcmail.nl; telenet.be; "
        "proximus.be; live.nl; icloud.com; yahoo.fr; hotmail.co.uk; sr.net; yandex.ru; protonmail.ch"
    ),
    "bank": _semi("INGB; RABO; ABNA; SNSB; ASNB; BUNQ; KNAB; TRIO; RBRB; REVO; NTSB"),
}
