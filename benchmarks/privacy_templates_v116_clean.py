"""Sentences of test_v116 without personal data: swimming lessons, garden contracts, bicycle theft, student loans, care
home waiting lists, removals, repeat prescriptions, roaming, campsites and charity direct debits; Help Scout system
lines and saved replies, story replies with only emoji, voice notes that name no one, CRM exports holding only the
firm's settings, till receipts with masked cards, calendar invites for rooms and public places, survey comments;
public and firms' numbers (creditor IDs, RSIN, KvK, BIC), amounts, non-birth dates, order, ticket, invoice,
tracking, parcel, booking, police-report and case numbers, product codes, people-named places, hospitals, streets
and brands used as places, bot names and capitalised ordinary words.

One sentence a block, blocks apart by a line holding only '§', its line breaks written as escapes; a backslash at a
line's end joins it to the next."""

from __future__ import annotations

import benchmarks.privacy_templates_v116_words  # noqa: F401  (registers CLEAN_FILLERS["test_v116"])

_BLOCK = """\
Gesprek #{hs_conv} · Mailbox: {swim_school}\nStatus gewijzigd naar Gesloten door workflow "Auto-close na {count} \
dagen".
§
Saved reply "Wachtlijst Zwem-ABC": Bedankt voor je bericht! De wachttijd voor {swim_diploma} in {swim_pool} is nu \
ongeveer {count} maanden.
§
↪ Reageerde op je verhaal\n"Afzwemmen {swim_diploma} op {date} 🎉"\n\n{emo}{emo} 🏊‍♂️
§
🎤 Spraakbericht ({secs}) · automatisch uitgeschreven\nja hoi ik wilde even zeggen dat we {weekday} wat later zijn \
voor de zwemles want de bus vanaf {named_place} rijdt niet dus eh tot dan
§
Zwemles {swim_diploma}: {weekday} {lesson_time}, bad 2, aanmelden via {bot}. Lesgeld {price_eur} per {count} \
lessen, betalen voor {date}.
§
ZWEMBAD {pool_up}\nKA55A {till}   B0N {receipt_no}\n{receipt_stamp}\n10-BADENKAART      {price_eur}\nPIN  \
{masked_card}\nAUT.CODE {auth_code}  TERM {terminal}
§
[zwemles]\nseizoen = {season}\nmax_per_groep = {count}\nlesgeld = {amount_plain}\nbot = {bot}
§
Onderwerp: Instructeursoverleg {swim_pool}\nLocatie: Kantine, {named_place}\n{cal_span}
§
Enquête na het gesprek · score {score}/10\nToelichting: snel geholpen, de lestijd is aangepast naar {weekday} \
{lesson_time}. Top!
§
Salam! Wollah super trots, mijn kleintje heeft vandaag {swim_diploma} gehaald in {swim_pool} 🥹🏊‍♀️ dank jullie wel \
{emo}
§
Merhaba, zwemles {weekday} om {lesson_time} gaat toch door? Bir de: is het lesgeld nu {price_eur}? Teşekkürler!
§
Moi, de zwemles in {town_dr} gaat {weekday} om {lesson_time} niet deur vanwege onderhoud an het bad, kiek op de \
site.
§
Swim Diploma A, B and C Are Taught In The Same Pool; Group Sizes Are Capped At {count}; Lessons Run On {weekday_en} \
And Cost {price_en}.
§
Hi, is the {weekday_en} swim class at {swim_pool} still on during the school holidays? {bye_en}
§
Conversation #{hs_conv} · Mailbox: Garden Care\nWorkflow "Tag spring pruning" added tag #snoeien · assigned to \
{team}
§
Het onderhoudspakket {garden_pkg} kost {price_eur} per maand; {garden_task} zit erbij vanaf {date}.
§
contract_defaults:\n  pakket: {garden_pkg}\n  btw: 21\n  incassant_id: {creditor_id}\n  kvk: {kvk}\n  \
looptijd_maanden: {count}
§
Goeiendag, gij komt toch {weekday} rond {time} veur de {garden_task}? Den achterkant is 't ergst, houdoe!
§
🎤 Spraakbericht ({secs})\nja hallo de jongens mogen {weekday} gewoon achterom hoor het hek is open en de hond is \
bij de buren {bye_spoken}
§
Onderwerp: {garden_task} – wijk {town_br} Noord\nLocatie: verzamelen bij {named_place}\n{cal_span}
§
Wat kunnen we beter doen?\n> niks, de hovenier was {weekday} precies op tijd en heeft alles netjes opgeruimd {emo}
§
Bestelling {order_no}: {count}x haagbeuk 80-100 cm ({sku}), bezorging {date}, track & trace {tracking}.
§
Abi, tuinman komt {weekday} om {time} inşallah? Yani het gras is echt te lang nu {emo}
§
Hi there, our hedge-trimming visit is booked for {date_en}, could the team come around {time}? {bye_en}
§
Gesprek #{hs_conv} · Mailbox: Schade Fiets\nSaved reply "Aangifte nodig" verstuurd door {bot}.
§
Vanaf {date} heeft u voor een claim het proces-verbaalnummer van de politie nodig, bijvoorbeeld {police_ref}; het \
schadenummer {case_no} krijgt u binnen {count} werkdagen per mail.
§
↪ Reageerde op je verhaal\n"{count} tips tegen fietsendieven 🚲🔒"\n\n{emo}{emo} goeie tip
§
Let op: dit voorjaar zijn in {town} veel {bike_brand}'s gestolen bij {named_place}. Meld diefstal via 0900-8844.
§
[schademelding]\nstatus = in behandeling\nzaaknummer = {case_no}\nbehandelaar = {team}\nontvangen = {date_num}
§
NPS {score} · "Binnen {count} dagen uitbetaald voor mijn gestolen {bike_brand}, echt netjes."
§
Ewa, mijn {bike_brand} is eindelijk vergoed, {price_eur}! Hamdoulillah, safi, dank jullie {emo}
§
{"formulier": "fietsdiefstal", "status": "ontvangen", "ticket": "{ticket_no}", "datum": "{date_num}", "tijd": \
"{time}"}
§
Bike stolen near {named_place}? Report it to the police first, then quote the report number {police_ref} in the \
claim form within {count} days.
§
Comments: The claim for my stolen {bike_brand} was paid out on {date_en}. {bye_en}
§
Gesprek #{hs_conv} · Mailbox: Aflossen\nSaved reply "Draagkracht" om {time} toegevoegd aan de conceptreactie.
§
De minimale aflossing is {price_eur} per maand; de rente voor {year} is {rate} procent en geldt vanaf {date}.
§
Wist u dat u de aflossing {count} keer per looptijd kunt pauzeren? Bel ons op {public_phone}, {weekday} {hours}.
§
repayment_settings:\n  rente_pct: {rate}\n  aflosfase_start: {date_num}\n  minimum: {amount_plain}
§
Ik heb {weekday} gebeld over de studieschuld, om {time} hebben ze teruggebeld ook. Schon hè! {emo}
§
🎤 Spraakbericht ({secs}) · uitgeschreven\nja hoi ik wou alleen zeggen dat het {weekday} gelukt is met de aflossing \
dus jullie hoeven niet terug te bellen {bye_spoken}
§
Onderwerp: Teamoverleg Terugbetalen week {week}\nLocatie: Vergaderruimte {room}\n{cal_span}
§
HECS-HELP repayments are indexed on {date_en}; this year's rate is {rate_en} per cent, see page {count} of your \
statement.
§
Repayment Plan 2 thresholds change again on {date_en}; see the table on page {count} of the Student Loans Company \
booklet.
§
Hello, PTPTN counter at {named_place_my} close already or not on {weekday_en}? {bye_en}
§
Gesprek #{hs_conv} · Mailbox: Wachtlijst\nTag toegevoegd: #wlz #urgentie · toegewezen aan {team}
§
De wachttijd voor {care_home} is gemiddeld {count} maanden; met een indicatie {wlz_profile} kunt u zich ook voor \
{care_home} aanmelden.
§
Onderwerp: Open dag {care_home}\nLocatie: Grand café, vleugel {wing}\n{cal_span}
§
[wachtlijst]\nlocatie = {care_home}\nvrije_plaatsen = {count}\npeildatum = {date_num}
§
Goeiendag, hoe lang is de wachtlijst veur {care_home} in {town_dr} op 't moment?
§
Babaannem is na {count} maanden gelukkig geplaatst, çok teşekkürler aan iedereen van afdeling {wing} {emo}
§
Toelichting ({score}/10): de medewerker legde {weekday} de Wlz-regels duidelijk uit, ik weet nu wat ik moet doen.
§
Bezoek is welkom {weekday} {hours}; parkeren kan bij {named_place}, tegenover het {hospital}.
§
Hi, my mum has been on the aged care waitlist for {count} months; how long does it usually take near {named_place}? \
{bye_en}
§
Hello, your care home in {town} has Halal food or not? My father only eat Halal. {bye_en}
§
Conversation #{hs_conv} · Mailbox: Waiting List\nStatus changed to Pending by {bot} at {time}.
§
Onderwerp: Planning verhuizingen week {week}\nLocatie: Loods {town_br}\n{cal_span}
§
Een verhuislift huren kost {price_eur} per dagdeel van {count} uur; de ontheffing vraagt u zelf aan bij de gemeente \
via {public_phone}.
§
Offerte {quote_no}: {count} verhuizers, {truck}, {count} uur, totaal {price_big}, geldig tot {date}.
§
VERHUIZINGEN {mover_up}\nKWITANTIE nr {receipt_no}\nVerhuisdozen {count} st.   {price_eur}\nV0LDAAN - PIN \
{masked_card}
§
Dag, is een verhuizing van {town_vl} naar Eindhoven op een {weekday} voor {time} duurder? Merci!
§
🎤 Spraakbericht ({secs})\nhey ja de verhuizers zijn er {weekday} geweest alles is heel aangekomen super bedankt \
{bye_spoken}
§
Salam, zehma de verhuizers waren super snel, {count} uur en klaar {emo} wallah top.
§
Hi, does the removal quote {quote_no} include the 20ft container to Fremantle on {date_en}? {bye_en}
§
Hi, the movers came {date_en} already, all {count} boxes okay, {bye_en}
§
On {date_en} the moving truck will park near {named_place}; the parking suspension runs {hours_en}.
§
APOTHEEK {pharmacy_up}\nKA55A {till}  B0N {receipt_no}  {receipt_stamp}\nZELFZORG {otc_up}   {price_eur}\nPIN \
{masked_card}
§
Gesprek #{hs_conv} · Mailbox: Herhaalservice\nSaved reply "Levertijd" verstuurd; {med} is tijdelijk niet leverbaar \
(artikel {sku}).
§
Moi, de apotheek in {town_dr} is {weekday} vanaf {time} dicht, kiek veur de dienstapotheek op de site.
§
De {med} van {pharma_brand} is vervangen door een ander merk met dezelfde werkzame stof; de verpakking heeft code \
{sku}.
§
[herhaalservice]\nafhaalautomaat = aan\nopeningstijden = {hours}\nspoedlijn = {public_phone}\nmax_wachttijd_min = \
{count}
§
↪ Reageerde op je verhaal\n"Herhaalrecept? Bestel 'm in de app 📱"\n\n{emo}{emo}
§
Vrije tekst: de assistente legde {weekday} goed uit hoe de afhaalautomaat werkt. {count} sterren {emo}
§
Merhaba, eczane {weekday} {time} açık mı? Ik moet mijn herhaalrecept ophalen, sağ olun {emo}
§
The pharmacy at {hospital} is open {weekday_en} until {time}; repeats ordered online are ready after two working \
days.
§
Hi, need to refill already, can collect at the branch near {named_place_my} on {weekday_en} or not? {bye_en}
§
Bestel vandaag, levering {date}: order {order_no}, pakket {tracking}.
§
Gesprek #{hs_conv} · Mailbox: Facturen\nWorkflow "Roaming > €100" heeft om {time} tag #betwist toegevoegd.
§
Buiten de EU, zoals in Turkije en Marokko, kost mobiel internet {price_small} per MB zonder bundel; de dagbundel \
kost {price_eur}.
§
Factuur {invoice_no} van {date}: totaal {price_big}, waarvan roaming {price_eur}.
§
roaming_zones:\n  zone_1: EU/EER\n  zone_2: TR, MA, CH\n  tarief_mb: {amount_plain}\n  geldig_vanaf: {date_num}\n  \
tarief_sms: {amount_plain}
§
Bu ne ya, het netwerk in Antalya was {count} dagen slecht! Maar goed, geen extra kosten gehad, tamam {emo}
§
Salam, roaming in Marokko staat nu aan in de app, {count} minuten werk wallah. {bye_nl}
§
Score {score}/10. "Het bedrag van {price_big} is op {date} netjes teruggeboekt."
§
🎤 Spraakbericht ({secs})\nja hallo ik wilde even laten weten dat de roamingbundel sinds {weekday} werkt {bye_spoken}
§
Wah happen with the network in Tobago? My phone say no service since {date_en}, {time}. {bye_en}
§
Roaming in Malaysia costs {price_small_en} per MB; buy the World Pass for {price_en} for {count} days instead.
§
Conversation #{hs_conv} · Mailbox: Billing\nCustomer replied to saved reply "Roaming refund" at {time} · Status: \
Active
§
Gesprek #{hs_conv} · Mailbox: Reserveringen\nBoeking {booking_no} bevestigd: plaats {pitch}, {count} nachten vanaf \
{date}, {count} personen.
§
Moi, is d'r nog een plaats vrij bij de hunebedden in {town_dr}, {count} nachten vanaf {date}?
§
CAMPING {camp_up}\nRECEPTIE  B0N {receipt_no}\nPLAATS {pitch} STR00M  {price_eur}\nT0ERISTENBELASTING {count} x \
{price_small}\nPIN {masked_card}
§
[plaats]\nnummer = {pitch}\nstroom_ampere = {count}\nseizoen = {season}
§
↪ Reageerde op je verhaal\n"Nog {count} plekken vrij in de meivakantie ⛺☀️"\n\n{emo} vorig jaar was het top!
§
Onderwerp: Aankomst groep {pitch_group}\nLocatie: Slagboom, {camp}\n{cal_span}
§
De camping ligt aan het {canal}, {count} minuten fietsen van {hospital}.
§
Dag, mogen wij {weekday} met de camper al om {time} toekomen? We zijn met {count}. Merci!
§
Hi, do you have a powered site with shade from {date_en}? Two adults, {count} kids, one tent. {bye_en}
§
Gesprek #{hs_conv} · Mailbox: Donateurs\nSaved reply "Machtiging intrekken" verstuurd door {bot}.
§
De incasso staat op uw afschrift met incassant-ID {creditor_id} en kenmerk "{charity} maandgift", voor het eerst op \
{date}.
§
Onze stichting heeft de ANBI-status; RSIN {rsin}, KvK {kvk}, IBAN van de stichting voor giften staat op de site; \
vragen: {public_phone} (jaarverslag {year}).
§
Met {price_eur} per maand steunt u {charity}; de nieuwe machtigingen gaan in op {date}.
§
donor_settings:\n  incassant_id: {creditor_id}\n  bic: {bic}\n  frequentie: maandelijks\n  startdatum: {date_num}
§
Ons moeder gaf al {count} jaar aan {charity}, mooi da da nu doorgaat bij ons. Houdoe! {emo}
§
Toelichting: duidelijke uitleg over de machtiging, binnen {count} minuten klaar. {bye_nl}
§
Salam, sadaqa van {price_eur} voor de waterputten gedaan via iDEAL, moge het geaccepteerd worden {emo}
§
Good morning, the {charity} collection box at {named_place_tt} full already, who does empty it? {bye_en}
§
Donations to {charity} are tax-deductible; our RSIN is {rsin} and the creditor ID {creditor_id}.
§
[{time}] {bot}: Hoi! Ik ben de digitale assistent. Typ "medewerker" voor een mens, de wachttijd is ongeveer {count} \
minuten.
§
[{time}] {bot}: G'day! I'm the virtual assistant. Ask me about bookings or bills; an agent is about {count} minutes \
away.
§
Klantenservice is bereikbaar op {public_phone} ({weekday} {hours}); KvK {kvk}, BTW {vat}.
§
Post-call survey · CSAT {score}\n"Quick and friendly, sorted in {count} minutes. {bye_en}"
§
🎤 Voice note ({secs}) · transcribed\nhey just confirming we'll be there {weekday_en} around {time} no worries if \
you're running late
§
Track & Trace {tracking}: uw pakket met de nieuwe simkaart wordt {date} bezorgd door {carrier}.
§
Ticket {ticket_no} is op {date} om {time} gesloten; heeft u nog vragen, antwoord dan op deze mail.
§
Pakket {parcel_no} met verhuisdozen ligt tot {date} bij het afhaalpunt {named_place}.
§
Parcel {parcel_no} left the depot on {date_en}; tracking {tracking}.
§
Ordernummer {order_no} – {count}x {otc} à {price_eur}, verzonden {date}.
§
EAN {ean} · {otc} {count} stuks · houdbaar tot {date_num}
§
Welkom bij {bot}, de assistent van {charity}. Doneer, wijzig of stop je gift in drie stappen.
§
Help Scout Beacon · "Hoi! Stel je vraag; op {weekday} reageren we meestal binnen {count} uur."
§
Vergunning {permit_no} voor de verhuislift bij {named_place}: {date}, {hours}.
§
Klantenservice {firm}, {public_phone}. Oproepnummer {ticket_no}; u staat {count}e in de wachtrij.
§
Hi, the receipt says BIC {bic} and creditor ID {creditor_id}, is this your charity? Just checking. {bye_en}
"""

TEST_V116_CLEAN: list[str] = [block.strip("\n") for block in _BLOCK.split("\n§\n")]
