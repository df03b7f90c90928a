"""Name, street, domain and bank pools of the held-out split test_v51 (registered in the shared `POOLS`).

Patients, donors, insured people and their relatives: Dutch (Utrecht, Zeeland, Limburg, Groningen), Frisian,
Flemish, Turkish-Dutch, Moroccan-Dutch (Darija spellings), Surinamese-Javanese, Antillean, Polish, Bulgarian,
Romanian (Roma), Iraqi, Yemeni, Sudanese, Somali, Indian (Telugu, Malayalam), Vietnamese, Cantonese, British,
American and Australian people.
"""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("/") if part.strip()]


POOLS["test_v51"] = {
    "first": _split(
        # Utrecht, Zeeland, Limburg, Groningen
        "Gijsbert / Marieke / Wouter-Jan / Hester / Maarten / Lieke / Adriaan / Leuntje / Pieternella / Jacoba / "
        "Kornelis / Sjef / Huub / Mieke / Jo / Lambert / Truus / Geert / Harm / Grietje / Roelf / Hilje / Jantje / "
        # Frisian, Flemish
        "Wytse / Jorrit / Hylke / Sjoukje / Geartsje / Durk / Baukje / Fokje / Tsjalling / Sytske / Griet / Jef / "
        "Lieve / Kobe / Nele / Annelies / Wannes / "
        # Turkish-Dutch, Moroccan-Dutch (Darija spellings)
        "Hakan / Serpil / Fadime / Oğuzhan / Esra / Volkan / Gülsüm / Zeynep / Mhamed / Abdessamad / Fatiha / "
        "Hassna / Rkia / Lahcen / Ilham / Hamza / Mouna / Nordin / Ikram / Zakaria / "
        # Surinamese-Javanese, Antillean
        "Soekirman / Sariyem / Ngatini / Wagimin / Kartini / Soeparman / Shurandy / Shanaira / Rudsel / Jeanine / "
        "Quincy / Giomar / "
        # Polish, Bulgarian, Romanian
        "Grzegorz / Małgorzata / Wojciech / Przemysław / Dorota / Łukasz / Stoyan / Tsvetelina / Ivaylo / "
        "Desislava / Hristo / Florin / Mădălina / Ionuț / Lăcrămioara / Costel / Nicoleta / "
        # Iraqi, Yemeni, Sudanese, Somali
        "Haider / Zahraa / Ruqaya / Fuad / Arwa / Nabil / Ehab / Amna / Tagwa / Mawahib / Elfatih / "
        "Abdirahman / Hodan / Faadumo / Liibaan / Sahra / Mahad / "
        # Telugu, Malayalam, Vietnamese, Cantonese
        "Srinivas / Lakshmi / Sai Kiran / Padmavathi / Anoop / Deepthi / Jibin / Sreejith / Nimmy / Thi Lan / "
        "Van Minh / Thu Ha / Duc Anh / Wai Ming / Siu Fong / Ka Wai / Kwok Leung / Chun Kit / "
        # British, American, Australian
        "Alistair / Fiona / Gareth / Siobhan / Nigel / Harriet / Euan / Tyler / Madison / Brandon / Kayla / "
        "Dwayne / Bronwyn / Lachlan / Kylie / Shane"
    ),
    "child": _split(
        "Fedde / Marit / Jesse / Tess / Wietske / Ayoub / Meryem / Elif / Kerem / Inaya / Ziggy / Jurre / Nynke / "
        "Ravi / Aylin / Oliwia / Maxime / Ilias / Noor / Yusuf / Rowan / Lotus / Kian / Safae"
    ),
    "surname": _split(
        "van Vulpen / Schalkwijk / van Zijl / de Ruijter / Minderhoud / Kodde / Wisse / Sinke / Cijsouw / "
        "Marinisse / Lievense / de Koster / Schrijnemakers / Kerckhoffs / Vaessen / Pluijmen / Ummels / Notermans / "
        "Ramakers / Oldenhuis / Dallinga / Huizinga / Meijering / Nienhuis / Zuidema / Oosting / Wiersma / Bergsma / "
        "Algra / Terpstra / Kingma / Yntema / Tolsma / Hiemstra / Declercq / Vandenbroucke / De Smet / Van Damme / "
        "Goossens / Vanhoutte / Verstraete / Wuyts / Şahin / Arslan / Doğan / Koç / Kılıç / Yıldız / Aksoy / "
        "Polat / El Khayari / Aarab / Azzouzi / El Hamdaoui / Chaara / Ait Taleb / Ouahabi / Lamrini / Akkouh / "
        "Benhaddou / Soemodihardjo / Karijopawiro / Kromodimedjo / Sastrodimedjo / Pawiroredjo / Wongsodikromo / "
        "Martina / Isenia / Rojer / Winklaar / Koeiman / Rosalia / Wójcik / Kamiński / Szymańska / Dąbrowski / "
        "Kozłowska / Krawczyk / Dimitrova / Angelov / Stoyanova / Kolev / Lăcătuș / Căldăraru / Rostaș / Ciuraru / "
        "Al-Jabouri / Al-Saadi / Al-Khafaji / Kadhim / Al-Hubaishi / Bamatraf / Al-Ariqi / Abdelrahim / Babiker / "
        "Mahgoub / Warsame / Jama / Guled / Yusuf / Reddy / Chowdary / Kondapalli / Gunturu / Menon / Pillai / "
        "Kuruvilla / Panicker / Nguyen / Pham / Bui / Dang / Chan / Cheung / Leung / Tsang / Yeung / Pemberton / "
        "Ashworth / Hargreaves / Cartwright / Featherstone / Sullivan / Rodriguez / McAllister / O'Rourke / "
        "Callaghan / van der Wal / van Ommeren / in 't Zandt / van de Pol / ter Beek"
    ),
    # People whose name is usually written family name first, or in three parts.
    "whole": _split(
        "Nguyễn Thị Lan / Trần Văn Minh / Phạm Thu Hà / Chan Wai Ming / Wong Siu Fong / Leung Ka Wai / "
        "Tsang Kwok Leung / Abdirahman Mahad Warsame / Hodan Ali Jama / Mawahib Osman Babiker / "
        "Ehab Elfatih Mahgoub / Venkata Srinivas Reddy / Padmavathi Kondapalli / Mhamed Ait Taleb / "
        "Fatiha El Hamdaoui-Aarab / Soekirman Karijopawiro / Haider Kadhim Al-Saadi / Arwa Saleh Al-Hubaishi"
    ),
    "street": _split(
        "Twijnstraat / Lange Nieuwstraat / Vleutenseweg / Zadelstraat / Kanaalweg / Lange Delft / Walstraat / "
        "Koudekerkseweg / Noordweg / Boschstraat / Akerstraat / Rijksweg Zuid / Tongerseweg / Herestraat / "
        "Oosterstraat / Paterswoldseweg / Korreweg / Hoornsediep / Burgemeester Roelenweg / Johan de Wittlaan / "
        "Koningin Julianaweg / Ericaweg / Fazantenhof / Merelstraat / Goudsbloemstraat / Zonnebloemlaan / "
        "Populierenlaan / Reigerlaan / Hyacintenstraat / Jan Steenstraat / Rembrandtlaan / Mgr. Nolensplein / "
        "Dr. Schaepmanstraat / Kerkhofweg / Pastoor Ruijsstraat / Generaal Foulkesweg / Laan der Verenigde Naties / "
        "Aert van Nesstraat / Hof van Delftlaan / Spinozaweg / Mercatorplein / Karel Doormanstraat / "
        "Graaf Adolfstraat / Zuidwal / Hoge Rijndijk / Witte de Withstraat"
    ),
    "street_fy": _split(
        "Tsjerkebuorren / Mounewei / Skoalstrjitte / Haadstrjitte / Noarderdyk / Van Harinxmawei / "
        "Kleasterwei / Buorren / Feartswâl / Terpsterwei"
    ),
    "street_be": _split(
        "Grote Steenweg / Brusselsesteenweg / Koning Albertlaan / Sint-Pietersnieuwstraat / Diestsevest / "
        "Lange Kievitstraat / Turnhoutsebaan / Kortrijksesteenweg / Gentse Baan / Vaartstraat"
    ),
    "street_en": _split(
        "Cavendish Road / Wattle Street / Maple Avenue / Thornbury Close / Jacaranda Drive / Kingsley Gardens / "
        "Elmwood Terrace / Banksia Crescent / Riverside Walk / Hollybush Lane"
    ),
    "domain": _split(
        "zeelandnet.nl / kpnplanet.nl / chello.nl / quicknet.nl / hccnet.nl / tele2.nl / zonnet.nl / solcon.nl / "
        "upcmail.nl / hotmail.nl / skynet.be / telenet.be / wp.pl / o2.pl / abv.bg / yahoo.ro / gmx.net / web.de / "
        "bigpond.com / btinternet.com / sky.com / comcast.net / qq.com / 163.com / rediffmail.com / msn.com / "
        "aol.com / posteo.de / fastmail.com / googlemail.com / ymail.com / hotmail.be"
    ),
    "bank": _split("NNBA / DHBN / UGBI / ISBK / HAND / REVO / BICK / FRGH / DEUT / KRED / NWAB / ZWLB"),
}
