"""Pools of the held-out split test_v45 (registered in the shared `POOLS`): given names and surnames by
background, Frisian, Drenthe, Brussels, Curaçao, Irish and New Zealand streets, mail domains and bank codes."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("/") if part.strip()]


# Each background keeps its given names and surnames together, so that a full name stays plausible.
PEOPLE: dict[str, tuple[list[str], list[str]]] = {
    "dutch": (
        _split(
            "Gijs / Femke / Wouter / Annelies / Jeroen / Mirjam / Thijs / Lieke / Maarten / Evelien / Rutger / "
            "Janneke / Sjaak / Trudy / Koen / Nienke / Bas / Marijke / Stijn / Hennie / Gert-Jan / Riet"
        ),
        _split(
            "van Leeuwen / Verbeek / de Wit / Koster / Prins / van der Linden / Kok / Bosch / van Rijn / "
            "Kuipers / Hermans / van Veen / Blom / de Haan / Willemsen / van Es / Koopman / Vink / ten Cate"
        ),
    ),
    "frisian": (
        _split("Sjoerd / Wietske / Hylke / Baukje / Tsjalling / Jetske / Durk / Geartsje / Bouke / Ytsje / Wybren"),
        _split("Wiersma / Sikkema / Bergsma / Terpstra / Hiemstra / Faber / Bouma / van der Meulen / Kooistra"),
    ),
    "drenthe": (
        _split("Harm / Jantje / Roelof / Geesje / Albertus / Hillie / Lucas / Grietje / Egbert / Aaltien"),
        _split("Lubbers / Hadders / Jalving / Wubs / Boelens / Seubring / Tiesing / Hilbrands / Kuik / Dekens"),
    ),
    "belgian": (
        _split("Wouter / Lieve / Pieter-Jan / Griet / Kobe / Elodie / Mathieu / Sofie / Benoît / Nathalie / Jef"),
        _split(
            "Vermeulen / Van Damme / Claes / Goossens / Dubois / Lambert / Desmet / De Smedt / Lemaire / "
            "Van Acker / Peeters-Dupont / Verhaegen / Mertens"
        ),
    ),
    "antillean": (
        _split("Shurandy / Jeanine / Ruthmilda / Gilbert / Sharlon / Jurgen / Quincy / Migdalia / Edsel / Yuraima"),
        _split("Martina / Isenia / Maduro / Winklaar / Leito / Girigorie / Wernet / Sulvaran / Juliana / Koeiman"),
    ),
    "amazigh": (
        _split("Idir / Tiziri / Nouhaila / Ayoub / Hamza / Massin / Siham / Ilham / Mimoun / Tafsut / Younes"),
        _split(
            "Aït Ouarab / Azougagh / Boukhari / Ouchan / Amghar / Ait Haddou / El Hamdaoui / Boutaleb / "
            "Ben Haddou / Ahrouch / Tahiri"
        ),
    ),
    "kurdish": (
        _split("Rojda / Berivan / Dilan / Şervan / Baran / Zozan / Rıza / Hêvî / Azad / Gülistan / Serhat"),
        _split("Doğan / Aslan / Ekinci / Tekin / Bozkurt / Güneş / Kılıç / Akbaba / Yıldırım / Zengin"),
    ),
    "polish": (
        _split("Wojciech / Małgorzata / Bartosz / Zuzanna / Grzegorz / Joanna / Łukasz / Dorota / Michał"),
        _split("Wójcik / Kamińska / Szymański / Dąbrowski / Mazur / Krawczyk / Pawlak / Jabłońska / Górecki"),
    ),
    "lithuanian": (
        _split("Jonas / Rūta / Mantas / Eglė / Vytautas / Aušra / Darius / Giedrė / Tomas / Inga"),
        _split("Kazlauskas / Petrauskienė / Jankauskas / Stankevičius / Vasiliauskaitė / Žukauskas / Butkus"),
    ),
    "romanian": (
        _split("Andreea / Ionuț / Mihaela / Cristian / Ioana / Florin / Alexandra / Vlad / Roxana / Gheorghe"),
        _split("Popescu / Ionescu / Dumitrescu / Stoica / Munteanu / Constantinescu / Rădulescu / Popa / Neagu"),
    ),
    "indian": (
        _split("Karthik / Lakshmi / Venkatesh / Priyanka / Srinivas / Anjali / Murugan / Divya / Harini / Sai Teja"),
        _split(
            "Subramanian / Ramaswamy / Reddy / Naidu / Venkataraman / Krishnamurthy / Rao / Pillai / "
            "Chandrasekaran / Gollapudi"
        ),
    ),
    "indo_chinese": (
        _split("Hok Lian / Swie Hoa / Wiwin / Hendra / Liong / Mei Hwa / Budi / Ing / Siok Nio / Kian"),
        _split("Tan / Lie / Liem / Oei / Kwee / The / Go / Tjoa / Thung / Sie"),
    ),
    "irish": (
        _split("Siobhán / Niamh / Cillian / Pádraig / Aoife / Eoin / Caoimhe / Dónal / Orla / Ciarán"),
        _split(
            "Ó Súilleabháin / Byrne / Kavanagh / Fitzgerald / O'Donoghue / Mac Giolla Phádraig / Nolan / "
            "Ní Bhriain / Cullinane"
        ),
    ),
    "kiwi": (
        _split("Aroha / Tāne / Hemi / Ngaio / Mereana / Wiremu / Brooke / Hayden / Kiri / Tui"),
        _split("Te Whata / Parata / Ngata / McLeod / Hohaia / Tipene / Rangihuna / Fleming / Walker-Hona"),
    ),
}
# How often each background turns up among Dutch-speaking contacts; English contacts lean the other way.
WEIGHTS_NL = {
    "dutch": 6,
    "frisian": 3,
    "drenthe": 2,
    "belgian": 3,
    "antillean": 2,
    "amazigh": 2,
    "kurdish": 2,
    "polish": 2,
    "lithuanian": 1,
    "romanian": 1,
    "indian": 1,
    "indo_chinese": 2,
    "irish": 0,
    "kiwi": 0,
}
WEIGHTS_EN = {
    "dutch": 2,
    "frisian": 1,
    "drenthe": 0,
    "belgian": 1,
    "antillean": 1,
    "amazigh": 1,
    "kurdish": 1,
    "polish": 2,
    "lithuanian": 2,
    "romanian": 2,
    "indian": 4,
    "indo_chinese": 1,
    "irish": 4,
    "kiwi": 3,
}

POOLS["test_v45"] = {
    "street_nl": _split(
        "Tsjerkestrjitte / Skoallestrjitte / Nieuwestad / Harlingerstraatweg / Mr. P.J. Troelstraweg / "
        "Leeuwerikstraat / Hoofdstraat-West / Brink / Kloosterveste / Vaart Zuidzijde / Weiersstraat / "
        "Noorderdiep / Dr. Nassaulaan / Zuidbargerstraat / Hessenweg / Amaliastraat / Croeselaan / "
        "Goudsbloemstraat / Jan Evertsenstraat / Kanaalstraat / Nolensstraat / Burgemeester Visserpark / "
        "Zeeheldenstraat / Bloemendaalseweg / Schaepmanlaan / Pieter Zeemanlaan / Koemarkt / Oranjesingel / "
        "De Hoven / Wâlstrjitte / Mûnewei / Raadhuisplein / Sperwerhof / Valkenboslaan / Prof. Kohnstammlaan"
    ),
    "street_be": _split(
        "Chaussée de Wavre / Rue Haute / Steenweg op Gent / Avenue Louise / Rue des Palais / Leopold II-laan / "
        "Brusselsesteenweg / Kerkstraat / Rue de Flandre / Gentsesteenweg / Boulevard Anspach"
    ),
    "street_cw": _split("Kaya Grandi / Kaya Flamboyan / Schottegatweg Oost / Kaya Gobernador Debrot / Kaya Papaya"),
    "street_en": _split(
        "Clontarf Road / Leeson Street / Ballymun Road / Ponsonby Road / Cuba Street / Riccarton Road / "
        "Great King Street / Sandymount Avenue / Dominion Road"
    ),
    "domain_nl": _split(
        "gmx.net / zeelandnet.nl / chello.nl / upcmail.nl / solcon.nl / kpnplanet.nl / wxs.nl / freeler.nl / "
        "quicknet.nl / online.nl / msn.com / mail.com / posteo.de / fastmail.com / hotmail.nl / gmail.com"
    ),
    "domain_be": _split("skynet.be / telenet.be / hotmail.be / proximus.be / scarlet.be"),
    "domain_world": _split(
        "o2.pl / wp.pl / interia.pl / yahoo.ro / rediffmail.com / yahoo.co.in / eircom.net / xtra.co.nz / "
        "qq.com / 163.com / menara.ma / inbox.lt / gmail.com / outlook.ie / tutanota.com"
    ),
    "child": _split(
        "Sem / Noor / Yusuf / Liam / Fenne / Rayan / Jesse / Tess / Elif / Oliwia / Wessel / Meryem / Gjalt"
    ),
    "bank_nl": _split("NNBA / HAND / DHBN / AEGO / ARBN / VOWA / BICK / NWAB"),
    "bank_ie": _split("AIBK / BOFI / IPBS"),
    "bank_ro": _split("BTRL / RNCB / BRDE / INGB"),
}
