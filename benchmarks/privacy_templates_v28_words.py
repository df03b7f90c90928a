"""The ordinary words every `test_v28` template draws (`CLEAN_FILLERS["test_v28"]`): hair salons, wig makers,
classic cars, rental machines, party-tent firms, brass bands and their instruments; insurers and towns; and numbers
that are no one's: order, gift-card, Typeform, Intercom and HubSpot numbers, serial numbers, amounts, times and
dates that are no birth date, company phone numbers and mailboxes.

Written by someone who never saw the redaction rules. Many firms, bands, brands and cars hold a person's name
(Kapsalon Anita, Haarwerken Ria Kaptein, Garage Henk Wolters, Feesttenten Gebr. de Wit, Harmonie Jan Pieterszoon
Sweelinck, John Frieda, Paul Mitchell, Ferrari Dino); none of them is labelled. Values avoid the words
the/I/is/my, by which the corpus builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v28"] = {
    "city": _semi(
        "Gemert; Best; Lemmer; Son; Eersel; Ede; Nuenen; Haren; Mill; Hoorn; Soest; Zelhem; Putten; Vries; Boxmeer; "
        "Sint-Michielsgestel; Wijk bij Duurstede; Oss; Uden; Kampen; Zwolle; Emmen; Heerlen; Sittard; Goes; Schagen; "
        "Alkmaar; Purmerend; Hilversum; Amersfoort; Apeldoorn; Nijmegen; Arnhem; Eindhoven; Rotterdam; Den Bosch"
    ),
    "city_be": _semi("Gent; Antwerpen; Hasselt; Kortrijk; Leuven; Elsene"),
    "city_de": _semi("Kleve; Aachen; Düsseldorf; Goch; Emmerich am Rhein; Münster"),
    "salon": _semi("Kapsalon Anita; Haarstudio Joyce van Dijk; Barbershop Ali; Hairlounge Zuid; Knipperij De Schaar"),
    "wigshop": _semi("Haarwerken Ria Kaptein; Pruikenhuis Mevrouw Jansen; HaarWerkPlaats; Haarwerkcentrum Oost"),
    "classic": _semi("Klaverblad Oldtimers; Jaap Kroon Classics; Garage Henk Wolters; Oldtimerclub De Kever"),
    "rental": _semi("Verhuurcentrum Bouwmans; Boels; Huurpunt Piet Smit; Gereedschapsverhuur Noord"),
    "tent": _semi("Feesttenten Gebr. de Wit; TentPlus Evenementen; Partyverhuur Marco; Tentenverhuur Veluwe"),
    "band": _semi(
        "Harmonie Jan Pieterszoon Sweelinck; Fanfare Sint-Caecilia; Drumfanfare Willem Alexander; "
        "Muziekvereniging Kunst na Arbeid; Brassband Soli Deo Gloria"
    ),
    "brand": _semi("John Frieda; Paul Mitchell; Kérastase; Toni&Guy; Vidal Sassoon; L'Oréal Majirel; Redken"),
    "car": _semi(
        "Citroën DS 21; Ferrari Dino 246; Porsche 356; Mercedes-Benz 280 SL; Volvo Amazon; DAF 33; Ford Model A; "
        "Volkswagen Kever 1303; Alfa Romeo Giulia; Jaguar E-type"
    ),
    "machine": _semi("trilplaat; bouwdroger; tegelzaag; Kärcher K5; Hilti TE 30; Makita hoogwerker; minigraver"),
    "instrument": _semi("bugel; bariton; tuba; es-hoorn; sousafoon; trombone; kleine trom; euphonium"),
    "insurer": _semi("Zilveren Kruis; CZ; Menzis; VGZ; Klaverblad; Univé; ONVZ; DSW"),
    "street_party": _semi("Oranjebuurt; Molenwijk; Bloemenbuurt; De Hofjes; Kerkplein; Vogelwijk"),
    "street": _semi(
        "Burgemeester van Roijensingel; Johan Cruijff Boulevard; Koningin Julianalaan; Jonkheer de Jongestraat; "
        "Dokter Zamenhofstraat; Pastoor van Arskerkstraat"
    ),
    "serial": _semi("YBH-621 80442; SN 4410-B; 7718202; BE-321-0097"),
    "order": _semi("bestelling 28-04417; order TW-88120; cadeaubon CB-5512; ordernr. 40219"),
    "order_en": _semi("order 28-04417; order TW-88120; gift card CB-5512; order no. 40219"),
    "tf": _semi("1f8c20aa; 7d33e901; c0ffee42; 5ab7712e"),
    "ic": _semi("215 889 301; 215 890 117; 216 004 552"),
    "hs": _semi("14 022 781; 14 019 305; 15 200 466"),
    "kvk": _semi("KvK 64823107; KvK 27129344; KvK 91205866"),
    "vat": _semi("NL864217993B01; NL001234567B12; BE0412 335 901"),
    "amount": _semi("€ 34,50; € 65; € 1.250,00; € 8,95; € 399,-; € 2.100; € 19,99; € 145; € 75,00; € 12"),
    "amount_en": _semi("€34.50; €65; €1,250; €8.95; €399; €2,100; €145; £60"),
    "date": _semi(
        "vrijdag 12 juni; 27 april; zaterdag 29 augustus; 5 mei 2026; 14-02-2027; 2026-09-19; Koningsdag; "
        "Tweede Pinksterdag; 31 december; 3 oktober; 1 juli 2027"
    ),
    "date_en": _semi("Friday 12 June; 27 April; Saturday 29 August; 5 May 2026; 19 September; New Year's Eve"),
    "year": _semi("2025; 2026; 2027"),
    "build_year": _semi("1957; 1963; 1968; 1972; 1979; 1984"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday"),
    "time": _semi("09:00; 9.30 uur; 10.15; half elf; 13:45; kwart voor drie; 16.00 uur; 19:30"),
    "time_en": _semi("9:00; 9.30am; 10.15; 1:45pm; 4pm; 7.30pm"),
    "company_phone": _semi("088 - 600 12 00; 0900-1234 (€ 0,10 p/m); 0800-0222; 020 - 303 48 00; 085 060 11 22"),
    "company_mail": _semi(
        "info@kapsalonanita.nl; service@haarwerkplaats.nl; schade@klaverblad.example; verhuur@boels.example; "
        "offerte@tentplus.nl; secretaris@sweelinck-harmonie.nl; klantenservice@treatwell.example"
    ),
}
