"""Name, street, domain and bank pools of the held-out split test_v83 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v83"] = {
    "first": _semi(
        "Gerdien; Harmke; Wessel; Jorrit; Ineke; Tjerk; Maartje; Reinout; Floortje; Diederik; Wendelien; Gijs; "
        "Annelot; Berend; Carlijn; Teun; Jet; Stijn; Quinten; Liselotte; Marlous; Henk-Jan; Els; Ria; Gré; "
        "Johannes; Elisabeth; Ferdinand; Yohanna; Semuel; Ruth; Agustinus; Magda; Frits; Nona; Benjamin; "
        "Edmilson; Adilson; Jandira; Ivanilda; Mirella; Nelson; Djenifer; Arlindo; Zulmira; Euclides; "
        "Meiling; Xiaowen; Jun; Hui; Zhiwei; Yuting; Kwok-Wai; Siu Ling; Shanice; Delroy; Tashana; Kemar; Odane; "
        "Shericka; Winston; Marcia; Aarav; Lakshmi; Venkatesh; Sneha; Harpreet; Arjun; Deepika; Raghav; Priyanka; "
        "Mustafa; Hatice; Yasin; Büşra; Said; Khadija; Ilham; Redouan; Samira; Gianni; Roshni; Radjesh; Chandni; "
        "Priscilla; Marius; Jolanta; Wojciech; Oksana; Ahmad; Rasha; Feven; Tewelde; Brecht; Lotte; Warre; Nele"
    ),
    "surname": _semi(
        "van der Veen; de Jong; van Leeuwen; ten Brinke; van de Kamp; van Rijswijk; Scholten; Huisman; Nijland; "
        "Westerhof; Boersma; Koopmans; Timmerman; ter Horst; van Ommen; Veldkamp; van Es; de Ruiter-Bos; "
        "van Wijk-Pattikawa; Groenewegen; Brinkman; Pattikawa; Latumahina; Sahetapy; Tuhumury; Wattimena; "
        "Leiwakabessy; Manuhutu; Sopacua; Lopes Tavares; Fortes; Andrade; Semedo; Monteiro; Delgado; Furtado; "
        "Varela; Chen; Wong; Lam; Cheung; Huang; Lin; Zhou; Campbell; Gayle; McFarlane; Thompson-Reid; Clarke; "
        "Powell; Brissett; Subramanian; Iyer; Reddy; Sharma; Chatterjee; Gill; Menon; Kaya; Doğan; Arslan; "
        "Benali; Amrani; El Khattabi; Tahiri; Jagessar; Ramcharan; Biharie; Kowalski; Zieliński; Melnyk; "
        "Haddad; Habte; Vandenbroucke; De Clercq; Verhaeghe; Van den Bossche; D'Hondt; Van Acker; "
        "van den Broek-Chen; Oudshoorn; de Graaf; van der Meulen; Kuiper; Verhoef"
    ),
    "cn_first": _semi("Meiling; Xiaowen; Jun; Hui; Zhiwei; Yuting; Jiahao; Lihua; Wenjie; Shuang; Haoran; Yan"),
    "cn_surname": _semi("Chen; Wang; Li; Zhang; Liu; Huang; Zhou; Wu; Lin; Xu; He; Guo; Ye; Zheng"),
    "street_nl": _semi(
        "Ambonstraat; Molukkenstraat; Tidorestraat; Delfshavense Schie; Heemraadssingel; Mathenesserlaan; "
        "Schiedamseweg; Boezemsingel; Nieuwe Kerkstraat; Rijksstraatweg; Weverstraat; Slotlaan; Zwanenlaan; "
        "Kastanjelaan; Esdoornstraat; Wilgenhof; Anjelierstraat; Klaprooslaan; Bachstraat; Mozartlaan; "
        "Professor Kamerlingh Onneslaan; Burgemeester Roëllstraat; Dokter Zamenhofstraat; Sint Annastraat; "
        "Achter de Molens; Oude Delft; Korte Nieuwstraat; Lange Haven; Wolvenstraat; Tuinstraat; Kanaalweg; "
        "Veerweg; Dijkgraaf Poortmanstraat; Oranjeboomstraat; Kortrijkstraat; Brugsesteenweg; Gentse Baan"
    ),
    "street_en": _semi(
        "Hope Road; Constant Spring Road; Barbican Road; Half Way Tree Road; Molynes Road; Brigade Road; "
        "MG Road; Linking Road; Hill Road; Anna Salai; Park Street; Lavender Hill; Coldharbour Lane; "
        "Wellington Road; Ashfield Avenue; Rosemary Close; Chestnut Grove; Alder Way"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; xs4all.nl; planet.nl; live.nl; telenet.be; "
        "qq.com; 163.com; yahoo.com; rediffmail.com; yahoo.co.in; icloud.com; protonmail.com; sapo.cv; msn.com"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NNBA; FVLB"),
    "bank_gb": _semi("NWBK; BARC; LOYD; HBUK; MIDL"),
}
