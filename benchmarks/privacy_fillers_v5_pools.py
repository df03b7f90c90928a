"""Value pools of the held-out test_v5 split: names, streets, towns' postcodes, domains and bank codes that no
earlier split uses, so a rule tuned on those splits cannot have learnt them by heart.

Part of `privacy_fillers_v5`; written without looking at the redaction rules. Do not copy these values into dev
or into the word lists the redaction uses.
"""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bar(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]


POOLS["test_v5"] = {
    # People living in the Netherlands, of many origins.
    "first": _bar(
        "Gert-Jan|Willeke|Marijke|Jorrit|Roelof|Harm|Geertje|Femmy|Rianne|Bastiaan|Mirte|Tijmen|Floris|Jochem|"
        "Maartje|Ineke|Klaas|Corrie|Henriëtte|Pim|Thijmen|Guusje|Noud|Yfke|Jildou|Sytze|Tjitske|Auke|Wiebe|Mees|"
        "Gerben|Aaltje|Reinier|Coen|Diederik|Evert|Machteld|Nelleke|Rutger|Saskia|Ikram|Oussama|Hajar|Anouar|"
        "Nisrine|Hicham|Latifa|Fadoua|Ebru|Sinan|Kübra|Volkan|Derya|Murat|Tolga|Reshma|Kishan|Sunita|Dinesh|"
        "Roshni|Giovanni|Clarence|Mireille|Norvin|Magdalena|Łukasz|Zofia|Wojciech|Oksana|Andrii|Iryna|Dmytro|"
        "Mihai|Ioana|Minh|Thao|Ananya|Rohan|Mei Ling|Xiaoyu"
    ),
    "surname": _bar(
        "van Wijngaarden|de Korte|van der Steen|van Tongeren|in 't Veld|van Ee|ten Cate|op den Kamp|van de Laar|"
        "uit den Bogaard|van Oosterom|de Heus|Kooistra|Hettema|Wijbenga|Tuinstra|Bosscha|Rijpma|Vlasblom|Scheffer|"
        "Stam|Roodenburg|Verkerk|Spruit|Lagerweij|Mooij|Noordam|Oudshoorn|Pijnenburg|Ravensbergen|Slegers|Tijssen|"
        "Verwoerd|Westerveld|Zoutendijk|Heemskerk|Jongejan|Kalkman|Nagtegaal|Overdijk|Quist|Damen|Gerritsen|"
        "Ouhadi|Essafi|El Hamdaoui|Achahbar|Abarkan|Lamrini|Aslan|Güneş|Keskin|Bulut|Karaca|Ramsaran|Jagesar|"
        "Bhagwandin|Kalloe|Doelwijt|Vreden|Liem|Kwee|Mazur|Krawczyk|Szymańska|Kovalenko|Bondarenko|Popescu|"
        "Tran|Desai|Krishnan"
    ),
    "first_be": _bar(
        "Lowie|Jolien|Jitse|Fien|Warre|Lander|Brecht|Nele|Lies|Hanne|Pieter-Jan|Jef|Dries|Bavo|Katrien|Annelies|"
        "Tine|Seppe|Mathias|Marthe"
    ),
    "surname_be": _bar(
        "Vandenbossche|De Wachter|Van Hoof|Vercammen|Claessens|Lemmens|Wuyts|Verhaegen|Goethals|Van Acker|"
        "D'Hondt|Vanderstraeten|Bogaerts|Van de Velde|Dewulf|Verlinden"
    ),
    "first_en": _bar(
        "Fergus|Harriet|Niamh|Ciaran|Eilidh|Lachlan|Penelope|Tobias|Beatrice|Marcus|Hugh|Jemima|Stuart|Gemma|"
        "Kieran|Aoife|Seamus|Brandon|Madison|Tyler|Kayla|Wei|Hiroshi|Yuki|Sanjay|Rosalind"
    ),
    "surname_en": _bar(
        "Fairbrother|Ogilvie|Whitaker|Cartwright|Blackwood|Hollis|Pennington|Quinlan|Donnelly|MacLeod|Rowntree|"
        "Sutcliffe|Featherstone|Abernethy|Nakamura|Zhang|Kowalewski|O'Sullivan|Delgado|Brennan|Lindqvist|Schneider"
    ),
    "street_nl": _bar(
        "Jacob van Lennepkade|Van Ostadestraat|Graaf Adolfstraat|Koekoekslaan|Meidoornstraat|Roerstraat|"
        "Zuiderzeeweg|Boterdiep|Oude Ebbingestraat|Tongelresestraat|Ginnekenweg|Haagweg|Rijnsburgerweg|Hogewoerd|"
        "Lange Hezelstraat|Javastraat|Bankastraat|Rijksstraatweg|Burgemeester Jhr. Quarles van Uffordlaan|"
        "Prof. Lorentzlaan|Mr. P.J. Troelstraweg|Aert van Nesstraat|Schiedamseweg|Noordsingel|Kerkdijk|Hessenweg|"
        "Zwolseweg|Kleine Berg|Tongersestraat|Bovenkerkerweg|Ringbaan-Oost|Heuvelring|Slotermeerlaan|Eikenlaan|"
        "De Savornin Lohmanlaan|Kruiskade"
    ),
    "street_be": _bar(
        "Kapelstraat|Statiestraat|Oudenaardsesteenweg|Tiensestraat|Lange Kievitstraat|Turnhoutsebaan|Bredabaan|"
        "Dendermondsesteenweg|Molenstraat|Zavelstraat|Koning Albertlaan|Antwerpsesteenweg"
    ),
    "street_en": _bar(
        "Lyndhurst Road|Wordsworth Avenue|Cobden Street|Gladstone Terrace|Foxglove Close|Ashby Road|"
        "Beaconsfield Road|Kelvin Way|Thornbury Crescent|Ladysmith Road|Dunraven Street|Harcourt Place|"
        "Moorland View|Maple Ridge Drive|Sheepcote Lane"
    ),
    "street_de": _bar("Lindenstraße|Am Hang|Schillerstraße|Kirchweg|Goethestraße|Friedhofsweg|Hauptstraße"),
    "uk_outward": "CB4 BA2 RG1 DN15 TN34 CV1 HU5 PO4 EX4 WR5 KT2 IP4 NG7 SO17 DH1 BT9 AB10 CH2 LN1 SR2".split(),
    "domain": _bar(
        "msn.com|zonnet.nl|tele2.nl|versatel.nl|onsbrabantnet.nl|hccnet.nl|dds.nl|tiscali.nl|hotmail.co.uk|"
        "btopenworld.com|ntlworld.com|blueyonder.co.uk|fastmail.com|tutanota.com|gmx.de|t-online.de|orange.fr|"
        "free.fr|outlook.de"
    ),
    "domain_be": _bar("belgacom.net|pandora.be|edpnet.be|voo.be|tvcablenet.be"),
    "work_domain": _bar(
        "installatietechniek-noord.nl|kinderopvangdeeik.nl|brightwater-consulting.co.uk|hoveniersbedrijf-groen.nl|"
        "fysio-rivierenland.nl|studenten.tue.nl"
    ),
    "bank": "AEGO BICK ARSN DEUT COBA BNPA GILL LPLN UGBI FRBK".split(),
    "be_bank": "063 091 103 220 310 377 380 651 735 850 979".split(),
    "de_blz": "10010010 20050550 30050110 37050198 50010517 60050101 70020270 76026000".split(),
    "fr_bank": "30004 30003 20041 10278 30066 11306 16606".split(),
    "de_area": "KLE BOR AC EMS NOH DU OB GE COE WES B HH".split(),
}
