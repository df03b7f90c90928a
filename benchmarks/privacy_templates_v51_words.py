"""Ordinary (never labelled) words of test_v51, registered in the shared `CLEAN_FILLERS`: care organisations,
brands, products, places, codes and numbers that are not personal data (some named after people, such as
hospitals, opticians and squares)."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _list(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v51"] = {
    "insurer": _list(
        "ONVZ | DSW | Zorg en Zekerheid | a.s.r. Zorgverzekering | Univé | FBTO | Interpolis | De Friesland | "
        "Salland | IZA | Stad Holland | Anderzorg | Ditzo | ZEKUR | inTwente | Promovendum | HollandZorg | Eno"
    ),
    "hospital": _list(
        "Isala | Gelre | Rijnstate | Maasstad Ziekenhuis | Amphia | Zuyderland | Martini Ziekenhuis | "
        "Sint Antonius | Tergooi MC | Spaarne Gasthuis | Albert Schweitzer ziekenhuis | Reinier de Graaf | "
        "Franciscus Gasthuis | Ikazia | Antoni van Leeuwenhoek | Prinses Máxima Centrum | "
        "Wilhelmina Kinderziekenhuis | Sint Maartenskliniek | UMC Utrecht | Maastricht UMC+ | UMCG | "
        "ZorgSaam Terneuzen | Adrz Goes | Medisch Centrum Leeuwarden | Laurentius Ziekenhuis | VieCuri | "
        "Ommelander Ziekenhuis | AZ Sint-Jan Brugge | UZ Gent"
    ),
    "clinic": _list(
        "polikliniek Orthopedie | poli KNO | Dermatologie | Cardiologie | de bloedafname | Radiologie | "
        "de Spoedeisende Hulp | poli Kindergeneeskunde | Longziekten | Oogheelkunde | Gynaecologie | de pijnpoli | "
        "Reumatologie | poli MDL | Revalidatiegeneeskunde | de slaapkliniek | Audiologisch Centrum"
    ),
    "ggz": _list(
        "GGZ inGeest | Parnassia | GGz Centraal | Lentis | Mondriaan | Pro Persona | Arkin | Emergis | "
        "GGZ Friesland | Altrecht | Karakter | Indigo | Interpsy | PsyQ | i-psy | Accare"
    ),
    "practice": _list(
        "Huisartsenpraktijk De Linde | Gezondheidscentrum Kanaleneiland | Medisch Centrum Oost | "
        "Huisartsengroep Middelburg | Praktijk Vinkenslag | Huisartsenpost Zeeland | HAP Midden-Limburg | "
        "Tandartsenpraktijk Rivierenbuurt | Orthodontiepraktijk Walcheren | Mondzorg Centrum Lewenborg | "
        "Fysio Noord | Fysiotherapie Vijverhof | Kinderfysiotherapie Het Ankertje | Dentalclinics | "
        "Gezondheidscentrum Paddepoel | Apotheek De Zeemeeuw | Servicepunt Apotheek Overvecht"
    ),
    "gp": _list(
        "Huisartsenpraktijk De Linde | Gezondheidscentrum Kanaleneiland | Medisch Centrum Oost | "
        "Huisartsengroep Middelburg | Praktijk Vinkenslag | Gezondheidscentrum Paddepoel | Apotheek De Zeemeeuw | "
        "Servicepunt Apotheek Overvecht | Huisartsen Maasdal"
    ),
    "physio": _list(
        "Fysio Noord | Fysiotherapie Vijverhof | Kinderfysiotherapie Het Ankertje | Fysiotherapie Kanaleneiland | "
        "Manuele Therapie Walcheren | FysioHolland"
    ),
    "dental": _list(
        "Tandartsenpraktijk Rivierenbuurt | Orthodontiepraktijk Walcheren | Mondzorg Centrum Lewenborg | "
        "Dentalclinics | Tandheelkundig Centrum Heuvelland | Orthodontie De Vecht"
    ),
    "portal": _list(
        "MijnGezondheid.net | Uw Zorg online | MijnUMCG | Mijn Antonius | MijnIsala | Mijn Rijnstate | "
        "Zorgdomein | MedGemak | Mijn DSW | de ONVZ-app | de Sanquin Donor app | MijnZuyderland | Luscii"
    ),
    "lab": _list("Saltro | Star-shl | Atalmedial | Certe | Result Laboratorium | Eurofins | Synlab | Medlon | Sanquin"),
    "supplier": _list(
        "Vegro | Medipoint | Welzorg | Harting-Bank | Beter Horen | Schoonenberg | Specsavers | Hans Anders | "
        "Pearle | Kersten Hulpmiddelen | Livit Orthopedie | Medireva | VitalAire | Linde Homecare | Vivisol"
    ),
    "aid": _list(
        "ResMed AirSense 11 | Philips DreamStation 2 | Oticon Intent | Phonak Audéo Lumity | Signia Pure | "
        "Küschall Compact | Quickie Life | Invacare Action 3 | scootmobiel Vermeiren Ceres | rollator Topro Olympos | "
        "hoog-laagbed | douchestoel | AirFit F20-masker | FreeStyle Libre 3 | Dexcom G7 | Omron M7 | "
        "steunkousen klasse 2 | MiniMed 780G"
    ),
    "medicine": _list(
        "omeprazol 20 mg | metformine 500 mg | paracetamol 1000 mg | amoxicilline | levothyroxine 75 mcg | "
        "atorvastatine 40 mg | salbutamol | Ozempic | Eliquis 5 mg | methylfenidaat 10 mg | sertraline 50 mg | "
        "Fostair | Concerta 36 mg | Movicolon"
    ),
    "city": _list(
        "Middelburg | Vlissingen | Goes | Terneuzen | Zierikzee | Maastricht | Heerlen | Sittard | Roermond | "
        "Kerkrade | Groningen | Hoogezand | Delfzijl | Winschoten | Drachten | Dokkum | Utrecht | Nieuwegein | "
        "Zeist | Houten | IJsselstein | Harderwijk | Assen | Emmen | Tiel"
    ),
    "city_fy": _list("Ljouwert | Snits | Drachten | Dokkum | It Hearrenfean | Harns | Boalsert | Frjentsjer"),
    "city_be": _list("9000 Gent | 2018 Antwerpen | 3500 Hasselt | 8000 Brugge | 3000 Leuven | 2800 Mechelen"),
    "abroad": _list(
        "Alicante | Antalya | Nador | Paramaribo | Willemstad | Kraków | Varna | Constanța | Hurghada | "
        "Lloret de Mar | Faro | Hanoi | Kochi | Brisbane | Orlando | Tanger | Izmir | Hyderabad"
    ),
    "date": _list(
        "3 februari | 17-03-2026 | maandag 9 maart | 2026-05-12 | 28 april | 1 oktober 2025 | 15/01/2026 | "
        "22 juni | 6 januari 2026 | 30-11-2025 | 14 mei | 2 december"
    ),
    "date_en": _list("22 June | 4 May 2026 | March 3rd | 17/03/2026 | Tuesday 10 February | 1 October 2025"),
    "time": _list("08:10 | 08.45 uur | 10:30 | 11u15 | 13:40 | 15.20 | 16:05 | 9.00 uur | 14:50 | 07:55"),
    "hours": _list(
        "van 08:00 tot 10:00 | van 8.30 tot 12.00 uur | tussen 13:00 en 15:00 | van 07:30 tot 09:30 | "
        "tussen 10.00 en 11.30 uur | van 14:00 tot 16:30 | van 9u tot 12u30"
    ),
    "hours_fy": _list("fan 08:00 oant 10:00 | fan 13.00 oant 15.00 oere | fan 8.30 oant 11.30 oere"),
    "weekday": _list("maandag | dinsdagochtend | woensdagmiddag | donderdag | vrijdag | zaterdag"),
    "weekday_en": _list("Monday | Tuesday morning | Wednesday | Thursday | Friday afternoon | Saturday"),
    "time_en": _list("8:10 | 8.45 am | 10:30 | 1.40 pm | 3:20 pm | 16:05 | 9 o'clock"),
    "wait_en": _list("6 weeks | 14 weeks | five months | 10 days | over a year | three months"),
    "amount": _list(
        "€ 385 | €27,50 | 1.480 euro | € 94,15 | €3.212,60 | 60 euro | € 12,95 | €1.145,- | €230 | € 4.870"
    ),
    "count": _list("2 | 4 | 6 | 9 | 14 | 21 | drie | acht | twaalf"),
    "wait": _list("6 weken | 14 weken | 5 maanden | 10 dagen | ruim een jaar | 23 weken | 3 maanden"),
    "ticket": _list(
        "SR-8841027 | #102394 | REF 66120-B | INC1180234 | ZD-445109 | case 2026/0877 | MLD 30412 | T-55813"
    ),
    "order": _list("BST-771093 | ORD 40022815 | WO-5318 | HM-2026-0091 | #A-220917 | 5530-88"),
    "code": _list(
        "prestatiecode 1000 | code 1864 | V21 | C11 | M03 | A10 | DBC 0303-219 | zorgproduct 990027004 | "
        "ISO 12.22.03 | CPT 97110 | M40 | T42"
    ),
    "lot": _list("lot 24C118 | batch MK7741 | LOT 3309A | charge 5520-01 | lotnr. H48812"),
    "tooth": _list("element 36 | de 11 en de 21 | kies linksonder | element 46 | de 12 | een melkkies"),
    "company_phone": _list(
        "0800-0113 | 088 - 567 80 00 | 0800 - 5151 | +31 88 909 1900 | 088 0180 100 | "
        "0900-1515 | 14 050 | 070 - 340 50 60 | +32 2 524 97 97"
    ),
    "mailbox": _list(
        "declaraties@dsw.nl | zorgadvies@onvz.nl | info@vegro.nl | klantenservice@medipoint.nl | "
        "afsprakenbureau@isala.nl | donorservice@sanquin.nl | planning@mondzorglewenborg.nl | "
        "secretariaat.kno@rijnstate.nl | noreply@mijngezondheid.net | claims@eurocross.nl | "
        "wachtlijst@altrecht.nl | receptie@dewingerd.nl"
    ),
    "site": _list(
        "www.thuisarts.nl | sanquin.nl/doneren | mijn.dsw.nl | zorgkaartnederland.nl | www.ehic.nl | "
        "www.moetiknaardedokter.nl | wachttijden.ggz.nl | www.hulpmiddelwijzer.nl"
    ),
    "home": _list(
        "Zorgcentrum De Wingerd | Verpleeghuis Ter Reede | Woonzorgcentrum De Kloosterhof | Zorggroep Ter Weel | "
        "Vitalis Peppelrode | Cordaan De Die | Laurens Antonius Binnenweg | Zonnehuisgroep Noord | "
        "Amstelring De Diem | Careyn Tamarinde | Het Hoogeland"
    ),
    "travel_insurer": _list(
        "Allianz Travel | ANWB Reisverzekering | Europ Assistance | SOS International | Eurocross | "
        "Centraal Beheer | Unigarant | Reaal | Christelijke Mutualiteit | Mutas"
    ),
    "ward": _list("afdeling B3 | verpleegafdeling 5 Noord | kamer 214 | route 62 | balie 3 | wachtkamer C | lift 4"),
    "flight": _list("KL1678 | HV6721 | TB1204 | PC1264 | OR1523 | FR9261 | TK1952 | AT856"),
    "donation": _list("volbloed | plasma | trombocyten | bloedplasma"),
    "place": _list(
        "het Willem-Alexanderplein | het Prins Bernhardplein | het Wilhelminaplein | het Anne Frankplein | "
        "de Koning Willem III-laan | de Julianabrug | station Maastricht Randwyck | P+R Papendorp"
    ),
    "percent": _list("80% | 100% | 75 procent | 65% | de helft"),
    "postbus": _list("Postbus 9555 | Postbus 30002 | Postbus 1502 | Antwoordnummer 4120 | Antwoordnummer 10557"),
    "org_postcode": _list("8000 GK Zwolle | 3500 GA Utrecht | 6202 AZ Maastricht | 9700 RB Groningen"),
    "room": _list("kamer 12 | appartement 3.14 | unit B | kamer 208 | de Lindegang | afdeling Zonnebloem"),
    "version": _list("versie 4.2.1 | v12.0.3 | build 2208 | iOS 18.3 | Android 15"),
}
