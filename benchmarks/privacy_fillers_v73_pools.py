"""Name, street, domain and bank pools of the held-out split test_v73 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v73"] = {
    "first": _semi(
        "Jurre; Femke; Sjoerd; Ilse; Koen; Marit; Thijmen; Roos; Wouter; Jolien; Brecht; Lieselotte; Joost; Evi; "
        "Pepijn; Noortje; Gertjan; Hester; Ruben; Sterre; Arend; Mirjam; Lieke; Bas; Quinten; Anouk; Hein; Tineke; "
        "Youssef; Yousra; Soufiane; Nadia; Anas; Khadija; Imane; Bilal; Zakaria; Meryem; Othman; Houda; Ayoub; "
        "Agnieszka; Katarzyna; Kasia; Piotr; Paweł; Magdalena; Tomasz; Marzena; Dariusz; Bartłomiej; Zofia; "
        "Emre; Elif; Burak; Zeynep; Cem; Arjen-Pieter; Anne-Fleur; Jan-Willem; Marie-José; "
        "Ahmad; Rasha; Omar; Lina; Yonas; Selam; Abdi; Hodan; Chidi; Amara; Kofi; Akosua; "
        "Rajesh; Anjali; Vikram; Thanh; Quang; Xiaoling; Wei; Yuki; Kenji; Soo-ah; Nikolai; Olena; Dmytro; "
        "Mateus; Camila; Joaquín; Valentina; Siobhan; Kayla; Brandon; Tyler; Madison; Jasmine; DeShawn; "
        "Cheyenne; Hunter; Brooke; Dakota; Garrett; Whitney"
    ),
    "surname": _semi(
        "Koopmans; van Leeuwen; Brinkman; de Haan; Postma; Veenstra; Wijnands; Timmermans; van Wijk; Kramer; "
        "van der Veen; Zwart; Huisman; de Kok; van Rooij; Mertens; Goossens; Claes; Wouters; De Smet; Van Damme; "
        "Vermeulen; Peeters; van der Linden-Koster; Smits-van Gils; de Wit-Brouwer; van Eck-Hazelaar; "
        "van de Kamp; ter Steege; Uit den Bogaard; van 't Wout; de la Croix; Op de Beeck; in 't Veld; "
        "El Idrissi; Bouzidi; Amrani; Ouali; Azzouzi; Tahiri; El Hamdaoui; Chaouch; Ben Haddou; Boukhari; "
        "Kowalczyk; Nowak; Szymańska; Mazur; Krawczyk; Piątek; Wróblewski; Grabowska; Jabłoński; Kaczmarek; "
        "Öztürk; Çelik; Şahin; Arslan; Doğan; Haddad; Al-Khatib; Nasser; Tesfaye; Mekonnen; Warsame; Okonkwo; "
        "Mensah; Asante; Ramdin; Ramsaroep; Soekhai; Nguyen; Tran; Liu; Zhang; Tanaka; Kim; Petrenko; Shevchenko; "
        "Ferreira; Pereira; Castillo; Morales; Fitzgerald; Kowalski; Johnson; Robinson; Miller; Anderson; "
        "Washington; Hernandez; Sullivan; McAllister; Lindqvist"
    ),
    "street_nl": _semi(
        "Havenstraat; Jachthavenweg; Steigerkade; Manegeweg; Paardenwei; Stalhouderij; Kastanjelaan; "
        "Berkenlaan; Meidoornstraat; Zuiderkade; Oosterhavenkade; Lijnbaansgracht; Bloemgracht; Vaartweg; "
        "Professor Zernikelaan; Nieuwe Ebbingestraat; Sweelinckstraat; Mozartlaan; Couperusstraat; "
        "Tweede Jan Steenstraat; Pieter Calandlaan; Burgemeester Roëllstraat; Van Speijkstraat; Slotermeerlaan; "
        "Kanaalweg; Zwaluwstraat; Fietsersbrug; Wilhelminasingel; Oude Rijn; Heuvelrug; Achter de Hoven"
    ),
    "street_be": _semi(
        "Kortrijksesteenweg; Brusselsesteenweg; Turnhoutsebaan; Kapelstraat; Veldstraat; Diestsestraat; "
        "Mechelsesteenweg; Sint-Pietersnieuwstraat; Bredabaan; Stationsplein"
    ),
    "city_be": _semi("Gent; Antwerpen; Leuven; Brugge; Hasselt; Mechelen; Kortrijk; Aalst"),
    "street_us": _semi(
        "Maple Avenue; Oak Street; Elm Drive; Sunset Boulevard; Lakeview Terrace; Pine Ridge Road; "
        "Cedar Lane; Willow Creek Court; Main Street; Jefferson Avenue; Highland Drive; Magnolia Way"
    ),
    "city_us": _semi(
        "Portland, OR; Austin, TX; Columbus, OH; Denver, CO; Madison, WI; Raleigh, NC; Tucson, AZ; Boise, ID"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; hetnet.nl; upcmail.nl; live.nl; telenet.be; "
        "skynet.be; proximus.be; wp.pl; interia.pl; onet.pl; yahoo.com; aol.com; comcast.net; icloud.com; "
        "protonmail.com; student.rug.nl; hva.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NTSB"),
}
