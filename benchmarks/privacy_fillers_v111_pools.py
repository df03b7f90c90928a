"""Name, street, domain and bank pools of the held-out split test_v111 (registered in the shared `POOLS`):
travellers, pensioners, water and broadband customers, lease drivers, benefit recipients, parcel senders, dental
patients and furniture renters from Groningen, Brabant, Flanders, Suriname, Scotland, Nigeria, South Africa and the
Moroccan, Turkish, Polish, Indian and Chinese communities in the Netherlands."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bar(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


POOLS["test_v111"] = {
    # Groningen and Brabant, then the rest of the Netherlands
    "first_nl": _bar(
        "Geert|Grietje|Roelf|Wubbo|Harmke|Jakob|Trijntje|Eltjo|Sjoukje|Derk|Aukje|Menno|Hillie|Remko|Tjakko|"
        "Riekje|Harm|Ineke|Sjaak|Toos|Henk-Jan|Mientje|Rikie|Jo|Bart|Noud|Sjef|Mieke|Jeroen|Riet|Twan|Lieke|"
        "Ties|Jolanda|Dirk-Jan|Marjolein|Wendy|Kevin|Romy|Sven|Yara|Luuk|Anne-Fleur|Bas"
    ),
    "surname_nl": _bar(
        "Huizinga|Bolhuis|Tammenga|Bronsema|Wolters|Dijkhuis|Hazenberg|Boerema|Stikker|Oldenhuis|Ritsema|"
        "Pot|Mulder-Veenstra|Dollekamp|Schuiling|Sikkema|Blaauw|Smulders|van de Ven|Verhoeven|van Gils|"
        "van Dongen|de Laat|Heerkens|van Rooij|Panken|Kuijpers|Manders|van Hoof|Roovers|Verbakel|van Erp|"
        "Swinkels|van der Sanden|Klomp|Hofstede|de Jong-Vos|van 't Veer|ter Horst|Gerritsen"
    ),
    "first_be": _bar("Wouter|Griet|Jens|Lotte|Koen|Sofie|Pieter-Jan|Elke|Bavo|Hanne|Dries|Fien|Ruben|Nele|Toon"),
    "surname_be": _bar(
        "Claes|Goossens|Vermeulen|Wouters|De Smet|Van Damme|Mertens|Peeters|Janssens|Willems|Van de Velde|"
        "D'Hondt|Vanderlinden|Verstraete|Maes"
    ),
    "first_ma": _bar("Mohammed|Fatima|Said|Samira|Hamza|Latifa|Bilal|Houda|Ilias|Naoual|Rachid|Salma|Ayoub|Hafsa"),
    "surname_ma": _bar(
        "El Amrani|Bouhaddou|Ait Taleb|Chaouch|El Yousfi|Boukhari|Ezzahraoui|Amghar|Oulad Ali|Ben Haddou|"
        "Tahiri|El Mourabit"
    ),
    "first_tr": _bar("Mustafa|Ayşe|Hüseyin|Emine|Burak|Esra|Kerem|Gülsen|Yusuf|Derya|Serkan|Büşra|Ömer"),
    "surname_tr": _bar("Demir|Kaya|Arslan|Doğan|Kılıç|Yılmaz|Aksoy|Erdoğan|Polat|Güneş|Kurt|Özdemir|Taş"),
    "first_sr": _bar(
        "Raoul|Shanti|Ritesh|Natasha|Kenneth|Gerda|Sudesh|Anita|Winston|Sharda|Romeo|Chandra|Djamila|Ravi|Sarita|Errol"
    ),
    "surname_sr": _bar(
        "Jadnanansing|Ramsaran|Biharie|Mangal|Lachmon|Sedney|Fränkel|Kromodimedjo|Soekhoe|Tjon Pian Gi|"
        "Ameerali|Karijo|Nelom|Pengel|Mungra|Sumter"
    ),
    "first_pl": _bar("Katarzyna|Tomasz|Magdalena|Paweł|Joanna|Marcin|Ewa|Grzegorz|Aleksandra|Łukasz|Dorota"),
    "surname_pl": _bar("Nowak|Kowalczyk|Wójcik|Kaczmarek|Mazur|Krawczyk|Zając|Woźniak|Duda|Pietrzak|Wróbel|Sikora"),
    "first_in": _bar("Aarav|Priyanka|Sanjay|Deepa|Arjun|Kavya|Rahul|Meenakshi|Siddharth|Nandini|Harpreet|Anil"),
    "surname_in": _bar("Sharma|Krishnan|Banerjee|Patil|Menon|Gupta|Rao|Deshpande|Singh|Pillai|Joshi|Mehta"),
    "first_ng": _bar(
        "Tunde|Ngozi|Chukwuemeka|Funmilayo|Ibrahim|Aisha|Obinna|Yetunde|Babajide|Chiamaka|Musa|Temitope|"
        "Ifeanyi|Halima|Olumide|Amaka"
    ),
    "surname_ng": _bar(
        "Adeyemi|Okafor|Eze|Bello|Ogunleye|Nnamdi|Abubakar|Afolabi|Onyekachi|Adebayo|Uchenna|Danjuma|Ojo|"
        "Ikechukwu|Olawale|Suleiman"
    ),
    "first_cn": _bar("Xiaomei|Hao|Lei|Jing|Zhiwei|Fang|Yuxuan|Ling|Qiang|Meiling|Bo"),
    "surname_cn": _bar("Wang|Li|Zhou|Wu|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lam"),
    "first_sc": _bar(
        "Hamish|Morag|Callum|Isla|Fraser|Eilidh|Angus|Kirsty|Ewan|Catriona|Struan|Mhairi|Alasdair|Shona|Lachlan"
    ),
    "surname_sc": _bar(
        "MacLeod|Campbell|Stewart|Robertson|McIntyre|Cameron|Fergusson|Sinclair|MacKinnon|Urquhart|Drummond|"
        "McLaughlin|Gillespie|Buchanan"
    ),
    "first_za": _bar(
        "Thandiwe|Sipho|Lerato|Johan|Anika|Pieter|Nomvula|Themba|Zanele|Riaan|Chantelle|Kagiso|Bongani|Liezl|"
        "Naledi|Devan"
    ),
    "surname_za": _bar(
        "Nkosi|Dlamini|van der Merwe|Botha|Mokoena|Ndlovu|Pretorius|Naidoo|Khumalo|Venter|Mahlangu|Coetzee|"
        "Govender|Mthembu|du Plessis|Steenkamp"
    ),
    "street_gr": _bar(
        "Oosterstraat|Nieuwe Ebbingestraat|Verlengde Hereweg|Paterswoldseweg|Damsterdiep|Korreweg|"
        "Hoornsediep|Oude Kijk in 't Jatstraat|Zaagmuldersweg|Hooilandseweg|Winschoterweg|Hoofdstraat|"
        "Dorpsstraat|Siddeburenweg|Eemskanaal ZZ|Kloosterlaan"
    ),
    "street_br": _bar(
        "Stratumsedijk|Hoogstraat|Kruisstraat|Piusstraat|Ginnekenweg|Hinthamerstraat|Vughterweg|"
        "Korvelseweg|Boschdijk|Kloosterstraat|Heuvelring|Gasthuisring|Veldstraat|Molenakker|Lindenlaan|"
        "Dorpsstraat|Wilhelminastraat"
    ),
    "street_nl": _bar(
        "Amsterdamseweg|Admiraal de Ruijterweg|Bergselaan|Laan van Poot|Kanaalweg|Mariniersweg|"
        "Spoorsingel|Kastanjelaan|Zonnebloemstraat|Rijnstraat"
    ),
    "street_be": _bar(
        "Brusselsesteenweg|Kortrijksesteenweg|Turnhoutsebaan|Lange Leemstraat|Sint-Pietersnieuwstraat|"
        "Diestsestraat|Naamsestraat|Bredabaan|Statiestraat|Kerkstraat|Molenstraat"
    ),
    "street_sc": _bar(
        "Hyndland Road|Dumbarton Road|Leith Walk|Marchmont Crescent|Great Western Road|Byres Road|"
        "Dalry Road|Union Grove|King Street|Perth Road|Easter Road|Comely Bank Avenue|Gilmore Place"
    ),
    "street_za": _bar(
        "Kloof Street|Main Road|Voortrekker Road|Beach Road|Jan Smuts Avenue|Rivonia Road|Florida Road|"
        "Musgrave Road|Long Street|Church Street|Oxford Road|Lower Main Road"
    ),
    "street_ng": _bar(
        "Admiralty Way|Adeola Odeku Street|Allen Avenue|Awolowo Road|Aminu Kano Crescent|Ogui Road|"
        "Ikorodu Road|Bode Thomas Street|Herbert Macaulay Way|Adetokunbo Ademola Crescent"
    ),
    "street_sr": _bar(
        "Kwattaweg|Indira Gandhiweg|Verlengde Gemenelandsweg|Anton Dragtenweg|Tourtonnelaan|"
        "Hoogestraat|Wanicastraat|Leysweg|Sommelsdijckstraat|Mahonylaan"
    ),
    "domain": _bar(
        "gmail.com|hotmail.com|outlook.com|ziggo.nl|kpnmail.nl|home.nl|live.nl|icloud.com|hetnet.nl|"
        "planet.nl|upcmail.nl|telenet.be|yahoo.com|msn.com|quicknet.nl|solcon.nl|hotmail.nl|casema.nl"
    ),
    "domain_uk": _bar("btinternet.com|gmail.com|outlook.com|hotmail.co.uk|sky.com|yahoo.co.uk|virginmedia.com"),
    "domain_ng": _bar("yahoo.com|gmail.com|hotmail.com|yahoo.co.uk|outlook.com"),
    "domain_za": _bar("gmail.com|webmail.co.za|mweb.co.za|telkomsa.net|icloud.com|vodamail.co.za"),
    "bank_nl": _bar("ABNA|RABO|INGB|SNSB|ASNB|RBRB|TRIO|KNAB|BUNQ|NNBA"),
    "bank_gb": _bar("BARC|RBOS|BOFS|CLYD|HBUK|NWBK|MIDL|LOYD|TSBS"),
}
