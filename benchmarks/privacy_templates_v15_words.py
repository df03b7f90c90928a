"""The ordinary words every `test_v15` template draws (`CLEAN_FILLERS["test_v15"]`): telecom and broadband
providers, routers and phones, streaming and music services, energy suppliers, home insurers, bike-lease firms and
employers, car and scooter sharing, parking apps, low-emission zones and toll operators abroad, marketplaces,
parcel lockers, pharmacies, GP practices, hospitals, dental insurers, care-alarm services, guardianship offices,
letting agents, foreign universities, the immigration service's desks, translation agencies, gift-list shops,
funeral cooperatives, sports clubs, charities and lotteries; towns in the Netherlands (some also surnames: Rijssen,
Wijchen, Bunnik), Flanders and abroad; holidays and events; and the numbers that are no one's: order, ticket,
invoice, case and tracking numbers, a company's phone number, amounts, dates that are not
a birth date, times, flight and train numbers, app and firmware versions. Several firms carry a person's name
(Frank Energie, Jeroen Bosch Ziekenhuis, Ronald McDonald Kinderfonds, Prinses Beatrix Spierfonds, Albert Heijn):
the firm is not personal data. None of it is.

Written by someone who never saw the redaction rules; the values avoid the words the/I/is/my, by which the corpus
builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v15"] = {
    "city": _bars(
        "Rijssen|Wijchen|Bunnik|Kerkrade|Sittard|Weert|Venray|Boxtel|Veghel|Harlingen|Franeker|Dokkum|Steenwijk|"
        "Kampen|Zutphen|Doetinchem|Gorinchem|Vlaardingen|Spijkenisse|Purmerend|Heerhugowaard|Vlissingen|Terneuzen"
    ),
    "city_be": _bars("Gent|Leuven|Mechelen|Aalst|Hasselt|Genk|Kortrijk|Turnhout|Herentals|Waregem"),
    "city_abroad": _bars("Lissabon|Porto|Boekarest|Sofia|Lyon|Barcelona|Keulen|Mindelo|Kralendijk|Willemstad"),
    "telco": _bars("Odido|KPN|Vodafone|Simyo|Lebara|Youfone|Budget Mobiel|hollandsnieuwe|Ben|Lyca Mobile"),
    "isp": _bars("Ziggo|KPN|Delta Fiber|Caiway|Odido Thuis|Budget Thuis|Freedom Internet|Glasvezel Buitenaf"),
    "router": _bars("FRITZ!Box 7590|Experia Box v12|Ziggo SmartWifi-modem|Connect Box|Sagemcom F@st 5670"),
    "phone_model": _bars("Galaxy A55|iPhone 15|Pixel 8a|Fairphone 5|Moto g84|iPhone SE"),
    "streamer": _bars("Netflix|Videoland|Disney+|Viaplay|NLZIET|HBO Max|Prime Video|SkyShowtime"),
    "music": _bars("Spotify|Deezer|Tidal|Apple Music|YouTube Music"),
    "energy": _bars(
        "Vattenfall|Eneco|Essent|Budget Energie|Vandebron|Greenchoice|Frank Energie|Pure Energie|Tibber|Zonneplan"
    ),
    "insurer": _bars("Centraal Beheer|Interpolis|OHRA|FBTO|Allianz Direct|Nationale-Nederlanden|Inshared|ANWB"),
    "dental": _bars("Zilveren Kruis Tand Best|DSW|Menzis TandVerzorgd|CZ Tand|Zorg en Zekerheid|IZA"),
    "lease": _bars("Lease a Bike|Hollandbikes|Bike Totaal Lease|Fietsplan Direct|Lease-een-fiets"),
    "bike": _bars("Gazelle Ultimate C380|VanMoof S5|Cortina E-Common|Stromer ST3|Batavus Finez|QWIC Premium MN7"),
    "employer": _bars("Rijkswaterstaat|Philips|ASML|de gemeente Bladel|Zorggroep Oosterlengte|Hogeschool Rijnland"),
    "carshare": _bars("Greenwheels|MyWheels|SnappCar|Share Now|Getaround|Amber"),
    "scooter": _bars("Felyx|Check|GO Sharing|Cooltra|Bolt|Lime|Dott"),
    "parking": _bars("EasyPark|Parkmobile|Yellowbrick|ParkBee|Q-Park|SMSparking"),
    "zone": _bars(
        "de Umweltzone in Keulen|de ZFE in Lyon|de ULEZ in Londen|de Low Emission Zone in Antwerpen|"
        "de zona de bajas emisiones in Barcelona|de Crit'Air-zone in Parijs"
    ),
    "toll": _bars("Via Verde|Telepass|Bip&Go|Emovis|Tolltickets|Brisa|Liber-t"),
    "market": _bars("Marktplaats|Vinted|2dehands|Catawiki|Facebook Marketplace|eBay"),
    "locker": _bars(
        "de PostNL-pakketautomaat|het DHL Parcelstation|de InPost-locker|de Amazon Locker|de Bringme-kluis"
    ),
    "pharmacy": _bars("Service Apotheek De Brug|BENU Apotheek|Kring-apotheek Zuid|Apotheek Thuis|Mediq Apotheek"),
    "practice": _bars(
        "Huisartsenpraktijk De Lindeboom|Gezondheidscentrum Schoonoord|Huisartsen aan de Vaart|Praktijk Oosterpoort"
    ),
    "hospital": _bars(
        "Jeroen Bosch Ziekenhuis|Zuyderland|Maasstad Ziekenhuis|Isala|Rijnstate|Amphia|Tjongerschans|Gelre"
    ),
    "alarm": _bars("Tunstall|Personenalarmering Noord|Zorgalarm 24|SOS-knop Oost|Mextra"),
    "bewind": _bars("Bewindvoering Op Orde|Mentorschap Midden|Stichting Budgetbeheer Oost|Bewindkantoor Helder"),
    "agent": _bars("Rotsvast|Vesteda|Holland2Stay|Vbo Verhuur|Pararius|Kamernet"),
    "uni": _bars("KU Leuven|Universidade do Porto|Universitatea din București|Sofia University|UCD|TU München"),
    "translator": _bars("Vertaalbureau Babel|Beëdigd Vertaalbureau Noord|Taalbrug|Translatio|Vertaalhuis Oost"),
    "registry": _bars("Wehkamp|de Bijenkorf|Cadeaulijstje.nl|Blokker|Kwantum|Bol"),
    "funeral": _bars("DELA|Yarden|Monuta|Uitvaartvereniging Sint Barbara|Coöperatie De Laatste Eer"),
    "club": _bars("vv Rood-Wit|HC Strijen|AV Hanzesport|Zwemclub De Dolfijn|TC Het Zwarte Pad|korfbalclub KIOS"),
    "federation": _bars("KNVB|KNHB|Atletiekunie|KNZB|KNLTB|KNKV"),
    "charity": _bars(
        "KWF|Hartstichting|Rode Kruis|Artsen zonder Grenzen|Alzheimer Nederland|Prinses Beatrix Spierfonds|"
        "Ronald McDonald Kinderfonds|Stichting Het Vergeten Kind"
    ),
    "lottery": _bars("Postcode Loterij|VriendenLoterij|Staatsloterij|Lotto|Eurojackpot|BankGiro Loterij"),
    "shop": _bars("Albert Heijn|HEMA|Kruidvat|Jan Linders|Action|Coolblue|MediaMarkt|Gamma|Ikea"),
    "order": _bars("order 7740-2213|bestelling 58112936|ordernr. NL-90331|order #448817|bestelnummer 3301-776"),
    "ticket": _bars("ticket 2025-118402|melding 77301|case #A-55820|storingsnummer ST-90412|zaaknummer 2025/0915"),
    "invoice": _bars("factuur 2025.10.3318|factuurnummer 90011274|nota 44-2291|factuur F2025-0877"),
    "case": _bars("dossier B-2025-0412|schadenummer 25-118340|dossiernr. 7714/25|claim 990231-S"),
    "tracking": _bars("3SKABC1182736|JVGL05733109912284|LX118820374NL|CD 4471 8830 2NL|1Z999AA10123456784"),
    "company_phone": _bars("0800-0402|088 123 4500|0900-1884|020 700 8800|085 303 2100|0800 0225"),
    "amount": _bars("€ 14,99|€ 226,40|€ 1.380,-|€ 68|€ 9,95|€ 312,75|€ 45,00|€ 2.150"),
    "amount_en": _bars("€14.99|€226.40|€1,380|€68|£9.95|€312.75"),
    "date": _bars("3 november|dinsdag 14 oktober|28-02-2026|1 december|vrijdag 9 januari|31 maart|15 juni 2025"),
    "date_en": _bars("3 November|Tuesday 14 October|28/02/2026|1 December|Friday 9 January|15 June 2025"),
    "time": _bars("8.15 uur|14.30 uur|kwart voor elf|half twee|09:40|17:05|13:20"),
    "time_en": _bars("8.15am|2.30pm|quarter to eleven|09:40|5pm"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "holiday": _bars(
        "Kerst|Tweede Paasdag|Bevrijdingsdag|Carnaval|Ramadan|Divali|Chinees Nieuwjaar|Dia di Rincon|Koningsdag"
    ),
    "flight": _bars("TP 663|KL 1695|HV 5121|RO 362|FB 462|LH 997|VY 8316"),
    "train": _bars("IC 3567|ICE 128|Eurostar 9317|Sprinter 7438|IC Direct 1142|Nightjet 421"),
    "version": _bars("versie 8.42.1|v3.10.2|build 2025.40|firmware 7.57|versie 15.2"),
    "count": _bars("2|3|4|5|6|8|12"),
}
