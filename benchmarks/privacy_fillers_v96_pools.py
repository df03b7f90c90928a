"""Name, street, domain and bank pools of the held-out split test_v96 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v96"] = {
    "first": _semi(
        "Gerben; Ingrid; Wessel; Machteld; Tijmen; Floor; Jasper; Renske; Maurits; Hanneke; Stijn; Merel; "
        "Yasmina; Bilal; Imane; Hamza; Khadija; Rachid; Samira; Anouar; Ilham; Mohamed-Amine; Salma; Youssef; "
        "Dewi; Indra; Wulan; Bayu; Sari; Rudy; Ingrid-Ratna; Hendrik-Jan; Xiuying; Haoran; Meiling; Jun; Yifan; "
        "Lijuan; Rizal; Maricel; Jomar; Rowena; Arnel; Lovely; Ciara; Oisín; Roisin; Padraig; Gareth; Shauna; "
        "Tamar; Nour; Fatou; Ibrahima; Senait; Goran; Jelena; Piotr; Magdalena; Vasile; Oksana; Arjun; Deepa; "
        "Tiago; Lorenzo; Sanne-Marie; Kees-Jan; Ebru; Onur; Mehmet; Gülsen; Wout; Lotte; Bram; Ruben; Jorinde"
    ),
    "surname": _semi(
        "van Wijngaarden; de Bruijn; van der Meulen; Schuurman; Kloosterboer; Brinkman; van Kempen; Tuinstra; "
        "ten Brinke; van de Wetering; Verhoef-van Leeuwen; de Ruiter-Kok; van Asselt; den Ouden; in de Braekt; "
        "El Khattabi; Amrani; Benali; Azzouzi; El Hamdaoui; Boukhari; Ait Lahcen; Tahiri; Ben Haddou; "
        "Soewandi; Pattiradjawane; Tanamal; Sastrowardoyo; Hutabarat; Kartosen; Sahertian; Latumahina; "
        "Chen; Wang; Huang; Zhou; Lin; Xu; Dela Cruz; Santos; Reyes; Bautista; Villanueva; Mendoza; "
        "McAllister; O'Neill; Quinn; Donnelly; McCann; Devlin; Magee; Ndiaye; Diallo; Haile; Jovanović; "
        "Kamiński; Zielińska; Moldovan; Bondarenko; Krishnan; Menon; Costa; Bianchi; Demir; Kaya; Arslan; "
        "Vandenbroucke; Van Hoeck; De Clercq; Mertens"
    ),
    "street_nl": _semi(
        "Amstelveenseweg; Korte Nieuwstraat; Laan van Vollenhove; Jan van Galenstraat; Burgemeester Roelenweg; "
        "Schiedamseweg; Oudenoord; Koekoekslaan; Zonnebloemstraat; Dahliastraat; Wolfskuilseweg; Kanaaldijk Noord; "
        "Boschdijk; Deken van Somerenstraat; Slotlaan; Hofstraat; Waalkade; Moerkapelle-Zuid; Kerkewijk; "
        "Turnhoutsebaan; Vorselaarsebaan; Sint-Bernardsesteenweg; Leopoldlaan; Koning Albertstraat; "
        "Tweede Kostverlorenkade; Van Limburg Stirumstraat; Mr. P.J. Troelstralaan; Pater Damiaanstraat"
    ),
    "street_en": _semi(
        "Lisburn Road; Ormeau Road; Malone Avenue; Stranmillis Gardens; Antrim Road; Shore Road; Castle Street; "
        "Harbour View; Ferndale Crescent; Beech Grove; Ravenhill Park; Mayfield Drive; Rizal Avenue; "
        "Quezon Street; Sampaguita Lane"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; qq.com; 163.com; yahoo.com.ph; ymail.com; telenet.be; proximus.be; "
        "ziggo.nl; kpnmail.nl; xs4all.nl; planet.nl; icloud.com; btinternet.com; virginmedia.com; gmx.net"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NTSB; FRBK"),
    "bank_gb": _semi("ULSB; BOFI; DABA; NWBK; HBUK"),
}
