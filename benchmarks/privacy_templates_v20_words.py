"""The ordinary words every `test_v20` template draws (`CLEAN_FILLERS["test_v20"]`): water companies and leaks,
car-sharing apps and cars, hotels and booking sites, airlines and flights, health insurers and care, gyms, online
supermarkets and their products, bicycle shops and bikes, solar installers and panels, mortgage lenders, debt
collectors, language schools and courses, pet insurers and pets, streaming services, second-hand marketplaces,
home-care organisations, kitchen fitters; towns (some also surnames or words: Doorn, Bergen, Putten, Ede, Hengelo,
Kampen, Goes, Vaals, Ter Aar, De Lier); football clubs; and the numbers that are no one's: order, booking, flight,
baggage-tag, ticket, invoice, article and transaction numbers, amounts, times, dates that are no birth date.

Written by someone who never saw the redaction rules; the values avoid the words the/I/is/my, by which the corpus
builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v20"] = {
    "city": _bars(
        "Doorn|Bergen|Putten|Ede|Hengelo|Kampen|Goes|Vaals|Ter Aar|De Lier|Meppel|Assen|Emmen|Harderwijk|Zeist|"
        "Hilversum|Alkmaar|Hoorn|Schiedam|Vlaardingen|Roosendaal|Oss|Uden|Weert|Roermond|Heerlen|Deventer|Almelo|"
        "Winterswijk|Terneuzen|Middelburg|Gorinchem|Woerden|Haarlem|Arnhem|Maastricht|Groningen|Eindhoven"
    ),
    "city_be": _bars("Antwerpen|Gent|Hasselt|Kortrijk|Leuven|Brussel"),
    "water": _bars("Vitens|Evides|Brabant Water|Waternet|Dunea|PWN|Oasen|WMD|Waterbedrijf Groningen|WML"),
    "leak": _bars(
        "een lekkage bij de watermeter|water dat uit de stoeptegels borrelt|bruin water uit de kraan|"
        "een gesprongen leiding in de kruipruimte|te lage waterdruk|een lekkende hoofdkraan"
    ),
    "leak_en": _bars(
        "a leak at the water meter|water bubbling up between the paving stones|brown tap water|low pressure"
    ),
    "care_en": _bars("physiotherapy|an MRI scan|glasses|the orthodontist|an ambulance ride"),
    "course_en": _bars("Dutch A2|Dutch B1 for the civic integration exam|Business English|Spanish for beginners"),
    "pet_en": _bars("our cat Pluis|Bobby the dog|our labrador Max|our rabbit Snuf"),
    "carshare": _bars("Greenwheels|MyWheels|SnappCar|Share Now|Check|Felyx|Amber|Hely"),
    "car": _bars(
        "Renault Zoe|Volkswagen Polo|Toyota Aygo X|Hyundai Kona Electric|Fiat 500e|Opel Corsa-e|Peugeot 2008|"
        "Citroën Berlingo"
    ),
    "hotel": _bars(
        "Hotel De Wereld|Van der Valk Hotel Ridderkerk|Fletcher Hotel Jan van Scorel|Hotel Casa|NH Amsterdam Zuid|"
        "Bilderberg De Keizerskroon|Stayokay Texel|Hotel Mariënhof"
    ),
    "booker": _bars("Booking.com|Expedia|Hotels.com|Trivago|Agoda|Airbnb"),
    "airline": _bars("KLM|Transavia|Corendon|TUI fly|easyJet|Ryanair|Turkish Airlines|Royal Air Maroc|SLM"),
    "flight": _bars("KL1002|HV6121|CND731|TK1958|AT851|PY994|U27831|OR1655"),
    "bagtag": _bars("bagagelabel KL 123456|tag HV 884120|AMSKL44871|bagtag 0074 KL 331902|PIR AMSKL12345"),
    "insurer": _bars("Zilveren Kruis|CZ|Menzis|VGZ|DSW|ONVZ|Zorg en Zekerheid|a.s.r. Ziektekosten|Salland"),
    "care": _bars(
        "fysiotherapie|de orthodontist|een bril op sterkte|de huisartsenpost|een MRI-scan|de diëtist|"
        "steunzolen van de podotherapeut|een ambulancerit"
    ),
    "gym": _bars("Basic-Fit|SportCity|Anytime Fitness|TrainMore|Fit For Free|David Lloyd|Sportschool De Kracht"),
    "shop": _bars("Picnic|Albert Heijn|Jumbo|Crisp|Ekoplaza|Flink|Plus"),
    "product": _bars(
        "Hertog Jan krat|Calvé pindakaas|Unox rookworst|Lay's Naturel|Douwe Egberts Aroma Rood|Milner 30+|"
        "Verkade Melk|Chiquita bananen|Heineken 0.0|Jan Linders chocopasta|Dr. Oetker Ristorante|Duyvis pinda's"
    ),
    "bikeshop": _bars(
        "Fietsenmaker Van der Molen|Bike Totaal Jan de Boer|Swapfiets|Rijwielhandel Ten Hove|Fietsdokter Kampen"
    ),
    "bike": _bars(
        "Gazelle Ultimate C380|Batavus Finez|Cortina U4|VanMoof S5|Sparta M8b|Stella Vicenza|Babboe Curve|"
        "Cube Kathmandu"
    ),
    "solar": _bars("Zonneplan|Solarfix|Sunbeam|Zonnepanelen Twente|HelloZon|Sungevity"),
    "panel": _bars(
        "Jinko Tiger Neo 430|LONGi Hi-MO 6|Trina Vertex S+|een omvormer van SolarEdge|Enphase micro-omvormers"
    ),
    "lender": _bars(
        "Obvion|Florius|Aegon Hypotheken|Munt Hypotheken|ING Hypotheken|Rabobank|Hypotheker|De Hypotheekshop"
    ),
    "collector": _bars("Intrum|Flanderijn|GGN|Cannock|Vesting Finance|Lindorff|Payin"),
    "school": _bars("Taalschool Babel|Regina Coeli|Direct Dutch|Berlitz|Volksuniversiteit|Talencentrum Hengelo"),
    "course": _bars("Nederlands A2|inburgering B1|staatsexamen NT2|Engels zakelijk|Spaans voor beginners"),
    "vet": _bars("PetSecur|Figo|OHRA Dierenverzekering|Univé Dier|ASPCA"),
    "pet": _bars("kater Pluis|hond Bobby|labrador Max|kat Minoes|konijn Snuf|teckel Guus|poes Saartje"),
    "stream": _bars("Spotify|Apple Music|Deezer|YouTube Premium|Tidal|Amazon Music"),
    "market": _bars("Marktplaats|Vinted|2dehands|Facebook Marketplace|Tweedehands.nl"),
    "homecare": _bars("Buurtzorg|Vivium|Zorgbalans|Careyn|Sensire|Tzorg|Thuiszorg West-Brabant"),
    "kitchen": _bars(
        "Keukenkampioen|Bruynzeel Keukens|Grando|Keller Keukens|Mandemakers|Nolte via Keukenstudio Bergen"
    ),
    "club": _bars("Feyenoord|Ajax|FC Twente|PSV|Go Ahead Eagles|sc Heerenveen|NAC Breda|De Graafschap|Willem II"),
    "amount": _bars("€ 23,50|€ 1.240,00|€ 8,99|€ 317|€ 64,75|€ 2.100|€ 14,95|€ 489|€ 0,49|€ 12.750|€ 96,30"),
    "amount_en": _bars("€23.50|€1,240|€8.99|€317|€64.75|€2,100|€14.95|€489"),
    "date": _bars(
        "3 februari|maandag 14 april|19-05|28 juni|vrijdag 12 september|1 november|15-12-2025|dinsdag 6 januari"
    ),
    "date_en": _bars("3 February|Monday 14 April|28 June|Friday 12 September|1 November|15 December"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "time": _bars("08:15|9.30 uur|kwart voor elf|12:05|half vier|17.45 uur|21:10"),
    "order": _bars("bestelling 4471-AX|ordernr. 200318877|order #P-55120|levering 2025-09-118|zending JVGL0612345"),
    "booking": _bars(
        "boeking 4819203377|reservering HDW-2291|boekingsnummer 3.842.117.650|PNR K7XQ2M|reservering 55-TRV-031"
    ),
    "ticket": _bars("melding M-2025-14402|ticket #77012|storing 55-381|case 2025/0931|klacht KL-8812"),
    "invoice": _bars("factuur 2025-11872|nota 9003812|factuurnr. F25-4410|termijnnota 0931-22|creditnota C-3310"),
    "article": _bars("artikel 8718452|art.nr. 100.482.77|EAN 8710398526540|SKU GZ-ULT-C380|onderdeel 31-0042"),
    "company_phone": _bars("0800-0359|088 - 020 8000|0900-1234|023 751 30 00|085-7607 600|0800 022 44 66"),
    "company_mail": _bars("service@vitens.nl|klantenservice@picnic.nl|hulp@greenwheels.nl|info@taalschoolbabel.nl"),
    "holiday": _bars("Koningsdag|Bevrijdingsdag|Hemelvaartsdag|Tweede Paasdag|Kerstavond|Sinterklaasavond"),
}
