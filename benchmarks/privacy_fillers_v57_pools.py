"""Names, streets, mail domains and banks of the held-out split test_v57 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


POOLS["test_v57"] = {
    # Dutch, Flemish, Surinamese-Javanese, Antillean, Indonesian-Dutch, Moroccan, Turkish, Syrian, Eritrean, Somali,
    # Nigerian, Ghanaian, Chinese, Vietnamese, Filipino, Indian, Romanian, Bulgarian, Polish, Russian, German,
    # French, Italian and Irish given names.
    "first": _split(
        "Gijs, Marieke, Wouter, Femke, Jeroen, Lieke, Stijn, Harmke, Wout, Griet, Jens, Elke, Sukarni, Wagiman, "
        "Sriyati, Parmin, Shurandy, Jurgen, Rubiela, Shanella, Ferry, Wanda, Bilal, Hanane, Zakaria, Loubna, "
        "Tuğba, Burak, Elif, Oğuz, Rami, Lama, Yaman, Selam, Tesfay, Yonas, Abdirahman, Hodan, Faadumo, Chidi, "
        "Ngozi, Oluwaseun, Kwame, Akosua, Kofi, Xiaoling, Wei, Thanh, Huong, Minh, Maricel, Jericho, Arjun, "
        "Deepika, Sanjay, Ioana, Florin, Desislava, Georgi, Wojciech, Małgorzata, Yulia, Dmitri, Jürgen, "
        "Ulrike, Amélie, Théo, Giulia, Matteo, Siobhán, Ciarán, Niamh, Gerdien, Hendrikus, Truus, Ans"
    ),
    "surname": _split(
        "Brinkman, van Leeuwen, de Wit, Koopmans, van der Meulen, Vermeulen, Scholten, van Rijn, Claes, Janssens, "
        "De Smet, Vandenbroucke, Kromodimedjo, Pawirodikromo, Setrowidjojo, Sarmo, Isenia, Winklaar, Coffie, "
        "Tahitu, Latumahina, Pattiwael, Azzouzi, Chaouch, El Haddaoui, Boukhari, Şahin, Arslan, Doğan, Korkmaz, "
        "Al-Khatib, Haddad, Darwish, Tesfamariam, Ghebremedhin, Habte, Warsame, Abdullahi, Adeyemi, Okonkwo, "
        "Mensah, Owusu, Asante, Zhang, Chen, Nguyen, Tran, Pham, dela Cruz, Bautista, Iyer, Reddy, Chatterjee, "
        "Popescu, Ionescu, Petrova, Dimitrov, Wróbel, Kamińska, Smirnova, Volkov, Schäfer, Hoffmann, Lefèvre, "
        "Moreau, Ricci, Esposito, O'Sullivan, Byrne, MacNamara, van Ommen, ten Hove, van der Kamp, Boersma"
    ),
    "initials": _split("G., M.J., W., F.A., H.W.M., S., T.K., A., J.P., E., C.M.A., R., Y., K.B."),
    "street_nl": _split(
        "Bijlmerdreef, Karspeldreef, Hoogoord, Ganzenhoef, Hoefkade, Vaillantlaan, Jacob Catsstraat, "
        "Van Ostadestraat, Columbuslaan, Marshalllaan, Churchilllaan, Assendorperstraat, Diezerstraat, "
        "Angelsloërdijk, Emmalaan, Van Hogendorplaan, Hoflaan, Westhavenkade, Dr. Wiardi Beckmanlaan, "
        "Kamperstraat, Weerdingerstraat, Lijsterbeslaan, Oranjeboomstraat, Kanaalweg"
    ),
    "street_be": _split("Naamsestraat, Bondgenotenlaan, Tiensestraat, Chaussée de Wavre, Rue Haute, Diestsesteenweg"),
    "street_en": _split("Seafield Road, Fernbank Close, Gladstone Terrace, Albany Crescent, Rathmines Road"),
    "domain": _split(
        "telfort.nl, hetnet.nl, casema.nl, caiway.nl, zeelandnet.nl, skynet.be, telenet.be, gmx.de, web.de, "
        "yahoo.fr, libero.it, eircom.net, wp.pl, mail.ru, qq.com, hotmail.be, proton.me, outlook.de"
    ),
    "bank": _split("RBRB, FVLB, HAND, NNBA, ASNB, SNSB, TRIO, KNAB, BUNQ, INGB, RABO, ABNA"),
}
