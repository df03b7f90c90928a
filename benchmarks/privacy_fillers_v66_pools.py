"""Name, street, place, domain and bank pools of the held-out split test_v66 (registered in the shared `POOLS`):
Dutch and Flemish, Caribbean Dutch, Moluccan, Chinese-Dutch, Surinamese, Turkish, Moroccan, Polish, Spanish,
Canadian and Nigerian people, with tussenvoegsels and double surnames."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v66"] = {
    "first": _semi(
        "Gijsbert; Hendrikje; Reinier; Willemijn; Teun; Floor; Jurre; Merel; Stijn; Vera; Maarten; Carlijn; "
        "Harm; Trijntje; Bart-Jan; Anne-Wil; Roos; Sven; Ineke; Dirk; Lonneke; Nienke; Gert; Henk; Ria; "
        "Shurandy; Jurick; Rignald; Giselle; Quincy; Yaritza; Shudayra; Jeandro; Natasha; Ruthmilda; "
        "Semuel; Johanis; Yopie; Welmoed; Ferry; Nelly; Octovianus; Fenna; Izaak; Debora; "
        "Mei Ling; Kai-Wen; Wing; Siu Fong; Jun; Xiu; Ah Kwan; Hoi Yan; Jia Hui; Chen; "
        "Radjesh; Sharita; Ashwin; Kavita; Romano; Gwendolyn; Errol; Ashanti; "
        "Hatice; Mustafa; Ilyas; Meryem; Bilal; Fatiha; Rachid; Samira; Yusuf; Büşra; "
        "Krzysztof; Małgorzata; Piotr; Joanna; Vasile; Andreea; Nikolai; Oksana; "
        "Pilar; Javier; Rocío; Alejandro; Montserrat; Iñaki; "
        "Brayden; Madison; Jean-François; Geneviève; Tyler; Kaitlyn; Mackenzie; Étienne; "
        "Chukwuemeka; Oluwaseun; Ngozi; Adebayo; Funmilayo; Emeka; Chiamaka; Tunde; Ifeoma; Babajide; "
        "Wout; Lotte; Seppe; Ine; Jorrit; Hanne; Arno; Eline"
    ),
    "surname": _semi(
        "van Rijswijk; de Bruijn; van der Veen; Schoonderwoerd; Hoogendoorn; Verhagen; Bosman; Kuipers; "
        "van Leeuwen; Groeneveld; Oudshoorn; Zwart; Blom; van Dam; Slagter; Wolters; Huisman; Brinkman; "
        "van der Meulen-Jansma; Bakker-van Dijk; de Graaf-Ouwerkerk; van Os-Ruijter; Smit-Boersma; "
        "van de Kamp; in den Bosch; van 't Wout; ter Beek; de la Court; van der Heijden; op 't Hof; "
        "Martina; Isenia; Römer; Maduro; Statia; Croes; Tromp; Wernet; Doran; Sulvaran; Koeiman; Felida; "
        "Latuheru; Pattiasina; Tuhumury; Wattimena; Sahetapy; Leiwakabessy; Pattipeilohy; Manuhutu; Lokollo; "
        "Tjoa; Liem; Kwee; Oei; Tan; Chan; Wong; Lam; Cheung; Ho; Lie-A-Ling; Tjon Sie Fat; Kwok; "
        "Ramsaran; Jagessar; Sitaldin; Biharie; Pinas; Tjin-A-Djie; Zebeda; Kromodikoro; "
        "Kaya; Demir; Arslan; Koç; El Khatib; Benali; Amrani; Haddouchi; "
        "Wójcik; Kamińska; Lewandowski; Dumitrescu; Ivanova; "
        "Fernández Ruiz; Martínez Soler; Navarro; Iglesias; "
        "Tremblay; Gagnon; Bouchard; MacDonald; Campbell; Côté; Leblanc; "
        "Adeyemi; Okafor; Eze; Balogun; Nwosu; Ogunleye; Chukwu; Abiodun; Okoro; "
        "De Backer; Verstraeten; Vandenbroucke; Van Hoof; Janssens; Mertens"
    ),
    "street_nl": _semi(
        "Prins Hendrikkade; Herengracht; Amstelveenseweg; Burgemeester Röellstraat; Hooghiemstraplein; "
        "Kanaalweg; Oude Rijn; Wittevrouwenstraat; Nieuwstraat; Lindenlaan; Esdoornlaan; Beukenhorst; "
        "Van Oldenbarneveltlaan; Professor Kamerlingh Onnesweg; Mgr. Nolenslaan; 1e Jan Steenstraat; "
        "Laan van Ypenburg; Zuidwal; Spui; Oranjeboomstraat; Kaya Grandi; Kaya Flamboyan; Molukkenstraat; "
        "Ambonstraat; Keizer Karelplein; Hertogstraat; Vughterweg; Brinklaan; Stadhouderslaan; Zeeweg; "
        "Lange Nieuwstraat; Turnhoutsebaan; Koningin Astridlaan; Frankrijklei; Vaartstraat"
    ),
    "street_en": _semi(
        "Yonge Street; Queen Street West; Rue Saint-Denis; Bloor Street East; Jasper Avenue; Robson Street; "
        "Maple Crescent; Sherbrooke Drive; Admiralty Way; Awolowo Road; Allen Avenue; Adeola Odeku Street; "
        "Ozumba Mbadiwe Avenue; Ring Road; Aminu Kano Crescent; Harbour Lane; Kingfisher Close"
    ),
    "street_es": _semi(
        "Calle Mayor; Avenida del Mediterráneo; Calle de la Paz; Paseo Marítimo; Calle San Vicente; "
        "Avenida de Andalucía; Carrer de Mallorca; Calle Real"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; xs4all.nl; telenet.be; live.nl; "
        "icloud.com; yahoo.ca; rogers.com; shaw.ca; yahoo.com; gmx.net; proton.me; caiway.nl; "
        "onsbrabantnet.nl; planet.nl; telfort.nl; me.com"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NNBA; FRBK"),
}
