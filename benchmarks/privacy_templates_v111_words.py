"""Ordinary (never labelled) words of test_v111, registered in the shared `CLEAN_FILLERS`: carriers, funds, water
companies, providers, lease firms, couriers, airlines, labs, stations, towns, people-named places, bots, public
numbers, products, flights, codes, meter readings, amounts, dates, times and Genesys time stamps and ids."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bar(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v111"] = {
    "t1": _bar("0:04|0:09|0:13|0:21|0:28|0:35|0:41|0:47|0:52|0:58"),
    "t2": _bar("1:03|1:16|1:24|1:38|1:55|2:07|2:19|2:33|2:49"),
    "t3": _bar("3:02|3:17|3:40|4:05|4:26|4:51|5:12|5:39|6:03|6:41"),
    "conv": _bar(
        "7c1e2f0a-93b4-4d61-a8e2-51f0c3d9b7a4|0b9d44e1-2c7f-4f3a-9e10-6a8b2d5c1f07|"
        "e35a7c92-1d08-4b6e-b4f9-c02e71d8a6b3|5f2c8d1b-a7e4-40c9-8b36-9d1e2f7a0c54|"
        "a1d0e6f3-58b2-47c1-9f4e-3b7c2a9d8e61"
    ),
    "queue": _bar(
        "NL_Restitutie_OV|PF_Vroegpensioen|WTR_Meterstanden|FTTH_Planning|LEASE_Inname|TSL_Terugvordering|"
        "PAK_Schade|AIR_Refunds_NL|LAB_Facturen|HK_Incasso"
    ),
    "queue_en": _bar("UK_Pensions_Retire|EN_Refunds|SCOT_Member_Services|ZA_Retirement_Desk"),
    "route": _bar(
        "Groningen – Zwolle|Eindhoven – Tilburg Universiteit|Breda – Rotterdam Centraal|Assen – Groningen|"
        "'s-Hertogenbosch – Utrecht Centraal|Winschoten – Groningen|Helmond – Eindhoven Centraal"
    ),
    "station": _bar(
        "Groningen|Eindhoven Centraal|Tilburg|Breda|'s-Hertogenbosch|Zwolle|Utrecht Centraal|Helmond|"
        "Roosendaal|Veendam|Oss"
    ),
    "station_gr": _bar("Groningen Europapark|Hoogezand-Sappemeer|Delfzijl|Winschoten|Zuidbroek|Sauwerd|Baflo"),
    "station_sc": _bar("Paisley Gilmour Street|Stirling|Dundee|Inverkeithing|Partick|Haymarket|Motherwell"),
    "station_za": _bar("Sandton|Rosebank|Hatfield|Centurion|Marlboro|Midrand|Rhodesfield"),
    "tariff": _bar("Dal Vrij|Altijd Vrij|Traject Vrij|Weekend Voordeel|Dal Voordeel|Altijd Voordeel"),
    "amount": _bar("€ 4,30|€ 12,75|€ 38,60|€ 89,-|€ 119,95|€ 245,00|€ 312,40|€ 1.249,-|€ 67,50|20 euro|€ 7,90|€ 2,05"),
    "sum": _bar("€ 1.184|€ 2.316,00|€ 640|€ 3.905|€ 875,50|€ 4.212|€ 1.020,00"),
    "amount_gb": _bar("£42.80|£118|£349.99|£1,240|£65.00|£7.20|£215"),
    "amount_za": _bar("R450|R1 299|R3 850,00|R12 400|R89.50|R2,150|R640"),
    "amount_ng": _bar("₦45,000|₦12,500|₦250,000|N18,000|₦1.2m|₦7,800"),
    "car": _bar(
        "Volkswagen ID.4|Kia EV6|Tesla Model Y|Skoda Enyaq|Peugeot e-2008|Toyota Corolla Touring Sports|BMW i4|"
        "Hyundai Kona Electric|Renault Mégane E-Tech|Volvo EX30"
    ),
    "damage": _bar(
        "kras linkerportier|deuk achterklep|stoeprandschade velg rechtsvoor|steenslag voorruit|brandplek in de "
        "bekleding|beschadigde bumperhoek"
    ),
    "damage_en": _bar("kerbed alloy|dent in rear door|windscreen chip|scuffed bumper|torn seat fabric"),
    "date": _bar(
        "3 januari|14 februari 2025|1 maart|17 april 2025|30 mei|2 juni 2025|15 juli|21 augustus 2025|"
        "9 september|1 oktober 2025|28 november|12 december 2025|maandag 6 januari|2-4-2025|31-10-2025"
    ),
    "date_en": _bar(
        "3 March|14 April 2025|the 2nd of June|21 July 2025|30 September|5 November 2025|12 December|1st August"
    ),
    "dental_item": _bar(
        "zirkonia kroon|implantaatkroon|frameprothese|opbeetplaat|volledige prothese boven|driedelige brug|"
        "noodkroon|rebasing onderprothese|retentiedraad|gouden inlay"
    ),
    "dental_item_en": _bar("zirconia crown|partial denture|night guard|three-unit bridge|implant crown|retainer"),
    "dental_code": _bar("R24|R34|P30|P14|J33|R08|E40|M03"),
    "lab": _bar(
        "Tandtechnisch Lab Noord|Dentaallab Brabant|Lab Kroon & Brug Tilburg|TTL Hoogezand|Dental Art Eindhoven|"
        "Prothese Atelier Breda"
    ),
    "lab_en": _bar("Clyde Dental Lab|Lagos Dental Ceramics|Cape Dental Studio|Granite City Dental Lab"),
    "flight": _bar("KL1354|HV 6123|KL 0713|OR1511|HV5801|PY 994|KL1781|HV 5133"),
    "flight_en": _bar("LM 437|BA 1467|P4 7121|FA 212|4Z 312|W3 103|U2 6928|LM 684"),
    "furniture": _bar(
        "hoekbank Milano|boxspring Luna 180x200|eettafel Bruno met zes stoelen|dressoir Olivia|fauteuil Sofia|"
        "kledingkast Sven|relaxfauteuil Lars"
    ),
    "furniture_en": _bar("lounge suite|double bed and base|dining set|recliner|wardrobe|corner couch"),
    "campaign": _bar("voorjaar_glasvezel|spring_fibre_2025|retargeting_q3|winback_may|brand_search"),
    "utm": _bar("instagram|nieuwsbrief_maart|google_cpc|facebook_ads|qr_flyer|sms_herinnering|email_footer"),
    "form_id": _bar("frm_claim_v3|schade-2025-02|mtr-form-7|wf_4471|restitutie_v2"),
    "hours": _bar("tussen 08.00 en 13.00 uur|tussen 12:00 en 17:00|van 7.30 tot 12.30|'s middags tussen 1 en 5"),
    "hours_en": _bar("between 8 and 1|between 12:00 and 17:00|in the morning slot|from 7:30 till 12:30"),
    "isp": _bar("KPN|Ziggo|Odido|Delta Fiber|Glaspoort|Caiway"),
    "isp_be": _bar("Proximus|Telenet|Orange Belgium|Fiberklaar"),
    "isp_handle": _bar("kpn|ziggo|odido|deltafiber|glaspoort"),
    "isp_za_handle": _bar("openserve|vumatel|frogfoot|octotel"),
    "rail_za_handle": _bar("gautrain|metrorail_wc"),
    "water_handle": _bar("brabantwater|waterbedrijfgroningen|vitens|evides"),
    "courier": _bar("PostNL|DHL|DPD|GLS|bpost|UPS"),
    "courier_handle": _bar("postnl|dhlparcel_nl|dpd_nl|gls_nl|bpost"),
    "courier_uk_handle": _bar("evri|dpd_uk|royalmail"),
    "airline": _bar("KLM|Transavia|Corendon|TUI fly|Surinam Airways|easyJet"),
    "airline_en": _bar("Loganair|British Airways|Air Peace|FlySafair|Airlink|Arik Air"),
    "airline_handle": _bar("transavia|klm|corendon|tuifly_nl"),
    "lease": _bar("Ayvens|Athlon|Arval|Alphabet|Terberg Business Lease|Justlease"),
    "firm_pension": _bar("ABP|PFZW|PMT|bpfBOUW|Pensioenfonds Detailhandel|PME"),
    "water": _bar("Waterbedrijf Groningen|Brabant Water|Vitens|Evides|WMD"),
    "meter": _bar("00481|1.237|002318|4.520,6|0836|12 994|00317,4|2.093"),
    "month": _bar("januari|maart|juni|september|november"),
    "month_en": _bar("January|March|June|September|November"),
    "parcel_item": _bar("airfryer|spiegel van 80 cm|serviesset|laptop|kinderwagen|fotolijst|printer|staande lamp"),
    "parcel_item_en": _bar("mirror|air fryer|vinyl records|laptop|ceramic vase|kettle"),
    "percent": _bar("75%|de helft|€ 250 per jaar|80 procent"),
    "speed": _bar("Glasvezel 1 Gbit/s|Internet 500 Mbit/s|Alles-in-1 Start|Giga Max|Internet 100"),
    "speed_en": _bar("Fibre 500|Superfast 2|Full Fibre 900|Uncapped 100Mbps"),
    "status": _bar("🟡 In behandeling|🟢 Afgerond|🔴 Wacht op stukken|⚪ Nieuw"),
    "toeslag": _bar("huurtoeslag|zorgtoeslag|kinderopvangtoeslag|kindgebonden budget"),
    "town": _bar("Groningen|Hoogezand|Delfzijl|Veendam|Eindhoven|Tilburg|Breda|Oss|Helmond|Utrecht|Almere|Zwolle"),
    "town_be": _bar("Antwerpen|Leuven|Mechelen|Turnhout|Hasselt|Gent|Lier|Geel"),
    "town_br": _bar(
        "Eindhoven|Tilburg|Breda|'s-Hertogenbosch|Helmond|Oss|Roosendaal|Bergen op Zoom|Waalwijk|Uden|Veldhoven"
    ),
    "town_gr": _bar(
        "Groningen|Hoogezand|Delfzijl|Appingedam|Winschoten|Veendam|Stadskanaal|Haren|Leek|Uithuizen|Ten Boer"
    ),
    "town_ng": _bar("Lagos|Abuja|Enugu|Ibadan|Port Harcourt|Kano|Benin City"),
    "town_sc": _bar("Glasgow|Edinburgh|Aberdeen|Dundee|Inverness|Stornoway|Kirkwall|Sumburgh"),
    "town_za": _bar("Cape Town|Johannesburg|Durban|Pretoria|Stellenbosch|Gqeberha|Bloemfontein"),
    "weekday": _bar("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
    "weekday_en": _bar("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"),
    "year": _bar("2022|2023|2024"),
    "sku": _bar("HK-SOFA-3Z-GRY|ART 55012|BX180-LUNA|SKU 7741-20|EET-BRU-6"),
    "time": _bar("08:12|09.45|10:03|11:37|13:20|14.05|15:48|16:30|19:02|21:15"),
    "count": _bar("2|3|4|5|6|8|10|12|18|24"),
    "place": _bar(
        "het Zernikecomplex|het Martini Ziekenhuis|de Herman Colleniusstraat|het Philips Stadion|"
        "het Jeroen Bosch Ziekenhuis|het Koning Willem II Stadion|de Anton Philipsweg|het Van Abbemuseum|"
        "het Prins Claus Conservatorium|het Emmaviaduct|het Catharina Ziekenhuis|de Wilhelminabrug"
    ),
    "place_gr": _bar(
        "het Zernikecomplex|het Martini Ziekenhuis|de Herman Colleniusstraat|het Prins Claus Conservatorium|"
        "het Emmaviaduct|de Ubbo Emmiussingel"
    ),
    "place_br": _bar(
        "het Philips Stadion|de Anton Philipsweg|het Van Abbemuseum|het Catharina Ziekenhuis|het Philips de Jongh Park|"
        "het Evoluon"
    ),
    "place_en": _bar(
        "Nelson Mandela Square|O.R. Tambo International|the Queen Elizabeth University Hospital|the Scott "
        "Monument|Robert Gordon University|Tafawa Balewa Square|Nnamdi Azikiwe International Airport|Jan Smuts "
        "Avenue|King Shaka International|Murtala Muhammed Airport"
    ),
    "place_sr": _bar("Johan Adolf Pengel Airport|de Anton de Kom Universiteit|het Onafhankelijkheidsplein"),
    "bot": _bar("Otto|Stip|Druppel|Vezel|Pakkie|Lotte|Tanny|Bankie"),
    "bot_en": _bar("Ayo|Skye|Nandi|Hamish-bot|Penny"),
    "public_phone": _bar("088 - 240 50 00|0800 0230|088 800 4444|0900-0404|085 - 303 12 00"),
    "public_phone_uk": _bar("0800 077 8778|0345 600 1234|0300 123 2040|0800 0778 778"),
}
