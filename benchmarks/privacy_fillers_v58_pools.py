"""Name, street, domain and bank pools of the held-out split test_v58 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _list(text: str) -> list[str]:
    return [item.strip() for item in text.split("/") if item.strip()]


POOLS["test_v58"] = {
    # Katwijk, Spakenburg, Staphorst, Limburg, Flemish, Surinamese, Antillean, Rif, Turkish, Kurdish, Iraqi,
    # Somali, Eritrean, Ethiopian, Egyptian, Nigerian, Ghanaian, Cameroonian, Tamil, Telugu, Pakistani,
    # Cantonese, Vietnamese, Indonesian, Polish, Lithuanian, Bulgarian, Romanian, Hungarian, Greek,
    # Portuguese, Brazilian and British given names.
    "first": _list(
        "Arie / Teuntje / Gerrit / Jantje / Hendrikje / Roelof / Albertdina / Harm-Jan / Lambèr / Sjra / "
        "Mariëlle / Thijmen / Wendeline / Kobe / Lowie / Fien / Jozefien / Warre / Marieke / Ruben / "
        "Shaquille / Rosita / Dinesh / Anjali / Roshni / Jurmaine / Shurandy / Giovanni / Quincy / Ghislaine / "
        "Abdelhak / Mimoun / Hafsa / Ikram / Ziyad / Zeynep / Burak / Elif / Mert / Rojda / Berfin / Dilan / "
        "Haider / Zainab / Mustafa / Hodan / Abdirahman / Ifrah / Yonas / Senait / Tesfaye / Meron / Abebe / "
        "Mahmoud / Nourhan / Chinedu / Ngozi / Oluwaseun / Kwabena / Akosua / Nana Yaw / Brice / Ornella / "
        "Murugan / Kalaivani / Srinivas / Lakshmi / Bilal / Sana / Ka Wai / Siu Ling / Thanh Huong / Duc Anh / "
        "Wulan / Bayu / Małgorzata / Grzegorz / Rūta / Mindaugas / Tsvetelina / Dimitar / Ionela / Bogdan / "
        "Zsófia / Levente / Eleni / Giorgos / João / Inês / Thaís / Rodrigo / Siobhan / Gareth / Nigel / Fiona"
    ),
    "child": _list(
        "Jorn / Sanna / Tess / Gijs / Noé / Wout / Lieke / Mats / Ayoub / Selin / Rayan / Amani / Elin / "
        "Kenji / Mirthe / Ilyas / Lotus / Zayd / Nora-Lynn / Sverre"
    ),
    "surname": _list(
        "van der Plas / Haasnoot / Ouwehand / van Duijn / Schuitemaker / Hartog / Koelewijn / Kok / Bokhorst / "
        "Mulder-Brinkman / Huls / Lubbers / Dunnewind / Kremers / Rutten / Frijns / Janssen-Kurvers / Vliegen / "
        "Keijzer / Zeeman / Verbraeken / Van Gorp / Goossens / Wuyts / De Smedt / Van Acker / Claeys / "
        "Soekhoe / Ramsaran / Nahar / Lieuw-A-Fa / Vrolijk / Croes / Maduro / Richardson / Arrindell / "
        "Bouhouch / Azarkan / Boukhari / El Bakkali / Kurt / Şahin / Arslan / Doğan / Ekinci / Bozkurt / "
        "Al-Hashimi / Jabbar / Warsame / Abdullahi / Mohamud / Tesfamariam / Gebremedhin / Haile / Bekele / "
        "Abdelrahman / El-Sayed / Okonkwo / Adeyemi / Mensah / Boateng / Owusu / Nkemdirim / Fotso / "
        "Subramaniam / Rajendran / Venkatesh / Reddy / Chaudhry / Qureshi / Chan / Leung / Tsang / Nguyen / "
        "Pham / Trần / Wibisono / Siregar / Wiśniewski / Kamińska / Jankauskas / Petrauskienė / Ivanova / "
        "Georgiev / Popescu / Dumitrescu / Nagy / Horváth / Papadopoulos / Nikolaidou / Ferreira / "
        "Carvalho / dos Santos / Oliveira / Whitaker / Pritchard / McAllister"
    ),
    "street": _list(
        "Voorstraat / Zeeweg / Badstraat / Oude Haven / Kerkstraat-Spakenburg / Gemeenteweg / Oude Rijksweg / "
        "Parade / Maasboulevard / Hoofdstraat-Terwinselen / Molenberg / Middenweg / Keizersgracht / "
        "Soestdijkerstraatweg / Marijkeweg / Noordsingel / Spoorsingel / Gagelplein / Vlinderhof / "
        "Zwanebloemlaan / Esdoornlaan / Laan der Verenigde Naties / Pastoor Kerstensstraat / Deken Nijsstraat / "
        "Kapelaan Sarislaan / Dirk Hoogenraadstraat / Eikenlaan / Brink / Slingerbos / Bernhardlaan / "
        "Tesselschadestraat / Burgemeester Hovylaan / Oranjeboomstraat / Van der Duyn van Maasdamweg"
    ),
    "street_be": _list(
        "Kerkplein / Turnhoutsebaan / Gasthuisstraat / Molsebaan / Kasteelstraat / Veldstraat / "
        "Brusselsesteenweg / Sint-Pietersnieuwstraat / Dorpsstraat / Nieuwstraat"
    ),
    "street_uk": _list("Cherry Tree Road / Ladysmith Avenue / Gorse Hill / Bramble Close / Peel Street"),
    "domain": _list(
        "gmail.com / hotmail.com / outlook.com / ziggo.nl / kpnmail.nl / live.nl / hetnet.nl / "
        "telenet.be / skynet.be / proximus.be / caiway.net / solcon.nl / zeelandnet.nl / upcmail.nl / "
        "yahoo.co.uk / icloud.com / hotmail.be / protonmail.com / setarnet.aw / sr.net"
    ),
    "bank": _list("RABO / INGB / ABNA / SNSB / ASNB / TRIO / KNAB / BUNQ / RBRB / NNBA / FVLB / HAND"),
    "bank_be": _list("001 / 068 / 143 / 310 / 363 / 735 / 973 / 063"),
}
