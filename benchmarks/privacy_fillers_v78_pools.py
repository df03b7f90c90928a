"""Name, street, place, domain and bank pools of the held-out split test_v78 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v78"] = {
    "first": _semi(
        "Gijs; Merel; Jurre; Tess; Stijn; Hanneke; Arjen; Wim; Floor; Sietske; Harm; Annelies; Rutger; Marjolein; "
        "Ratna; Wulan; Bayu; Sri; Indra; Budi; Ayu; Rini; Yudi; Hetty; Ferry; Ingrid; Ronald; Yvonne; Rudy; "
        "Ashwin; Sunita; Radjesh; Kiran; Nisha; Anand; Vikash; Soenil; Pooja; Reshma; Devika; Sandjai; Krishna; "
        "Maricel; Rowena; Analyn; Jericho; Rhea; Mark Anthony; Jose Mari; Lorna; Jhun; Marites; "
        "Jia Hui; Wei Ling; Darren; Shermaine; Muhammad Faizal; Nurul; Kelvin; Priyanka; Boon Keng; "
        "Lotte; Wout; Jonas; Ine; Sander; Fien; Bart; Hüseyin; Melek; Yusuf; Khadija; Hamza; Salma; Aziz; "
        "Piotr; Magdalena; Oksana; Taras; Lina; Rami; Yordanos; Senait; Thiago; Larissa; Haruto; Yuki; Ji-woo; "
        "Marie-José; Jan-Pieter; Anne-Wil"
    ),
    "surname": _semi(
        "van der Meer; de Jong; van Leeuwen; ter Borg; van de Kamp; in 't Zandt; van Dam-Kuipers; "
        "Bosman-de Ruiter; Brinkman; Hazelhoff; Oudejans; van Eck; Lagerwey; de Bruijn; van Oosten; 't Hart; "
        "Tan; Lim; Soeharto; Wijaya; Kartosen; Sastrowardojo; Hartono; Poetiray; Siahaya; Lumban Tobing; "
        "Soerjadi; van Rijn-Hartono; Tjoa; Pattiradjawane; "
        "Ramcharan; Jagessar; Ramsaran; Soekhoe; Mangroe; Bhagwandin; Lachmon; Ganpat; Ramautar; Sital; "
        "Baldewsingh; Kalloe; Bisoendial; Gangapersad; "
        "dela Cruz; Santos; Reyes; Bautista; Macaraeg; Villanueva; Dimaculangan; Pangilinan; de Guzman; "
        "Ng; Goh; Chua; Koh; Teo; Ong; Rajaratnam; Nair; binte Abdullah; Seah; "
        "Vandenbroucke; Claeys; Verstraete; De Clercq; Vanhoutte; Van de Velde; "
        "Kaya; Aydın; Doğan; Benali; El Khattabi; Azzouzi; Zieliński; Kamińska; Melnyk; Bondarenko; "
        "Haddad; Al-Hassan; Gebremedhin; Tesfamariam; da Silva Costa; Oliveira; Takahashi; Sato; Kim; Park"
    ),
    "street_nl": _semi(
        "Kerkstraat; Burgemeester Roosstraat; Tjalieweg; Soekarnostraat; Ambonplein; Molukkenstraat; "
        "Paramaribostraat; Coppenamestraat; Saramaccastraat; Javastraat; Celebesstraat; Bilderdijkkade; "
        "Lijnbaansgracht; Hooigracht; Vijverhofstraat; Noordsingel; Schiedamseweg; Goudsbloemstraat; "
        "Laan van Poot; Escamplaan; Leyweg; Hengelolaan; Stadhoudersplantsoen; Zandvoortselaan; "
        "Dorpsweg; Beukenlaan; Eikenlaan; Parallelweg; Oranjelaan; Wilhelminastraat; Veenkade; "
        "Brugse Poort; Koning Albertlaan; Grotesteenweg; Lange Lozanastraat"
    ),
    "street_en": _semi(
        "Ang Mo Kio Avenue 3; Tampines Street 21; Jurong West Street 52; Bedok North Road; Toa Payoh Lorong 1; "
        "Orchard Road; Mabini Street; Rizal Avenue; Katipunan Avenue; Ayala Avenue; Lincoln Road; "
        "Gordon Street; Maple Crescent; Victoria Street; Harbour Drive; Juniper Close"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; xs4all.nl; planet.nl; telenet.be; "
        "yahoo.com.sg; singnet.com.sg; yahoo.com.ph; icloud.com; live.nl; proton.me; hotmail.be; upcmail.nl"
    ),
    "instance": _semi(
        "mastodon.social; mastodon.nl; mstdn.social; toot.community; social.linux.pizza; fosstodon.org; mas.to"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NNBA; FVLB"),
}
