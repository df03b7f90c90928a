"""Name, street, domain and bank pools of the held-out split test_v69 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v69"] = {
    "first": _semi(
        "Sytse; Baukje; Wytske; Gerben; Durk; Froukje; Jelmer; Ymkje; Sjaak; Leonie; Ger; Mia; Twan; Jet; Pim; "
        "Floor; Mees; Noor; Stijn; Lieve; Wout; Ine; Jens; Lotte; Hanne; Warre; Nore; Kobe; Kwame; Akosua; "
        "Yaw; Efua; Kwabena; Adwoa; Kofi; Ama; Nana Yaa; Maricel; Jericho; Rowena; Ligaya; Rhea Mae; Jonel; "
        "Arnel; Precious; Mylene; Ilias; Khadija; Yassine; Salma; Bilal; Meryem; Hakan; Ayşe; Mert; Büşra; "
        "Rami; Yara; Lama; Tarek; Yohannes; Senait; Filmon; Radhika; Vikash; Sunita; Jurgen; Uwe; Heike; "
        "Jörg; Anneliese; Mateusz; Zofia; Paweł; Oksana; Taras; Wen; Jiahui; Duc; Lan; Tiago; Luana; Marta; "
        "Annemiek; Harm-Jan; Jan-Pieter; Mariska; Dennis; Chantal; Sanne-Rose; Kees; Riet; Shanice; Dwayne"
    ),
    "surname": _semi(
        "Hiemstra; Wielenga; Sijbesma; de Vries; van der Meer; Bergsma; Kuipers; Gerards; Hermans; Pluijmen; "
        "Schrijnemakers; Ummels; Vliegen; Crombach; Vandenbroucke; Verstraeten; De Clercq; Van Acker; "
        "Vanhoutte; D'Hondt; Van de Velde; van Dam-Hoogendoorn; Bakker-Yilmaz; de Jong-van Rijn; "
        "van den Broek; van 't Zand; ten Cate; van der Zee; de Bruijn; Verhoeven; Koster; Hoogland; Mulder; "
        "Owusu; Boateng; Appiah; Acheampong; Darko; Mensah-Bonsu; Osei; dela Cruz; Santos; Reyes; Bautista; "
        "Villanueva; de Guzman; Macaraeg; Demir; Kaya; Arslan; Doğan; Bennani; El Khatib; Ouahabi; Amezian; "
        "Al-Hassan; Haddad; Kassab; Gebremedhin; Tesfamariam; Jagesar; Baldewsingh; Ramcharan; Müller; "
        "Schmitz; Hoffmann; Weißbach; Zieliński; Wójcik; Kovalenko; Huang; Chen; Pham; Nascimento; Oliveira"
    ),
    "street_nl": _semi(
        "Wâldwei; Skoalstrjitte; Fryske Wei; Badhuisweg; Heerlenerweg; Kloosterstraat; Rijksweg Noord; "
        "Schaesbergerweg; Kempische Steenweg; Stationsstraat; Gentsesteenweg; Koning Albertlaan; "
        "Hauptstraße; Kirchweg; Ruysdaelkade; Eerste Jan Steenstraat; Wolfskuilseweg; Beukenlaan; "
        "Kastanjedreef; Lindelaan; Sportlaan; Zwanenhof; Dorpsdijk; Polderweg; Waalkade; Hooipad; "
        "Pr. Bernhardstraat; Burg. Kasteleinweg; Van Welderenstraat; St. Annastraat; Smidsstraat"
    ),
    "street_en": _semi(
        "Independence Avenue; Liberation Road; Ring Road East; Spintex Road; Oxford Street, Osu; Mabini Street; "
        "Rizal Avenue; Katipunan Avenue; Aurora Boulevard; Quezon Avenue; Station Road; Mill Lane; Park Crescent"
    ),
    "domain": _semi(
        "gmail.com; yahoo.com; outlook.com; ziggo.nl; kpnmail.nl; telenet.be; hotmail.be; web.de; gmx.de; "
        "t-online.de; yahoo.com.ph; icloud.com; protonmail.com; planet.nl; caiway.nl; zeelandnet.nl; live.com"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; FVLB"),
    "blz": _semi("37040044; 10010010; 50010517; 20050550; 70020270; 60050101; 30050110"),
}
