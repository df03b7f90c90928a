"""Name, street, town, domain and bank pools of the held-out split test_v109 (registered in the shared `POOLS`):
patients, boat owners, homeowners, students, pharmacy clients, car sharers, couples, parents, cyclists and lottery
players from Twente, Brabant, Antwerp and the rest of the Low Countries, and of Moroccan, Turkish, Surinamese,
Polish, Indian, Nigerian, Chinese, Scottish and Australian origin."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


# Per origin: first names; surnames. `NAME_*` slots draw both from one origin most of the time.
ORIGINS: dict[str, tuple[str, str]] = {
    "nl": (
        "Femke; Joost; Marieke; Ruben; Esmée; Koen; Noor; Thijs; Wouter; Hanneke; Bas; Lieke; Gerben; Jolanda; "
        "Mart; Roos; Stijn; Willemijn",
        "Hoogendoorn; van Wijk; Boersma; Kramer; de Haan; van Leeuwen; Brink; Verbeek; Postma; van der Linden; "
        "Schipper; Zwart; Kok; Molenaar; de Ruiter; van Rossum",
    ),
    "tw": (
        "Gerrit; Hennie; Bennie; Dinie; Riekie; Jan-Willem; Herman; Gerda; Annie; Wim; Geert; Trijntje",
        "Nijhuis; Kamphuis; Oude Luttikhuis; Olde Rikkert; Lansink; Wolbers; ter Horst; Velthuis; Brinkhuis; "
        "Haarhuis; Nijenhuis; Assink; Oude Vrielink; Morsink",
    ),
    "br": (
        "Sjaak; Toon; Mieke; Riek; Harrie; Jo; Ad; Marietje; Frans; Noud; Dorien; Tonnie",
        "van den Heuvel; Verhoeven; van Dommelen; Swinkels; Coppens; van de Ven; Smulders; van Gils; "
        "van Kemenade; Vermeulen; de Laat; Bressers",
    ),
    "vl": (
        "Jef; Staf; Lien; Katrien; Wannes; Nele; Fien; Warre; Tine; Kobe; Jana; Seppe; Hilde; Dirk",
        "Peeters; Janssens; Van Looy; De Smet; Verstraeten; Goossens; Wouters; Claes; Van Hoof; Verbruggen; "
        "Van den Bossche; De Backer; Van Gucht; Aerts",
    ),
    "ma": (
        "Soufiane; Nordin; Ikram; Rachida; Bilal; Khadija; Yassine; Samira; Anouar; Loubna",
        "Ouali; Boukhari; Ait Taleb; Ezzahri; El Idrissi; Chaoui; Bouzid; Azzouzi; El Haddouchi; Tahiri",
    ),
    "tr": (
        "Emre; Elif; Mehmet; Zeynep; Hatice; Onur; Kübra; Serdar; Gökhan; Esra",
        "Öztürk; Çelik; Şahin; Yıldız; Doğan; Arslan; Koç; Aksoy; Kılıç; Güneş",
    ),
    "sr": (
        "Roshni; Dinesh; Shanti; Romeo; Ginny; Sharmila; Anil; Kenneth; Jermaine; Reshma; Usha; Errol; Glenda",
        "Ramdin; Sewdien; Jagesar; Kartodikromo; Pinas; Waterberg; Sitaldin; Soekhlal; Doelwijt; Mangal; "
        "Bhagwandin; Karsowidjojo; Brunswijk",
    ),
    "pl": (
        "Agnieszka; Paweł; Krzysztof; Małgorzata; Łukasz; Katarzyna; Piotr; Magdalena; Dariusz; Zofia",
        "Nowak; Wójcik; Zając; Mazur; Krawczyk; Pawlak; Sikora; Baran; Kubiak; Michalak; Walczak; Wróbel",
    ),
    "in": (
        "Aditi; Karthik; Sneha; Rohan; Lakshmi; Vikram; Ananya; Siddharth; Meera; Harish",
        "Venkatesan; Krishnamurthy; Bhattacharya; Gupta; Menon; Pillai; Subramanian; Agarwal; Deshpande; Rao",
    ),
    "ng": (
        "Chiamaka; Oluwaseun; Emeka; Ngozi; Chukwuemeka; Funmilayo; Tobenna; Adaeze; Babatunde; Folake; Ifeanyi; "
        "Yetunde; Obinna; Kelechi",
        "Okonkwo; Adebayo; Eze; Nwosu; Oyelaran; Balogun; Ogunleye; Chukwu; Adeyinka; Oladipo; Ibekwe; Obi; Afolabi",
    ),
    "cn": (
        "Wei; Xiaoling; Jun; Meiying; Hao; Yiting; Zhiwei; Lan; Qiang; Shu-fen",
        "Zhang; Liu; Huang; Xu; Lin; Chan; Zhou; Tang; Ho; Guo",
    ),
    "sc": (
        "Iain; Morag; Ewan; Kirsty; Eilidh; Hamish; Alasdair; Catriona; Struan; Isla; Murdo; Fiona; Angus; Mhairi",
        "MacLeod; Campbell; Stewart; McAllister; Buchanan; Sinclair; Mackintosh; MacDonald; Gillespie; Drummond; "
        "Robertson; Mackay; Ferguson; Urquhart",
    ),
    "au": (
        "Bronwyn; Shane; Kylie; Brodie; Mitchell; Tegan; Jarrah; Kirra; Darcy; Lachlan; Sheree; Travis",
        "Kelly; O'Brien; Fitzgerald; Papadakis; Wilkinson; Nguyen; Rossi; Hutchinson; McGrath; Whitehead; "
        "Donovan; Tran",
    ),
}

POOLS["test_v109"] = {
    **{f"first_{key}": _semi(first) for key, (first, _) in ORIGINS.items()},
    **{f"surname_{key}": _semi(last) for key, (_, last) in ORIGINS.items()},
    "first": [name for first, _ in ORIGINS.values() for name in _semi(first)],
    "surname": [name for _, last in ORIGINS.values() for name in _semi(last)],
    "female": _semi(
        "Femke; Marieke; Esmée; Noor; Hanneke; Lieke; Jolanda; Roos; Willemijn; Dinie; Riekie; Gerda; Annie; "
        "Trijntje; Mieke; Riek; Marietje; Dorien; Lien; Katrien; Nele; Fien; Tine; Jana; Hilde; Ikram; Rachida; "
        "Khadija; Samira; Loubna; Elif; Zeynep; Hatice; Kübra; Esra; Roshni; Shanti; Ginny; Sharmila; Reshma; "
        "Usha; Glenda; Agnieszka; Małgorzata; Katarzyna; Magdalena; Zofia; Aditi; Sneha; Lakshmi; Ananya; Meera; "
        "Chiamaka; Ngozi; Funmilayo; Adaeze; Folake; Yetunde; Xiaoling; Meiying; Yiting; Lan; Shu-fen; Morag; "
        "Kirsty; Eilidh; Catriona; Isla; Fiona; Mhairi; Bronwyn; Kylie; Tegan; Kirra; Sheree; Darcy; Mila; Tess; "
        "Yara; Saar; Amira; Lynn; Nova; Sara; Olivia; Hiba; Kiki; Senna; Bo; Zoë; Nour; Fay; Amelia; Harper; "
        "Isla-Rose; Ada; Ruby; Freya; Zara; Mei"
    ),
    "child": _semi(
        "Noah; Sem; Liam; Mila; Tess; Yara; Saar; Adam; Amira; Milan; Jesse; Lynn; Nova; Sara; Ayoub; Eymen; "
        "Olivia; Levi; Hiba; Kiki; Senna; Bo; Ilyas; Zoë; Jurre; Nour; Mees; Fay"
    ),
    "child_en": _semi("Amelia; Oscar; Harper; Archie; Isla-Rose; Chidi; Ada; Ruby; Lachie; Freya; Zara; Kofi; Mei"),
    "street_nl": _semi(
        "Oldenzaalsestraat; Hengelosestraat; Haaksbergerstraat; Deurningerstraat; Boddenkampstraat; Kuipersdijk; "
        "Ringbaan-Oost; Boschdijk; Stratumsedijk; Heuvelring; Piusstraat; Kruisstraat; Havenkade; Jachthavenweg; "
        "Buitenhaven; Schippersgracht; Esdoornlaan; Meidoornstraat; Populierenweg; Weverstraat; Smidsweg; "
        "Zonnebloemstraat; Lijsterbeslaan; Pastoor van Arsstraat; Burgemeester Jansenlaan; Dr. Ariënslaan; "
        "Van Heekstraat; Tuinstraat; Brinkstraat; Molenstraat; Kanaaldijk Noord; Spoorlaan"
    ),
    "street_be": _semi(
        "Carnotstraat; Turnhoutsebaan; Lange Kievitstraat; Kioskplaats; Sint-Bernardsesteenweg; Boomsesteenweg; "
        "Grotesteenweg; Frankrijklei; Mechelsesteenweg; Bredabaan; Kapelsestraat; Diksmuidelaan; Bisschoppenhoflaan"
    ),
    "street_sc": _semi(
        "Dalry Road; Byres Road; Leith Walk; Great Western Road; Union Street; Perth Road; Morningside Road; "
        "Dumbarton Road; Rosemount Place; Easter Road; Crown Street; Victoria Road"
    ),
    "street_au": _semi(
        "Sydney Road; Chapel Street; Brunswick Street; Glenferrie Road; Military Road; King Street; Beaufort Street; "
        "Gouger Street; Lygon Street; Oxford Street; Enmore Road"
    ),
    "street_ng": _semi(
        "Adeola Odeku Street; Allen Avenue; Awolowo Road; Herbert Macaulay Way; Admiralty Way; Ajose Adeogun Street; "
        "Ogui Road; Aminu Kano Crescent; Bode Thomas Street; Isaac John Street"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; xs4all.nl; planet.nl; live.nl; hetnet.nl; "
        "telenet.be; skynet.be; hotmail.be; icloud.com; yahoo.com; gmx.de; wp.pl; o2.pl; hotmail.nl"
    ),
    "domain_en": _semi(
        "gmail.com; yahoo.com; outlook.com; btinternet.com; yahoo.co.uk; bigpond.com; optusnet.com.au; "
        "icloud.com; qq.com; 163.com; student.utwente.nl; student.tue.nl; hotmail.co.uk; ymail.com"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NNBA"),
    "bank_gb": _semi("BOFS; RBOS; CLYD; NWBK; BARC; HBUK"),
}
