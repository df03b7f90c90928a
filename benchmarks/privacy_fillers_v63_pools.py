"""Name, street, place, domain and bank pools of the held-out split test_v63 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v63"] = {
    "first": _semi(
        "Wiebren; Sjoukje; Jildou; Hylke; Tjitske; Auke; Geertje; Lieke; Huub; Jos; Mieke; Sjef; Thijs; Noortje; "
        "Femke; Bastiaan; Roel; Marieke; Wouter; Evelien; Siebe; Ilona; Kevin; Demi; Jesse; Romy; Luuk; Esmee; "
        "Ayoub; Soufiane; Hafsa; Nadia; Oussama; Zeynep; Emre; Elif; Burak; Kerem; Dilan; Rajesh; Anjali; Shanti; "
        "Xiaoling; Wei; Minh; Thuy; Kofi; Abena; Chidi; Amara; Yonas; Selam; Dariusz; Agnieszka; Katarzyna; "
        "Bogdan; Ionela; Mihai; Svetlana; Olena; Dmytro; Giulia; Matteo; Lucía; Joaquín; Inês; João; Björn; "
        "Saoirse; Niamh; Ciarán; Siobhán; Declan; Aoife; Eilidh; Alasdair; Gwen; Nigel; Harriet; Rupert; "
        "Stanislas; Aurélie; Géraldine; Koen; Lies; Wannes; Griet; Jef; Fien; Marie-Louise; Jan-Willem; Anne-Fleur"
    ),
    "surname": _semi(
        "van der Wal; de Haan; Hoekstra; Dijkstra; Postma; Wijnstra; Bouma; Terpstra; Sikkema; Zijlstra; "
        "Jorritsma; Feenstra; Vrolijk; Houben; Janssen; Claessens; Lemmens; Frissen; Ramakers; Brouns; Vossen; "
        "Pijnenburg; van Mierlo; de Wit-Verhoeven; van den Heuvel-Smits; Kramer-de Jong; in 't Veld; van 't Riet; "
        "ter Steege; op den Kamp; van der Laan; den Hartog; de la Rie; uit den Bogaard; Vermeulen; Verbruggen; "
        "El Idrissi; Bouzid; Chaouch; Ouali; Ait Taleb; Yıldırım; Öztürk; Aksoy; Çelik; Şahin; Ramdin; "
        "Mahabier; Sewnath; Nguyen; Tran; Zhang; Liu; Mensah; Asante; Okonkwo; Tesfaye; Wiśniewska; "
        "Kowalczyk; Nowak; Popescu; Ionescu; Shevchenko; Petrov; Rossi; Esposito; García López; Ferreira; "
        "Lindqvist; Ó Briain; O'Sullivan; MacNamara; Fitzgerald; Ní Dhuibhir; Whitmore; Ashcroft; Pemberton; "
        "Cartwright; Dupont; Lefèvre; Van Damme; De Smedt; Peeters; Maes; Goossens; Wouters; Claes"
    ),
    "street_nl": _semi(
        "Tsjerkestrjitte; Buorren; Wijde Burgstraat; Skûtsjesyl; Harlingerstraatweg; Oude Oosterstraat; "
        "Brusselsestraat; Tongerseweg; Akerstraat; Wilhelminasingel; Kapelaan Berixstraat; Maasboulevard; "
        "Groeneweg; Vlierlaan; Populierenstraat; Bloemendaalseweg; Rijnkade; Jachthavenweg; Havenstraat; "
        "Kraaiennest; Ringdijk; Zuiderzeestraatweg; Bisschop Bekkersweg; Hoge Rijndijk; Nieuwe Haven; "
        "Dr. Schaepmanstraat; Pastoor van Arsstraat; Generaal Foulkesweg; Sint-Pietersnieuwstraat; Meir; "
        "Kortrijksesteenweg; Grote Markt; Bredabaan; Diestsevest"
    ),
    "street_en": _semi(
        "Rathmines Road; Grafton Street; Shandon Street; Eyre Square; Leeson Park; Ballsbridge Terrace; "
        "Abbey Road; Cowley Road; Gloucester Place; Elmwood Avenue; Holloway Road; Brunswick Square; "
        "Primrose Hill; Westbourne Grove; Thornbury Close; Kingsway; Cathedral Walk; Honeysuckle Lane"
    ),
    "town_en": _semi("Dublin 6; Cork; Galway; Limerick; Bristol; Leeds; Manchester; Oxford; Belfast; Norwich"),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.be; telenet.be; skynet.be; ziggo.nl; kpnmail.nl; home.nl; online.nl; "
        "icloud.com; eircom.net; btinternet.com; sky.com; yahoo.ie; proton.me; gmx.de; live.nl; hetnet.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; HAND; FVLB"),
    "bank_ie": _semi("AIBK; BOFI; IPBS; PTSB"),
    "bank_gb": _semi("NWBK; BARC; LOYD; HBUK; MIDL"),
}
