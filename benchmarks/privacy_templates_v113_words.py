"""Ordinary (never labelled) words of test_v113, registered in the shared `CLEAN_FILLERS`: hospitals and clinics,
insurers and stolen goods, TV and internet providers and bundles, banks and fees, body shops and storms, schools and
uniform codes, libraries and books, scattering places and boats, harbours and fish, zoos and passes, towns and
people-named places, bots, Sunshine conversation ids, WeChat and voicemail furniture, log levels, public numbers,
amounts and dates that are not birth dates."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v113"] = {
    # ---- channel furniture: Sunshine Conversations, WeChat, voicemail, JSON lines, IVR
    "conv": _semi(
        "64f1c2a9e8b3d40012a7c5e1; 5e9d0b7c21aa4f0013c8e2d4; 6511ab03fe9c2d001f44b9a0; 63c7e5d2b1f0a90011d3c6f8; "
        "65a2d9f4c3b1e8001a7f0c52; 6623be71d0a4c50018e9f3b6"
    ),
    "ticket": _semi("#51207; #51388; #49912; #52640; #50071; #53318; #48865"),
    "ts": _semi(
        "2025-03-11T08:14:02Z; 2025-05-27T16:41:19+02:00; 2025-06-19T21:03:55Z; 2025-09-02T07:58:31.204Z; "
        "2025-11-14T12:00:07+01:00; 2026-01-08T10:22:46Z; 2025-07-30T05:47:12Z"
    ),
    "clock": _semi("08:14; 09:02; 10:37; 11:58; 13:21; 14:45; 16:09; 19:30; 21:12; 07:41"),
    "vm_len": _semi("0:38; 0:51; 1:07; 1:24; 2:02; 0:44; 1:39"),
    "noise": _semi(
        "[wachtmuziek]; ♪ ♫ ♪; [muziek]; [ruis]; [piep]; [wachtmuziek valt weg]; [onverstaanbaar]; "
        "[Vivaldi, Lente, blijft spelen]; ♪♪"
    ),
    "noise_en": _semi(
        "[hold music]; ♪ ♪; [music]; [static]; [beep]; [inaudible]; [hold music fades]; [Greensleeves loops]; ♫"
    ),
    "wx_time": _semi("昨天 21:14; 星期二 09:30; Yesterday 18:02; 10:47; 周五 14:20; Tuesday 08:55; 上午 11:03"),
    "level": _semi("INFO; WARN; DEBUG; INFO; ERROR"),
    "bot": _semi("Lotje; Hagelbot; Ziva; Bibi; Snoekie; Zorgmaatje; Otter; Kiki; Vinnie; Flo"),
    "count": _semi("2; 3; 4; 6; 9; 12; 14"),
    "dents": _semi("37; 54; 112; 80; 21; 140"),
    "public_phone": _semi(
        "0800-0225; 088 462 00 00; 14 0118; 0900-1450 (10 ct/min); (0513) 68 50 00 (centrale); 058 286 66 66 "
        "(algemeen nummer); 078 15 20 00"
    ),
    "public_phone_en": _semi(
        "0300 123 4567; 0800 88 66 55; 029 2074 7747 (main switchboard); 0302 665 401 (head office); "
        "(02) 8888 1000 hotline; 116 123"
    ),
    "kvk": _semi("KvK 41012345; KvK 01078394; KvK 66320485; ondernemingsnr. 0403.227.515; BTW NL859123456B01"),
    # ---- hospitals and appointments
    "hospital": _semi(
        "Tjongerschans; Antonius Sneek; MCL; Adrz; ZorgSaam; Nij Smellinghe; AZ Sint-Jan; AZ Groeninge; Frisius MC"
    ),
    "poli": _semi("cardiologie; dermatologie; KNO; orthopedie; oogheelkunde; longgeneeskunde; de pijnpoli; neurologie"),
    "clinic_en": _semi("cardiology; ENT; the fracture clinic; ophthalmology; dermatology; the antenatal clinic"),
    "appt": _semi("dinsdag 14 oktober om 10.40 uur; 3 maart 08:15; vrijdag om 9.20 uur; maandag 21 juli 13:50"),
    "hospital_cy": _semi(
        "Ysbyty Gwynedd; Morriston Hospital; Bronglais Hospital; University Hospital of Wales; Glangwili Hospital"
    ),
    "hospital_gh": _semi("Korle Bu Teaching Hospital; Komfo Anokye Teaching Hospital; Ridge Hospital; Tema General"),
    "appt_en": _semi("Tuesday 14 October at 10.40; 3 March, 8:15 am; on Friday at 9.20; Monday 21 July, 1:50 pm"),
    # ---- contents insurance and hail claims
    "insurer": _semi("Centraal Beheer; Unigarant; FBTO; ASR; Interpolis; Ohra; Ethias; AG Insurance; Univé"),
    "insurer_en": _semi(
        "Admiral; Direct Line; Hastings Direct; Enterprise Insurance; Star Assurance; Malayan Insurance"
    ),
    "insurer_cy": _semi("Admiral; Direct Line; Hastings Direct; Principality Insurance"),
    "insurer_gh": _semi("Star Assurance; Enterprise Insurance; SIC Insurance; Hollard Ghana"),
    "insurer_ph": _semi("Malayan Insurance; Pioneer Insurance; Standard Insurance; FPG Insurance"),
    "item": _semi("racefiets; laptop; gehoorapparaat; televisie; spelcomputer; trouwring; bakfiets; naaimachine"),
    "item_en": _semi("laptop; mobile phone; gold chain; sewing machine; television; guitar; rice cooker; kente cloth"),
    "garage": _semi(
        "Schadeherstel Noord; Autoschade De Schelde; Hagelcentrum Drachten; Uitdeukcentrum Zeeland; "
        "Autoschade Vlaanderen; Schadeservice Walcheren"
    ),
    "storm": _semi(
        "de hagelbui van 19 juni; het noodweer van 12 augustus; de hagelstorm van vorige week dinsdag; "
        "het onweer van 3 juli"
    ),
    # ---- TV, internet and banks
    "provider": _semi("Ziggo; KPN; Odido; Delta Fiber; Telenet; Proximus; Caiway; Kabelnoord"),
    "provider_en": _semi("Sky; BT; Virgin Media; PLDT; Globe At Home; MTN; Vodafone Ghana; Converge"),
    "bundle": _semi(
        "Alles-in-1 Plus; Internet + TV Start; Glasvezel 1 Gbit/s met TV Compleet; One Up; Combo Max; "
        "TV Basis + Internet 500"
    ),
    "bundle_en": _semi(
        "Full Fibre 500 + TV; Fiber Plan 1500; Superfast 2 + Sky Signature; Home WiFi Prepaid; Big Bundle"
    ),
    "provider_gh": _semi("MTN; Telecel; AirtelTigo; Surfline"),
    "bank": _semi("Rabobank; ING; ABN AMRO; SNS; Triodos; ASN Bank; Belfius; KBC"),
    "bank_en": _semi("Barclays; Monzo; Ecobank; GCB Bank; Fidelity Bank Ghana; BDO; BPI; Nationwide"),
    "bank_cy": _semi("Barclays; Monzo; Nationwide; NatWest; Lloyds; the Principality"),
    "bank_gh": _semi("Ecobank; GCB Bank; Fidelity Bank Ghana; Stanbic; CalBank"),
    "amount": _semi("€ 35,00; € 1.250,00; €12,50; € 499; €87,95; €7,50; € 640,00; €249,-; € 119,95"),
    "cover": _semi("€ 50.000; € 75.000; €100.000; € 60.000; €35.000"),
    "amount_en": _semi("£35; £1,250.00; GH₵ 450.00; ₱2,500; £12.50; GH₵1,200; ₱14,999.00; £87.95"),
    "amount_cy": _semi("£35; £1,250.00; £12.50; £87.95; £6; £240"),
    "amount_gh": _semi("GH₵ 450.00; GH₵1,200; GH₵ 85; GH₵2,300.50; GH₵60"),
    "amount_ph": _semi("₱2,500; ₱14,999.00; ₱350; ₱1,200.50; ₱80"),
    "fee": _semi("€ 12,50; €7,85; € 23,18; €4,95; € 35,00; €14,-; € 2,60"),
    "price": _semi("€ 34,95; €49,95; € 89,00; €19,50; € 124,85; €27,-"),
    "premium": _semi("€ 9,85 per maand; €12,40 p/m; € 118,20 per jaar; €7,95 per maand; € 14,10"),
    "rate": _semi("13,9%; 14,2%; 9,8 procent; 12 %; 15,0% op jaarbasis"),
    # ---- school uniforms and libraries
    "school": _semi(
        "CSG Comenius; Piter Jelles; Het Goese Lyceum; Zeldenrust-Steelantcollege; OSG Sevenwolden; "
        "Calvijn College; Sint-Lodewijkscollege; Bogerman"
    ),
    "school_en": _semi(
        "Ysgol Penglais; Ysgol Gyfun Gymraeg Glantaf; Achimota School; Wesley Girls' High School; Miriam College; "
        "Ateneo Grade School; Ysgol Bro Teifi"
    ),
    "school_cy": _semi("Ysgol Penglais; Ysgol Gyfun Gymraeg Glantaf; Ysgol Bro Teifi; Ysgol Syr Thomas Jones"),
    "school_gh": _semi("Achimota School; Mfantsipim School; Prempeh College; Accra Academy; Presec Legon"),
    "garment": _semi("blazer met logo; polo navy; plooirok; sweater met embleem; gymshirt; stropdas; schoolvest"),
    "garment_en": _semi("blazer; school jumper; PE shorts; pleated skirt; polo shirt with crest; tie; cardigan"),
    "size": _semi("maat 128; maat 140; maat 152; maat 164; maat S; maat XS"),
    "size_en": _semi("age 7-8; age 9-10; age 11-12; 30in chest; size 14; small"),
    "sku": _semi("BLZ-NVY-140; POLO-0234-152; RK-PLOOI-128; SW-EMB-164; TIE-STRP-01; GYM-2025-S; VST-GRY-146"),
    "library": _semi(
        "DBieb Leeuwarden; de Bibliotheek Oosterschelde; ZB Middelburg; Bibliotheek Sneek; de bieb in Vlissingen; "
        "Bibliotheek Brugge; Bibliotheek Drachten"
    ),
    "library_cy": _semi("Cardiff Central Library; Aberystwyth Town Library; Swansea Central Library; Llyfrgell Bangor"),
    "book": _semi(
        "De Avonden; Dikkie Dik; Kikker is verliefd; De Tweeling; Het Achterhuis; Harry Potter en de Steen der Wijzen"
    ),
    "book_en": _semi(
        "Under Milk Wood; Things Fall Apart; Noli Me Tángere; Anansi and the Pot of Wisdom; The Gruffalo; Matilda"
    ),
    "fine": _semi("€ 0,25 per dag; €4,80; € 12,00; €1,50; €23,40; € 6,75"),
    # ---- ash scattering, fishing trips and zoos
    "scatter_place": _semi(
        "boven de Waddenzee; op de Noordzee voor Vlissingen; op het strooiveld in Goes; bij de Afsluitdijk; "
        "in de Oosterschelde bij Zierikzee; op zee bij Terschelling"
    ),
    "vessel": _semi("MS Zeester; Vrouwe Johanna; Jacoba; Zilvermeeuw; Wadvaarder; Stormvogel"),
    "urn": _semi("biologisch afbreekbare urn; strooikoker; zilveren urn; asbox van karton; zoutwaterurn"),
    "harbour": _semi("Bruinisse; Scharendijke; Harlingen; Lauwersoog; Yerseke; Stellendam; Colijnsplaat; Workum"),
    "fare": _semi("€ 65,00; €85; € 120,-; €47,50; € 92,50"),
    "fare_en": _semi("€65; €85.00; €120; €47.50; €92.50"),
    "fish": _semi("zeebaars; snoekbaars; makreel; kabeljauw; gul; snoek; zeeforel; wijting"),
    "fish_en": _semi("sea bass; mackerel; pollack; cod; sea trout; whiting"),
    "zoo": _semi(
        "AquaZoo Leeuwarden; Burgers' Zoo; Diergaarde Blijdorp; ARTIS; Zoo Antwerpen; Pairi Daiza; "
        "Dierenpark Amersfoort; Zoo Veldhoven"
    ),
    "zoo_cy": _semi("Welsh Mountain Zoo; Folly Farm; Manor Wildlife Park; Anglesey Sea Zoo"),
    "zoo_ph": _semi("Manila Zoo; Avilon Zoo; Zoobic Safari; Cebu Safari"),
    "pass": _semi("Jaarkaart Duo; Gezinsabonnement; Vriendenpas; Jaarabonnement Kind; Plus-abonnement"),
    "pass_en": _semi("Family Annual Pass; Duo Membership; Junior Membership; Gold Patron pass"),
    "animal": _semi("de pinguïns; de rode panda's; het okapiverblijf; de zeeleeuwen; de flamingo's; de otters"),
    # ---- towns and places (some named after people)
    "town": _semi("Utrecht; Rotterdam; Zwolle; Almere; Den Haag; Tilburg; Amersfoort; Arnhem"),
    "town_fy": _semi("Sneek; Drachten; Heerenveen; Dokkum; Harlingen; Bolsward; Joure; Burgum; Ljouwert; Frjentsjer"),
    "town_zl": _semi("Goes; Middelburg; Vlissingen; Zierikzee; Terneuzen; Hulst; Yerseke; Kapelle; Domburg"),
    "town_be": _semi("Brugge; Gent; Kortrijk; Knokke-Heist; Oostende; Leuven"),
    "town_cy": _semi("Aberystwyth; Caernarfon; Bangor; Cardiff; Swansea; Carmarthen; Llanelli"),
    "town_gh": _semi("Accra; Kumasi; Tema; Takoradi; Cape Coast; Ho"),
    "town_ph": _semi("Quezon City; Pasig; Cebu City; Davao City; Calamba; Antipolo"),
    "street_place": _semi(
        "Johan Frisolaan; Burgemeester Kuperusplein; Prins Bernhardlaan; Koningin Julianaweg; Pater Damiaanlaan; "
        "Dr. Zamenhofstraat; Michiel de Ruyterplein"
    ),
    "named_place": _semi(
        "het Abe Lenstra Stadion; de Douwe Egberts-fabriek in Joure; het standbeeld van Michiel de Ruyter in "
        "Vlissingen; het Anne Frank Huis; het Van Gogh Museum; de Johan Cruijff ArenA"
    ),
    "named_place_en": _semi(
        "Roald Dahl Plass; the Dylan Thomas Centre; Kotoka International Airport; the Kwame Nkrumah Memorial Park; "
        "Ninoy Aquino International Airport; Rizal Park; Max's Restaurant in Quezon City"
    ),
    # ---- dates, times and periods that are not birth dates
    "date": _semi(
        "14 februari; 3 maart 2026; 21 november; 1 juli; 28-02-2026; 9 januari; 30 september 2025; 12-12-2025"
    ),
    "date_en": _semi("14 February; 3 March 2026; 21 November; the 9th of January; 30/09/2025; St David's Day"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday"),
    "hours": _semi("tussen 8 en 12 uur; van 13.00 tot 17.00 uur; tussen 7.30 en 10.00 uur; na 18 uur"),
}
