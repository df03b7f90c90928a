"""Sentences of test_v117 without personal data: dog daycare and boarding, waste container passes, Dutch courses for
newcomers, boat hire, insulation subsidies, piano tuning, wedding venues, company allotments, bicycle couriers and
blood donation; SalesIQ system lines with visitor numbers and the Zia bot, Threema group notices, Mastodon posts to
organisations' accounts, Markdown tables of prices and rosters, Excel formulas over cell ranges, after-call notes
that name no one, blank OCR'd forms with check boxes, Limburg, West-Flemish, Sranan, Ghanaian, Nigerian, Canadian and
New Zealand turns of phrase; public and firms' numbers (municipal 14 numbers, KvK, BTW, KBO), amounts, non-birth
dates, order, booking, invoice, ticket, tracking, parcel, case and application numbers, product codes, postcode
ranges of delivery zones, dogs' and boats' names, piano brands named after their makers, people-named squares,
streets, airports and venues used as places, and capitalised ordinary words.

A sentence a block; a line holding only '¶' ends a block; line breaks and tabs inside are written as escapes, and a
backslash at the end of a line joins it to the next."""

from __future__ import annotations

import benchmarks.privacy_templates_v117_words  # noqa: F401  (registers CLEAN_FILLERS["test_v117"])

_TEXT = """\
SalesIQ · {siq_visitor} · {siq_page}\n{siq_t1} Zia: Hoi! Waarmee kan ik helpen?\n{siq_t2} Bezoeker: \
is er {weekday} nog plek in de opvang?
¶
SalesIQ · {siq_visitor} heeft de chat verlaten · duur {secs} · beoordeling {score}/5
¶
{siq_t1} Bezoeker: ok dank je!\n{siq_t2} Systeem: chat overgedragen aan wachtrij {queue}
¶
Visitor {visitor_no} · {town_li}, NL · 3e bezoek · pagina {siq_page} · Chrome op Android
¶
Threema · {threema_group}\n{siq_time} Je bent toegevoegd aan de groep. Berichten zijn end-to-end versleuteld.
¶
Threema · {threema_group}\n📌 Vastgezet: sleutel van het hek ligt in kluisje {count}, code staat op het bord.
¶
@{masto_city} wanneer worden de containers aan de {named_street} weer geleegd? Staan al {count} dagen vol.
¶
@{masto_blood} wat een rij {weekday} bij {donor_centre} 😅 wel gezellig, koffie en een stroopwafel na afloop
¶
@{masto_venue} prachtige foto's van de bruiloft in de {room_venue} op {date}! Welke bloemist werkt er met jullie?
¶
Hond {dog} ({breed}) mag {weekday} om {time} opgehaald worden. Dagtarief {price_eur}, tienrittenkaart {price_ten}.
¶
{kennel}: rond de feestdagen vol van {date} tot {date}. Reserveren kan via {bot}.
¶
| Pakket | Dagen | Prijs |\n|---|---|---|\n| Halve dag | {count} | {price_eur} |\n| Hele dag | {count} | \
{price_big} |
¶
=ALS(C{row}="ja";{amount_plain}*D{row};0)\t=SOM(E2:E{row})
¶
ACW {acw_time} – klt vraagt naar openingstijden opvang tijdens {holiday}. Info gegeven, geen klantgegevens nodig.
¶
Ons hondje {dog} was dolblij vandaag, bedankt aan het hele team van {kennel}! 🐾
¶
Hoi, ich wol gaer weite of {dog} ouch in {kennel} mag es ze loeps is. Merci vas!
¶
Goeiendag, moe 'k mien {breed} {dog} ol ingeënt zyn voe de opvang of is da nie nodig?
¶
Odi, mi dagu {dog} no wani nyan na unu opvang 😅 Mag ik zijn eigen brokken meegeven op {weekday}?
¶
Please do una accept dogs wey never finish their vaccines? Mine na {breed} puppy, {count} months. Thank you o
¶
INSCHRIJFFORMULIER HONDENOPVANG · {kennel}\nNaam eigenaar: ____________\n[ ] Ingeënt   [ ] Gecastreerd   \
[ ] Sociaal   Tarief: {price_eur}
¶
Afvalpas kwijt? Bel {muni_phone} of kom langs bij het Stadswinkel, {public_building}. Kosten {price_eur}.
¶
Ondergrondse container {container_id} ({container}) bij het {named_place} is buiten gebruik tot {date}.
¶
Milieustraat {recycle_yard}: open {weekday} {hours}. Maximaal {count} bezoeken per jaar met één pas.
¶
| Fractie | Container | Ophaaldag |\n|---|---|---|\n| Restafval | ondergronds | {weekday} |\n| GFT | \
minicontainer | {weekday} |
¶
ACW {acw_time}: klt belt over gewijzigde ophaaldagen GFT in wijk {district}. Verwezen naar afvalkalender-app.
¶
Zaaknummer {case_no}: melding volle container aan de {named_street} doorgezet naar de buitendienst.
¶
't Recyclagepark in {town_wv} is gesloten op {holiday}; de kaart blijft geldig tot {date_num}.
¶
Sin ich mien pas kwiet, kin ich dan toch mien plestik kwiet bie de {container} in {district}? Ajuu
¶
AANVRAAG AFVALPAS · versie {date_num}\n☐ Nieuwe pas   ☐ Vervangende pas   ☐ Extra pas ({price_eur})\n\
Naam: ___________   BSN: _________
¶
Inburgeringscursus {level}: {weekday} en {weekday} {hours}, locatie {school}. Start {date}.
¶
Het KNM-examen vindt plaats op {date} om {time} in {exam_place}. Neem een geldig identiteitsbewijs mee.
¶
| Groep | Niveau | Dagen | Lokaal |\n|---|---|---|---|\n| {group_code} | {level} | ma/wo | {room} |\n| \
{group_code} | {level} | di/do | {room} |
¶
Threema · {threema_group}\nHuiswerk voor {weekday}: les {count} uit {textbook}, oefening 3 t/m 7 🙂
¶
Cursusgeld {price_big}; DUO-lening mogelijk. Factuurnummer {invoice_no}, betalen binnen {count} dagen.
¶
Aanvraagnummer {application_no} ({insulation}) is ontvangen. U krijgt binnen {count} weken bericht.
¶
Mi e leri Nederlands {level}, a no makriki 😅 mar mi e go doro! Tangi fu a juf, te {weekday}.
¶
Good morning, please which day is the {level} exam at {exam_place}? I want to prepare well. Thank you sir
¶
INSCHRIJVING NT2-CURSUS · {school}\nAchternaam: __________   Voornaam: __________\nNiveau: [ ] A1   [ ] A2   \
[ ] B1   Start: {date}
¶
Sloepverhuur {harbour}: {boat_type} per uur {price_eur}, vanaf {count} uur korting. Vaarbewijs niet nodig.
¶
Reserveringsnummer {booking_no} – {boat_name}, {date} van {time} tot {time}. Borg {price_big}.
¶
De {boat_name} ligt vandaag in onderhoud; u vaart met de {boat_name}, zelfde grootte.
¶
| Boot | Personen | Per uur | Per dag |\n|---|---|---|---|\n| {boat_name} | 8 | {price_eur} | {price_big} |\n\
| {boat_name} | 12 | {price_eur} | {price_big} |
¶
ACW {acw_time}: klt vraagt of honden mee mogen in de {boat_type}. Ja, max 1 per boot. Geen verdere actie.
¶
Let op: de Maasbrug bij {named_place} is {weekday} tussen {hours} gestremd voor de scheepvaart.
¶
Hoi, kinne veer mèt de {boat_type} ouch tot an {harbour} vare? Of is dat te wied?
¶
Boat hire at {harbour}: {boat_type} from {price_en} an hour, life jackets included. Booking {booking_no}.
¶
Gidday, is the {boat_type} ok for a first timer on {weekday_en}? Only ever driven a tinny back home 😂
¶
ISDE-subsidie voor {insulation}: minimaal {m2} m², bedrag {price_eur} per m². Aanvragen binnen 24 maanden na \
installatie.
¶
Factuur {invoice_no} van {firm_iso}, {insulation} {m2} m², totaal {price_big}, datum {date_num}.
¶
| Maatregel | Min. m² | Subsidie per m² |\n|---|---|---|\n| {insulation} | 20 | {price_eur} |\n| \
{insulation} | 10 | {price_eur} |
¶
=VERT.ZOEKEN(B{row};Tarieven!A:C;3;ONWAAR)*{count}
¶
Uw aanvraag {application_no} is op {date} goedgekeurd; uitbetaling volgt binnen {count} werkdagen.
¶
SUBSIDIEAANVRAAG ISOLATIE · formulier {date_num}\n☐ Dakisolatie   ☐ Gevelisolatie   ☐ Vloerisolatie\n\
Aanvrager: ______________   Oppervlak: {m2} m²
¶
{firm_iso}, KvK {kvk}, btw {btw}. Erkend installateur, garantie {count} jaar op {insulation}.
¶
Is {insulation} met {material} ook subsidiabel of alleen met {material}? Groetjes
¶
Does the subsidy cover {insulation_en} done by a DIY-er or only by a certified company like {firm_iso}? Cheers
¶
Pianostemmen {price_eur} per bezoek, vleugel {price_eur}. Voorrijkosten binnen {area} gratis.
¶
Uw {piano_brand} wordt gestemd op {date} tussen {hours}. Graag de piano vrijmaken van fotolijstjes 🙂
¶
{piano_brand} vs {piano_brand}: welke houdt de stemming beter? Onze stemmer adviseert {count}x per jaar.
¶
| Merk | Type | Stemtoon |\n|---|---|---|\n| {piano_brand} | vleugel | 442 Hz |\n| {piano_brand} | \
buffetpiano | 440 Hz |
¶
ACW {acw_time}: klt wil weten of stemmen na verhuizing nodig is ({piano_brand}). Advies: 4 weken wachten.
¶
De vleugel staat in {hall}, podium {count}; toegang via de artiesteningang.
¶
Our {piano_brand} baby grand came over by sea from {town_nz}, do we need to wait before tuning? Thanks heaps
¶
{venue}: {date} nog beschikbaar voor ceremonie en diner, max {count}0 gasten. Huur {price_big}.
¶
Optie op {venue} verloopt op {date_num}. Offertenummer {quote_no}.
¶
| Arrangement | Gasten | Prijs |\n|---|---|---|\n| Ceremonie | 60 | {price_big} |\n| Dag | 120 | {price_big} |
¶
Trouwen in de tuin van {venue} kan van {month} tot september, bij regen in de {room_venue}.
¶
De ceremonie is in het stadhuis, dan foto's bij {named_place} en taxi's naar {venue}. Ritnummer {ride_no}.
¶
=SOM(C4:C{row})-C{row}\tBudget resterend\t{price_big}
¶
Ola, we trouwen over {count} maanden in {town_wv} 🥂 kunnen jullie ook een DJ regelen?
¶
A wedding at {venue} in {month_en}, any advice on the weather, eh? Coming from {town_ca}.
¶
OVEREENKOMST TROUWLOCATIE · {venue}\nContractnr: ________\n☐ Ceremonie   ☐ Diner   ☐ Feest   Datum: {date}
¶
Moestuinen bedrijfsterrein: {count} tuinen vrij bij {building}. Huur {price_eur} per jaar.
¶
Threema · {threema_group}\nWaterkraan bij tuin {plot} lekt, facilitair is gebeld (ticket {ticket_no}).
¶
| Tuin | m² | Status |\n|---|---|---|\n| {plot} | 25 | vrij |\n| {plot} | 40 | bezet |\n| {plot} | 25 | wachtlijst |
¶
Compost wordt {weekday} geleverd bij {building}; kruiwagens staan bij de fietsenstalling.
¶
Ticket {ticket_no}: hek moestuinen bij {building} sluit niet, status In Behandeling.
¶
Whoever planted the pumpkins at plot {plot}: legends 🎃 Harvest party {weekday_en} at {time}!
¶
Koerierszone {zone} (postcodes {pc_range}): ritprijs {price_eur}, spits {price_eur}.
¶
Rit {ride_no}: opgehaald {time}, afgeleverd {time}, pakket {parcel_no}.
¶
Track & trace {tracking}: bezorgd om {time}, afgetekend bij de buren.
¶
Ordernummer {order_no} – {count}x {sku} geleverd door koerier, factuur {invoice_no}.
¶
| Zone | Postcodes | Tarief |\n|---|---|---|\n| {zone} | {pc_range} | {price_eur} |\n| {zone} | {pc_range} | \
{price_eur} |
¶
Uitbetaling koeriers week {week} staat op {date}. Vragen? Chat met {bot}.
¶
Abeg, which zone dey pay pass for weekend, {zone} abi na {pc_range}? I wan do extra shift 🚴
¶
Chale, the app dey hang again since {time}, order {order_no} no dey show. Make una check am
¶
Parcel {parcel_no} out for delivery with a bike courier, ETA {time}.
¶
Bloed geven bij {donor_centre}: {weekday} {hours}. Neem een identiteitsbewijs mee.
¶
Uw Hb-waarde was op {date} {hb} mmol/l; de grens voor vrouwen is 7,8 en voor mannen 8,4.
¶
Bloedgroep {blood_type} is nu extra nodig. Afspraak maken via {bot} of bel {public_phone}.
¶
| Tijd | Stoel | Type donatie |\n|---|---|---|\n| {time} | {count} | volbloed |\n| {time} | {count} | plasma |
¶
Na een tatoeage of piercing mag u {count} maanden geen bloed geven bij {donor_centre}.
¶
Herinnering: uw afspraak bij {donor_centre} is op {date} om {time}. Ticket {ticket_no}.
¶
Bloud gaeve in Mestreech kin in {donor_centre}, {weekday} bis {time}. Kom gerös!
¶
Kia ora! Does NZ Blood's rule about living in the UK in the '90s apply here too? I'm booked for {date_en} at {time}.
¶
DONORVRAGENLIJST · {donor_centre} · {date_num}\nNaam: __________   Geb.: ________\n1. Voelt u zich gezond?   \
[ ] ja  [ ] nee
¶
[{ts1}] Agent: goedemorgen, waarmee kan ik u helpen?\n[{ts2}] Beller: ik wil alleen weten hoe laat jullie open zijn.
¶
[{ts1}] Caller: just checking if the {weekday_en} session still runs\n[{ts2}] Agent: yes, from {time}.
¶
ACW {acw_time}: beller hing op voor identificatie (wachtrij {queue}). Geen gegevens vastgelegd.
¶
ACW {acw_time}: alg. vraag over tarieven {year}. Verwezen naar website. Duur {secs}.
¶
Welkom bij {firm}! Wij zijn bereikbaar op {public_phone}, KvK {kvk}.
¶
{firm} BV · KBO {kbo} · {public_address}
¶
Betaald met kaart {masked_card}, autorisatie {auth_code}, terminal {terminal}.
¶
Artikel {sku}: {product}, {count} stuks à {price_eur}. Levertijd {count} werkdagen.
¶
Opening Hours {holiday} {year}: Opvang Gesloten, Pension Open, Botenverhuur Op Afspraak Vanaf {time}.
¶
Nieuw In Ons Assortiment: {product}. Bestel Voor {date} En Ontvang Korting.
¶
Welcome To {venue}! Ceremony Room, Garden Terrace And Great Hall Available For {month_en} {year}.
¶
Ons kantoor aan het {named_place} is gesloten op {holiday}. Mail naar {generic_mail}.
¶
Our office near {named_place_abroad} handles the Canadian and New Zealand enquiries, {weekday_en} {hours_en}.
¶
Landing at {airport}? Shuttle to {venue} {price_en} per person, booking {booking_no}.
¶
Datum factuur {date_num}, betaaltermijn {count} dagen, bedrag {price_big}, referentie {invoice_no}.
¶
Pas geldig tot en met {date_num} ({count} ledigingen); daarna wordt de pas automatisch verlengd.
¶
Openingstijden wijzigen per {date}: {weekday} t/m {weekday} {hours}.
¶
Het {named_street}-gebied heeft vanaf {date} nieuwe containers; oude passen blijven werken.
¶
{siq_time} Zia: Ik heb je vraag doorgestuurd naar een medewerker. Gemiddelde wachttijd {count} minuten.
¶
{siq_time} Zia: Sorry, ich begriep dich nog neet good. Probeer 't ens anges te vraoge?
¶
{bot}: Je chat van {siq_time} is beëindigd. Download het transcript via de link in je mail.
¶
Gebruik in Excel =TEKST(A{row};"dd-mm-jjjj") om de datumkolom van blad {sheet} als tekst te tonen.
¶
Kolom D bevat =VANDAAG()-C{row} voor het aantal dagen sinds de laatste {sheet_topic}.
¶
Sheet "Tarieven" · B2:B{row} · opmaak Valuta · {count} regels gefilterd
¶
Na regen is 't pad nao de boete glad, pas op mèt {dog}. Sjoen weer {weekday}!
¶
Ier is 't wè kouwd op de Leie vandage, mo de boten varen nog tot {time}. Tot {weekday}!
¶
Fa yu tan? Mi e kon {weekday} {time} fu a les, no span 🙏
¶
Sweet as, see you {weekday_en} at {time} at the marina, bring a jersey, it gets chilly on the water.
¶
No worries, eh. We'll swing by {weekday_en} around {time} after the hockey game.
¶
Plot {plot} is looking mint, cheers to whoever watered it on {weekday_en}.
¶
Reminder: bring a photo ID to {donor_centre} on {date_en}, e.g. passport or residence card.
¶
Your tuning is confirmed for {date_en} between {hours_en}. Reference {booking_no}.
¶
Rates {year}: daycare {price_en} per day, boarding {price_big_en} per week, cat boarding on request.
¶
Order {order_no} shipped with {carrier}, tracking {tracking}.
¶
Ticket #{ticket_no} closed by automation after {count} days without reply.
¶
Case {case_no}: container lid broken at {named_street}, crew dispatched.
"""

TEST_V117_CLEAN: list[str] = [block.strip("\n") for block in _TEXT.split("\n¶\n")]
