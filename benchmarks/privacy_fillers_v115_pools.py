"""Name, street, domain and bank pools of the held-out split test_v115 (registered in the shared `POOLS`): students
renting rooms, employees leasing e-bikes, hearing aid wearers, window cleaning subscribers, people at a debt
counselling intake, drivers storing tyres, hockey and football members and their parents, concert ticket resellers,
elderly people with an alarm button or at day care and their carers, from the Achterhoek, Twente and the rest of the
Netherlands, Flanders, Suriname, Morocco, Turkey, Poland, India, Nigeria, China, Kenya, South Africa and Scotland.
Each origin has its own first names and surnames, so a name is drawn whole from one of them."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]


_GIVEN = {
    "nl": "Marloes|Jeroen|Sanne-Marie|Koen|Wilma|Stefan|Annemieke|Rutger|Nienke|Bas|Ingrid|Teun|Karlijn|Pim|"
    "Margreet|Olaf|Eline|Dirk-Jan|Jacqueline|Floris",
    "ah": "Gerrit|Hennie|Bennie|Jan-Willem|Dinie|Riek|Gradus|Hermien|Wim|Annie|Herman|Truus|Bertus|Gerda|Harm|"
    "Mientje|Tonnie|Diny|Evert|Jolanda|Rik|Lieke|Gert-Jan|Marieke",
    "be": "Wannes|Ellen|Tuur|Sofie|Jens|Griet|Lander|Katrien|Bavo|Elke|Matthias|Veerle",
    "sr": "Ravindra|Sharmila|Rajesh|Anita|Sunita|Roel|Glenn|Marcia|Ingrid|Errol|Romeo|Nirmala|Soekarni|Dewi|Kasan|"
    "Winston|Jurgen|Natasha|Sheila|Roshni|Orlando|Gracia",
    "ma": "Bilal|Noura|Ilias|Salma|Hicham|Latifa|Adil|Yasmina|Driss|Houda|Karim|Fadoua|Rachid|Zineb",
    "tr": "Murat|Ayşe|Serdar|Fatma|Cengiz|Derya|Burak|Hatice|Okan|Nurcan|Volkan|Dilek|Onur|Gülay",
    "pl": "Paweł|Katarzyna|Łukasz|Dorota|Jakub|Monika|Bartosz|Aleksandra|Wojciech|Beata",
    "in": "Arjun|Divya|Siddharth|Pooja|Aditya|Kavya|Naveen|Meera|Pranav|Swati",
    "ng": "Chinedu|Funmilayo|Tunde|Ngozi|Ikechukwu|Temitope|Obinna|Bisola|Chukwuemeka|Folake",
    "cn": "Xiaoming|Jiayi|Zhiwei|Yuting|Haoran|Shufen|Jianguo|Ming|Lina|Ruolan",
    "ke": "Faith|Kevin|Mercy|Dennis|Brian|Purity|Collins|Diana|Felix|Sharon|Victor|Eunice|Stephen|Lucy|Wanjiru|"
    "Njeri|Kiprono|Akinyi",
    "za": "Thabo|Lerato|Sipho|Naledi|Pieter|Annelie|Riaan|Zanele|Kagiso|Nomvula|Johan|Marike|Themba|Ayanda|Shireen|"
    "Devan|Precious|Jaco|Elmarie|Bongani",
    "sc": "Hamish|Fiona|Ailsa|Callum|Morag|Euan|Kirsty|Alasdair|Isla|Fraser|Mhairi|Ruaridh|Shona|Angus|Eilidh|"
    "Lachlan|Catriona|Gregor",
}
_FAMILY = {
    "nl": "Verhoef|van Leeuwen|Kramer|de Haan|Hoogland|van der Wal|Stam|Blom|Koster|van Vliet|Schipper|Lammers|"
    "Post|de Ruiter|Mol|van Wijk|Vermeulen|Prins",
    "ah": "Wolbrink|Hulshof|Eppink|Wissink|Nijenhuis|Bruggink|Lensink|te Lintelo|Klein Gunnewiek|ten Dam|Olthof|"
    "Heijink|Kamphuis|Oude Egberink|ter Horst|Velthuis|Nijkamp|Olde Monnikhof|Groot Wassink|Haverkate|Lansink|"
    "ten Brinke|Stoltenborg|Wamelink|Kemperman|Tijink|Rouwhorst|Beltman|Hengeveld|Te Brake",
    "be": "Vandenbroucke|De Smet|Claes|Goossens|Van Damme|Wouters|Maes|Verstraete|Mertens|Van Acker",
    "sr": "Ramdin|Soekhram|Jagesar|Bhagwandin|Kromodimedjo|Karijodikoro|Pinas|Sedney|Doelwijt|Amatdjais|Sewdien|"
    "Mahabier|Linger|Wijngaarde|Kartowidjojo|Raghoebarsing|Tjin-A-Tsoi|Fung-A-Loi|Lieuw-Kie-Song|Zebeda|Nelom",
    "ma": "Ouali|El Idrissi|Benali|Bouzid|Azzouzi|El Khattabi|Chaouch|Lamrini|Ait Taleb|Haddouchi|Zerouali|Tahiri",
    "tr": "Demir|Çelik|Aydın|Öztürk|Arslan|Doğan|Kılıç|Polat|Koç|Kurt|Özdemir|Şahin|Yıldız|Güneş",
    "pl": "Wiśniewski|Wójcik|Kamińska|Lewandowski|Zielińska|Szymański|Dąbrowska|Kozłowski|Jankowska|Mazur",
    "in": "Iyer|Reddy|Sharma|Gupta|Menon|Krishnan|Banerjee|Chatterjee|Pillai|Deshpande|Venkatesan",
    "ng": "Adeyemi|Okonkwo|Balogun|Eze|Olawale|Nwachukwu|Adebayo|Ogunleye|Obi|Chukwu",
    "cn": "Chen|Wang|Zhang|Liu|Huang|Zhou|Wu|Lin|Xu|Zhao",
    "ke": "Kamau|Otieno|Achieng|Kiprotich|Mwangi|Wairimu|Kiplagat|Nafula|Omondi|Chebet|Mutua|Atieno|Njoroge|Wekesa|"
    "Odhiambo|Kariuki|Muthoni|Rotich",
    "za": "Nkosi|Mokoena|Dlamini|van der Merwe|Botha|Pretorius|du Plessis|Khumalo|Ndlovu|Molefe|Adams|Naidoo|"
    "Petersen|Mahlangu|Venter|Swanepoel|Jacobs|Govender|Mthembu|le Roux",
    "sc": "MacLeod|Campbell|Mackintosh|Stewart|Sinclair|McGregor|Buchanan|Robertson|Fergusson|MacDonald|Murray|"
    "Cameron|Henderson|McAllister|Paterson|Drummond|Grant|Ross",
}
_STREETS = {
    "nl": "Vinkenstraat|Tesselschadestraat|Berberisstraat|Pelikaanweg|Lijsterbeslaan|Jan van Galenstraat|"
    "Kastanjelaan|Wolfskuilseweg|Bisschop Hamerstraat|Zijpendaalseweg|Sint Annastraat|Voorstraat|Oranjesingel|"
    "Graafseweg|Griftdijk|Laan der Hesperiden|Nieuwstad|Rijnkade|Tollensstraat|Dr. Ariënsstraat",
    "ah": "Hupselse Dijk|Eibergseweg|Beltrumseweg|Kotmansweg|Winterswijkseweg|Meddosestraat|Ratumseweg|Misterweg|"
    "Zieuwentseweg|Hengelosestraat|Oldenzaalsestraat|Gronausestraat|Deurningerstraat|Haaksbergerstraat|"
    "Boekelosestraat|Lonnekerbrugstraat|Vlasakker|Esweg|Bruggert|Tuunte|Stokhorstweg|Oude Borculoseweg",
    "room": "Calslaan|Hoogeveenenk|Witbreuksweg|Campuslaan|Zernikelaan|Jacobus Bellamylaan|Heyendaalseweg|"
    "Uilenstede|Cambridgelaan|Bornsesteeg|Rijnsteeg|Boulevard 1945|Drienerlolaan|Professor Bronkhorstlaan",
    "be": "Naamsestraat|Tiensestraat|Brusselsesteenweg|Kortrijksesteenweg|Vlamingenstraat|Oude Baan|Statiestraat",
    "sr": "Kwattaweg|Indira Gandhiweg|Anamoestraat|Hindilaan|Tourtonnelaan|Gemenelandsweg|Henck Arronstraat|"
    "Mahonylaan|Duisburglaan|Sophie Redmondstraat|Lalla Rookhweg|Jagernath Lachmonstraat|Zinniastraat",
    "de": "Bahnhofstraße|Nordring|Gildehauser Straße|Münsterstraße|Bocholter Straße|Enscheder Straße|"
    "Winterswijker Straße|Kirchstraße|Lindenallee|Ahauser Straße",
    "sc": "Byres Road|Dumbarton Road|Great Western Road|Marchmont Crescent|Leith Walk|Easter Road|Gorgie Road|"
    "Perth Road|Union Grove|Holburn Street|Causewayside|Comiston Road|Hyndland Street",
    "za": "Jan Smuts Avenue|Long Street|Voortrekker Road|Main Road|Bree Street|Oxford Road|Florida Road|"
    "Rivonia Road|Louis Botha Avenue|Kloof Street|Beyers Naudé Drive",
    "ke": "Ngong Road|Kindaruma Road|Argwings Kodhek Road|Riverside Drive|Lenana Road|Othaya Road|Muthithi Road|"
    "Waiyaki Way|Nyali Road|Kiambu Road",
}

POOLS["test_v115"] = {
    **{f"first_{origin}": _split(names) for origin, names in _GIVEN.items()},
    **{f"surname_{origin}": _split(names) for origin, names in _FAMILY.items()},
    **{f"street_{region}": _split(names) for region, names in _STREETS.items()},
    "domain": _split(
        "gmail.com|hotmail.com|outlook.com|kpnmail.nl|ziggo.nl|live.nl|hetnet.nl|home.nl|planet.nl|icloud.com|"
        "caiway.nl|telfort.nl|gmail.com|hotmail.nl|yahoo.com"
    ),
    "domain_en": _split(
        "gmail.com|yahoo.com|outlook.com|btinternet.com|yahoo.co.za|webmail.co.za|mweb.co.za|yahoo.co.uk|"
        "icloud.com|protonmail.com|hotmail.co.uk|gmail.com"
    ),
    "domain_student": _split(
        "student.utwente.nl|student.saxion.nl|student.ru.nl|student.han.nl|student.wur.nl|student.uva.nl"
    ),
    "domain_work": _split(
        "tichelaar-installatie.nl|bouwbedrijf-ottink.nl|zorggroep-markenheem.nl|vandijkmetaal.nl|"
        "logistiek-ruurlo.nl|eventbureau-esch.nl|gemeente-berkelland.nl"
    ),
    "bank_nl": _split("ABNA|RABO|INGB|SNSB|ASNB|RBRB|TRIO|BUNQ|KNAB|FVLB|NNBA"),
    "bank_gb": _split("RBOS|BOFS|CLYD|TSBS|NWBK|BARC|MIDL"),
}
