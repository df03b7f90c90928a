"""Name, street and mail-domain pools for the `test_v37` split (registers `POOLS["test_v37"]`): Frisian, Limburg,
Brabant, Flemish, German-border, Turkish, Moroccan, Surinamese, Vietnamese and British customers, with the streets
of island villages, Frisian towns and South-Limburg hamlets. Written without seeing the redaction rules."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]


POOLS["test_v37"] = {
    "first": _split(
        "Sjoerd|Wytske|Hylke|Tjitske|Auke|Baukje|Jildou|Folkert|Sytse|Geartsje|Sjra|Huub|Noud|Truus|Mia|Jo|"
        "Harie|Lieske|Twan|Jeanne|Rianne|Gijs|Evi|Meike|Bart-Jan|Anne-Fleur|Jan-Willem|Marie-José|Kees|"
        "Ilona|Femke|Roel|Tamara|Wendelien|Ruben|Nadia|Yusuf|Elif|Hatice|Mehmet|Khadija|Soufiane|Samira|"
        "Rajesh|Sharmila|Quirijn|Thanh|Linh|Bettina|Jürgen|Griet|Wout|Lieve|Siebe|Hennie|Ad|Riet|Dirkje"
    ),
    "first_en": _split(
        "Gareth|Siobhan|Niamh|Declan|Fiona|Harriet|Alistair|Poppy|Malcolm|Ewan|Catriona|Toby|Jasmine|Rhys|"
        "Bronwen|Nigel|Maisie|Ollie|Keira|Stuart"
    ),
    "surname": _split(
        "Dijkstra|Wiersma|Postma|Sikkema|Hoekstra|de Jong|van der Meer|Algra|Bouma|Tjallingii|Zijlstra|Terpstra|"
        "Hendrikx|Janssen|Geurts|Vossen|Ramakers|Notermans|Schrijnemakers|Op den Camp|Wetzels|Peerboom|Sleijpen|"
        "van de Ven|van Gils|Bogaers|Verhoeven|Hermans|van den Broek|ten Brinke|Nijenhuis|Oude Griep|Kuipers|"
        "de Smet|Vermeulen|Van Damme|Claeys|Ter Borg|Eilers|Schmitz|Müller|Öztürk|Kaya|Aydın|Benali|El Idrissi|"
        "Ouali|Ramdin|Mahabier|Sewdien|Nguyen|Tran|van 't Zelfde|in 't Veld|d'Hondt|uit den Bogaard|Blom"
    ),
    "surname_en": _split(
        "Pritchard|McAllister|Fairweather|O'Donnell|Whitaker|Llewellyn|Crawford|Ashworth|Hargreaves|Kowalczyk|"
        "Davies|Sutherland|Brennan|Featherstone|Okonkwo"
    ),
    "street_nl": _split(
        "Badweg|Willem Barentszstraat|Oosterburen|Langestreek|Voorstraat|Zeedijk|Nieuwlandsreed|Kleine Kerkstraat|"
        "Tuinen|Nieuwestad|Zuiderdiep|Ds. Kingmastraat|Harlingerstraatweg|Bredeweg|Grachtstraat|Vrijthof|"
        "Bemelerweg|Rijksweg Zuid|Op de Boes|Kapelkesstraat|Akerstraat-Noord|Sint Pieterskade|Hoogstraat|"
        "Burgemeester Hoekstraweg|Laan van Avant Garde|Oude Kijk in 't Jatstraat|Mr. P.J. Troelstraweg|"
        "Koningin Julianalaan|Heerenveenseweg|Groene Kruisweg|Tweede Boerhaavestraat|Jonkheer Ramweg"
    ),
    "street_be": _split("Kerkstraat|Statiestraat|Lindenlaan|Nieuwstraat|Grote Markt|Brugsesteenweg"),
    "street_de": _split("Lindenallee|Hauptstraße|Am Deich|Kirchweg|Bahnhofstraße|Mühlenweg"),
    "street_en": _split(
        "Willow Crescent|Harbour Road|Quarry Lane|Foxglove Close|Marine Parade|Beech Grove|Chapel Street|"
        "Ferry Lane|Kingfisher Way|Rectory Road"
    ),
    "domain": _split(
        "hotmail.com|ziggo.nl|kpnmail.nl|home.nl|planet.nl|gmail.com|live.nl|outlook.be|telenet.be|web.de|"
        "gmx.de|icloud.com|hetnet.nl|quicknet.nl|online.nl|btinternet.com|yahoo.co.uk"
    ),
    "bank": _split("RABO|INGB|ABNA|SNSB|ASNB|TRIO|KNAB|BUNQ|RBRB|FVLB"),
}
