"""Name, street, domain and bank pools of the held-out split test_v86 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v86"] = {
    "first": _semi(
        "Gerben; Trijntje; Harmke; Douwe; Aukje; Reinier; Willemijn; Coen; Floortje; Diederik; Berber; Gijsbert; "
        "Jozefien; Lowie; Ward; Margot; Seppe; Kato; Yentl; Ruben; Zoë; Milan; Sven; Isa; Jelte; Merel; Teun; "
        "Shurandy; Jurgen; Quincy; Chanella; Giovanni; Rignald; Xiomara; Sharella; Dayanara; Jeanine; Ramon; "
        "Mounir; Ikram; Bilal; Samira; Yassin; Hatice; Mehmet; Sümeyye; Onur; Ravi; Sunita; Devika; Arjun; "
        "Wei Ling; Jun Jie; Hui Min; Siti; Nurul; Farhan; Kumar; Thandiwe; Sipho; Lerato; Pieter-Jan; Riaan; "
        "Annelie; Zanele; Bongani; Kwame; Efua; Tomasz; Małgorzata; Jakub; Andrius; Rūta; Oksana; Yuliia; Vasyl; "
        "Chiara; Lorenzo; Mercedes; Álvaro; Sebastián; Thiago; Lars; Ingrid; Mette; Ewan; Morag; Fergus; Poppy; "
        "Hamish; Anne-Marie; Jan-Pieter; Marie-José; Kees-Jan; Thuy Linh; Hoang; Ngozi; Emeka; Nadège; Benoît"
    ),
    "surname": _semi(
        "van der Meulen; Kloosterman; Hofstede; Oldenhuis; Wubbels; Brinkhuis; ter Horst; van Wijngaarden; "
        "Scheepers; de Bruijn-Koster; van Leeuwen-Aarts; Vink-Hartman; van 't Zand; in den Berkmortel; "
        "van de Kamp; op het Veld; van der Schaaf; Verhagen; Wuyts; Vanderhaeghen; De Clercq; Van Acker; "
        "Mertens; Janssens-Lambrechts; Martina; Isenia; Rosaria; Koeiman; Winklaar; Statia; Maduro; Croes; "
        "Benjamins; El Khattabi; Benali; Azzouzi; Kaya; Doğan; Arslan; Kılıç; Ramsaran; Jagessar; Baldewsingh; "
        "Tan; Lim; Goh; Ng; Wong; Bin Abdullah; Rajendran; Pillay; Naidoo; van der Merwe; Botha; Nkosi; Dlamini; "
        "Mokoena; du Plessis; Owusu; Boateng; Adeyemi; Nwosu; Zieliński; Kamińska; Lewandowski; Kazlauskas; "
        "Bondarenko; Melnyk; Bianchi; Ricci; Fernández Ruiz; Castillo; Silva Santos; Johansson; Halvorsen; "
        "MacLeod; Campbell; Ferguson; Hargreaves; Pham; Le Van; Dubois; Moreau"
    ),
    "street_nl": _semi(
        "Kerkhoflaan; Begraafplaatsweg; Torenlaan; Pastorieweg; Kosterstraat; IJsbaanpad; Schaatsweg; "
        "Kaasmarkt; Boterstraat; Zuivelhof; Vliegveldweg; Zweefvliegstraat; Zonneweide; Lichtenbergerweg; "
        "Esdoornlaan; Beukenhorst; Kastanjelaan; Hooghiemstraplein; Nieuwe Kerkstraat; Oude Haagweg; "
        "Burgemeester Roosstraat; Dokter van Noortstraat; Prins Hendrikkade; Koningin Julianalaan; "
        "Lange Nieuwstraat; Groenmarkt; Mercatorstraat; Veldhovenring; Tiensesteenweg; Kortrijkstraat; "
        "Koningin Astridlaan; Sint-Jacobsstraat; Kaya Grandi; Kaya Flamboyan; Kaya Wilhelminaplein"
    ),
    "street_en": _semi(
        "Jan Smuts Avenue; Long Street; Kloof Street; Main Road; Oxford Road; Beach Road; Church Street; "
        "Victoria Road; Rivonia Road; Bree Street; Orchard Road; Holland Road; Bukit Timah Road; "
        "Upper Thomson Road; Jalan Kayu; Serangoon Avenue 3; Tanjong Katong Road; Elm Close; Mill Lane"
    ),
    "block_sg": _semi(
        "Ang Mo Kio Ave 3; Tampines St 42; Bedok North Rd; Jurong West St 91; Toa Payoh Lor 1; "
        "Yishun Ring Rd; Clementi Ave 2; Punggol Field; Woodlands Dr 16; Sengkang East Way"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; xs4all.nl; telenet.be; skynet.be; "
        "icloud.com; yahoo.com.sg; singnet.com.sg; webmail.co.za; mweb.co.za; vodamail.co.za; onward.cw; "
        "protonmail.com; live.nl; planet.nl; gmx.net"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NWAB; FVLB"),
}
