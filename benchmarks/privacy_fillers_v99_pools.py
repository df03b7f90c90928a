"""Name, street, domain and bank pools of the held-out split test_v99 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v99"] = {
    "first": _semi(
        "Sjaak; Trijntje; Klaas; Aagje; Dirk-Jan; Guurtje; Evert; Aaltje; Harm; Geesje; Hendrik; Dientje; "
        "Gerrit; Jentje; Wubbo; Berendina; Teun; Riek; Wim; Hennie; Gradus; Mientje; Jorien; Sander; "
        "Nakato; Okello; Achieng; Musoke; Nansubuga; Kato; Mukasa; Babirye; Ssemakula; Namutebi; Brian; Patience; "
        "Rhys; Cerys; Gethin; Angharad; Dafydd; Bethan; Iolo; Siân; Owain; Ffion; Emyr; Nia; "
        "Yusuf; Meryem; Emre; Zeynep; Driss; Houda; Nordin; Loubna; Thanh; Minh; Wei; Mei-Ling; Arjun; Priya; "
        "Kacper; Zuzanna; Mihai; Ioana; Dmytro; Olena; João; Inês; Jesús; Nerea; Aisling; Ciarán; "
        "Wouter; Griet; Jef; Mieke; Lowie; Fien; Jasper; Sofie; Ann-Sophie; Jan-Willem; Marie-Louise; Hans-Peter"
    ),
    "surname": _semi(
        "Kuiper; Schermerhorn; Honig; Verkade; Zaal; Schoen; Bakker-Groot; Sijm; Ruijs; Rustenburg; Kaaij; "
        "Wissink; te Winkel; Nijhuis; Klein Gunnewiek; Hulshof; Ten Brinke; Oude Luttikhuis; Eppink; Lammers; "
        "Bosch-Eppink; Roerdink; Harbers; Groot Wassink; Scholten; Hoitink; Kamphuis; Meenink; Weenink; "
        "van der Zwaag; de Wit; van Dijk-Vermeulen; in 't Veld; van 't Riet; ter Haar; den Hartog; de la Rive; "
        "van de Wetering; op den Kamp; Nsubuga; Ssempala; Mugisha; Okot; Tumusiime; Byaruhanga; Kiggundu; Opio; "
        "Nakawesi; Jones; Davies; Llewellyn; Pritchard; ap Gwilym; Vaughan; Prosser; Bowen; Price-Howells; "
        "Yilmaz; Öztürk; Bouzid; El Ouahabi; Nguyen; Tran; Zhang; Chaudhry; Nowakowski; Wiśniewska; Popescu; "
        "Shevchenko; Carvalho; Fernández García; O'Sullivan; Maes; Goossens; Verstraete; De Smedt; Van Damme"
    ),
    "street_nl": _semi(
        "Westzijde; Oostzijde; Lagedijk; Zuiddijk; Stationsstraat; Hoogstraat; Molenstraat; Veldweg; Esweg; "
        "Ruurloseweg; Borculoseweg; Zutphenseweg; Kerkstraat; Dorpsstraat; Groenlo-Eibergseweg; Haarloseweg; "
        "Rosmolenstraat; Pakhuisstraat; Prins Bernhardstraat; Graaf Ottostraat; Burg. Smitstraat; Zaanweg; "
        "Kalverpad; Wilhelminaweg; Eikenlaan; Berkenhof; Meidoornplantsoen; Wethouder Jansenlaan; Nijverheidsweg"
    ),
    "street_en": _semi(
        "Heol y Felin; Ffordd Las; Cathedral Road; Clifton Street; Kampala Road; Bukoto Street; Acacia Avenue; "
        "Lower Kololo Terrace; Penlan Crescent; Bryn Road; Mill Lane; Station Terrace; Chapel Row"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; home.nl; hetnet.nl; xs4all.nl; telenet.be; "
        "skynet.be; yahoo.co.uk; btinternet.com; yahoo.com; icloud.com; live.co.uk; proton.me"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; FVLB; HAND"),
}
