"""Ordinary (never labelled) words of test_v114, registered in the shared `CLEAN_FILLERS`: municipalities, courts and
their case numbers, clinics, airports, flights and lost items, farm shops, laundries, coffee machines and their
lessors, phone insurers, sailing clubs, berths and boats, towns of the Netherlands, Belgian Limburg, Brussels, Aruba,
Curaçao, Pakistan, Uganda and Ireland, people-named places and brands, bots, Intercom ids, LINE and KakaoTalk
headers, WebVTT cues, public numbers, product codes, amounts and dates that are not birth dates."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bar(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v114"] = {
    # ---- Intercom, Teams, LINE, KakaoTalk and WebVTT furniture
    "conv": _bar("215004417803|215004420156|215004398771|215004431902|215004375268|215004449530|215004402617"),
    "inbox": _bar("Werk & Inkomen|Rijbewijzen|Zonnepanelen Lease|Lost & Found|Abonnementen|Wasservice|Zakelijk"),
    "team": _bar("Team Wonen|Inkomen Noord|Bijzondere Bijstand|Backoffice Toeslagen|Team Burgerzaken"),
    "time": _bar(
        "08:58|09:12|09:47|10:05|10:42|11:16|12:30|13:05|14:20|15:38|16:31|17:02|08:15|09:30|11:45|13:50|15:05|16:10"
    ),
    "time_en": _bar(
        "8:58 AM|9:12 AM|10:42 AM|11:16 AM|1:05 PM|2:20 PM|3:38 PM|4:31 PM|9:30 AM|12:15 PM|2:45 PM|5:10 PM"
    ),
    "day_short": _bar("ma 14-4|di 3-6|wo 21-5|do 10-7|vr 29-8|ma 6-10"),
    "vtt": _bar(
        "00:02:14.360 --> 00:02:17.900|00:04:51.020 --> 00:04:54.480|00:07:03.700 --> 00:07:06.950|"
        "00:11:29.240 --> 00:11:33.010|00:15:46.600 --> 00:15:49.120|00:21:08.330 --> 00:21:12.760"
    ),
    "vtt2": _bar(
        "00:02:18.100 --> 00:02:24.640|00:04:55.000 --> 00:05:01.870|00:07:07.300 --> 00:07:13.090|"
        "00:11:33.500 --> 00:11:40.200|00:15:49.800 --> 00:15:56.410|00:21:13.050 --> 00:21:19.980"
    ),
    "line_date": _bar("2025/03/14 10:42|2025/05/02 18:07|2025/06/10 09:15|2025/08/21 22:31|2025/10/03 07:54"),
    "line_day": _bar("2025/03/14(Fri)|2025/05/02(Fri)|2025/06/10(Tue)|2025/08/21(Thu)|2025/10/03(Fri)"),
    "kakao_date": _bar("2025년 3월 14일 금요일|2025년 6월 10일 화요일|2025년 8월 21일 목요일|2025년 10월 3일 금요일"),
    "kakao_date_en": _bar("Friday, March 14, 2025|Tuesday, June 10, 2025|Thursday, August 21, 2025"),
    "kakao_time": _bar("오후 3:42|오전 10:05|오후 9:18|오전 7:51|오후 12:30"),
    "kakao_time_en": _bar("3:42 PM|10:05 AM|9:18 PM|7:51 AM|12:30 PM"),
    "fin": _bar("Fin|Fin AI Agent|Fin (AI Agent)|Fin 🤖"),
    "bot": _bar("Fin|Fin AI Agent|Copilot|Zonny|Beugelbot|Wasbeer|Bonnie|Skipper|Lotte (chatbot)|Max"),
    # ---- courts
    "zaak": _bar(
        "10934417 CV EXPL 25-2211|C/03/334512 / HA ZA 24-611|11287034 CV EXPL 25-0913|C/18/221409 / KG ZA 25-44|"
        "10517762 \\ CV EXPL 24-8130"
    ),
    "zaak_bestuur": _bar("ROE 25/1184|MST 24/3021|AWB 25/0456|LEE 25/771|AMS 25/2093"),
    "rolnr": _bar("25A1234|24B567|25A0981|25B0112|24A3310"),
    "court_up": _bar("LIMBURG|NOORD-NEDERLAND|AMSTERDAM|ROTTERDAM|OOST-BRABANT"),
    "ecli": _bar("ECLI:NL:RBLIM:2025:2817|ECLI:NL:RBNNE:2024:4410|ECLI:NL:RBAMS:2025:1093|ECLI:NL:RBROT:2025:607"),
    "pages": _bar("3|4|5|7|9"),
    "record_ie": _bar("2025/01234|2024/07812|2025/00391|2025/04470"),
    # ---- places
    "town": _bar("Venlo|Maastricht|Sneek|Amsterdam|Rotterdam|Heerlen|Almere|Zwolle|Leeuwarden|Roermond|Delft|Weert"),
    "town_li": _bar("Hasselt|Genk|Tongeren|Sint-Truiden|Maasmechelen|Bilzen|Lommel|Beringen|Houthalen|Maaseik"),
    "town_li_up": _bar("HASSELT|GENK|TONGEREN|SINT-TRUIDEN|MAASMECHELEN"),
    "town_bx": _bar("Anderlecht|Schaarbeek|Molenbeek|Elsene|Jette|Ukkel|Sint-Gillis|Etterbeek|Evere"),
    "town_ac": _bar("Oranjestad|Noord|Santa Cruz|San Nicolas|Willemstad|Otrobanda|Pietermaai|Mahaai|Santa Rosa"),
    "town_north": _bar("Leeuwarden|Groningen|Assen|Heerenveen"),
    "town_pk": _bar("Lahore|Rawalpindi|Faisalabad|Sialkot|Gujranwala|Multan"),
    "town_ug": _bar("Kampala|Entebbe|Jinja|Mbarara|Mukono|Gulu"),
    "town_ie": _bar("Cork|Galway|Limerick|Athlone|Drogheda|Dún Laoghaire|Kilkenny"),
    "gemeente": _bar("Venlo|Maastricht|Súdwest-Fryslân|Amsterdam|Heerlen|Roermond"),
    "named_place": _bar(
        "de Prins Hendrikkade|metrostation De Brouckère|de Koning Albert II-laan|het Rogierplein|"
        "de Johan Cruijff ArenA|het Kolonel Dusartplein|het Koningin Astridplein|het Burgemeester de Monchyplein"
    ),
    "named_place_aw": _bar("de L.G. Smith Boulevard|de J.E. Irausquin Boulevard|de Caya G.F. Betico Croes"),
    "named_place_cw": _bar("de Koningin Emmabrug|de Koningin Julianabrug|het Brionplein|het Wilhelminaplein"),
    "named_place_ie": _bar("Heuston Station|O'Connell Street|Connolly Station|Pearse Street|Parnell Square"),
    "named_place_en": _bar(
        "Allama Iqbal International Airport|Jinnah International Airport|the Nelson Mandela National Stadium|"
        "Queen Beatrix International Airport|Heuston Station"
    ),
    "named_place_pk": _bar("Allama Iqbal International Airport|Jinnah International Airport|Jinnah Avenue|Iqbal Town"),
    "street_bx_place": _bar("Vlaamsesteenweg|Chaussée de Wavre|Rue Haute|Gentsesteenweg|Bergensesteenweg"),
    "place_pk": _bar("Liberty Market|Anarkali Bazaar|Saddar Bazaar|Raja Bazaar|Fortress Stadium"),
    "place_ug": _bar("Kampala Road|Wandegeya|Nakasero Market|Owino Market|Ntinda trading centre"),
    # ---- housing allowance and licences
    "allowance": _bar("woonkostentoeslag|huurpremie|huurtoelage|bijzondere bijstand voor woonkosten"),
    "licence_cat": _bar("B|BE|AM|A2|C1"),
    "photo_rule": _bar("pasfoto van hooguit zes maanden oud|kleurenpasfoto volgens de fotomatrix|pasfoto zonder bril"),
    # ---- solar leases
    "firm_solar": _bar("ZonLease|Sunlease Benelux|Zonnig Dak|DakStroom|Solarix"),
    "kwp": _bar("3,2|4,8|5,6|6,4|7,2"),
    "panel_count": _bar("8|10|12|14|16|20"),
    # ---- orthodontics
    "clinic": _bar("Orthodontiepraktijk De Beugelboom|Ortho Kids Venlo|Kinderorthodontie Zuid|Beugelcentrum Maas"),
    "brace": _bar("slotjesbeugel|uitneembare plaat|retentiedraad|buitenbeugel|Invisalign Teen"),
    # ---- airports and lost property
    "airport": _bar(
        "Schiphol|Eindhoven Airport|Brussels Airport|Maastricht Aachen Airport|Rotterdam The Hague Airport"
    ),
    "item": _bar("laptop|rugzak|kinderwagen|tablet|jas|portemonnee|koptelefoon|knuffel|zonnebril|e-reader"),
    "item_en": _bar("laptop|backpack|tablet|headphones|wallet|coat|teddy bear|camera|e-reader"),
    "brand_item": _bar("Samsonite|Tommy Hilfiger|Eastpak|Rimowa|Calvin Klein|Louis Vuitton|Hugo Boss|Ralph Lauren"),
    "gate": _bar("D7|B14|E22|F4|C11|G3|M2"),
    "flight": _bar("KL1776|HV6123|TB3401|SN2903|KL0765|EI603|QR274|TK1954|FR2184"),
    "flight_cur": _bar("KL735|KL763|TB387|KL765"),
    "flight_pk": _bar("QR 629|EK 622|TK 714|QR 615"),
    # ---- farm shops
    "farm": _bar("Hoeve De Linde|Boerderijwinkel 't Zonnehof|Landwinkel Vrouwenhof|Hoevewinkel Hazelhof"),
    "box": _bar("groentepakket klein|fruitpakket|zuivelpakket|gezinspakket|soeppakket"),
    "pickup": _bar("Kerkplein (afhaalkast)|de schuur op de hoeve|Station West|bibliotheek Centrum"),
    # ---- laundries and coffee machines
    "laundry": _bar("WasHuys|Wasserij Snel & Schoon|Laundry Lounge|Clean Brothers|Stomerij Wit"),
    "laundry_branch": _bar("Venlo Centrum|Maastricht Wyck|Sneek Oost|Hasselt Kolonel Dusart|Elsene Flagey"),
    "machine": _bar(
        "Jura E8|De'Longhi Dinamica Plus|Philips LatteGo 5400|Franke A300|Douwe Egberts Cafitesse 110|Jura GIGA 6"
    ),
    "firm_coffee": _bar("Koffie Lease Nederland|BeanBox Office|Cafeina Services|Koffiepunt Zakelijk"),
    "firm_coffee_ie": _bar("BEANLINE LEASING|CAFFÈ DIRECT IRELAND|BARISTA RENTALS"),
    "shop_name": _bar("Koffiebar De Gouden Boon|Snackbar 't Pleintje|Lunchroom Bij de Molen|Frituur 't Hoekske"),
    # ---- phone insurance
    "phone_model": _bar("iPhone 15 Pro|Galaxy S24|Pixel 8a|Fairphone 5|iPhone 13 mini|Galaxy A55|Xiaomi 14"),
    "insurer": _bar("SafePhone|Toestelzeker|PhoneCare Plus|Gsm Garant"),
    # ---- sailing clubs
    "club": _bar(
        "Watersportvereniging Het IJ|Zeilvereniging Sneekermeer|WSV De Maasplassen|Jachtclub Kempen|Zeilclub Hetij"
    ),
    "berth": _bar("C-17|steiger B plaats 14|D-03|A-29|box 112|H-08"),
    "boat_type": _bar("Valk|Randmeer|Laser|Bavaria 32|Optimist|sloep 6,5 m|Centaur|Drascombe"),
    # ---- numbers that are no one's
    "price_small": _bar("€ 12,50|€ 19,95|€ 24,50|€ 8,75|€ 32|€ 6,95|€ 14,99"),
    "price_mid": _bar("€ 95|€ 212,50|€ 350|€ 480|€ 62,50|€ 149"),
    "price_big": _bar("€ 1.849,00|€ 2.115,40|€ 4.280|€ 3.650|€ 2.975"),
    "price_small_en": _bar("€12.50|€19.95|€8.75|€24|€14.99"),
    "price_big_en": _bar("€4,280|€1,849|€3,650|€2,115.40|€2,975"),
    "amount_csv_small": _bar("12,50|37,95|62,50|89,00|145,00|212,50"),
    "amount_csv_big": _bar("4280,00|1849,00|2115,40|3650,00|2975,00"),
    "amount_ac": _bar("Afl. 75|NAf 120|Afl. 12,50|NAf 35|Afl. 18"),
    "amount_pk": _bar("Rs. 15,000|Rs. 2,500|Rs. 850|PKR 4,200"),
    "amount_ug": _bar("UGX 250,000|UGX 35,000|UGX 10,000|UGX 7,500"),
    "fee_licence": _bar("€ 45,60|€ 47,40|€ 52,10|€ 41,50"),
    "date": _bar(
        "3 maart|17 april 2025|1 juli|28 november|vrijdag 14 februari|2 januari 2026|31 oktober|9 mei|"
        "maandag 22 september|15 augustus|6 december|1 april 2026|19 juni"
    ),
    "date_en": _bar(
        "3 March|17 April 2025|the 1st of July|28 November|Friday the 14th|2 January 2026|9 May|"
        "Monday 22 September|15 August|the 6th of December|1 April 2026"
    ),
    "date_num": _bar(
        "01-04-2025|15/06/2025|30-09-2025|2025-07-01|01.10.2025|31-12-2025|01-02-2026|14/11/2025|2026-03-31"
    ),
    "weekday": _bar("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "weekday_en": _bar("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "hours": _bar(
        "tussen 8 en 12 uur|tussen 13:00 en 17:00|van 9.00 tot 12.30 uur|na 18 uur|tussen 10 en 14 uur|"
        "van 7.30 tot 9.00 uur|tussen 16 en 20 uur"
    ),
    "row": _bar("1|2|3|17|42|108"),
    "count": _bar("2|3|4|5|6|8|10|12|14|21"),
    "public_phone": _bar("14 077|14 043|0800 - 1515|088 - 123 45 00|0900-0141|1700"),
    "public_phone_en": _bar("+353 1 814 1111|1800 200 300|0800 555 0101|+256 312 350 000"),
    "sku": _bar("KM-7420|ART 30094|SKU 118-BL|8711000529425|5410013101303|PNL-405-MONO|SP-E8-PLAT"),
    "kvk": _bar("KvK 70412345|KvK 58220111|BTW BE 0403.199.702|ondernemingsnummer 0456.782.915"),
}
