"""Name, street, domain and bank pools of the held-out split test_v105 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v105"] = {
    "first": _semi(
        "Gerrit; Hendrikje; Bernard; Dieneke; Wim; Gradus; Janna; Herman; Riek; Theo; Hennie; Willemien; Joop; "
        "Cees; Adrie; Marijke; Rinus; Leuntje; Pieternella; Kees-Jan; Jozef; Griet; Sien; Lieve; Jef; Tuur; "
        "Mieke; Bart; Veerle; Dries; Ruben; Elke; Seppe; Kobe; Ann-Sofie; Kwame; Akosua; Kofi; Ama; Yaw; Efua; "
        "Kwabena; Adwoa; Nana; Abena; Kojo; Esi; Hamish; Morag; Ewan; Catriona; Fraser; Eilidh; Ruaridh; Isla; "
        "Angus; Kirsty; Lachlan; Bronwyn; Shane; Kylie; Darcy; Jarrah; Tahlia; Mitchell; Brooke; Bindi; "
        "Oğuz; Elif; Zeynep; Karim; Houda; Soufiane; Nadia; Ilyas; Rania; Thanh; Linh; Wei; Xiu; Priyanka; "
        "Arjun; Kenneth; Rosita; Dewi; Agnieszka; Krzysztof; Olena; Dmytro; Liam; Noa; Fien; Teun"
    ),
    "surname": _semi(
        "Te Brake; Hoftijzer; Wissink; Nijhof; Stoltenborg; Hulshof; Klein Gunnewiek; Eppink; Tiemessen; "
        "Wolbert; Ribbers; Kempers; Lubbers-Wissink; Boerkamp; Hengeveld; de Kraker; Verstraete; de Bruijne; "
        "van de Velde; Dieleman; Scheele; Bakker-de Kraker; Dobbelaere; Goethals; Caers; Janssens; Peeters; "
        "Vermeulen; Claes; Van Roey; Wouters; Dewulf; Van den Broeck; Mertens-Peeters; Mensah; Owusu; Asante; "
        "Boateng; Agyeman; Osei; Appiah; Acheampong; Darko; Quaye; MacLeod; MacKenzie; Munro; Ross; Matheson; "
        "MacDonald; Sutherland; Gunn; Fraser-Grant; O'Brien; Nguyen; Kelly; Walsh; Campbell; Robertson; "
        "Thompson-Hayes; Yıldız; Şahin; Öztürk; Ouali; Ait Taleb; Bouzid; El Idrissi; Tran; Wang; Zhou; "
        "Ramdin; Soekhai; Biharie; Nowak; Wiśniewski; Shevchenko; Kovalenko; van 't Veer; van der Heijden; "
        "ten Dam; te Winkel; in 't Groen; van Uffelen; de Wit; op den Camp; van den Brink-Ooms; Ter Horst"
    ),
    "street_nl": _semi(
        "Kerkstraat; Grotestraat; Lievelderweg; Winterswijkseweg; Meddosestraat; Zieuwentseweg; Aaltenseweg; "
        "Nieuwstad; Misterweg; Eibergseweg; Markt; Hulsterweg; Noordstraat; Westkade; Vogelwijk; Zoutestraat; "
        "Graaf Jansdijk; Kapellestraat; Zeedijk; Tiensestraat; Naamsestraat; Diestsevest; Brusselsestraat; "
        "Bondgenotenlaan; Oude Markt; Mgr. Ladeuzeplein; Parkstraat; Kortrijksestraat; Hoogstraat; Dorpsweg; "
        "Burgemeester Beelaertsstraat; Prinses Margrietlaan; Tweede Molenstraat; Sint-Jacobsplein"
    ),
    "street_en": _semi(
        "Independence Avenue; Oxford Street; Liberation Road; Ring Road East; Spintex Road; Castle Road; "
        "High Street; Harbour Road; Bridge Street; Church Street; Achintore Road; Shore Street; Telford Road; "
        "Stuart Highway; Todd Street; Gap Road; Hartley Street; Station Road; Cattle Creek Road"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; hetnet.nl; zeelandnet.nl; telenet.be; "
        "skynet.be; yahoo.com; icloud.com; bigpond.com; btinternet.com; live.com.au; proton.me; hotmail.be"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO"),
    "bank_gb": _semi("BOFS; RBOS; CLYD; NWBK; BARC"),
}
