"""Names, streets and domains for `test_v35` (registers `POOLS["test_v35"]`): Dutch, Flemish, Surinamese,
Curaçaoan and English people, with particles and double surnames."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]


POOLS["test_v35"] = {
    "first": _split(
        "Wietske|Roelof|Femke|Geert-Jan|Mirjam|Teun|Annelot|Bas|Hester|Jelmer|Nienke|Stijn|Marieke|Olaf|"
        "Esmée|Jorrit|Fenna|Koen|Ineke|Siebe|Yara|Thijmen|Linde|Hamza|Selin|Youssef|Dunya|Gijs|Merel|Wessel"
    ),
    "surname": _split(
        "Veldhuis|Terpstra|Zwart|Kramer|Hofman|Wouters|Postma|Schipper|Nijland|Koster|Huisman|Brinkman|"
        "Bosman|Mol|Dijkstra|Kok|Hoogland|Aydın|Bouzid|Ouali|Scholten|Wijnands|Tromp|Haverkamp|Lubbers"
    ),
    "particle_surname": _split(
        "van der Meulen|de Wit|van Leeuwen|ter Beek|van 't Veer|de Haan|van Vliet|op den Kamp|van Oosten|"
        "van der Zee|in 't Zandt|de Bruijn|van Rijswijk|ten Cate|van Gils"
    ),
    "first_be": _split("Wouter|Lien|Jens|Fien|Bram|Elke|Pieter-Jan|Ann-Sophie|Thibault|Nele|Joris|Griet"),
    "surname_be": _split(
        "Vandenbroucke|Desmet|Claeys|Vermeulen|De Smedt|Van Damme|Goossens|Verhaegen|Maes|Wuyts|Lemmens"
    ),
    "first_sr": _split("Ravish|Chandra|Marlon|Anjali|Sharmila|Rudy|Kenneth|Sarita|Gerold|Priscilla|Deepak"),
    "surname_sr": _split(
        "Ramdin|Soekhlal|Pinas|Jadnanansing|Kartosen|Bhagwandin|Sno|Wongsoredjo|Tjong-A-Hung|Amatsaleh|Linger"
    ),
    "first_cw": _split("Jurensley|Shurendy|Giselle|Dwayne|Quincy|Raysheline|Ashley|Jandino|Naomi"),
    "surname_cw": _split("Martina|Isenia|Statia|Rosaria|Cijntje|Girigorie|Doran|Pieternella|Zimmerman"),
    "first_en": _split("Harriet|Duncan|Imogen|Fergus|Bronwyn|Niamh|Declan|Poppy|Rupert|Tamsin|Kieran|Ayesha"),
    "surname_en": _split("Ashworth|Pemberton|Gallacher|Okonkwo|Fairclough|Whitmore|Hughes|Carmichael|Bhatt"),
    "street_nl": _split(
        "Vechtstraat|Graaf Florislaan|Burgemeester Roëllstraat|Korte Nieuwstraat|Zonnebloemstraat|Van Ostadelaan|"
        "Tweede Schinkelstraat|Herman Gorterhof|Aletta Jacobslaan|Pieter Zeemanweg|Sterrenbos|Molenakker|"
        "Oude Rijn|Lindengracht|Prof. Dondersstraat|Jan van Galenstraat|Beukenlaan|Dr. Schaepmanplein"
    ),
    "street_be": _split("Kortrijksesteenweg|Brusselsepoortstraat|Lange Leemstraat|Tiensestraat|Groenplaats|Kerkhofweg"),
    "street_sr": _split("Kwattaweg|Indira Gandhiweg|Verlengde Gemenelandsweg|Mahonylaan|Tourtonnelaan|Anamoestraat"),
    "street_cw": _split("Kaya Flamboyan|Kaya Grandi|Schottegatweg Oost|Kaya Kokolishi|Santa Rosaweg|Kaya Seru Loraweg"),
    "street_en": _split("Marlowe Crescent|Thistle Lane|Bramble Close|Foundry Street|Kingfisher Way|Old Vicarage Road"),
    "domain": _split(
        "gmail.com|hotmail.com|outlook.be|telenet.be|ziggo.nl|kpnmail.nl|sr.net|yahoo.com|icloud.com|"
        "live.nl|proton.me|onsbrabantnet.nl|caiway.nl|skynet.be|btinternet.com"
    ),
    "bank": _split("RABO|INGB|ABNA|SNSB|ASNB|BUNQ|TRIO|RBRB|KNAB"),
}
