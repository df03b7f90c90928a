"""Name, street, domain and bank pools of the held-out split test_v75 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v75"] = {
    "first": _semi(
        "Gerdien; Hennie; Aaltje; Wietske; Marjolein; Reinier; Gijsbert; Teun; Maud; Floor; Jelmer; Stijn; "
        "Nynke; Berend; Hester; Cor; Dirkje; Tamara; Rianne; Sander; Joost; Ineke; Bart-Jan; Anne-Wil; "
        "Kenneth; Shanice; Rinaldo; Sharon; Glenn; Giovanni; Ravi; Sunita; Anil; Kavita; Radjesh; Priya; "
        "Soeshiel; Wirjo; Sariman; Tuti; Djoeminah; Lesley; Quincy; Jurgen; Naomi; Roshni; Dewika; "
        "Marisha; Shaquille; Tamika; Dwayne; Keisha; Andre; Winston; Delroy; Marcia; Rohan; Kamla; Vishnu; "
        "Aaliyah; Jamal; Krystal; Nkechi; Kwame; Efua; Yaw; Hamza; Salma; Khadija; Youssef; Imane; Bilal; "
        "Mehmet; Ayşe; Hatice; Yusuf; Büşra; Mustafa; Rania; Omar; Layla; Tareq; Ghazal; Dawit; Semhar; "
        "Helen; Filmon; Piotr; Małgorzata; Tomasz; Zofia; Oksana; Andriy; Iryna; Vasile; Ioana; Nikola; "
        "Jelena; Mei Ling; Hui; Jun; Thanh; Linh; Putri; Wayan; Joana; Rui; Thiago; Larissa; Carmen; Álvaro; "
        "Margot; Pieterjan; Lotte; Wout; Hanne; Seppe; Lowie; Ine; Febe; Elke; Dries; Mathijs; Jean-Paul; "
        "Marie-José; Siobhan; Callum; Fiona; Gareth"
    ),
    "surname": _semi(
        "Kwakernaak; Boersma; van Wijngaarden; de Roode; Hofstede; Stoelinga; Brinkhuis; Kloosterman; "
        "Veldhuizen; van Ommeren-Kwakernaak; de Kock; van der Sluis; ten Brinke; te Velde; van de Kamp; "
        "in den Bosch; van 't Zelfde; de Bruijn-Hazelhoff; Scheepens; Wagenvoort; Roozendaal; van Leeuwen; "
        "Pinas; Doorson; Sabajo; Tjin-A-Tsoi; Fung A Loi; Lieuw-On; Kartodikromo; Soekarman; Wongsodikromo; "
        "Sitaldin; Ramsaran; Jagernath; Bissumbhar; Ramautar-Gobardhan; Mahabali; Kanhai; Biharie; Nijman; "
        "Zaandam; Linger; Refos; Campbell; McFarlane; Thompson-Reid; Bartley; Chin-Quee; Grant; Williams; "
        "Ramkissoon; Maharaj; Persad; Baptiste; Mohammed; Ali; St. Rose; De Freitas; Achong; Boateng; "
        "Owusu; Adjei; Eze; Nwosu; El Khattabi; Ben Haddou; Azzouzi; Amrani; Tahiri; Kaya; Demir; Arslan; "
        "Doğan; Polat; Al-Hassan; Haddad; Khalil; Tekle; Ghebreyesus; Haile; Zieliński; Lewandowska; "
        "Kamińska; Bondarenko; Kovalenko; Moldovan; Stoica; Jovanović; Wang; Chen; Pham; Le; Siregar; "
        "Wibowo; Santos; Oliveira; Pereira da Silva; Ruiz Moreno; Vandenberghe; Van de Velde; De Clercq; "
        "Vercauteren; Claeys; Verhaegen; Van Acker; D'Hondt; Lambrecht; MacLeod; O'Brien; Pryce"
    ),
    "street_nl": _semi(
        "Kastanjelaan; Wilgenstraat; Eikenlaan; Beukenhof; Laan der Verenigde Naties; Hoefbladstraat; "
        "Keizer Karelplein; Prins Hendrikkade; Van Speijkstraat; Jan Pieterszoon Coenstraat; Bijlmerdreef; "
        "Ganzenhoef; Kraaiennest; Hoogvliet Centrum; Zuiderparkweg; Loosduinseweg; Goudsbloemlaan; "
        "Marconistraat; Vrijheidslaan; Kanaalweg; Dorpsdijk; Oranjeboomstraat; Sint Annastraat; "
        "Bredaseweg; Veemarkt; Turfmarkt; Opaalstraat; Smaragdlaan; Zonnebloemstraat; Achterom; "
        "Steenweg op Gent; Kapelsesteenweg; Vaartstraat; Lindenlei; Turnhoutsebaan; Nieuwstraat"
    ),
    "street_en": _semi(
        "Hope Road; Constant Spring Road; Barbican Road; Molynes Road; Mandela Highway; Ariapita Avenue; "
        "Frederick Street; Eastern Main Road; Western Main Road; Coffee Street; Coldharbour Lane; "
        "Brixton Hill; Lordship Lane; Stoke Newington Road; Harehills Lane; Chapeltown Road; Moss Lane East; "
        "Alum Rock Road; Beechwood Avenue; Rosemary Close"
    ),
    "town_en": _semi(
        "Kingston 6; Montego Bay; Spanish Town; Mandeville; Port of Spain; San Fernando; Chaguanas; Arima; "
        "London SW2; Birmingham; Leeds; Manchester"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; upcmail.nl; planet.nl; chello.nl; "
        "telenet.be; proximus.be; icloud.com; yahoo.com; live.com; hotmail.co.uk; flowja.com; tstt.net.tt; "
        "protonmail.com; gmx.net; quicknet.nl; zonnet.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; BUNQ; KNAB; TRIO; RBRB; REVO; NNBA; FRBK"),
    "bank_gb": _semi("NWBK; BARC; LOYD; HBUK; MIDL; MONZ"),
}
