"""Name, street, domain and bank pools of the held-out split test_v40 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


POOLS["test_v40"] = {
    # Dutch, Frisian, Surinamese, Moroccan, Turkish, Indonesian, Polish, Cape Verdean and Antillean given names.
    "first": _items(
        "Gerrit-Jan; Hiske; Tjitske; Auke; Sietse; Jildou; Rinse; Marijn; Annemiek; Diederik; Floor; Hidde; "
        "Roosmarijn; Wessel; Ilse; Ruud; Tineke; Berend; Joyce; Mehmet; Büşra; Emre; Ayşe; Kübra; Hatice; "
        "Mohamed; Fatima-Zahra; Yassine; Khadija; Soufiane; Naima; Rachid; Shanti; Ravi; Kavita; Sunita; "
        "Dewi; Wim-Jan; Indra; Ratna; Agus; Magdalena; Krzysztof; Agnieszka; Paweł; Katarzyna; Jolanda; "
        "Ingrid; Kees; Marloes; Sem; Jayden; Esmée; Daan; Yfke; Lammert; Jelmer; Anouk; Gerda; Henk; Priscilla; "
        "Chantal; Xiomara; Raymond; Sharon; Dirk-Pieter; Zoë; Siebe; Bram; Aaltje"
    ),
    "child": _items("Mila; Noah; Yara; Luuk; Jip; Fenna; Amir; Lina; Sep; Nova; Ilyas; Liv; Mees; Hiba; Otis; Saar"),
    "surname": _items(
        "van der Heijden; de Boer; ter Haar; van 't Hof; van den Broek; Hoekstra; Dijkstra; Wijnstra; Zijlstra; "
        "de Vries; Postma; Bakker; Verhoeven; Kramer; Brouwer; Timmermans; Jacobs; van Dam; in 't Veld; "
        "op den Kamp; van de Wetering; Ramdin; Sewnarain; Jagessar; Mahabier; Doekhie; Kartosen; Pinas; "
        "Amrani; El Idrissi; Bouzidi; Ouali; Benali; Aydın; Yılmaz; Öztürk; Kaya; Çelik; Demir; Simatupang; "
        "Tanamal; Sahetapy; Kowalski; Nowak; Wiśniewska; Zieliński; Lewandowski; Martis; Rosaria; Tavares; "
        "Schuurman; Hendriks; Groeneveld; Veenstra; Mulder; de Graaf; van Wijk; Smeets; Peeters; ten Brink"
    ),
    "street": _items(
        "Burgemeester de Withstraat; Laan van Nieuw Oost-Indië; Tweede Oosterparkstraat; Sint Jacobsstraat; "
        "Oude Rijn; Nieuwe Binnenweg; Van Heutszstraat; Koningin Wilhelminalaan; Prins Hendrikkade; "
        "Hooftskade; Dokter van Stratenweg; Jan van Galenstraat; Graaf Florislaan; Zuiderdiep; Vismarkt; "
        "Vlietlaan; Plein 1945; Kerkpad Zuidzijde; Molenweg; Schimmelpenninckstraat; Tjalling Koopmansweg; "
        "Hoge Der A; Slotermeerlaan; Overtoom; 't Zand; Stationsweg-Oost; Anne de Vriesstraat; "
        "Burgemeester Reigerstraat; Groenhovenstraat; Kastanjelaan; Bilderdijkstraat; Ir. Lelyweg"
    ),
    "street_uk": _items("Brixton Road; Cowley Road; Portland Street; Wellington Crescent; Mill Lane; Park View"),
    "domain": _items(
        "ziggo.nl; kpnmail.nl; hotmail.com; gmail.com; outlook.com; live.nl; planet.nl; xs4all.nl; yahoo.com; "
        "icloud.com; home.nl; onsbrabantnet.nl; hetnet.nl; proton.me; telfort.nl; caiway.nl"
    ),
    "bank": _items("RABO; INGB; ABNA; SNSB; ASNB; TRIO; KNAB; BUNQ; RBRB; FVLB"),
}
