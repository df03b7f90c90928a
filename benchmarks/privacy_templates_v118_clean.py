"""Sentences of test_v118 without personal data: gym freezes, school photos, window frames, festival refunds, tax
help for pensioners, carpools, a wine club, hospital parking, holiday camps and e-scooter damage; LiveChat system
messages, voice messages naming no one, firms' Google Business Messages, JSON and tab-separated exports of counts,
stamped letters to all members, phone menus, forwarded no-reply mails signed in two languages; public numbers (KvK,
VAT, service lines), amounts, dates that are no birth dates, order, ride, refund, tracking, ticket and case numbers,
fleet scooter IDs, masked cards, capitalised ordinary words, people-named places, streets used as places, bot names.

`_BLOCK`: one sentence a block, blocks apart by a line holding only '§', its line breaks written as escapes; a
backslash at a line's end joins it to the next. `_LINES`: one short sentence a line."""

from __future__ import annotations

import benchmarks.privacy_templates_v118_words  # noqa: F401  (registers CLEAN_FILLERS["test_v118"])

_BLOCK = """\
LiveChat · chat {lc_chat}\n[{t1}] Systeem: Bezoeker is de chat gestart via {gym_page}\n[{t2}] Systeem: Chat \
gesloten na {count} minuten zonder reactie
§
"{\\"event\\":\\"class.cancelled\\",\\"class\\":\\"{gym_class}\\",\\"studio\\":\\"{gym}\\",\\"start\\":\
\\"{date_iso}T{time}\\"}"
§
🎙 Spraakbericht {secs} · Tekst\nja hoi ik wou even vragen of de les {gym_class} van {weekday} om {time} nog \
doorgaat want ik zie hem niet in de app
§
Keuzemenu {gym}\n00:02 Systeem: Voor bevriezen, toets 1. Voor opzeggen, toets 2.\n00:07 Beller: twee\n00:08 Systeem: U \
wordt doorverbonden met {lc_group}, de wachttijd is ongeveer {count} minuten.
§
[scan] {gym}      ▓ ONTVANGEN {stamp_date} ▓\nBeste leden, per {date} wordt de contributie {price_eur} per \
maand. Lopende bevriezingen blijven gewoon geldig.
§
Uw bestelling {photo_order} met {count} afdrukken {photo_size} is verzonden met {carrier}, track & trace \
{tracking}.
§
Bericht via Google Maps · {photo_firm}\nKlant: Hoi, de foto's van {school} zijn binnen. Kan ik ook een canvas van \
{photo_size} bestellen, of kost dat meer dan {price_eur}?
§
Dear team, the {photo_firm} order {photo_order} of {date_en} shows amount {price_en} but I was charged twice. Kindly \
check and revert.
§
"{\\"order\\":\\"{photo_order}\\",\\"items\\":[{\\"sku\\":\\"{photo_sku}\\",\\"qty\\":{count}}],\\"status\\":\
\\"shipped\\",\\"carrier\\":\\"{carrier}\\"}"
§
LiveChat · chat {lc_chat}\n[{t1}] System: Visitor started the chat from {photo_page}\n[{t2}] System: Chat \
transferred to {lc_group_en}\n[{t3}] System: Visitor left the chat
§
Bună ziua, the {photo_size} school photos from {photo_firm} arrived {weekday_en}, very nice, thank you! Only the frame \
was broken in the {carrier} box. Mulțumesc
§
---------- Doorgestuurd bericht ---------\nVan: Planning <planning@{window_domain}>\nOnderwerp: \
Montage week {week}\n\nDe montage is verplaatst naar {weekday} {date}.\n\nMet vriendelijke groet / Kind regards\n\
Afdeling Planning / Planning Department\nT {public_phone}
§
[scan, pag. 2]  Garantiebewijs   ╔ ONTVANGEN ╗ ║{stamp_date}║\nGarantie: {count} jaar op de kozijnen in \
{window_material}, {count} jaar op het hang- en sluitwerk van {window_brand}.
§
Dag, zijn jullie oek actief in {town_zv} of alleen in Terneuzen? 'k Wil een offerte veur {count} ramen in \
{window_material}.
§
Moi, kinnen jim ook kozijnen in {window_material} en {ral} leveren? Mien buurman in {town_gr} het dat ook en dat \
staait mooi.
§
Phone menu transcript · {window_firm}\n[0:02] Menu: For a new quote, say quote. For planned installations, say \
planning.\n[0:06] Caller: planning\n[0:07] Menu: All our fitters are busy. Your position in the queue is {count}, \
expected wait {secs}.
§
Hi, your fitters can come on {weekday_en} morning or not? Quote {quote_no}, earliest {date_en}. Need to apply leave so \
must confirm early.
§
Voor HR++-glas in {window_material}-kozijnen geldt in {year} de ISDE-subsidie; vraag die aan bij RVO via \
{public_phone} en vermeld offerte {quote_no}.
§
planning_wk{week}.tsv\ndag\tploeg\tregio\taantal\n{weekday}\tploeg {count}\t{town_gr}\t{count}\n{weekday}\tploeg \
{count}\t{town_zv}\t{count}
§
LiveChat · chat {lc_chat}\n[{t1}] Systeem: Je chat met {lc_bot}\n[{t2}] Bot: Hoi! Ik ben de digitale assistent \
van {festival}. Waarmee kan ik helpen?\n[{t3}] Bezoeker: refund\n[{t4}] Bot: De refunds openen op {date}.
§
"{\\"event\\":\\"{festival}\\",\\"topups\\":{count_big},\\"refund_window\\":\\"{date_iso}\\",\\"fee\\":\
{amount_plain}}"
§
Google Business Messages · {festival}\nBusiness: Lost wristbands can't be refunded; credit left on a found band goes \
to {charity}. Refunds close on {date_en}.
§
Wuk is da mee die polsbandjes van {festival}? Ge moet ze opladen vòòr da ge op 't terrein zijt, minstens {price_eur}. \
'k Kom uut {town_zv}.
§
crew_{festival_slug}.tsv\nploeg\tshifts\turen\tvergoeding\nbar\t{count}\t{count_big}\t{price_eur}\ngarderobe\t\
{count}\t{count_big}\t{price_eur}
§
Aangifte inkomstenbelasting {year}: indienen vóór 1 mei, met uitstel tot 1 september. Belastingtelefoon \
{public_phone}, of kom op {weekday} naar {library}.
§
[SCAN] {tax_desk}   ▒▒ ONTVANGEN {stamp_date} ▒▒\nAanslagjaar {year}: de ouderenkorting is {price_big}, de \
inkomensgrens {price_big}.
§
Spraak-naar-tekst keuzemenu Aangiftehulp\n[00:02] Menu: Voor een afspraak, zeg afspraak.\n[00:06] Beller: \
afspraak\n[00:09] Menu: De eerste vrije plek is {weekday} {date} om {time}.
§
Moi, mot ik de papieren van de AOW en 't pensioen metnemen as ik {weekday} om {time} naor {library} kom veur de \
aangifte?
§
Kunt ge bij {tax_desk} oek helpen mee de Belgische belastingbrief? M'n vader kreeg {count} jaar een pensioen uut Gent. \
Kan 'k {weekday} komen?
§
Google Business Messages · {tax_desk}\nBedrijf: Neem uw DigiD-app, de jaaropgaven {year} en uw bankafschriften mee. \
Spreekuur op {weekday} van {time_from} tot {time_to}.
§
-------- Doorgestuurd bericht --------\nVan: Servicedesk <noreply@{pension_domain}>\nDatum: {date}\nOnderwerp: Uw UPO \
{year} – {pension_fund}\n\nUw pensioenoverzicht staat klaar in de app.\n\nMet vriendelijke groet / With kind \
regards\nPensioenuitvoering / Pension administration
§
LiveChat · chat {lc_chat}\n[{t1}] Systeem: Chat overgedragen van {lc_bot} aan groep {lc_group}\n[{t2}] Systeem: \
Alle medewerkers zijn in gesprek, u bent nummer {count} in de rij
§
🎙 Spraakbericht {secs}\nhoi ik sta bij de carpoolplek bij {carpool_spot} maar ik zie niemand rijdt de rit van \
{time} nog
§
"{\\"ride\\":\\"{ride_id}\\",\\"from\\":\\"{town_zv}\\",\\"to\\":\\"{town}\\",\\"seats\\":{count},\\"price\\":\
{amount_plain}}"
§
Google Business Messages · {carpool_app}\nBusiness: Payouts go out every {weekday_en}; rides before \
{date_en} are in the next batch.
§
Wijngoed {vineyard}     ▓ GESCAND {stamp_date} ▓\nBeste leden, de oogst van {year} is binnen! De proeverij is op \
{date} vanaf {time}.
§
Hi, is the {wine} in this quarter's {wine_plan} box sweet or dry? My parents visit from Shanghai on {date_en} and they \
like sweet.
§
sub = "{\\"plan\\":\\"{wine_plan}\\",\\"bottles\\":{count},\\"price\\":{amount_plain},\\"next_box\\":\
\\"{date_iso}\\"}"
§
Moi, hebben jim ook wien zunder alcohol in 't {wine_plan}-pakket van {vineyard}? Mien man mag sinds {month} nait meer \
drinken.
§
LiveChat · chat {lc_chat}\n[{t1}] {lc_bot}: Je pakket {wine_plan} komt op {weekday} {date} tussen {time_from} en \
{time_to}.\n[{t2}] Systeem: Bezoeker heeft de chat beëindigd
§
Google Business Messages · Parking {hospital}\nParking: Exit tickets can be validated at the desk in {hospital_place} \
or at {ward_en} reception. Rate {price_en} per day.
§
Keuzemenu parkeren {hospital} (spraak)\n[0:02] Menu: Blijft de slagboom dicht? Zeg slagboom.\n[0:05] Beller: \
slagboom\n[0:07] Menu: Een collega in de {garage} komt eraan, binnen {count} minuten.
§
Kindly inform whether the parking refund form of {hospital} needs the original receipt for my visit on {date_en} \
(total {price_en}) or a scanned copy will do.
§
Hello, where is the entrance of the {garage} of {hospital}? The navigation sends me to {named_street} and there is no \
entrance.
§
parkeervergoeding_{month}.tsv\nafdeling\tmedewerkers\ttotaal\n{ward}\t{count}\t{price_eur}\n{ward}\t{count}\t\
{price_eur}
§
LiveChat · chat {lc_chat}\n[{t1}] Systeem: Bestand "parkeerbon.jpg" ontvangen\n[{t2}] Systeem: Chat doorgezet \
naar groep {lc_group}
§
Zomerkamp {camp_week} in {camp_place}: {count} nachten, {price_big}, vertrek {weekday} om {time} vanaf \
{named_place}.
§
Paklijst {camp_week}: slaapzak, zaklamp, regenjas, {count} onderbroeken en een kopie van de zorgpas; geen telefoons na \
{time}.
§
Bericht via Google Maps · {camp_org}\nKlant: Mogen kinderen met een insulinepomp mee op {camp_week} in {camp_place}? \
Is er een EHBO'er? Mijn kind is {age_child}.
§
Hi, kindly confirm if vegetarian food is provided at the {camp_week} camp in {camp_place} starting {date_en}. Thanks \
in advance.
§
"{\\"camp\\":\\"{camp_week}\\",\\"location\\":\\"{camp_place}\\",\\"spots_left\\":{count},\\"price\\":\
{amount_plain}}"
§
AANMELDFORMULIER {camp_week}    ⟦ ONTVANGEN {stamp_date} ⟧\nInschrijven kan tot {date}. Kosten {price_big}, te \
betalen vóór {date}.
§
Gaen de kinders op {camp_week} in {camp_place} in tenten of in een gebouw slaepen? 't Gaet {weekday} regenen zeggen \
ze.
§
Google Business Messages · {scooter_app}\nBedrijf: Steps horen niet op de stoep; zet ze in een vak bij {named_place}. \
Fout geparkeerd kost {price_eur}.
§
LiveChat · chat {lc_chat}\n[{t1}] System: Visitor uploaded "scratch.jpg"\n[{t2}] System: Chat transferred to \
{lc_group_en}\n[{t3}] System: Average wait time {count} minutes
§
🎙 Voice message {secs}\nhey there's a broken scooter lying in the canal near {named_place} since {weekday_en} someone \
should pick it up
§
Keuzemenu {scooter_app}\n[0:02] Menu: Zeg het nummer op het stuur van de step.\n[0:08] Beller: \
{scooter_id_spoken}\n[0:12] Menu: Dank u, de step bij de {named_street} wordt binnen {count} uur opgehaald.
§
Schadeclaim  ░░ ONTVANGEN {stamp_date} ░░\nDossier {case_no}: de schade van {price_big} valt onder de \
WA-verzekering van de aanbieder.
§
"{\\"vehicle\\":\\"{scooter_id}\\",\\"battery\\":{count},\\"lat\\":{lat},\\"lon\\":{lon},\\"status\\":\
\\"damaged\\"}"
§
{lc_bot} is een virtuele assistent en kan geen betalingen terugdraaien; typ medewerker of kies {lc_group} (ma–vr tot \
{time_to}).
§
---------- Forwarded message ---------\nFrom: Refunds <no-reply@{festival_domain}>\nSubject: Your refund \
{refund_no}\n\nYour refund of {price_en} was processed on {date_en}.\n\nKind regards / Met vriendelijke groet,\nTeam \
Refunds
§
{window_firm} | KvK {kvk} | {public_phone} | ref. {ticket_no}\nDit bericht kan vertrouwelijke informatie bevatten. / \
This message may contain confidential information. Niet voor u bestemd? Verwijder het dan.
§
Bij {gym}: Bevriezen, Opzeggen En Overschrijven Kan Allemaal Via De App; Kies Daarna Mijn Abonnement ({gym_page}). \
Kosten Vanaf {price_eur}.
§
export_{year}_wk{week}.tsv\nkanaal\tchats\tgem_wachttijd\nLiveChat\t{count_big}\t{secs}\nGoogle\t{count_big}\t\
{secs}
§
Phone menu transcript\n[0:01] Menu: Welcome to {window_firm}. Calls may be recorded for training.\n[0:05] Caller: \
agent\n[0:06] Menu: Please hold, you are number {count}. Expected wait {secs}.
§
Salam, is er op {camp_week} in {camp_place} ook halal eten? Anders geef ik hem op {weekday} zelf iets mee, wollah geen \
probleem.
§
Merhaba, een {scooter_app}-step lag {weekday} weer midden op de stoep bij de {named_street}, çok tehlikeli voor \
kinderen!
§
Fa waka, is die {wine_plan} van {vineyard} ook iets voor een verjaardag met {count} personen? Ik wil een pakket cadeau \
doen.
§
"{\\"chat\\":\\"{lc_chat}\\",\\"rating\\":{count},\\"wait\\":\\"{secs}\\",\\"comment\\":\\"snel en \
vriendelijk\\"}"
§
Wijngoed {vineyard} ligt aan de {named_street}, open op {weekday} vanaf {time_from}; parkeren kan op het erf bij de \
proeflokaal-ingang.
§
Hello sir, kindly note that the link in the refund mail {refund_no} of {festival} dated {date_en} is expired. Please \
resend.
§
Google Business Messages · {hospital}\nBedrijf: De P+R bij {named_place} is gratis; de pendelbus rijdt elke \
{count} minuten.
§
🎙 Voice message {secs} · Transcribed\nhello yes I'm calling about the tax clinic on {weekday_en} is it still at \
{library} or did it move
§
Google Business Messages · {gym} {town}\nBedrijf: Onze openingstijden rond de feestdagen: {date} {hours}.
§
Export HR – bedrijfsfitness {year}\nlocatie\tleden\tbevroren\tprijs\n{gym}\t{count_big}\t{count}\t{price_eur}
§
spreekuur_{year}.tsv\nlocatie\tdag\tvrijwilligers\tafspraken\n{library}\t{weekday}\t{count}\t{count_big}
§
"{\\"desk\\":\\"{tax_desk}\\",\\"slots\\":{count},\\"date\\":\\"{date_iso}\\",\\"fiscal_year\\":{year}}"
"""

_LINES = """\
Bevriezen kan bij {gym} maximaal {count} weken per jaar; per bevriezing rekenen we {price_eur} administratiekosten.
Moi, gaait de sportschool in {town_gr} mit Poasen ook open? Ik wil {weekday} om {time} geern even spinnen.
Is 't zwembad van {gym} in {town_zv} nog toe deur 't onderhoud tot {date}? 'k Zie niks op de site staen.
Eh the aircon in the {gym} studio spoil again ah, so hot during {gym_class} on {weekday_en}.
De schoolfotograaf komt op {date} naar {school}; broertjes en zusjes kunnen om {time} samen op de foto.
Offerte {quote_no}: {count} kozijnen in {window_material}, kleur {ral}, montage in week {week}, totaal {price_big}.
Refunds van je {festival}-tegoed kun je aanvragen tot {date}; de kosten zijn {price_small}.
Bună! The refund of {price_en} from {festival} arrived on {weekday_en}, thank you very much. Mulțumesc frumos!
Moi, is d'r op {festival} ook gain contant geld meer? Mien moeke wil {weekday} om {time} mitkommen.
Het belastingspreekuur voor 65-plussers is elke {weekday} van {time_from} tot {time_to} in {library}, zonder afspraak.
Hi, the tax clinic at {library} still got slots on {weekday_en} after {time} or full already?
Rit {ride_id}: {town_gr} → {town}, vertrek {time}, {count} plaatsen vrij, {price_eur} per persoon.
The carpool spot at {carpool_spot} is closed for roadworks until {date_en}; please use the P+R at {named_place}.
Hello, is possible to pay the carpool from {town_gr} to {town} in cash? I don't have Dutch card yet. Mulțumesc
Moi, rieden d'r ook carpools van {town_gr} noar de Zernike Campus om {time}? Ik begin doar in {month}.
Rijdt er iemand van {town_zv} naer Gent om {time}? Mee den tunnel is 't toch {price_eur} tol.
Het {wine_plan}-pakket van {vineyard} bevat {count} flessen, waaronder de {wine}; {price_eur} per kwartaal.
Wah the {wine} from the last {wine_plan} box damn nice, can order {count} extra bottles or must wait for next quarter?
Parkeren bij {hospital}: eerste {count} minuten gratis, daarna {price_small} per uur, dagmaximum {price_eur}.
Wie vaker dan {count} keer per maand naar {hospital} komt, kan bij de balie in {hospital_place} een weekkaart kopen.
Die parking aan {hospital} kost oek alles, {price_eur} veur een middag op {weekday}. Kan da nie goedkoper?
Good morning, please what time is pick-up for {camp_week} on {weekday_en} at {named_place}? Thank you and God bless.
Step {scooter_id} is op {date} om {time} opgehaald bij de {named_street} voor een controle van de remmen.
Schademelding {case_no} van {date} is ontvangen; een expert neemt binnen {count} werkdagen contact op.
Your scooter {scooter_id} got no brakes one, this {weekday_en} I almost langgar a cyclist at {named_street}. Pls fix.
Zijn die deelsteps van {scooter_app} nu oek in {town_zv}? 'k Zag d'r {weekday} een paar liggen an de haeve.
Bel {public_phone} of app ons via {public_phone}. KvK {kvk}, btw {vat}.
De opstapplaats voor {camp_week} is bij {named_place}, tegenover de snackbar, om {time}.
De uitrit van {garage} aan de {named_street} is dicht tot {date}; rijd via de ringweg naar P2.
Tegoed {festival}: geldig van {date_num_from} tot en met {date_num_to}; daarna vervalt het ({price_eur}).
Order {order_no} and ticket {ticket_no} are linked; tracking {tracking} shows it is at the {carrier} depot.
Dzień dobry, is {gym} in {town} op {weekday} open? Ik werk tot {time}. Dziękuję!
The {photo_firm} code on the card from {school} is valid until {date_en}; after that the gallery closes.
Betaald met {masked_card} op {date_num}, autorisatie {auth_code}, terminal {terminal}.
Ticket {ticket_no}: de klant uit {town_gr} vraagt of de kozijnen in {ral} ook met {window_brand}-beslag kunnen.
Bestelling {order_no} (wijnclub, {count} dozen) staat klaar bij {pickup_point} tot {date}.
Pakket {parcel_no} voor het kamp in {camp_place} is op {date} door {carrier} afgeleverd bij de receptie.
Step {scooter_id} stond {weekday} om {time} bij {named_place}; de accu was bijna leeg, dus hij is opgehaald.
Rit {ride_id} is geannuleerd; {price_eur} komt binnen {count} werkdagen terug op de rekening waarmee je betaalde.
Aanmelden voor {camp_week} kan tot {date}; er zijn nog {count} plekken in {camp_place}.
Hi, is the {gym_class} class at {gym} on {weekday_en} at {time} still on? Thanks lah.
Moi, de schoolfotograaf van {school} was d'r {weekday}, mor wanneer binnen de foto's klaor? Wie betoalen {price_eur}.
Dag, is {festival} dit joar oek weer bie ons in {town_zv}? De kaerten kosten {price_eur} zeggen ze.
Kindly note: {ward_en} visitors get {count} hours of free parking at {hospital} with a stamped ticket.
Offerte {quote_no} voor {count} kozijnen is {count} weken geldig; prijzen inclusief 21% btw en montage in {month}.
"""

TEST_V118_CLEAN: list[str] = [block.strip("\n") for block in _BLOCK.split("\n§\n")] + _LINES.splitlines()
