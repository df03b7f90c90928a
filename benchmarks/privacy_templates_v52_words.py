"""Ordinary (never labelled) words of test_v52, registered in the shared `CLEAN_FILLERS`: firms, products,
people-named brands and places, business registry numbers, order, invoice, terminal and chargeback references."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _list(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v52"] = {
    "telecom": _list(
        "KPN Zakelijk|Odido Business|Vodafone Business|Ziggo Zakelijk|Youfone Zakelijk|Proximus|Telenet Business"
    ),
    "psp": _list("Adyen|Mollie|Stripe|CCV|Worldline|SumUp|myPOS|Buckaroo|MultiSafepay|Pay.nl|Viva Wallet|Zettle"),
    "terminal": _list(
        "CCV Fly|Worldline Yomani|PAX A920|Verifone V400m|SumUp Air|myPOS Go 2|Ingenico Move/5000|CCV Mini"
    ),
    "market": _list(
        "bol Partnerplatform|Amazon Seller Central|Marktplaats Zakelijk|Etsy|Zalando Partner Program|Shopify|"
        "Lightspeed|WooCommerce|CCV Shop|Thuisbezorgd.nl|Uber Eats|Vinted Pro"
    ),
    "books": _list("Moneybird|e-Boekhouden.nl|Exact Online|Twinfield|SnelStart|Jortt|Yuki|Rompslomp|Tellow"),
    "payroll": _list("Loket.nl|Nmbrs|ADP Workforce|Visma Raet|Personio|AFAS InSite|Payroll Select"),
    "arbo": _list("ArboNed|Arbo Unie|Zorg van de Zaak|HumanCapitalCare|Arbo Vitale"),
    "agency": _list("Randstad|Tempo-Team|Olympia|Start People|YoungCapital|Adecco|Manpower|Covebo|Otto Workforce"),
    "travel": _list("BCD Travel|Munckhof Business Travel|Travel Counsellors|KLM|Transavia|NS Business Card|Eurostar"),
    "lease": _list("Ayvens|Arval|Alphabet|Hiltermann Lease|Terberg Business Lease|Justlease|Directlease"),
    "office": _list("Lyreco|Viking|Vistaprint|Drukwerkdeal|Printdeal|Office Centre|Helloprint|Staples"),
    "accountant": _list(
        "Flynth|Alfa Accountants|ABAB|Countus|Administratiekantoor De Zaanstreek|Boekhoudkantoor West-Friesland|"
        "Accountantskantoor Heuvelland"
    ),
    "brand": _list(
        "Albert Heijn|Jan Linders|Dirk van den Broek|Hans Anders|Bart Smit|Douwe Egberts|Tony's Chocolonely|"
        "Verkade|Van Haren|Jacob Hooy|Zeeman|Ben & Jerry's|Dr. Oetker|Pieter Pot|Peter Langhout|Jules Destrooper"
    ),
    "shop": _list(
        "Restaurant Lotus Garden|Wok Palace|Grillroom Anadolu|Bakkerij 't Stoepje|Snackbar De Zaanse Kroket|"
        "Kapsalon Mooi Zo|Lunchroom De Vrijthof|Pizzeria Bella Napoli|Toko Sranan|Supermarkt Al Baraka|"
        "Taverna Olympia|Eethuis Kabul|Restaurant Shanghai Garden|Bloemenhuis Lentebries"
    ),
    "place": _list(
        "Johan Cruijff ArenA|Rembrandtplein|Albert Cuypmarkt|Jan Pieterszoon Coenstraat|Sint-Servaasbrug|Vrijthof|"
        "Koningin Julianaplein|Piet Heinkade|Erasmusbrug|Hugo de Grootplein|Zaanse Schans|Anne Frankplein|"
        "Willem Eggertstraat|Simon Carmiggeltstraat"
    ),
    "city": _list(
        "Zaandam|Wormerveer|Krommenie|Hoorn|Enkhuizen|Medemblik|Maastricht|Heerlen|Sittard|Kerkrade|Purmerend|"
        "Amsterdam-Noord|Tilburg|Nijmegen|Schiedam|Dordrecht|Apeldoorn|Venray"
    ),
    "be_town": _list("9000 Gent|2000 Antwerpen|3000 Leuven|8500 Kortrijk|1000 Brussel|8000 Brugge|3500 Hasselt"),
    "date": _list(
        "3 maart 2026|14-01-2026|vrijdag 6 februari|2026-03-31|1 april|28 februari 2026|12/05/2026|"
        "31 januari|15 juni 2026|2 January 2026"
    ),
    "time": _list("07:45|08.30 uur|09:10|11:55|13:00|14.45|16:20|17:05|22:30"),
    "amount": _list(
        "€ 1.284,50|€39,95|€ 14,71|212 euro|€ 3.150,-|€ 86,40|1.075,00|€ 0,29 per transactie|€ 449|EUR 2.612,18"
    ),
    "count": _list("2|3|4|6|8|12|24|drie|vijf|tien"),
    "period": _list("periode 3|maand 02-2026|4-wekenperiode 5|week 9|januari 2026|Q1 2026|periode 11"),
    "ticket": _list("SUP-4812|HR-2291|#1184201|ZD-779104|PAY-1043|INC-55102|OPS-318|ticket 664021"),
    "order": _list("BOL-7740213|402-5566123-7781234|#NL-10442|ORD 88210|WEB-2026-0331|#58213"),
    "invoice": _list("F2026-0142|2026-00318|INV-44102|20260211-07|VF-88314|factuur 1026"),
    "kvk": _list("34281190|75012345|81234567|69920317|58120044|92214570|KvK 8819 2031"),
    "btw": _list("NL004512378B01|NL862145501B01|BE 0712.345.678|NL819233014B02|NL003892117B21"),
    "tid": _list("TID 40123456|terminal-ID 29007711|POI 0041-7722|TID 8800213|terminal 3"),
    "ref": _list(
        "ARN 24445006123000987654321|PSP-referentie 8816904223451235|CB-2026-0081|dispute dp_1Pq7sLk2|"
        "case 77120|RRN 604512338812"
    ),
    "reason": _list(
        "4853 Cardholder Dispute|10.4 Other Fraud|13.1 Merchandise Not Received|4837|13.3 Not as Described"
    ),
    "sku": _list(
        "HP 305XL|toner TN-2420|A4 80 grams 5 pakken|SKU KB-2201|EAN 8711253001235|art.nr. 104-778|USB-C dock"
    ),
    "job": _list(
        "Boekhouder|Salarisadministrateur|Accountmanager MKB|Recruiter|Customer Success Manager|Eigenaar|"
        "Directeur-eigenaar|Office manager|Payroll specialist|Travel consultant|Fleetmanager"
    ),
    "company_phone": _list(
        "088 - 585 15 85|0800-0543|020 - 240 12 00|0800-0402|088 9000 330|+31 85 888 1022|070 - 311 44 00|"
        "+32 2 555 12 12|0900 - 9292"
    ),
    "mailbox": _list(
        "support@mollie.com|facturen@drukwerkdeal.nl|salarisadministratie@flynth.nl|zakelijk@odido.nl|"
        "helpdesk@moneybird.nl|planning@tempo-team.nl|disputes@adyen.com|fleet@ayvens.com|info@kvk.nl"
    ),
    "url": _list("www.kvk.nl/inschrijven|mijn.odido.nl/zakelijk|app.moneybird.com|my.mollie.com|partner.bol.com"),
    "weekday": _list("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|Monday|Thursday"),
    "month": _list("januari|februari|maart|april|mei|juni|september|oktober|december"),
    "biz_address": _list(
        "Industrieweg 22|Handelsweg 9|Transformatorweg 104|Zuiderhof 14|Bedrijvenpark Twente 305|Marktplein 3"
    ),
    "biz_postcode": _list("1014 BA|1521 RT|6221 BT|1601 LE|5038 ZZ|3011 AD"),
    "pay_to": _list(
        "NL81 RABO 0312 3456 78 t.n.v. Printdeal B.V.|NL20 INGB 0001 2345 67 t.n.v. Stichting Derdengelden Mollie|"
        "NL91 ABNA 0417 1643 00 t.n.v. Belastingdienst|NL39 BUNQ 2025 9183 74 t.n.v. Administratiekantoor De Zaanstreek"
    ),
    "long_ref": _list("factuurnummer 204118737|ordernummer 1000482213|referentie 7711 0234 55|batch 20260314-02"),
    "role": _list("de boekhouder|de planner|de fleetmanager|de salarisadministratie|de recruiter|het servicedesk-team"),
}
