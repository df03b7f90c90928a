"""The ordinary words every `test_v26` template draws (`CLEAN_FILLERS["test_v26"]`): boiler-maintenance firms,
youth hostels, municipal bicycle depots, medical-aids lenders, Sinterklaas agencies, firewood sellers, sun-blind
installers, heritage railways, chess clubs, sign-language interpreter agencies, dog-walking services, shooting
clubs, home-exchange platforms and cake bakers; towns; boiler and product codes; and numbers that are no one's:
order, ticket, booking, invoice and work-order numbers, frame numbers of bicycles, amounts, times, versions and dates
that are no birth date, company phone numbers and mailboxes.

Written by someone who never saw the redaction rules. Many firms and clubs hold a person's name (Installatiebedrijf
Henk Jansen, Schaakclub Max Euwe, Zonwering Johan Hendriks, Houthandel Klaas Vaak, Schietvereniging Willem Tell,
Tolkenbureau Simone Aarts, Bakkerij Jan Linders); none of them is labelled. Values avoid the words the/I/is/my, by
which the corpus builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v26"] = {
    "city": _bars(
        "Haren|Ede|Putten|Oss|Lisse|Grave|Boxmeer|Nuenen|Weert|Sittard|Stein|Zundert|Hendrik-Ido-Ambacht|"
        "Sint-Michielsgestel|Oud-Beijerland|Joure|Lemmer|Winterswijk|Hardenberg|Emmen|Meppel|Kampen|Harderwijk|"
        "Amersfoort|Gouda|Schiedam|Vlaardingen|Delft|Haarlem|Purmerend|Alkmaar|Medemblik|Hoorn|Goes|Terneuzen|Heerlen"
    ),
    "city_be": _bars("Mechelen|Lier|Turnhout|Aalst|Kortrijk|Hasselt|Leuven|Ieper"),
    "boiler": _bars("Installatiebedrijf Henk Jansen|CV Service Oost|KetelZorg|Warmtebeheer Brabant|Feenstra"),
    "hostel": _bars(
        "Stayokay Haarlem|Hostel De Hooiberg|Jeugdherberg Bert Haanstra|Hostel Sint Jan|Natuurvriendenhuis"
    ),
    "depot": _bars("Fietsdepot Amsterdam|Fietsdepot Gemeente Utrecht|Stallingsbeheer Leiden|Fietsdepot Zwolle"),
    "aid": _bars("Medipoint|Vegro|Hulpmiddelencentrum|Uitleenpunt Thuiszorg West|Welzorg"),
    "sint": _bars(
        "Sinterklaasbemiddeling De Mijter|Sint & Piet Verhuur Willem Brouwer|Pakjesboot Events|Goedheiligman.nl"
    ),
    "wood": _bars("Brandhouthandel Gebr. Mulder|Haardhout Direct|Houthandel Klaas Vaak|Het Houtvuur"),
    "blinds": _bars("Zonwering Johan Hendriks|Luxaflex dealer De Zon|Rolluikenland|Screens & Co"),
    "rail": _bars("Museumstoomtram Hoorn-Medemblik|Stoomtrein Goes-Borsele|Veluwsche Stoomtrein Maatschappij"),
    "chess": _bars("Schaakclub Max Euwe|SV Het Paard|Schaakvereniging Paul Keres|De Witte Dame"),
    "interp": _bars("Tolkcontact|Tolkenbureau Simone Aarts|Gebarentolk Noord|TolkNet"),
    "dog": _bars("Hondenuitlaatservice Boef|Uitlaatservice Bello & Co|Roedel op Pad|De Blije Hond"),
    "shoot": _bars("Schietvereniging Willem Tell|SV De Roos|Schutterij Sint Sebastiaan|Schietsport Ede"),
    "swap": _bars("HomeExchange|Huizenruil Nederland|SwapHome|Vakantiewoningruil.nl"),
    "cake": _bars("Banketbakkerij Van der Linde|Taartenatelier Suzanne|Bakkerij Jan Linders|Patisserie Petit Four"),
    "product": _bars(
        "Remeha Calenta Ace 35c|Nefit EcoLine HRC 25/30 CW4|Intergas Kombi Kompakt HRE 36/30|Vaillant ecoTEC plus"
    ),
    "goods": _bars("Gazelle Orange C7|Batavus Finez|Somfy io-motor|rollator Topro Olympos|Luxaflex Duette 25 mm"),
    "frame": _bars("framenummer WGZ1234567|frame 1CA8 73219|frame nr. GZ-88123-B|framenr. XK0193472"),
    "amount": _bars("€ 14,95|€ 1.225,00|€ 8,50|€ 279|€ 65,-|€ 3.400|€ 0,89|€ 117|€ 42,75|€ 24|€ 595,00"),
    "amount_en": _bars("€14.95|€1,225|€8.50|€279|€65|€3,400|€117|£30|$85"),
    "date": _bars(
        "5 januari|woensdag 11 februari|20 maart|1 april|vrijdag 8 mei|27 juni 2026|15 juli|31 augustus|"
        "dinsdag 6 oktober|5 december|24-12-2026|2027-01-09|Koningsdag|3-11"
    ),
    "date_en": _bars("5 January|Wednesday 11 February|1 April|Friday 8 May|31 August|5 December"),
    "month": _bars("januari|februari|maart|april|mei|juni|september|oktober|november|december"),
    "year": _bars("2025|2026|2027|1999|2014"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "time": _bars("07:45|8.30 uur|kwart voor tien|11:15|half een|14.20 uur|17:00|19:30"),
    "time_en": _bars("7:45|8.30 am|quarter to ten|11:15|12:30 pm|5 pm"),
    "order": _bars("bestelling 2612-55170|order BH-40912|ordernr. 88412-3|levering LV2611-07"),
    "order_en": _bars("order 2612-55170|order BH-40912|delivery LV2611-07"),
    "ticket": _bars("ticket #71834|melding M26-04417|zaak 00731190|SR-2290|storing 5531"),
    "ticket_en": _bars("ticket #71834|case 00731190|SR-2290"),
    "booking": _bars("boeking HB-26-1187|reservering 60215|boekingsnr. ST2607-19|rit 14:05 Hoorn"),
    "booking_en": _bars("booking HB-26-1187|reservation 60215|booking ref ST2607-19"),
    "invoice": _bars("factuur 2026-10082|nota 55917|factuurnr. F26-0831|creditnota CN-2041"),
    "invoice_en": _bars("invoice 2026-10082|bill 55917|credit note CN-2041"),
    "workorder": _bars("werkbon 44810|werkorder WO-26-3371|opdracht 7719"),
    "version": _bars("versie 3.8.2|app 5.1|build 2240|v1.19"),
    "emoji": _bars("🙏|😊|👍|🔥|🎅|🐕|☀️|🚲|😅"),
    "company_phone": _bars("0900-1234|088 - 200 44 66|0800-0220|020 555 01 00|+32 3 200 10 10|0800 99 11"),
    "company_mail": _bars(
        "planning@cvserviceoost.nl|info@hostelhooiberg.nl|fietsdepot@utrecht.nl|klantenservice@medipoint.nl|"
        "boekingen@demijter.nl|bestellen@haardhoutdirect.nl|secretaris@maxeuwe.nl"
    ),
}
