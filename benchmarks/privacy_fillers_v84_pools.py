"""Name, street, domain and bank pools of the held-out split test_v84 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v84"] = {
    "first": _semi(
        "Gijs; Rianne; Teun; Dorien; Sjors; Lonneke; Harrie; Mariëlle; Driek; Jolanda; Wendel; Bart-Jan; Anne-Roos; "
        "Coen; Ineke; Floor; Jurre; Nienke; Guus; Loes; Frits; Trees; Pleun; Mats; Ties; Hanneke; Geert-Jan; "
        "Youssef; Ikram; Bilal; Salma; Hamza; Meryem; Cem; Büşra; Orhan; Selin; Arjun; Deepa; Ravi; Sunita; "
        "Wanjiru; Kamau; Otieno; Achieng; Njeri; Mwangi; Chebet; Kiprono; Akinyi; Baraka; Lachlan; Bronwyn; "
        "Kirra; Hamish; Shaylee; Brodie; Mackenzie; Tegan; Jarrah; Darcy; Hoang; Lan; Jiayi; Haruto; Yuki; "
        "Piotr; Magdalena; Radosław; Vasile; Andreea; Nikola; Jelena; Alejandro; Marisol; Carmen; Íñigo; "
        "Pilar; Rodrigo; Leilani; Tariq; Farah; Dawit; Hiwet; Esra; Liv; Sven; Ingrid; Eamon; Mireille; Joost"
    ),
    "surname": _semi(
        "van den Broek; van Gestel; Verhagen; van Kuijk; Schellekens; van de Ven; Hermans; van Rooij; Biemans; "
        "Swinkels; van Lieshout; de Kort; Raaijmakers; Habraken; Coolen; Vullings; Crombach; Keulers; Lenders; "
        "Hanssen; Moonen; Schreurs; Dassen; Kurvers; Bemelmans; Notermans; van der Meulen-Kok; Smits-van Oers; "
        "de Bruijn-Aarts; van Hout-Beckers; van der Sanden; in den Bosch; van 't Zelfde; te Winkel; van de Kerkhof; "
        "El Khattabi; Benali; Azzouzi; Amrani; Kaya; Doğan; Arslan; Kılıç; Sharma; Ramlal; Chotoe; Baldewsingh; "
        "Kamau; Odhiambo; Wanjiku; Mutua; Kiplagat; Njoroge; Ochieng; Cheruiyot; Nolan; McAllister; Fitzroy; "
        "Kowalczyk-Nowak; Lewandowski; Zielińska; Moldovan; Dumitru; Jovanović; Petrović; Fernández Ruiz; "
        "Martínez García; Navarro; Sánchez-Vidal; Pham; Vu; Chen; Tanaka; Sato; Haile; Gebremedhin; Nakamura; "
        "O'Brien; Whitlam; Pearce; Thornton; Blackwood; Henderson; Sørensen; Lindgren"
    ),
    "street_nl": _semi(
        "Hoogstraat; Stratumsedijk; Boschdijk; Ginnekenweg; Haagweg; Sint Josephstraat; Piusplein; "
        "Ringbaan-Oost; Korvelseweg; Kapelstraat; Heuvelstraat; Vughterweg; Hinthamerstraat; Graafseweg; "
        "Akerstraat; Rijksweg Zuid; Heerlerbaan; Geleenstraat; Brugstraat; Wycker Brugstraat; Venloseweg; "
        "Kruisherenstraat; Burgemeester Gijzelslaan; Parallelweg; Weverstraat; Eikenlaan; Berkenhof; "
        "Koninginneweg; Zonnebloemstraat; Jacob van Lennepkade; Gerrit van der Veenstraat; Ambachtsweg"
    ),
    "street_en": _semi(
        "Ngong Road; Moi Avenue; Kenyatta Avenue; Argwings Kodhek Road; Riverside Drive; Waiyaki Way; "
        "Lenana Road; Oloitokitok Road; Crown Street; Oxford Street; Parramatta Road; Bondi Road; "
        "Brunswick Street; Chapel Street; Hay Street; Sturt Street; Glebe Point Road; Flinders Lane"
    ),
    "street_es": _semi(
        "Calle del Sol; Avenida de Andalucía; Calle Mayor; Paseo Marítimo Rey de España; Calle San Miguel; "
        "Carrer de la Mar; Avenida Ricardo Soriano; Calle Larios; Urbanización Las Gaviotas"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; home.nl; planet.nl; chello.nl; "
        "icloud.com; yahoo.com; bigpond.com; optusnet.com.au; yahoo.co.ke; safaricom.co.ke; live.nl; telenet.be"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NTSB; FRBK"),
    "bank_es": _semi("2100; 0049; 0182; 2080; 0081; 1465"),
}
