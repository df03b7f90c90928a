"""Names, streets, mail domains and banks of the held-out split test_v41 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


POOLS["test_v41"] = {
    # Dutch, Flemish, Frisian, Turkish, Moroccan, Surinamese, Polish, Ukrainian, British, Irish and Indian customers.
    "first": _split(
        "Gijs|Merel|Huub|Jolien|Thijs|Wendela|Harm|Femke|Koen|Mirjam|Rutger|Evelien|Wout|Lieselot|Brecht|Febe|"
        "Kobe|Griet|Stijn|Elke|Sjoerd|Wytske|Gosse|Froukje|Tsjalling|Baukje|Durkje|Burak|Elif|Zeynep|Onur|"
        "Tuğba|Gökhan|Merve|Hakan|Hamza|Imane|Bilal|Salma|Anouar|Ikram|Mourad|Loubna|Rishi|Sandhya|Errol|"
        "Germaine|Dewanand|Romano|Shirley|Bartosz|Małgorzata|Łukasz|Joanna|Wojciech|Dorota|Oleksandr|Olena|"
        "Dmytro|Iryna|Bohdan|Tetiana|Gareth|Fiona|Alistair|Kirsty|Nigel|Siobhán|Ciarán|Niamh|Pádraig|Aoife|"
        "Arjun|Deepika|Vikram|Ananya|Rohit|Sneha|Marie-José|Jan-Willem"
    ),
    "surname": _split(
        "Verbeek|van Leeuwen|Koster|van Rijn|de Haan|Steenbergen|Vermeulen|van Oort|Wouters|Kuiper|"
        "van der Linden|Blom|Schipper|van Vliet|de Wit|Vandenbroucke|De Smet|Claes|Vanhoutte|Goossens|"
        "Van Damme|Maes|Verstraete|De Backer|Bosma|Wiersma|Kingma|Sikkema|Tjeerdsma|Hettema|Arslan|Koç|"
        "Şahin|Doğan|Polat|Güneş|Ait Taleb|Boukhari|El Khattabi|Azzouzi|Tahiri|Ben Haddou|Soekhoe|Ramcharan|"
        "Baldewsingh|Wongsoredjo|Tjin-A-Tsoi|Vreden|Kanhai|Wójcik|Kamińska|Mazur|Krawczyk|Dąbrowski|"
        "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Melnyk|Harrington|Pemberton|Ashworth|Fletcher|"
        "O'Sullivan|McCarthy|Fitzgerald|Byrne|Venkatesh|Iyer|Chatterjee|Kulkarni|Reddy"
    ),
    "agent": _split(
        "Sanne|Jeroen|Nadia|Kevin|Esra|Mark|Lisa|Youssef|Demi|Tim|Priya|Robin|Ilona|Said|Maud|Bas|Chloë|Rik"
    ),
    "street": _split(
        "Van Limburg Stirumstraat|Jan Pieter Heijestraat|Admiraal de Ruijterweg|Burgemeester Roëllstraat|"
        "Weesperzijde|Spoorsingel|Zwaanshals|Goudsesingel|Oranjeboomstraat|Croeselaan|Twijnstraat|Nobelstraat|"
        "Oude Ebbingestraat|Korreweg|Paterswoldseweg|Ringbaan-West|Piusstraat|Verlengde Hoogstraat|"
        "Generaal Foulkesweg|Mient|Valeriusstraat|Snellinckstraat|Kanaalstraat|Hugo de Grootplein|"
        "Jacob van Lennepkade|Tesselschadestraat|Julianastraat|Boddenkampsingel|Kloosterstraat|Buorren|"
        "Haadwei|Tsjerkepaad|Skoalstrjitte|Harlingerstraatweg|Tuinen|Lorentzkade"
    ),
    "street_be": _split(
        "Vlaanderenstraat|Brusselsesteenweg|Kortrijksesteenweg|Turnhoutsebaan|Leopoldlei|Sint-Pietersnieuwstraat|"
        "Tiensesteenweg|Diestsevest|Boomsesteenweg|Gentse Baan|Kapelsestraat|Oude Baan"
    ),
    "street_uk": _split(
        "Ferndale Avenue|Albert Terrace|Gloucester Place|Holloway Road|Griffith Avenue|Pembroke Road|"
        "Sycamore Close|Lark Rise|Beechwood Drive|Canal Street"
    ),
    "domain": _split(
        "telenet.be|skynet.be|proximus.be|zeelandnet.nl|kliksafe.nl|chello.nl|upcmail.nl|wp.pl|o2.pl|ukr.net|"
        "i.ua|eircom.net|virginmedia.com|sky.com|rediffmail.com|yahoo.in|hotmail.nl|gmail.com|outlook.be|"
        "solcon.nl|ziggo.nl|kpnmail.nl|live.com|gmx.net"
    ),
    "bank": _split("RABO|INGB|ABNA|DHBN|GTBN|HAND|BUNQ|SNSB|NNBA|TRIO"),
    "bank_ie": _split("AIBK|BOFI|IPBS"),
    "bank_gb": _split("BARC|LOYD|HBUK|NWBK|MIDL"),
}
