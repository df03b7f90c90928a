"""Name, street, domain and bank pools of the held-out split test_v87 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v87"] = {
    "first": _semi(
        "Gijsbert; Hendrikje; Teun; Wilma; Mees; Floor; Jasper; Rianne; Sven; Tessa; Bart-Jan; Marie-José; Ids; "
        "Wendelien; Laurens; Jolien; Stijn; Ellen; Kobe; Ine; Warre; Lotte; Sooraj; Dewkoemar; Soekarni; Sarmin; "
        "Poniem; Soeparman; Wagiman; Ratna; Sitie; Jurgen; Shurandy; Quincy; Jeandra; Rudsel; Naomy; "
        "Gilmar; Kwame; Akosua; Yaw; Efua; Kwabena; Adjoa; Nana; Esi; Kojo; Rhodri; Cerys; Gethin; Ffion; "
        "Dafydd; Angharad; Iolo; Bethan; Mali; Owain; Hamza; Imane; Rachid; Loubna; Yusuf; Büşra; Cem; Ebru; "
        "Tariq; Mehwish; Arjun; Deepika; Linh; Bao; Yuki; Haruto; Aleksandra; Piotr; Zuzana; Ondřej; Vasile; "
        "Andreea; Oksana; Taras; Chiara; Lorenzo; Ximena; Rodrigo; Thandiwe; Femi; Astrid; Leif; Renske"
    ),
    "surname": _semi(
        "van der Ploeg; de Bruijn; Wolters; Kamphuis; Hofstede; Leenders; van Rijswijk; Brinkman; ter Horst; "
        "van der Zee-Meijer; Bosman-van Loon; op 't Hof; van den Broek; in der Maur; van Dam; de Ruiter; "
        "Stevens; Willems; Desmet; Van den Bossche; Verhaeghe; Mertens; De Clercq; Sardjoe; Kartosen; "
        "Wongsoredjo; Soemodihardjo; Kromodimedjo; Kasanpawiro; Pawirodikromo; Sastrowirono; Atmodimedjo; "
        "Martina; Statia; "
        "Isenia; Rosaria; Frans-Cijntje; Girigorie; Wawoe; Mensah-Bonsu; Owusu; Boateng; Appiah; Asamoah; "
        "Agyeman; Ofori; Ansah; Pritchard; Llewellyn; ap Rhys; Vaughan-Thomas; Prosser; Bevan; Griffiths; "
        "Jenkins; Hughes; Benali; El Khattabi; Bouchtaoui; Aydın; Korkmaz; Doğan; Qureshi; Chaudhry; Sharma; "
        "Pham; Vo; Tanaka; Watanabe; Zielińska; Dvořák; Horváth; Moldovan; Kovalenko; Bianchi; Romero Díaz; "
        "Hernández; Dlamini; Adeyemi; Johansson; Halvorsen; Haverkamp-Oude Vrielink"
    ),
    "street_nl": _semi(
        "Weidehof; Vlinderweg; Jacob van Lennepkade; Burgemeester Roelenweg; Haverstraat; Koekoeksbloem; "
        "Mr. P.J. Troelstraweg; Zwanenvlietstraat; Lepelaarsingel; Oude Rijksweg; Dorpsakker; Brugstraat; "
        "Slotlaan; Achter de Muur; Boterdiep; Kanaalweg Oost; Veldkersweg; Koningin Julianalaan; Hofdreef; "
        "Paramariboplein; Curaçaostraat; Sint Annastraat; Tramsingel; Antwerpsesteenweg; Kerkplein; "
        "Hazenpad; Erasmusweg; Bisschoppenhof; Karel Doormanstraat; Leliegracht; Kasteeldreef; Oostkade"
    ),
    "street_en": _semi(
        "Heol y Parc; Ffordd Pentre; Cathedral Road; Clive Street; Bryn Road; Station Terrace; Llandaff Road; "
        "Pen-y-Lan Road; Osborne Gardens; Chapel Row; Harbour View; Beechwood Drive; Larkspur Close; "
        "Tanner Street; Oak Tree Court; Wellfield Road"
    ),
    "town_en": _semi("Cardiff; Swansea; Aberystwyth; Bangor; Wrexham; Newport; Kumasi; Accra; Leeds; Bristol"),
    "domain": _semi(
        "gmail.com; outlook.com; hotmail.nl; ziggo.nl; kpnmail.nl; xs4all.nl; telenet.be; proximus.be; "
        "sr.net; caribe.net; yahoo.co.uk; btinternet.com; icloud.com; live.be; posteo.de; proton.me; planet.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; NNBA; ADYB; HAND"),
    "bank_gb": _semi("NWBK; BARC; LOYD; HBUK; MONZ; SRLG"),
}
