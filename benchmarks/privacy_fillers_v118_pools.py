"""Name, street, town, domain and bank pools of the held-out split test_v118 (registered in the shared `POOLS`): gym
members pausing their subscription, parents ordering school photos, home owners having window frames replaced,
festival goers wanting their wristband's credit back, pensioners at a tax return help desk and their children,
carpool drivers and passengers, wine club members of a vineyard, hospital visitors and staff paying for parking,
parents of children at holiday camps, and people whose car or leg an e-scooter hit; from the city and province of
Groningen and from Zeeuws-Vlaanderen, Flemish neighbours from East Flanders, Moroccan-, Turkish-, Surinamese-,
Polish-, Indian-, Nigerian- and Chinese-Dutch families, and Romanians and Singaporeans living in the Netherlands.
Each origin keeps its own given names (women's and men's where a surname follows the sex) and family names."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _list(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


GIVEN = {  # "<origin>_f" and "<origin>_m": women's and men's given names
    "gr_f": "Jikke;Ebeltje;Grietje;Alie;Klaasje;Tjaakje;Hilje;Marchien;Wietske;Anje",
    "gr_m": "Geert;Menno;Roelf;Derk;Hindrik;Eppo;Sijbrand;Berend;Jurjen;Remco",
    "zv_f": "Joke;Marijke;Dina;Nelly;Conny;Marleen;Ria;Jacky;Sonja",
    "zv_m": "Rinus;Adrie;Freddy;Leen;Gino;Eddy;Rudi;Patrick;Wim",
    "be_f": "Febe;Nele;Hanne;Elke;Tine;Jolien;Margot;Ine",
    "be_m": "Jens;Wout;Seppe;Dries;Robbe;Lennert;Stijn;Thibault",
    "nl_f": "Sandra;Monique;Linda;Esther;Kim;Wendy;Petra;Miranda",
    "nl_m": "Marco;Erik;Dennis;Rick;Niels;Jeroen;Bas;Martijn",
    "ma_f": "Khadija;Zineb;Meryem;Loubna;Hafsa;Ikram;Samira;Najat",
    "ma_m": "Youssef;Anouar;Soufiane;Nordin;Tarik;Redouan;Mounir;Yassine",
    "tr_f": "Elif;Zeynep;Esra;Büşra;Merve;Songül;Gülşen;Tuba",
    "tr_m": "Mehmet;Hakan;Onur;Yusuf;Tolga;Erdem;Şükrü;Orhan",
    "sr_f": "Shanti;Sunita;Rosita;Germaine;Sumarni;Jennifer;Chandra;Sandhya",
    "sr_m": "Radjesh;Anil;Marvin;Dwight;Kishan;Ravi;Lucien;Orlando",
    "pl_f": "Agnieszka;Ewa;Magdalena;Joanna;Katarzyna;Natalia;Iwona;Małgorzata;Renata;Paulina;Żaneta;Grażyna",
    "pl_m": "Krzysztof;Marek;Piotr;Grzegorz;Michał;Rafał;Tomasz;Sławomir;Dariusz;Mariusz;Przemysław;Wiesław",
    "ro_f": "Ioana;Elena;Alexandra;Raluca;Mădălina;Oana;Ancuța;Georgiana",
    "ro_m": "Andrei;Mihai;Cristian;Bogdan;Florin;Vlad;Sorin;Ștefan",
    "in_f": "Ananya;Deepa;Shreya;Nandini;Swati;Prerna;Lakshmi",
    "in_m": "Rohan;Vikram;Karthik;Rajesh;Abhishek;Ganesh;Venkat",
    "ng_f": "Chiamaka;Funmilayo;Adaeze;Yetunde;Oluwaseun;Aisha",
    "ng_m": "Emeka;Babatunde;Uchenna;Segun;Chukwudi;Ibrahim",
    "cn_f": "Xiaoling;Meiling;Qian;Yan;Fang;Ruoxi",
    "cn_m": "Wei;Jun;Hao;Lei;Bo;Zihan",
    "sg_cn_f": "Wei Ling;Hui Min;Shu Fen;Li Ting;Pei Shan",
    "sg_cn_m": "Jun Jie;Kai Xiang;Zhi Hao;Boon Keng;Yong Sheng",
    "sg_en_f": "Melissa;Jasmine;Clarissa;Germaine;Valerie",
    "sg_en_m": "Darren;Marcus;Bryan;Nicholas;Eugene",
    "sg_my_f": "Nurul Huda;Siti Aisyah;Nur Farhana;Zarina;Hidayah",
    "sg_my_m": "Muhammad Faizal;Hafiz;Azman;Khairul Anwar;Iskandar",
    "sg_in_f": "Kavitha;Revathi;Priyanka;Malathi",
    "sg_in_m": "Suresh;Ganesan;Arvind;Prakash",
}
FAMILY = {
    "gr": "Hoeksema;Bolhuis;Zuidema;Tammenga;Venema;Ubbens;Mellema;Nienhuis;Pruim;Oldenhuis;Reinders;Dijkhuis;"
    "Hekman;Kloosterhuis;Wiersma;Boerema;Huizinga;Kuipers;Drenth;Bakker;Stol;Jonker",
    "zv": "de Kraker;Verstraeten;de Feyter;Dhooge;van Damme;Dobbelaere;de Bruijne;Cappon;Verhelst;Meulemeester;"
    "Steijaert;Bauwens;Dieleman;de Rijcke;Lippens;Buysse;van Hoeve;Hamelink;Scheele;de Smidt",
    "be": "Vandenbroucke;De Clercq;Van de Velde;Verhaeghe;De Backer;Claeys;Van Hecke;Goossens;Maes;Van Acker;"
    "D'hondt;Vercruysse;De Smet;Van Landeghem;Bracke;Schepens",
    "nl": "van der Meer;Schipper;Koster;de Haan;van Leeuwen;Kramer;Vermeulen;Postma;Huisman;van Wijk;de Jong;"
    "Boersma;van Dam;Scholten;Verbeek;Sanders",
    "ma": "El Khattabi;Bouzid;Ait Ouali;Benali;Azzouzi;El Idrissi;Boukhari;Ouazzani;Belhaj;Chaouki;Lahlou;"
    "Tahiri;Ziani;Aboutaleb;El Ouardi;Bakkouri",
    "tr": "Aydın;Çelik;Doğan;Kaya;Öztürk;Şahin;Arslan;Koç;Kılıç;Polat;Aksoy;Yavuz;Erdoğdu;Güneş;Bozkurt;Tekin",
    "sr": "Ramsaroep;Soekhlal;Kartoredjo;Sabajo;Wijngaarde;Doelwijt;Gangadin;Haakmat;Tjin-A-Tsoi;Jagroep;"
    "Kromowidjojo;Pinas;Mahabier;Sewnath;Lie-A-Fong;Amatsaleh",
    "pl": "Nowak;Wiśniewski;Wójcik;Kamiński;Lewandowski;Zieliński;Szymański;Woźniak;Dąbrowski;Kozłowski;"
    "Jankowski;Mazur;Grabowski;Pawlak;Michalski;Król;Wróbel;Zając",
    "ro": "Popescu;Ionescu;Constantin;Dumitrescu;Stan;Munteanu;Georgescu;Dobre;Marinescu;Lungu;Țurcanu;Răducanu;"
    "Ciobanu;Moldovan;Rusu;Vasilescu",
    "in": "Sharma;Iyer;Reddy;Kulkarni;Banerjee;Menon;Chatterjee;Deshpande;Gupta;Pillai;Srinivasan;Bhattacharya;"
    "Joshi;Raghunathan;Agarwal;Naidu",
    "ng": "Okonkwo;Adeyemi;Eze;Balogun;Nwosu;Ogunleye;Abubakar;Adebayo;Onyekachi;Umeh;Oyelaran;Chukwuma;"
    "Olawale;Danjuma",
    "cn": "Wang;Li;Zhang;Liu;Chen;Yang;Huang;Zhao;Wu;Zhou;Xu;Sun;Guo;He",
    "sg_cn": "Tan;Lim;Ng;Goh;Teo;Ong;Koh;Chua;Lee;Wong;Heng;Seah",
    "sg_my": "Rahmat;Osman;Ismail;Salleh;Jamaluddin;Hassan",
    "sg_in": "Ramasamy;Rajan;Krishnan;Subramaniam;Muthu",
}
ELDER = {  # pensioners and grandparents, by origin and sex
    "gr_f": "Jantje;Trientje;Geesje;Aaltje;Hendrikje",
    "gr_m": "Klaas;Harm;Jan;Lammert;Egbert",
    "zv_f": "Jacoba;Pieternella;Maria;Elisabeth",
    "zv_m": "Cornelis;Adriaan;Jozef;Petrus",
    "nl_f": "Hendrika;Wilhelmina;Geertruida;Maria",
    "nl_m": "Gerrit;Jacobus;Cornelis;Johannes",
    "ma_f": "Fatima;Rahma;Zohra",
    "ma_m": "Mohamed;Abdeslam;Ahmed",
    "tr_f": "Fadime;Hanife;Zeliha",
    "tr_m": "Hüseyin;Ali;Mehmet Ali",
    "sr_f": "Sumintra;Johanna;Leonie",
    "sr_m": "Ramdew;Eduard;Soekardi",
    "in_f": "Saraswati;Kamala",
    "in_m": "Ramachandran;Krishnamurthy",
    "ro_f": "Maria;Viorica;Florica",
    "ro_m": "Gheorghe;Ion;Vasile",
}
CHILD = {
    "f": "Tess;Mila;Saar;Yara;Liv;Nova;Zoë;Julia;Aya;Nora;Defne;Maja;Anika;Ada;Xinyi;Lotte;Ilse;Senna;Zeynep;Amber",
    "m": "Noah;Luuk;Finn;Jesse;Morris;Levi;Amir;Ilyas;Eymen;Oskar;Ishaan;Chidi;Stan;Bram;Ruben;Jayden;Rayan;Siem",
}

POOLS["test_v118"] = {
    **{f"given_{k}": _list(v) for k, v in GIVEN.items()},
    **{f"family_{k}": _list(v) for k, v in FAMILY.items()},
    **{f"elder_{k}": _list(v) for k, v in ELDER.items()},
    **{f"child_{k}": _list(v) for k, v in CHILD.items()},
    "agent": _list("Sanne;Joost;Ilona;Mehmet;Priscilla;Thijs;Fenne;Kevin;Nadia;Bart;Charlotte;Rachid;Demi;Lars"),
    "street_gr": _list(
        "Korreweg;Oosterhamriklaan;Paterswoldseweg;Damsterdiep;Nieuwe Ebbingestraat;Zaagmuldersweg;"
        "Van Starkenborghstraat;Hereweg;Noorderdiep;Oude Rijksweg;Pastorielaan;Wierdaweg;Kanaalstraat;Winsumerweg;"
        "Schoolholm;Hoofdstraat-Oost"
    ),
    "street_zv": _list(
        "Noordstraat;Axelsestraat;Vlooswijkstraat;Westkolkstraat;Dijckmeesterweg;Zuidlandstraat;Gentsevaart;"
        "Havenstraat;Steenstraat;Hontenissestraat;Graaf Jansdijk;Kapellestraat;Zeestraat;Nieuwe Kerkstraat;"
        "Sint Annastraat;Philippusweg"
    ),
    "street_be": _list(
        "Kortrijksesteenweg;Brusselsesteenweg;Dendermondsesteenweg;Sleepstraat;Coupure Links;Nederkouter;"
        "Antwerpsesteenweg;Oudenaardsesteenweg;Gentstraat;Molenaarsstraat;Meersstraat;Hundelgemsesteenweg"
    ),
    "street_nl": _list(
        "Lindenlaan;Burgemeester Roosstraat;Esdoornstraat;Prins Bernhardlaan;Zuiderpark;Van Ostadestraat;"
        "Componistenlaan;Kamperfoeliestraat;Pelikaanweg;Bisschop Bekkersweg;Eikenlaan;Tesselschadestraat;"
        "Goudsbloemstraat;Hofstede;Marnixkade;Generaal Foulkesweg"
    ),
    "street_pl": _list(
        "ul. Długa;ul. Piotrkowska;ul. Marszałkowska;ul. Floriańska;al. Jerozolimskie;ul. Mickiewicza;"
        "os. Tysiąclecia;ul. Grunwaldzka;ul. Świętojańska;ul. Kościuszki"
    ),
    "street_ro": _list(
        "Str. Memorandumului;Bd. Unirii;Calea Victoriei;Str. Avram Iancu;Aleea Teilor;Str. Republicii;"
        "Șos. Pantelimon;Bd. Independenței;Str. Lăpușneanu;Calea Dorobanților"
    ),
    "street_sg": _list(
        "Ang Mo Kio Ave 10;Tampines St 21;Jurong West St 52;Bedok North Ave 3;Toa Payoh Lor 1;Yishun Ring Rd;"
        "Clementi Ave 4;Punggol Field;Bukit Batok West Ave 6;Sengkang East Way"
    ),
    "street_in": _list(
        "14th Cross Road;3rd Main Road;Station Road;Temple Street;MG Road;Nehru Nagar 2nd Street;Gandhi Road;"
        "Lake View Layout;Church Street"
    ),
    "street_ng": _list(
        "Adeola Odeku Street;Admiralty Way;Awolowo Road;Aba Road;Ogui Road;Bode Thomas Street;Allen Avenue;"
        "Herbert Macaulay Way"
    ),
    "domain": _list("gmail.com;hotmail.com;outlook.com;icloud.com;live.nl;ziggo.nl;kpnmail.nl;gmail.com"),
    "domain_gr": _list("home.nl;hetnet.nl;kpnplanet.nl;ziggo.nl;gmail.com;hotmail.com"),
    "domain_zv": _list("zeelandnet.nl;telenet.be;hotmail.com;kpnmail.nl;skynet.be"),
    "domain_be": _list("telenet.be;skynet.be;proximus.be;hotmail.be;gmail.com"),
    "domain_pl": _list("wp.pl;o2.pl;interia.pl;onet.pl;gmail.com"),
    "domain_ro": _list("yahoo.ro;yahoo.com;gmail.com;hotmail.com"),
    "domain_in": _list("rediffmail.com;yahoo.co.in;gmail.com;outlook.com"),
    "domain_sg": _list("singnet.com.sg;gmail.com;hotmail.sg;yahoo.com.sg"),
    "domain_ng": _list("yahoo.com;gmail.com;ymail.com"),
    "domain_cn": _list("qq.com;163.com;126.com;gmail.com"),
    "domain_tr": _list("hotmail.com;gmail.com;yandex.com;outlook.com;live.nl"),
    "domain_ma": _list("hotmail.com;hotmail.fr;gmail.com;live.nl;ziggo.nl"),
    "domain_work": _list(
        "kozijnen-noord.nl;gemeente-hulst.nl;achmea.nl;umcg.nl;zorgsaam.nl;pwc.com;rabobank.nl;asml.com;vattenfall.nl"
    ),
    "bank_nl": _list("RABO;INGB;ABNA;SNSB;ASNB;TRIO;BUNQ;KNAB;RBRB;RABO;INGB;ABNA"),
}
