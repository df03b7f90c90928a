"""The ordinary words every `test_v30` template draws (`CLEAN_FILLERS["test_v30"]`): maternity-care organisations,
speech-therapy and podiatry practices, GP practices, schools and insurers, watch brands and repair shops,
upholsterers and fabrics, canoe rentals and rivers; towns; and numbers that are no one's: repair bags, orders,
bookings, quotes, invoices, tickets, ZorgDomein references, AGB, KvK and VAT numbers, amounts, times and dates
that are no birth date, company phone numbers and mailboxes.

Written by someone who never saw the redaction rules. Many firms, practices, watch brands and fabrics hold a
person's name (Logopedie Marieke Smits, Juwelier Steltman, Tissot, Pierre Frey, Kanoverhuur Wim Koops); none is
labelled. Values avoid the words the/I/is/my, by which the corpus builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bar(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v30"] = {
    "city": _bar(
        "Vries|Best|Goor|Beek|Son|Mill|Lent|Haren|Heer|Ede|Hoorn|Denekamp|Ootmarsum|Losser|Oldenzaal|Sneek|"
        "Lemmer|Boxmeer|Eersel|Nunspeet|Driebergen|Wijk bij Duurstede|Sint Anthonis|Steenwijk|Hengelo|Enschede|"
        "Zwolle|Amersfoort|Rotterdam|Den Haag|Nijmegen|Arnhem|Eindhoven|Roermond|Middelburg|Alkmaar|Lelystad"
    ),
    "city_be": _bar("Hamme|Sint-Niklaas|Durbuy|Bouillon|Hasselt|Lier|Herentals|Esneux"),
    "city_de": _bar("Nordhorn|Gronau|Bad Bentheim|Kleve|Emmerich|Borken"),
    "kraam_org": _bar("Kraamzorg De Waarden|Kraamzorg Mathilde|Kraambureau Lieke & Co|Kraamzorg Het Groene Kruis"),
    "kraam_domain": _bar("kraamzorgdewaarden.nl|kraamzorgmathilde.nl|lieke-en-co.nl"),
    "gp": _bar("Huisartsenpraktijk De Linde|Gezondheidscentrum Oost|Huisartsen Vroomshoop|HAP Twente"),
    "school": _bar("OBS De Regenboog|CBS Prins Willem-Alexander|Jenaplanschool Anne Frank|IKC De Tweemaster"),
    "insurer": _bar("Zilveren Kruis|CZ|Menzis|VGZ|DSW|ONVZ|Zorg en Zekerheid|a.s.r."),
    "practice_logo": _bar("Logopedie Marieke Smits|Logopediepraktijk Het Woordje|Praktijk voor Logopedie Van Hal"),
    "practice_podo": _bar("Podofit|Podotherapie Van Wijk|Voetencentrum Twente|Podotherapie Sint Joris"),
    "watch": _bar(
        "Tissot PRX|Seiko 5|Omega Seamaster|Cartier Tank|Jaeger-LeCoultre Reverso|Casio G-Shock|"
        "Christopher Ward C60|Frederique Constant|Swatch Sistem51|Junghans Max Bill"
    ),
    "watch_shop": _bar("Juwelier Steltman|Horlogerie Ten Cate|Goudsmid Anna Bos|Juwelier Van Kempen & Begeer"),
    "fabric": _bar("Pierre Frey|Designers Guild|Kvadrat Hallingdal|Christian Fischbacher|ribcord oker|velours groen"),
    "upholsterer": _bar("Stoffeerderij Gebr. Dekker|Meubelstoffeerderij Jan de Wit|Stoffeerderij Het Ambacht"),
    "canoe_firm": _bar("Kanoverhuur Wim Koops|Dinkel Kano|Ourthe Kayak|Sup & Zo|Kanoverhuur De Sluis"),
    "river": _bar("Dinkel|Regge|Vecht|Ourthe|Semois|Lesse|Roer|Niers"),
    "booking": _bar("RG-448210|RG-450077|BK2026-0615|RG-451903"),
    "repair": _bar("reparatiezak 30418|reparatie R-11207|zakje 2219|reparatienr. 7715-B"),
    "order": _bar("bestelling 300-44812|order #61177|ordernr. W2026-0913|zending 3SABCD1234567"),
    "ticket": _bar("#88219|#88407|ticket 5561|GOR-20417"),
    "invoice": _bar("factuur 2026-0418|factuur F-11092|nota 77120|declaratie D26-0091"),
    "quote": _bar("offerte 26-118|OF-2026-044|offertenr. 3307"),
    "zorgdomein": _bar("ZD-9FX2-118K|ZD-7KQ1-004M|ZD-2LLP-931A"),
    "agb": _bar("AGB 88-012345|AGB 93001122|AGB-code 88-055621"),
    "kvk": _bar("KvK 60219934|KvK 81774402|KvK 08157731"),
    "vat": _bar("NL821993004B01|NL003318720B55|BE0712 448 391"),
    "product": _bar("art. 1182-44|steunzool type S3|batterij SR626SW|EAN 8712345678906|kraampakket XL-2"),
    "amount": _bar("€ 4,70|€ 17,-|€ 254,00|€ 89,95|€ 1.240|€ 35|€ 12,50|€ 650,-|€ 9,80|€ 1.875,00"),
    "amount_en": _bar("€4.70|€17|€254|€89.95|€1,240|€35|€650"),
    "date": _bar(
        "maandag 6 juli|3 maart|zaterdag 18 april|1 juni 2026|12-10-2026|2026-09-01|eind mei|Pinksteren|"
        "dinsdag 27 januari|15 augustus|Koningsdag|20 november 2026"
    ),
    "date_en": _bar("Monday 6 July|3 March|Saturday 18 April|1 June 2026|Easter Monday|15 August"),
    "weekday": _bar("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "weekday_en": _bar("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "time": _bar("07:30|8.45 uur|10:00|kwart voor elf|12.30|half drie|15:15|16.40 uur|21:05|03:10"),
    "time_en": _bar("7:30am|8.45|10am|11.15|12:30pm|3pm|4.40pm|9pm"),
    "year": _bar("2021|2023|2024|2025|2026"),
    "company_phone": _bar("088 - 405 12 00|0900-1515 (lokaal tarief)|0800-0225|053 - 480 77 00|0546 - 88 21 21"),
    "company_mail": _bar(
        "planning@kraamzorgdewaarden.nl|info@logopediesmits.nl|afspraak@podofit.nl|werkplaats@steltman.nl|"
        "verkoop@gebrdekker.nl|boeken@dinkelkano.nl|klantenservice@kraamzorgmathilde.nl"
    ),
}
