"""The ordinary words every `test_v22` template draws (`CLEAN_FILLERS["test_v22"]`): banks and mortgage products,
dairies, zoos and animals, theatres and shows, the CBR, scooter rental firms, roofers, window cleaners, care-alarm
services, Belgian energy suppliers, German webshops and their products, student housing, youth sports clubs, car
washes, garden centres and plants, tyre hotels and tyres, cremation societies and alarm installers; towns, some of
them also words or surnames (Ede, Hoorn, Kampen, Helmond, Beek, Lisse, Ommen); and numbers that are no one's: order,
ticket, booking, invoice and reference numbers, amounts, times, versions and dates that are no birth date.

Written by someone who never saw the redaction rules. Many firms and products hold a person's name (Glazenwasserij
Gebr. Van Wijk, Dakdekkersbedrijf Jan Schot, Bandenhotel Piet Kramer, Autowasstraat Joop, Spuitje Jan van Hout,
Klaas Kluis, vv Peter Pan); none of them is labelled. Values avoid the words the/I/is/my, by which the corpus
builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v22"] = {
    "city": _bars(
        "Ede|Hoorn|Kampen|Helmond|Beek|Lisse|Ommen|Weert|Zeist|Meppel|Harderwijk|Emmen|Roermond|Gorinchem|Hengelo|"
        "Woerden|Purmerend|Vlaardingen|Heerenveen|Almelo|Terneuzen|Goes|Schiedam|Leeuwarden|Groningen|Arnhem|"
        "Haarlem|Maastricht|Eindhoven|Den Haag|Alkmaar|Deventer"
    ),
    "city_be": _bars("Antwerpen|Hasselt|Kortrijk|Sint-Niklaas|Turnhout|Oostende"),
    "city_de": _bars("Kleve|Emmerich|Gronau|Aachen|Nordhorn|Bocholt"),
    "bank": _bars("Rabobank|ING|ABN AMRO|de Volksbank|Florius|Obvion|Munt Hypotheken|Lloyds Hypotheken"),
    "mortgage": _bars("annuïteitenhypotheek|lineaire hypotheek|aflossingsvrij deel|overbruggingskrediet"),
    "dairy": _bars("FrieslandCampina|Arla|Cono Kaasmakers|Zuivelcoöperatie De Hoeve|Vreugdenhil Dairy|A-ware"),
    "zoo": _bars("Burgers' Zoo|Diergaarde Blijdorp|Artis|Wildlands Adventure Zoo|Ouwehands Dierenpark|GaiaZOO"),
    "animal": _bars("olifanten|giraffen|de ijsberen|pinguïns|gorilla's|de rode panda"),
    "animal_en": _bars("elephants|giraffes|polar bears|penguins|gorillas|red pandas"),
    "theatre": _bars("Theater Carré|Stadsschouwburg Utrecht|Chassé Theater|Theater aan de Parade|DeLaMar|Zaantheater"),
    "show": _bars("Soldaat van Oranje|The Lion King|De Notenkraker|Hamlet|De Gelaarsde Kat|Ja zuster, nee zuster"),
    "scooter": _bars("Felyx|Check|GO Sharing|Cooltra|TIER"),
    "roofer": _bars("Dakdekkersbedrijf Jan Schot|Dakwerken De Vries & Zn.|DakMasters|Dakgoot Service Noord"),
    "window": _bars("Glazenwasserij Gebr. Van Wijk|Schoonmaakbedrijf Helder|Glasbewassing Peter Bos|Raamwerk"),
    "alarm": _bars("Tunstall|Verklizan|CareAlarm|Zorgcentrale Noord|Personenalarmering Vitaal"),
    "energy_be": _bars("Luminus|Engie Electrabel|Mega|TotalEnergies|Bolt|Ecopower"),
    "webshop": _bars("Otto|Tchibo|Lidl.de|Alternate|Conrad|Zalando.de|Jako-o"),
    "product": _bars(
        "Bosch-wasmachine Serie 6|Miele Complete C3|grafische kaart RTX 4070|Lego Technic 42156|koffiemachine Barista"
    ),
    "housing": _bars("DUWO|SSH|Xior|Idealis|Lieven de Key|Stichting Studentenhuisvesting Woonkamer"),
    "club": _bars("vv Rohda|SV Spakenburg|HC Rotterdam|ZVC Zwolle|Turnvereniging Olympia|BC Schoten|vv Peter Pan"),
    "carwash": _bars("Washtec Hoorn|Autowasstraat Joop|IMO Car Wash|Clean Car|Spuitje Jan van Hout"),
    "garden": _bars("Tuincentrum Ockenburg|Intratuin|GroenRijk|Tuincentrum De Oude Tol|Ranzijn|Welkoop"),
    "plant": _bars("roos 'Gloria Dei'|olijfboom|buxus|hortensia 'Annabelle'|Japanse esdoorn|lavendel"),
    "tyre": _bars("Bandenhotel Piet Kramer|Profile Tyrecenter|Vakgarage Bos|Euromaster|Banden Willem Snoek"),
    "tyres": _bars("Michelin CrossClimate 2|Vredestein Wintrac|Continental WinterContact|Pirelli P Zero"),
    "cremation": _bars("Yarden|DELA|Uitvaartvereniging St. Barbara|Crematorium Westerveld|Monuta"),
    "installer": _bars("Beveiligingsbedrijf Van Dalen|Ajax Systems|Verisure|SafeHome Installatie|Klaas Kluis"),
    "amount": _bars("€ 14,95|€ 1.240,00|€ 7,50|€ 315|€ 68,40|€ 2.100|€ 0,89|€ 55|€ 19,99|€ 420|€ 9.500"),
    "amount_en": _bars("€14.95|€1,240|€7.50|€315|€68.40|€2,100|€55|€420"),
    "date": _bars(
        "3 februari|maandag 14 april|1 mei|19 juni|donderdag 7 augustus|26 september|12-11-2025|vrijdag 5 december|"
        "2 januari 2026|2025-10-30"
    ),
    "date_en": _bars("3 February|Monday 14 April|19 June|Thursday 7 August|26 September|5 December"),
    "year": _bars("2009|2016|2021|1993|2012|1984"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "weekday_en": _bars("Monday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "time": _bars("08:15|9.30 uur|half elf|14:45|kwart voor vier|17.20 uur|19:30"),
    "time_en": _bars("8:15|9.30 am|half past ten|2:45 pm|quarter to four|19:30"),
    "order": _bars("bestelling 2025-118340|order DE-77120933|ordernr. 55-0192|zending JJD000390012345"),
    "order_en": _bars("order 2025-118340|order DE-77120933|shipment JJD000390012345"),
    "ticket": _bars("melding M-2025-3317|ticket #88410|storingsnummer 40221|klacht KL-1190|zaaknr. 2025/0447"),
    "ticket_en": _bars("ticket #88410|case 2025/0447|complaint KL-1190"),
    "booking": _bars("reservering R-55102|boeking 8830-TT|rit 20251104-77|afspraak A-3391"),
    "invoice": _bars("factuur F2025-00871|nota 3310558|aanmaning AM-2211|factuurnummer 90018842"),
    "invoice_en": _bars("invoice F2025-00871|bill 3310558|reminder AM-2211"),
    "version": _bars("versie 4.2.1|app-versie 3.18|firmware 2.0.7|update 11.4"),
    "company_phone": _bars("0800-0224|088 - 44 22 000|0900-1234|030 200 40 00|0800 555 12 12"),
    "company_mail": _bars("klantenservice@yarden.nl|info@dakmasters.nl|service@burgerszoo.nl|kundenservice@otto.de"),
}
