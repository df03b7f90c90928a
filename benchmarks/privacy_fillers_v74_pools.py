"""Name, street, domain and bank pools of the held-out split test_v74 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v74"] = {
    "first": _semi(
        "Gijsbert; Hendrikje; Teunis; Aaltje; Evert-Jan; Willemijn; Rutger; Floortje; Diederik; Sterre; Jelmer; "
        "Marit; Stijn; Lotte-Marie; Bart; Ellemijn; Quinten; Veerle; Koos; Riet; Dirkje; Harm; Trijntje; Gerard; "
        "Ilias; Yasmina; Bilal; Khadija; Hamza; Salma; Mustafa; Esra; Tolga; Büşra; Orhan; Seda; Devika; Ravi; "
        "Sunita; Kishan; Lin; Hui; Thanh; Quang; Kwame; Efua; Obinna; Ngozi; Abdi; Hodan; Mariusz; Zofia; "
        "Radosław; Vasile; Andreea; Iryna; Taras; Francesca; Lorenzo; Alejandro; Pilar; Rui; Conceição; Sven; "
        "Astrid; Pádraig; Orla; Caoimhe; Eoin; Fionnuala; Hamish; Morag; Ailsa; Euan; Catriona; Seppe; Wout; "
        "Lowie; Marthe; Jozefien; Rik; Nele; Jeroen; Fenna; Aleyna; Noa; Sem; Mees; Liv; Ayla"
    ),
    "surname": _semi(
        "van Ommeren; de Bruijn; ter Horst; van der Ploeg; van Leeuwen-Bos; Schipper; Wagenaar; Koopmans; "
        "Scholten; Brink; de Ruiter; van Dam; Hogenboom; Veenstra; Lubbers; Nijhuis; Kuipers-van Dalen; "
        "van 't Zand; in der Maur; ten Cate; op 't Hoog; van de Kamp; de Jong-Bakker; Groenewegen; Timmermans; "
        "Aarts; Verhagen; van Gils; Bogaerts; Vandenbroucke; Van Acker; De Clercq; Vercammen; Willems; Mertens; "
        "Dewulf; Haddou; Amrani; El Khattabi; Boukhari; Benali; Kaya; Doğan; Arslan; Kılıç; Güneş; Jagroep; "
        "Ramsaroep; Baldewsingh; Pham; Hoang; Wang; Chen; Boateng; Owusu; Adeyemi; Abdullahi; Wójcik; "
        "Zielińska; Kamiński; Dumitrescu; Stan; Kovalenko; Bondarenko; Ricci; Romano; Martínez Ruiz; "
        "Santos Pereira; Andersson; Ó Conaill; Ní Bhriain; McLaughlin; O'Donnell; Mac an tSaoi; Drummond; "
        "MacLeod; Buchanan; Sinclair; Ferguson; Campbell-Gray; Haverkamp; Mol; Dekkers"
    ),
    "street_nl": _semi(
        "Kastanjelaan; Beukenhof; Julianastraat; Koning Willem III-laan; Prins Hendrikkade; Zonnebloemweg; "
        "Van Speijkstraat; Burgemeester Visserpark; Hoge Larenseweg; Heuvelrug; Spoorsingel; Kanaalweg Noord; "
        "Kerklaan; Nieuwstraat; 1e Jan Steenstraat; Lindengracht; Tolhuisweg; Molenaarsgraaf; Dijkgraaf; "
        "Dr. Ariënslaan; Mgr. Nolensplein; Plein 1944; Slingerweg; Wethouder Nijhuisstraat; Laan der Hesperiden"
    ),
    "street_be": _semi(
        "Kapellestraat; Leuvensesteenweg; Oudenaardsesteenweg; Dorpsplein; Statiestraat; Turnhoutsebaan; "
        "Brugsesteenweg; Sint-Jorisstraat; Vlaamsekaai; Gentse Baan; Kerkhofdreef; Bosstraat"
    ),
    "street_en": _semi(
        "Sauchiehall Street; Leith Walk; Byres Road; Morningside Road; Union Street; Dalkeith Road; "
        "Drumcondra Road; Salthill Promenade; Patrick Street; O'Connell Avenue; Ranelagh Road; Main Street; "
        "Bruntsfield Place; Great Western Road; Castle Terrace; Glenageary Park"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; xs4all.nl; caiway.nl; telenet.be; "
        "proximus.be; skynet.be; icloud.com; me.com; yahoo.co.uk; btinternet.com; eircom.net; live.ie; "
        "protonmail.com; hetnet.nl; planet.nl; web.de"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NNBA; FRBK"),
    "bank_ie": _semi("AIBK; BOFI; IPBS"),
    "bank_gb": _semi("RBOS; BOFS; CLYD; NWBK; HBUK"),
}
