"""Name, street, domain and bank pools of the held-out split test_v85 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v85"] = {
    "first": _semi(
        "Sytze; Baukje; Folkert; Jelmer; Hiske; Wytske; Doutzen; Rinse; Gerlof; Tsjalling; Adriaan; Kornelis; "
        "Janna; Maatje; Leendert; Pieternella; Marinus; Lowie; Warre; Ine; Lotte-Marie; Gijs; Floor; Maud; Stijn; "
        "Bente; Mees; Sanne; Teun; Usman; Ayesha; Bilal; Farah; Hamza; Sana; Imran; Mahnoor; Zubair; Rabia; "
        "Okello; Nakato; Babirye; Mukasa; Akello; Nalwoga; Tendo; Kizza; Yusuf; Rahaf; Tesfay; Mehret; "
        "Abdulrahman; Farid; Zahra; Habib; Nour; Shurandy; Jurgen; Quincy; Raïssa; Sharmila; Ravi; Ewa; Krzysztof; "
        "Ioana; Andrei; Liesbeth; Gerdien; Hendrikje; Bauke; Dirk-Jan; Anne-Wil; Jan-Pieter; Marjolein"
    ),
    "surname": _semi(
        "Hiemstra; Algra; de Jong-Bergsma; Wisse; Minderhoud; Kodde; Verhage; de Klerk; Dieleman; Boone; Sinke; "
        "Geschiere; van Belzen; Kramer; Rijpstra; Bijlsma; Tjeerdsma; van der Meulen; de Vos; van Wijk-Ouwehand; "
        "ten Brinke; van 't Westeinde; in de Betou; van den Broek-Lamers; Chaudhry; Qureshi; Malik; Butt; "
        "Siddiqui; Hussain; Ssemakula; Kato; Namubiru; Tumusiime; Byaruhanga; Mugisha; Al-Hassan; Haddad; Kurdi; "
        "Ghebreyesus; Tekle; Rahimi; Noorzai; Martina; Isenia; Baldewsingh; Kowalewski; Dumitrescu; Vandenbussche; "
        "De Clercq; Vanhoutte; Mertens-Peeters; van Houwelingen; Lagerwerf; Zuidema; Oldenhof"
    ),
    "street_nl": _semi(
        "Nieuwe Burg; Lange Delft; Walstraat; Boulevard de Ruyter; Grote Kade; Noordvliet; Dokkumer Ee; "
        "Nieuwestad; Koudumerdyk; Tuinen; Singelstraat; Lange Viele; Vlasmarkt; Bellamypark; Oranjewijk; "
        "Hoogstraat; Breedstraat; Zuiderdiep; Lindenlaan; Vogelenzangstraat; Kastanjelaan; Jonkheer Bohemenweg; "
        "Schipperskade; Valkenierslaan; Ballonvaarderspad; Brouwersgracht; Kartbaanweg; Vissershaven"
    ),
    "street_be": _semi("Kerkstraat; Brugsesteenweg; Lange Lozanastraat; Naamsestraat; Oudenaardsesteenweg; Vlaszak"),
    "street_en": _semi(
        "Ladypool Road; Stratford Road; Wilmslow Road; Green Lane; Belgrave Road; Soho Road; Cheetham Hill Road; "
        "Alum Rock Road; Upper Tooting Road; Whitechapel Road"
    ),
    "street_pk": _semi("Street 7, F-8/3; Street 12, G-9/1; Block C, Gulberg III; Main Boulevard, DHA Phase 5"),
    "street_ug": _semi("Kampala Road; Bombo Road; Entebbe Road; Jinja Road; Ggaba Road; Lumumba Avenue"),
    "domain": _semi(
        "gmail.com; yahoo.com; hotmail.co.uk; outlook.com; ziggo.nl; kpnmail.nl; zeelandnet.nl; hetnet.nl; "
        "telenet.be; proton.me; icloud.com; yahoo.co.uk; live.nl; freeler.nl; planet.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO"),
    "bank_gb": _semi("NWBK; BARC; LOYD; HBUK; MIDL"),
}
