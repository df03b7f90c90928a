"""The ordinary words every `test_v27` template draws (`CLEAN_FILLERS["test_v27"]`): laundry pick-up services,
emergency glaziers, tennis clubs, bridal boutiques, pest control firms, piano tuners and student-housing
foundations; insurers, towns, piano models; and numbers that are no one's: Freshdesk ticket, Salesforce case,
order, booking, invoice and parcel tracking numbers, amounts, times, versions and dates that are no birth date,
company phone numbers and mailboxes.

Written by someone who never saw the redaction rules. Many firms and clubs hold a person's name (Wasserette Tante
Truus, Glashandel Piet Hein, Tennisclub Betty Stöve, Bruidsmode Marlies Dekkers, Ongediertebestrijding Jan Mol,
Pianohandel Van der Glas); none of them is labelled. Values avoid the words the/I/is/my, by which the corpus
builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v27"] = {
    "city": _bars(
        "Zeist|Baarn|Bussum|Tiel|Culemborg|Veenendaal|Woerden|Nijkerk|Helmond|Tilburg|Breda|Roosendaal|Vught|Boxtel|"
        "Beek|Born|Venlo|Roermond|Assen|Sneek|Heerenveen|Drachten|Zutphen|Deventer|Almelo|Hengelo|Doetinchem|"
        "Leiden|Zoetermeer|Rijswijk|Capelle aan den IJssel|Middelburg|Vlissingen|Wageningen|Groningen|Maastricht"
    ),
    "city_be": _bars("Gent|Brugge|Antwerpen|Genk|Sint-Niklaas|Roeselare|Diest"),
    "city_uk": _bars("London|Manchester|Leeds|Bristol|Cardiff|Glasgow|York"),
    "laundry": _bars("Wasserette Tante Truus|WasBezorgd|Stomerij Royal|Laundry Lab|De Strijkbout Ophaalservice"),
    "glass": _bars("Glashandel Piet Hein|GlasService 24|Carglass|Glaszetter Noord|Ruitenspoed"),
    "tennis": _bars("Tennisclub Betty Stöve|LTC De Kei|TV Smash|Tennispark Joost van den Vondel|LTV Netwerk"),
    "bridal": _bars("Bruidsmode Marlies Dekkers|Bruidshuis Willemijn|Ja-Zeggen Bridal|Trouwatelier De Sluier"),
    "pest": _bars("Ongediertebestrijding Jan Mol|Rentokil|Anticimex|PlaagVrij|Muizenmeester"),
    "tuner": _bars("Pianohandel Van der Glas|Pianostemmer Bach & Zn.|Stemburo Harmonie|Klavierservice Oost"),
    "housing": _bars("SSH Utrecht|DUWO|Stichting Kamerhuur Zuid|Idealis|Xior Student Housing"),
    "insurer": _bars("Centraal Beheer|Interpolis|FBTO|Nationale-Nederlanden|Ohra|ASR"),
    "piano": _bars("Yamaha U3|Kawai K-300|Steinway model B|Petrof P 125|Bechstein A 190|Schimmel C 116"),
    "fd": _bars("40217|39981|41102|40555|38876|41930"),
    "sf": _bars("00418832|00420117|00419904|00417365|00421086"),
    "track": _bars("3SPOST8812304|JVGL0612234500|3SDHL44871902|CD118743592NL"),
    "amount": _bars("€ 12,50|€ 1.150,00|€ 7,95|€ 349|€ 85,-|€ 2.800|€ 0,95|€ 135|€ 39,99|€ 18|€ 640,00"),
    "amount_en": _bars("€12.50|€1,150|€7.95|€349|€85|€2,800|€135|£45|$120"),
    "date": _bars(
        "3 januari|maandag 9 februari|18 maart|2 april|zaterdag 16 mei|26 juni 2026|14 juli|29 augustus|"
        "donderdag 8 oktober|11 november|23-12-2026|2027-02-12|Hemelvaartsdag|4-9"
    ),
    "date_en": _bars("3 January|Monday 9 February|2 April|Saturday 16 May|29 August|11 November"),
    "year": _bars("2025|2026|2027"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "time": _bars("08:00|9.15 uur|kwart over tien|11:30|half twee|15.45 uur|17:15|20:00"),
    "time_en": _bars("8:00|9.15 am|quarter past ten|11:30|1:30 pm|5 pm"),
    "order": _bars("bestelling 2711-40318|order WS-88123|ordernr. 77102-4"),
    "order_en": _bars("order 2711-40318|order WS-88123"),
    "booking": _bars("reservering 70412|baanreservering B-2291|afspraak AP-5513"),
    "booking_en": _bars("booking 70412|court booking B-2291|appointment AP-5513"),
    "invoice": _bars("factuur 2027-00412|nota 61880|factuurnr. F27-1175|creditnota CN-3310"),
    "invoice_en": _bars("invoice 2027-00412|bill 61880|credit note CN-3310"),
    "version": _bars("versie 4.2.1|app 7.0|build 3112|v2.8"),
    "company_phone": _bars("0900-8844|088 - 330 22 11|0800-1515|030 700 40 40|+32 9 330 12 12|0800 44 00"),
    "company_mail": _bars(
        "support@wasbezorgd.nl|schade@glasservice24.nl|ledenadministratie@ltcdekei.nl|afspraak@bruidshuis.nl|"
        "planning@plaagvrij.nl|info@stemburoharmonie.nl|verhuur@kamerhuurzuid.nl"
    ),
}
