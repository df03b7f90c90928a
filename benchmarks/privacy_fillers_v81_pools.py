"""Name, street, domain and bank pools of the held-out split test_v81 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v81"] = {
    "first": _semi(
        "Gijsbert; Willemijn; Reinout; Hester; Marijn; Tessel; Joost; Floor; Jelmer; Annick; Stijn; Veerle; "
        "Korneel; Lotte-Marie; Pieter-Jan; Roos; Thijmen; Famke; Dirkje; Gerben; Wessel; Benthe; Nynke; Ids; "
        "Przemysław; Małgorzata; Grzegorz; Wojciech; Zofia; Łukasz; Bartosz; Joanna; Radosław; Ewelina; "
        "Andreea; Florin; Cătălina; Ionuț; Răzvan; Bianca; Gheorghe; Alexandra; Vlad; Roxana; "
        "Chiamaka; Oluwaseun; Adebayo; Ngozi; Emeka; Folake; Tunde; Ifeoma; Obinna; Yetunde; Musa; Aisha; "
        "Fraser; Isla; Hamish; Morag; Euan; Kirsty; Ewan; Catriona; Lachlan; Fiona; Struan; Mhairi; "
        "Mehmet; Ebru; Yusuf; Hatice; Ilias; Samira; Karim; Latifa; Youssef; Houda; Nordin; Meryem; "
        "Sunita; Ravi; Deepa; Chen; Mei; Duc; Linh; Thiago; Fernanda; Rafael; Oksana; Taras; Nikos; Eleni; "
        "Abdi; Hodan; Senait; Tesfay; Farid; Parwin; Rania; Omar; Jurgen; Hanne; Sien; Warre"
    ),
    "surname": _semi(
        "van Beusekom; de Kruijf; Schipper; Blokland; ten Brinke; van der Veen; Doornbos; Wolters; Hiemstra; "
        "Verhagen; van de Pol; Heijnen; Nijhuis; Lamers; op de Weegh; uit de Bosch; van 't Zand; in 't Groen; "
        "den Ouden; ter Borg; van den Brink; de Bruijn-Kok; Bakker-van Leeuwen; de Graaf-Schipper; "
        "Mulder-ten Hove; Vos-de Wit; Hermans; Verstraeten; De Clercq; Vanhoutte; Van Acker; Claeys; "
        "Wiśniewski; Lewandowska; Zieliński; Wójcik; Kamińska; Dąbrowski; Szymański; Jankowska; "
        "Dumitrescu; Constantin; Stoica; Munteanu; Rădulescu; Gheorghiu; Moldovan; Vasilescu; "
        "Okoye; Adeyemi; Nwachukwu; Balogun; Eze; Oladipo; Abubakar; Chukwuemeka; Adebanjo-Smith; "
        "MacLeod; Mackintosh; Campbell; Drummond; McAllister; Sinclair; Buchanan; Ferguson; Urquhart; "
        "Arslan; Demir; Kaya; Koç; Benali; El Khatib; Azzouzi; Amrani; Ait Ouali; Bhagwandin; Ramcharan; "
        "Sharma; Wang; Huang; Pham; Hoang; Oliveira; Souza; Kovalenko; Papadopoulos; Warsame; Haile; "
        "Hashimi; Al-Masri; Haddad"
    ),
    "street_nl": _semi(
        "Stationsplein; Jaarbeursplein; Burgemeester Reigerstraat; Amsteldijk; Ruyschstraat; Westerdok; "
        "Johan van Hasseltkade; Lek en Linge; Schinkelkade; Omval; Oostelijke Handelskade; Rietveldlaan; "
        "Vinkenstraat; Hobbemakade; Merelstraat; Biesboschstraat; Koekoeksbloem; Paardenmarkt; "
        "Hoefsmidstraat; Manegeweg; Kastanjelaan; Ridderhof; Lisdoddestraat; Noordeinde; Lindengracht; "
        "Weteringschans; Anjelierstraat; Oude Rijn; Hooghiemstraplein; Koningin Julianalaan; "
        "Pater Damiaanstraat; Lange Kievitstraat; Vlaamsekaai; Steenhouwersvest; Tiensestraat"
    ),
    "street_boat": _semi(
        "Amstel; Prinsengracht; Nieuwe Meer; Westerdok; Lijnbaansgracht; Oude Schans; Nassaukade; Singelgracht; "
        "Merwedekanaal; Vecht; Catharijnesingel; Spaarne"
    ),
    "street_en": _semi(
        "Dalhousie Street; Marchmont Road; Byres Road; Leith Walk; Union Street; Great Western Road; "
        "Morningside Drive; Dumbarton Road; Rose Street; Perth Road; Adeola Odeku Street; Awolowo Road; "
        "Allen Avenue; Ogui Road; Peckham High Street; Old Kent Road; Coldharbour Lane; Moss Side Lane"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; xs4all.nl; telenet.be; wp.pl; onet.pl; "
        "o2.pl; yahoo.ro; gmail.ro; yahoo.co.uk; btinternet.com; virginmedia.com; yahoo.com; icloud.com; "
        "proton.me; live.nl; planet.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NTSB; FRGH"),
    "bank_gb": _semi("RBOS; BOFS; CLYD; NWBK; BARC; LOYD"),
    "bank_ro": _semi("BTRL; RNCB; BRDE; INGB; RZBR; CECE"),
}
