"""Name, street, domain and bank pools of the held-out split test_v60 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v60"] = {
    # Dutch, Frisian, Flemish, Surinamese, Antillean, Moroccan, Turkish, Syrian, Eritrean, Polish, Romanian,
    # Bulgarian, Ukrainian, Indonesian, Chinese, Vietnamese, Ghanaian, Somali, Afghan, Brazilian, Indian.
    "first": _semi(
        "Hendrika; Gerlinde; Wybren; Sytske; Durk; Aukje; Teun; Bertus; Dieuwertje; Marijke; Cor; Hanneke; "
        "Jolanda; Rinus; Willemijn; Floortje; Bas; Joep; Noor; Lotje; Gijs; Mathijs; Ilona; Ferdi; "
        "Kobe; Lotte-Marie; Wannes; Fien; Jonas; Elke; Ward; Rani; Marvin; Shanti; Rajesh; Sharda; Quincy; "
        "Jerrel; Gyliano; Chaimae; Soufiane; Ilias; Oumaima; Bilal; Hatice; Emre; Zeynep; Mert; Rama; Tarek; "
        "Aya; Yonas; Selam; Filmon; Kacper; Agnieszka; Paweł; Ionuț; Andreea; Bogdan; Desislava; Georgi; "
        "Olena; Taras; Oksana; Dewi; Bayu; Sari; Mei Ling; Jun; Thi Lan; Quang; Kwame; Abena; Kofi; Ifrah; "
        "Abdirahman; Hamid; Parwana; Thiago; Larissa; João; Ananya; Vikram; Saskia; Anne-Fleur"
    ),
    "surname": _semi(
        "van der Heijden; in 't Veld; van de Kerkhof; ten Cate; op den Kamp; van Leeuwen-de Graaf; "
        "Bakker-Oudshoorn; Meijer-Bos; de Jong; Zijlstra; Hoekstra; Postma; Dijkstra; van der Wal; Wijnands; "
        "Hermans; Kuipers; Verhoeven; van Rijn; Schipper; de Haan-Mulder; Roeleveld; Doornbos; Lammers; "
        "Peeters; Goossens; Van Damme; De Clercq; Vermeulen; Desmet; Van de Velde; Mertens; Jacobs; "
        "Ramdin; Ramsaran; Sitaldin; Martina; Isenia; Rosalia; Boukhari; El Idrissi; Amrani; Ouali; Aydın; "
        "Yıldız; Öztürk; Çelik; Al-Khatib; Haddad; Tesfaye; Ghebremariam; Nowak; Wiśniewski; Popescu; "
        "Ionescu; Dimitrova; Petrov; Shevchenko; Kovalenko; Wibowo; Sutanto; Chen; Wang; Nguyen; Tran; "
        "Mensah; Owusu; Boateng; Warsame; Hassan; Ahmadi; Sultani; Oliveira; Souza; Sharma; Patel-Jansen; "
        "van Ommen; de Wit-van Dam; Vos-Gerritsen"
    ),
    "street_nl": _semi(
        "Burgemeester Roelenweg; Generaal Foulkesweg; Dr. Schaepmanstraat; Jan van Galenstraat; "
        "Koningin Wilhelminalaan; Pater van den Elsenlaan; Zuidhoek; Bessemerstraat; Akkerwinde; Ereprijs; "
        "Hazelaarlaan; Kloosterstraat; Oude Rijn; Vlietweg; Polderdijk; Klaprooshof; Meidoornstraat; "
        "Van Speijkstraat; Zeemanlaan; 1e Jan Steenstraat; Rijnkade; Esdoornlaan; Keizer Karelplein; "
        "Graaf Florislaan; Sportlaan; Watermolen; Tjalk; Schoener; Fazantenhof; Zwanenveld"
    ),
    "street_be": _semi(
        "Kortrijksesteenweg; Brugsesteenweg; Turnhoutsebaan; Diestsestraat; Stationsplein; Meir; Kouter; "
        "Groenplaats; Ninoofsesteenweg; Sint-Pietersnieuwstraat; Bredabaan; Tiensestraat; Lange Lozanastraat"
    ),
    "town_be": _semi("Gent; Antwerpen; Leuven; Brugge; Hasselt; Mechelen; Kortrijk; Aalst; Genk; Roeselare"),
    "domain": _semi(
        "ziggo.nl; kpnmail.nl; hetnet.nl; chello.nl; xs4all.nl; upcmail.nl; caiway.nl; solcon.nl; "
        "telenet.be; proximus.be; hotmail.be; gmail.com; outlook.com; icloud.com; live.nl; yahoo.com; "
        "protonmail.com; gmx.net; onet.pl; yandex.ru; hotmail.com"
    ),
    "bank": _semi("RABO; INGB; ABNA; SNSB; ASNB; BUNQ; KNAB; TRIO; RBRB; NWAB"),
}
