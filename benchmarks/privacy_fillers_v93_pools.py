"""Name, street, domain and bank pools of the held-out split test_v93 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v93"] = {
    "first": _semi(
        "Gerwin; Hennie; Bernadette; Jeroen; Manon; Wessel; Ineke; Harm; Gerdien; Tijmen; Rianne; Evert; "
        "Brecht; Lowie; Febe; Seppe; Ruben; Lotte; Jelle; Nele; Ward; Sien; Arne; Hanne; Marthe; Korneel; "
        "Tavita; Aroha; Manaia; Hemi; Keisha; Tamika; Delroy; Shanice; Jermaine; Andre; Kemar; Tyrone; "
        "Nikhil; Deepa; Arjun; Mei; Hiroshi; Yuki; Anh; Linh; Omari; Nia; Babajide; Folake; Kwabena; "
        "Youssef; Imane; Bilal; Salma; Mehmet; Ayşe; Cem; Ebru; Piotr; Zofia; Radu; Andreea; Luka; Ivana; "
        "Mateus; Beatriz; Sebastián; Valentina; Sven; Ingrid; Aleksi; Maud; Jean-Pierre; Hélène; Tom; "
        "Gerrit-Jan; Anne-Sophie; Mohammed; Fatma; Chloe; Liam; Harper; Nathaniel; Rosalind"
    ),
    "surname": _semi(
        "Nijhuis; Oude Luttikhuis; Brinkhuis; Wolters; Lansink; Velthuis; Hofste; Beld; Leferink; ter Horst; "
        "Wevers; Kamphuis; Kleine Schaars; Vandenbroucke; Vanhoutte; Declercq; Desmet; Vandamme; Verhaeghe; "
        "Devos; Lambrecht; Dewulf; Lievens; Vercruysse; Debaene; Callewaert; Ngata; Te Rangi; Walker-Parata; "
        "Tuhiwai; McAllister; Campbell-Brown; Francis; Grant; Barrett; Morrison; Thompson-Reid; Henry; "
        "van der Meulen; van Dongen; de Bruijn; van den Bosch-Ruiter; ten Cate; van 't Zand; in der Maur; "
        "de Wolff; Sharma; Iyer; Tanaka; Watanabe; Pham; Hoang; Adeyemi; Boateng; Owusu; Amrani; Benali; "
        "El Khattabi; Demir; Kaya; Aydın; Zieliński; Lewandowska; Dumitrescu; Horvat; Novak; Oliveira; "
        "Santos Pereira; Gutiérrez; Hansen; Lindström; Virtanen; Martin; Rousseau; Müller; Schneider"
    ),
    "street_nl": _semi(
        "Haaksbergerstraat; Deurningerstraat; Oldenzaalsestraat; Hengelosestraat; Enschedesestraat; "
        "Boddenkampsingel; Molenstraat; Marktstraat; Ootmarsumsestraat; Twekkelerweg; Esweg; Dorpsstraat; "
        "Lindenlaan; Prins Hendrikkade; Amstelveenseweg; Vinkenstraat; Kastanjelaan; Spoorlaan; Havenkade; "
        "Koningin Julianalaan; Van Speijkstraat; Eikenlaan; Burgemeester Visserpark; Zeedijk"
    ),
    "street_be": _semi(
        "Kerkstraat; Zeedijk; Rijselsestraat; Brugsesteenweg; Ieperstraat; Vrijdagmarkt; Sint-Jorisstraat; "
        "Noordstraat; Diksmuidseweg; Koning Albertlaan; Torhoutsesteenweg; Stationsplein"
    ),
    "town_be": _semi("Brugge; Kortrijk; Roeselare; Ieper; Oostende; Poperinge; Tielt; Waregem; Torhout; Diksmuide"),
    "street_en": _semi(
        "Cuba Street; Ponsonby Road; Queen Street; Riccarton Road; Karangahape Road; Dominion Road; "
        "Hope Road; Constant Spring Road; Barbican Road; Half Way Tree Road; Red Hills Road; Manor Park Drive; "
        "Harbour View Close; Kowhai Crescent; Rimu Street; Tui Grove"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; home.nl; telenet.be; skynet.be; "
        "proximus.be; xtra.co.nz; slingshot.co.nz; yahoo.com; icloud.com; live.be; proton.me; hotmail.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; NNBA; FRGH; HAND"),
    "bank_gb": _semi("NWBK; BARC; LOYD; MIDL"),
}
