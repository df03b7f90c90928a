"""Pools of the `test_v28` split: given names and surnames by origin, streets (Dutch, Belgian, German), mail
providers, area codes and the number prefixes of the split's firms. Written by someone who never saw the redaction
rules; no pool is shared with an earlier split's module.

Each name pool is one string per origin: men's names, women's names and surnames separated by ' / ', entries by
','. Dutch surnames keep their particles ('van der Heijden', "in 't Zandt") so the writers can move them."""

from __future__ import annotations


def _entries(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


_ORIGINS = {
    "nl": "Bram, Thijs, Joost, Gerrit, Hendrik, Wouter, Maarten, Sjoerd, Teun, Ruud, Kees, Arjen, Niels, Jeroen, "
    "Pieter-Jan, Jan-Willem, Diederik, Koen, Bas, Henk / Femke, Ilse, Marieke, Anouk, Joke, Greetje, Hanneke, Lotte, "
    "Sanne, Mirjam, Ineke, Wilma, Renske, Tineke, Annemiek, Floor, Marjolein, Willemijn, Ria, Els / "
    "van der Heijden, de Groot, Schipper, van Dijk, Kuipers, in 't Zandt, van den Broek, Verhoeven, ter Horst, "
    "de Wit, Mulder, Hoekstra, van Leeuwen, Smits, van 't Hof, Brouwer, Visser, de Jong, van Beek, Vermeulen, "
    "ten Cate, van der Meulen, Kok, Dekker, Prins, Bosman, de la Court, Scholten, Wijnands, van Oosterhout",
    "fy": "Sjoerd, Wiebe, Jelle, Durk, Hidde / Sietske, Baukje, Froukje, Jantsje, Tjitske / "
    "Hoekstra, Dijkstra, Wiersma, Bergsma, Terpstra, Zijlstra, de Boer, Postma",
    "be": "Wout, Pieter, Jens, Lowie, Stijn, Arne / Lien, Elke, Griet, Fien, Nele, Hanne / "
    "Vanderstraeten, Claes, Peeters, De Smedt, Van Damme, Vercruysse, Goossens, Van de Velde",
    "tr": "Mehmet, Emre, Burak, Yusuf, Kaan / Elif, Zeynep, Büşra, Aylin, Meryem / "
    "Yılmaz, Kaya, Öztürk, Demir, Aydın, Çelik, Şahin, Koç",
    "ma": "Mohamed, Youssef, Bilal, Anouar, Khalid / Fatima, Nora, Soumaya, Ikram, Hafsa / "
    "El Amrani, Bouzid, Ait Taleb, El Khattabi, Benali, Ouahabi, Azzouzi",
    "sr": "Ravi, Dinesh, Glenn, Marciano, Sunil / Sharmila, Natasha, Shanti, Ruth, Priya / "
    "Ramdin, Jagesar, Kromodimedjo, Sitaldin, Doelwijt, Mangal, Pinas",
    "pl": "Piotr, Tomasz, Krzysztof, Mateusz / Agnieszka, Małgorzata, Katarzyna, Joanna / "
    "Nowak, Wójcik, Kowalczyk, Mazur, Krawczyk",
    "sy": "Ahmad, Omar, Rami, Hussein / Rania, Lina, Hiba, Dima / Al-Hassan, Haddad, Khoury, Al Masri, Darwish",
    "er": "Yonas, Dawit, Tesfay / Senait, Helen, Ruta / Tesfamariam, Gebremedhin, Haile, Berhane",
    "cn": "Wei, Jun, Hao / Xiaoling, Mei, Yan / Zhang, Chen, Lin, Wong, Liu",
    "id": "Robby, Ferry, Erwin / Yvonne, Ingrid, Gonda / Tan, Pattipeilohy, Siahaya, Soeters, Lim",
    "it": "Giuseppe, Matteo, Luca / Giulia, Chiara, Francesca / Rossi, Esposito, Bianchi, Ferraro",
    "pt": "João, Tiago, Rafael / Ana Luísa, Beatriz, Inês / Silva, dos Santos, Pereira, da Costa",
    "gh": "Kwame, Kofi, Yaw / Akosua, Abena, Efua / Mensah, Owusu, Boateng, Asante",
    "in": "Arjun, Rohan, Vikram / Ananya, Deepika, Kavya / Sharma, Iyer, Reddy, Chatterjee",
    "uk": "Oliver, Gareth, Callum, Liam, Hamish / Siobhan, Bethan, Chloe, Niamh, Heather / "
    "O'Sullivan, MacLeod, Fitzgerald, Pritchard, Thompson, McAllister, Hughes, Llewellyn",
    "de": "Jürgen, Lukas, Tobias, Matthias / Jana, Katrin, Ursula, Lea / "
    "Müller, Schröder, Weißmann, Hoffmann, Baumgartner, von Bülow",
    "us": "Tyler, Brandon, Josh / Madison, Kayla, Ashley / Rodriguez, Washington, Kowalczyk, Nguyen, Baker",
}

NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {}
for _origin, _text in _ORIGINS.items():
    _men, _women, _surnames = (_entries(part) for part in _text.split(" / "))
    NAMES[_origin] = (_men, _women, _surnames)

# how often an origin is drawn in Dutch and in English templates
ORIGINS_NL = ["nl"] * 9 + ["fy", "be", "be", "tr", "tr", "ma", "ma", "sr", "sr", "pl", "sy", "er", "cn", "id", "it"]
ORIGINS_EN = ["uk"] * 4 + ["us", "us", "de", "de", "pt", "gh", "in", "in", "it", "cn", "pl", "nl", "nl", "sy"]

STREETS_NL = _entries(
    "Kerkstraat, Dorpsstraat, Burgemeester van Roijensingel, Lange Nieuwstraat, Achter de Kerk, Oudegracht, "
    "Dokter Zamenhofstraat, Laan van Meerdervoort, Prins Hendrikkade, Tweede Jan Steenstraat, Hoofdweg Oost, "
    "'s-Gravendijkwal, Zuid-Willemsvaart, Van Heemstraweg, Sint Annastraat, Eerste Helmersstraat, Molenweg, "
    "Stationsplein, Het Rond, Koningin Julianalaan, Ds. Kuypersingel, Graaf Florisstraat, Oranjeboomstraat, "
    "Korte Putstraat, Nieuwe Binnenweg, Generaal Foulkesweg, Mr. P.J. Troelstraweg, Jonkheer de Jongestraat, "
    "Esdoornlaan, Vlasakker, De Kempenaerstraat, Boerhaavelaan, Pastoor van Arskerkstraat, Marktveld"
)
STREETS_BE = _entries(
    "Kortrijksesteenweg, Meir, Brusselsesteenweg, Sint-Pietersnieuwstraat, Oude Baan, Grote Markt, "
    "Koning Albertlaan, Rue de la Station, Avenue Louise, Diestsevest"
)
STREETS_DE = _entries("Hauptstraße, Am Mühlenbach, Kölner Straße, Lindenallee, Bahnhofstr., Zur Alten Ziegelei")
TOWNS_BE = _entries("2000 Antwerpen, 9000 Gent, 3500 Hasselt, 8500 Kortrijk, 1050 Elsene, 3000 Leuven")
TOWNS_DE = _entries("Aachen, Kleve, Düsseldorf, Emmerich am Rhein, Münster, Goch")

MAIL_HOSTS = _entries(
    "gmail.com, hotmail.com, ziggo.nl, kpnmail.nl, outlook.com, live.nl, planet.nl, xs4all.nl, icloud.com, "
    "hetnet.nl, telenet.be, yahoo.com, proton.me, web.de, zeelandnet.nl, home.nl"
)
MAIL_HOSTS_EN = _entries("gmail.com, outlook.com, icloud.com, yahoo.co.uk, btinternet.com, hotmail.co.uk, me.com")

AREA_CODES = _entries(
    "010, 020, 030, 040, 050, 070, 071, 073, 076, 0113, 0174, 0229, 0318, 0344, 0478, 0492, 0512, 0546, 0575, 0592"
)

# country code, how a national number is written after it (9 = a digit)
ABROAD = {
    "be": ["+32 4## ## ## ##", "0032 4##/##.##.##", "04## ## ## ##"],
    "de": ["+49 151 #### ####", "+49 (0)2821 ######", "0049 172 ######"],
    "uk": ["+44 7### ######", "+44 (0)20 #### ####", "07### ### ###"],
    "fr": ["+33 6 ## ## ## ##", "+33 (0)7 ## ## ## ##"],
    "pl": ["+48 5## ### ###"],
    "tr": ["+90 5## ### ## ##"],
    "es": ["+34 6## ## ## ##"],
}

# bank codes with the length of the bank part and the account part
NL_BANKS = _entries("ABNA, RABO, INGB, SNSB, TRIO, ASNB, KNAB, BUNQ, RBRB, FVLB")
DE_BANKS = _entries("37040044, 50010517, 10020030, 70150000, 35850000")
BE_BANKS = _entries("001, 068, 734, 363, 979")
FR_BANKS = _entries("30004 00823, 20041 01005, 30003 03620, 10278 06041")
