"""Name, street, place, domain and bank pools of the held-out split test_v104 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v104"] = {
    "first": _semi(
        "Arie; Leuntje; Krijn; Neeltje; Teunis; Jannigje; Goossen; Aaltje; Harm; Roelofje; Egbert; Geesje; Lammert; "
        "Hilje; Jikke; Wubbo; Trijntje; Marinus; Cornelia; Adriaan; Stijn; Lore; Brecht; Ine; Wout; Margot; Jens; "
        "Febe; Arne; Nele; Kato; Lowie; Wanjiru; Kamau; Achieng; Otieno; Njeri; Mwangi; Akinyi; Kiprono; Chebet; "
        "Wafula; Ciara; Orla; Conall; Ruairí; Shauna; Eamon; Brendan; Roisin; Tyler; Brianna; Dakota; Jaxon; "
        "Kayla; Marcus; Destiny; Cody; Madison; Hunter; Mehmet; Ayşe; Hatice; Yusuf; Rachid; Samira; Khadija; "
        "Imane; Bilal; Noor; Anh; Quang; Mei; Jun; Farida; Reza; Parisa; Dawit; Hiwet; Tesfay; Ewa; Piotr; "
        "Marek; Ilse-Marie; Jan-Hendrik; Anne-Wil; Bo; Sem; Liv; Mats; Fenna; Jorrit; Pien; Gijs; Nynke"
    ),
    "surname": _semi(
        "Breen; Tanis; Grinwis; Mooiman; Hameete; Zevenbergen; Akkerman; Kooiman; van der Welle; Bijl; Moerkerk; "
        "Westdijk; Hekman; Drenth; Lubbers; Schepers; Hadders; Kuipers; Oldenhuis; Wolters; Brink; Nijsingh; "
        "Mulder-Tiesinga; Wiegman-Bos; van der Sluis-Koster; Grit; Lanting; Dekker-Hadders; Vandenbroucke; "
        "Vanneste; Debaene; Verhaeghe; Decoene; Vercruysse; Devos; Lefere; Baert; Vandamme; Callewaert; "
        "D'Hondt; Desmet; Van Houtte; Kamau; Otieno; Wanjiku; Mwangi; Kiplagat; Ochieng; Njoroge; Wambui; "
        "McAllister; O'Neill; Quinn; McCann; Devlin; Murphy; Gallagher; Hughes; Anderson; Rodriguez; Johnson; "
        "Washington; Hernandez; Miller-Brooks; Kowalczyk; Doğan; Kaya; Aydın; Boukhari; El Khattabi; "
        "Amrani; Benali; Hosseini; Ahmadi; Tekle; Gebremedhin; Haile; Pham; Võ; Chen; Lin; van 't Zand; "
        "van den Oever; in den Bosch; ter Beek; van Loon; de Bruin; op 't Hof; van der Meulen; den Ouden"
    ),
    "street_nl": _semi(
        "Voorstraat; Achterweg; Molendijk; Zandweg; Havenkade; Noordeinde; Oudelandsedijk; Ring; Kaai; "
        "Brink; Hoofdstraat; Esweg; Drift; Dorpsstraat; Norgerweg; Eeserweg; Beilerstraat; Hunebedweg; "
        "Westerstraat; Veerweg; Zeedijk; Kaaistraat; Vrijdagmarkt; Kerkstraat; Torhoutsesteenweg; "
        "Zeedijk-Knokke; Noordstraat; Ieperstraat; Rijselstraat; Ooststraat; Marktstraat; Polderweg; "
        "Burgemeester Jhr. Quarles van Uffordlaan; Van Limburg Stirumstraat; Koningin Julianaweg; Klaverweide"
    ),
    "street_en": _semi(
        "Ngong Road; Moi Avenue; Kenyatta Avenue; Lenana Road; Argwings Kodhek Road; Lisburn Road; "
        "Malone Avenue; Ormeau Road; Antrim Road; Shore Road; Main Street; Maple Avenue; Elm Street; "
        "Oak Lane; Sunset Boulevard; Pine Ridge Drive; Lakeview Terrace; Ravenhill Park"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; planet.nl; home.nl; telenet.be; skynet.be; "
        "proximus.be; yahoo.com; icloud.com; aol.com; btinternet.com; safaricom.co.ke; live.co.uk; proton.me"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NTSB; FVLB"),
    "bank_gb": _semi("NWBK; BARC; LOYD; HBUK; ULSB; DABA"),
}
