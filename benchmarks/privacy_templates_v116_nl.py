"""Dutch and Flemish templates of test_v116: children's swimming lessons, garden maintenance contracts, bicycle theft
claims, student loan repayments, care home waiting lists, removals, repeat prescriptions, roaming charge disputes,
campsite pitches and charity donors' direct debits, in Help Scout mailboxes (quoted mails, notes, saved replies),
Instagram story replies, WhatsApp voice notes as the phone writes them out, INI- and YAML-like CRM exports, OCR'd till
receipts, Outlook calendar invites and post-call survey free text; written by Drenthe and Brabant writers, Flemish
Brabanders, and Turkish-Dutch and Moroccan-Dutch writers who switch languages mid-sentence.

One template a block, blocks apart by a line holding only '§', its line breaks written as escapes; a backslash at a
line's end joins it to the next."""

from __future__ import annotations

_BLOCK = """\
Gesprek #{hs_conv} · Mailbox: {swim_school}\nKlant: {NAME_FULL} <{EMAIL_OWN}>\nOnderwerp: wachtlijst \
{swim_diploma}\n\nHoi, onze dochter {NAME_CHILD_F} (geb. {DOB_CHILD}) staat sinds {date} op de wachtlijst, \
leerlingnummer {CUSTOMER_NUMBER_PUPIL}. Kan ze nog in de groep van {weekday}?
§
↪ Reageerde op je verhaal\n"Afzwemmen {swim_diploma} was een feestje 🎉🏊"\n\nomg mijn zoontje {NAME_CHILD_M} \
staat er ook op!! kunnen jullie die foto's mailen naar {EMAIL} 😍
§
🎤 Spraakbericht ({secs}) · automatisch uitgeschreven\nja hallo met {NAME_FULL} eh ik bel over de zwemles van \
{NAME_CHILD} die kan {weekday} niet want we zijn weg eh bel me maar terug op {PHONE_SPOKEN} oké doei
§
Moi, wij wilt onze jongste {NAME_CHILD_F} opgeven veur zwemles in {town_dr}. Zij is geboren op {DOB_CHILD}. \
Wij wonen an de {ADDRESS_DR}, {POSTCODE_DR} {town_dr}. Groetn, {NAME_DR}
§
Merhaba, ik wil mijn zoon {NAME_CHILD_M} inschrijven voor {swim_diploma}, inşallah deze keer wel plek 🙏 het \
lesgeld mag van {IBAN} af. Çok teşekkürler, {NAME_TR}
§
[leerling]\nnaam = {NAME_CHILD}\ngeboortedatum = {DOB_CHILD}\nleerlingnummer = {CUSTOMER_NUMBER_PUPIL}\ngroep \
= {swim_group}\n[ouder]\nnaam = {NAME_FULL}\ntelefoon = {PHONE}
§
ZWEMBAD {pool_up}\nKA55A {till}   B0N {receipt_no}\n{receipt_stamp}\n10-BADENKAART ZWEMLES      {price_eur}\n\
LEERL: {NAME_CAPS}\nLLN.NR {CUSTOMER_NUMBER_PUPIL}\nPIN  {masked_card}\n*** BEDANKT EN TOT ZIENS ***
§
Onderwerp: Proefles zwemmen {NAME_CHILD}\nLocatie: {swim_pool}, instructiebad\n{cal_span}\nOrganisator: \
{NAME_REVERSED}\nDeelnemers: {EMAIL}
§
Enquête na het gesprek · score {score}/10\nToelichting: fijn geholpen door {NAME_FIRST} over de zwemles van \
mijn dochter, maar bel me graag terug op {PHONE} want de lestijd klopt nog steeds niet
§
Salam, wollah al drie keer gemaild 😤 mijn dochter {NAME_CHILD_F} staat nog steeds niet ingeschreven voor \
{swim_diploma}. Bel me pls {PHONE_NL}. {NAME_MA}
§
| Leerling | Geb.datum | Ouder | Telefoon |\n|---|---|---|---|\n| {NAME_CHILD} | {DOB_CHILD} | {NAME_FULL} | \
{PHONE} |\n| {NAME_CHILD} | {DOB_CHILD} | {NAME_FULL} | {PHONE} |
§
Ik heb de zwemlessen van {NAME_CHILD} met mijn creditcard betaald ({CARD}) en er is twee keer {price_eur} \
afgeschreven. Kunnen jullie er één terugboeken? Groet, {NAME_FULL}
§
Goeiendag, hedde gij mijn heg al geknipt? Ik heb unne onderhoudscontract, nummer {CUSTOMER_NUMBER_GARDEN}, \
mar d'r is nog niemand geweest. {ADDRESS_BR}, {POSTCODE_BR} {town_br}. Houdoe, {NAME_BR}
§
contract:\n  nummer: {CUSTOMER_NUMBER_GARDEN}\n  pakket: {garden_pkg}\n  klant:\n    naam: {NAME_FULL}\n    \
adres: {ADDRESS}\n    postcode: {POSTCODE}\n  incasso_iban: {IBAN_NL}
§
Note added by {NAME_FIRST}\nMeneer {NAME_SURNAME} wil opzeggen per {date}. Tuin ligt achter {ADDRESS_DR}, \
hond los op het erf! Vooraf bellen: {PHONE_DR}
§
Onderwerp: {garden_task} – {NAME_FULL}\nLocatie: {ADDRESS_BR}, {town_br}\n{cal_span}\nNotities: klant is \
slechthorend, aanbellen en even wachten. Tel. {PHONE_BR}
§
🎤 Spraakbericht ({secs})\nja hoi met {NAME_LOWER} eh van de {ADDRESS_LOWER} de jongens van het onderhoud zijn \
gisteren geweest maar het gras is niet gemaaid kun je even terugbellen
§
Abi de tuinman heeft mijn schuur beschadigd yani 😡 contractnummer {CUSTOMER_NUMBER_GARDEN}. Adres {ADDRESS}, \
bel me lütfen op {PHONE_NL}. {NAME_TR}
§
Gesprek #{hs_conv} · Mailbox: Schade Fiets\nVan: {NAME_FULL} <{EMAIL_OWN}>\n\nMijn {bike_brand} is gestolen \
bij het station in {town}. Polisnummer {CUSTOMER_NUMBER_POLICY}, aangifte is gedaan ({police_ref}). De \
uitkering graag op {IBAN}.
§
↪ Reageerde op je verhaal\n"Check je slot! Fietsendieven zijn weer actief 🚲🔒"\n\nte laat 😭 de mijne is vorige \
week gejat in {town}. hoe claim ik dat? polis {CUSTOMER_NUMBER_POLICY}
§
Goeiemiddag, mien fiets is vot. Hij ston bij de supermarkt in {town_dr} en nou is hij weg. Ik bin {NAME_DR}, \
{ADDRESS_DR}, {POSTCODE_DR}. Mien polisnummer wet ik nait, geboortedatum {DOB}.
§
Ewa, mijn e-bike is gestolen voor mijn deur, 3afak help me. Ik woon {ADDRESS}, {POSTCODE} {town}. Polis \
{CUSTOMER_NUMBER_POLICY}. Safi, bel me op {PHONE}. {NAME_MA}
§
[schademelding]\nsoort = diefstal fiets\ndatum_diefstal = {date_num}\n[verzekerde]\nnaam = {NAME_FULL}\n\
geboren = {DOB}\nemail = {EMAIL}\nrekening = {IBAN}
§
NPS {score} · "De afhandeling duurt veel te lang. Ik ben {NAME_FULL}, polis {CUSTOMER_NUMBER_POLICY}, mijn \
fiets is op {date} gestolen en ik hoor niks."
§
🎤 Spraakbericht ({secs})\nja goeiemorgen eh ik moet een fietsdiefstal melden mijn naam is {NAME_FULL} dat is \
{NAME_SPELLED} eh en mijn postcode is {POSTCODE}
§
{"formulier": "fietsdiefstal", "polis": "{CUSTOMER_NUMBER_POLICY}", "verzekerde": "{NAME_FULL}", \
"geboortedatum": "{DOB_ISO}", "iban": "{IBAN}", "merk": "{bike_brand}"}
§
Merhaba, DUO wil dat ik {price_eur} per maand terugbetaal maar ik verdien bijna niks yani. BSN {BSN}, geboren \
{DOB}. Kan dat omlaag? Teşekkürler, {NAME_TR}
§
Gesprek #{hs_conv} · Mailbox: Aflossen\nKlant: {NAME_FULL}\nSaved reply gebruikt: "Draagkracht"\n🔒 Note: \
vraagt pauze aflossing, klantnummer {CUSTOMER_NUMBER_DUO}, BSN {BSN} gecontroleerd.
§
debiteur:\n  bsn: '{BSN}'\n  naam: {NAME_FULL}\n  geboortedatum: {DOB_ISO}\n  incasso:\n    iban: {IBAN}\n    \
bedrag: {amount_plain}
§
Ik heb gisteren gebeld over mijn studieschuld mee unne mevrouw, die zou terugbellen mar da is nie gebeurd. \
Kunde gij bellen op {PHONE_BR}? Mijn BSN is {BSN}. Groetjes {NAME_BR}
§
🎤 Spraakbericht ({secs}) · uitgeschreven\nhallo ja ik heb een vraag over mijn studielening mijn \
burgerservicenummer is {BSN_SPOKEN} en ik wil de aflossing een paar maanden stopzetten
§
Hoe tevreden bent u? 2 van 5\nToelichting: voor de derde keer mijn nieuwe rekening {IBAN} doorgegeven en ze \
schrijven nog steeds van de oude af
§
Salam alaikum, ze hebben mijn aflossing twee keer afgeschreven wallah. Klantnummer {CUSTOMER_NUMBER_DUO}. Ik \
ben tijdelijk in Marokko, bel me op {PHONE_MA} inshallah. {NAME_MA}
§
Onderwerp: Terugbelafspraak aflossing {NAME_FULL}\nLocatie: telefonisch, {PHONE}\n{cal_span}\nOrganisator: \
Team Terugbetalen
§
Goeiendag, mien moeder {NAME_ELDER_F_DR} stiet al een jaor op de wachtlijst veur {care_home}. Zij is geboren \
{DOB_ELDER}, cliëntnummer {CUSTOMER_NUMBER_CLIENT}. Wanneer is d'r plek?
§
Gesprek #{hs_conv} · Mailbox: Wachtlijst\nKlant: {NAME_FULL} <{EMAIL_OWN}>\nOnderwerp: aanmelding van mijn \
vader\n\nNaam: {NAME_ELDER_M}\nGeboortedatum: {DOB_ELDER}\nBSN: {BSN}\nIndicatie: {wlz_profile}
§
Onderwerp: Kennismaking {care_home} – mevr. {NAME_ELDER_F}\nLocatie: huiskamer {wing}\n{cal_span}\nVerplichte \
deelnemers: {NAME_REVERSED}; {EMAIL}
§
Babaannem {NAME_ELDER_F_TR} moet naar een verpleeghuis, ze spreekt alleen Turks. Is er een afdeling met \
Turkse verzorgers? Haar BSN is {BSN}. Bana {PHONE} numaradan ulaşabilirsiniz. {NAME_TR}
§
[aanmelding]\nwachtlijstnummer = {CUSTOMER_NUMBER_WAITLIST}\nvoorkeur = {care_home}\n[client]\nnaam = \
{NAME_ELDER}\ngeboortedatum = {DOB_ELDER}\nadres = {ADDRESS_DR}\npostcode = {POSTCODE_DR}\n[contactpersoon]\n\
telefoon = {PHONE_DR}
§
🎤 Spraakbericht ({secs})\nja goedemiddag u spreekt met {NAME_FULL} ik ben de dochter van mevrouw \
{NAME_SURNAME} die staat op jullie wachtlijst eh ze is geboren op {DOB_SPOKEN} en ze is vannacht gevallen dus \
het wordt echt dringend
§
Toelichting: de medewerker wist niet dat mijn vader {NAME_ELDER_M} al sinds {date} bovenaan staat. \
Inschrijfnummer {CUSTOMER_NUMBER_WAITLIST}. Teleurgesteld.
§
Goedendag, mijn oma {NAME_ELDER_F_SR} wil graag naar een huis waar ze Sarnami spreken. Ze woont nu {ADDRESS}, \
{POSTCODE} {town}. U kunt mij bereiken op {PHONE}.\n\nMet vriendelijke groet,\n{NAME_SR}
§
Wij verhuizen op {date} van {ADDRESS_BR} naar {ADDRESS_BR}, {POSTCODE_BR} {town_br}. Kan de verhuislift d'r \
bij? Bel mar op {PHONE_NL}. Houdoe, {NAME_BR}
§
Gesprek #{hs_conv} · Mailbox: Offertes\n> Op {date} schreef {NAME_FULL} <{EMAIL_OWN}>:\n> De aanbetaling heb \
ik met mijn creditcard {CARD} gedaan maar ik zie geen bevestiging.\n\nAntwoord van {NAME_FIRST}: ik zoek het \
voor u uit!
§
VERHUIZINGEN {mover_up}\nKWITANTIE nr {receipt_no}\nKlant: {NAME_CAPS}\nKlantnr: {CUSTOMER_NUMBER_MOVE}\n\
Aanbet. verhuizing {date_num}   {price_eur}\nNieuw adres: {ADDRESS}\nV0LDAAN - PIN {masked_card}
§
Dag, wij verhuizen naar Eindhoven. Huidig adres {ADDRESS_BE}, {POSTCODE_BE} {town_vl}. Mijn gsm is \
{PHONE_BE}. Kunnen jullie een offerte maken? Vele groeten, {NAME_VL}
§
Salam, de verhuizers hebben mijn kast kapot gemaakt en zeggen zehma "gebeurt vaker" 🙄 klantnummer \
{CUSTOMER_NUMBER_MOVE}, ik wil schadevergoeding op {IBAN}. {NAME_MA}
§
Onderwerp: Verhuizing {NAME_FULL} ({truck})\nLocatie: {ADDRESS} → {ADDRESS}\n{cal_span}\nNotities: ontheffing \
aangevraagd; auto van de klant ({PLATE}) moet weg voor de lift
§
🎤 Spraakbericht ({secs})\nhey met {NAME_FIRST} eh we verhuizen dus zaterdag en mijn auto staat voor de deur \
een grijze {car_model} met kenteken {PLATE} die zet ik dan wel om de hoek
§
Dag, ik verhuis binnen {town_vl} en mijn rijksregisternummer staat verkeerd op de offerte: het is {BSN_BE}. \
Nieuw adres {ADDRESS_BE}. Groetjes, {NAME_VL}
§
APOTHEEK {pharmacy_up}\nKA55A {till}  B0N {receipt_no}  {receipt_stamp}\nPAT: {NAME_CAPS}   GEB {DOB}\n\
HERH.RECEPT {med_up}   {price_eur}\nEIGEN BIJDR.   {price_eur}
§
Moi, ik wil graag mien herhaalrecept {med} weer bestellen. Mien geboortedatum is {DOB}, patiëntnummer \
{CUSTOMER_NUMBER_PATIENT}. Ik haal het op in {town_dr}. Groet, {NAME_DR}
§
Gesprek #{hs_conv} · Mailbox: Herhaalservice\nKlant: {NAME_FULL} <{EMAIL_OWN}>\n\nMijn {med} is bijna op. BSN \
{BSN}, geboren {DOB}. Kan het bezorgd worden op {ADDRESS}?
§
🎤 Spraakbericht ({secs})\ngoeiemiddag met {NAME_FULL} eh ik wou mijn herhaalrecept bestellen mijn \
geboortedatum is {DOB_SPOKEN} en het gaat om de {med}
§
Merhaba, annem {NAME_ELDER_F_TR} haar medicijnen zijn op, herhaalrecept {med}. Doğum tarihi {DOB_TR}, ze \
woont {ADDRESS}. Lütfen bezorgen, ze kan niet lopen. Sağ olun
§
[herhaalrecept]\npatientnr={CUSTOMER_NUMBER_PATIENT}\nnaam={NAME_FULL}\ngeb_datum={DOB}\nmedicatie={med}\n\
afhalen={pickup}\nsms={PHONE_NL}
§
↪ Reageerde op je verhaal\n"Herhaalrecept? Bestel 'm in de app 📱"\n\nde app doet het niet bij mij 🙈 ik ben \
{NAME_FULL}, geb {DOB}, kunnen jullie mijn {med} klaarzetten?
§
Ik ben {count} weken in Antalya geweest en nu {price_big} roaming?! Bu ne ya! Nummer {PHONE_NL}, abonnement \
op naam van {NAME_TR}, klantnummer {CUSTOMER_NUMBER_SIM}.
§
Salam, ik zat in Nador met een Marokkaanse simkaart ({PHONE_MA}) in mijn telefoon maar jullie rekenen toch \
roaming op mijn nummer {PHONE_NL}?? Wallah ik snap het niet. {NAME_MA}
§
Gesprek #{hs_conv} · Mailbox: Facturen\n{NAME_FULL} <{EMAIL_OWN}>\nAbonneenummer: {CUSTOMER_NUMBER_SIM}\n\nIk \
betwist de roamingkosten van {price_big} op factuur {invoice_no}. Graag terugstorten op {IBAN}.
§
Ik heb in Turkije bijna nie gebeld en toch unne rekening van {price_big}. Da klopt toch nie? Mijn nummer is \
{PHONE}, klant {CUSTOMER_NUMBER_SIM}. {NAME_BR}
§
subscriber:\n  msisdn: '{PHONE_NL}'\n  account: {CUSTOMER_NUMBER_SIM}\n  holder: {NAME_FULL}\n  dispute:\n    \
land: TR\n    bedrag: {amount_plain}
§
Score 1/10. "Drie keer uitgelegd dat mijn zoon de telefoon in Marokko had. Zijn nummer daar: {PHONE_MA}. \
Niemand luistert."
§
🎤 Spraakbericht ({secs})\nja met {NAME_FULL} ik heb een factuur van driehonderd euro voor roaming in Turkije \
maar ik had een bundel eh mijn nummer is {PHONE_SPOKEN} bel me alsjeblieft terug
§
Mijn Turkse nummer {PHONE_TR} staat nog in jullie systeem als tweede nummer, haal die eraf aub. TC kimlik heb \
ik niet nodig toch? Die is {BSN_TR}. {NAME_TR}
§
Moi, wij wilt graag een plaats mit stroom veur {count} nachten vanaf {date} bij {town_dr}. Wij komt mit de \
caravan, kenteken {PLATE}. {NAME_DR}, {PHONE_DR}
§
Gesprek #{hs_conv} · Mailbox: Reserveringen\n{NAME_FULL} <{EMAIL_OWN}>\n\nBoeking {booking_no} (plaats \
{pitch}): haal de aanbetaling van {price_eur} maar van mijn creditcard {CARD}.
§
Dag, wij komen van {town_vl} met de camper, nummerplaat {PLATE_BE}. Kunnen we een plek aan het water krijgen? \
Mijn gsm {PHONE_BE}, mail {EMAIL}. Vele groeten, {NAME_VL}
§
CAMPING {camp_up}\nRECEPTIE  B0N {receipt_no}\nGAST: {NAME_CAPS}\nGASTNR {CUSTOMER_NUMBER_CAMP}\nKENTEKEN \
{PLATE}\nT0ERISTENBELASTING {count} x {price_small}
§
[gast]\nnaam = {NAME_FULL}\nkenteken = {PLATE}\nkampeerkaart = {CUSTOMER_NUMBER_CAMP}\n[plaats]\nnummer = \
{pitch}\naankomst = {date_num}
§
↪ Reageerde op je verhaal\n"Nog {count} plekken vrij in de meivakantie ⛺☀️"\n\nwij willen er 1!!! \
{NAME_FULL}, bel me even op {PHONE}
§
Merhaba, mijn neef komt uit Turkije met zijn eigen auto, plaka {PLATE_TR}. Mag die op het terrein naast onze \
plaats {pitch}? Saygılar, {NAME_TR}
§
Salam, mijn oom rijdt in juli vanuit Tanger naar ons toe, zijn auto heeft een Marokkaans kenteken: \
{PLATE_MA}. Mag hij bij de slagboom door? Wij staan op {pitch}. {NAME_MA}
§
Salam, ik wil maandelijks doneren voor de waterputten, sadaqa jariya inshallah. IBAN {IBAN} op naam van \
{NAME_MA}. Bedankbrief mag naar {ADDRESS}, {POSTCODE} {town}.
§
Gesprek #{hs_conv} · Mailbox: Donateurs\nKlant: {NAME_FULL}\n\nIk heb nooit een machtiging gegeven en toch is \
er {price_small} afgeschreven van {IBAN}! Donateursnummer volgens jullie brief: {CUSTOMER_NUMBER_DONOR}.
§
donateur:\n  nummer: {CUSTOMER_NUMBER_DONOR}\n  naam: {NAME_FULL}\n  geboortedatum: {DOB}\n  machtiging:\n    \
iban: {IBAN}\n    bedrag: {amount_plain}
§
Ik wil mien gift stopzetten, ik bin 83 en het wordt mij te duur. {NAME_ELDER_DR}, {ADDRESS_DR}, {POSTCODE_DR} \
{town_dr}. Rekening {IBAN_NL}.
§
🎤 Spraakbericht ({secs})\nhallo ja met {NAME_FULL} ik wil mijn donatie verhogen naar tien euro per maand het \
rekeningnummer is {IBAN_SPOKEN}
§
Toelichting: ik belde om mijn adres te wijzigen naar {ADDRESS}, {POSTCODE}, maar de post komt nog steeds op \
het oude adres. {NAME_FULL}
§
Ons moeder {NAME_ELDER_F_BR} is overleden en d'r wordt nog steeds van haar rekening {IBAN} afgeschreven. \
Donateurnummer {CUSTOMER_NUMBER_DONOR}. Wilde da stoppen? {NAME_BR}
§
Goedemiddag, ik doneer al jaren maar mijn e-mailadres is veranderd, het is nu {EMAIL}. Donateursnr. \
{CUSTOMER_NUMBER_DONOR}.\n\nMet vriendelijke groet,\n{NAME_SR}\n{ADDRESS}\n{POSTCODE} {town}
§
🎤 Spraakbericht ({secs})\nja ik wil eenmalig vijftig euro geven voor de actie met de creditcard het nummer is \
{CARD_SPOKEN} op naam van {NAME_FULL}
§
Machtigingsformulier (gescand):\nNaam: {NAME_CAPS}\nRekening:\n{IBAN_SPLIT}\nHandtekening: ________
§
Beste mensen, wij zijn verhuisd! Nieuw adres: {ADDRESS_LOWER}, {POSTCODE} {town}. Het contract \
{CUSTOMER_NUMBER} loopt door. Groet, {NAME_LOWER}
§
Hoi, bel mij a.u.b. niet meer op mijn werk ({PHONE_BR}) maar op mijn mobiel {PHONE_NL}. {NAME_INITIALS}
§
Van: {NAME_FULL} <{EMAIL_CAPS}>\nOnderwerp: RE: {CUSTOMER_NUMBER} opzeggen\n\nGraag per {date} stoppen, \
bedankt.
§
Gesprek #{hs_conv} · Note added by {NAME_FIRST}\nMevr. belt namens haar moeder {NAME_ELDER_F}; BSN moeder \
{BSN}, mail dochter {EMAIL_HIDDEN}.
§
Abla zei dat ik jullie moest mailen: mijn neef {NAME_TR} wil ook een plaats. Zijn mail is {EMAIL_HIDDEN}, \
zijn nummer {PHONE_TR}.
§
Organisator: {EMAIL_STAFF}\nOnderwerp: Huisbezoek wachtlijst – fam. {NAME_SURNAME}\nLocatie: {ADDRESS_BR}, \
{POSTCODE_BR} {town_br}\n{cal_span}
§
Dag, voor de apotheek in Baarle: geboren {DOB}, rijksregisternr {BSN_BE}, gsm {PHONE_BE}, adres {ADDRESS_BE}, \
{POSTCODE_BE} {town_vl}. Graag de herhaalmedicatie daarheen. {NAME_VL}
§
Merhaba, wij verhuizen terug naar İzmir inşallah. Nieuw adres: {ADDRESS_TR}, {POSTCODE_TR} Karşıyaka. Doen \
jullie ook verhuizingen naar Turkije? {NAME_TR}, {PHONE_TR}
§
Salam, mijn vader {NAME_ELDER_M_MA} woont nog in Marokko ({ADDRESS_MA}, {POSTCODE_MA}) en heeft geen BSN, \
alleen zijn CIN {BSN_MA}. Kan hij toch op de wachtlijst? {NAME_MA}
§
🎤 Spraakbericht ({secs})\nhoi met {NAME_FULL} eh de bevestiging van de plaats mag naar {EMAIL_SPOKEN} dank je \
wel doei
"""

NL: list[tuple[str, str]] = [("nl", block.strip("\n")) for block in _BLOCK.split("\n§\n")]
