"""The ordinary words every `test_v13` template draws (`CLEAN_FILLERS["test_v13"]`): mortgage lenders, notaries,
daycare and childminder agencies, vets and pet insurers, bike brands and lease firms, lotteries, newspapers,
funeral insurers, heat-pump installers, student-housing firms and universities, driving-exam centres, car models,
the blood bank, opticians and hearing-aid shops, campsites, football clubs, music schools, marketplaces, pets'
names, towns in the Netherlands, Friesland, Flanders, Britain and Germany, holidays, dates that are no birth
dates, times, opening hours, amounts, and the numbers of an order, invoice, subsidy file, fine, exam or a company's
switchboard and Chamber of Commerce entry. None of it is personal data.

Written by someone who never saw the redaction rules; the values avoid the words the/I/is/my, by which the corpus
builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v13"] = {
    "city": _bars("Nijmegen|Arnhem|Dordrecht|Ede|Oss|Roosendaal|Venlo|Helmond|Emmen|Hoorn|Zaandam|Sittard|Lelystad"),
    "city_caps": _bars("NIJMEGEN|DORDRECHT|HELMOND|EMMEN|HOORN|ZAANDAM|LELYSTAD|VENLO"),
    "city_fy": _bars("Sneek|Drachten|Heerenveen|Dokkum|Franeker|Harlingen|Bolsward|Joure"),
    "city_be": _bars("Brugge|Sint-Niklaas|Roeselare|Lier|Tienen|Geel|Ieper|Dendermonde"),
    "city_uk": _bars("Leeds|Manchester|Bristol|Edinburgh|Cardiff|Newcastle|York"),
    "city_en": _bars("Leeds|Manchester|Bristol|Edinburgh|Cardiff|Newcastle|Munich|Cologne|Bangalore"),
    "lender": _bars("Rabobank|ING|ABN AMRO|Obvion|Florius|Nationale-Nederlanden|a.s.r.|Munt Hypotheken|Hypotrust"),
    "notary": _bars("Notariskantoor Rijnmond|Notarissen aan de Maas|notariaat De Linge|Notariskantoor Oostpoort"),
    "daycare": _bars("Partou|Kinderopvang Humankind|SKDH|Gastouderbureau Kindertuin|KindeRdam|Dikkertje Dap"),
    "vet": _bars("Dierenkliniek De Brink|AniCura|Evidensia|Dierenartsenpraktijk Oost|Dierenziekenhuis Drachten"),
    "pet": _bars("Max|Luna|Bobby|Sammie|Tijger|Loeki|Beau|Nala|Snuf|Bolletje"),
    "pet_insurer": _bars("PetSecur|Figo|OHRA|Proteq Dier & Zorg|Univé|Petplan"),
    "bike": _bars("Swapfiets|VanMoof|Gazelle|Sparta|Batavus|Stella|QWIC|Cortina|Cube"),
    "lottery": _bars("Postcode Loterij|Staatsloterij|VriendenLoterij|BankGiro Loterij|Lotto"),
    "paper": _bars("Volkskrant|Trouw|NRC|Leeuwarder Courant|Gelderlander|Stentor|Limburger|Telegraaf"),
    "funeral": _bars("DELA|Monuta|Yarden|Ardanta|Uitvaartzorg Twente"),
    "installer": _bars("Feenstra|Remeha-dealer Noord|Daikin-installateur|Warmtepompspecialist Oost|Itho Daalderop"),
    "housing": _bars("SSH|DUWO|Idealis|Xior|Lefier|Talis|ROOM.nl"),
    "uni": _bars("RUG|TU Delft|UvA|Hanzehogeschool|Radboud Universiteit|Fontys|HAN|Universiteit Utrecht"),
    "election": _bars("de gemeenteraadsverkiezingen|de Tweede Kamerverkiezing|de waterschapsverkiezingen"),
    "cbr": _bars("CBR Rijswijk|CBR Nieuwegein|CBR Zwolle|examencentrum Den Bosch|CBR Leeuwarden"),
    "car": _bars("Kia Picanto|Toyota Yaris|Volkswagen Polo|Peugeot 208|Skoda Octavia|Tesla Model 3|Opel Corsa"),
    "bloodbank": _bars("Sanquin|de bloedbank|Sanquin Nijmegen|de donorlocatie"),
    "optician": _bars("Hans Anders|Specsavers|Pearle|Schoonenberg|Beter Horen|Eyewish"),
    "camping": _bars(
        "camping De Zandstuve|minicamping De Vlinderhoeve|camping Het Lierderholt|Recreatiepark Bergumermeer"
    ),
    "club": _bars("Feyenoord|PSV|FC Twente|Vitesse|sc Heerenveen|NEC|Go Ahead Eagles|Willem II|Fortuna Sittard"),
    "music": _bars("muziekschool De Hoge Noord|Kunstencentrum Zaanstad|Muziekschool Oss|Popschool Helmond"),
    "market": _bars("Marktplaats|Vinted|2dehands|Facebook Marketplace"),
    "site": _bars("mijnafspraak|loterij-service|abonnementen|fietsservice|warmtepompcheck"),
    "kenmerk": _bars(
        "CJIB-kenmerk 3020 4410 9876 5512|beschikking 1904 2281 1177 0031|betalingskenmerk 7001 5521 8830 2214"
    ),
    "kenmerk_en": _bars("fine reference 3020 4410 9876 5512|CJIB reference 1904 2281 1177 0031"),
    "dossier": _bars("dossier ISDE-2025-118204|aanvraagnummer 2025-07731|zaak SUB-448120|dossiernr. 88-2025-0415"),
    "order": _bars("order 20250418-331|bestelling 7712 0045|ordernummer W25-88123|offerte Q-2025-0771"),
    "invoice": _bars("factuur 2025-00871|nota 77801245|factuurnummer F-3310-25|factuur 2025/118"),
    "kvk": _bars("KvK 30214455|KvK-nummer 61800422|btw NL003188201B01|KvK 08142290"),
    "date": _bars("14 februari|dinsdag 3 juni|1 april|woensdag 22 oktober|12-11-2025|eind januari|vrijdag 5 december"),
    "date_en": _bars("14 February|Tuesday 3 June|1 April|Wednesday 22 October|12/11/2025|5 December"),
    "holiday": _bars("Koningsdag|Hemelvaartsdag|Tweede Pinksterdag|Sinterklaas|Keti Koti|het Suikerfeest|Kerst"),
    "time": _bars("9.15 uur|13.30 uur|half negen|kwart over twee|11:30|10.00 uur|16.45 uur"),
    "time_en": _bars("9.15am|1.30pm|half past eight|2.15pm|11:30"),
    "hours": _bars("ma t/m vr 8.30-17.00|werkdagen 9-21 uur|za 10.00-14.00|ma-do 8-20, vr 8-17"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "amount": _bars("€ 12,50|€ 349,-|€ 187,50|€ 64,95|€ 45|€ 7,-|€ 118,40|€ 89,99"),
    "big": _bars("€ 385.000|€ 450.000|€ 1,2 miljoen|€ 25.000|€ 612.500"),
    "amount_en": _bars("€12.50|€349|€187.50|€64.95|€45|£40"),
    "company_phone": _bars("088 771 5500|0900-1510|085 888 2020|0800-0343|088 020 1000|0900 8844"),
    "count": _bars("2|3|4|6|10|14"),
}
