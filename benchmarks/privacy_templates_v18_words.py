"""The ordinary words every `test_v18` template draws (`CLEAN_FILLERS["test_v18"]`): mobile operators and bundles,
prepaid cards, e-reader subscriptions, board-game shops and games, climbing gyms, yoga studios, coworking spaces,
student housing, furniture rental, gardeners, septic-tank and pool services, rental bikes, taxi apps, Wadden ferries
and islands, ski resorts and insurers, photo and print shops, wedding photographers, tattoo and piercing studios,
vets, horse transport, beekeepers, choirs, hobby clubs and schools; towns at home and abroad (some also surnames or
words: Ede, Born, Goes, Hoorn, Lisse, Vaals, Ee); and the numbers that are no one's: order, ticket, invoice, case
and booking numbers, top-up codes, voucher codes, a company's phone number and mailbox, amounts, dates that are no
birth date, times, model numbers.

Written by someone who never saw the redaction rules; the values avoid the words the/I/is/my, by which the corpus
builder tells English clean sentences apart."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


CLEAN_FILLERS["test_v18"] = {
    "city": _bars(
        "Ede|Born|Goes|Hoorn|Lisse|Vaals|Ee|Emmen|Tiel|Wijchen|Meppel|Assen|Houten|Woerden|Nijkerk|Barneveld|"
        "Schagen|Middelburg|Roermond|Kerkrade|Oss|Uden|Deventer|Almelo|Hengelo|Harlingen|Alkmaar|Haarlem"
    ),
    "city_be": _bars("Antwerpen|Kortrijk|Oostende|Genk|Sint-Niklaas|Roeselare|Geel|Tienen"),
    "operator": _bars("Lebara|Simyo|Vodafone|Odido|Ben|Lyca Mobile|hollandsnieuwe|Youfone"),
    "bundle": _bars("EU-bundel 5 GB|Wereldbundel 1 GB|Unlimited Roaming|Reisbundel Turkije|bel-en-sms-bundel"),
    "country": _bars("Turkije|Marokko|Zwitserland|Servië|de Verenigde Staten|Egypte|Noorwegen|Andorra"),
    "topup": _bars("opwaardeercode 7731 0042 8817|beltegoedcode 5520-1184-33|voucher LB-20-99812|pincode 4412 9980"),
    "ereader": _bars("Kobo Plus|Kindle Unlimited|Storytel|Bookbeat|Ebook.nl Abonnement"),
    "game_shop": _bars("Spellenwinkel De Dobbelsteen|Bordspellen.nl|Games & Dice|Het Spellenhuis|Meeple Market"),
    "game": _bars("Catan|Wingspan|Ticket to Ride Europe|Carcassonne|Dixit|Azul|Pandemic Legacy"),
    "gym": _bars("Klimhal Monk|Boulderhal Sterk|Klimcentrum Neoliet|Mountain Network|Boulderbar"),
    "yoga": _bars("Yogastudio Shanti|Studio Adem|Hot Yoga Lab|YogaSpot|De Lotus"),
    "cowork": _bars("Spaces Zuidas|Seats2meet|De Werkplaats|CoWork Centraal|The Thinking Hut"),
    "housing": _bars("SSH Student Housing|DUWO|Xior|Idealis|Talis|The Student Hotel"),
    "furniture": _bars("Meubelverhuur Flexwonen|Furniture Rental NL|Rentmyroom|Lease-a-Bank|CORT Nederland"),
    "gardener": _bars("Hoveniersbedrijf De Groene Vinger|Tuinonderhoud Vink|Tuinservice Jan Groen|GroenGarant"),
    "septic": _bars("Beerputservice Oost|Septic Clean|Zuiveringsbedrijf Van Gils|Rioolreiniging Noord"),
    "pool": _bars("Zwembadservice Blue Water|Pool & Spa Techniek|AquaClean Zwembaden|Zwembadonderhoud Zuid"),
    "bike": _bars("OV-fiets|Swapfiets|Donkey Republic|HTM Fiets|Lime"),
    "taxi_app": _bars("Uber|Bolt|TCA Taxi|Staxi|FreeNow"),
    "ferry": _bars("Doeksen|TESO|Wagenborg|Rederij Doeksen sneldienst"),
    "island": _bars("Terschelling|Vlieland|Texel|Ameland|Schiermonnikoog"),
    "resort": _bars("Sölden|Val Thorens|Saalbach|Ischgl|Les Deux Alpes|Zillertal"),
    "insurer": _bars("Allianz Travel|ANWB Reisverzekering|Centraal Beheer|OHRA|Interpolis|a.s.r."),
    "photo_shop": _bars("Pasfotoshop Centrum|Foto Brouwer|Fotostudio Kiekje|Snapshot Pasfoto's"),
    "print_shop": _bars("Drukkerij Snel|Printshop De Kopij|Copy Corner|Drukwerkdeal|Repro Van Ginkel"),
    "photographer": _bars("Trouwfotografie Lichtpunt|Studio Ja-Woord|Fotografie Van Dam|Moments by Sanne"),
    "tattoo": _bars("Tattoo Studio Black Anchor|Inkt & Naald|Skin Deep Tattoo|Studio Koi"),
    "vet": _bars("Dierenkliniek De Hoef|Dierenspoedkliniek Noord|AniCura|Dierenarts Aan de Linge"),
    "animal": _bars("herdershond|kitten|beagle|cavia|Friese merrie|shetlander|labrador|pony"),
    "horse_firm": _bars("Paardentransport Harmsen|Horse Travel Benelux|Paardenvervoer De Hoefslag"),
    "club": _bars("Imkersvereniging De Linde|Gemengd Koor Cantabile|Modelspoorclub Hoorn|Fotoclub Lens|Schaakclub"),
    "school": _bars("OBS De Regenboog|Het Baken|CBS De Wegwijzer|Montessorischool Oost|SG Spieringshoek"),
    "amount": _bars("€ 27,50|€ 149|€ 1.120,00|€ 64,95|€ 2.380|€ 8,50|€ 412|€ 95|€ 14.700"),
    "amount_en": _bars("€27.50|€149|€1,120|£64.95|€2,380|€8.50|£412|€95"),
    "date": _bars("3 februari|19 juli|woensdag 9 april|28 augustus|vrijdag 12 december|2 oktober|15-06|31 mei"),
    "date_en": _bars("3 February|19 July|Wednesday 9 April|28 August|12 December|2 October|31 May"),
    "weekday": _bars("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "weekday_en": _bars("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "time": _bars("08:45|11.15 uur|kwart voor twaalf|14:30|half vier|19.45 uur"),
    "ticket": _bars("ticket 2025-88120|melding #40417|case SR-771203|zaak 88-4410|referentie TK90311"),
    "invoice": _bars("factuur 2025-04412|factuurnummer 71100983|nota 25/3318|rekening R-880142"),
    "order": _bars("bestelling 2025-81-4471|order #771045|ordernummer 4410982|boeking BK-55120|rit 8HX2-K9"),
    "case": _bars("dossier 25-0932|schadenummer 88-1124-07|claim CL-448812|zaaknummer 2025/7719"),
    "company_phone": _bars("0900-9292|088 - 330 20 00|0562 442 002|085 303 44 00|0800-0404|020-797 8800"),
    "company_mail": _bars(
        "klantenservice@doeksen.nl|info@klimhalmonk.nl|support@swapfiets.nl|hallo@yogashanti.nl|service@lebara.nl"
    ),
    "version": _bars("app-versie 5.12|firmware 2.8.1|update 18.3|Android 14"),
    "holiday": _bars("Koningsdag|Pasen|Pinksteren|Hemelvaart|Kerst|de voorjaarsvakantie|Bevrijdingsdag|Sinterklaas"),
}
