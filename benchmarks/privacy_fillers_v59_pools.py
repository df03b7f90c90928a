"""Name, street, domain and bank pools of the held-out split test_v59 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v59"] = {
    # Dutch (Groningen, Friesland, Twente, Brabant, Limburg), Flemish and travellers of many origins.
    "first": _semi(
        "Harmke; Eelco; Geert-Jan; Wietske; Jurre; Roelof; Tjeerd; Hennie; Gert; Riekje; Mariëlle; Lieke; "
        "Jos; Twan; Sjef; Mieke; Servaas; Ruben; Femke; Stijn; Wout; Lieselot; Jens; Griet; Matthias; Kübra; "
        "Jürgen; Anneliese; Florian; Reto; Ursina; Thérèse; Baptiste; Élodie; Iñigo; Nerea; Giulia; Matteo; "
        "Gonçalo; Inês; Bartosz; Zofia; Małgorzata; Jiří; Tereza; Lukáš; Zuzana; Žiga; Nataša; Ivana; Dragan; "
        "Jelena; Emina; Adnan; Arben; Blerta; Eleni; Dimitris; Burak; Elif; Hamza; Zineb; Youssef; Amira; "
        "Karim; Nour; Yael; Avi; Shirin; Dariush; Arjun; Lakshmi; Wei; Xiaoling; Haruto; Yuki; Min-jun; "
        "Ji-woo; Maricel; Jericho; Tyler; Brooke; Connor; Thandiwe; Pieter-Jan; Siobhan; Lachlan; Ngaire"
    ),
    "surname": _semi(
        "Wubbels; Stuiver; Kloosterhuis; Hofstede; Bosma; Wiersma; Tichelaar; Nijhuis; Oude Nijhuis; "
        "Kamphuis; Geerdink; Huisman; van Gils; Verbraak; Janssens; Coenen; Vleugels; Frijns; Lemmens; "
        "van Rooij; Maes; Claeys; Vandenbroucke; De Smedt; Wouters; Huber; Gruber; Eggenberger; Brunner; "
        "Lefèvre; Garnier; Fernández Ruiz; Navarro; Esposito; Bianchi; Carvalho; Ferreira da Silva; "
        "Wójcik; Kamińska; Dvořák; Nováková; Horváth; Kovačič; Babić; Jovanović; Hadžić; Hoxha; "
        "Papadopoulou; Karagiannis; Şahin; Koç; Bennani; El Ouazzani; Trabelsi; Haddad; Khoury; Cohen; "
        "Mizrahi; Rahimi; Hosseini; Iyer; Reddy; Zhang; Liu; Takahashi; Nakamura; Park; Choi; dela Cruz; "
        "Santos; Reyes; McAllister; Thibodeau; van der Merwe; Nkosi; O'Brien; Fitzgerald; ter Welle; "
        "van Houten; de Backer; van Oss"
    ),
    "street_nl": _semi(
        "Oosterstraat; Herestraat; Nieuwe Ebbingestraat; Tuinstraat; Nieuwestad; Voorstreek; Wirdumerdijk; "
        "Grotestraat; Wierdensestraat; Ootmarsumsestraat; Markt; Molenstraat; Kade; Brugstraat; Boschstraat; "
        "Wycker Brugstraat; Rechtstraat; Stokstraat; Tongerseweg; Akerstraat; Van Weerden Poelmanweg; "
        "Kastanjedreef; Beukenlaan; Zuiderweg; Hoofdstraat-West; Julianastraat; Prof. Kamerlingh Onneslaan"
    ),
    "street_abroad": _semi(
        "Kapellestraat|BE; Grote Markt|BE; Lindenstraße|DE; Am Schlossgarten|DE; Mariahilfer Straße|AT; "
        "Bahnhofstrasse|CH; rue des Tanneurs|FR; avenue Jean Jaurès|FR; Calle de Alcalá|ES; Via Garibaldi|IT; "
        "Rua do Almada|PT; ul. Piotrkowska|PL; Vinohradská|CZ; Obchodná|SK; Slovenska cesta|SI; "
        "Ilica|HR; Knez Mihailova|RS"
    ),
    "domain": _semi(
        "home.nl; ziggo.nl; kpnplanet.nl; quicknet.nl; zeelandnet.nl; telenet.be; skynet.be; web.de; gmx.de; "
        "gmx.at; bluewin.ch; orange.fr; free.fr; libero.it; sapo.pt; wp.pl; seznam.cz; azet.sk; t-2.net; "
        "yahoo.gr; yandex.com; gmail.com; outlook.com; hotmail.fr; naver.com; qq.com; yahoo.co.jp; "
        "bigpond.com; telkomsa.net; shaw.ca; comcast.net"
    ),
    "bank": _semi("RABO; INGB; ABNA; SNSB; ASNB; BUNQ; KNAB; TRIO; RBRB; HAND; NNBA; FRBK"),
}
