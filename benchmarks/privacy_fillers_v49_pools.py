"""People, streets, mail domains and banks of the held-out split test_v49 (registered in the shared `POOLS`).

Given names and surnames come in groups by background, so a filler can keep a person's names from one
background (most of the time) or mix them (as in real, mixed families).
"""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


ORIGINS = (
    "holland", "frisian", "zeeland", "flemish", "walloon", "antillean", "capeverde", "iranian", "afghan",
    "kurdish", "pakistani", "tamil", "punjabi", "japanese", "korean", "hungarian", "bulgarian", "greek",
    "irish", "scottish",
)  # fmt: skip

_FIRST = {
    "holland": "Gijsbert; Marjolein; Thijmen; Lisanne; Rutger; Nicolette; Coen; Willemijn; Sander; Priscilla; Dennis",
    "frisian": "Wietske; Sjoerd; Froukje; Jildert; Marrit; Tjeerd; Hylke; Janneke; Oene; Baukje",
    "zeeland": "Adriaan; Pieternella; Job; Leintje; Kornelis; Marinus; Janna; Izaäk",
    "flemish": "Wout; Lien; Jens; Ine; Pieter-Jan; Elke; Joke; Seppe; Griet; Korneel",
    "walloon": "Aurélie; Benoît; Jérôme; Maëlle; Grégoire; Océane; Thibault; Noémie",
    "antillean": "Shurendy; Jurickson; Quincy; Giandro; Rigaldo; Shaira; Sheraldine; Jeanelle; Ruthsela",
    "capeverde": "Djamila; Ailton; Nilton; Edmilson; Kátia; Adilson; Nereida; Elisângela",
    "iranian": "Arash; Shirin; Dariush; Parisa; Kourosh; Mahsa; Bahareh; Siavash",
    "afghan": "Farid; Zarmina; Wahid; Mursal; Sohail; Freshta; Nazanin; Ajmal",
    "kurdish": "Rebin; Shilan; Dilan; Hevi; Karwan; Avan; Shwan; Rozhin",
    "pakistani": "Bilal; Ayesha; Hamza; Sana; Usman; Mehwish; Faisal; Rabia",
    "tamil": "Karthik; Lakshmi; Senthil; Meenakshi; Vignesh; Kavya; Arulmozhi",
    "punjabi": "Gurpreet; Harjit; Manpreet; Jaswinder; Navdeep; Simranjeet; Kulwant",
    "japanese": "Haruto; Yui; Takeshi; Aoi; Kenji; Sakura; Ryota; Emiko",
    "korean": "Min-jun; Seo-yeon; Ji-ho; Hye-jin; Dong-hyun; Eun-ji; Sung-min",
    "hungarian": "Bence; Zsófia; Levente; Réka; Gergely; Boglárka; Ákos",
    "bulgarian": "Stoyan; Desislava; Boyko; Radostina; Tsvetan; Velina; Kaloyan",
    "greek": "Eleftheria; Giorgos; Dimitra; Stavros; Vasiliki; Thanasis; Paraskevi",
    "irish": "Siobhán; Ciarán; Aoife; Pádraig; Niamh; Oisín; Caoimhe; Declan",
    "scottish": "Eilidh; Fraser; Morag; Hamish; Iona; Struan; Kirsty; Lachlan",
}
_SURNAME = {
    "holland": "Kloosterman; de Jonge; Verburg; van Stralen; Brinkman; de Ruiter; van Oosterhout; Blokland; "
    "van der Steen; Overdevest; in 't Groen; van Dongen",
    "frisian": "Wiersma; Hettinga; Bouma; Sikkema; Feenstra; Jongsma; Terpstra; de Haan; Elzinga",
    "zeeland": "Kodde; Minderhoud; Huibregtse; Dieleman; Lievense; de Kam; Wisse; Meulmeester",
    "flemish": "Vandenbroucke; De Smet; Van Damme; Wuyts; Claeys; Verstraete; Declercq; Van Acker; Vermeersch",
    "walloon": "Dubois; Lambert; Lejeune; Renard; Dupont; Delvaux; Marchal",
    "antillean": "Martina; Isenia; Statia; Girigorie; Croes; Maduro; Koeiman; Rosalia; Janga",
    "capeverde": "Semedo; Fortes; Lopes; Monteiro; Gomes da Veiga; Brito; Tavares Fonseca",
    "iranian": "Rahimi; Hosseini; Ahmadi; Karimi; Tehrani; Mousavi; Farahani",
    "afghan": "Sultani; Popal; Wardak; Noorzai; Haidari; Amiri; Stanekzai",
    "kurdish": "Barzani; Mahmoud; Rasul; Hawrami; Aziz; Salih; Qadir",
    "pakistani": "Qureshi; Chaudhry; Malik; Butt; Siddiqui; Rana",
    "tamil": "Subramaniam; Raghunathan; Venkatesan; Krishnan; Sivakumar",
    "punjabi": "Sandhu; Gill; Dhillon; Grewal; Sidhu",
    "japanese": "Takahashi; Yamamoto; Nakamura; Watanabe; Kobayashi",
    "korean": "Park; Choi; Jung; Kang; Yoon",
    "hungarian": "Nagy; Kovács; Szabó; Tóth; Horváth; Varga",
    "bulgarian": "Petrova; Ivanov; Georgieva; Dimitrov; Todorova",
    "greek": "Papadopoulos; Konstantinidis; Georgiou; Alexiou; Oikonomou",
    "irish": "O'Sullivan; Ní Bhriain; McCarthy; Ó Briain; Fitzgerald; Kavanagh",
    "scottish": "MacLeod; Campbell; Mackintosh; Sinclair; Urquhart; Buchanan",
}

POOLS["test_v49"] = {
    **{f"first_{origin}": _split(_FIRST[origin]) for origin in ORIGINS},
    **{f"surname_{origin}": _split(_SURNAME[origin]) for origin in ORIGINS},
    # Weights: Dutch-named customers are the majority.
    "origin": [*ORIGINS, "holland", "holland", "holland", "frisian", "zeeland", "flemish", "holland"],
    "street_nl": _split(
        "Westersingel; Bredeweg; Nieuwe Ebbingestraat; Kleine Noord; Walplein; Lange Delft; Badhuisstraat; "
        "Noordvliet; Eewal; Harlingerstraatweg; Tolhuisweg; Van Speijkstraat; Jacob van Lennepkade; "
        "Mathenesserlaan; Zwart Janstraat; Beijerlandselaan; Javastraat; Ferdinand Bolstraat; Bos en Lommerweg; "
        "Admiraal de Ruijterweg; Plantage Middenlaan; Schiedamseweg; Kruiskade; Pijnackerstraat; Dapperstraat; "
        "Slingerweg; Boschdijk; Hengelosestraat; Spoorsingel; Gouden Leeuw; Vrouwenpolderseweg; Nieuwstraat; "
        "Burgemeester van Roijensingel; Aletta Jacobslaan; Korreweg; Steenstraat; Singelstraat; Kanaalweg"
    ),
    "street_be": _split(
        "Turnhoutsebaan; Kortrijksesteenweg; Lange Lozanastraat; Sint-Pietersnieuwstraat; Diestsestraat; "
        "Brugsesteenweg; Gentpoortstraat; Bredabaan"
    ),
    "street_fr": _split("rue des Wallons; chaussée de Louvain; rue Saint-Gilles; avenue Albert Ier; rue de Fer"),
    "street_cw": _split("Kaya Flamboyan; Schottegatweg Oost; Caracasbaaiweg; Kaya Kadushi; Santa Rosaweg"),
    "street_aw": _split("Caya Frans Figaroa; Dakota; Bubali; Pos Chiquito; Sabana Basora"),
    "street_uk": _split(
        "Leith Walk; Great Western Road; Dumbarton Road; Rathmines Road Lower; Drumcondra Road Upper; Byres Road; "
        "Morningside Road; Ormeau Road; Clonliffe Avenue"
    ),
    "domain": _split(
        "chello.nl; zonnet.nl; quicknet.nl; freedom.nl; upcmail.nl; skynet.be; telenet.be; proximus.be; gmail.com; "
        "yahoo.fr; eircom.net; btinternet.com; naver.com; yahoo.co.jp; freemail.hu; abv.bg; hotmail.gr; "
        "outlook.be; posteo.de; tutanota.com; hotmail.nl; ziggo.nl"
    ),
    "student_domain": _split("student.uva.nl; student.eur.nl; student.rug.nl; hr.nl; student.kuleuven.be"),
    "bank": _split("INGB; RABO; ABNA; BUNQ; SNSB; NNBA; HAND; RBRB; KNAB; ASNB"),
}
