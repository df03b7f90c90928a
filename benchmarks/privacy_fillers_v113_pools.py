"""Name, street, town, domain and bank pools of the held-out split test_v113 (registered in the shared `POOLS`):
hospital patients, tenants, TV and internet subscribers, bank customers in the red, drivers with hail damage,
parents buying school uniforms, library members, bereaved families, anglers and zoo members from Friesland,
Zeeland, Flanders, the rest of the Netherlands and its Moroccan, Turkish, Surinamese, Polish and Chinese families,
and from Ghana, the Philippines, Wales, Nigeria and India."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


# First names of each population, men's before the bar and women's after it.
_FIRST = {
    "fy": "Sjoerd; Tsjalling; Hylke; Foppe; Romke; Tsjerk; Sybren; Durk; Ype; Jouke; Bauke | Baukje; Gerbrich; "
    "Wytske; Aukje; Sietske; Jildou; Geartsje; Marrit; Froukje",
    "zl": "Adriaan; Marinus; Leendert; Kees; Izaak; Lein; Bastiaan; Jacobus | Janna; Pieternella; Jacomina; Neeltje; "
    "Jannie; Maatje; Cornelia; Tannetje",
    "nl": "Joost; Bas; Wouter; Niels; Ruben; Thijs; Guus; Jeroen; Stijn | Femke; Marjolein; Esther; Jacqueline; Inge; "
    "Mirjam; Karlijn; Annelies; Hester",
    "be": "Wout; Pieter-Jan; Seppe; Brecht; Korneel; Wannes; Jef | Jolien; Ine; Elke; Lotte; Griet; Hanne; Marthe",
    "ma": "Yassine; Soufiane; Rachid; Anouar; Mounir; Othman; Zakaria | Khadija; Nadia; Loubna; Samira; Siham; Hafsa",
    "tr": "Emre; Mehmet; Hakan; Yusuf; Kerem; Onur | Zeynep; Elif; Büşra; Gülşen; Sibel; Hatice",
    "sr": "Rishi; Ravi; Quincy; Ashwin; Errol; Romeo | Shanti; Anjali; Rowena; Chandni; Ingrid; Priscilla",
    "pl": "Marek; Kamil; Piotr; Grzegorz; Krzysztof | Agnieszka; Magdalena; Joanna; Małgorzata; Beata; Dorota",
    "cn": "Wei; Jun; Hao; Jianhua; Zhenyu; Yiming; Qiang | Xiaoling; Mei; Lingling; Xiuying; Ruolan; Yan",
    "gh": "Kwame; Kofi; Yaw; Kwabena; Kwesi; Nana Yaw; Kojo | Akosua; Ama; Abena; Efua; Adwoa; Afia; Esi",
    "ph": "Jose Miguel; Jomar; Mark Anthony; Jerome; Rowel; Jhun; Arnel | Maria Cristina; Rhea; Analyn; Princess; "
    "Ma. Theresa; Lovely; Marivic",
    "cy": "Rhys; Dafydd; Iwan; Geraint; Owain; Gethin | Cerys; Siân; Gwenllian; Ffion; Llinos; Carys; Eluned; Nia",
    "ng": "Chinedu; Emeka; Oluwaseun; Babajide; Uchenna; Ikechukwu | Adaeze; Yetunde; Chiamaka; Folake",
    "in": "Rohan; Vikram; Rahul; Siddharth; Karthik | Ananya; Lakshmi; Deepika; Pooja; Nandini",
}
_SURNAME = {
    "fy": "Wiersma; Hiemstra; Terpstra; Bergsma; Sikkema; Feenstra; Haitsma; Jellema; Zijlstra; van der Veen; "
    "Boersma; Tjeerdsma; de Haan; Rinsma; Kloosterman; Westra",
    "zl": "Wisse; Minderhoud; de Pagter; Verhage; Dregmans; Kodde; Sinke; Koppejan; Joosse; Lievense; Dekker; "
    "Poppe; Louwerse; van de Velde; Traas; Cijsouw",
    "nl": "van Leeuwen; Verhoeven; Kramer; Willemsen; van der Linden; Koster; Timmermans; de Ruiter; Scholten; "
    "van Wijk; Prins; Huisman; Vermeer; de Graaf; Jacobs",
    "be": "Vandenberghe; De Smet; Maes; Wuyts; Vermeulen; Van Damme; Declercq; Lambrecht; Van Acker; Desmet; "
    "Vanhove; De Meyer",
    "ma": "Azzouzi; Boukhari; El Idrissi; Ouali; Tahiri; Bouzidi; Chaouch; Essaidi; El Ouazzani; Ben Haddou; "
    "Amezian; Aarab",
    "tr": "Demir; Kaya; Çelik; Aydın; Öztürk; Şahin; Arslan; Doğan; Yıldız; Kılıç; Erdoğan; Polat",
    "sr": "Ramdin; Jagesar; Sewdien; Kartodikromo; Pinas; Sabajo; Doekhie; Bhagwandin; Wongsodikromo; Fung-A-Loi; "
    "Linger; Mangroe",
    "pl": "Wiśniewski; Zieliński; Wójcik; Kamiński; Lewandowski; Szymański; Dąbrowski; Kaczmarek; Grabowski; Pawlak",
    "cn": "Zhang; Wang; Liu; Chen; Huang; Zhou; Lin; Wu; Xu; Sun; Zheng; Guo",
    "gh": "Mensah; Asante; Owusu; Boateng; Agyeman; Osei; Appiah; Ofori-Atta; Amoako; Darko; Quaye; Nkansah; "
    "Tetteh; Adjei",
    "ph": "Dela Cruz; Santos; Reyes; Bautista; Villanueva; Mendoza; Manalo; De Guzman; Pangilinan; Macaraeg; "
    "Dimaculangan; Soriano",
    "cy": "ap Gwilym; Pritchard; Llewellyn; Bowen; Vaughan; Howells; Powell; Griffiths; Prosser; Parry; Pugh; "
    "Lloyd-Jones",
    "ng": "Okonkwo; Adeyemi; Eze; Nwosu; Balogun; Olawale; Ogunleye; Chukwu; Adewale; Obi",
    "in": "Iyer; Reddy; Sharma; Menon; Banerjee; Chatterjee; Gupta; Krishnan; Pillai; Nair",
}

POOLS["test_v113"] = {
    **{f"first_{origin}_m": _semi(text.split("|")[0]) for origin, text in _FIRST.items()},
    **{f"first_{origin}_f": _semi(text.split("|")[1]) for origin, text in _FIRST.items()},
    **{f"surname_{origin}": _semi(text) for origin, text in _SURNAME.items()},
    "first": [name for text in _FIRST.values() for name in _semi(text.replace("|", ";"))],
    "surname": [name for text in _SURNAME.values() for name in _semi(text)],
    "han_surname": list("张王李刘陈杨黄周吴徐孙林"),
    "han_given": "伟 秀英 敏 静 丽 强 磊 洋 艳 杰 娟 涛 明 超 晓玲 建华 志远".split(),
    "street_fy": _semi(
        "Haadstrjitte; Tsjerkestrjitte; Skoalleane; Mounewei; Nije Buorren; Wâldwei; Harnzerdyk; Singel; "
        "Easterein; Feanspeed; Dykshoekje; Kollumerwei; Tsjerkepaad; Noarderdyk; Âlde Leane"
    ),
    "street_zl": _semi(
        "Lange Noordstraat; Badhuisstraat; Kaaistraat; Dijkwelsestraat; Nieuwe Haven; Zuidsingel; Noordweg; "
        "Havendijk; Poelendaelesingel; Zandweg; Oranjestraat; Kerkring; Wijngaardstraat; Ooststraat"
    ),
    "street_nl": _semi(
        "Van Ostadestraat; Burgemeester Roosstraat; Johan de Wittlaan; Pijnackerstraat; Groenhovenstraat; "
        "Marnixkade; Utrechtseweg; Amstelveenseweg; Hoornbeekstraat; Schiedamseweg; Kastanjelaan; Dorpsweg; "
        "Jan van Galenstraat; Spoorlaan; Koekoekslaan"
    ),
    "street_be": _semi(
        "Kortrijksesteenweg; Brugse Poort; Dampoortstraat; Vlaanderenstraat; Gentsesteenweg; Leopoldlaan; "
        "Sint-Jacobsstraat; Groeningestraat; Nieuwstraat; Koning Albertlaan; Zuidlaan; Tiensestraat"
    ),
    "street_cy": _semi(
        "Heol y Deri; Ffordd Las; Stryd Fawr; Lôn Goed; Heol Penrallt; Cathedral Road; Penglais Road; "
        "Ffordd Caergybi; Mumbles Road; Heol Iscoed; Stryd y Bont; Tudor Street"
    ),
    "house_cy": _semi("Tŷ Gwyn; Bryn Awel; Hafod; Nant y Felin; Llys Teg; Glan yr Afon"),
    "street_gh": _semi(
        "Oxford Street, Osu; Ring Road East; Liberation Road; Spintex Road; Lagos Avenue, East Legon; "
        "Mango Tree Avenue, Asylum Down; Boundary Road; Dzorwulu Crescent; Nima Highway; Sakumono Broadway"
    ),
    "street_ph": _semi(
        "Sampaguita St.; Camia St.; Kamuning Road; Mabini St.; Ilang-Ilang St.; P. Tuazon Blvd.; Maginhawa St.; "
        "Aguinaldo Highway; Gen. Luna St.; Katipunan Ave."
    ),
    "barangay": _semi("Brgy. Malanday; Brgy. San Isidro; Brgy. Poblacion; Brgy. Holy Spirit; Brgy. Batasan Hills"),
    "street_cn": _semi("漕溪北路; 中山北路; 人民路; 解放西路; 延安东路; 淮海中路; 天河路; 建国路"),
    "street_pl": _semi("Długa; Piękna; Marszałkowska; Kościuszki; Słowackiego; Ogrodowa; Polna; Lipowa"),
    "domain_nl": _semi(
        "ziggo.nl; kpnmail.nl; hetnet.nl; home.nl; planet.nl; gmail.com; hotmail.com; outlook.com; live.nl; "
        "icloud.com; zeelandnet.nl; xs4all.nl; upcmail.nl; caiway.nl"
    ),
    "domain_be": _semi("telenet.be; skynet.be; proximus.be; hotmail.be; gmail.com; scarlet.be"),
    "domain_en": _semi(
        "gmail.com; yahoo.com; yahoo.com.ph; outlook.com; btinternet.com; sky.com; hotmail.co.uk; icloud.com; "
        "ymail.com; live.com; aol.com"
    ),
    "domain_cn": _semi("qq.com; 163.com; 126.com; foxmail.com; sina.com; gmail.com"),
    "domain_work_nl": _semi(
        "tegelhandel-sneek.nl; deltatechniek-goes.nl; zeeuwsgroen.nl; fryskewaar.frl; brugsebouw.be; "
        "hengelsport-veere.nl; dieren-en-co.nl; koelbouw-drachten.nl"
    ),
    "domain_work_en": _semi(
        "hafan-design.cymru; akwaaba-logistics.com.gh; isla-bpo.ph; tywi-vets.co.uk; kumasi-agro.com.gh; "
        "bayanihan-staffing.com.ph"
    ),
    "bank_nl": _semi("RABO; INGB; ABNA; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; NNBA; HAND"),
    "bank_gb": _semi("NWBK; BARC; LOYD; HBUK; MIDL; NAIA"),
}
