"""Name, street, domain and bank pools of the held-out split test_v89 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v89"] = {
    "first": _semi(
        "Sjra; Har; Truus; Jo; Mia; Lei; Geert-Jan; Wiepke; Roelf; Grietje; Harm; Jantiena; Eltjo; Fenna; Wubbo; "
        "Aaltje; Menno; Trijntje; Luuk; Noortje; Thijs; Evi; Sepp; Katharina; Florian; Valentina; Lukas; Moritz; "
        "Hamish; Eilidh; Ailsa; Fraser; Morag; Lachlan; Isla; Struan; Kirsty; Angus; Graziella; Carmel; Joseph; "
        "Doris; Kurt; Marthese; Rodianne; Jesmond; Nazzareno; Yusuf; Meryem; Emre; Zehra; Rachid; Soufiane; "
        "Houda; Anouar; Thi Lan; Duc; Rajesh; Sunita; Chinedu; Ngozi; Kofi; Abena; Marek; Agnieszka; Dorota; "
        "Vesna; Dragan; Mirela; Ionuț; Oksana; Taras; Siobhan; Pilar; Nuno; Solveig; Mikkel; Anne-Fleur; "
        "Pieter-Bas; Marie-José; Jan-Willem; Sjoerdje"
    ),
    "surname": _semi(
        "Schrijnemakers; Janssen-Vliegen; Pluijmen; Hendrikx; Vroemen; Lardinois; Ubachs; Bemelmans; Meulenberg; "
        "Wetzels; Knols; Huisman; Wieringa; Mulder-Kuipers; Bolhuis; Oosting; Zwerver; Hazelhoff; Dijkhuis; "
        "Tammeling; Bakker-de Wit; van der Wal; ter Veen; de Haan-Smit; van den Bosch tot Ravenstein; "
        "van Ommeren; 't Lam; ten Cate; op de Weegh; van der Linden van Sprankhuizen; Gruber; Hofer; Pichler; "
        "Steinlechner; Moser; Unterberger; MacLeod; Fraser; Buchanan; Sutherland; McIntyre; Drummond; "
        "Mackenzie; Borg; Camilleri; Vella; Farrugia; Zammit; Galea; Grech; Azzopardi; Öztürk; Şahin; Aydın; "
        "El Idrissi; Bouzid; Amrani; Nguyen; Tran; Sharma; Ramkisoen; Okonkwo; Mensah; Asante; Wiśniewska; "
        "Nowakowski; Petrović; Jovanović; Popescu; Shevchenko; Ní Mhurchú; García López; Carvalho; Haugen; "
        "Sørensen; De Smedt; Van Damme"
    ),
    "street_nl": _semi(
        "Rijksweg Zuid; Akerstraat; Kloosterweg; Markt; Oranjeplein; Tongerseweg; Heerderweg; Brusselsestraat; "
        "Kerkraderweg; Sint Pieterskade; Herestraat; Oosterstraat; Zuiderdiep; Hoofdstraat West; Helperpark; "
        "Paterswoldseweg; Verlengde Hereweg; Winschoterdiep; Boerhaavelaan; Reitdiephaven; Achter de Kerk; "
        "Burgemeester van Nispenstraat; Slachthuisstraat; Graaf Adolfstraat; Koningin Julianalaan; Loswal; "
        "Kromme Elleboog; Heuvelstraat; 1e Hunzestraat; Dwarsweg"
    ),
    "street_en": _semi(
        "Leith Walk; Byres Road; Dumbarton Road; Great Western Road; Holburn Street; Perth Road; Easter Road; "
        "Bruntsfield Place; Triq il-Kbira; Triq San Pawl; Triq ir-Repubblika; Triq Tigne; Republic Street; "
        "Strand Road; Victoria Street; Union Terrace"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; home.nl; kpnmail.nl; caiway.nl; chello.nl; btinternet.com; "
        "sky.com; gmx.at; aon.at; maltanet.net; go.net.mt; melita.com; icloud.com; yahoo.com; telenet.be"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; RBRB; BUNQ; KNAB; TRIO; REVO; NNBA; HAND"),
    "bank_gb": _semi("BOFS; RBOS; CLYD; NWBK"),
}
