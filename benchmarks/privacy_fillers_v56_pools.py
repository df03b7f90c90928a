"""Names, streets, mail domains and banks of the held-out split test_v56 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]


POOLS["test_v56"] = {
    # Brabant, Limburg, West-Friesland, Zaanstreek, Betuwe, Flemish, Frisian, Surinamese-Creole, Cape Verdean,
    # Turkish, Kurdish, Maghreb, Iranian, Afghan, Pakistani, Indian, East Asian, Central/East/South European,
    # American and Australian given names.
    "first": _split(
        "Sjaak|Riekie|Harrie|Mieke|Sjef|Trees|Jo|Servé|Klaas|Aafje|Dirk|Neeltje|Cor|Gerda|Teun|Bertha|Wout|"
        "Lieselot|Brecht|Jens|Febe|Rutger|Wietse|Sjoukje|Doutzen|Jildert|Ruthmila|Glenn|Quincy|Roshni|Djamila|"
        "Nélson|Ivanilda|Burak|Elif|Gökhan|Şeyma|Rojda|Dilan|Baran|Ilham|Bilal|Hafsa|Sami|Amira|Karim|Nesrine|"
        "Shirin|Babak|Parisa|Zarmina|Farid|Usman|Ayesha|Arjun|Deepika|Wei|Xiaoling|Haruto|Yumi|Min-ji|Jisoo|"
        "Bartosz|Zofia|Oksana|Mykola|Zsófia|Bence|João|Inês|Alejandro|Lucía|Dimitris|Eleni|Tyler|Madison|"
        "Lachlan|Matilda"
    ),
    "surname": _split(
        "van de Ven|Luijten|van Gils|Verhagen|Ruijters|Vranken|Crombach|Keulers|Kaan|Commandeur|Ootjers|Honig|"
        "Kalf|Verkade|van Ooijen|van Eck|de Kruijf|Vandenbroucke|De Smet|Claeys|Vanhoutte|Gijbels|Terpstra|"
        "Bouma|Feenstra|Sijtsma|Doelwijt|Hoefdraad|Wijdenbosch|Lopes Semedo|Monteiro|Fortes|Şahin|Kılıç|Arslan|"
        "Doğan|Ekinci|Tekin|Ait Haddou|El Khattabi|Azzouzi|Ben Salah|Trabelsi|Benmansour|Haddad|Rahimi|Moradi|"
        "Popal|Noorzai|Qureshi|Chaudhry|Iyer|Chatterjee|Zhang|Chen|Takahashi|Nakamura|Park|Choi|Wójcik|"
        "Kamińska|Shevchenko|Bondarenko|Nagy|Szabó|Ferreira|Carvalho|García López|Papadopoulos|Georgiou|Miller|"
        "Fitzgerald|McAllister|van der Sluis|in den Bosch|op 't Hoog"
    ),
    "street": _split(
        "Ginnekenweg|Boschdijk|Stratumsedijk|Hoogstraat|Akerstraat|Rijksweg Zuid|Wycker Brugstraat|"
        "Kloosterstraat|Westerdijk|Gedempte Gracht|Lagedijk|Kleine Tocht|Noorderhoofdstraat|Zuiddijk|"
        "Lingedijk|Voorstraat|Waalbandijk|Tsjerkewei|Buorren|Haadwei|Burgemeester Nawijnlaan|Professor Kochstraat|"
        "Hertog Janplein|Sint Servaasklooster|Dr. Schaepmanstraat|Pastoor van Arsstraat|Oranjeboomstraat|"
        "Amstelveenseweg|Vrijheidslaan|Pijnackerstraat|Kanaalweg|Zwanenburgwal|Gasthuisstraat"
    ),
    "street_be": _split(
        "Kortrijksesteenweg|Hasseltweg|Brugsesteenweg|Kerkhofstraat|Stationsstraat|Grote Markt|"
        "Sint-Truidersteenweg|Ieperstraat|Diestersteenweg|Zeedijk"
    ),
    "street_en": _split("Elizabeth Street|Maple Avenue|Bondi Road|Lincoln Boulevard|Chapel Street|Ocean Drive"),
    "domain": _split(
        "delta.nl|zeelandnet.nl|upcmail.nl|chello.nl|solcon.nl|kabelfoon.nl|tiscali.nl|hotmail.be|telenet.be|"
        "skynet.be|proximus.be|gmx.de|wp.pl|ukr.net|qq.com|163.com|naver.com|yahoo.co.jp|sapo.pt|bigpond.com|"
        "aol.com|outlook.be|gmail.com|hotmail.com|live.com|freenet.de|citromail.hu|otenet.gr"
    ),
    "bank": _split("RABO|INGB|ABNA|SNSB|BUNQ|ASNB|KNAB|NNBA|HAND|TRIO"),
}
