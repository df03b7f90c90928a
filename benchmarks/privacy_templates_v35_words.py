"""The ordinary words `test_v35`'s templates draw (registers `CLEAN_FILLERS["test_v35"]`): housing
corporations and contractors, universities, a vet's patients, lease bikes, wedding venues, energy cooperatives,
and the numbers that are not personal (tickets, orders, invoices, chips, frames, company phones and mailboxes)."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]


CLEAN_FILLERS["test_v35"] = {
    "corp": _split(
        "Woonstichting De Linde|Woonbron|Portaal|Mitros|Woongoed Zeeland|Stichting Sint Joseph Wonen|"
        "Wooncorporatie Maria Hoeve|Lefier|Woonstede"
    ),
    "contractor": _split(
        "Installatiebedrijf Van Dorp|Schildersbedrijf De Jong & Zn.|Loodgietersbedrijf Bakker B.V.|"
        "Dijkhuizen Onderhoud|Timmerbedrijf Gebr. Koster|Hendriks Glas|Klusbedrijf Van Leeuwen"
    ),
    "complex": _split(
        "complex 4108|Wooncomplex Johan de Witt|de Van Houtenflat|flat Hendrik Casimir|complex 2215|"
        "De Kroonenburg|het Aletta Jacobshof|Residentie Willem Drees"
    ),
    "university": _split(
        "Universiteit Utrecht|Erasmus Universiteit|Radboud Universiteit|Hogeschool Rotterdam|"
        "Anton de Kom Universiteit|KU Leuven|Vrije Universiteit|Hanzehogeschool"
    ),
    "building": _split(
        "het Erasmusgebouw|het Huygensgebouw|de Johan Cruijff ArenA|het Willem Dreeshuis|"
        "het Máxima Medisch Centrum|de Ruppertbouw|het Minnaertgebouw|Paleis Het Loo"
    ),
    "pet": _split("Max|Bella|Guus|Saartje|Bobbie|Luna|Dexter|Floor|Sam|Pien|Otis|Billy|Kees|Doortje|Henk|Bram"),
    "petkind": _split("kater|poes|teckel|labrador|konijn|parkiet|cavia|Maine Coon|Berner sennen|beagle|fret"),
    "chip": _split(
        "528140000412973|250268500123881|528210002718364|981000012345687|528 140 000 667 210|276098106623410"
    ),
    "bike": _split(
        "Gazelle Ultimate C8|Batavus Finez|VanMoof S5|Cortina E-Common|Stromer ST3|Sparta M7b|"
        "QWIC Premium|Giant Explore E+|Koga Pace"
    ),
    "frame": _split("WGZ4821734K|F3B0092217|SP23N018462|AA1Z77512X|GZ 2207 4411 7|STR-0918-33412"),
    "employer": _split(
        "Rabobank|Philips|Gemeente Utrecht|Albert Heijn|Van Oord|Heijmans|ASML|Jumbo|Dura Vermeer|"
        "Royal HaskoningDHV|Van Lanschot"
    ),
    "lessor": _split("WerkFiets|FietsPlan Zakelijk|Pedaal & Co Lease|Trapkracht Lease"),
    "venue": _split(
        "Landgoed Groot Warnsborn|Kasteel de Haar|Villa Jongeneel|Hotel Van der Valk Nuland|"
        "Buitenplaats Sparrendaal|Fort Vuren|Hof van Saksen|Theehuis Rhijnauwen"
    ),
    "caterer": _split(
        "Cateraar Maison Van den Bosch|Brasserie Jansen & Co|Smaak van Hendriks|Traiteur Desmet|"
        "Roti Shop Tante Nel|Catering Wolters"
    ),
    "coop": _split(
        "Energiecoöperatie Zonnig Zeist|Deelstroom|Zuiderlicht|Coöperatie Windpark Krammer|"
        "Energie VanOns|Endona|Zon op Oost"
    ),
    "city": _split(
        "Utrecht|Zwolle|Paramaribo|Willemstad|Gent|Antwerpen|Nijmegen|Leeuwarden|Heerlen|Tilburg|"
        "Groningen|Leuven|Nieuw-Nickerie"
    ),
    "police": _split("politie Midden-Nederland|politiebureau Paardenveld|Politie Oost-Brabant|het politieloket"),
    "ticket": _split("#48213|CS-0092817|TCK-20261|HS-77120|00482917|case 5003X00002LmQ|#R-1184"),
    "order": _split("ORD-26-48102|7781-22|WO-2026-00417|werkorder 88213|PO 4500217734|SO-19927"),
    "invoice": _split("F2026-00481|INV-30418|260912|2026/1187|VF-88102|factuur 11-2026-004"),
    "quote": _split("OFF-2026-118|Q-77310|offerte 2026-0442|OFF/26/0091"),
    "amount": _split("€ 1.250,-|€49,50|EUR 3.480,00|£ 85|SRD 1.200|ANG 350|€ 12,95 per maand|€ 250|250 euro|€ 7.900"),
    "date": _split(
        "14 maart|3 juni 2027|vrijdag 12 september|2027-05-22|22-05-2027|1 oktober|June 14|15/09/2026|30 november 2026"
    ),
    "time": _split("09:30|14.15 uur|8 uur|half tien|10.45|16:00|11.30 uur"),
    "weekday": _split("maandag|dinsdag|Woensdag|donderdag|Vrijdag|zaterdag|Monday|Thursday|Saturday"),
    "month": _split("januari|Februari|april|juni|September|november|March|August|October"),
    "company_phone": _split(
        "088 - 900 4400|0800-0226|030 750 1200|+31 88 123 0000|085 - 208 30 30|"
        "(030) 231 44 00|0900-1234|+597 471 100|+32 9 264 11 11"
    ),
    "mailbox": _split(
        "reparaties@delinde.nl|huisvesting@studentenbureau.nl|info@dierenkliniekdeberk.nl|"
        "support@werkfiets.nl|trouwen@sparrendaal.nl|leden@zonnigzeist.nl|klantenservice@woonbron.nl|"
        "admissions@uu.nl|noreply@hubspot.com"
    ),
    "kvk": _split("30124578|61022843|KvK 57731292|08123981"),
    "btw": _split("NL812345678B01|NL004512873B01|BE0412345678|NL 8610.12.448.B01"),
    "count": _split("2|3|4|6|8|12|20|35"),
    "kwh": _split("3.412 kWh|1840 kWh|stand 04512|2.905 kWh|meterstand 118734|612 kWh"),
    "event": _split(
        "de Vierdaagse|Keti Koti|de Dam tot Damloop|het Bevrijdingsfestival|de Sinterklaasintocht|"
        "het Rembrandtjaar|de Elfstedentocht|Koningsdag|de Johan Cruijff Schaal"
    ),
    "product": _split(
        "Douwe Egberts koffie|Van Nelle thee|Tony's Chocolonely|Dr. Oetker taart|Verkade biscuits|Hak groenten|Brinta"
    ),
    "shop": _split("Albert Heijn|Jan Linders|Hans Anders|Van Haren|Kruidvat|Karwei|Henk ten Hoor|Hema"),
    "street": _split(
        "Johan de Wittlaan|Wilhelminastraat|Anne Franklaan|Burgemeester Reigerstraat|Kaya Grandi|"
        "Thorbeckeplein|Marnixkade|Keizer Karelplein"
    ),
    "dish": _split(
        "vegetarische lasagne|glutenvrije taart|halal buffet|roti kip|stoba|moksi meti|bitterballen|"
        "saoto soep|waterzooi"
    ),
    "diet": _split("lactosevrij|notenallergie|vegan|glutenvrij|halal|kosher|geen varkensvlees"),
    "repair": _split(
        "lekkage|schimmel in de badkamer|kapotte cv-ketel|klemmende voordeur|verstopte afvoer|"
        "kapotte mechanische ventilatie|scheur in het dubbel glas"
    ),
    "repair_en": _split(
        "a leak|mould in the bathroom|a broken boiler|a sticking front door|a blocked drain|a cracked window"
    ),
}
