"""Name, street, domain and bank pools of the held-out split test_v92 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v92"] = {
    "first": _semi(
        "Gijs; Hanneke; Rinus; Toos; Wim; Riet; Bep; Cor; Dirkje; Marijke; Stijn; Jolien; Seppe; Lotte; Warre; "
        "Ine; Nand; Rosalie; Jeroen; Kim; Twan; Mariska; Sem; Noa; Bilal; Imane; Youssef; Salma; Mehmet; Ayşe; "
        "Hatice; Mert; Somchai; Nattaya; Siriporn; Kittipong; Pimchanok; Arjun; Lakshmi; Venkatesh; Deepika; "
        "Harpreet; Sunita; Kiran; Lachlan; Matilda; Bronwyn; Kylie; Darcy; Mitchell; Tamsin; Jarrah; Thandiwe; "
        "Kwame; Efua; Oluwaseun; Mariam; Kateryna; Vasyl; Marta; Piotr; Radu; Andreea; Sofía; Tiago; Ana-Maria; "
        "Luc; Chantal; Benoît; Ingrid; Henk-Jan; Klaas-Jan; Anne-Sophie; Jean-Pierre; Mei; Hiroshi; Yuki; Farid"
    ),
    "surname": _semi(
        "van Gestel; Verhagen; van de Ven; Swinkels; van Dongen; Schellekens; van Rooij; Vermeer; Hermans; "
        "Jacobs; Janssens; Van den Broeck; De Backer; Vercammen; Mertens; Van Hoof; Vandenbussche; D'hondt; "
        "Timmerman; de Bruijn; van der Veen; Kok; de Jager; van Leeuwen; Stam; van Wijk-Bos; Mol-van Dam; "
        "Smulders-de Kort; van der Meer-Kuiper; ten Brink; van 't Zand; in der Maur; de la Court; van Oord; "
        "Boukhari; El Khattabi; Benali; Amrani; Koç; Demir; Arslan; Kaya; Wongsawat; Srisuk; Chaiyaporn; "
        "Rattanakorn; Sharma; Iyer; Reddy; Krishnan; Menon; Gill; Chatterjee; O'Brien; McAllister; Nguyen; "
        "Kowalski; Zieliński; Bondarenko; Melnyk; Dumitrescu; Santos; Oliveira; Mbeki; Adeyemi; Owusu; "
        "Tanaka; Wang; Hoffmann; Dubois; Laurent; Whitlam; Henderson; Campbell-Jones; Fairweather"
    ),
    "street_nl": _semi(
        "Ringlaan; Kempenlaan; Bredaseweg; Ginnekenweg; Stratumsedijk; Boschdijk; Hertogstraat; Vughterweg; "
        "Tilburgseweg; Korte Putstraat; Lange Nieuwstraat; Turnhoutsebaan; Carnotstraat; Kiel; Mechelsesteenweg; "
        "Grote Steenweg; Bredabaan; Sint-Bernardsesteenweg; De Keyserlei; Paardenmarkt; Stokerijstraat; "
        "Hoefstraat; Kerkeind; Molenakker; Zandstraat; Achter de Hoven; Burgemeester van Houtlaan; "
        "Prof. Dondersstraat; Van Goghstraat; Heezerweg; Dorpsplein; Nieuwe Kade; Vijverlaan"
    ),
    "street_en": _semi(
        "MG Road; 100 Feet Road; Brigade Road; Linking Road; Anna Salai; Park Street; Koramangala 5th Block; "
        "Banjo Paterson Circuit; Chapel Street; Sydney Road; Flinders Lane; Oxford Street; Bourke Street; "
        "George Street; Hay Street; Stirling Highway; Wattle Grove; Jacaranda Crescent"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; telenet.be; proximus.be; skynet.be; ziggo.nl; kpnmail.nl; "
        "planet.nl; yahoo.co.in; rediffmail.com; bigpond.com; optusnet.com.au; icloud.com; hotmail.co.th; "
        "gmx.net; live.be; zeelandnet.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NNBA; FVLB"),
}
