"""Ordinary (never labelled) words of test_v50, registered in the shared `CLEAN_FILLERS`: lenders, agents,
contractors, service firms, shops, products, places, public streets and buildings, amounts, rates, non-birth
dates, times, order, invoice, ticket and permit case numbers, public company phone numbers and role mailboxes."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _list(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


CLEAN_FILLERS["test_v50"] = {
    "lender": _list(
        "Obvion; Florius; Munt Hypotheken; Tulp Hypotheken; Hypotrust; Venn Hypotheken; Woonfonds; "
        "Lot Hypotheken; BLG Wonen; Vista Hypotheken; Nationale-Nederlanden; Aegon; Rabobank; Argenta; "
        "Centraal Beheer; de Volksbank; ING; Hypotheekshop Leiden"
    ),
    "agent": _list(
        "Hofstad Wonen; Makelaardij Rapenburg; Twente Vastgoed; Huis & Erf Makelaars; Makelaarskantoor De Sleutel; "
        "ERA Makelaardij Lochem; Duinstreek Makelaars; Achterhoekse Woningmakelaars; Stadsmakelaars Haaglanden"
    ),
    "contractor": _list(
        "Bouwbedrijf Twentekanaal; Aannemersbedrijf De Gouden Driehoek; Dakwerken Zuidwest; Renovatiebedrijf "
        "Hofpoort; Kozijnspecialist Leiden; Badkamerstudio Regge; Stukadoorsbedrijf De Witte Muur; "
        "Bouwcombinatie Zeeheldenkwartier; Timmerfabriek Berkelland; Installatietechniek Dinkelland"
    ),
    "firm": _list(
        "Kone; Otis; Schindler; TK Elevator; Comelit; Rentokil; Anticimex; Kiwa; Schoorsteenveegbedrijf De Roetkoning; "
        "Slotenservice Hofstad; Mul-T-Lock; Verhuisbedrijf Berkelstroom; Mondial Movers; Shurgard; City Box; "
        "Opslagcentrum De Wissel; VvE Beheer Haaglanden; Newomij; Ongediertebestrijding Oost-Nederland; Nedap"
    ),
    "shop": _list(
        "IKEA Delft; Leen Bakker; Kwantum; Jysk; Beter Bed; Auping; Swiss Sense; Emma; Matrasvoordeel; Eastborn; "
        "Montèl; Pronto Wonen; Henders & Hazel; Loods 5; Woonboulevard Hengelo; Goossens; Trendhopper; Karwei"
    ),
    "product": _list(
        "bank Mirage 3-zits; hoekbank Cuba; boxspring Royal 180x200; eettafel Oslo eiken; fauteuil Bodø; "
        "kledingkast Pax 250 cm; ladekast Malm; dressoir Brooklyn; tweepersoonsbed Nordli; keuken Metod wit; "
        "boekenkast Billy; hoogslaper Kura; eethoekstoel Lisa"
    ),
    "part": _list(
        "douchewand Tiga 90; dakraam Velux GGL MK08; videofoon Comelit Mini; cilinderslot SKG***; "
        "rookmelder FireAngel ST-630; traplift Stannah 600; hr-ketel Remeha Avanta; kunststof kozijn 120x140"
    ),
    "price": _list("€ 385.000; € 462.500; 529.000 euro; € 318.750; €645.000; € 1.150.000; € 299.000"),
    "salary": _list("€ 4.250; € 3.875,00; 5.100 euro; € 2.960; €6.400,-"),
    "lift_firm": _list("Kone; Otis; Schindler; TK Elevator; Liftservice Hofstad; Comelit"),
    "pest_firm": _list("Rentokil; Anticimex; Ongediertebestrijding Oost-Nederland; Plaagdierbeheer Duinstreek"),
    "mover": _list("Verhuisbedrijf Berkelstroom; Mondial Movers; Verhuisservice Achterhoek; De Haagse Verhuizer"),
    "storage": _list("Shurgard; City Box; Opslagcentrum De Wissel; Boxie24; Self Storage Twente"),
    "pest_en": _list("mice; rats; bedbugs; silverfish; wasps; woodworm; cockroaches; moths"),
    "mattress": _list(
        "Emma Original 160x200; Auping Evolve; Swiss Sense Pure 140x200; Tempur Pro Plus; Matrasvoordeel "
        "Koudschuim 7-zone; Eastborn Comfort Plus; Beter Bed Silver Pocket Deluxe; M line Wave"
    ),
    "sku": _list(
        "403.119.27; 702.638.41; 104.512.89; 890.233.16; 8712345678906; 8719324015521; SS-PURE-1420; AUP-EV-180"
    ),
    "city": _list(
        "Den Haag; Leiden; Voorburg; Rijswijk; Leiderdorp; Oegstgeest; Katwijk; Wassenaar; Zoetermeer; Enschede; "
        "Hengelo; Almelo; Oldenzaal; Haaksbergen; Borne; Doetinchem; Winterswijk; Groenlo; Lichtenvoorde; "
        "Eibergen; Zutphen; Lochem; Ruurlo"
    ),
    "be_city": _list("Antwerpen; Gent; Mechelen; Leuven; Hasselt; Brugge; Kortrijk; Aalst; Sint-Niklaas; Turnhout"),
    "street_public": _list(
        "Johan de Wittlaan; Anna Paulownastraat; Willem Witsenplein; Hugo de Grootstraat; Koningin Julianaplein; "
        "Prins Bernhardviaduct; Van Stolkweg; Jan Pieterszoon Coenstraat; Lammenschansweg; Haarlemmerstraat; "
        "Langestraat; Oude Markt; Pieter de la Courtstraat; Hendrik Jan van Heeklaan"
    ),
    "building": _list(
        "Paleis Noordeinde; Rijksmuseum van Oudheden; Pieterskerk; Hortus botanicus; Rijksmuseum Twenthe; "
        "De Grolsch Veste; HMC Westeinde; Medisch Spectrum Twente; LUMC; Slingeland Ziekenhuis; Huis ten Bosch; "
        "Stadhuis Den Haag; Burgers' Zoo; Catshuis"
    ),
    "amount": _list(
        "€ 1.249,00; €89,95; EUR 3.450; € 17,50; 349 euro; €2.180,-; 625,00 EUR; € 4.875,40; € 139,-; 7.500 euro"
    ),
    "rate": _list("3,82%; 4,1 %; 3,65 procent; 4,25%; 3,9%; 3,71%"),
    "date": _list(
        "14 maart 2025; 2 juni; 01-04-2025; 30/09/2025; maandag 7 juli; 15-11-2024; 1 januari 2026; 28 februari; "
        "12.05.2025; vrijdag de 13e; 3 oktober"
    ),
    "date_en": _list("14 March; 2 June 2025; 30/09/2025; Monday 7 July; 1 January 2026; the 28th of February"),
    "time": _list("08:15; 9.30 uur; 13:00; half elf; 14:45; 17.00 uur; 07:30; 22:10"),
    "window": _list("08:00 en 12:00; 12.00 en 16.00 uur; 9.30 en 13.30 uur; 13:00 en 17:00; 07:30 en 10:30"),
    "window_en": _list("8 am and noon; 12:00 and 16:00; 1 pm and 5 pm; 9:30 and 13:30"),
    "time_en": _list("8:15 am; 9.30; 1 pm; 14:45; half past ten; noon; 7:30"),
    "weekday": _list("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag"),
    "weekday_en": _list("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday"),
    "month": _list("januari; maart; mei; augustus; oktober; december"),
    "month_en": _list("January; March; May; August; October; December"),
    "count": _list("2; 3; 4; 6; 10; 12; 14; 20; 30; 100"),
    "order": _list("ORD-2025-118345; 1000987654; 48213; BST-77812; W25-009381; 71-22093"),
    "invoice": _list("F2025-0412; 2025.00871; INV-31877; 24/1189; VF-25-3320"),
    "ticket": _list("TCK-88213; SR-2025-04417; 771203; 553901; INC0042291"),
    "case": _list("OLO 9912345; Z/25/123456; 2025-004512; ZK25012345; W-2025-0871"),
    "ref": _list("2025/0341/03; 20250412-07; D/24/7781; LIT-2025-0091; 24.1187"),
    "company_phone": _list(
        "0800-0220; 0900-1234567; 14 070; 14 071; 14 053; 088 - 600 40 00; 085-0160 300; 020 - 721 91 00"
    ),
    "role_mail": _list(
        "info@hofstadwonen.nl; planning@berkelstroom.nl; omgevingsloket@leiden.nl; storingen@liftservice.nl; "
        "hypotheken@florius.nl; klantenservice@swisssense.nl; retour@emma-matras.nl; bestuur@vve-rapenburg.nl"
    ),
    "url": _list("www.omgevingsloket.nl; mijn.obvion.nl; www.funda.nl/koop/leiden; hofstadwonen.nl/bezichtigen"),
    "chat_stamp": _list(
        "03-02-25 08:41; 17-03-25 21:07; 28-04-25 12:55; 06-05-25 07:12; 19-06-25 16:30; 02-07-25 23:48; "
        "11-08-25 10:03; 24-09-25 18:19"
    ),
    "floor": _list("2e verdieping; 3-hoog; begane grond; 4e etage zonder lift; souterrain; zolderverdieping"),
    "floor_en": _list("second floor; ground floor; third floor without a lift; top floor"),
    "size": _list("160x200; 90 x 210 cm; 2,40 m; 18 m²; 6 m³; 120 m²; 3 x 4 meter"),
    "unit": _list("B-114; unit 2.07; box 318; C12; container 41"),
    "lift": _list("L-0412; installatie 55012; lift A; NL-LFT-2231; lift oostzijde"),
    "vve": _list(
        "VvE Residentie Rapenburg; VvE Het Zeeheldenhuis; VvE De Regge; VvE Parkflat Duinoord; "
        "VvE Appartementencomplex De Berkel"
    ),
    "pest": _list("muizen; ratten; bedwantsen; zilvervisjes; wespen; houtworm; kakkerlakken; motten"),
    "year": _list("1931; 1974; 1988; 2008; 1962"),
    "last4": _list("4821; 0937; 7710; 3306"),
    "kvk": _list("59182736; 08123456; 27134567; 73001942"),
}
