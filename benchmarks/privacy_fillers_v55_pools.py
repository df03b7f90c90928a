"""Name, street, domain and bank pools of the held-out split test_v55 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


POOLS["test_v55"] = {
    # Zeeland, Frisian, Limburg, Brabant, Flemish, Walloon, Luxembourgish, Berber, Turkish, Egyptian, Somali,
    # Ethiopian, Cameroonian, Latin American, South Asian, Korean, Mongolian, Baltic, Slovak, Czech, Serbian.
    "first": _split(
        "Kornelis, Adriaantje, Marinus, Leuntje, Durk, Sjoukje, Wybren, Hylke, Griet, Mathieu, Roel, Netty, "
        "Gijsbert, Marjolein, Jeroen, Femke, Wietske, Stijn, Lieselot, Wouter, Kobe, Lotte-Marie, Anke, "
        "Amélie, Benoît, Ghislaine, Jean-Luc, Mireille, Gilles, Jos, Jhang, Tun, Marie-Josée, Itri, Tilelli, "
        "Massinissa, Houda, Ilham, Aksel, Zeynep, Burak, Oğuzhan, Elif, Mostafa, Nourhan, Amr, Hodan, "
        "Abdirahman, Faadumo, Mekdes, Tesfaye, Almaz, Ngozi, Brice, Estelle, João, Thaís, Rodrigo, Valentina, "
        "Yeferson, Daniela, Catalina, Ignacio, Bilal, Sana, Tanvir, Nusrat, Tharindu, Nirosha, Ji-woo, "
        "Seo-yeon, Bolormaa, Temuulen, Kadri, Rasmus, Ilze, Jānis, Zuzana, Matej, Tereza, Ondřej, Milica, Dragan"
    ),
    "surname": _split(
        "Verhulst, de Kam, Goedegebure, Kodde, van Nieuwenhuijzen, Bosma, Hettinga, Tjeerdsma, de Haan, "
        "Hermans, Vroemen, Janssen-Coenen, van Gorp, Vermeulen, Claes, De Smet, Van Damme, Wouters, "
        "Lejeune, Dubois, Lambert, Fontaine, Schmit, Hoffmann, Weber, Muller, Aït Ouali, Oukassou, "
        "Ait Belkacem, Boutaleb, Şahin, Koç, Arslan, Abdelrahman, El-Sayed, Mansour, Warsame, Farah, Gebremedhin, "
        "Tadesse, Mbarga, Nkoulou, Fotso, dos Santos, Oliveira, Pereira da Silva, Restrepo, Guzmán, Pérez, "
        "Araya, Muñoz, Chaudhry, Qureshi, Rahman, Hossain, Perera, Jayasinghe, Kim, Park, Batbayar, Gantulga, "
        "Tamm, Saar, Bērziņš, Ozola, Horváthová, Novák, Dvořáková, Jovanović, Petrović, van der Wiel"
    ),
    "street": _split(
        "Lange Delft, Noordweg, Kousteensedijk, Nieuwe Haven, Spuikade, Tolhuisweg, Buikslotermeerplein, "
        "Van der Pekstraat, Kamperfoeliestraat, Akerstraat, Valkenburgerweg, Geleenstraat, Heuvelring, "
        "Piusstraat, Korvelseweg, Ringbaan-West, Hoogend, Grote Sint Jansstraat, Wirdumerdijk, Tuinen, "
        "Harlingerstraatweg, Breedstraat, Blauwe Hand, Oranjelaan, Dokter Nolenslaan, Hertog Janplein"
    ),
    "street_be": _split(
        "Kortrijksesteenweg, Turnhoutsebaan, Brusselsestraat, Sint-Pietersnieuwstraat, Rue de Fragnée, "
        "Chaussée de Louvain, Rue Saint-Gilles, Avenue de la Libération, Grand-Rue, Route d'Arlon"
    ),
    "street_en": _split("Abbey Road, Foxhall Lane, Sandringham Way, Kestrel Close, Riverside Walk"),
    "domain": _split(
        "zeelandnet.nl, hetnet.nl, chello.nl, kpnplanet.nl, gmail.com, outlook.be, skynet.be, telenet.be, "
        "proximus.be, pt.lu, post.lu, hotmail.fr, yahoo.com.br, naver.com, mail.ru, seznam.cz, azet.sk, "
        "inbox.lv, hot.ee, protonmail.ch, live.com, icloud.com"
    ),
    "bank": _split("RABO, INGB, ABNA, SNSB, ASNB, BUNQ, TRIO, KNAB, RBRB, NNBA, HAND, REVO"),
}
