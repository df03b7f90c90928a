"""Name, street, domain and bank pools of the held-out split test_v108 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v108"] = {
    "first": _semi(
        "Grietje; Harm; Jelmer; Ineke; Albertus; Roelof; Wubbo; Hennie; Jannie; Sjra; Mariëlle; Joep; Ger; Truus; "
        "Pieke; Lowieke; Tuur; Lotte; Jozefien; Rik; Bavo; Amber; Nand; Yentl; Wim; Sanne; Tijn; Maud; Gijs; Fenna; "
        "Mustafa; Ilias; Salma; Yasmina; Hamza; Büşra; Furkan; Ayşe; Ravi; Sunita; Arjun; Priyanka; Deepak; "
        "Kavitha; Thabo; Lerato; Sipho; Nomvula; Pieter-Jan; Annelize; Zanele; Heather; Graham; Shirley; Barry; "
        "Kathleen; Tyrone; Mei-Ling; Hoang; Linh; Kwame; Efua; Tunde; Amina; Marek; Joanna; Radu; Yulia; Taras; "
        "Nikos; Chiara; Paolo; Rocío; Tiago; Astrid; Sven; Finley; Maeve; Iolo; Siân; Jean-Baptiste; Éloïse; "
        "Anne-Sophie"
    ),
    "surname": _semi(
        "Huizinga; Bolhuis; Mulder; Wierenga; Dijkhuis; Brondijk; Smid; Veldman; Kuipers-Wolters; Schuiling; "
        "Pluijmaekers; "
        "Notermans; Crombach; Hermans; Schoonbrood; Dassen; Vanhoutte; De Clercq; Van de Velde; Vandenbroucke; "
        "Verhaeghe; D'Hondt; Van Acker; De Meyer-Baert; van der Meulen; ten Brink; van Ooijen; van der Ploeg-Huisman; "
        "de Wolf; van 't Zand; in den Bosch; Benali; Amrani; El Khattabi; Aydın; Kaya; Demir; Sharma; Iyer; "
        "Reddy; Chatterjee; Naidoo; van der Merwe; Botha; Mokoena; Dlamini; Pretorius; Sutcliffe; Ackroyd; "
        "Hebblethwaite; Armitage; Crowther; Pham; Chen; Wong; Owusu; Adeyemi; Abubakar; Kaczmarek; Zielińska; "
        "Dumitru; Kovalenko; Papadopoulos; Bianchi; Moretti; Sánchez Ruiz; Carvalho; Johansson; Lundgren; "
        "Llewellyn; Ó Conaill; Brennan; Lemaire; Fontaine; Mertens; Jacobs"
    ),
    "street_nl": _semi(
        "Oosterstraat; Herebinnensingel; Verlengde Hereweg; Zuiderdiep; Paterswoldseweg; Damsterdiep; "
        "Helperzoom; Wilhelminasingel; Stokstraat; Tongersestraat; Rijksweg Noord; Akerstraat; Kloosterweg; "
        "Korenmarkt; Overpoortstraat; Coupure Links; Sint-Pietersnieuwstraat; Kortrijksepoortstraat; Dampoortstraat; "
        "Lindenlaan; Klaverweide; Beukenhof; Manegeweg; Ruiterpad; Hoefslag; Stalhouderij; Zandpad; Vlinderhof; "
        "Burgemeester Van Suchtelenstraat; Jonkheer Ruijsstraat; Prof. Kamerlingh Onnesweg; Sint Annadal"
    ),
    "street_en": _semi(
        "Kirkgate; Briggate; Otley Road; Ecclesall Road; Harrogate Road; Skipton Road; Bootham; Long Street; "
        "Kloof Street; Main Road; Rivonia Road; Jan Smuts Avenue; MG Road; Brigade Road; Linking Road; "
        "Residency Road; Sycamore Avenue; Moorland Rise; Heathfield Close"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; home.nl; telenet.be; proximus.be; "
        "icloud.com; yahoo.co.in; rediffmail.com; mweb.co.za; webmail.co.za; btinternet.com; talktalk.net; "
        "proton.me; posteo.de; live.be"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NTSB; FRBK"),
    "bank_gb": _semi("NWBK; BARC; LOYD; HBUK; MIDL; YORK"),
}
