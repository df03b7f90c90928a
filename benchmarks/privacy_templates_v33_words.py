"""The ordinary words every `test_v33` template draws (`CLEAN_FILLERS["test_v33"]`): hospices, sports-nutrition
webshops and their products, clock repairers and clocks, sailmakers and boats, party and bouncy-castle rental firms,
pottery studios and courses; towns; and numbers that are no one's: orders, invoices, tickets, repair bags, quotes,
batch and product codes, KvK and VAT numbers, amounts, times and dates that are no birth date, company phone numbers
and mailboxes.

Written by someone who never saw the redaction rules. Many firms, products, clocks and boats carry a person's name
(Hospice Anna Maria, Klokkenmakerij Van Wageningen, Zeilmakerij Jan Pieters, Springkussenverhuur Opa Henk,
Atelier Greet Klei, whey 'Arnold Classic', a clock by Jan Henkels, a boat called Johanna); none is labelled. Values
avoid the words the/I/is/my, by which the corpus builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bar(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v33"] = {
    "city": _bar(
        "Zwolle|Lunteren|Huizen|Goes|Soest|Baarn|Horst|Meppel|Beek|Hattem|Epe|Gemert|Sint-Michielsgestel|Harderwijk|"
        "Enkhuizen|Almelo|Bergen|Rijssen|Workum|Makkum|Stavoren|Drachten|Emmen|Venlo|Weert|Woudenberg|Berkel|Stein"
    ),
    "city_be": _bar("Turnhout|Gent|Aalst|Leuven|Geel|Tongeren|Ninove|Tielt|Mol|Puurs"),
    "city_de": _bar("Kleve|Goch|Bocholt|Aachen|Gronau|Emden|Geldern"),
    "city_gb": _bar("Leeds|Bristol|Manchester|Edinburgh|Cambridge|Reading"),
    "hospice": _bar(
        "Hospice Anna Maria|Hospice De Vlinder|Bijna Thuis Huis Ter Weijde|Hospice Sint Jozef|Hospice Het Baken"
    ),
    "shift": _bar("ochtenddienst|avonddienst|nachtwake|weekenddienst|middagdienst"),
    "shop": _bar("PowerFuel.nl|Sportvoeding Jansen|MuscleHub Benelux|Proteïnewinkel Arnold|FitKitchen"),
    "product": _bar(
        "whey isolate Arnold Classic 2 kg|creatine monohydraat 500 g|vegan eiwitshake vanille|pre-workout Thor|"
        "energiegel Tom Dumoulin editie|eiwitrepen Hercules 12-pack|BCAA citroen|caseïne chocolade"
    ),
    "batch": _bar("LOT 24B117|lot WH-2211-07|batch 0423A|LOT 25C019|charge P-7781"),
    "sku": _bar("SKU 4012-WHEY-2K|art. 88120|EAN 8712345678906|SKU CRE-500|art.nr. 30017"),
    "clock_firm": _bar(
        "Klokkenmakerij Van Wageningen|Uurwerkatelier Frans Hals|Horlogerie De Tijd|Klokkenhuis Ome Jan|"
        "Uurwerkmakerij Christiaan Huygens"
    ),
    "clock": _bar(
        "Friese staartklok|Zaanse klok|staande klok van Jan Henkels|Comtoise|regulateur Gustav Becker|"
        "koekoeksklok uit Schwarzwald|Warmink wandklok|Junghans pendule"
    ),
    "sail_firm": _bar("Zeilmakerij Jan Pieters|Sails by Dirk|Zeilmakerij De Wind|Zeilatelier Tjalling|Zeilmakerij Vos"),
    "boat": _bar("Johanna|Grietje|Willemijn|De Twee Gebroeders|Valk 2145|Sneek 27|Lemsteraak Anna|BM-er Pieter"),
    "sail": _bar("grootzeil|fok|genua|spinnaker|kuiptent|buiskap|huik|gaffelzeil"),
    "party_firm": _bar(
        "Springkussenverhuur Opa Henk|Party Verhuur Kees|Feestverhuur De Ballon|Jumpy Verhuur|Tentenverhuur Mulder & Zn"
    ),
    "castle": _bar(
        "springkussen Piratenschip|stormbaan 15 m|springkussen Kasteel Koning Willem|partytent 6x12|"
        "suikerspinmachine|popcornmachine|springkussen Bob de Bouwer|stormbaan Spider"
    ),
    "clay_studio": _bar(
        "Atelier Greet Klei|Keramiekstudio Het Draaiwiel|Pottenbakkerij Ot en Sien|Studio Raku|Kleihuis Lenie"
    ),
    "course": _bar(
        "draaicursus voor beginners|raku-workshop|glazuurdag|kinderworkshop klei|boetseren van portretten|"
        "8-weekse cursus draaien"
    ),
    "company_phone": _bar("088 123 45 00|0800-0222|085 303 12 00|020 797 44 10|0900-1234567|058 288 00 11"),
    "company_mail": _bar(
        "info@powerfuel.nl|planning@hospiceannamaria.nl|service@klokkenmakerij.nl|zeilen@jan-pieters.nl|"
        "boeking@opahenk.nl|atelier@greetklei.nl|klantenservice@musclehub.eu|vrijwilligers@devlinder.nl"
    ),
    "order": _bar("bestelling #100482|order 2026-118342|ordernr. 5540017|order #NL-77120|bestelnr 88-4410"),
    "invoice": _bar("factuur F2026-0412|factuurnr. 26/118|invoice INV-20817|factuur 2026.0931|nota 4471"),
    "ticket": _bar("ticket #48120|zaak 2026-7731|ticket SR-1184|case 00917265|melding 33-120"),
    "repair": _bar("reparatiezak 1187|reparatiebon R-2231|werkbon 7718|reparatie 26-044|bon nr. 3092"),
    "quote": _bar("offerte O-2026-051|offerte 7740|quote Q-3318|offertenr. 26-118"),
    "kvk": _bar("KvK 81234567|KvK-nummer 09170045|kvk 61723018"),
    "vat": _bar("btw NL861234567B01|BTW-id NL004471223B01|VAT BE0412.345.678"),
    "amount": _bar("€ 34,95|€ 129,-|€ 12,50|€ 450,00|€ 1.250|€ 89|€ 7,99|€ 275,-|€ 60,00"),
    "amount_en": _bar("€34.95|€129|€12.50|€450.00|€1,250|€89|€7.99|£40"),
    "time": _bar("9:00|10.30|13:15|14.00 uur|16:45|19:30|08:30"),
    "time_en": _bar("9am|10:30|1.15pm|2pm|4:45 pm|7.30pm"),
    "date": _bar("3 maart|12-04|zaterdag 18 mei|1 juni 2026|24/12|28-02-2026|vrijdag 7 augustus|15 oktober"),
    "date_en": _bar("3 March|12 April|Saturday 18 May|1 June 2026|24/12|the 28th|Friday 7 August"),
    "weekday": _bar("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "weekday_en": _bar("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "year": _bar("1887|1920|2025|2026|1968"),
    "length": _bar("4,20 m|11 m2|6 meter|32 m²|2,5 bij 3 meter"),
    "code": _bar("kortingscode ZOMER26|code WELKOM10|voucher FIT-2026|actiecode BULK15"),
}
