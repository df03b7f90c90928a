"""Sentences without personal data of the held-out test_v4 split, and its ordinary fillers: brands that look
like people ('Hans Anders', 'Van der Valk', 'John Lewis'), capitalised words at a sentence's start ('Will',
'May', 'Mark'), place names, amounts, quantities, dates that are no birth dates, times, versions, router
models with an '@' in them and other codes that belong to no one. Part of `privacy_templates_v4`.

Dutch sentences here avoid 'is' and English ones contain 'the', 'I', 'is' or 'my': the corpus tells the two
apart by those words."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS

TEST_V4_CLEAN: list[str] = [
    # WhatsApp and DMs
    "hoi, mn {product} doet t weer nie na de update naar {version} 😩",
    "top, werkt weer! dankjewel 👍",
    "ff vraagje: kan ik ook betalen met {pay}?",
    "waarom duurt t zo lang?? al {minutes} min in de wacht",
    # voice bot
    "Voicebot: Kies 1 voor storingen, 2 voor facturen of blijf aan de lijn voor een medewerker.",
    "Beller: eh storing. Voicebot: Ik heb verstaan: storing. Klopt dat?",
    "Beller: ik wil gewoon een medewerker spreken, geen robot",
    "Voicebot: De wachttijd bedraagt ongeveer {minutes} minuten.",
    # complaint letters
    "Geachte heer/mevrouw,\n\nHierbij dien ik een formele klacht in over de levering van {date}.",
    "Op grond van artikel 7:19a BW verzoek ik u de overeenkomst te ontbinden.",
    "Ik verwacht binnen 14 dagen een reactie, anders schakel ik de Geschillencommissie in.",
    "Bijgevoegd: kopie factuur, foto's van de schade en de pakbon.",
    # web-form dumps
    "Onderwerp: Storing\nCategorie: Internet + TV\nPrioriteit: Hoog\nKanaal: {channel}",
    "Reden opzegging: verhuizing naar het buitenland | Toestel retour: ja | Aantal: {qty}",
    "Product: {product}\nAankoopdatum: {date}\nOmschrijving klacht: scherm blijft zwart",
    # agent wrap-up notes
    "kl. gebeld ivm storing, modem gereset, opgelost. geen vervolg.",
    "fw. {model} vervangen, signaal ok, IPv6 en wifi werken",
    "betaalherinnering besproken, regeling {amount} p/m akkoord",
    "tckt doorgezet naar 2e lijn, terugkoppeling binnen 48u",
    "tb ingepland {weekday} {time}, kl. akkoord",
    # forwarded mail
    "---------- Doorgestuurd bericht ---------\nOnderwerp: Uw bestelling bij {brand} wordt verzonden",
    "Op wo 11 mrt 2026 om {time} schreef Klantenservice {brand}:\n> Bedankt voor uw bericht.",
    # delivery, SMS, reviews
    "Pakket afgeleverd bij het pakketpunt van {brand} in {city}, ophalen binnen 7 dagen.",
    "Bezorgmoment gewijzigd naar {date} tussen {time} en {time}.",
    "Uw pakket van {brand} wordt {date} bezorgd. Afmelden? Sms STOP naar 4030.",
    "★★★☆☆ App crasht na update {version}, verder prima.",
    "5 sterren! Eindelijk werkt {tech} op mijn {product}.",
    # Flemish
    "Goeiemiddag, sinds {weekday} hebben we geen tv-signaal meer, allez da's toch nie normaal.",
    "Ik heb {qty} besteld in de winkel van {brand} in de {street}, maar ge hebt maar de helft geleverd.",
    "Hoeveel kost da abonnement van {brand} met {bundle}?",
    "Mijn {product} staat al twee weken in herstelling in {city_be}.",
    # brands like names, capitals at the start, places, amounts, dates, versions
    "Van Haren in {city} had mijn maat niet meer.",
    "Hans Anders gaf me {amount} korting op de glazen.",
    "Bij Van der Valk in {city} werkt de wifi van {brand} niet.",
    "Vorige maand betaalde ik {amount}, nu opeens {amount}.",
    "Bestelling van {qty} geleverd, maar de HDMI 2.1-kabel ontbrak.",
    "Sinds {month} betaal ik 21% btw over de {product}? Lijkt me niet correct.",
    "Graag {qty} extra, levering op {date} graag vóór {time}.",
    "Wanneer komt {version} uit voor de {product}?",
    "Modem {model} geeft foutcode {errcode} na de storing van {weekday}.",
    "Gaat de winkel in de {street} in {city} om {time} dicht?",
    "Tussen {station} en {city} valt mijn 5G steeds weg.",
    "Douwe Egberts-punten en Tony's Chocolonely-actie: geldt de korting ook bij {brand}?",
    # English
    "hi my {product} stopped working after the {version} update",
    "Bot: Press 1 for billing, 2 for faults. Caller: faults. Bot: I heard faults, is that right?",
    "I am writing to complain about the delivery on {date_en}, which was two weeks late.",
    "The {brand} store in {city_uk} told me to contact you, is that right?",
    "Will the {product} support {tech}? The shop was not sure.",
    "May I ask why my bill went up from {amount} to {amount}?",
    "Grace period is over?? I paid on {date_en}!",
    "Mark the ticket as solved please, the {model} is working again.",
    "Rating: 2/5. The app crashes every time I open it on my tablet.",
    "Your engineer came on {weekday_en} and the {model} is still not working.",
    "Sorry for my english, the package is not arrive yet and I wait since {date_en}.",
    "The John Lewis order arrived but {qty_en} were missing from the box.",
    "I ordered {qty_en} on {date_en} and paid {amount} for next day delivery.",
    "Delivery window is {time_en} to {time_en}, is that still correct?",
    "Error {errcode} appears when I try to pay with {pay}.",
    "Fwd: Your {brand} order has shipped\n\nSee the message below, I never ordered this.",
    "Text alert: your bill of {amount} is ready in the app.",
    "My {product} was repaired in {city_uk} but the screen is still flickering.",
]

CLEAN_FILLERS["test_v4"] = {
    "brand": "Hans Anders|Jan Linders|Van Haren|Van der Valk|Douwe Egberts|John Lewis|Marks & Spencer|Vandebron|"
    "Frank Energie|Mobile Vikings|Telenet|Proximus|Scarlet|Picnic|Action|Decathlon|Swapfiets|Sainsbury's|"
    "Lidl".split("|"),
    "product": "Fairphone 5|Galaxy Tab S9|iPhone SE|Dyson V15|Thermomix TM6|Senseo Switch|Nespresso Vertuo|"
    "Garmin Venu 3|Ring Stick Up Cam|Eneco Toon|Philips Sonicare|Miele Complete C3|Pocketbook Era".split("|"),
    "model": "TP-Link Archer AX55|Arcadyan VRV9517|Sagemcom F@st 5670|Zyxel VMG8825|FRITZ!Repeater 2400".split("|"),
    "tech": "Wi-Fi 6E|USB-C|HDMI 2.1|DOCSIS 3.1|IPv6|eSIM|NFC|Bluetooth 5.3".split("|"),
    "errcode": "E-4012|F12|code 1003|ERR-NET-07|0xC004F074".split("|"),
    "version": "iOS 17.5.1|Android 15|firmware 7.57|v4.12.0|build 2291|versie 8.3".split("|"),
    "pay": "Payconiq|SEPA-incasso|een cadeaubon|contant bij afhalen|Riverty".split("|"),
    "channel": "WhatsApp|Messenger|livechat|Instagram|telefoon".split("|"),
    "amount": "€ 249|EUR 18,20|€17,95|2 x € 4,99|£7.49|€ 1.499,00|€ 3,-|64 euro".split("|"),
    "qty": "12 stuks|1 doos|twee pakken|3 rollen|6 flessen|24 blikjes".split("|"),
    "qty_en": "two boxes|12 units|three of the six|a dozen".split("|"),
    "minutes": "4|12|twintig|35|45".split("|"),
    "bundle": "30 GB|onbeperkt bellen|1 Gbit|400 Mbit".split("|"),
    "date": "vrijdag 13 maart|13-03-2026|16/04|20 april 2026|2026-06-30|maandag de 2e|eind mei".split("|"),
    "date_en": "the 23rd of May|June 30th|Friday the 13th|30/06/2026|Monday 2 March".split("|"),
    "time": "kwart over 9|14:15|19u30|7.45 uur|11:05|half 6".split("|"),
    "time_en": "11am|3.30pm|half past two|17:40".split("|"),
    "weekday": "maandagochtend|woensdag|Vrijdagmiddag|zondagavond|dinsdag".split("|"),
    "weekday_en": "Wednesday|Friday afternoon|Saturday morning".split("|"),
    "month": "mei|juni|oktober|Februari".split("|"),
    "street": "Veldstraat|Bruul|Korte Putstraat|Kruiskade|Marktstraat".split("|"),
    "station": "Utrecht Centraal|Schiphol Plaza|Antwerpen-Centraal|Amersfoort Vathorst".split("|"),
    "city": "Harderwijk|Kampen|Zutphen|Doetinchem|Meppel|Drachten|Heerenveen|Tiel|Culemborg|Veenendaal|Woerden|"
    "Schiedam|Vlaardingen|Gorinchem|Terneuzen|Middelburg|Goes|Weert|Helmond|Roosendaal|Bergen op Zoom|"
    "Lelystad".split("|"),
    "city_uk": "Norwich|Sheffield|Cardiff|Leicester|Plymouth|Brighton|Newcastle upon Tyne|Liverpool|Glasgow".split("|"),
    "city_be": "Gent|Antwerpen|Leuven|Hasselt|Brugge|Mechelen|Kortrijk|Aalst|Sint-Niklaas|Genk".split("|"),
}
