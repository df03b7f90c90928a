"""Name, street, domain and bank pools of the held-out split test_v70 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v70"] = {
    "first": _semi(
        "Gerben; Aaltje; Harmke; Eelco; Trijntje; Menno; Jacomijn; Reinout; Diederik; Willemijn; Floortje; Teun; "
        "Gijsbert; Hendrika; Maartje; Stijn; Jolien; Pieterjan; Katrien; Wout; Lotte-Marie; Jan-Hendrik; Ruben; "
        "Dewika; Radjesh; Shivani; Ashwin; Sunita; Ravindra; Soerin; Kishan; Roshni; Marlon; Shaquille; Sharmila; "
        "Ingrid-Lisa; Ruthmila; Djoeminah; Sukarni; Wagiman; Jurgen; Quincy; Xiomara; Yuridia; Shurendy; Jandino; "
        "Giselle; Rudsel; Sheraldine; Jaïr; Kenrick; Priyanka; Venkatesh; Lakshmi; Arjun; Deepika; Sanjay; "
        "Meenakshi; Harpreet; Gurpreet; Chukwuemeka; Ngozi; Oluwaseun; Adaeze; Babajide; Folasade; Emeka; Yetunde; "
        "Blessing; Precious; Godwin; Chiamaka; Ifeoluwa; Tunde; Ahmet; Büşra; Yusuf; Hatice; Mustafa; Ilyas; "
        "Khadija; Mounir; Imane; Hamza; Rachid; Salma; Piotr; Małgorzata; Tomasz; Zofia; Andrei; Raluca; "
        "Hanna; Yaroslav; Tetiana; Dimitri; Nikos; Eleni; Francesca; Lorenzo; Ana Sofía; Thiago; Wen; Haruto; "
        "Sung-min; Thanh; Ewa; Siobhan; Callum; Priscilla; Reginald; Hope; Joy; Bente; Sander; Mees"
    ),
    "surname": _semi(
        "van Houten; Kloosterboer; Veenstra; Wiersma; Hofstede; Brinkman; Zandvoort; ten Brink; van Zanten; "
        "Schuurman; Oudshoorn; Wijnands; van de Kamp; Verhagen; van der Sluis; de Graaf-Kuipers; Bos-van Leeuwen; "
        "van Rijswijk-de Bruin; van Ommen; ter Horst; Hageman; op 't Hof; van der Ploeg; de Jong; Nijboer; "
        "Van den Broeck; Vanderstraeten; De Clercq; Verstraete; Jagessar; Ramautar; Bhagwandin; Ramsaran; "
        "Soekhoe; Mangroe; Sardjoe; Kartosen; Soemodihardjo; Pinas; Biswane; Fernandes; Aloema; Kromodimedjo; "
        "Martina; Rosaria; Statia; Isenia; Wawoe; Koeiman; Leito; Anthony; Sulvaran; Krishnamurthy; Venkataraman; "
        "Sharma; Iyer; Banerjee; Gupta; Reddy; Chaudhary; Singh; Adeyemi; Okonkwo; Eze; Ogunleye; Balogun; Nwosu; "
        "Abubakar; Olawale; Okafor-Mensah; Demir; Kaya; Aydın; Koç; Bulut; El Khatib; Benali; Amrani; Haddouchi; "
        "Zieliński; Wójcik; Lewandowska; Dumitru; Stoica; Kovalenko; Bondarenko; Papadopoulos; Romano; Bianchi; "
        "Rodríguez Pérez; da Silva; Chen; Watanabe; Park; Pham; O'Donnell; Fairweather; Oyelaran; MacLeod"
    ),
    "street_nl": _semi(
        "Kanaalweg; Slingelandtstraat; Van Speijkstraat; Graaf Florislaan; Kruidenlaan; Zonnebloemstraat; "
        "Paramaribostraat; Curaçaostraat; Saramaccastraat; Willemstadplein; Bijlmerdreef; Ganzenhoef; Kraaiennest; "
        "Hoogvliet-Centrum; Groene Kruisweg; Dorpsstraat-Oost; Achter de Kerk; Melkweg; Veerdam; Badweg; "
        "Burgemeester Jansenlaan; Prinses Irenestraat; Korte Noordsingel; Lange Lijnbaan; Schepenenlaan; "
        "Ambachtsweg; Verlengde Hoofdstraat; Eikenlaan; Berkenhof; Wilgenring; Oranjeplein; Nieuwstad; Zuidwal"
    ),
    "street_en": _semi(
        "MG Road; Brigade Road; Anna Salai; Linking Road; Nehru Place; Sector 62; Allen Avenue; Admiralty Way; "
        "Adeola Odeku Street; Awolowo Road; Herbert Macaulay Way; Ring Road; Green Lanes; Stratford High Street; "
        "Peckham Rye; Old Kent Road; Whitechapel Road; Ilford Lane"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; yahoo.com; yahoo.co.in; rediffmail.com; ziggo.nl; kpnmail.nl; "
        "live.nl; icloud.com; telenet.be; sr.net; caribserve.net; protonmail.com; xs4all.nl; planet.nl; "
        "zonnet.nl; student.hva.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NNBA; FRBK"),
    "bank_gb": _semi("NWBK; BARC; LOYD; HBUK; MIDL; MONZ"),
}
