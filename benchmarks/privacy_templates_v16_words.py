"""The ordinary words every `test_v16` template draws (`CLEAN_FILLERS["test_v16"]`): plumbers and insurers, holiday
parks and rental sites abroad, driving schools, car dealers, e-scooter shops, solar-lease firms, camper rental,
cruise lines, ticket platforms, dating apps, fitness trackers, smart doorbells, newspapers, removal firms, childcare
centres, ambulance services, labs, orthodontists, a guide-dog school, zoos, museums, allotment associations,
marinas, riding schools, the tax office; towns at home and abroad (some also surnames: Ede, Soest, Bergen, Epe),
holidays and events; and the numbers that are no one's: order, ticket, invoice, case, claim and booking numbers, a
company's phone number and mailbox, amounts, dates that are no birth date, times, model numbers.

Written by someone who never saw the redaction rules; the values avoid the words the/I/is/my, by which the corpus
builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v16"] = {
    "city": _bars(
        "Ede|Soest|Bergen|Epe|Baarn|Nunspeet|Meppel|Oss|Uden|Tiel|Culemborg|Woerden|Schagen|Hoorn|Emmen|Assen|"
        "Leusden|Houten|Roermond|Goes|Zierikzee|Delfzijl|Winterswijk|Lochem|Hengelo|Almelo|Waalwijk|Oisterwijk"
    ),
    "city_abroad": _bars(
        "Sarlat|Lucca|Dénia|Jávea|Albufeira|Winterberg|Bad Bentheim|Durbuy|La Roche-en-Ardenne|Nerja|Siena|Antibes"
    ),
    "plumber": _bars("Loodgietersbedrijf De Waterlijn|Ruud's Installatietechniek|Lekkage Direct|Van Dam Sanitair"),
    "insurer": _bars("Centraal Beheer|Interpolis|Univé|a.s.r.|Nationale-Nederlanden|FBTO|Ditzo|Inshared|OHRA"),
    "rental": _bars("Belvilla|Interhome|Novasol|Landal|Casamundo|Holidu|Natuurhuisje"),
    "driving_school": _bars("Rijschool Vooruit|Autorijschool Tim|Rijschool De Rotonde|Verkeersschool Bakker"),
    "dealer": _bars("AutoPlaza Noord|Occasioncentrum Twente|Garage Jan de Wit|Autobedrijf Pietersen & Zn."),
    "car": _bars("Volkswagen Polo|Kia Ceed|Toyota Yaris Cross|Peugeot 208|Škoda Octavia|Renault Clio|Opel Corsa-e"),
    "scooter": _bars("Segway Ninebot Max G2|Xiaomi 4 Pro|NIU KQi3|Micro Merlin|VMAX VX4"),
    "solar": _bars("Zonneplan|SolarNRG|Zonnepanelendelen|Sungevity|Vattenfall Thuisbatterij"),
    "camper": _bars("McRent|Roadsurfer|Indie Campers|Camperverhuur De Duinen"),
    "cruise": _bars("MSC Cruises|Holland America Line|Costa|AIDA|TUI Cruises|Hurtigruten"),
    "tickets": _bars("Ticketswap|Ticketmaster|Eventim|See Tickets|Paylogic"),
    "event": _bars("Lowlands|Pinkpop|Zwarte Cross|Mysteryland|North Sea Jazz|Concert at Sea|DGTL"),
    "dating": _bars("Tinder|Bumble|Hinge|Lexa|Relatieplanet|Parship|Happn"),
    "tracker": _bars("Fitbit Charge 6|Garmin Venu 3|Polar Pacer|Withings ScanWatch|Amazfit GTR 4"),
    "doorbell": _bars("Ring Video Doorbell 4|Nest Doorbell|Eufy E340|Ezviz DB1C|Arlo Essential"),
    "paper": _bars("de Volkskrant|Trouw|het AD|NRC|De Telegraaf|De Gelderlander|Dagblad van het Noorden|De Limburger"),
    "mover": _bars("Verhuisbedrijf Van der Meulen|Mondial Movers|Verhuislift Oost|De Gruijter Verhuizingen"),
    "childcare": _bars("Kinderopvang Humankind|Partou|KOW|Kinderopvang 2Samen|De Kinderkamer"),
    "ambulance": _bars("Ambulance Oost|RAV Brabant|Ambulancezorg Rotterdam-Rijnmond|UMCG Ambulancezorg"),
    "lab": _bars("Certe|Atalmedial|Saltro|Star-shl|Eurofins"),
    "ortho": _bars("Orthodontiepraktijk Het Beugelhuis|Orthodontie Centrum Zuid|Beugelpraktijk Smile"),
    "dog_school": _bars("KNGF Geleidehonden|Hulphond Nederland|Stichting Blindengeleidehonden"),
    "zoo": _bars("Burgers' Zoo|Ouwehands Dierenpark|Wildlands|Diergaarde Blijdorp|ARTIS|Dierenpark Amersfoort"),
    "museum": _bars("Rijksmuseum|Kröller-Müller Museum|Van Gogh Museum|Museum Boijmans|Zuiderzeemuseum|Naturalis"),
    "garden": _bars("Volkstuinvereniging De Eendracht|ATV Ons Buiten|Tuinpark Nut en Genoegen"),
    "marina": _bars("Jachthaven De Schinkel|Marina Muiderzand|Jachthaven Wetterwille|Passantenhaven Loosdrecht"),
    "riding": _bars("Manege De Hoefslag|Ponyclub Het Zadel|Manege Willem Tell|Rijvereniging De Ruiters"),
    "amount": _bars("€ 49,95|€ 1.250|€ 312,40|€ 86|€ 2.395,00|€ 17,50|€ 640|€ 129,99|€ 4.100"),
    "amount_en": _bars("€49.95|€1,250|£312.40|€86|€2,395|£17.50|€640|€129.99"),
    "date": _bars("3 maart|12 juni|vrijdag 9 mei|1 april|28 augustus|maandag 2 december|15-07|21 oktober"),
    "date_en": _bars("3 March|12 June|Friday 9 May|1 April|28 August|2 December|15 July"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "time": _bars("08:30|10.15 uur|half twaalf|14:45|kwart voor vijf|19.00 uur"),
    "ticket": _bars("zaaknummer 2024-118734|ticket #55102|melding M-448210|SR-20931|case 7781204"),
    "invoice": _bars("factuur 2024-00931|factuurnr. F448120|nota 339021|rekening R-77120"),
    "order": _bars("bestelling 10-4481-223|order #88213|boeking BK-55910|reservering 4471-A"),
    "claim": _bars("schadenummer S-2024-33190|claim 88-11042|dossier 5519027"),
    "company_phone": _bars("088 - 112 50 00|0900-8844|020 799 4000|085 303 2000|0800-0222"),
    "company_mail": _bars("klantenservice@belvilla.nl|info@rijschoolvooruit.nl|schade@univé.nl|support@fitbit.com"),
    "holiday": _bars("Koningsdag|Pasen|Pinksteren|Hemelvaart|Sinterklaas|Kerstmis|oud en nieuw|Bevrijdingsdag"),
    "version": _bars("versie 4.2.1|firmware 2.18|app-versie 11.7|update 3.04"),
}
