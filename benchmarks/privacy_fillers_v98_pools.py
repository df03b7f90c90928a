"""Name, street, domain and bank pools of the held-out split test_v98 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v98"] = {
    "first": _semi(
        "Rishi; Sunita; Kavita; Ravindre; Devika; Shailesh; Anita; Prakash; Nandini; Soeresh; Lakshmi; Vikash; "
        "Djaimy; Ednilson; Adilson; Jucelina; Nelsa; Evandro; Keila; Dulce; Ailton; Marisa; Gerson; Zenaida; "
        "Berend; Hanneke; Gijsbert; Willemijn; Reinier; Tessel; Joost; Floor; Maarten; Annelot; Stijn; Merel; "
        "Bartel; Dieuwertje; Cornelis; Jikke; Ties; Loes; Sven; Nienke; Arjen; Margriet; Ruben; Ilse; "
        "Hamza; Salma; Yassir; Ikram; Mehmet; Ayşe; Tolga; Büşra; Quoc; Lan; Efua; Kwame; Ngozi; Tunde; "
        "Piotr; Magdalena; Vasile; Roxana; Andrii; Oksana; Pablo; Mireia; Tiago; Beatriz; Lars; Ingrid; "
        "Fenna; Hidde; Seppe; Ruth; Warre; Lotte; Brent; Elke; Graham; Fiona; Trevor; Philippa; Owen; Heidi; "
        "Anne-Marije; Pieter-Jan; Marie-José; Jean-Paul"
    ),
    "surname": _semi(
        "Ramsaran; Jagesar; Bhoelai; Ramcharan; Sitaldin; Chotkan; Mangroe; Autar; Kalloe; Biharie; Soekhoe; "
        "Tavares; Lopes; Semedo; Monteiro; Fortes; Delgado; Varela; Gomes da Silva; Rocha; Andrade; Brito; "
        "van der Velden; van Oosterom; de Bruijn; van Leeuwen; Schipper; Verhagen; van Wijk; de Graaf; "
        "Molenaar; van den Broek-Kuipers; Timmermans-de Ruiter; Stam-van Dam; in 't Zand; van 't Hek; "
        "ter Borg; van de Kamp; den Uyl; de Jager; Kok; Huisman; Prins; Zwart; Veenstra; Wolters; "
        "Benali; El Khattabi; Amrani; Kaya; Doğan; Arslan; Pham; Vu; Owusu; Boateng; Adeyemi; Eze; "
        "Wójcik; Kamińska; Moldovan; Marin; Bondarenko; Kovalenko; Martínez Ruiz; Pereira; Johansson; Berg; "
        "Vandenbroucke; De Backer; Van Acker; Mertens; Claeys; Jacobs; Hughes; Whitaker; Barrett; Campbell"
    ),
    "street_nl": _semi(
        "Goudsbloemstraat; Hindelaan; Paramaribostraat; Kaapverdiëstraat; Waterlandplein; Boterdiep; "
        "Kastanjelaan; Esdoornstraat; Slotermeerlaan; Beukenhorst; Zuidwal; Weimarstraat; Kerkewijk; "
        "Van Speijkstraat; Noordsingel; Kleiweg; Oranjeboomstraat; Emmastraat; Veerkade; Boschdijk; "
        "Hooftskade; Steenstraat; Kloosterlaan; Julianalaan; Oude Vest; Lindelaan; Anjerstraat; Parallelweg; "
        "Mgr. Nolenslaan; Prof. Kamerlingh Onneslaan; Ds. Bonhoefferweg; Vlaszak; Kapucijnenvoer; Oudburg"
    ),
    "street_en": _semi(
        "Sycamore Road; Belgrave Street; Chesterfield Avenue; Larkspur Close; Redcliffe Gardens; "
        "Foxglove Way; Marlborough Road; St Albans Crescent; Harbour View; Beech Grove; Windmill Lane"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; live.nl; ziggo.nl; kpnmail.nl; planet.nl; telenet.be; "
        "sapo.cv; yahoo.com; icloud.com; msn.com; chello.nl; caiway.nl; upcmail.nl; protonmail.com"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NNBA; ISBK"),
}
