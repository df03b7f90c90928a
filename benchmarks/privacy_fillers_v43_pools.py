"""Name, street, domain and bank pools of the held-out split test_v43 (registered in the shared `POOLS`).

Customers from Zeeland, Groningen and the rest of the Netherlands, Flanders, and Moroccan, Turkish, Somali, Afghan,
Indonesian-Dutch, Hungarian, Romanian, Brazilian, Nigerian, South African and Canadian backgrounds."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


POOLS["test_v43"] = {
    "first": _split(
        "Adriaan, Pieternella, Krijn, Jacomina, Marinus, Leuntje, Harm, Geeske, Roelf, Hillechien, Egbert, Trijntje, "
        "Jikke, Marten, Wouter-Jan, Annegien, Coby, Rutger, Ellemieke, Gijsbert, Wout, Griet, Stijn, Lien, Koen, "
        "Annelies, Jens, Sofie, Youssef, Samira, Hamza, Loubna, Bilal, Ikram, Anouar, Murat, Elif, Burak, Zeynep, "
        "Okan, Sevgi, Hodan, Abdirahman, Faduma, Mahad, Sagal, Liban, Farid, Zarghona, Wahid, Mursal, Nasrin, Jawad, "
        "Ferdinand, Wanda, Rudy, Ernestine, Gábor, Zsófia, László, Katalin, Eszter, Andrei, Ioana, Mihai, Cristina, "
        "Florin, João, Mariana, Thiago, Larissa, Camila, Chinedu, Ngozi, Oluwaseun, Folake, Emeka, Thandiwe, "
        "Marelize, Sipho, Riaan, Lerato, Brody, Mackenzie, Gabrielle, Tyler"
    ),
    "child": _split(
        "Lieke, Teun, Jasmijn, Ayoub, Fiene, Guusje, Roemer, Nour, Ela, Kerem, Yusra, Sven, Maud, Tijn, Wikke, "
        "Ibrahim, Sterre, Lucía, Olamide, Zainab, Mats, Isa"
    ),
    "surname": _split(
        "de Kam, Wisse, Minderhoud, Joosse, Sinke, Kodde, Provoost, Louwerse, van de Ketterij, Huizinga, Bolhuis, "
        "Oosting, Tammeling, Drenth, Ubbens, Scholtens, Kuipers, Bronsema, ten Have, van der Wal, Vermeulen, Claes, "
        "Goossens, Van Damme, De Smet, Maes, Wouters, Vandenbroucke, Verstraete, El Khattabi, Azzouzi, Boukhari, "
        "Ouchan, Arslan, Doğan, Koç, Şahin, Kılıç, Aksoy, Warsame, Abdi, Farah, Mohamud, Jama, Osman, Ahmadzai, "
        "Hashimi, Popal, Rahimi, Sultani, Tielman, Pattipeilohy, Manuhutu, Latuheru, Wattimena, Nagy, Kovács, "
        "Szabó, Tóth, Horváth, Popescu, Ionescu, Dumitru, Moldovan, Oliveira, Pereira, Carvalho, Ribeiro, Adeyemi, "
        "Okonkwo, Balogun, Olawale, van Niekerk, Pretorius, du Plessis, Naidoo, Dlamini, Tremblay, Gagnon, "
        "MacDonald, Leblanc, van 't Westeinde, op de Weegh"
    ),
    # Streets with house numbers are personal data; Zeeland, Groningen and other Dutch towns.
    "street": _split(
        "Lange Noordstraat, Walstraat, Boulevard Bankert, Gravenstraat, Molenwater, Kousteensedijk, Nieuwe Burg, "
        "Dijkwelsestraat, Ganzepoortstraat, Kasteelweg, Oude Ebbingestraat, Damsterdiep, Paterswoldseweg, Korreweg, "
        "Verlengde Hereweg, Helperzoom, Oosterhamrikkade, Kerklaan, Hoofdstraat Noord, Jacob Catsstraat, "
        "Van Speijkstraat, Dr. Zamenhofstraat, Generaal Foulkesweg, Prof. Kamerlingh Onnesstraat, Aagje Dekenstraat, "
        "Burgemeester Vos de Waelstraat, Kanaalweg, Zeestraat, Westsingel, Sint Pieterstraat, Nassaulaan, "
        "Badhuisstraat, Tuinbouwdwarsstraat, Graaf Adolfstraat, Kortenaerkade, Spuiboulevard, Willem de Zwijgerlaan"
    ),
    "street_be": _split(
        "Turnhoutsebaan, Kortrijksesteenweg, Brugsesteenweg, Sint-Bernardsesteenweg, Koningin Astridlaan, "
        "Leopoldlei, Kiewitstraat, Dendermondsesteenweg, Tiensevest, Grote Steenweg"
    ),
    "street_abroad": _split(
        "Jacaranda Avenue, Kloof Street, Protea Road, Dundas Street West, Maple Crescent, Rue Sainte-Catherine, "
        "Allen Avenue, Rua Augusta"
    ),
    "domain": _split(
        "zeelandnet.nl, kpnplanet.nl, upcmail.nl, quicknet.nl, chello.nl, telenet.be, skynet.be, gmx.net, "
        "yahoo.com.br, freemail.hu, yahoo.ro, hotmail.co.za, rogers.com, outlook.be, googlemail.com, msn.com, "
        "ymail.com, protonmail.ch, tiscali.nl, hccnet.nl, solcon.nl, kabelfoon.nl, zonnet.nl, wxs.nl"
    ),
    "work_domain": _split(
        "bouwbedrijf-kuipers.nl, deltapraktijk.nl, obs-dezeewinde.nl, scheldezorg.nl, agrarisch-loonbedrijf.nl, "
        "wadkantadvies.nl, groenbeheer-noord.nl"
    ),
    # Dutch bank codes (BIC prefixes); most customers bank with the big three, others for variety.
    "bank": _split("ABNA, RABO, INGB, NNBA, AEGO, HAND, DEUT, ARSN, ISBK, BICK, ABNA, RABO, INGB"),
}
