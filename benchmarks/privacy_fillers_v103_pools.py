"""Name, street, domain and bank pools of the held-out split test_v103 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v103"] = {
    "first": _semi(
        "Sjoerd; Tjitske; Wybren; Froukje; Hidde; Aukje; Jelmer; Sytske; Durk; Baukje; Gerben; Hiske; Tsjalling; "
        "Marijke; Jeroen; Lieke; Bart-Jan; Ans; Toon; Mieke; Harrie; Noor; Thijs; Riek; Jef; Leen; Ilse; Wannes; "
        "Lotte; Jolien; Kobe; Nand; Roel; Greet; Anke; Dries; Imke; Jaouad; Fadwa; Soufiane; Nora; Burak; Elif; "
        "Yusuf; Zeynep; Arjun; Ananya; Rohan; Priyanka; Sanjay; Lakshmi; Kavita; Rahul; Shanice; Tevin; Kemar; "
        "Latoya; Andre; Marcia; Aroha; Tane; Mere; Nikau; Hemi; Ngaio; Liam; Ella; Chloé; Mateo; Agnieszka; "
        "Bartosz; Ionela; Dmytro; Alesia; Mihail; Giulia; Matteo; Xiomara; João; Linh; Kenji; Yuki; Abebe; Amina; "
        "Jan-Willem; Marie-José; Anna-Lena; Pieter Jan; Mohamed Amine"
    ),
    "surname": _semi(
        "Hoekstra; de Jong-Dijkstra; Postma; Bosma; Zijlstra; Visser; Terpstra; Haitsma; Wiersma; van der Wal; "
        "Sikkema; Kingma; Brouwer; van den Heuvel; van Gils; Verhoeven; de Wit-Schellekens; Aarts; van Dongen; "
        "Hendrikx; Swinkels; van de Ven; van Roosmalen; van den Boomen; Jacobs; Peeters; Vanhoudt; Lambrechts; "
        "Jans-Vanderhoydonck; Claes; Gielen; Thijs; Vanderhoven; Wouters; Reynders; Stevens; van 't Riet; "
        "in 't Veld; van der Linden-Kramer; ter Beek; de la Croix; El Idrissi; Bouzian; Akkaya; Çelik; Özdemir; "
        "Sharma; Iyer; Venkataraman; Reddy; Banerjee; Chaudhary; Campbell-Brown; Thompson; Grant; McKenzie; "
        "Ferguson; Ngata; Te Rangi; Parata; Walker; Mackay; Nowak; Wiśniewska; Popescu; Kovalenko; Esposito; "
        "Ricci; García López; Santos; Tanaka; Tran; Bekele; Mensah"
    ),
    "street_nl": _semi(
        "Nieuwestad; Voorstreek; Tuinen; Oosterkade; Harlingerstraatweg; Sneekerweg; Skoalstrjitte; Buorren; "
        "Hearrewei; Tsjerkepaed; Hinthamerstraat; Vughterweg; Ginnekenweg; Boschstraat; Stratumsedijk; "
        "Piusstraat; Heuvelstraat; Markt; Sint Lambertusstraat; Burg. Van Hooffln; Dr. Schaepmanstraat; "
        "Kapelweg; Eikenlaan; 1e Kruisstraat; Industrieweg; Ds. Kingmastraat"
    ),
    "street_be": _semi(
        "Grote Markt; Koningin Astridlaan; Kuringersteenweg; Maastrichtersteenweg; Diesterstraat; Demerstraat; "
        "Stationsplein; Sint-Truidersteenweg; Genkersteenweg; Kiezelstraat; Dorpsstraat; Molenstraat"
    ),
    "street_en": _semi(
        "MG Road; Linking Road; Brigade Road; Anna Salai; Hope Road; Constant Spring Road; Barbican Road; "
        "Ponsonby Road; Queen Street; Cuba Street; Lambton Quay; Colombo Street; Dominion Road; Karangahape Road"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; upcmail.nl; telenet.be; skynet.be; "
        "rediffmail.com; yahoo.co.in; xtra.co.nz; slingshot.co.nz; cwjamaica.com; icloud.com; live.nl; hetnet.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; ADYB; HAND"),
}
