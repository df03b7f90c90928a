"""Name, street, town, domain and bank pools of the held-out split test_v117 (registered in the shared `POOLS`): dog
owners at a daycare and boarding kennel, households with a waste container pass, newcomers enrolling for Dutch
courses, people renting a sloep by the hour, home owners claiming an insulation subsidy, piano owners, couples
booking a wedding venue, employees renting an allotment on their employer's grounds, bicycle couriers and blood
donors; from Limburg (Venlo, Maastricht) and West Flanders, Surinamese, Ghanaian and Nigerian Dutch, Moroccan,
Turkish, Polish, Indian, Chinese, Syrian, Eritrean and Ukrainian newcomers and residents, and Canadians and New
Zealanders. Each origin keeps its own given names and surnames."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _list(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


_GIVEN = {
    "du": "Marleen;Jeroen;Femke;Wouter;Inge;Sander;Esther;Niels;Karin;Ruben;Sabine;Maarten;Eline;Bas;Mirjam;Joost;"
    "Annet;Rutger;Nienke;Gijs",
    "li": "Sjra;Mia;Lei;Thei;Huub;Mariëlle;Wiel;Sjaak;Finy;Ger;Hub;Jeanne;Servé;Math;Truus;Roel;Loes;Bèr;Lieke;Pim",
    "wv": "Jelle;Fien;Seppe;Lotte;Wout;Elien;Matthias;Hanne;Lander;Ruth;Bert;Annelies;Dries;Marijke;Tibo;Charlotte",
    "sr": "Humphrey;Chantal;Orlando;Rosita;Iwan;Melvin;Juanita;Ferdinand;Gracia;Dennis;Shanice;Quincy;Ravenna;Jurgen;"
    "Sandra;Romeo",
    "gh": "Kwame;Akosua;Kofi;Ama;Yaw;Abena;Kwabena;Efua;Kojo;Adwoa;Nana Yaw;Yaa;Kwesi;Esi;Akua;Fiifi",
    "ng": "Emeka;Chiamaka;Babatunde;Funmilayo;Uche;Adaeze;Segun;Nneka;Aisha;Chukwuemeka;Oluwaseun;Ifeoma;Tobi;Zainab",
    "ca": "Brody;Kayla;Tyler;Madison;Connor;Avery;Dylan;Brooklyn;Étienne;Geneviève;Mathieu;Mackenzie;Harpreet;Jaspreet",
    "nz": "Aroha;Tama;Mere;Wiremu;Ngaio;Hemi;Anahera;Rawiri;Liam;Georgia;Blair;Kiri;Sione;Mele;Fraser;Hine",
    "ma": "Anouar;Soufiane;Nadia;Samira;Karim;Zineb;Mounir;Loubna;Yassine;Hafsa;Tarik;Sanae;Achraf;Ikram",
    "tr": "Elif;Onur;Merve;Tolga;Büşra;Hakan;Tuğba;Volkan;Esra;Selim;Zeynep;Barış;Gizem;Oğuz",
    "pl": "Marek;Agnieszka;Krzysztof;Małgorzata;Piotr;Ewa;Grzegorz;Joanna;Michał;Magdalena;Rafał;Kinga",
    "in": "Rohan;Ananya;Vikram;Ishita;Karthik;Nandini;Rahul;Shreya;Sanjay;Priyanka;Aravind;Deepa",
    "cn": "Wei;Xiaoling;Jun;Hui;Yang;Fang;Lei;Qing;Bo;Meiyu;Hao;Yanling",
    "sy": "Rami;Lina;Omar;Hala;Mahmoud;Rasha;Khaled;Nour;Ahmad;Dima;Bashar;Reem",
    "er": "Tesfay;Senait;Yonas;Helen;Filmon;Mebrat;Robel;Saba;Mussie;Luwam;Dawit;Yordanos",
    "ua": "Oksana;Dmytro;Olena;Andriy;Iryna;Serhiy;Kateryna;Bohdan;Yulia;Taras",
}
_FAMILY = {
    "du": "van der Linden;Kok;Veenstra;de Haan;Prins;Bosman;van Leeuwen;Schipper;de Wit;Huisman;Post;Kuiper;"
    "van der Meer;Willemsen;Verbeek;Koster;van Rijn;Bouwman;de Bruijn;Vermeer",
    "li": "Hermans;Geurts;Vossen;Schreurs;Hendrikx;Coenen;Brouns;Wijnands;Houben;Bemelmans;Cremers;Lemmens;Ramakers;"
    "Vaessen;Bongers;Verheggen;Kusters;Dirkx;Moonen;Gubbels;Hanssen;Pluijmen",
    "wv": "Vandewalle;Vanhaecke;Declercq;Verhaeghe;Vanneste;Deconinck;Vandamme;Devos;Dewulf;Vercruysse;Desmet;"
    "Lefevere;Vanhoutte;Degryse;Verstraete;Vandenbussche;Ameloot;Coussement;Dejonghe",
    "sr": "Wijngaarde;Emanuelson;Zaalman;Boldewijn;Neslo;Rellum;Kerwel;Tjong-Ayong;Graanoogst;Bendt;Koorndijk;Panka;"
    "Vlijter;Abrahams;Sabajo;Landveld",
    "gh": "Mensah;Boateng;Asante;Owusu;Appiah;Osei;Agyeman;Ofori;Darko;Amoah;Acheampong;Bonsu;Adjei;Quaye;Ansah",
    "ng": "Okafor;Adeleke;Nwachukwu;Olatunji;Obi;Ibekwe;Onyeka;Bello;Afolabi;Okoro;Uzor;Adesanya;Ogbonna",
    "ca": "MacDonald;Tremblay;Gagnon;Roy;Côté;Bouchard;Campbell;Leblanc;Boucher;Stewart;Morin;Sandhu;Gill;MacNeil",
    "nz": "Ngata;Tipene;Parata;Te Whata;Horomona;Rangihau;Henare;McLeod;Sinclair;Hamilton;Faleolo;Taufa;Leota;"
    "Fonoti;Gibson;Te Awa",
    "ma": "Bouchtaoui;El Idrissi;Bennani;Lahlou;Aberkane;El Mokaddem;Azaouagh;Haddouchi;Ouali;Ait Lahcen;Essafi;"
    "Belkadi;Chakir;Ezzahraoui",
    "tr": "Yücel;Erdem;Tekin;Kaya;Bulut;Uçar;Akgül;Coşkun;Şimşek;Ateş;Kocaman;Duman;Özkan;Türkmen",
    "pl": "Nowak;Wróbel;Grabowski;Pietrzak;Sikora;Baran;Jasińska;Michalak;Zając;Król;Wieczorek;Kołodziej",
    "in": "Sharma;Nair;Rao;Banerjee;Patil;Agarwal;Krishnamurthy;Mehta;Venkataraman;Dasgupta;Kapoor;Subramanian",
    "cn": "Wang;Li;Yang;Ma;Hu;Gao;Luo;Zheng;Liang;Xie;Song;Tang",
    "sy": "Al-Hassan;Haddad;Khalil;Darwish;Al-Masri;Sabbagh;Hamwi;Kassab;Al-Khatib;Najjar",
    "er": "Tesfamariam;Gebremedhin;Haile;Berhe;Kidane;Woldu;Ghebreyesus;Tekle;Mehari;Abraha",
    "ua": "Kovalenko;Shevchuk;Bondarenko;Melnyk;Tkachenko;Kravchuk;Oliynyk;Savchenko;Moroz;Lysenko",
}

POOLS["test_v117"] = {
    **{f"given_{origin}": _list(text) for origin, text in _GIVEN.items()},
    **{f"family_{origin}": _list(text) for origin, text in _FAMILY.items()},
    # Nigerian middle names (Yoruba and Igbo)
    "middle_ng": _list("Oluwadamilare;Chinonso;Adebola;Ikechukwu;Olamide;Chidera;Temitope;Nnamdi;Ayomide;Kelechi"),
    # Limburgers are often called by a short form of their baptismal name; forms carry the long one
    "baptismal_li_m": _list("Gerardus;Leonardus;Theodorus;Hubertus;Wilhelmus;Jacobus;Mathias;Servatius;Henricus;Maria"),
    "baptismal_li_f": _list("Maria;Josephina;Johanna;Hubertina;Wilhelmina;Catharina;Elisabeth;Anna;Gertrudis"),
    # ---- streets
    "street_du": _list(
        "Dorpsweg;Lindenlaan;Berkenstraat;Havenkade;Pastoriestraat;Weversstraat;Zandweg;Beukenhof;Kanaalweg Oost;"
        "Noorderhaven;Spoorlaan;Meidoornstraat;Klaverweide;Oude Rijksweg;Polderweg;Watermolen"
    ),
    "street_li": _list(
        "Tongersestraat;Brusselsestraat;Hoogbrugstraat;Rechtstraat;Scharnerweg;Akersteenweg;Meerssenerweg;"
        "Kaldenkerkerweg;Hogeweg;Tegelseweg;Straelseweg;Leutherweg;Baarlosestraat;Grote Kerkstraat;Parade;"
        "Sint Maartenslaan;Kasteel Hillenraedtstraat;Heerderweg;Veldstraat;Bergerweg"
    ),
    "street_wv": _list(
        "Leiestraat;Meensesteenweg;Gentsesteenweg;Rijselstraat;Brugsesteenweg;Diksmuidestraat;Ooststraat;"
        "Zwevezelestraat;Koolskampstraat;Poperingseweg;Noordstraat;Kortrijksestraat;Hoogstraat;Zuidstraat"
    ),
    "street_de": _list(
        "Hochstraße;Lobbericher Straße;Kempener Straße;Am Wasserturm;Lindenweg;Krefelder Straße;"
        "Bahnhofstraße;Jülicher Straße;Talstraße"
    ),  # fmt: skip
    "street_ca": _list(
        "Elgin Street;Bank Street;Rue Saint-Denis;Queen Street West;Spadina Avenue;Robson Street;Portage Avenue;"
        "Barrington Street;Rideau Street;Jasper Avenue;Rue Sherbrooke Est;Maple Crescent"
    ),
    "street_nz": _list(
        "Ponsonby Road;Kowhai Street;Cuba Street;Riccarton Road;Dominion Road;Karangahape Road;Pohutukawa Drive;"
        "Totara Avenue;Great South Road;Te Atatu Road;Rimu Street;Manuka Crescent"
    ),
    "street_sr": _list(
        "Kwattaweg;Gemenelandsweg;Indira Gandhiweg;Hk. Tourtonnelaan;Verlengde Keizerstraat;Anamoestraat;"
        "Tout Lui Fautweg;Wanicastraat;Saramaccastraat;Latourweg"
    ),
    "street_gh": _list(
        "Ring Road Central;Oxford Street;Liberation Road;Spintex Road;Ablade Road;Dr. Busia Highway;Mango Tree Avenue"
    ),
    "street_ng": _list(
        "Adeola Odeku Street;Allen Avenue;Awolowo Road;Bode Thomas Street;Ogui Road;Aminu Kano Crescent;Ikwerre Road"
    ),
    "street_pl": _list("ul. Długa;ul. Piotrkowska;ul. Mickiewicza;ul. Słoneczna;ul. Kwiatowa;ul. Lipowa;os. Zielone"),
    # ---- e-mail domains and banks
    "domain": _list("gmail.com;hotmail.com;outlook.com;icloud.com;yahoo.com;proton.me;live.nl;gmail.com"),
    "domain_du": _list("ziggo.nl;kpnmail.nl;hetnet.nl;home.nl;xs4all.nl;planet.nl;hotmail.nl;caiway.nl"),
    "domain_li": _list("ziggo.nl;kpnmail.nl;home.nl;zeelandnet.nl;hotmail.nl;live.nl"),
    "domain_wv": _list("telenet.be;skynet.be;proximus.be;hotmail.be;scarlet.be"),
    "domain_ca": _list("rogers.com;sympatico.ca;shaw.ca;videotron.ca;bell.net;telus.net"),
    "domain_nz": _list("xtra.co.nz;slingshot.co.nz;orcon.net.nz;vodafone.co.nz;gmail.com"),
    "domain_gh": _list("yahoo.com;gmail.com;hotmail.co.uk;ziggo.nl"),
    "domain_ng": _list("yahoo.com;gmail.com;ymail.com;kpnmail.nl"),
    "domain_pl": _list("wp.pl;interia.pl;gazeta.pl;onet.pl"),
    "domain_cn": _list("qq.com;163.com;sina.com;outlook.com"),
    "domain_in": _list("rediffmail.com;yahoo.co.in;gmail.com"),
    "domain_ua": _list("ukr.net;i.ua;gmail.com"),
    "domain_work": _list(
        "kwekerij-maasdal.nl;greenportlogistics.nl;brightpark-campus.nl;venlo-foodhub.nl;chemelot-services.nl;"
        "limburgse-zuivel.nl"
    ),
    "bank_nl": _list("RABO;INGB;ABNA;RABO;INGB;SNSB;ASNB;BUNQ;TRIO;KNAB;RBRB;RABO"),
    "bank_de": _list("32050000;31050000;39050000;37050198;30060601;32060362"),
}
