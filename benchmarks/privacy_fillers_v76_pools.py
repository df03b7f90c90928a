"""Name, street, place, domain and bank pools of the held-out split test_v76 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v76"] = {
    "first": _semi(
        "Oebele; Wytske; Sytse; Baukje; Jelmer; Froukje; Tsjalling; Rixt; Durk; Aaltsje; Gerbrich; Eelke; "
        "Gijsbert; Henriëtte; Cornelis; Willemijn; Maarten; Floortje; Teun; Jikke; Ruben; Noor; Stijn; Lotte; "
        "Kwame; Akosua; Yaw; Efua; Kwabena; Adjoa; Kofi; Ama; Wanjiru; Njeri; Kamau; Otieno; Achieng; Wambui; "
        "Kipchoge; Mumbua; Chinonso; Ngozi; Thandiwe; Sipho; Mehmet; Ayşe; Hatice; Mustafa; Youssef; Khadija; "
        "Bilal; Imane; Samira; Priyanka; Sunil; Deepa; Arjun; Mei-Ling; Jun; Hoa; Quang; Krzysztof; Małgorzata; "
        "Ewa; Tomasz; Răzvan; Andreea; Vasyl; Oksana; Iryna; Nikos; Eleni; Pedro; Ana; Rafael; Beatriz; Sven; "
        "Astrid; Pieter-Jan; Sofie; Bart; Els; Lore; Seppe; Marie-José; Anne-Wil; Jan-Hendrik; Fenna; Hidde"
    ),
    "surname": _semi(
        "Hiemstra; de Jong; Wiersma; Boersma; Kuipers; Visser; Tiemersma; Hettinga; de Vries; Algra; Brouwer; "
        "Rinsma; van der Meulen; Nauta; Sijbesma; Westra; Veenstra; Ypma; van Houten; ten Brinke; van Rijswijk; "
        "de Groot-Hofstede; van Leeuwen-Bakker; Mulder-Haisma; van der Kooij; in den Bosch; van de Pol; "
        "ter Horst; van 't Zand; de Backer; 't Hart; van den Akker; Schoenmakers; Mensah; Owusu; Boateng; "
        "Asamoah; Appiah; Osei; Agyeman; Kariuki; Mwangi; Odhiambo; Wanjala; Kiprono; Njoroge; Achieng-Oduya; "
        "Adeyemi; Nwosu; Dlamini; Demir; Kaya; Aydın; Koç; Benali; El Khattabi; Amrani; Bakkali; Ramcharan; "
        "Jagesar; Sharma; Iyer; Chen; Wong; Pham; Le; Lewandowski; Zielińska; Dąbrowski; Constantinescu; "
        "Dumitru; Kovalenko; Bondarenko; Papadopoulos; Oliveira; Santos Pereira; Andersson; Haugen; Vandenberghe; "
        "Verstraete; De Wilde; Van Acker; Desmet; Hughes; Blackwood; Ferris"
    ),
    "street_nl": _semi(
        "Tsjerkepaad; Skrâns; Wurdumerdyk; Harnzer Buorren; Sweachsterwei; Nieuwestad; Oosterkade; "
        "Waterschapsweg; Volkstuinpad; Dijkgraaf Hoekstraweg; Polderweg; Gemaalstraat; Sluiskade; "
        "Prins Bernhardlaan; Burgemeester Rijkenslaan; Pastoor Habetsstraat; Jan van Goyenkade; "
        "Admiraal de Ruijterweg; Lindengracht; Parkweg; Berkenlaan; Kastanjehof; Slotermeerlaan; "
        "Dorpsstraat; Veerweg; Zwaluwstraat; Kerkewijk; Nieuwe Gracht; Eikenlaan; Brinklaan; "
        "Lange Nieuwstraat; Kortrijkse Poortstraat; Steenweg op Gent; Lierse Steenweg"
    ),
    "street_en": _semi(
        "Cantonments Road; Oxford Street Osu; Liberation Road; Ring Road Central; Moi Avenue; Ngong Road; "
        "Kenyatta Avenue; Waiyaki Way; Kimathi Street; Spintex Road; Elmfield Crescent; Station Parade"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; yahoo.com; ziggo.nl; kpnmail.nl; planet.nl; xs4all.nl; "
        "upcmail.nl; telfort.nl; telenet.be; icloud.com; proton.me; yahoo.co.uk; gmx.net; live.com; "
        "hotmail.nl; zonnet.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NTSB; FRBK"),
}
