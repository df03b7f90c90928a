"""Name, street, domain and bank pools of the held-out split test_v65 (registered in the shared `POOLS`): Dutch,
Flemish, Antillean, Surinamese, Indonesian-Dutch and Moluccan, Moroccan, Turkish, Polish, Scottish and Australian."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v65"] = {
    "first": _semi(
        "Gerdien; Hendrikje; Joost; Maarten; Willemijn; Sander; Berber; Ruben; Floor; Mees; Tess; Sven; Lotte; "
        "Jurriaan; Annelies; Teun; Hanneke; Dirk-Jan; Anne-Roos; Pieter-Bas; Mirjam; Ewout; Gijs; Nynke; Bauke; "
        "Shurendy; Jurensley; Ruthsela; Gilmar; Churandy; Sharlon; Dyonne; Giandro; Jeanrey; Xiomara; Quincy; "
        "Wulan; Ratna; Indra; Bambang; Sri; Ayu; Budi; Lestari; Johnny; Nona; Yopie; Semuel; Femmy; Benny; "
        "Radjesh; Sunita; Priya-Devi; Kavita; Naresh; Ashwin; Soraya; Imane; Khadija; Yassine; Bilal; Ilias; "
        "Mehmet; Ayşe; Hatice; Yusuf; Büşra; Emine; Piotr; Magdalena; Łukasz; Zofia; Jakub; Krzysztof; "
        "Eoin; Morag; Iain; Ailsa; Fraser; Kirsty; Hamish; Catriona; Euan; Isla; Mhairi; Lachlan; Bronwyn; "
        "Shane; Kylie; Darcy; Matilda; Brodie; Jarrah; Tamsin; Stijn; Lotte-Marie; Wout; Ellen; Seppe; Hanne; "
        "Amadou; Fatoumata; Thi Lan; Quang; Mei-Ling; Hiroshi; Anh"
    ),
    "surname": _semi(
        "van Rijswijk; van der Meulen; de Ruiter; Schipper; van Leeuwen; Koster; Verhagen; van Wijk; Prins; "
        "Huisman; van der Zee; de Bruijn; Timmermans; van Rossum; Scholten; Wolters; Groeneveld; Kok; "
        "van den Bosch-Mulder; de Graaf-van Dam; Kuipers-Hoogendoorn; van Essen-de Jong; Vos-Lubbers; "
        "van 't Zand; in de Braekt; ten Brinke; van de Kamp; op 't Hof; van der Linden; te Velde; d'Hondt; "
        "Martina; Isenia; Pieternella; Rosaria; Albertina; Janga; Cijntje; Leito; Doran; Statia; Winklaar; "
        "Tahapary; Pattinama; Latuheru; Wattimena; Siahaya; de Fretes; Lumentut; Soerjadi; Kartosen; "
        "Sasabone; Tanasale; Simatupang; Hasibuan; Ramdjan; Jagessar; Bissumbhar; Kalloe; Mohan; Ramsaran; "
        "Amrani; Bennani; El Khattabi; Tahiri; Boukhari; Demir; Kaya; Aydın; Arslan; Doğan; Wójcik; Lewandowski; "
        "Kamińska; Zieliński; MacLeod; Macdonald; Campbell; Sinclair; Munro; McAllister; Ferguson; Drummond; "
        "O'Brien; Papadopoulos; Kelly; Hartley; Nguyen; Vukovic; Tran; Diallo; Traoré; Van den Broeck; "
        "Vanhoutte; De Clercq; Verstraete; Mertens; Pham; Yamamoto; Chen"
    ),
    "street_nl": _semi(
        "Kanaalweg; Zonnebloemstraat; Jan van Galenstraat; Professor Kamerlingh Onneslaan; Burgemeester Visserpark; "
        "Mgr. Nolensplein; Tweede Jan Steenstraat; Van Speijkstraat; Kralingseweg; Westersingel; Slotlaan; "
        "Paterswoldseweg; Oosterstraat; Sophialaan; Binnenweg; Lindenlaan; Vinkenbaan; Kastanjelaan; "
        "Mauritsweg; Boompjes; Steenweg; Europalaan; Goudsbloemvallei; Schepenenlaan; Heiligeweg; "
        "Rembrandtlaan; Van Ostadestraat; Plein 1944; Hof van Holland; Zandvoortselaan; Bredaseweg; "
        "Overtoom; Kerkelanden; Berkenrode; Korte Nieuwstraat; Veldmaarschalk Montgomerylaan; "
        "Bergstraat; Tiensevest; Koningin Astridlaan; Frankrijklei; Stationsstraat; Brugsesteenweg"
    ),
    "street_en": _semi(
        "Sauchiehall Street; Byres Road; Leith Walk; Union Street; Great Western Road; Morningside Road; "
        "Perth Road; Dalry Road; Clepington Road; Rose Street; Chapel Street; Brunswick Street; Swanston Street; "
        "Glebe Point Road; King William Road; Lygon Street; Beach Road; Hay Street; Stirling Highway; "
        "Ann Street; Oxley Avenue; Wattle Grove; Banksia Crescent"
    ),
    "postcode_scot": _semi("G12; G41; EH6; EH10; AB10; AB24; DD1; KY16; IV2; PA3; FK8; PH1; KA7"),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; xs4all.nl; planet.nl; upcmail.nl; live.nl; "
        "telenet.be; proximus.be; icloud.com; yahoo.com; btinternet.com; bigpond.com; optusnet.com.au; "
        "protonmail.com; hotmail.co.uk; curacao.cw; onsnet.nu; me.com"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NTSB; FRBK; HAND"),
    "bank_gb": _semi("BOFS; RBOS; CLYD; NWBK; BARC"),
}
