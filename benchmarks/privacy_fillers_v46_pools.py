"""Pools of the held-out split test_v46 (seed 227): people of many backgrounds, Dutch, Flemish and foreign streets,
mail domains and banks. Registered in the shared `POOLS` under "test_v46"; names are grouped by background so a
full name keeps a given name and a surname from the same family tradition."""

from __future__ import annotations

import re

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"\s+/\s+", text) if part.strip()]


# background: (given names, surnames, mail domains typical for that background)
ORIGINS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "achterhoek": (
        _split("Gerrit / Hennie / Bennie / Dinie / Harm / Riek / Wilma / Jan-Willem / Gradus / Truus / Hendrik"),
        _split(
            "Wolterink / Klein Gunnewiek / Nijhuis / Heutinck / te Winkel / Ribbers / Hulshof / Bomers / Wassink / "
            "Roerdink / Stortelder / Groot Nibbelink / Tenbergen / Bruggink"
        ),
        _split("achterhoeknet.nl / kpnplanet.nl / hetnet.nl"),
    ),
    "zaanstreek": (
        _split("Klaas / Aaf / Dirk / Trijntje / Cor / Jaap / Neeltje / Sijmen / Gré / Piet"),
        _split("Kaars / Schaap / Kout / Zeeman / Rustenburg / Honig / Keijzer / Pronk / Kramer-Mol / Wijnker"),
        _split("quicknet.nl / upcmail.nl / kabelfoon.nl"),
    ),
    "flemish": (
        _split("Lieven / Griet / Wout / Jozefien / Stijn / Hanne / Arne / Febe / Maarten / Tijs / Ward / Mieke"),
        _split(
            "Vandenbroucke / Declercq / Vanhoutte / Desmet / Vermeersch / Demeulemeester / Verhaeghe / Lootens / "
            "De Coninck / Vandewalle / Van Damme / Coussement / Dewaele / Verstraete"
        ),
        _split("telenet.be / skynet.be / proximus.be / outlook.be"),
    ),
    "hindustani": (
        _split("Rakesh / Sharmila / Anand / Reshma / Navin / Kiran / Shivani / Dinesh / Radjesh / Anita"),
        _split("Ramautar / Bhikhie / Sital / Mangroelal / Ramcharan / Debipersad / Kalloe / Soekhai / Jhinkoe"),
        _split("zeelandnet.nl / hotmail.nl"),
    ),
    "riffian": (
        _split("Mimoun / Hafida / Abdelkarim / Siham / Driss / Nadia / Mohand / Touria / Ilham / Karim / Rachida"),
        _split("Azzouzi / El Ouariachi / Boutaher / Aarab / El Khattabi / Achahbar / Amezian / Ben Haddou / Ouchan"),
        _split("hotmail.fr / live.nl"),
    ),
    "laz": (
        _split("Cemal / Nurcan / Temel / Fadime / Oğuz / Dilek / Yusuf / Hülya / Şükrü / Gülten"),
        _split("Kalafat / Melikoğlu / Cinoğlu / Mıhçıoğlu / Hopalı / Karadeniz / Tuncer / Koçoğlu"),
        _split("hotmail.com.tr / yandex.com"),
    ),
    "egyptian": (
        _split("Mahmoud / Mona / Tarek / Yasmin / Amr / Heba / Sherif / Rania / Youssef / Nourhan"),
        _split("Abdelrahman / El-Sayed / Mansour / Fahmy / Shawky / Ragab / Naguib / Hegazy"),
        _split("yahoo.com / gmail.com"),
    ),
    "ethiopian": (
        _split("Tigist / Dawit / Selamawit / Yonas / Meron / Bereket / Hiwot / Abebe / Mekdes / Henok"),
        _split("Tesfaye / Haile / Gebremedhin / Alemu / Bekele / Wolde / Kebede / Mengistu / Assefa"),
        _split("yahoo.com / ethionet.et"),
    ),
    "ukrainian": (
        _split("Oleksandr / Iryna / Bohdan / Oksana / Taras / Yuliia / Mykola / Halyna / Dmytro / Sofiia"),
        _split("Kovalenko / Shevchuk / Bondarenko / Tkachenko / Melnyk / Kravchuk / Hnatyshyn / Savchuk / Lysenko"),
        _split("ukr.net / i.ua / meta.ua"),
    ),
    "spanish": (
        _split("Alejandro / Lucía / Javier / Carmen / Íñigo / Nerea / Pilar / Álvaro / Rocío"),
        _split("García López / Fernández Ruiz / Ruiz de Azúa / Castillo / Navarro Gil / Ortega / Iglesias Peña"),
        _split("yahoo.es / telefonica.net"),
    ),
    "italian": (
        _split("Giulia / Matteo / Francesca / Lorenzo / Chiara / Davide / Alessia / Giacomo / Federica"),
        _split("Bianchi / Esposito / Romano / Ferraro / De Luca / Colombo / Marchetti / Gallo / Rinaldi"),
        _split("libero.it / tiscali.it / alice.it"),
    ),
    "pakistani": (
        _split("Usman / Ayesha / Bilal / Sana / Hamza / Mahnoor / Imran / Rabia / Faisal / Saima"),
        _split("Qureshi / Chaudhry / Butt / Malik / Siddiqui / Awan / Rehman / Bhatti"),
        _split("yahoo.co.uk / hotmail.co.uk"),
    ),
    "korean": (
        _split("Min-jun / Seo-yeon / Ji-hoon / Ha-eun / Dong-hyun / Soo-jin / Jae-won / Eun-ji"),
        _split("Park / Kim / Choi / Jeong / Kang / Yoon / Han / Seo"),
        _split("naver.com / daum.net / kakao.com"),
    ),
    "american": (
        _split("Tyler / Brittany / Cody / Madison / Dustin / Kayla / Garrett / Shelby / Brandon / Courtney"),
        _split("Henderson / McAllister / Whitaker / Dunbar / Pruitt / Hollis / Delgado / Kowalczyk / Barnes"),
        _split("comcast.net / aol.com / att.net / yahoo.com"),
    ),
}

POOLS["test_v46"] = {
    "origins": list(ORIGINS),
    **{f"first_{key}": firsts for key, (firsts, _, _) in ORIGINS.items()},
    **{f"surname_{key}": surnames for key, (_, surnames, _) in ORIGINS.items()},
    **{f"domain_{key}": domains for key, (_, _, domains) in ORIGINS.items()},
    "first": [name for firsts, _, _ in ORIGINS.values() for name in firsts],
    "surname": [name for _, surnames, _ in ORIGINS.values() for name in surnames],
    # Names given to newborns in maternity-care (kraamzorg) notes.
    "baby": _split("Noor / Sem / Lieke / Mats / Roos / Yusuf / Elin / Ravi / Zayn / Fenne / Aylin / Jesse / Olivia"),
    "domain": _split(
        "gmail.com / hotmail.com / outlook.com / ziggo.nl / kpnmail.nl / upcmail.nl / zeelandnet.nl / icloud.com / "
        "proton.me / gmx.net / mail.com / live.com"
    ),
    "street_nl": _split(
        "Westzijde / Zuiddijk / Lagedijk / Kalverringdijk / Hogendijk / Beltrumseweg / Misterweg / Ratumseweg / "
        "Aaltenseweg / Eibergseweg / Händelstraat / Pieter Calandlaan / Loosduinseweg / Vaillantlaan / "
        "Twijnstraat / Nobelstraat / Hoornsediep / Tongelresestraat / Boschdijk / Oudenoord / Rijnkade / "
        "Steenstraat / Korte Nieuwstraat / Populierenlaan / Klaprooslaan / Dokter Huber Noodtstraat / "
        "Pastoor van Arskerkstraat / Burgemeester Visserpark / Marijkeweg / Zwanenveld"
    ),
    "street_be": _split(
        "Kortrijksesteenweg / Sint-Pietersnieuwstraat / Overpoortstraat / Brugsesteenweg / Dampoortstraat / "
        "Vlamingstraat / Ieperstraat / Noordzeelaan / Meensesteenweg / Koning Albertlaan / Hoogpoort / "
        "Sint-Amandsstraat / Oostendsesteenweg"
    ),
    "street_student": _split(
        "Uilenstede / Rode Kruislaan / Bisonspoor / Hoogeveenenweg / Campuslaan / Stieltjesweg / Balijelaan / "
        "Weesperstraat / Kolfmakersteeg / Zernikeplein"
    ),
    # Foreign street frames for emigrants' forwarding addresses; {n} is the house number.
    "street_abroad": _split(
        "Calle del Carmen {n}, 2º B / Avenida de la Constitución {n}, 4º izq. / Carrer de Provença {n}, 1-2 / "
        "Via Garibaldi {n} / Corso Vittorio Emanuele {n}, int. 5 / Via dei Mille {n}/B / "
        "{n} Oak Ridge Drive, Apt 4C / {n} Linden Street / {n} W Maple Ave, Unit 12 / "
        "vul. Sadova {n}, kv. 7 / vul. Shevchenka {n}, kv. 31 / Teheran-ro {n}-gil 12 / "
        "Rue Moulay Ismail {n} / Atatürk Cad. No: {n} D: 4 / Shehab Street {n}, Mohandessin"
    ),
    "bank": _split("RABO / INGB / ABNA / SNSB / ASNB / TRIO / KNAB / BUNQ / RBRB / NNBA / HAND / FVLB"),
}
