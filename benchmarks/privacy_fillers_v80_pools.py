"""Name, street, place, domain and bank pools of the held-out split test_v80 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v80"] = {
    "first": _semi(
        "Gerdien; Harmke; Teun; Jelmer; Rianne; Willemijn; Stijn; Floortje; Job; Maartje; Pieternel; Gijs; "
        "Janneke; Hessel; Brechtje; Wessel; Lonneke; Mees; Ties; Fenna; Dirkje; Arnoud; Trijntje; Coen; "
        "Ruthmilda; Giandro; Shurmaine; Kenrick; Jurensly; Naysha; Rignald; Glenda; Eugenio; Xiomara; Edsel; "
        "Mehmet; Hatice; Yusuf; Büşra; Ilyas; Khadija; Mounir; Samira; Bilal; Rachida; Sunita; Ravi; Kishan; "
        "Dewi; Bayu; Ngozi; Kwame; Efua; Tigist; Dawit; Hoa; Quang; Mei-Ling; Jun; Piotr; Magdalena; Wojciech; "
        "Vasile; Andreea; Oksana; Taras; Lukas; Anneliese; Émilie; Marc-André; Brayden; Keisha; Ġorġ; Marija; "
        "Ċensu; Dorianne; Josmar; Kurt; Rebekah; Fergus; Mhairi; Tadhg; Lieven; Kobe; Ine; Joke; Hanne; "
        "Anne-Marie; Jan-Pieter; Sophie-Louise; Zoë; Chloé; Maël; Inaya"
    ),
    "surname": _semi(
        "van der Meulen; van Rijswijk; de Graaf; Kuipers; Oudshoorn; Schipper; Wolters; Hofstede; Koopmans; "
        "Brinkman; Timmerman; Westerbeek; Veldkamp; Nijhuis; Hulshof; Kamphuis; Boersma; Heeringa; "
        "Bakker-van Rijn; de Jong-Schouten; van Loon-Verbeek; Smits-de Bruijn; in 't Hout; van 't Zand; "
        "ter Brugge; op 't Ende; van de Kerkhof; den Uyl; de los Santos; van Veen; Croes; Kock; Geerman; "
        "Tromp; Wever; Maduro; Arends; Eman; Oduber; Martis; Isenia; Pietersz; Frans; Winklaar; Doran; "
        "Kaya; Demir; Arslan; Koç; Doğan; Benali; El Khatib; Amrani; Ouchan; Bhagwandin; Jadnanansing; "
        "Ramsaran; Wirjosentono; Sastroredjo; Kartosen; Adeyemi; Boateng; Owusu; Haile; Gebremedhin; "
        "Pham; Vo; Huang; Wang; Lewandowski; Zieliński; Dąbrowska; Dumitrescu; Marin; Kovalenko; Bondarenko; "
        "Müller; Schäfer; Tremblay; Gagnon; Côté; Bouchard; MacDonald; Borg; Camilleri; Vella; Farrugia; "
        "Zammit; Grech; Azzopardi; Mifsud; Van Acker; De Clercq; Vandenbroucke; Mertens; Lambrechts"
    ),
    "street_nl": _semi(
        "Warmtestraat; Ketelhuisplein; Bakfietspad; Duinweg; Strandweg; Boulevard Paulus Loot; Vuurwerkweg; "
        "Kastanjelaan; Esdoornstraat; Lindelaan; Meidoornhof; Zilverschoon; Goudsbloemstraat; Heemraadssingel; "
        "Anna Paulownastraat; Burgemeester Roelenweg; Jan van Galenstraat; Koningin Julianaweg; Rijksstraatweg; "
        "Oude Rijn; Noordeinde; Achter de Kerk; Hofstraat; Kloosterweg; Sint Annastraat; Tiny Houseweg; "
        "Caya G.F. Betico Croes; Kaya Grandi; Kaya Gob. N. Debrot; Sabana Blanco; Kaya Korona; Noord; "
        "Savaneta; Paradera; Kerkeveld; Dorpsplein; Stationslei; Kapelsestraat; Lange Lozanastraat"
    ),
    "street_en": _semi(
        "Queen Street West; Yonge Street; Rue Sainte-Catherine; Bloor Street; Robson Street; Spring Garden Road; "
        "Jasper Avenue; Elgin Street; Maple Crescent; Birchwood Drive; Triq il-Kbira; Triq San Pawl; "
        "Triq ir-Repubblika; Triq il-Merkanti; Triq Sant' Antnin; Tower Road; Pembroke Lane; Harbour View"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; xs4all.nl; planet.nl; telfort.nl; "
        "setarnet.aw; flamingotel.bq; rogers.com; shaw.ca; sympatico.ca; go.net.mt; melita.com; icloud.com; "
        "proton.me; telenet.be; yahoo.ca; live.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NNBA; FRBK"),
    "bank_mt": _semi("VALL; MALT; APSB; LOMB"),
}
