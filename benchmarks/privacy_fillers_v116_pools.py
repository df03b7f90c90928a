"""Name, street, domain and bank pools of the held-out split test_v116 (registered in the shared `POOLS`): parents of
children at swimming lessons, garden contract holders, cyclists claiming a stolen bike, student loan repayers, care
home applicants and their families, people moving house, pharmacy patients, mobile subscribers back from abroad,
campers and charity donors; from Drenthe, Noord-Brabant and Flemish Brabant, Turkish-Dutch and Moroccan-Dutch
families, Surinamese, Polish, Indian, Nigerian and Chinese Dutch, and Australians, Trinidadians and Malaysians.
Each origin keeps its own given names and surnames; Malaysian names are put together by `FillersV116`."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


_GIVEN = {
    "dr": "Harm;Geesje;Roelof;Jantina;Egbert;Hillie;Jannes;Willemien;Lammert;Gerda;Albertus;Fenna;Wubbo;Trijnie;"
    "Jakob;Aaltje;Hendrik-Jan;Annemiek;Geert;Riekje",
    "br": "Sjef;Toon;Riky;Harrie;Mieke;Jan-Willem;Anja;Bert;Ria;Cor;Noud;Lieke;Thijs;Marieke;Kees-Jan;Gerrie;Jos;"
    "Hanneke;Twan;Ilse",
    "vl": "Wannes;Griet;Jonas;Lies;Bavo;Katrien;Pieter-Jan;Ellen;Koen;Saskia;Arne;Veerle;Brecht;Inge;Jef;Sofie",
    "ma": "Mohammed;Fatiha;Ilias;Siham;Bilal;Houda;Rachid;Asmae;Hamza;Nouhaila;Abdelkader;Malika;Ayoub;Imane;Said;"
    "Latifa;Othmane;Kawtar",
    "tr": "Ayşe;Mustafa;Fatma;Serkan;Gökhan;Emine;Burak;Derya;Ahmet;Özlem;Kemal;Hatice;Murat;Sibel;Cem;Nurcan;"
    "İbrahim;Gülay",
    "sr": "Ashwin;Sharda;Glenn;Romano;Ingrid;Kiran;Soraya;Errol;Natasha;Rakesh;Sumintra;Cheryl;Sarmi;Djoko;Ruben;"
    "Anoeska",
    "pl": "Bartosz;Katarzyna;Paweł;Dorota;Łukasz;Monika;Wojciech;Aleksandra;Jakub;Beata;Zbigniew;Justyna",
    "in": "Arjun;Kavya;Siddharth;Meera;Pranav;Divya;Harish;Sneha;Venkatesh;Pooja;Aditya;Lavanya",
    "ng": "Chinedu;Ngozi;Tunde;Folake;Ifeanyi;Amaka;Olumide;Bukola;Obinna;Hauwa;Kelechi;Temitope",
    "cn": "Jiahui;Zhiwei;Xinyi;Haoran;Yuting;Ming;Lina;Jianguo;Shuang;Kai;Xiaofeng;Yiwen",
    "au": "Kylie;Brendan;Shane;Tegan;Jarrod;Brooke;Lachlan;Chloe;Mitchell;Shannon;Bronwyn;Darcy;Hamish;Tahlia;"
    "Callum;Jacinta",
    "tt": "Keron;Renee;Darryl;Kimberly;Anand;Sasha;Kwame;Nadira;Marlon;Candice;Vishnu;Shelly-Ann;Akeem;Rhea;"
    "Ravindra;Jeanelle",
}
_FAMILY = {
    "dr": "Hadders;Lanting;Oosting;Wolters;Hofsteenge;Bruins;Kamphuis;Jalving;Hummel;Wubs;Pepping;Koops;Bartelds;"
    "Schepers;Zwiers;Eising;Wiechers;Brinks;ten Kate;Dijkstra;Seubring;Nijmeijer",
    "br": "van de Ven;van Dongen;Verhoeven;Mutsaers;van Gils;Bierens;van Hout;de Kort;Raaijmakers;van Lieshout;"
    "Swinkels;van den Heuvel;Brouwers;Coolen;Vugts;van der Aa;Habraken;Pijnenburg;van Kemenade;Timmermans",
    "vl": "Vandenbroeck;Peeters;Janssens;Vermeulen;De Smedt;Claes;Vanhove;Goossens;Wouters;Van Roey;Verbist;"
    "Mertens;Boeckx;Cuypers;Van Hoof",
    "ma": "El Khattabi;Bouzidi;Azzouzi;Ait Taleb;Ouaziz;Benali;El Ouardi;Tahiri;Boukhari;Amrani;Chaouch;"
    "El Hamdaoui;Ziani;Belhaj;Oulad Ali;Ben Haddou",
    "tr": "Yıldız;Öztürk;Demir;Çelik;Şahin;Aydın;Arslan;Doğan;Kılıç;Aslan;Koç;Kurt;Özdemir;Güneş;Polat;Korkmaz;Karataş",
    "sr": "Ramsaran;Jagesar;Biharie;Bhoendie;Sardjoe;Kromodimedjo;Sowirono;Pinas;Doelwijt;Kanhai;Lachmon;"
    "Tjin-A-Tsoi;Amatmoekrim;Waterberg;Sedney;Karijopawiro",
    "pl": "Wiśniewski;Kaczmarek;Zieliński;Lewandowska;Wójcik;Kamińska;Szymański;Dąbrowska;Mazur;Krawczyk;"
    "Jankowski;Pawlak",
    "in": "Iyer;Reddy;Deshpande;Menon;Chatterjee;Gupta;Kulkarni;Pillai;Srinivasan;Bhattacharya;Nambiar;Joshi",
    "ng": "Okonkwo;Adebayo;Eze;Ogunleye;Nwosu;Balogun;Abubakar;Chukwu;Adeyemi;Oyelaran;Nnamdi;Olawale",
    "cn": "Zhang;Liu;Chen;Huang;Zhao;Wu;Zhou;Xu;Sun;Lin;Guo;He",
    "au": "Fitzgerald;Nguyen;O'Brien;Papadopoulos;Mackenzie;Henderson;Costa;Pearce;Gallo;Tran;Hickey;Lindqvist;"
    "Sutherland;McAllister;Kowalczyk;Harding",
    "tt": "Maharaj;Ramdass;Persad;Baptiste;Joseph;Mohammed;Ramkissoon;Charles;Boodoo;Gopaul;De Freitas;Lezama;"
    "Sookram;Ramlal;Bissessar;Cudjoe",
}

POOLS["test_v116"] = {
    **{f"given_{origin}": _split(text) for origin, text in _GIVEN.items()},
    **{f"family_{origin}": _split(text) for origin, text in _FAMILY.items()},
    # Malaysia: Malay given names with a father's name after bin/binti, Chinese names family first, Indian names
    # with a/l or a/p and the father's name.
    "my_malay_m": _split("Muhammad Hafiz;Ahmad Faizal;Amirul Hakim;Mohd Rizal;Syed Azlan;Khairul Anuar;Faris Iskandar"),
    "my_malay_f": _split("Nur Aisyah;Farah Nadia;Siti Zulaikha;Nurul Izzah;Aina Sofea;Intan Syafiqah;Wan Nor Azura"),
    "my_father": _split("Hassan;Abdullah;Ismail;Yusof;Razak;Kamarudin;Othman;Zainal;Rahman;Mokhtar"),
    "my_cn_family": _split("Tan;Lim;Ong;Chong;Wong;Lee;Goh;Teh;Yap;Chin;Ng;Low"),
    "my_cn_given": _split("Wei Ming;Mei Ling;Kah Seng;Li Ting;Jia Hui;Chee Keong;Siew Lan;Boon Hock;Pei Shan"),
    "my_in_m": _split("Suresh;Ganesh;Ravichandran;Muthu;Prakash;Vinod;Thinesh"),
    "my_in_f": _split("Kavitha;Devi;Thilaga;Malini;Pavithra;Revathi;Sangeetha"),
    "my_in_father": _split("Krishnan;Muniandy;Subramaniam;Rajoo;Arumugam;Selvaraj;Ramasamy"),
    # children at swimming lessons, girls and boys
    "child_f": _split("Noor;Yara;Liv;Eslem;Amira;Zoë;Lotte;Fenna;Elif;Maryam;Olivia;Sara;Nova;Hiba;Saar;Mila;Aylin"),
    "child_m": _split("Sem;Mees;Aras;Ilyas;Jayden;Ravi;Bram;Yusuf;Kenji;Tijn;Rayan;Jules;Kerem;Luuk;Adam;Finn"),
    # care home applicants and the parents donors and patients write about: given names of their generation
    **{
        f"elder_{sex}_{origin}": _split(text)
        for (sex, origin), text in {
            ("f", "dr"): "Geesje;Jantina;Hillie;Aaltje;Trijntje;Roelfien;Grietje;Hendrikje",
            ("m", "dr"): "Harm;Roelof;Egbert;Jannes;Lammert;Albertus;Hendrik;Klaas",
            ("f", "br"): "Mien;Dora;Riek;Truus;Marietje;Door;Jo;Cato",
            ("m", "br"): "Sjef;Toon;Harrie;Cor;Driek;Janus;Piet;Wim",
            ("f", "ma"): "Fatiha;Malika;Latifa;Rahma;Zohra;Fadma;Aicha;Khadija",
            ("m", "ma"): "Mohammed;Abdelkader;Rachid;Said;Driss;Lahcen;Mimoun;Abdeslam",
            ("f", "tr"): "Fatma;Emine;Hatice;Gülay;Hanife;Zehra;Saniye;Meryem",
            ("m", "tr"): "Mustafa;Ahmet;Kemal;İbrahim;Hüseyin;Osman;Hasan;Ramazan",
            ("f", "sr"): "Sumintra;Sharda;Ingrid;Dewkoemarie;Sarmi;Elfriede;Rajwantie",
            ("m", "sr"): "Errol;Rakesh;Djoko;Harry;Ramdew;Waldo;Sukarmin",
            ("f", "au"): "Margaret;Beverley;Judith;Dorothy;Shirley;Noeline;Maureen",
            ("m", "au"): "Kevin;Graham;Barry;Ron;Keith;Trevor;Neville",
            ("f", "tt"): "Indra;Savitri;Gloria;Marjorie;Dolly;Rookmin",
            ("m", "tt"): "Ramesh;Clarence;Winston;Deonarine;Lennox;Basdeo",
        }.items()
    },
    # streets, by region
    "street_dr": _split(
        "Brink;Hoofdstraat;Esweg;Zuideres;Oude Asserstraat;Hunebedstraat;Vaart ZZ;Noordeinde;Kampsweg;Schapendrift;"
        "Achter de Brink;Heidebloemstraat;Tolweg;Boermarkeweg;Zuidesweg;Havenstraat;Molenesch;Eursinge"
    ),
    "street_br": _split(
        "Stratumsedijk;Boschdijk;Ginnekenweg;Ringbaan-Oost;Hinthamerstraat;Tongelresestraat;Piusstraat;Korvelseweg;"
        "Bredaseweg;Vughterweg;Kloosterstraat;Eikendreef;Sint Josephstraat;Hoogstraat;Kapelstraat;Dorpsstraat"
    ),
    "street_vl": _split(
        "Tiensestraat;Naamsesteenweg;Diestsesteenweg;Brusselsesteenweg;Kapeldreef;Mechelsestraat;Tervuursevest;"
        "Kerkstraat;Stationsstraat;Lindenlaan;Bergstraat"
    ),
    "street_au": _split(
        "Barkly Street;Sydney Road;Glenferrie Road;Chapel Street;Oxley Road;Brunswick Street;Murray Street;"
        "Wattle Grove;Coronation Drive;Parramatta Road;Banksia Crescent;Jacaranda Avenue"
    ),
    "street_tt": _split(
        "Eastern Main Road;Southern Main Road;Frederick Street;Ariapita Avenue;Saddle Road;Cipero Road;"
        "Caroni Savannah Road;Lady Young Road;Coffee Street;Rust Street;Pointe-a-Pierre Road"
    ),
    "street_my": _split(
        "Jalan SS 2/24;Jalan Ampang;Jalan Tun Razak;Jalan Kuching;Jalan PJU 1A/3;Jalan Gasing;Jalan Meru;"
        "Lorong Maarof;Jalan Bukit Jambul;Jalan Tasik Permaisuri 2"
    ),
    "taman": _split("Taman Tun Dr Ismail;Taman Melawati;Taman Sri Muda;Taman Bukit Indah;Taman Desa;Taman Connaught"),
    "street_tr": _split(
        "Bağdat Caddesi;Atatürk Bulvarı;Cumhuriyet Caddesi;Menekşe Sokak;Lale Sokak;Gül Sokak;İnönü Caddesi;"
        "Fevzi Çakmak Caddesi;Ihlamur Sokak;Kavaklı Sokak"
    ),
    "street_ma": _split(
        "Rue Ibn Sina;Avenue Hassan II;Rue Oued Sebou;Rue Tarik Ibn Ziad;Rue Moulay Ismail;Boulevard Zerktouni;"
        "Rue Al Massira;Derb Sidi Bouloukat;Avenue des FAR"
    ),
    "street_nl": _split(
        "Vinkenlaan;Merelstraat;Händelstraat;Johan de Wittstraat;Lindengracht;Vlietweg;Koekoekslaan;Parallelweg;"
        "Schubertlaan;Zonnebloemstraat;Julianastraat;Akkerwinde;Hertog Janplein;Emmastraat"
    ),
    "domain": _split("gmail.com;hotmail.com;outlook.com;icloud.com;yahoo.com;protonmail.com;live.com;gmail.com"),
    "domain_dr": _split("ziggo.nl;kpnmail.nl;home.nl;planet.nl;hetnet.nl;live.nl;hotmail.nl;xs4all.nl"),
    "domain_vl": _split("telenet.be;skynet.be;live.be;hotmail.be;proximus.be"),
    "domain_tr": _split("hotmail.com.tr;yandex.com;mynet.com;ziggo.nl;live.nl"),
    "domain_ma": _split("menara.ma;hotmail.fr;live.nl;ziggo.nl;kpnmail.nl"),
    "domain_au": _split("bigpond.com;optusnet.com.au;iinet.net.au;tpg.com.au"),
    "domain_tt": _split("tstt.net.tt;yahoo.com;flowtrinidad.net"),
    "domain_my": _split("yahoo.com.my;streamyx.com;hotmail.my;gmail.com"),
    "domain_pl": _split("wp.pl;onet.pl;o2.pl;ziggo.nl"),
    "domain_cn": _split("qq.com;163.com;126.com;ziggo.nl"),
    "domain_in": _split("rediffmail.com;yahoo.co.in;kpnmail.nl"),
    "domain_staff": _split("woonzorg-esdal.nl;zorggroep-anholt.nl;vitaaquae.nl;julianaoord.nl"),
    "bank_nl": _split("RABO;ABNA;INGB;SNSB;ASNB;TRIO;BUNQ;KNAB;RBRB;RABO;INGB;RABO"),
    "bank_de": _split("37040044;50010517;20041111;10010010;44050199"),
}
