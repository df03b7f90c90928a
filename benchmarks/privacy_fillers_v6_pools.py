"""Pools for the `test_v6` split of the privacy corpus: first names and surnames of many origins (keyed by origin),
streets, cities, mail domains and banks that no earlier split's pools hold."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS

ORIGINS = "nl fy be tr ma sr aw pl ro bg sy er so cn vn in gh ng gb ie us".split()
ORIGINS_EN = "gb ie us in gh ng cn pl ro bg".split()  # names a caller writing English plausibly has


def _split(text: str) -> list[str]:
    return text.split("|")


POOLS["test_v6"] = {
    "first_nl": _split(
        "Gijsbert|Noortje|Jelmer|Lodewijk|Gerjan|Suzanne|Hendrikje|Annelot|Jacoba|Hubertus|Roeland|"
        "Geertruida|Liesbeth|Ewout|Gerdien|Menno|Huib|Aafke|Cornelis|Janneke|Dorien|Egbert"
    ),
    "first_fy": _split(
        "Wytske|Tsjerk|Sjoukje|Fokke|Geartsje|Oebele|Tetje|Sybren|Jitske|Wybren|Froukje|Eelco|Sietske|Durk"
    ),
    "first_be": _split("Lieven|Veerle|Lien|Mieke|Jozefien|Wim-Jan|Korneel|Sofie-Anne|Gilles"),
    "first_tr": _split("Oğuz|Merve|Serdar|Gülsüm|Kadir|Nurcan|Ferhat|Sibel|Şeyma|Cengiz"),
    "first_ma": _split("Nora|Driss|Mimoun|Rachida|Abdelkader|Tarik|Mohammed-Amine"),
    "first_sr": _split(
        "Winston|Ruthmila|Romeo|Hortence|Ravi|Nirmala|Sutinah|Wagiran|Shanice|Dewkoemarie|Radjesh|Sharda|"
        "Soemini|Ivanildo|Jermaine"
    ),
    "first_aw": _split("Shurandy|Giandra|Rignald|Xiomara|Churandy|Yaritza|Jurrick|Migdalia|Dyonne|Ruthsela"),
    "first_pl": _split("Marcin|Grzegorz|Justyna|Paulina|Sławomir"),
    "first_ro": _split("Andrei|Bogdan|Cristina|Florin|Roxana|Ionuț|Mădălina|Vasile"),
    "first_bg": _split("Georgi|Desislava|Dimitar|Tsvetelina|Stoyan|Radostina|Kalina|Boyan"),
    "first_sy": _split("Rami|Lina|Khaled|Rasha|Mahmoud|Hiba|Yazan|Ghaith|Nour-Alhuda"),
    "first_er": _split("Yonas|Senait|Tesfay|Selam|Filmon|Ruta|Mebrahtu|Semhar|Habtom"),
    "first_so": _split("Abdirahman|Hodan|Ayaan|Mohamud|Ubah|Liban|Sahra|Khadar|Idil"),
    "first_cn": _split("Xiaoyan|Jun|Meiling|Hao|Zhiwei|Yuting|Guoqiang|Shuang"),
    "first_vn": _split("Hoa|Tuan|Quynh|Duc|Phuong|Trung|Ngoc Anh"),
    "first_in": _split("Kavya|Srinivas|Harpreet|Venkatesh|Shreya|Aditya|Meenakshi|Raghav"),
    "first_gh": _split("Akosua|Efua|Kwabena|Yaa|Kojo"),
    "first_ng": _split("Chinedu|Adaeze|Tochukwu|Funmilayo|Ifeoma|Babatunde"),
    "first_gb": _split("Alistair|Philippa|Ffion|Rupert|Gwendolyn|Clive|Tabitha|Barnaby"),
    "first_ie": _split("Padraig|Eoin|Grainne|Cathal|Sinead|Donal"),
    "first_us": _split("Cody|Brittany|Dakota|Tanner|Shelby|Jaxon|Kendra"),
    "surname_nl": _split(
        "van der Wal|van den Heuvel|ter Beek|van Rossum|op den Camp|van Kempen|Wagenaar|Overbeek|Hulshof|"
        "van Ravenstein|Knoop|de Zeeuw|Roelofsen|van Wageningen|van der Sluis|Eijkelenboom|van Asperen|"
        "van Zanten|Hagenaars|Steenbergen|Verweij|de Kok|van Beusekom"
    ),
    "surname_fy": _split(
        "Feenstra|Haitsma|Tjeerdsma|Sikkema|Rienstra|Hiemstra|Kuipers-Bouma|Hettinga|Jongsma|Westra|Osinga"
    ),
    "surname_be": _split("De Smedt|Claeys|Vandenbussche|Verbeke|Van Hoecke|Vanderlinden|Cools|Baeten"),
    "surname_tr": _split("Kurt|Erdoğan|Yıldırım|Ekinci|Tekin|Bayram"),
    "surname_ma": _split("El Khattabi|Aït Taleb|Boulahrouz|Bakhti|Amezian|Ez-Zahraoui|Taouil|Lamrani"),
    "surname_sr": _split(
        "Vyent|Sabajo|Soekhlal|Kromodikoro|Pawirodirjo|Ramsaransing|Kalka|Karsowidjojo|Sarmo|Fraenkel|Biekman|Lachmon"
    ),
    "surname_aw": _split("Martina|Pieternella|Rosaria|Isenia|Janga|Felida|Sulvaran|Girigorie|Cijntje|Koeiman"),
    "surname_pl": _split("Zielińska|Lewandowski|Kamińska|Dąbrowski|Jankowska|Pawłowski"),
    "surname_ro": _split("Ionescu|Dumitrescu|Stoica|Munteanu|Vasilescu|Ciobanu|Moldovan"),
    "surname_bg": _split("Petrov|Dimitrova|Ivanov|Georgieva|Stoyanov|Todorova|Kostadinov"),
    "surname_sy": _split("Al-Hassan|Haddad|Khoury|Al Masri|Hamdan|Darwish|Al-Khatib"),
    "surname_er": _split("Tesfamariam|Ghebremedhin|Kidane|Berhane|Haile|Woldu|Tekle"),
    "surname_so": _split("Warsame|Abdullahi|Jama|Osman|Aden|Nur|Egal"),
    "surname_cn": _split("Chen|Liu|Wong|Cheung|Huang|Zhou"),
    "surname_vn": _split("Pham|Hoang|Vu|Dang|Bui|Do"),
    "surname_in": _split("Gupta|Venkataraman|Pillai|Deshpande|Bhatt"),
    "surname_gh": _split("Appiah|Osei|Amoah|Ofori|Acheampong|Danquah"),
    "surname_ng": _split("Eze|Balogun|Adebayo|Obi|Olawale|Chukwu"),
    "surname_gb": _split("Whitmore|Fairclough|Hollins|Pickering|Thistlewood|Marsden"),
    "surname_ie": _split("Byrne|MacNamara|Kavanagh|Flanagan|Ni Bhriain|Mulcahy"),
    "surname_us": _split("Henderson|Rodriguez|Jefferson|Mitchell|Sullivan"),
    "street_nl": _split(
        "Bijlmerdreef|Gooioord|Kikkenstein|Beijerlandselaan|Dordtselaan|Groene Hilledijk|Hoefkade|"
        "Vaillantlaan|Marshalllaan|Churchilllaan|Boschdijk|Hinthamerstraat|Stratumsedijk|Mathenesserlaan|"
        "Goudsesingel|Nobelstraat|Lijsterbesstraat|Koolmeesstraat|Burgemeester Roelenweg|"
        "Prof. Kamerlingh Onneslaan|Sint Annastraat|Graaf Florisweg|Tweede Jan Steenstraat|"
        "Ds. van Dijkweg|Hertog Hendrikstraat|Reigersbos|Hogeweg|Berkenrode"
    ),
    "street_be": _split(
        "Diestsestraat|Overpoortstraat|Gentse Steenweg|Nationalestraat|Leopoldlei|Vijfwegenstraat|"
        "Kapelsestraat|Mechelsesteenweg"
    ),
    "street_en": _split(
        "Beechwood Avenue|Sycamore Close|Nelson Street|Tennyson Way|Wellington Place|Ferndale Road|"
        "Rosebery Avenue|Coniston Drive|Primrose Hill Road|Larkspur Lane|Foxglove Court"
    ),
    "uk_outward": _split("LE3|CV5|SN2|BL3|SK4|LU2|DE22|PR1|CF24|ST4|WV10|DN4"),
    "domain": _split(
        "hotmail.fr|yahoo.es|libero.it|seznam.cz|interia.pl|o2.pl|abv.bg|yahoo.ro|mail.bg|"
        "windowslive.com|hotmail.de|outlook.fr|gmx.at|freenet.de|eircom.net|yahoo.ie|kabelnoord.nl|"
        "kliksafe.nl|netscape.net|comcast.net|att.net|rediffmail.com|qq.com|163.com|wp.pl|onet.pl|"
        "yahoo.fr|yandex.com|pm.me|mailbox.org|sr.net|setarnet.aw"
    ),
    "work_domain": _split(
        "hofstra-installatietechniek.nl|kinderopvang-zonnestraal.nl|tandartspraktijk-lindenhof.nl|"
        "loodgieter-wagenaar.nl|fysio-dewaard.nl|bakkerij-knoop.nl|administratiekantoor-hulshof.nl"
    ),
    "bank": _split("ARBN|BCDM|BKMG|VOWA|DLBK|BINK|TEBU|ICBK|KRED"),
    "be_bank": _split("001|068|363|734|737|751|645|000"),
    "city_nl": _split(
        "Zoetermeer|Hoofddorp|Heerhugowaard|Capelle aan den IJssel|Spijkenisse|Hellevoetsluis|Nieuwegein|"
        "Sneek|Kerkrade|Zaltbommel|Barendrecht|Uithoorn|Papendrecht"
    ),
    "city_be": _split("Roeselare|Turnhout|Lier|Geel|Ninove|Tielt|Herentals|Bilzen"),
    "city_en": _split("Coventry|Swindon|Bolton|Stockport|Luton|Derby|Preston|Stoke-on-Trent|Wolverhampton|Doncaster"),
}
