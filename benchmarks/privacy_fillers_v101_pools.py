"""Name, street, domain and bank pools of the held-out split test_v101 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v101"] = {
    "first": _semi(
        "Gerben; Hennie; Dinie; Bertus; Riekie; Jannes; Gerdien; Harm-Jan; Mariëlle; Frits; Truus; Sjra; Jo; "
        "Mia; Leon; Hanneke; Ger; Lucienne; Wim; Pascale; Jorn; Nienke; Twan; Fenna; Stijn; Bo; Mees; Liv; "
        "Warre; Nand; Lotte-Marie; Rik; Kato; Seppe; Jitske; Hamza; Ikram; Bilal; Soumaya; Youssef; Meryem; "
        "Tolga; Büşra; Serdar; Gülsen; Sunita; Radjesh; Chandni; Anh; Quang; Li Na; Jun; Chinedu; Ngozi; "
        "Oluwaseun; Adaeze; Emeka; Folake; Tunde; Rhys; Bethan; Dafydd; Ffion; Gethin; Sioned; Owain; Madison; "
        "Brayden; Chloé; Étienne; Mackenzie; Tyler; Amélie; Krzysztof; Małgorzata; Vasile; Andreea; Oksana; "
        "Yaroslav; Sofía; Tiago; Henrik; Astrid; Petra; Dirk-Jan; Anne-Wil; Jean-Pierre"
    ),
    "surname": _semi(
        "Oude Engberink; Nijhuis; Lammerink; Kamphuis; Brinkhuis; Velthuis; Wessels; Meijerink; ter Horst; "
        "Scholten; Olde Monnikhof; Assink; Haverkate; Pluijmen; Dassen; Stassen; Ummels; Hermans; Schreurs; "
        "Coumans; Moonen; Kusters; Jacobs; Van Gorp; Verhaegen; Van den Broeck; De Wachter; Mertens; Luyten; "
        "van der Meulen-Bakker; de Bruijn-Nieuwenhuis; van Leeuwen; van den Akker; in den Bosch; ten Cate; "
        "van 't Zand; de Graaf; Benali; El Khattabi; Amrani; Boukhari; Kaya; Doğan; Arslan; Kılıç; "
        "Ramsaran; Jagesar; Bhagwandin; Pham; Hoang; Chen; Wang; Okafor; Adeyemi; Eze; Nwosu; Balogun; "
        "Afolabi; Llewellyn; Pritchard; ap Gruffydd; Vaughan-Jones; Morgan; Tremblay; Gagnon; Bouchard; "
        "MacLeod; Fraser-Wong; Zieliński; Lewandowska; Dumitrescu; Melnyk; Kovalenko; Fernández Ruiz; "
        "Oliveira; Andersson; Novák"
    ),
    "street_nl": _semi(
        "Hengelosestraat; Oldenzaalsestraat; Deurningerstraat; Boddenkampsingel; Haaksbergerstraat; "
        "Brinkstraat; Essweg; Markt; Rijksweg Zuid; Akerstraat Noord; Heerlerbaan; Kasteel Schaesbergstraat; "
        "Brugstraat; Begijnenvest; Lange Kievitstraat; Turnhoutsebaan; Kiel; Volkstraat; Waterpoortweg; "
        "Volkstuinlaan; Ligplaatsweg; Hofstraat; Eikenlaan; Lindenlaan; Beukenhof; Middenweg; Kanaaldijk Oost; "
        "Prins Hendrikkade; Tweede Kostverlorenkade; Singelweg; Jonkheer van Riemsdijklaan"
    ),
    "street_en": _semi(
        "Awolowo Road; Allen Avenue; Adeola Odeku Street; Admiralty Way; Cathedral Road; Heol y Nant; "
        "Ffordd Las; Clive Street; Yonge Street; Queen Street West; Rue Sainte-Catherine; Maple Crescent; "
        "Sherbrooke Street; Birch Avenue; Pen-y-Lan Road; Wellington Terrace"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; home.nl; hetnet.nl; telenet.be; skynet.be; "
        "yahoo.com; yahoo.co.uk; btinternet.com; rogers.com; shaw.ca; videotron.ca; icloud.com; live.be; proton.me"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NNBA; FRGH"),
    "bank_gb": _semi("NWBK; BARC; LOYD; HBUK; MIDL"),
}
