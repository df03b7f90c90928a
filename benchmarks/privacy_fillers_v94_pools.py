"""Name, street, domain and bank pools of the held-out split test_v94 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v94"] = {
    "first": _semi(
        "Jochem; Merel; Sjoerd; Femke; Ruben; Tessa; Wouter; Nienke; Mees; Liv; Jurre; Fenna; Djamila; Shanice; "
        "Quincy; Romano; Jairo; Kenrick; Giovanni; Shirley; Roel; Truus; Sjef; Mia; Lei; Jeanine; Pieke; Huub; "
        "Dries; Lien; Jens; Fien; Bert; Marleen; Agnieszka; Małgorzata; Krzysztof; Wojciech; Zofia; Łukasz; "
        "Bartosz; Katarzyna; Ionuț; Mihaela; Florin; Alexandru; Ioana; Cristina; Gheorghe; Wanjiru; Kipchoge; "
        "Achieng; Otieno; Njeri; Mwangi; Akinyi; Kamau; Rhys; Cerys; Gethin; Siân; Dafydd; Bethan; Iolo; Ffion; "
        "Emre; Zeynep; Hamza; Soufiane; Noura; Priscilla; Winston; Rosita; Anh; Minh; Svetlana; Igor; Nadia; "
        "Jan-Willem; Marie-José; Lise-Lotte; Paul-Henri"
    ),
    "surname": _semi(
        "de Wit; Brink; van Vliet; Kramer; Roelofs; Postma; de Haan; Zwart; Kuiper; van Dam; Wijnands; Lemmens; "
        "Houben; Vossen; Peeters; Janssen; Coenen; Hendrikx; Bemelmans; Schreurs; Claes; Vanhoof; Dirkx; "
        "Gielen; Reynders; Ceulemans; Lambrechts; Vanderhoven; van der Laan; ter Steege; van 't Veer; de Ruiter; "
        "van Amstel-Koster; Huisman-de Graaf; Brouwers-Hoogland; van den Heuvel-Smit; op de Coul; in 't Veld; "
        "Pinas; Sabajo; Kross; Doelwijt; Wong A Foe; Nowak; Wiśniewska; Kowalczyk; Wójcik; Lewandowski; "
        "Kamiński; Popescu; Ionescu; Constantin; Stănescu; Munteanu; Dobre; Kariuki; Odhiambo; Wambui; Kiprop; "
        "Njoroge; Ochieng; Jones-Pritchard; Llewellyn; ap Gruffydd; Pryce; Vaughan; Bowen; Yıldız; Öztürk; "
        "Bouazza; El Idrissi; Aziz; Tran; Pham; Ivanova; Abubakar; Mensah"
    ),
    "street_nl": _semi(
        "Javastraat; Dapperstraat; Bijlmerdreef; Kinkerstraat; Osdorpplein; Balboaplein; Hoogoord; "
        "Kraaiennest; Wilhelminasingel; Akerstraat; Rijksweg Zuid; Heerlerbaan; Sint Pieterstraat; "
        "Keizer Karelplein; Grotestraat-Centrum; Hasseltweg; Stationsplein; Kempische Steenweg; "
        "Hoogstraat; Demerstraat; Maastrichtersteenweg; Molenbeersel; Tongersesteenweg; Badweg; "
        "Willem Barentszstraat; Burgemeester Wuiteweg; Oosterburen; Heereweg; Prins Hendrikkade; "
        "Overtoom; Jan Pieter Heijestraat; Weteringschans; Hooidijk; Lage Barakken"
    ),
    "street_en": _semi(
        "Ngong Road; Moi Avenue; Kenyatta Avenue; Waiyaki Way; Jogoo Road; Oginga Odinga Street; Kimathi Street; "
        "Heol y Coed; Ffordd Penrhos; Cowbridge Road East; Stryd Fawr; Walter Road; Lon Ceredigion; "
        "Queen Street; Commercial Street; Bryn Road; Plas Newydd Close; Cathedral Road"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; xs4all.nl; telenet.be; skynet.be; "
        "wp.pl; onet.pl; o2.pl; interia.pl; yahoo.ro; gmail.ro; yahoo.com; btinternet.com; sky.com; "
        "live.nl; icloud.com; proton.me"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NTSB; HAND"),
}
