"""Name, street, domain and bank pools of the held-out split test_v68 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bar(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


POOLS["test_v68"] = {
    "first": _bar(
        "Gerdien|Hendrikje|Wessel|Marijn|Teun|Janneke|Rutger|Anouschka|Harm|Gijsbert|Trijntje|Bartel|Yfke|"
        "Willemijn|Cornelis|Aaltje|Jelle|Seppe|Febe|Lowie|Jolien|Nand|Kato|Warre|Ine|Rik|Brecht|Mireille|"
        "Achraf|Ilham|Yassine|Souad|Hamza|Meryem|Tarik|Büşra|Cem|Gülsen|Umut|Shirley|Ravi|Sunita|Dwight|"
        "Roshni|Xiaoyu|Jun|Meiling|Hao|Yan|Kwok-Wai|Siu Ling|Tomasz|Małgorzata|Krzysztof|Oksana|Taras|"
        "Yusuf|Rania|Ghassan|Lina|Tesfay|Mebrat|Thandiwe|Sipho|Lerato|Riaan|Anri|Zanele|Johannes|Elmarie|"
        "Pieter-Hendrik|Orla|Cathal|Pádraig|Róisín|Eoin|Fionnuala|Tadhg|Caoimhe|Sinéad|Dervla|Ana-Maria|"
        "Jean-Luc|Marie-José|Anne-Wil|Henk-Jan|Kees|Truus|Bep|Gerrit|Dirkje|Jopie"
    ),
    "surname": _bar(
        "van Wijngaarden|Brinkhuis|Hoogeveen|Kuipers|Schipper|Westerbeek|Nijhuis|Oudshoorn|Veldkamp|Lubbers|"
        "van der Sluis|van Leeuwen-Bos|de Jong-Mulder|Brink-van Dam|ter Borg|van de Kerkhof|op 't Hof|"
        "in den Bosch|van Oranje|de Bruijn|Vandenbroucke|De Backer|Van Acker|Vermeersch|D'hondt|Van de Velde|"
        "Goethals|Desmet|Claeys|Verstraete|Benali|El Hamdaoui|Azzouzi|Kaya|Doğan|Arslan|Kartosen|Jagesar|"
        "Soekhai|Chen|Lin|Huang|Wong|Cheung|Zhou|Li|Wu|Tang|Lewandowski|Zieliński|Kovalenko|Bondarenko|"
        "Al-Hassan|Haddad|Kidane|Gebremedhin|van der Merwe|Botha|Pretorius|du Plessis|Nkosi|Dlamini|"
        "Mokoena|Janse van Rensburg|Kavanagh|Brennan|Ó Conaill|Mac Giolla Phádraig|Nolan|Gallagher-Byrne|"
        "Dunne|Moriarty|Ní Bhriain|Smits|Vos|Meijer"
    ),
    "cn_surname": _bar("Chen|Lin|Huang|Wong|Cheung|Zhou|Li|Wu|Tang|Zhang|Liang|Ho|Chan|Yip|Lam"),
    "cn_given": _bar("Xiaoyu|Jun|Meiling|Hao|Wei Ming|Yan|Jiayi|Zihan|Kwok-Wai|Siu Ling|Yuqi|Lei|Ka Man|Hui"),
    "cn_western": _bar("Jacky|Kevin|Linda|Vivian|Tony|Cindy|Eric|Wendy|Jimmy|Angela"),
    "street_nl": _bar(
        "Jan van Galenstraat|Burgemeester Roellstraat|Dorpsstraat|Beukenlaan|Kastanjelaan|Molenstraat|"
        "Wilhelminastraat|Julianalaan|Prins Hendrikkade|Zandvoortselaan|Kamperfoeliestraat|Esdoornhof|"
        "Van Speijkstraat|Tweede Hugo de Grootstraat|Nieuwe Gracht|Lindenhof|Veerweg|Kampeerweg|Hazelaarlaan|"
        "Oranjestraat|Pastorielaan|Schaepmanlaan|Goudsbloemstraat|Korte Putstraat|Aert van Nesstraat"
    ),
    "street_be": _bar(
        "Kerkstraat|Steenweg op Gent|Dorp-Oost|Boomsesteenweg|Leuvensestraat|Veldstraat|Groenplaats|"
        "Lange Kievitstraat|Koning Albertlaan|Brugsestraat|Turnhoutsebaan|Diksmuidelaan"
    ),
    "street_en": _bar(
        "Ashgrove Park|Main Street|Church Road|Seafield Avenue|Drumcondra Road Upper|Oakwood Drive|"
        "Protea Crescent|Jacaranda Street|Kloof Road|Beach Road|Voortrekker Road|Bree Street|Fig Tree Lane|"
        "Rondebosch Close|St. Patrick's Terrace"
    ),
    "domain": _bar(
        "gmail.com|hotmail.com|outlook.com|ziggo.nl|kpnmail.nl|planet.nl|caiway.nl|telenet.be|proximus.be|"
        "skynet.be|qq.com|163.com|126.com|mweb.co.za|telkomsa.net|eircom.net|icloud.com|yahoo.com|zeelandnet.nl"
    ),
    "bank": _bar("RABO|INGB|ABNA|SNSB|ASNB|TRIO|BUNQ|KNAB|RBRB|REVO|NNBA|FVLB"),
    "bank_ie": _bar("AIBK|BOFI|IPBS"),
}
