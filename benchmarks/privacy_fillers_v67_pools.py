"""Name, street, domain and bank pools of the held-out split test_v67 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v67"] = {
    "first": _semi(
        "Gijs; Merel; Stijn; Jolien; Sander; Annelies; Teun; Hanneke; Ruben; Ineke; Bart-Jan; Marij; Floortje; "
        "Wessel; Renske; Maarten; Loes; Tijmen; Ankie; Dirk-Jan; Rishi; Sharda; Ravin; Dewkoemar; Quincy; Jerrel; "
        "Shanaya; Roshni; Ivanildo; Mehmet; Ayşe; Hüseyin; Esra; Orhan; Gülsen; Tuğba; Yusuf; Büşra; Łukasz; "
        "Małgorzata; Paweł; Joanna; Krzysztof; Zofia; Grzegorz; Wojciech; Arjun; Lakshmi; Siddharth; Deepika; "
        "Venkatesh; Pooja; Karthik; Meenakshi; Hamish; Morag; Fraser; Isla; Ewan; Kirsty; Lachlan; Catriona; "
        "Mohammed; Khadija; Bilal; Imane; Hamza; Salma; Kwame; Efua; Abdi; Hodan; Nour; Rami; Thanh; Linh; "
        "Wout; Lotte-Marie; Pieter-Jan; Ellen; Brecht; Hanne; Jente; Seppe"
    ),
    "surname": _semi(
        "van der Pol; ten Cate; van Ommen; de Bruijn; van den Akker; van Wijk-Bos; Schreurs-van Leeuwen; "
        "van de Kamp; in der Maur; van Dongen; Timmermans; Kok; Verhoef; Hofstede; Blom; van Rijswijk; "
        "de Jong-Kaptein; van 't Zand; Roelofs; Bosman; Ramsaran; Sewdien; Kromodimedjo; Pinas; Doekhie; "
        "Biharie; Wongsodikromo; Tjin-A-Djie; Karsters; Vreden; Kaya; Demir; Arslan; Doğan; Yücel; Koç; "
        "Aydın; Kılıç; Zieliński; Wójcik; Kamińska; Lewandowski; Dąbrowska; Szymański; Grabowski; Mazur; "
        "Venkataraman; Iyer; Chatterjee; Reddy; Krishnamurthy; Banerjee; Sharma; Menon; MacLeod; Campbell; "
        "Robertson; McAllister; Buchanan; Sutherland; Drummond; Fergusson; Ben Haddou; Azzouzi; El Khattabi; "
        "Boukhari; Owusu; Appiah; Warsame; Haddad; Al-Khatib; Pham; Vandenbroucke; De Clercq; Verhaegen; "
        "Van Acker; Desmet"
    ),
    "street_nl": _semi(
        "Anton de Komstraat; Bijlmerdreef; Hoogstraat; Lange Nieuwstraat; Oude Kijk in 't Jatstraat; Vismarkt; "
        "Zuidwal; Herengracht; Burgemeester Reigerstraat; Dr. Lelylaan; Jacob van Lennepkade; Van Speijkstraat; "
        "Molenstraat; Kastanjelaan; Noordsingel; Westerstraat; Steenweg; Korte Nieuwstraat; Vrijheidslaan; "
        "Mgr. Nolenslaan; Paterswoldseweg; Turfmarkt; Ooievaarsweg; Tiendweg; Oranje Nassaulaan; Lindenlaan; "
        "Haarlemmerweg; Boerhaavelaan; Frankrijklei; Overpoortstraat; Naamsestraat; Zonnedauw; Kwartelstraat"
    ),
    "street_en": _semi(
        "Byres Road; Leith Walk; Sauchiehall Street; Great Western Road; Union Street; Morningside Road; "
        "Dalry Road; Perth Road; Causewayside; Bruntsfield Place; Hope Park Terrace; Queen Margaret Drive; "
        "Mill Road; Victoria Street; Chapel Lane"
    ),
    "street_in": _semi(
        "MG Road; 5th Cross Road, Koramangala; 100 Feet Road, Indiranagar; Linking Road, Bandra West; "
        "Anna Salai; Park Street; Sector 15, Vashi; Banjara Hills Road No. 12"
    ),
    "domain": _semi(
        "gmail.com; outlook.com; hotmail.nl; ziggo.nl; kpnmail.nl; xs4all.nl; telenet.be; rediffmail.com; "
        "yahoo.co.in; btinternet.com; virginmedia.com; gmx.net; wp.pl; onet.pl; icloud.com; live.nl; proton.me"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; FVLB; HAND"),
    "bank_gb": _semi("RBOS; BOFS; CLYD; NWBK; MONZ"),
}
