"""Name, street, domain and bank pools of the held-out split test_v82 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v82"] = {
    "first": _semi(
        "Gerdien; Wijnand; Berber; Teun; Jolanda; Arjen; Hendrikje; Dirk-Jan; Marit; Stijn; Carolien; Menno; "
        "Rianne; Gijs; Lonneke; Sven; Annelot; Floris; Wilma; Reinier; Tessel; Mees; Jet; Olivier; Pien; "
        "Fatma; Hatice; Mehmet; Yusuf; Ayşe; Cem; Büşra; Hakan; Merve; Onur; Gülsüm; "
        "Mohammad Nabi; Zarmina; Farida; Hamid; Sayed; Masouda; Wahid; Shabnam; Najibullah; Parwana; Rahim; "
        "Kwame; Akosua; Yaw; Efua; Kojo; Ama; Kwabena; Abena; Nana Yaa; Kofi; Esi; "
        "Pádraig; Caoimhe; Eoin; Orla; Cathal; Sinéad; Róisín; Donal; Aisling; Fionnuala; "
        "Bart; Lien; Sander; Ine; Jeroen; Hanne; Wout; Elke; Mustafa; Khadija; Ilias; Salma; Anouar; "
        "Priyanka; Ravi; Radjesh; Chantal; Dewi; Quoc; Ngoc; Tomasz; Ewelina; Piotr; Iulia; Andrei; Oksana"
    ),
    "surname": _semi(
        "van Leeuwen; de Ruiter; Verhagen; van Vliet; Hoogendoorn; van der Meer; Zwinkels; Koppert; Vreugdenhil; "
        "Duijvestijn; van Geest; Ammerlaan; Vijverberg; van der Knaap; Vollebregt; Kester; Bakker-Zwinkels; "
        "van Dam-Ouwehand; ten Brink; ter Beek; van 't Zand; in 't Hout; op de Weegh; van de Pol; de Graaf; "
        "van der Sluis-de Koning; Kaya; Demir; Arslan; Doğan; Koç; Kılıç; Aydın; Özdemir; Kurt; Polat; "
        "Ahmadzai; Noorzai; Popal; Karimi; Rahimi; Hashimi; Sultani; Wardak; Stanekzai; Amiri; "
        "Boateng; Owusu; Agyemang; Darko; Appiah; Asamoah; Ofori-Atta; Amoako; Mensah-Bonsu; Acheampong; "
        "Ó Ceallaigh; Kavanagh; Brennan; Mac Cárthaigh; Ní Bhriain; Gallagher; Moriarty; Byrne; Quinlan; "
        "Vandenbroucke; De Clercq; Van Hoof; Vermeersch; Lambrechts; El Khattabi; Benali; Azzouzi; "
        "Ramsaran; Jagessar; Sardjoe; Pham; Dang; Zieliński; Mazur; Dumitrescu; Bondarenko"
    ),
    "street_nl": _semi(
        "Zwartendijk; Monstersestraat; Naaldwijkseweg; Wateringseweg; Poeldijkseweg; Honselersdijkseweg; "
        "Lange Kruisweg; Burgemeester Elsenweg; Galgeweg; Oosteinde; Westeinde; Leeghwaterstraat; "
        "Van Reenenweg; Nieuwe Kade; Rijnsburgerweg; Zijlsingel; Galgewater; Haarlemmerstraat; "
        "Pieter de Hoochstraat; Tolstraat; Kanaalweg; Dorpsstraat; Eendrachtsweg; Bolnesserkade; "
        "Rozenburglaan; Leidsestraatweg; Korte Nieuwstraat; Meerlaan; Sint-Amandsstraat; Koningin Astridlaan; "
        "Brugsesteenweg; Overpoortstraat; Ledeganckstraat; Anatolischestraat; Ankaraplein"
    ),
    "street_en": _semi(
        "Dorset Street; Rathgar Avenue; Clontarf Road; Sundays Well Road; Salthill Promenade; Oxford Road; "
        "Ring Road Central; Osu Badu Street; Cantonments Road; Spintex Road; Liberation Road; Adjiringanor Lane; "
        "Mercer Street; Coburg Place; St Brendan's Terrace; Willow Park Crescent; Kilmore Lane"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; planet.nl; caiway.nl; telenet.be; "
        "hotmail.be; eircom.net; yahoo.com; icloud.com; live.nl; proton.me; yandex.com; gmx.net"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NNBA"),
    "bank_ie": _semi("AIBK; BOFI; PTSB; ULSB"),
    "bank_gb": _semi("BARC; LOYD; NWBK; HBUK"),
}
