"""Name, street, domain and bank pools of the held-out split test_v88 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v88"] = {
    "first": _semi(
        "Harrie; Toos; Sjaak; Riekie; Driek; Mariëlle; Twan; Jolanda; Bart-Jan; Fieke; Tinus; Hanneke; Gijs; "
        "Merel; Stijn; Floor; Joep; Lotje; Niels; Inge; Mees; Feline; Jurre; Yara; Ilias; Younes; Salma; "
        "Imane; Bilal; Khadija; Hamza; Ikram; Mustafa; Büşra; Orhan; Tuğba; Volkan; Gizem; Priyanka; Vikram; "
        "Dhanushka; Mei-Ling; Jun; Hoa; Quang; Wanjiru; Kamau; Achieng; Otieno; Njeri; Mwangi; Chiamaka; Tunde; "
        "Kwabena; Efua; Tsegaye; Mulu; Paweł; Joanna; Grzegorz; Andreea; Sorin; Iryna; Bohdan; Natalia; "
        "Francesca; Lorenzo; Ximena; Sebastián; Gonçalo; Mafalda; Astrid; Sigrid; Pádraig; Caoimhe; Oisín; "
        "Gráinne; Dervla; Fionnuala; Colm; Eamon; Sinéad; Cathal; Bríd; Ruairí; Maeve; Clodagh; Fergal; "
        "Anne-Marie; Jean-Pierre; Lies-Marie; Wannes; Hanne; Ruben; Lowie; Febe; Seppe; Margot; Willem-Alexander"
    ),
    "surname": _semi(
        "van de Ven; van Gerwen; Verhoeven; van den Boomen; van Asseldonk; Roijakkers; van Dommelen; Habraken; "
        "van der Heijden; Swinkels; Biemans; Kuijpers; van Lieshout; Coolen; van de Laar; Donkers; Heesakkers; "
        "van Rooij-Adriaans; Smulders-van Hout; de Bruijn-Verbeek; van den Akker; 't Hart; van 't Zelfde; "
        "ten Brinke; de Jong van Beek; van der Meulen-Pos; in den Bosch; op 't Hof; Mahdaoui; Benali; "
        "El Khattabi; Ait Ouaziz; Boukhari; Azzouz; Kaya; Demir; Arslan; Doğan; Kılıç; Jagessar; Ramsaran; "
        "Bissessar; Wijesinghe; Chen; Huang; Pham; Vũ; Kiprotich; Wanyama; Odhiambo; Mutua; Njoroge; Adeyemi; "
        "Boateng; Haile; Kamińska; Zieliński; Dumitrescu; Moldovan; Kovalenko; Bondarenko; Bianchi; Romano; "
        "Fernández Ruiz; Sousa; Nyström; Lindgren; Ó Súilleabháin; Mac Giolla Phádraig; O'Donoghue; Breathnach; "
        "Kavanagh; Mulcahy; Ní Bhriain; McGrath; FitzPatrick; Hargreaves; Whittaker; Van Hecke; Vandenbroucke; "
        "De Clercq; Verstraete; Claeys; Mertens; Janssens"
    ),
    "street_nl": _semi(
        "Ringbaan-Oost; Korvelseweg; Hoogstraat; Kruisstraat; Vughterweg; Boschdijk; Woenselse Markt; "
        "Kerkeindseweg; Sint-Lambertusstraat; Heuvelring; Bredaseweg; Ginnekenweg; Mathildelaan; "
        "Ruiterstraat; Bloemenlaan; Erasmusweg; Kwakkelpolder; Kalverstraat; Paddepoelsterweg; "
        "Meester Haafkensstraat; Burgemeester Moonenlaan; Zwanenbloem; Dorpsstraat-Noord; Steenweg; "
        "Bosstraat; Hooikade; Lindenlaan; Haagdijk; Kapelstraat; Brugse Poort; Kouter; Leopoldlei; Vaartstraat"
    ),
    "street_en": _semi(
        "Ngong Road; Moi Avenue; Kenyatta Avenue; Argwings Kodhek Road; Lenana Road; Dennis Pritt Road; "
        "Oliver Plunkett Street; Sundays Well Road; Patrick Street; Dominick Street; Ranelagh Road; "
        "Drumcondra Road; Clontarf Road; Castle Street; Quay Street; Salthill Promenade; Ashgrove Park; "
        "Meadowbank Drive; Ferndale Close; Riverside Walk"
    ),
    "domain": _semi(
        "gmail.com; hotmail.nl; outlook.com; ziggo.nl; kpnplanet.nl; hetnet.nl; telenet.be; proximus.be; "
        "yahoo.co.ke; gmail.co.ke; eircom.net; live.ie; icloud.com; protonmail.com; web.de; me.com; zeelandnet.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; RBRB; BUNQ; KNAB; TRIO; REVO; NNBA; FRBK"),
    "bank_ie": _semi("AIBK; BOFI; PTSB"),
    "bank_gb": _semi("NWBK; BARC; LOYD; HBUK"),
}
