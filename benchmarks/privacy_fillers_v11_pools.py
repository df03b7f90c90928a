"""Pools of the `test_v11` split: first names, surnames, streets and places that no earlier split's pools hold (only
those pools' values were compared, never the redaction rules), and the mail domains and banks customers use.

Written by someone who never saw the redaction rules. The people are those a Dutch and Flemish contact centre
hears, by region and by background: Dutch names from everywhere, Frisian (Eeltsje Hylkema, Rixt Sjaarda),
Limburg (Sjeng Quaedvlieg, Wiel Ubachs), Brabant (Driek van Kilsdonk, Sjaan Hurkmans), Caribbean Dutch from
Curaçao, Aruba and Bonaire (Jurensley Statia, Yuraima Croes), Indonesian Dutch and Moluccan (Yopie Tahapary,
Elsye Pattipeilohy, Tjaly Oei), Flemish, and expats' names for the English frames; baptismal names as notaries
and bailiffs write them in full; children's names; the agents' own first names. Streets are Frisian-language
village streets, Limburg and Brabant streets, ordinary Dutch ones, Flemish ones, Curaçao 'Kaya' streets and a few
British ones."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _words(text: str) -> list[str]:
    return text.split()


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


POOLS["test_v11"] = {
    "first": _words(
        "Marco Richard Stefan Arjan Edwin Tineke Henny Gerard Frits Maud Elin Jeffrey Patricia Jacqueline "
        "Boudewijn Hugo Anton Esmee Ilse-Marie Rosalie Jorinde Gieneke Olaf Tamara Hidde-Jan Lonneke Nadine "
        "Gertjan Ferdi Alwin Ivo Sieb Fleur-Anne Dirk-Jan Marlies Rozemarijn Frederique Joyce Yasmin Jurre "
        "Sanneke Grietje Jantje Fenneke Janine Melanie Caroline Rachelle Wieteke Joëlle Kiki Babette Thom Bjorn "
        "Dion Silvan Dewy Mart Jorn Vera"
    ),
    "surname": _bars(
        "Willemsen|Boer|Driessen|Laan|Vermeer|Keizer|Mulders|Ruiter|Hermsen|Kooiman|de Ruijter|Rijnders|Sloot|"
        "Otten|van Veen|Bijl|van Wieringen|Stolk|Groenendijk|van Zuilen|Spijkerman|Korving|Brugman|Verwey|Kuijt|"
        "Hilhorst|Roest|Broekhuizen|Boschman|Hakkert|van der Zwan|Splinter|Kleefman|Plomp|Hulsman|ter Horst|"
        "Rijkens|Grootveld|Sprenger|van Hattem|Boekhout|Kolk|van Tilburg|Berkhout|de Greef|Meijering|Maas"
    ),
    "first_fy": _words(
        "Eeltsje Sytske Fokje Teake Oene Lolkje Tsjitske Bauke Fetse Marten Hiltsje Rients Willemke Pieternel "
        "Ype Wobbe Haije Minke Renske Folkert Anne-Jan Grytsje Doede Jetze Ulbe Sjirk Lieuwe Rinze Popke Jisk "
        "Janke Tsjalle Abe Rixt Wypkje"
    ),
    "surname_fy": _bars(
        "Hylkema|Wielenga|Miedema|Nauta|Fokkema|Procee|Sybesma|Stienstra|Elzinga|Tjalsma|Yntema|Sipma|Hofstra|"
        "Hoogterp|Koopal|Leistra|Meinsma|Nijholt|Pietersma|Rinsma|Scheltema|Sjaarda|Talsma|Adema|Banga|Fennema|"
        "Gorter|Haisma|Idema|Jaarsma|Okkema|Roorda|Schaafsma|Tamminga|van der Ploeg|de Vries-Roorda|Wijma|"
        "Zandstra|Dykstra|Hellinga|Oenema|Brouwer-Talsma|Sieswerda|Wouda"
    ),
    "first_li": _words(
        "Twan Lei Wiel Thei Jacq Ger Mia Bèr Sraar Lambert Mariëlle Hub Roger Jean-Pierre Sandrine Guido Pascal "
        "Nicky Raymond Loek Mayke Brigitte Jeanine Sjeng Math Zef Miriam Dionne Marie-José Ludo Wendel"
    ),
    "surname_li": _bars(
        "Vluggen|Schreurs|Wetzels|Jongen|Ramakers|Frissen|Schijns|Crombag|Debije|Quaedvlieg|Ubachs|Pinckaers|"
        "Pelzer|Steijns|Vaessen|Nijsten|Lardinois|Coumans|Habets|Hendrikx|Kerckhoffs|Maessen|Meertens|Ruijters|"
        "Senden|Bours|Dohmen|Eurlings|Penders|Loontjens|Dirix|Offermans|Schoenmaekers|Gulikers|Brouns|Creemers|"
        "Hanssen|Kleijnen|Mulkens|Notermans|Ramaekers|Smeets-Vaessen|Thewissen|Vrancken|Zinzen|Heuts|Merx|Clerx|"
        "Dautzenberg|Ortmans|Paffen|Raedts|Soons|Tilmans|Vankan|Xhonneux|Spronck"
    ),
    "first_bb": _words(
        "Harrie Driek Sjaan Tinus Rinie Marja Adrie Piet Mientje Lianne Anja Jeanne Rini Mariet Ton Bertje Nol "
        "Door Trees Jo-Anne Hendrik-Jan Leontien Mies Netty Dré Rien Mari Grad Gonny Tonnie Miek Betsie Nettie"
    ),
    "surname_bb": _bars(
        "van Gerwen|Swinkels|van Kilsdonk|Hurkmans|van Rooy|van Asseldonk|van Erp|Prinsen|Cuijpers|Loonen|"
        "van der Sanden|Panhuizen|Rovers|Schoenmakers|van Schijndel|Heerkens|de Laat|Raaijmakers|Verbakel|"
        "van Dommelen|Biemans|Lathouwers|van Kemenade|Mutsaers|Leijten|van Hout|Vugts|Wagemakers|Vromans|"
        "van Bussel|Brekelmans|van Boxtel|Kuijten|van Bakel|Gevers|Beerens|van Mierlo|van Lith|Bierens|"
        "van Grinsven|Donkers|van Vugt|Langenhuizen|Kolen|Timmers|van Hemert|Sterken|van Esch|van Gestel|"
        "Couwenberg|van de Wiel|van Zon|Ketelaars|Bekkers|Hoeks-Verbakel"
    ),
    "first_cw": _words(
        "Jurensley Giandro Rudsel Sherwienne Jeanelly Dorothy Jearlyn Nasha Gilmar Reginald Yuraima Curtley "
        "Shenella Jurick Elvira Yelitza Gregory Edsel Ludwina Jairo Shudaira Richienel Gianni Rosmery Jeffrey-Lee "
        "Zulaika Jamiro Kishandra Roëlly Jurmen Urvin Shadira Natisha"
    ),
    "surname_cw": _bars(
        "Statia|Maduro|Croes|Wernet|Kock|Wever|Koolman|Silberie|Arends|Geerman|Lasten|Oduber|Thijsen|Winklaar|"
        "Pietersz|Bernabela|Girigoria|Semeleer|Eman|Henriquez|Dijkhoff|Fecunda|Constancia|Marchena|Victorina|"
        "Ersilia|Rojer|Coffie|Leito|Francisca|Ignacio|Sillé|Brion|Evertsz|Jansen-Statia|Tjon-A-Tsien|Goilo|Martis"
    ),
    "first_id": _words(
        "Yopie Wempie Elsye Tjaly Bobby Nus Semuel Jopie Hetty Nelly Jacky Ronny Djoeke Lientje Marcella Frieda "
        "Desiree Rudy Santi Wati Budi Agus Eddy Tjalie Nonnie Leonie Jeanette Irma Jocelyn Rinus Hanny Enny Wiek"
    ),
    "surname_id": _bars(
        "Tahapary|Latuheru|Pattipeilohy|Manuhutu|Lekatompessy|Sopacua|Siahaya|Tuanakotta|Huwae|Nanlohy|"
        "Ririmasse|Pelupessy|Leatemia|Matulessy|Tupamahu|Pattinama|Sapulette|Oei|Tjoa|Thung|Kho|Han|"
        "van der Kroft|Ament|Buitendijk|Klopper|Soeterik|Hehanussa|Tehupeiory|Pesulima|Risakotta|Tomasoa|Kakiay|"
        "Uneputty|Hukom|Lokollo|Lilipaly|Tanamal|Kaihatu|Nikijuluw|Tutuarima|Lewerissa|Loppies|Rehatta|Souisa|"
        "Siwabessy|de Fretes|Rugebregt|Manusama|Tjiook|Liong|Djie|Kwik|Nio|Tjia|Gouw"
    ),
    "first_be": _words(
        "Toon-Jan Annelien Sofie-Lien Koenraad Thibault Hannelore Emma-Lou Kristof Joris-Jan Ruth-Ann Wies Nore "
        "Jasper-Jan Lies-Ann Hendrik Gust"
    ),
    "surname_be": _bars(
        "Geeraerts|Callewaert|Bogaert|Aerts|Vandamme|Huygens|Deprez|Declerck|Vanneste|Verhelst|Maertens|Devos|"
        "Lambrechts|Michiels|Van Roy|Van den Bossche|Van Hove|Van Gucht|Decock|Baert|Van Laere|De Bock|Van Looy|"
        "Nys|Geens|Sels|Bastiaens|Van Dessel|Peetermans|Schepens|Haesaerts|Deceuninck|Vandewalle|Van der Veken"
    ),
    "first_en": _words(
        "Tegan Lewis Deepa Luca Giorgio Andrea Renata Irina Dmitri Imelda Brendan Bartholomew Wilhelmina "
        "Anouska Tariq Paolo Stavros Nikos Carys Iwan Tomos Henrik"
    ),
    "surname_en": _bars(
        "Buckley|Quinn|Morgan|Price|Griffiths|Townsend|Andersson|Novak|Horvat|Fischer|Dubois|Lefebvre|Santos|"
        "McLaughlin|Gallacher|Cunningham|Montgomery|Fairbairn|Prosser|Rhodes|Ramsay|Haldane|Hashimoto|Moretti|"
        "Greco|Papadopoulos|Lindberg|Jensen|Kaminski|Dimitrov|Vasquez|Ortega"
    ),
    # the names notaries, bailiffs and registers write in full ('Hendrikus Johannes Maria')
    "baptismal_m": _words(
        "Johannes Hendrikus Wilhelmus Petrus Antonius Theodorus Gerardus Franciscus Adrianus Martinus Jacobus "
        "Lambertus Josephus Henricus Leonardus Everardus Godefridus"
    ),
    "baptismal_f": _words(
        "Johanna Wilhelmina Petronella Antonia Adriana Hendrika Catharina Elisabeth Theodora Cornelia Gertruda "
        "Helena Hubertina Anna Christina Josephina Louisa"
    ),
    "child": _words(
        "Jinthe Lotje Fedde Tygo Sepp Sytse Wytse Ise Fimke Lútsen Jildau Loïs Liva Boaz Faas Teije Siem Mick "
        "Nynke Noé Olijn"
    ),
    "staff": _words("Nadia-Lynn Brenda Kelly Mandy Cindy Sharon-Lee Dunya Yasmina Soufian Naoual Özlem"),
    "street_nl": _bars(
        "Parkweg|Ruijsdaelstraat|Beatrixlaan|Rembrandtlaan|Meidoornlaan|Rozenstraat|Tulpstraat|Dahliastraat|"
        "Goudsbloemstraat|Vlinderstraat|Zwaluwstraat|Mezenlaan|Spechtstraat|Roerdompstraat|Reigerstraat|"
        "Waterhoenstraat|Plevierenlaan|Bongerd|Bleekveld|Wilgenhof|Rietkraag|Oeverzegge|Lisdodde|Waterlelie|"
        "Eendenkroos|Fluitekruid|Bosanemoon|Hyacinthlaan|Sterappel|Wederikstraat|Brugstraat|Havenstraat|"
        "Dijkstraat|Polderweg|Sluiskade|Vissersstraat|Schippersgracht|Zeemanstraat|Ankerplaats|Bootsmanstraat|"
        "Bolwerk|Vestingwal|Poortstraat|Gildestraat|Weversstraat|Kuipersweg|Touwslagersbaan|Bierkade|Kaasmarkt|"
        "Turfmarkt|Koemarkt|Boterstraat|Pottenbakkerstraat"
    ),
    "street_fy": _bars(
        "Tsjerkebuorren|Skoallestrjitte|De Pôlle|It Heech|Feart|Wjukken|Mûnewei|Hegebrechsterwei|Alde Dyk|Sânwei|"
        "Noarderdyk|Súderein|Kommisjewei|Eastein|Westein|Leechlân|Fugelsang|Pôllewei|Greidpôle|Skipsleat|"
        "Bûtenhôf|Pastorijewei|Gysbert Japiksstrjitte|Harlingerstraatweg|Oostergrachtswal|Groot Zand|Voorstreek"
    ),
    "street_li": _bars(
        "Rijksweg Noord|Grachtstraat|Kloosterwal|Bokstraat|Heerstraat|Kapelkesstraat|Hoogveldweg|Oude Kerkstraat|"
        "Kerkraderweg|Akerstraat|Bergerweg|Boschstraat|Brusselsestraat|Kapoenstraat|Stokstraat|Hoogbrugstraat|"
        "Wolfstraat|Rechtstraat|Wycker Brugstraat|Sint Pieterstraat|Limbricherweg|Heirstraat|Kaalheidersteenweg|"
        "Hommerterweg|Geverikerstraat|Cauberg|Plenkertstraat|Holstraat|Vijlenerweg|Schaesbergerweg|Einderstraat"
    ),
    "street_bb": _bars(
        "Kerkendijk|Heuvel|Vaart|Akkerstraat|Deken van Somerenstraat|Lambertusstraat|Peelstraat|Molenakker|"
        "Kempenlandstraat|Mgr. Zwijsenstraat|Bisschopsmolenstraat|Heuvelstraat|Hintham|Vughterweg|Orthenseweg|"
        "Kruisstraat|Korvelseweg|Piushaven|Hasseltstraat|Udenseweg|Rechtestraat|Meierijstraat|Leenderweg|"
        "Sint Janssingel|Koudenhovenseweg|Eikendonk|Peperstraat|Oranjeboomstraat"
    ),
    "street_be": _bars(
        "Ringlaan|Steenweg op Gierle|Brugsesteenweg|Leopoldlaan|Sint-Amandsstraat|Vlamingstraat|Ezelstraat|"
        "Langestraat|Zuidstraat|Kasteelstraat|Bosstraat|Vijverstraat|Weverstraat|Kouter"
    ),
    "street_cw": _bars(
        "Kaya Flamboyan|Kaya Kayena|Kaya Grandi|Kaya Gob. N. Debrot|Kaya Pos Abou|Kaya Kaboko|Kaya Indjan|"
        "Kaya Pareba|Kaya Seru Grandi|Kaya Wayaká|Kaya Watapana|Kaya Palu di Lechi|Kaya Tabaku|Caya Frans Figaroa"
    ),
    "street_en": _bars(
        "Lancaster Gardens|Cromwell Terrace|Thistle Way|Heather Close|Gorse Lane|Bracken Road|Harbour View|"
        "Ferry Lane|Tannery Row|Granary Court|Ropewalk|Wharf Road|Lock Keepers Way|Willow Bank|Osprey Close"
    ),
    "city_fy": _words(
        "Workum Grou Wolvega Burgum Buitenpost Lemmer Balk Makkum Oosterwolde Gorredijk Akkrum Dronrijp Stiens "
        "Kollum Surhuisterveen Hindeloopen IJlst Wommels Koudum Garyp"
    ),
    "city_li": _words(
        "Vaals Landgraaf Gulpen Meerssen Stein Schinnen Nuth Simpelveld Eijsden Panningen Tegelen Roggel Thorn "
        "Susteren Elsloo Margraten Voerendaal Hoensbroek"
    ),
    "city_bb": _words(
        "Schijndel Goirle Zundert Gemert Someren Asten Mierlo Heeze Eersel Bladel Reusel Hilvarenbeek Moergestel "
        "Berlicum Heesch Nistelrode Boekel Vlijmen Heusden Geertruidenberg"
    ),
    "city_nl": _words(
        "Enkhuizen Leek Zaandam Hoorn Purmerend Gouda Dordrecht Gorinchem Kampen Zutphen Doetinchem Winterswijk "
        "Tiel Culemborg Veenendaal Lelystad Emmeloord Meppel Hoogeveen Winschoten Goes Zierikzee Oldenzaal Woerden"
    ),
    "city_be": _words("Oostende Vilvoorde Beveren Temse Roeselare Waregem Ninove Lokeren Herentals Tongeren Maaseik"),
    # the free mailers and old provider addresses Dutch customers still have
    "domain": _words(
        "gmail.com gmail.com gmail.com gmail.com hotmail.com hotmail.com hotmail.com outlook.com outlook.com "
        "live.nl ziggo.nl ziggo.nl kpnmail.nl kpnmail.nl icloud.com hotmail.nl upcmail.nl chello.nl tele2.nl "
        "onsmail.nl filternet.nl lijbrandt.nl caiway.net concepts.nl solcon.nl quicknet.nl"
    ),
    "domain_be": _words("telenet.be telenet.be hotmail.be proximus.be chello.be outlook.be"),
    "domain_en": _words("gmail.com outlook.com sky.com virginmedia.com eircom.net gmx.de t-online.de orange.fr"),
    # employers in e-mail signatures, by sector; a person's address at them is still theirs
    "work_notary": _words("hofstra-notarissen.nl notariaat-heuvelland.nl peelland-notarissen.nl"),
    "work_claims": _words("expertisebureau-vrancken.nl schadeherstel-friesland.nl schade-expertise-noord.nl"),
    "work_housing": _words("woonstichting-dekempen.nl woonbron-heuvelland.nl wooncorporatie-waddenland.nl"),
    "work_office": _words(
        "mkbadvies-limburg.nl transportvaneerd.nl zorgcentrum-hetbaken.nl bouwbedrijf-dekempen.nl "
        "gerechtsdeurwaarders-zuid.nl"
    ),
    "bank": _words(
        "RABO RABO RABO RABO INGB INGB INGB INGB ABNA ABNA ABNA SNSB SNSB ASNB RBRB TRIO BUNQ KNAB NNBA FVLB"
    ),
}

# first names of women and girls in the pools above, so a template can say 'd'r', 'she' or 'tante'
FEMALE = set(
    _words(
        "Tineke Henny Maud Elin Patricia Jacqueline Esmee Ilse-Marie Rosalie Jorinde Gieneke Tamara Lonneke "
        "Nadine Fleur-Anne Marlies Rozemarijn Frederique Joyce Yasmin Sanneke Grietje Fenneke Janine Melanie "
        "Caroline Rachelle Wieteke Joëlle Kiki Babette Vera Sytske Fokje Lolkje Tsjitske Hiltsje Willemke "
        "Pieternel Minke Renske Grytsje Janke Rixt Wypkje Mia Mariëlle Sandrine Nicky Mayke Brigitte Jeanine "
        "Miriam Dionne Marie-José Sjaan Marja Mientje Lianne Anja Jeanne Rini Mariet Door Trees Jo-Anne "
        "Leontien Mies Netty Gonny Miek Betsie Nettie Bertje Sherwienne Jeanelly Dorothy Jearlyn Nasha Yuraima "
        "Shenella Elvira Yelitza Ludwina Shudaira Rosmery Zulaika Kishandra Roëlly Shadira Natisha Elsye Hetty "
        "Nelly Djoeke Lientje Marcella Frieda Desiree Santi Wati Nonnie Leonie Jeanette Irma Jocelyn Hanny Enny "
        "Wiek Annelien Sofie-Lien Hannelore Emma-Lou Ruth-Ann Wies Nore Lies-Ann Tegan Deepa Andrea Renata Irina "
        "Imelda Wilhelmina Anouska Carys Jinthe Lotje Fimke Jildau Loïs Liva Nynke Ise Olijn Nadia-Lynn Brenda "
        "Kelly Mandy Cindy Sharon-Lee Dunya Yasmina Naoual Özlem"
    )
)
