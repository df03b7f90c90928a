"""Name, street, domain and bank pools of the held-out split test_v95 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v95"] = {
    "first": _semi(
        "Thijmen; Roos; Gijs; Noor; Stijn; Lieke; Teun; Maud; Jelle; Yara; Bas; Floor; Koen; Sterre; Mirthe; "
        "Dewi; Rayan; Ilias; Soumaya; Ibtissam; Anouar; Chaimae; Kerem; Elif; Burak; Büşra; Xavier; Jolien; "
        "Arne; Elke; Wannes; Ine; Pieter-Jan; Lotte; Seppe; Griet; Kwame; Ama; Kofi; Abena; Yaw; Akosua; "
        "Kwesi; Efua; Nana; Esi; Fraser; Eilidh; Hamish; Isla; Mhairi; Calum; Kirsty; Ailsa; Ewan; Morag; "
        "Shreya; Arjun; Mei; Wei; Thanh; Dragan; Milica; Ana-Maria; Jean-Luc; Anne-Sophie; Zoë; Chloé; René"
    ),
    "surname": _semi(
        "van Leeuwen; de Bruijn; Verhoeven; van der Meer; Schipper; Bosman; Prins; Dijkstra; Timmermans; "
        "van Wijk; de Koning; Vermeulen; van der Linden; Kok; Jacobs; de Jong; 't Hart; van 't Zand; "
        "van de Kamp-Verbeek; Bos-van Dongen; de Vries-Akkerman; van Rijn-Mol; Ouali; El Khattabi; Benali; "
        "Aydın; Çelik; Şahin; De Smet; Van den Broeck; Verstraete; De Clercq; Vandamme; Goethals; D'Hondt; "
        "Van Acker; Mortier; Mensah; Owusu; Boateng; Asante; Agyeman; Osei; Appiah; Ofori-Atta; Darko; "
        "MacLeod; McIntyre; Campbell; Stewart; Robertson; Sinclair; Fergusson; Urquhart; MacDonald-Reid; "
        "Nguyen; Chen; Sharma; Petrović; Jovanović; Dubois; Lefèvre"
    ),
    "street_nl": _semi(
        "Nieuwe Binnenweg; Zwart Janstraat; West-Kruiskade; Beijerlandselaan; Groene Hilledijk; Schiedamseweg; "
        "Oudegracht; Twijnstraat; Biltstraat; Amsterdamsestraatweg; Kanaalweg; Vleutenseweg; Overvecht-Zuid; "
        "Kortrijksesteenweg; Sleepstraat; Brugse Poort; Overpoortstraat; Dampoortstraat; Coupure Links; "
        "Zuidlaan; Hoogweg; Dorpsplein; Molenstraat; Kerkweg; Parallelweg; Havendijk; Duinweg; Zeereep; "
        "Strandafgang Noord; Bosrand; Akkerlaan; Pastoor van Arskade"
    ),
    "street_en": _semi(
        "Oxford Street; Ring Road Central; Liberation Road; Spintex Road; Kojo Thompson Road; Cantonments Road; "
        "Sauchiehall Street; Byres Road; Leith Walk; Dumbarton Road; Union Street; Princes Street; "
        "Great Western Road; Rose Street; Canongate; Harbour Road"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; hetnet.nl; planet.nl; telenet.be; "
        "proximus.be; yahoo.com; yahoo.co.uk; btinternet.com; icloud.com; live.be; gmx.net; proton.me"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; FVLB; NNBA"),
}
