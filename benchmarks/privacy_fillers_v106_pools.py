"""Name, street, domain and bank pools of the held-out split test_v106 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v106"] = {
    "first": _semi(
        "Hendrik; Gerritje; Evert; Aaltje; Willemijn; Gijsbert; Hennie; Dirkje; Teun; Jacoba; Reinier; Alie; "
        "Sjaak; Ria; Kevin; Priscilla; Dennis; Chantal; Ferdi; Naomi; Rachid; Nadia; Senna; Bilal; Desiree; "
        "Jarno; Femke; Stefaan; Griet; Wannes; Elke; Jolien; Pieter-Jan; Marie-Louise; Lieselot; Bavo; Ann-Sophie; "
        "Delroy; Shanice; Andre; Kerry-Ann; Tamika; Rohan; Dwayne; Keisha; Marlon; Shernette; Jaden; Sashoy; "
        "Rhys; Gethin; Sian; Bethan; Dafydd; Carys; Owain; Nia; Gareth; Ffion; Iwan; Mared; "
        "Wing Yan; Ka Ho; Chi Ming; Hoi Lam; Tsz Wai; Siu Fong; Kenneth; Winnie; Ivy; Cheuk Hin; "
        "Oksana; Dmytro; Aylin; Emre; Thu Trang; Duc; Amina; Yonas; Mireille; Jean-Baptiste; Zoë; Noah; Liam"
    ),
    "surname": _semi(
        "van de Haar; Brouwer; ter Maat; van 't Veld; Hardeman; Wessels; Bouwhuis; Roelofsen; Kamphuis; Hulshof; "
        "van Essen; Jonkers-van Dam; Lagerweij; Pels; Groeneveld; de Wit; Boender; van der Kraan; Korporaal; "
        "Molenaar-Sedney; Sedney; Kartosen; Ramdin; Bouzid; El Idrissi; Öztürk; Çelik; Nguyen; Tran; "
        "Vandewalle; Vanhoutte; Deprez; Vanhaecke; Maes; Debruyne; Verbeke; Declercq; Vansteenkiste; D'Haene; "
        "Van de Velde; Lambrecht-Dewulf; Campbell; Brown; Williams; McKenzie; Grant; Ramsaran; Persad; "
        "Mohammed; Charles; Baptiste; Thompson-Clarke; Jones; Evans; Price; Morgan; Pritchard; Bevan; "
        "ap Gwilym; Llewellyn; Powell; Rees-Jenkins; Chan; Wong; Leung; Cheung; Lau; Ho; Tsang; Yip; Kwok; "
        "Shevchenko; Kovalenko; Haile; Mbeki; Dubois; op den Kamp; in 't Zandt; van der Linden-Bakker"
    ),
    "street_nl": _semi(
        "Dorpsstraat; Kerkweg; Nunspeterweg; Garderenseweg; Elspeterweg; Harderwijkerweg; Stationsstraat; "
        "Heetkamp; Zwolseweg; Koudhoornseweg; Beukenlaan; Bloemhofstraat; Zwart Janstraat; Beijerlandselaan; "
        "Groene Hilledijk; West-Kruiskade; Schiedamseweg; Slinge; Pleinweg; Oudedijk; Kralingse Plaslaan; "
        "Doorniksewijk; Gentsesteenweg; Brugsesteenweg; Meensesteenweg; Overleiestraat; Groeningestraat; "
        "Lange Steenstraat; Sint-Amandsplein; Burgemeester Vissersstraat; Prinses Margrietlaan; Jan Steenstraat"
    ),
    "street_en": _semi(
        "Hope Road; Constant Spring Road; Ariapita Avenue; Frederick Street; Bay Street; Swan Street; "
        "Tylacelyn Road; Bryn Terrace; Heol y Felin; High Street; Commercial Street; Treharne Road; "
        "Pantygraigwen Road; Nathan Road; Des Voeux Road Central; Tai Po Road; Kwun Tong Road; King's Road"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; solcon.nl; caiway.nl; telenet.be; "
        "skynet.be; hotmail.be; yahoo.com; icloud.com; btinternet.com; sky.com; flowja.com; tstt.net.tt; "
        "netvigator.com; yahoo.com.hk; live.co.uk; me.com"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; FVLB; HAND"),
    "bank_gb": _semi("NWBK; BARC; LOYD; HBUK; MIDL; NAIA"),
}
