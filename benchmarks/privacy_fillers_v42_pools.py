"""Pools of the held-out split test_v42 (registered in the shared `POOLS`): given names and surnames by the
caller's background, so a name stays plausible, plus streets, mail domains and bank codes of this split only."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


# background: (given names, surnames, weight)
ORIGINS: dict[str, tuple[list[str], list[str], int]] = {
    "holland": (
        _split("Martijn, Esther, Wouter, Hanneke, Sander, Judith, Pim, Rianne, Gert-Jan, Mirjam"),
        _split("Kuipers, de Jong, Pronk, van Leeuwen, Blom, Koster, van der Linden, Verbeek, ten Cate"),
        3,
    ),
    "limburg": (
        _split("Sjeng, Huub, Lei, Truus, Mia, Wiel, Jo, Gerda-Marie, Harrie, Toos, Roel, Maud, Thijs, Ilona, Noud"),
        _split(
            "Houben, Claessens, Vossen, Kessels, Schreurs, Lemmens, Ramakers, Frijns, Wetzels, Pluijmen, Brouns, "
            "Dassen, Coenen, van Loo, Kurvers, Bemelmans, Willems-Habets, Heijnens, Op de Laak"
        ),
        5,
    ),
    "brabant": (
        _split("Noud, Marieke, Stijn, Femke, Koen, Loes, Jeroen, Inge, Bart, Ineke, Twan, Sanne-Fleur, Gijs"),
        _split(
            "van de Ven, van Gerven, Verhagen, van Dongen, Roovers, van Gils, Swinkels, van Hout, de Kort, "
            "van Rooij, Bogers, van den Eijnden, van Lieshout, Aarts, van der Heijden-Bosch, Vugts"
        ),
        5,
    ),
    "belgium": (
        _split("Wout, Jente, Lieselot, Arne, Febe, Seppe, Griet, Kobe, Elke, Jozefien"),
        _split("Claes, Wouters, Peetermans, Van Damme, De Smet, Vandenbroucke, Lambrechts, Verstraeten, D'Hondt"),
        2,
    ),
    "germany": (
        _split("Jürgen, Heike, Torsten, Anja, Dörte, Uwe, Sabine, Lukas, Birgit"),
        _split("Schmitz, Hoffmann, Krüger, Weiß, Schulte, Janßen, Küppers, Thelen"),
        2,
    ),
    "caribbean": (
        _split("Jurandy, Shurendy, Gisly, Churandy, Rudsel, Dyonne, Jeandra, Edsel, Naomy, Sharlon"),
        _split("Martina, Winklaar, Croes, Isenia, Koeiman, Wernet, Girigorie, Doran, Every, Cijntje, Rosario"),
        2,
    ),
    "syria": (
        _split("Rami, Yazan, Ghazal, Nour, Khaled, Rasha, Tarek, Dima, Omar, Bayan"),
        _split("Al-Hassan, Haddad, Khoury, Al-Masri, Darwish, Al-Khatib, Hamwi, Sabbagh, Alloush"),
        2,
    ),
    "eritrea": (
        _split("Yonas, Senait, Tesfay, Filmon, Selam, Aman, Merhawit, Semhar, Biniam, Luwam"),
        _split("Tesfamariam, Gebremedhin, Haile, Weldemichael, Berhane, Kidane, Tekle, Habtom"),
        2,
    ),
    "china": (
        _split("Wei, Xiaoling, Jun, Mei, Hao, Yuting, Zhiwei, Jiahui"),
        _split("Wang, Zhang, Chen, Liu, Huang, Zhou, Lin"),
        1,
    ),
    "vietnam": (
        _split("Minh, Thanh, Huong, Quang, Linh, Tuan, Hoa"),
        _split("Nguyễn, Trần, Phạm, Lê, Hoàng, Vũ, Đặng"),
        1,
    ),
    "portugal": (
        _split("João, Inês, Rui, Catarina, Tiago, Mariana, Gonçalo"),
        _split("Ferreira, Rodrigues, Pereira, Gonçalves, Carvalho, Sousa, Oliveira, Pinto da Costa"),
        1,
    ),
    "usa": (
        _split("Tyler, Madison, Brandon, Ashley, Kyle, Jessica, Dakota"),
        _split("Miller, Johnson, Anderson, Carter, Hughes, Rivera, Kowalczyk"),
        1,
    ),
    "scotland": (
        _split("Hamish, Ailsa, Euan, Morag, Kirsty, Fergus, Eilidh"),
        _split("MacLeod, Campbell, Stewart, McGregor, Buchanan, Sinclair, Urquhart"),
        1,
    ),
}
# Vietnamese middle names; Chinese and Vietnamese names are written surname first.
VIET_MIDDLE = _split("Thị, Văn, Ngọc, Đức, Kim")
CHILDREN = _split("Lotje, Mats, Fem, Sepp, Nora, Ties, Yasmina, Ryan, Tess, Jurre, Elin, Maysa")
AGENTS = _split("Chantal, Rob, Manon, Yusuf, Kim, Patrick, Esra, Dennis, Ilse, Jordy")

POOLS["test_v42"] = {
    "first": [name for firsts, _, weight in ORIGINS.values() for name in firsts * weight],
    "surname": [name for _, surnames, weight in ORIGINS.values() for name in surnames * weight],
    "street": _split(
        "Wycker Brugstraat, Brusselsestraat, Akerstraat, Ginnekenweg, Hinthamerstraat, Kapelaan Berixstraat, "
        "Pater van den Elsenlaan, Mgr. Nolensplein, Kardinaal van Rossumstraat, Tongerseweg, Rijksweg Zuid, "
        "Heugemerweg, Meerssenerweg, Hoogstraat, Aalsterweg, Boschdijk, Ringbaan-Oost, Piusstraat, "
        "Korvelseweg, Baronielaan, Haagweg, Vughterweg, Kruisstraat, Deken Frenkenstraat, "
        "Jan van Steffeswertplein, Burgemeester van Sonsbeeckstraat, Oranjelaan, Eikenderweg, Valkenburgerweg, "
        "Heerlerbaan, Kloosterkensweg, Sint Jorisplein, Oude Haven, Mr. de Hesselleplein"
    ),
    "street_be": _split(
        "Bredabaan, Turnhoutsebaan, Diestsesteenweg, Kapelsestraat, Grote Steenweg, Molenstraat, Lindenlei"
    ),
    "street_de": _split(
        "Aachener Straße, Roermonder Straße, Kölner Straße, Bahnhofstraße, Hauptstraße, Lindenweg, Am Markt"
    ),
    "street_carib": _split(
        "Kaya Flamboyan, Kaya Grandi, Schottegatweg Oost, Caya Betico Croes, Kaya Wilhelmina, Seroe Blanco"
    ),
    "street_us": _split("Maple Avenue, Oak Street, Elm Drive, Lakeview Terrace, Sunset Boulevard, Pine Ridge Road"),
    "street_uk": _split("Marchmont Road, Byres Road, Leith Walk, Great Western Road, Morningside Drive"),
    "domain": _split(
        "telenet.be, skynet.be, proximus.be, web.de, gmx.de, t-online.de, hotmail.be, live.be, msn.com, aol.com, "
        "zonnet.nl, chello.nl, upcmail.nl, kliksafe.nl, solcon.nl, zeelandnet.nl, hccnet.nl, casema.nl, "
        "163.com, qq.com, sapo.pt, comcast.net, sky.com, posteo.de, mailbox.org, iclould.com"
    ),
    "work_domain": _split("vdlgroep.nl, asml.com, mumc.nl, zuyderland.nl, tue.nl, philips.com, dsm-firmenich.com"),
    "student_domain": _split(
        "student.maastrichtuniversity.nl, student.tue.nl, tilburguniversity.edu, student.fontys.nl, "
        "student.zuyd.nl, student.avans.nl"
    ),
    "bank": _split("NNBA, HAND, DHBN, BICK, ISBK, AEGO, FRBK, BNGH, DEUT, COBA"),
}
