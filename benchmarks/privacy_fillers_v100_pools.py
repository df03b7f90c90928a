"""Name, street, domain and bank pools of the held-out split test_v100 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v100"] = {
    "first": _semi(
        "Klaas; Aafke; Dirk-Jan; Neeltje; Jelle; Trijntje; Sieuwert; Grietje; Cor; Marijke; Arjen; Wendy; "
        "Brecht; Lotte-Marie; Pieterjan; Ine; Stijn; Lutgarde; Ward; Febe; Arne; Hannelore; Jozefien; Dries; "
        "Wei Ling; Jun Hao; Siew Mei; Kumar; Priyanka; Nurul; Farhan; Hui Min; Darren; Shu Fen; "
        "Seán; Caoimhe; Pádraig; Róisín; Oisín; Clodagh; Eoin; Gráinne; "
        "Youssef; Salma; Ilias; Khadija; Mehmet; Ayşe; Baran; Sevgi; Tariq; Leyla; Amir; Shirin; "
        "Kwame; Efua; Tunde; Ngozi; Haile; Liya; Piotr; Magdalena; Vasile; Andreea; Oksana; Taras; "
        "Rui; Beatriz; Alejandro; Carmen; Francesca; Lorenzo; Sven; Ingrid; Thi Lan; Quang; Anh; Marco"
    ),
    "surname": _semi(
        "Kaag; Bakker-Kok; Schipper; Dekker; Groot; Ooievaar; Zeeman; Kuin; Blokker; Wit; Zwaan; Stam; "
        "Vanhoutte; Vandenbroucke; Declercq; De Meulenaere; Vercruysse; Demuynck; Lippens; Van Acker; "
        "Dewaele; Vanneste; Desmet; Vandamme-Boone; D'Hondt; Van de Velde; "
        "van der Meer; van Leeuwen; de Jong-Kuiper; van den Brink; ter Beek; in 't Groen; van der Sluijs-Bos; "
        "op 't Hof; de Ruiter; van Dam; ten Cate; van Oostveen; de Graaf; van der Plas; "
        "Tan; Lim; Ng; Goh; Teo; Chua; Ong; Koh; Lee Wei Ming; Ramasamy; Pillai; Abdullah; bin Rahman; "
        "Murphy; Kelly; Ó Conaill; Ní Bhriain; McCarthy; Byrne; O'Donoghue; Fitzpatrick; Mac Giolla; "
        "Benali; Amrani; El Hadji; Aydın; Kaya; Doğan; Karimi; Hosseini; Boateng; Adeyemi; Osei; Bekele; "
        "Zieliński; Wójcik; Dumitru; Stoica; Kovalenko; Bondarenko; Silva Santos; Fernández Ruiz; "
        "Bianchi; Conti; Johansson; Pham; Le Van; Haddad"
    ),
    "street_nl": _semi(
        "Dijkweg; Westerstraat; Noorderdijk; Zuiderdijk; Koepoortsweg; Gedempte Turfhaven; Kleine Oost; "
        "Veenenlaan; Dorpsweg; Grote Sint-Jansstraat; Langestraat; Ezelstraat; Smedenstraat; Vlamingstraat; "
        "Katelijnestraat; Gistelse Steenweg; Kruisvest; Sint-Clarastraat; Baron Ruzettelaan; Spoorlaan; "
        "Eikenlaan; Kastanjelaan; Meeuwenlaan; Zeeweg; Doctor Nolenslaan; Kapitein Kokstraat; "
        "Pastoor Koopmanstraat; Burgemeester Peecklaan; Nieuwe Steen; Achterom; Slotplein; Pieter Lastmanweg"
    ),
    "street_en": _semi(
        "Tampines Street 21; Ang Mo Kio Avenue 3; Jurong West Street 52; Bukit Batok Road; Toa Payoh Lorong 1; "
        "Clementi Avenue 2; Pasir Ris Drive 6; Sengkang East Way; Woodlands Drive 14; "
        "Ranelagh Road; Drumcondra Road Upper; Salthill Promenade; Patrick Street; O'Connell Avenue; "
        "Mount Merrion Avenue; Blackrock Park; Sundays Well Road; Main Street"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; quicknet.nl; kpnplanet.nl; ziggo.nl; telenet.be; proximus.be; "
        "skynet.be; singnet.com.sg; yahoo.com.sg; eircom.net; icloud.com; live.ie; proton.me; hey.com; caiway.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NTSB; FRBK"),
    "bank_ie": _semi("AIBK; BOFI; PTSB; ULSB"),
}
