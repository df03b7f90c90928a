"""Name, street, place, domain and bank pools of the held-out split test_v72 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v72"] = {
    "first": _semi(
        "Gijsbert; Hendrikje; Aaltje; Reinier; Cornelis; Wilhelmina; Bartholomeus; Trijntje; Gerdien; Jelmer; "
        "Maartje; Stijn; Tinne; Ward; Lotte; Brecht; Jolien; Seppe; Elke; Dries; Mirthe; Quinten; Floor; Yara; "
        "Shurandy; Jurensley; Gianella; Xiomara; Rignald; Sheritsa; Dayenne; Kemal; Gülşen; Hatice; Mustafa; "
        "Yusuf; Büşra; Oğuz; Meryem; Abdelkader; Khadija; Youssef; Salma; Imane; Bilal; Sunita; Ravindra; "
        "Kavita; Pooja; Arjun; Thanh; Linh; Jiayi; Haoran; Efua; Kwame; Ngozi; Tendai; Thandiwe; Sipho; "
        "Lwazi; Nokuthula; Pieter-Jan; Anne-Sophie; Jan-Maarten; Marjolein; Grzegorz; Małgorzata; Andrzej; "
        "Radu; Ileana; Oksana; Taras; Vesna; Goran; Luca; Chiara; Paloma; Iñaki; Zoë; Chloé; Benoît; "
        "Siobhan; Braden; Kylie; Bronwyn; Lachlan; Mitchell; Tayla; Jarrod; Riaan; Annelize; Francois; "
        "Marlize; Hennie; Charné; Wikus"
    ),
    "surname": _semi(
        "van Beusekom; van der Velde; de Ruiter; van Vliet; ter Borg; ten Cate; van de Kamp; van 't Wout; "
        "op 't Hof; in de Betou; van der Meulen-Bosch; de Graaf-Hamstra; Verhagen-Koch; van Rijn-Dekkers; "
        "Bosman; Kuiper; Hofstede; Leenders; Rutten; Aarts; Coppens; Verstraeten; Van Hoecke; De Backer; "
        "Vandenbroucke; Lambrechts; Janssens; Mertens; Martina; Isenia; Maduro; Rosaria; Cijntje; Sambo; "
        "Wawoe; Hooi; Doran; Koç; Arslan; Demir; Kaya; Doğan; Kılıç; Bulut; El Khattabi; Bennani; Amrani; "
        "Azzouzi; Ait Ouali; Haddou; Jagessar; Bissumbhar; Ramsaran; Kalloe; Pham; Vo; Huang; Chen; Boateng; "
        "Owusu; Adeyemi; Moyo; Dlamini; Nkosi; Khumalo; Mahlangu; Van der Merwe; Botha; Du Plessis; Pretorius; "
        "Fourie; Coetzee; Le Roux; Zieliński; Wójcik; Dąbrowska; Stoica; Dumitrescu; Kovalenko; Horvat; "
        "Bianchi; Moreno Ruiz; Etxeberria; Lefebvre; Girard; O'Brien; McAllister; Nguyen-Walsh; Kowalski-Reid; "
        "Papadopoulos; Thompson; Fitzpatrick; Henderson"
    ),
    "street_nl": _semi(
        "Burgemeester Roelenweg; Oranjeboomstraat; Rijksstraatweg; Vechtdijk; Dorpsstraat; Kloosterlaan; "
        "Julianalaan; Zandvoortselaan; Hoofdstraat; Prins Hendrikkade; Van Speijkstraat; Schiedamseweg; "
        "Boerhaavelaan; Heemraadssingel; Parkweg; Beukenlaan; Kastanjelaan; Middenweg; Waalkade; Singelstraat; "
        "Pieter de Hoochstraat; Ds. van Dijkweg; Tweede Kade; Kapelstraat; Emmastraat; Weverstraat"
    ),
    "street_be": _semi(
        "Steenweg op Gierle; Kerkstraat; Lange Leemstraat; Turnhoutsebaan; Koning Albertlaan; Brugsesteenweg; "
        "Overpoortstraat; Naamsestraat; Mechelsesteenweg; Hasseltweg; Stationsstraat; Gentsesteenweg"
    ),
    "street_en": _semi(
        "Kloof Street; Jan Smuts Avenue; Long Street; Main Road; Beach Road; Oxford Road; Rivonia Road; "
        "Musgrave Road; Chapel Street; Brunswick Street; Smith Street; Glebe Point Road; Crown Street; "
        "Sydney Road; Wattle Grove; Banksia Crescent; Bondi Road; Hay Street"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; planet.nl; xs4all.nl; telenet.be; "
        "proximus.be; icloud.com; yahoo.com; live.nl; mweb.co.za; telkomsa.net; bigpond.com; optusnet.com.au; "
        "outlook.com.tr; onsnet.nu; protonmail.com; kpnplanet.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NTSB; FRBK"),
}
