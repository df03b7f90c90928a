"""Name, street, domain and bank pools of the held-out split test_v71 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v71"] = {
    "first": _semi(
        "Gerben; Hanneke; Wessel; Marijke; Dirk-Jan; Annelies; Teun; Fenna; Rutger; Merel; Job; Floor; Stijn; "
        "Nienke; Jeroen; Wendelien; Gijs; Carlijn; Maarten; Willemijn; Bertus; Riek; Henk-Willem; Truus; "
        "Kübra; Mert; Yasemin; Hatice; Bilal; Ilham; Mounir; Samira; Hamza; Ikram; Reza; Shirin; Farid; "
        "Tigist; Dawit; Efua; Kwame; Ngozi; Tunde; Lamin; Fatoumata; Priyanka; Sunil; Devika; Arjun; "
        "Hoang; Linh; Mei; Jun; Haruto; Ji-woo; Marisol; Ximena; Rodrigo; Thiago; Beatriz; "
        "Przemysław; Małgorzata; Grzegorz; Wojciech; Joanna; Zbigniew; Ewelina; Łukasz; Radu; Ioana; "
        "Cristina; Florin; Andreea; Vasile; Mădălina; Gheorghe; Oksana; Taras; Yuliia; Milan; Jelena; "
        "Uwe; Jürgen; Heike; Anneliese; Sören; Mareike; Günther; Dieter; Wout; Lotte-Marie; Tinne; Bavo; "
        "Callum; Isla; Owen; Freya; Marcus; Tamsin; Declan; Brigid"
    ),
    "surname": _semi(
        "Gerritsen; Hulshof; ten Brinke; Nijhuis; Oude Luttikhuis; Wolters; Lubbers; Klein Gunnewiek; "
        "Rouwenhorst; Hendriksen; te Riele; van Zuilen; Schuurman; van der Meulen-Stam; Bruggink-Lammers; "
        "de Vries-Rademaker; van den Brink-Oosterveld; in de Braekt; van Ooijen; ter Borg; van 't Zand; "
        "op het Veld; de Bruijn; van Aalst; 't Hooft; van der Sluis; Verhagen; Scholten; Boerrigter; "
        "Demir; Kılıç; Aydın; Koç; El Khattabi; Benali; Ait Ouaziz; Haddou; Rahimi; Karimi; Mohammadi; "
        "Bekele; Girma; Boateng; Adeyemi; Diallo; Ceesay; Sharma; Gupta; Kanhai; Jagesar; Pham; Vu; Chen; "
        "Wang; Sato; Park; Gómez Ruiz; Hernández; Oliveira; dos Santos; Wiśniewski; Zieliński; Lewandowska; "
        "Kamińska; Wójcik; Dąbrowski; Popa; Munteanu; Stoica; Dumitrescu; Constantinescu; Rusu; Bondarenko; "
        "Kovalenko; Jovanović; Schmitz; Hüskes; Terhorst; Janßen; Müller-Lüdenscheidt; Verbeke; Vanderstraeten; "
        "De Clercq; Van den Bossche; MacLeod; Pritchard; Fairbairn; O'Donoghue"
    ),
    "street_nl": _semi(
        "Hengelosestraat; Oldenzaalsestraat; Haaksbergerstraat; Gronausestraat; Enschedesestraat; Hofstraat; "
        "Kloosterstraat; Ambachtsweg; Bisschopstraat; Kloosterkampweg; Vierakkerstraat; Emmerikseweg; "
        "Nijmeegsebaan; Dorpsstraat; Zonnebloemlaan; Lindenlaan; Parallelweg; Koestraat; Spoorlaan; "
        "Dr. Ariënsstraat; Burgemeester Lamersweg; Sint Janskerkhof; Van Karnebeekstraat; Mgr. Nolensplein; "
        "Beukenhorst; Wilgenhof; Reigerstraat; Eikenlaan; Achter de Molen; Boxbergerweg"
    ),
    "street_de": _semi(
        "Kirchstraße; Hauptstraße; Bahnhofstraße; Grenzweg; Klever Straße; Gocher Straße; Am Markt; "
        "Lindenallee; Schulstraße; Emmericher Straße"
    ),
    "town_de": _semi("Kranenburg; Kleve; Emmerich; Gronau; Bad Bentheim; Nordhorn; Goch; Aachen; Vreden; Borken"),
    "street_en": _semi(
        "Hollybush Lane; Marlborough Road; Castle Street; Fernhill Drive; Bramble Way; Regent Terrace; "
        "Station Parade; Wellington Crescent; Ashgrove; Copper Beech Close"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; home.nl; planet.nl; xs4all.nl; live.nl; "
        "gmx.de; web.de; t-online.de; wp.pl; onet.pl; o2.pl; yahoo.ro; icloud.com; proton.me; telenet.be"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NNBA; FRGH"),
}
