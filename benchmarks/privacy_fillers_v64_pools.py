"""Name, street, domain and bank pools of the held-out split test_v64 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v64"] = {
    "first": _semi(
        "Gijs; Floor; Jolien; Merel; Teun; Stijn; Roos; Sterre; Marijn; Annelies; Gerdien; Hendrikus; Wessel; "
        "Tamara; Jeroen; Ingrid; Marco; Nienke; Freek; Lieke-Marie; Pieter-Bas; Ruben; Elske; Bart; Vera; "
        "Tine; Brecht; Seppe; Lotte; Jens; Youssef; Imane; Bilal; Khadija; Mehmet; Ayşe; Hatice; Onur; Sevda; "
        "Rishi; Ashwin; Soenita; Ravi; Radjesh; Deepika; Arjun; Priyanka; Venkatesh; Lakshmi; Karthik; "
        "Brittany; Tyler; Madison; Cody; Jennifer; Brandon; Kayla; Dwayne; Thabo; Lindiwe; Sipho; Riaan; "
        "Annelie; Marthinus; Elize; Zanele; Łukasz; Małgorzata; Grzegorz; Paweł; Joanna; Krzysztof; Agata; "
        "Jürgen; Sabine; Maximilian; Ute; Dieter; Heike; Rami; Yara; Hussein; Nour; Tesfay; Senait; Mei; "
        "Jun; Thiago; Larissa; Oksana; Taras; Iryna; Dragana; Nikos; Sólveig"
    ),
    "surname": _semi(
        "van der Meer; de Jong; van den Broek; in 't Hout; van de Kamp; ter Borg; te Velde; van Leeuwen; "
        "Verhoeven; de Bruijn; van der Linden; Schipper; Kok; Bakker-van Dam; de Graaf-Koster; "
        "Mulder - van Rijn; van Rooij-Hermans; Hofstede; Kloosterman; van Wijngaarden; Blom; Stam; Wolters; "
        "Vandenbroucke; Desmet; Vermeersch; De Clercq; Van Hoeck; Müller; Schröder; Weißmann; Becker; "
        "Hoffmann; Zieliński; Wójcik; Kamińska; Lewandowski; Szymańska; Dąbrowski; Venkataraman; Iyer; Reddy; "
        "Chatterjee; Krishnamurthy; Sharma; Johnson; Miller; Rodriguez; Anderson; McAllister; Kowalski-Brown; "
        "van der Merwe; Botha; Pretorius; Nkosi; Dlamini; du Plessis; Coetzee; Benali; El Khatib; Bouhaddou; "
        "Azzouzi; Demir; Kaya; Aydın; Koç; Kartosen; Sitaldin; Tjin-A-Tsoi; Soekhoe; Kovalenko; Bondarenko; "
        "Al-Hassan; Haddad; Oliveira; dos Santos; Wang; Chen; Gebremedhin; Jovanović; Papadopoulos; van Oss"
    ),
    "street_nl": _semi(
        "Amsterdamsestraatweg; Biltstraat; Burgemeester Stramanweg; Johan de Wittlaan; Anna Paulownastraat; "
        "Vleutenseweg; Kanaalstraat; Zonnebloemstraat; Merelstraat; Lijsterbeslaan; Van Oldenbarneveltlaan; "
        "Hooftstraat; Weverstraat; Klaverveld; Esdoornlaan; Ceintuurbaan; Javastraat; Bos en Lommerweg; "
        "Herengracht; Hogewoerd; Lange Nieuwstraat; Kastanjelaan; Europalaan; Karel Doormanstraat; "
        "Prof. Kamerlingh Onneslaan; Sint Annastraat; Volkstuinpad; Haagweg; Steenweg op Gent; Kasteeldreef; "
        "Molenstraat; Tuinbouwweg; Zuidwal; Oosterparkstraat; Rijksstraatweg"
    ),
    "street_en": _semi(
        "Maple Ridge Drive; Oak Hollow Lane; Sunset Boulevard; Elm Street; Jacaranda Street; Main Road; "
        "Kloof Street; Long Street; Brigade Road; 5th Cross Road; MG Road; Hosur Road; Lexington Avenue; "
        "Pine Valley Court; Protea Close; Church Street"
    ),
    "domain": _semi(
        "gmail.com; outlook.com; hotmail.nl; ziggo.nl; kpnmail.nl; caiway.nl; chello.nl; upcmail.nl; web.de; "
        "gmx.de; wp.pl; o2.pl; interia.pl; yahoo.com; comcast.net; rediffmail.com; yahoo.co.in; mweb.co.za; "
        "icloud.com; protonmail.com; telenet.be; xs4all.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NTSB; FRBK"),
}
