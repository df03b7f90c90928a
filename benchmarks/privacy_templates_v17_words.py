"""The ordinary words every `test_v17` template draws (`CLEAN_FILLERS["test_v17"]`): phone-repair shops and phone
models, thermostat installers, garden centres and plants, kitchen appliances and baby products under recall, carpet
cleaners, sewer services, insurers, caravan storage, marinas, kite-surfing and language schools, banks, crowdfunding
platforms, concerts and venues, theatres, photo-print services, the pet-chip registry, stations, bicycle depots,
school photographers, clinics, home nursing, meals for the elderly, notaries, bailiffs and debt counselling; towns at
home and abroad (some also surnames or words: Best, Putten, Haren, Weert, Brielle); and the numbers that are no
one's: order, ticket, invoice, case and batch numbers, serial, chip and frame numbers, a company's phone number and
mailbox, amounts, dates that are no birth date, times, model numbers.

Written by someone who never saw the redaction rules; the values avoid the words the/I/is/my, by which the corpus
builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v17"] = {
    "city": _bars(
        "Best|Putten|Haren|Weert|Brielle|Zeist|Veenendaal|Harderwijk|Kampen|Dokkum|Sneek|Heerenveen|Gorinchem|"
        "Vlissingen|Terneuzen|Venlo|Sittard|Boxtel|Oosterhout|Zutphen|Doetinchem|Purmerend|Zaandam|Leiden|Delft"
    ),
    "city_be": _bars("Gent|Mechelen|Hasselt|Lier|Turnhout|Brugge|Aalst|Leuven"),
    "repair_shop": _bars("PhoneFix Centrum|GSM Dokter|Telefoonreparatie Snel & Goed|iRepair Hoog Catharijne|Fixbar"),
    "phone_model": _bars("iPhone 13 mini|Samsung Galaxy A54|Google Pixel 7a|Fairphone 5|OnePlus Nord 3|iPhone SE"),
    "thermostat": _bars("Tado V3+|Nest Learning Thermostat|Honeywell Evohome|Quby Toon|Netatmo"),
    "installer": _bars("Installatiebedrijf Warmtewacht|KlimaatGarant|Van Tol Installaties|CV-Service Oost"),
    "garden_centre": _bars("Tuincentrum De Boerenhoeve|Intratuin|GroenRijk|Tuinwereld|Pinkhof Tuincentrum"),
    "plant": _bars("olijfboom|Japanse esdoorn|vijf zakken potgrond|haagbeuk van 1,5 meter|buxusbollen|vijverpomp"),
    "appliance": _bars("inductiekookplaat|vaatwasser|combi-oven|airfryer|afzuigkap|koel-vriescombinatie"),
    "appliance_brand": _bars("Bosch|Siemens|Inventum|ATAG|Etna|Pelgrim|Tefal|Philips"),
    "baby_product": _bars("kinderwagen Joolz Aer|autostoel Maxi-Cosi Pebble|babyfoon|traphek|draagzak|wipper"),
    "carpet_cleaner": _bars("Tapijtreiniging Schoon & Fris|CleanPro Vloerkleden|Stomerij Van Wijk|Tapijtservice Noord"),
    "sewer_firm": _bars("RRS Rioolservice|Ontstoppingsdienst 24/7|Rioleringsbedrijf De Afvoer|Riool Direct"),
    "insurer": _bars("Achmea|Allianz|De Goudse|Klaverblad|Unigarant|Nh1816|ZLM|Aegon"),
    "storage": _bars("Caravanstalling De Hooiberg|Stalling Het Veenhof|Caravanopslag Twente|Boerderijstalling Kiers"),
    "marina": _bars("Jachthaven Het Anker|Marina Seaport IJmuiden|Jachthaven Brouwershaven|Watersportcentrum Heeg"),
    "kite_school": _bars("Kiteschool Wijk aan Zee|Kitesurfschool Brouwersdam|Surfcenter Workum|Fly Kiteboarding"),
    "language_school": _bars("Taalschool Spreekwoord|NT2 Instituut|Talencentrum Babel|Language House"),
    "course": _bars(
        "inburgeringscursus A2|staatsexamen NT2 programma II|NT2 op B1-niveau|Nederlands voor anderstaligen"
    ),
    "bank": _bars("ABN AMRO|Rabobank|ING|SNS|Triodos|ASN Bank|Van Lanschot|Knab"),
    "crowdfund": _bars("Oneplanetcrowd|Geldvoorelkaar|Kickstarter|Voordekunst|Collin Crowdfund|Doneeractie"),
    "concert": _bars("Doe Maar|Racoon|Rammstein|Coldplay|Snollebollekes|Froukje|Golden Earring tribute"),
    "venue": _bars("Ahoy|GelreDome|TivoliVredenburg|Paradiso|Oosterpoort|Ziggo Dome|Effenaar"),
    "theatre": _bars("Stadsschouwburg|Chassé Theater|Theater Carré|Wilminktheater|De Lawei|Parkstad Limburg Theaters"),
    "photo_service": _bars("Albelli|Smartphoto|Hema Foto|Kruidvat Fotoservice|Fotofabriek|Pixum"),
    "registry": _bars("Nederlandse Databank Gezelschapsdieren|Chipnummer.nl|Amivedi|Petbase"),
    "pet": _bars("kater|teckel|labradoodle|konijn|Maine Coon|Jack Russell|grijze poes"),
    "station": _bars("Utrecht Centraal|Amsterdam Sloterdijk|Zwolle|Amersfoort Centraal|Eindhoven Centraal|Den Bosch"),
    "depot": _bars("Fietsdepot Utrecht|Fietsdepot Amsterdam|Fietsendepot Groningen|Stallingsbeheer Leiden"),
    "school_photo": _bars("Fotograaf Klik|Schoolfoto Nederland|Pix4Kids|Portretstudio Lachebek"),
    "clinic": _bars("Sportmedisch Centrum Papendal|FysioPlus|Orthopedie Kliniek Oost|Sportblessurekliniek"),
    "hearing": _bars("Schoonenberg|Beter Horen|Specsavers Audiciens|Hoorcentrum Meerhoven"),
    "allergy": _bars("allergiepolikliniek|Allergiecentrum Rijnstate|polikliniek Allergologie"),
    "homecare": _bars("Thuiszorg Het Groene Kruis|Buurtzorg|Zorgbalans|Thuiszorg West-Brabant"),
    "meals": _bars("Apetito|Tafeltje Dekje|Maaltijdservice Oma's Pot|Uitgekookt"),
    "notary": _bars("Notariskantoor Wessels & Partners|Notariaat Zuid|Netwerk Notarissen|Notariskantoor Van Buuren"),
    "bailiff": _bars("Gerechtsdeurwaarders Flanderijn|GGN|Deurwaarderskantoor Van der Heijden|Incassobureau Lindorff"),
    "debt_help": _bars("Schuldhulpverlening|Geldzaken Wijkteam|Stichting Humanitas Thuisadministratie|Budgetbeheer"),
    "amount": _bars("€ 34,95|€ 219|€ 1.485,00|€ 72,50|€ 3.250|€ 11,99|€ 645|€ 89|€ 12.400"),
    "amount_en": _bars("€34.95|€219|€1,485|£72.50|€3,250|€11.99|£645|€89"),
    "date": _bars("4 januari|17 mei|dinsdag 8 april|30 september|zaterdag 14 juni|1 november|22-03|6 december"),
    "date_en": _bars("4 January|17 May|Tuesday 8 April|30 September|14 June|1 November|6 December"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "time": _bars("09:15|10.30 uur|half een|13:45|kwart over drie|20.00 uur"),
    "ticket": _bars("ticket 2025-44812|melding #71193|case CS-90412|zaak 33-1187|referentie RF882014"),
    "invoice": _bars("factuur 2025-01177|factuurnummer 80331276|nota N-55190|rekening 2025/0412"),
    "order": _bars("bestelling 71-3382-19|order #402217|ordernummer 9900148|reservering RES-7731"),
    "case": _bars("dossier 2025-0381|zaaknummer Z/24/11903|schadenummer 40-772193|vonnis C/13/7781"),
    "company_phone": _bars("0800-0230|088 - 126 40 00|030 711 5000|0900-1452|085 888 1600|020-262 9000"),
    "company_mail": _bars(
        "service@intratuin.nl|info@kiteschoolwijkaanzee.nl|klantcontact@buurtzorg.nl|"
        "support@albelli.nl|retour@bosch-home.nl"
    ),
    "batch": _bars("lotnummer 2410-B|batch 23/117|productiecode 8812K|serie F-2024-06"),
    "serial": _bars("reparatienummer RP-5521|serienummer SN44-1920-AB|modelnummer SMV4HCX48E|typenummer KGN39VLEB"),
    "chip": _bars("528210004417733|chip 528 140 000 912 384|981000012345078"),
    "frame": _bars("framenummer WBK 1844 2109|frame 17C-0072381|framenr. GZ4421-90"),
    "holiday": _bars("Koningsdag|Pasen|Pinksteren|Hemelvaart|Kerst|de herfstvakantie|carnaval|Moederdag"),
    "version": _bars("firmware 4.1.7|app-versie 2.33|update 11.2|iOS 17.4"),
}
