"""Pools of the held-out split test_v50 (registered in the shared `POOLS`): given names and surnames kept per
background so that a person's two names fit together, streets of Den Haag, Leiden, Twente, the Achterhoek and
Flanders, addresses abroad, mail domains and bank codes."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("/") if part.strip()]


# background: (weight, given names, surnames)
PEOPLE: dict[str, tuple[int, str, str]] = {
    "holland": (
        9,
        "Ties/Hanneke/Gijs/Marjolein/Wouter/Evelien/Jeroen/Femke/Rutger/Willemijn/Bart/Ingeborg/Harm/Jochem/Mirjam/"
        "Dorien/Arend/Gerben/Lieke/Tijmen/Rianne/Niels/Sjaak/Ria/Corrie/Ad/Nelleke/Joost/Saskia/Maarten",
        "Verhagen/Kortekaas/van der Zande/Zuiderwijk/Noordermeer/van der Voort/Kerkvliet/Hoogeveen/Sloots/"
        "Kranenburg/Duindam/van Leeuwen/Stolk/Vreeswijk/van Rijn/Zwetsloot/van Egmond/Rozendaal/de Mooij/"
        "van der Plas/Verkerk/Haasnoot/van Duijn/Overdevest/Guijt/'t Hart",
    ),
    "oost": (
        5,
        "Hennie/Gradus/Bennie/Dinie/Herman/Hanna/Gerrit/Riek/Anton/Truus/Wim/Marieke/Jos/Annie/Gerwin/Lisanne",
        "Nijhuis/Oude Wesselink/Kamphuis/Haverkate/Lohuis/Wolterink/Hulshof/te Molder/Klein Gunnewiek/Wissink/"
        "Heijink/Eppink/Nijenhuis/Roerink/ten Dam/Bruggink/Grotenhuis/Ter Horst/Rouwhorst/Hemmink",
    ),
    "flanders": (
        4,
        "Wout/Lieselot/Jens/Griet/Bavo/Ine/Jolien/Seppe/Warre/Fien/Kobe/Marthe/Stijn/Els/Dries/Nele",
        "Claes/Van Damme/De Smet/Wouters/Maes/Vandenbroucke/Van Acker/De Clercq/Verstraete/Lambrechts/"
        "Vanhoutte/De Backer/Van de Velde/Goethals/Declercq",
    ),
    "moluccan": (
        2,
        "Johny/Semmy/Yohanna/Octavianus/Josina/Ronny/Marthen/Febe/Nus/Welhelmina",
        "Pattiasina/Latuheru/Matulessy/Lekatompessy/Tuhumury/Sopacua/Pattipeilohy/Nanlohy/Wattimena/Siahaya",
    ),
    "capetown": (
        2,
        "Riaan/Marelize/Charné/Francois/Annelie/Jaco/Wynand/Liezl/Hendrik/Elmarie",
        "van der Merwe/Botha/du Plessis/Pretorius/Steyn/Fourie/Louw/Coetzee/le Roux/Swanepoel",
    ),
    "israel": (
        2,
        "Noa/Yonatan/Tamar/Itai/Shira/Eitan/Omer/Maayan/Yael/Avishai",
        "Cohen/Levi/Mizrahi/Peretz/Biton/Friedman/Avraham/Shapira/Ben-David/Dahan",
    ),
    "lebanon": (
        2,
        "Rami/Nour/Elie/Rania/Georges/Maya/Karim/Zeina/Joëlle/Wissam",
        "Haddad/Khoury/Nassar/Saab/Aoun/Karam/Rizk/Abi Nader/Chamoun/Fakhoury",
    ),
    "egypt": (
        2,
        "Mahmoud/Aya/Mina/Heba/Tarek/Yasmine/Shady/Mariam/Amr/Nermeen",
        "Abdelrahman/Mostafa/Fahmy/El-Sayed/Hassanein/Soliman/Gaballah/Abdel Aziz/Ragab/Shenouda",
    ),
    "kenya": (
        2,
        "Wanjiku/Brian/Akinyi/Kevin/Faith/Mercy/Juma/Nyambura/Otieno/Cheruto",
        "Otieno/Wanjiru/Kamau/Njoroge/Achieng/Mwangi/Chebet/Odhiambo/Wambui/Kiprotich",
    ),
    "ethiopia": (
        2,
        "Selamawit/Dawit/Meseret/Yohannes/Tigist/Abebech/Berhanu/Mekdes/Hiwot/Tewodros",
        "Tesfaye/Bekele/Alemu/Haile/Gebremedhin/Abebe/Wolde/Tadesse/Girma/Kebede",
    ),
    "nepal": (
        2,
        "Sujan/Anisha/Bishnu/Pema/Nabin/Sarita/Prakash/Samjhana/Dipesh/Sabina",
        "Shrestha/Gurung/Tamang/Thapa/Adhikari/Poudel/Magar/Karki/Bhattarai/Rai",
    ),
    "srilanka": (
        2,
        "Dilani/Chaminda/Nimal/Tharushi/Kavindu/Priyanka/Thushara/Nirosha/Kajan/Anusha",
        "Perera/Fernando/Jayasuriya/Wickramasinghe/Gunawardena/Dissanayake/Ranasinghe/Sivakumar/"
        "Thirunavukkarasu/de Silva",
    ),
    "malaysia": (
        2,
        "Wei Ling/Farid/Siti Aminah/Jun Hao/Nurul Izzah/Hafiz/Mei Xin/Arjun/Kavitha/Zulkifli",
        "Tan/Lim/Wong/Ong/Chong/Subramaniam/Abdullah/Ismail/Rahman/Teoh",
    ),
    "mexico": (
        2,
        "Ximena/Alejandro/Guadalupe/Santiago/Itzel/José Luis/Paola/Emiliano/Fernanda/Rodrigo",
        "Hernández/García/Ramírez/Morales/Castañeda/Villanueva/Ortega/Guzmán/Zavala/Cervantes",
    ),
    "colombia": (
        2,
        "Juliana/Andrés/Valentina/Camilo/Natalia/Sebastián/Luisa Fernanda/Jhon Jairo",
        "Restrepo/Ospina/Jaramillo/Cárdenas/Valencia/Zuluaga/Londoño/Arango",
    ),
    "venezuela": (
        2,
        "Oriana/Yusneidy/Rafael/Daniela/Wilmer/Mariangel/Yorman/Génesis",
        "Rojas/Briceño/Mendoza/Rangel/Uzcátegui/Colmenares/Quintero/Guevara",
    ),
    "lithuania": (
        1,
        "Rūta/Mindaugas/Gintarė/Tomas/Eglė/Darius/Aurimas/Jurgita",
        "Kazlauskas/Petrauskas/Stankevičius/Žukauskas/Vasiliauskaitė/Jankauskienė/Paulauskaitė/Urbonas",
    ),
    "latvia": (
        1,
        "Jānis/Ilze/Kristaps/Agnese/Māris/Līga/Artūrs/Inese",
        "Bērziņš/Ozoliņš/Kalniņa/Liepiņa/Krūmiņš/Zariņa/Kļaviņš/Vītola",
    ),
    "czechslovak": (
        2,
        "Jiří/Tereza/Ondřej/Markéta/Lukáš/Zuzana/Miroslav/Katarína/Lenka/Matej",
        "Novák/Svobodová/Dvořák/Černá/Procházka/Kučerová/Horváth/Kováčová/Baláž/Hudák",
    ),
    "balkan": (
        2,
        "Ivana/Luka/Matea/Ante/Petra/Domagoj/Milica/Nemanja/Jelena/Dragan/Snežana/Vuk",
        "Horvat/Kovačević/Babić/Marić/Jurić/Knežević/Jovanović/Petrović/Nikolić/Đorđević/Stojanović/Ilić",
    ),
}

STREETS_NL = _split(
    "Frederik Hendriklaan/Weimarstraat/Fahrenheitstraat/Goudsbloemlaan/Loosduinseweg/Beeklaan/Stadhoudersplein/"
    "Paviljoensgracht/Haagweg/Hooigracht/Breestraat/Rijnsburgerweg/Oegstgeesterweg/Kaiserstraat/Zoeterwoudsesingel/"
    "Morsweg/Hengelosestraat/Deurningerstraat/Oldenzaalsestraat/Haaksbergerstraat/Boddenkampstraat/"
    "Wierdensestraat/Grotestraat/Winterswijkseweg/Lichtenvoordsestraat/Ruurloseweg/Misterweg/Beltrumsestraat/"
    "Terborgseweg/Zutphenseweg/Veldhoekweg/Esweg/Marktstraat/Akkerwinde/Ganzenbloem/Torenmolen/Vlinderhof"
)
STREETS_BE = _split(
    "Kortrijksesteenweg/Brusselsesteenweg/Lange Kievitstraat/Oudenaardsesteenweg/Tiensestraat/Diestsevest/"
    "Kapucijnenvoer/Sint-Pietersnieuwstraat/Grote Markt/Dorpsplein/Molenstraat/Kerkhofweg/Stationsplein/"
    "Koning Albertlaan/Kasteelstraat"
)
ABROAD = _split(
    "14 Kloof Street, Gardens, Cape Town 8001/22 Rehov Bialik, Ramat Gan/Rue Hamra 7, Beirut/"
    "Jalan Ampang 118, Kuala Lumpur/Calle 72 # 10-34, Bogotá/Av. Insurgentes Sur 1602, Ciudad de México/"
    "Gedimino pr. 9, Vilnius/Brīvības iela 55, Rīga/Vinohradská 48, Praha 2/Ilica 104, Zagreb/"
    "Bulevar kralja Aleksandra 73, Beograd/Ngong Road 12, Nairobi/Bole Road 3, Addis Ababa"
)
DOMAINS = _split(
    "upcmail.nl/chello.nl/zeelandnet.nl/solcon.nl/freedom.nl/delta.nl/online.nl/quicknet.nl/telenet.be/skynet.be/"
    "hotmail.be/gmx.net/seznam.cz/inbox.lv/mweb.co.za/walla.co.il/yahoo.com.mx/gmail.com/outlook.be/posteo.de/"
    "live.nl/hotmail.nl"
)
WORK_DOMAINS = _split(
    "hypotheekhuis-duinstreek.nl/makelaardij-hofstad.nl/bouwbedrijf-twentekanaal.nl/advocaten-rapenburg.nl/"
    "vve-beheer-haaglanden.nl/verhuisservice-achterhoek.nl"
)
BANKS_NL = _split("NNBA/AEGO/HAND/DNIB/BUNQ/RABO/INGB/ABNA/SNSB/REVO")
BANK_FOREIGN = {  # country: BBAN shape, L a letter, 9 a digit
    "LT": "9999999999999999",
    "LV": "LLLL9999999999999",
    "CZ": "99999999999999999999",
    "SK": "99999999999999999999",
    "HR": "99999999999999999",
    "RS": "999999999999999999",
    "DE": "999999999999999999",
}

POOLS["test_v50"] = {
    "first": [name for _, firsts, _ in PEOPLE.values() for name in _split(firsts)],
    "surname": [name for _, _, surnames in PEOPLE.values() for name in _split(surnames)],
    "street": STREETS_NL,
    "street_be": STREETS_BE,
    "abroad": ABROAD,
    "domain": DOMAINS,
    "work_domain": WORK_DOMAINS,
    "bank": BANKS_NL,
}
for _origin, (_weight, _firsts, _surnames) in PEOPLE.items():
    POOLS["test_v50"][f"first:{_origin}"] = _split(_firsts)
    POOLS["test_v50"][f"surname:{_origin}"] = _split(_surnames)
