"""Name, street, place, domain and bank pools of the held-out split test_v90 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v90"] = {
    "first": _semi(
        "Gerrit; Hennie; Annelies; Marjolein; Dirk-Jan; Fenna; Sanne; Jurre; Ties; Maud; Floor; Hidde; Ilse; "
        "Berend; Wilma; Truus; Kees; Henk; Rinus; Sietske; Tamara; Yusuf; Mehmet; Ayşe; Hatice; Fatma; Cem; "
        "Serkan; Büşra; Oğuz; Rozemarijn; Shanice; Jerrel; Romano; Quincy; Xiomara; Ravi; Nandini; Sunita; "
        "Ashwin; Kavita; Nguyen Van; Thi Lan; Hoang; Phuong; Duc; Linh; Ji-woo; Min-jun; Seo-yeon; Hyun-woo; "
        "Soo-ah; Chinedu; Ngozi; Oluwaseun; Adaeze; Emeka; Funmilayo; Tunde; Brianna; Tyler; Madison; Logan; "
        "Gaëtan; Margaux; Pieter-Jan; Lotte; Bram; Nele; Wout; Jozefien; Hamza; Imane; Bilal; Samira; Mariam; "
        "Tomasz; Zofia; Andrei; Elena; Kateryna; Arvid; Ingrid; Paulo; Beatriz; Ana-Maria; Hüseyin"
    ),
    "surname": _semi(
        "van Dongen; de Groot; Bakker; Visser; Smit; Meijer; de Boer; Mulder; Bos; Vos; Peters; Hendriks; "
        "van Leeuwen; Dekker; Brouwer; van der Meer; van den Berg-Kuiper; de Vries-Zandstra; van Beek; "
        "Schouten; ten Brink; van 't Hof; in den Bosch; van de Kamp; op 't Land; Kuijpers; Driessen; "
        "Kaya; Demir; Yılmaz; Arslan; Doğan; Koç; Kılıç; Aydın; Özdemir; Sedney; Pinas; Biswamitre; "
        "Ramsaran; Jadnanansing; Kartosen; Bhagwandin; Nguyễn; Trần; Lê; Phạm; Hoàng; Vũ; Kim; Lee; Park; "
        "Choi; Jung; Kang; Okafor; Adeyemi; Eze; Balogun; Nwosu; Oyelaran; Tremblay; Gagnon; MacDonald; "
        "Thompson; Roy; Gauthier; De Backer; Vandenberghe; Claeys; Mertens; Jacobs; Benali; El Amrani; "
        "Haddou; Kowalski; Lewandowska; Popa; Kovalenko; Svensson; Costa; Almeida; Santos-Pereira"
    ),
    "street_nl": _semi(
        "Amstelveenseweg; Laan van Meerdervoort; Dorpsstraat; Kerkstraat; Molenweg; Schoolstraat; Lindelaan; "
        "Burgemeester Roelenweg; Prins Hendrikkade; Vondelstraat; Bijlmerdreef; Kruidenlaan; Volkstuinpad; "
        "Tennisbaan; Zwembadweg; Oranjeboomstraat; Kanaalweg; Steenstraat; Koningin Julianalaan; Hof van Delft; "
        "Graaf Florislaan; Noorderhaven; Vismarkt; Brugstraat; Turnhoutsebaan; Kempenlaan; Gentsesteenweg"
    ),
    "street_en": _semi(
        "Allen Avenue; Awolowo Road; Admiralty Way; Queen Street West; Yonge Street; Rue Sainte-Catherine; "
        "Robson Street; Spring Garden Road; Bloor Street; Herbert Macaulay Way; Adeola Odeku Street; Maple Drive"
    ),
    "town_en": _semi("Lagos; Abuja; Ibadan; Port Harcourt; Toronto; Montreal; Vancouver; Calgary; Halifax; Ottawa"),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; xs4all.nl; planet.nl; telenet.be; "
        "yahoo.com; icloud.com; naver.com; daum.net; yahoo.com.vn; rogers.com; shaw.ca; yahoo.co.uk; sr.net"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO"),
    "bank_ie": _semi("AIBK; BOFI"),
    "bank_gb": _semi("NWBK; BARC; LOYD"),
}
