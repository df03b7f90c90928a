"""The ordinary words every `test_v31` template draws (`CLEAN_FILLERS["test_v31"]`): awning and sun-blind installers
and their brands, osteopathy practices, travel-vaccination clinics and vaccines, bowling centres, picture framers
and the works they frame, tailors and clothing brands; towns; and numbers that are no one's: work orders, orders,
bookings, lanes, invoices, tickets, quotes, batch numbers, KvK and VAT numbers, amounts, times and dates that are no
birth date, company phone numbers and mailboxes.

Written by someone who never saw the redaction rules. Many firms, brands and works hold a person's name
(Zonwering Henk Verbeek, Osteopathie Maria Lindeman, Lijstenmakerij Jan Bos, Kleermakerij Ali Yıldız, Hugo Boss,
Paul Smith, Van Gogh's Zonnebloemen); none is labelled. Values avoid the words the/I/is/my, by which the corpus
builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bar(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v31"] = {
    "city": _bar(
        "Ee|Wehl|Echt|Goes|Weert|Putten|Beers|Sluis|Ulft|Bant|Rijs|Huizen|Bakel|Vaals|Emmen|Zelhem|Nederweert|"
        "Luttelgeest|Hoogkarspel|Kortenhoef|Sint Jansklooster|Apeldoorn|Utrecht|Leiden|Breda|Tilburg|Groningen|"
        "Deventer|Venlo|Heerlen|Zaandam|Purmerend|Gouda|Almere|Harderwijk|Meppel"
    ),
    "city_be": _bar("Turnhout|Geel|Mol|Tielt|Aalst|Lokeren|Maaseik|Ieper"),
    "city_de": _bar("Kleve|Goch|Wesel|Bocholt|Vreden|Aachen"),
    "city_gb": _bar("Leeds|Bristol|Norwich|Glasgow|Cardiff|York"),
    "awning_firm": _bar(
        "Zonwering Henk Verbeek|ZonweringCentrum Oost|Screenhuys De Wit|Verosol dealer Rijnmond|Zonwering Van Dam & Zn."
    ),
    "awning_product": _bar(
        "knikarmscherm 4x3 m|screen Sol-Tex 2,4 m|rolluik alu 55 mm|Somfy io-motor|uitvalscherm|markies Brustor B128|"
        "plissé Luxaflex|windsensor Eolis 3D"
    ),
    "osteo": _bar("Osteopathiepraktijk Van Rooij|Osteopaat Kees Hartman|OsteoFit Leiden"),
    "vax_clinic": _bar(
        "Reisvaccinatiecentrum Dr. Jansen|Travel Clinic Ellen Smit|GGD Reizigersadvisering|Vaccinatiepunt Oost"
    ),
    "vaccine": _bar("Stamaril (gele koorts)|Twinrix|Vivotif|Ixiaro|Dukoral|Havrix 1440|Rabipur|Typhim Vi"),
    "insurer": _bar("Zilveren Kruis|CZ|Menzis|VGZ|DSW|ONVZ|Zorg en Zekerheid|Univé"),
    "country": _bar("Thailand|Ghana|Peru|Tanzania|Indonesië|Kenia|Suriname|Vietnam|Brazilië|India"),
    "bowling": _bar("Bowlingcentrum De Kegel|Strike & Spare|Bowlingpark Zuid|Bowl-Inn Meppel"),
    "lane": _bar("baan 4|baan 11 en 12|banen 1-3|baan 7|lane 9"),
    "framer": _bar("Lijstenmakerij Jan Bos|Galerie & Lijst Van Oort|Atelier Passe-Partout|Lijstenwinkel Rembrandt"),
    "artwork": _bar(
        "poster Van Gogh Zonnebloemen|litho Corneille|prent Escher Relativiteit|reproductie Vermeer Melkmeisje|"
        "zeefdruk Mondriaan|olieverf Jan Sluijters-achtig|foto Anton Corbijn"
    ),
    "frame": _bar("eiken lijst 30 mm|alu Nielsen profiel 15|museumglas|passe-partout gebroken wit|zwevende montage"),
    "tailor": _bar("Kleermakerij Ali Yıldız|Atelier Suzanne|Maatwerk Van Heek|Verstelatelier Naald & Draad"),
    "brand": _bar("Hugo Boss|Paul Smith|Suitsupply|Ralph Lauren|Tommy Hilfiger|Scotch & Soda|Oscar de la Renta"),
    "garment": _bar("trouwpak|colbert|jurk|broek|mantel|gala-jurk|rok|spijkerbroek"),
    "workorder": _bar("werkbon WB-22817|werkorder 44-1093|montage-opdracht M2026-311|servicebon 7712"),
    "order": _bar("order 300-77412|bestelnr. 26-00915|ordernummer W-44820|zending 3SDEV4470121"),
    "booking": _bar("reservering RS-20417|boeking B-88310|reserveringsnr. 55120|arrangement ARR-7714"),
    "ticket": _bar("#40912|ticket 77304|HS-12087|case 2026-0419|melding M-26-0881"),
    "invoice": _bar("factuur 2026-1104|factuur F-30218|nota 88121|creditnota CN-0412"),
    "quote": _bar("offerte OF-26-301|offerte 2026-118|prijsopgave 4471"),
    "batch": _bar("batch TX0912A|lot 22K41|charge AB7713|lotnr. V0081"),
    "kvk": _bar("KvK 71204451|KvK 30182299|KvK 64410213"),
    "vat": _bar("NL860211943B01|NL002871440B58|BE0649 221 804"),
    "amount": _bar("€ 39,50|€ 125,-|€ 1.480,00|€ 7,95|€ 64|€ 2.350|€ 18,75|€ 310,00|€ 96,-|€ 4.125"),
    "amount_en": _bar("€39.50|€125|€1,480|€7.95|€64|€18.75|€310"),
    "date": _bar(
        "maandag 14 september|3 juni|zaterdag 9 mei|1 oktober 2026|22-06-2026|2026-08-17|dinsdag 7 juli|14 mei|"
        "dinsdag 3 februari|28 maart|31-08-2026|vrijdag 11 december"
    ),
    "date_en": _bar("Monday 14 September|3 June|Saturday 9 May|1 October 2026|Friday 3 July|11 December"),
    "weekday": _bar("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "weekday_en": _bar("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "time": _bar("08:15|9.30 uur|10:45|kwart over twee|13.00|half vijf|16:20|19.45 uur|20:30"),
    "time_en": _bar("8:15am|9.30|10.45|2pm|4.30pm|7.45pm|8:30pm"),
    "year": _bar("2022|2023|2024|2025|2026"),
    "company_phone": _bar("088 - 771 40 00|0900-2244 (lokaal tarief)|0800-0319|0342 - 41 25 25|020 - 530 88 10"),
    "company_mail": _bar(
        "planning@zonweringverbeek.nl|info@osteolindeman.nl|reizen@vaccinatiepuntoost.nl|feest@dekegel.nl|"
        "atelier@lijstenmakerijbos.nl|service@naaldendraad.nl|klantenservice@screenhuys.nl"
    ),
}
