"""Name, street, domain and bank pools of the held-out split test_v54 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v54"] = {
    # Twente, Achterhoek, Groningen, Drenthe, Brabant, Flemish, Hindustani, Javanese, Moluccan, Eritrean, Syrian,
    # Iraqi, Indonesian, Chinese, Vietnamese, Indian, British, Irish, German, Romanian, Bulgarian, Croatian,
    # Greek, Spanish and Italian given names.
    "first": _semi(
        "Hendrikus; Gerdien; Harm; Jentje; Geesje; Roelof; Aaldert; Hennie; Wubbo; Grietje; Teun; Marieke; "
        "Sjaak; Hanneke; Wout; Lieselot; Kobe; Febe; Griet; Jens; Ashwin; Radjesh; Sita; Vinod; Anjali; "
        "Sartini; Wagiman; Poniem; Johny; Femmy; Yopie; Yonas; Selam; Senait; Mehari; Ghaith; Rania; Omar; "
        "Haider; Mustafa; Zahraa; Budi; Putri; Wei; Xiaoling; Jun; Minh; Thanh Huong; Aarav; Lakshmi; "
        "Deepika; Venkat; Nigel; Philippa; Gareth; Siobhán; Niamh; Cormac; Declan; Jürgen; Sabine; Uwe; "
        "Ionuț; Andreea; Mihai; Stoyan; Desislava; Ivana; Tomislav; Eleni; Dimitris; Lucía; Javier; Giulia; "
        "Alessandro; Riet; Bertus; Ineke"
    ),
    "surname": _semi(
        "Nijhuis; Oude Wesselink; te Brake; Klein Gunnewiek; Hassink; Lubberink; Oosterhof; Bolhuis; Wubbolts; "
        "Lanting; Hadders; Seubring; van Gestel; de Laat; Raaijmakers; van den Oetelaar; De Smet; Van Damme; "
        "Claeys; Goossens; Vandenbroucke; Ramsaroep; Baldewsingh; Jhagroe; Soekhai; Mangal; Soemodihardjo; "
        "Karijosemito; Wongsoredjo; Latuhihin; Pattipeilohy; Wattimena; Tesfamariam; Ghebremedhin; "
        "Woldemichael; Al-Hamwi; Haddad; Al-Jubouri; Hussein; Setiawan; Wibowo; Zhang; Chen; Lin; Nguyen; "
        "Tran; Pham; Krishnamurthy; Iyer; Venkatesan; Whitmore; Ashworth; O'Sullivan; Kavanagh; Ní Bhriain; "
        "Schäfer; Wagner; Popescu; Dumitrescu; Petrova; Georgiev; Horvat; Kovačević; Papadopoulos; Georgiou; "
        "García Morales; Fernández; Esposito; De Luca; ten Hove; van der Molen; Ter Horst"
    ),
    "street": _semi(
        "Oldenzaalsestraat; Haaksbergerstraat; Gronausestraat; Winterswijkseweg; Lievelderweg; Oosterstraat; "
        "Helperzoom; Hereweg; Paterswoldseweg; Brink; Hoofdstraat-West; Vughterstraat; Hinthamerstraat; "
        "Orthenseweg; Mgr. Nolensstraat; Wilhelminasingel; Deventerstraatweg; Boddenkampsingel; "
        "Groenestraat; Van Lawick van Pabststraat; Korte Nieuwstraat; Esdoornlaan; Het Hogeland; "
        "Parkweg Noord; Professor Kamerlingh Onneslaan; Tuindorpstraat; Kloosterhof"
    ),
    "street_be": _semi(
        "Turnhoutsebaan; Frankrijklei; Kortrijksesteenweg; Sint-Pietersnieuwstraat; Brusselsesteenweg; "
        "Dampoortstraat; Kiel; Carnotstraat"
    ),
    "street_en": _semi("Clontarf Road; Ashby Crescent; Thornbury Close; Ferndale Avenue; Lismore Terrace"),
    "domain": _semi(
        "zeelandnet.nl; solcon.nl; upcmail.nl; quicknet.nl; kpnplanet.nl; telenet.be; skynet.be; hotmail.be; "
        "gmx.de; web.de; eircom.net; abv.bg; yahoo.ro; libero.it; gmail.com; outlook.com; hotmail.nl; "
        "icloud.com; ziggo.nl; 163.com"
    ),
    "bank": _semi("RABO; INGB; ABNA; SNSB; ASNB; NNBA; HAND; TRIO; BUNQ; DEUT"),
}
