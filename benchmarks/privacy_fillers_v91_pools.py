"""Name, street, domain and bank pools of the held-out split test_v91 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v91"] = {
    "first": _semi(
        "Auke; Baukje; Sjoerd; Tjitske; Wiebren; Froukje; Hylke; Jildou; Marijke; Adriaan; Cornelis; Leuntje; "
        "Pieternella; Jaap; Geertje; Wouter; Elsbeth; Niels; Roos; Stijn; Lieke; Koen; Femke; Joost; Inge; "
        "Siobhán; Ciarán; Aoife; Niamh; Pádraig; Declan; Orla; Eoin; Thabo; Lerato; Sipho; Nomvula; Pieter-Hendrik; "
        "Annerie; Zanele; Riaan; Anaïs; Loïc; Brecht; Liesbeth; Jasper; Mustafa; Khadija; Youssef; Nour; Rachid; "
        "Emre; Elif; Burak; Zeynep; Priyanka; Sanjay; Deepa; Wei; Mei-Ling; Jun; Aiko; Kenji; Olga; Dmitri; "
        "Agnieszka; Piotr; Bogdan; Ioana; Mirela; Kwame; Abena; Amara; Tariq; Leila; Sofía; Mateo; João; Inês"
    ),
    "surname": _semi(
        "de Jong; Jansen; van der Wal; Hoekstra; Dijkstra; Bosma; Wijbenga; Postma; Visser; Zijlstra; Terpstra; "
        "Kramer; de Witte; Verhulst; Minderhoud; Dominicus; Wisse; Koene; Lous; Wondergem; Boogaard; "
        "van der Zwaag; van den Heuvel-Scholten; de Bruijn-Faber; in 't Veld; van Gils; ter Horst; den Hartog; "
        "van Rijn; Verbeek; Ó Briain; O'Sullivan; Ní Bhriain; McCarthy; Fitzgerald; Brennan; Mahlangu; "
        "Nkosi; van Wyk; du Plessis; Botha; Pretorius; Naidoo; Dlamini; Lemaire; Vermeulen; Peeters; Goossens; "
        "Bouzid; Ouali; El Khattabi; Çelik; Şahin; Öztürk; Sharma; Ramdin; Chen; Wang; Tanaka; Sato; Ivanova; "
        "Nowak; Wiśniewski; Ionescu; Mensah; Asante; Haddad; García López; Ferreira da Silva"
    ),
    "street_nl": _semi(
        "Noordsingel; Grote Markt; Voorstraat; Kerkpad; Spoorlaan; Dijkweg; Havenkade; Lange Nieuwstraat; "
        "Burgemeester Visserstraat; Tsjerkepaad; Slotleane; Wâldwei; Kinderdijk; Zandvoortstraat; "
        "Boulevard de Ruyter; "
        "Walstraat; Nieuwe Rijn; Kloosterlaan; Oude Vest; Veerweg; Meulenhoek; Stationsplein; Populierenlaan"
    ),
    "street_en": _semi(
        "Grafton Street; Merrion Road; Shandon Street; Eyre Square; Main Street; Long Street; Jan Smuts Avenue; "
        "Oxford Road; Florida Road; Beach Road; Church Street; Rathmines Road"
    ),
    "town_en": _semi("Dublin; Cork; Galway; Limerick; Sligo; Cape Town; Johannesburg; Durban; Pretoria; Stellenbosch"),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; hetnet.nl; zeelandnet.nl; home.nl; telenet.be; "
        "eircom.net; mweb.co.za; icloud.com; proton.me; yahoo.com"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; FVLB"),
    "bank_ie": _semi("AIBK; BOFI; IPBS"),
    "bank_gb": _semi("NWBK; BARC; HBUK"),
}
