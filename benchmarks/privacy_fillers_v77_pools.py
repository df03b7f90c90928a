"""Name, street, domain and bank pools of the held-out split test_v77 (registered in the shared `POOLS`): Dutch and
Flemish names with tussenvoegsels and double surnames, Antillean, Cape Verdean, South African, Australian and many
other names."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v77"] = {
    "first": _semi(
        "Gerdien; Harmen; Jolien; Wouter; Marieke; Reinier; Sanne-Marije; Thijmen; Evelien; Bas; Anouk; Geert-Jan; "
        "Hendrika; Jacobus; Nienke; Roel; Femke; Koen; Liesbeth; Dirk-Jan; Ilona; Jeroen; Marleen; Sjoerd; "
        "Wannes; Lieselot; Joke; Brecht; Griet; Ruben; Elke; Jef; Shurandy; Giomar; Marisela; Jurensly; Sharline; "
        "Ruthmila; Jandino; Chanella; Djamila; Edmilson; Adilson; Zenaida; Ivanilda; Anilton; Nelsa; Kátia; "
        "Thabo; Lindiwe; Nomvula; Bongani; Johannes; Annelie; Riaan; Zanele; Kagiso; Precious; Bronwyn; "
        "Lachlan; Kylie; Jarrah; Matilda; Shane; Tegan; Callum; Mehmet; Elif; Emre; Zeynep; Hamza; Soufiane; "
        "Nordin; Latifa; Yasmina; Rayan; Shanti; Rishi; Kavita; Dewi; Wayan; Agnieszka; Paweł; Dorota; "
        "Nour; Rami; Yonas; Semhar; Feven; Lin; Xiaoming; Thanh; Linh; Siobhan; Declan; Ingrid; Lars"
    ),
    "surname": _semi(
        "van Dam; de Wit; van der Linden; Kroon; Pronk; van den Heuvel; Verhoeven; op den Kamp; in 't Veld; "
        "ter Steege; van de Wetering; uit den Bogaard; d'Hondt; van Os; de Ruiter; Steenbergen; Timmermans; "
        "Bakker-van Dam; van Rooij-Pietersen; de Haan-Koster; Verbeek-Ouali; van der Zee-Mulder; Peeters; "
        "Claes; Goossens; Vermeulen; Van Damme; De Smet; Wouters; Martina; Isenia; Römer; Pieternella; Rosaria; "
        "Statia; Doran; Koeiman; Winklaar; Maduro; Tavares; Monteiro; Fortes; Lopes Semedo; Varela; Brito; "
        "Delgado; Gomes da Silva; van der Merwe; Botha; Nkosi; Mokoena; Pillay; Naidoo; Khumalo; Ndlovu; "
        "du Plessis; Coetzee; O'Brien; Fitzgerald; Kowalczyk; Papadakis; Campbell; Nguyen; McAllister; "
        "Öztürk; Çelik; Yıldız; El Idrissi; Ouali; Azzouzi; Ramdin; Baldewsingh; Soerjadi; Wiranata; Nowak; "
        "Wiśniewska; Haddad; Al-Masri; Tesfay; Gebremedhin; Zhang; Liu; Tran; Đặng; Murphy; Lindqvist"
    ),
    "street_nl": _semi(
        "Kerkweg; Populierenlaan; Van Speijkstraat; Burgemeester Kasteleinweg; Zandpad; Graaf Florisstraat; "
        "Meidoornhof; Hoogstraat; Sint Annastraat; Julianalaan; Waalhaven Oostzijde; Achter de Kerk; "
        "Oude Delft; Korte Nieuwstraat; Kalverweg; Paterswoldseweg; Schepenenlaan; Bredestraat; "
        "Dokter van Noortstraat; Laan van Vollenhove; Vijverhof; Reigersbos; Van Ostadelaan; Molenstraat; "
        "Bisschop Zwijsenstraat; Kortrijksesteenweg; Brusselsesteenweg; Kapelstraat; Stationsplein; "
        "Kaya Grandi; Kaya Flamboyan; Schottegatweg Oost"
    ),
    "street_en": _semi(
        "Jan Smuts Avenue; Long Street; Main Road; Voortrekker Road; Beach Road; Church Street; Oxford Road; "
        "George Street; Bourke Street; Chapel Street; Parramatta Road; Sydney Road; Boundary Road; Anzac Parade"
    ),
    "city_en": _semi(
        "Sandton; Cape Town; Pretoria; Durban; Stellenbosch; Melbourne; Sydney; Brisbane; Perth; Adelaide"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; home.nl; casema.nl; telenet.be; skynet.be; "
        "icloud.com; yahoo.com; live.nl; bigpond.com; optusnet.com.au; mweb.co.za; webmail.co.za; "
        "onenet.cw; gmx.de; protonmail.com"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; HAND; NNBA"),
}
