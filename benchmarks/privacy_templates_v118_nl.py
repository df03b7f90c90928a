"""Dutch and Flemish templates of test_v118: gym membership freezes, school photo orders, window frame replacements,
festival wristband refunds, a tax return help desk for pensioners, carpool platforms, a vineyard's wine club,
hospital parking refunds, children's holiday camps and e-scooter damage claims; in LiveChat transcripts with their
system messages, Telegram voice messages turned into text, Google Business Messages, JSON pasted with escaped
quotes, tab-separated HR exports, scanned letters with a stamp over the text, a phone menu's speech recognition of
numbers said in groups and forwarded mails with a signature in two languages; by writers from Groningen and
Zeeuws-Vlaanderen, Polish-Dutch writers, and Moroccan-, Turkish- and Surinamese-Dutch families.

One template a block, blocks apart by a line holding only '§', its line breaks written as escapes; a backslash at a
line's end joins it to the next."""

from __future__ import annotations

_BLOCK = """\
LiveChat · chat {lc_chat}\n[{t1}] Systeem: Bezoeker is de chat gestart via {gym_page}\n[{t2}] Systeem: \
{NAME_AGENT} neemt deel aan de chat\n[{t3}] Bezoeker: hoi ik wil mijn abonnement bevriezen ivm {freeze_reason}, \
lidnummer {CUSTOMER_NUMBER_GYM}\n[{t4}] {NAME_AGENT_SAME}: Prima! Mag ik ter controle je geboortedatum?\n[{t5}] \
Bezoeker: {DOB}
§
Moi, ik wil mien abonnement bie {gym} even stopzetten, ik heb mien knij verrekt. Lidnummer \
{CUSTOMER_NUMBER_GYM}. Kinnen jim dat regeln? Groutjes, {NAME_GR}
§
Dag, 'k èn m'n abonnement bevroren in {month} ma jullie èn toch {price_eur} afgeschreven van {IBAN}. Wuk is da \
nu? {NAME_ZV}, {ADDRESS_ZV}, {town_zv}
§
Dzień dobry, ik ben {NAME_PL}, ik wil pauze voor abonnement want ik ga drie maanden naar Polska. Mijn lid nummer \
{CUSTOMER_NUMBER_GYM}, telefon {PHONE_PL}. Dziękuję!
§
Google Business Messages · {gym} {town}\nKlant: Hoi, kan ik mijn abo op pauze zetten? Ben zwanger 🤰 Naam \
{NAME_FULL_F}, mail {EMAIL_OWN}\nBedrijf: Gefeliciteerd! We sturen je zo een formulier.
§
🎙 Spraakbericht {secs} · Tekst\nja hoi met {NAME_LOWER} ik wil mijn abonnement bevriezen want ik heb mijn enkel \
gebroken bel me maar terug op {PHONE_SPOKEN} oké dankjewel
§
webhook_body = "{\\"event\\":\\"membership.freeze\\",\\"member\\":{\\"id\\":\\"{CUSTOMER_NUMBER_GYM}\\",\
\\"naam\\":\\"{NAME_FULL}\\",\\"email\\":\\"{EMAIL_OWN}\\"},\\"vanaf\\":\\"{date_iso}\\"}"
§
[scan] Aan {gym}, t.a.v. ledenadministratie      ▓ ONTVANGEN {stamp_date} ▓\nHierbij verzoek ik mijn lidmaat▓schap \
(nr. {CUSTOMER_NUMBER_GYM}) te bevriezen wegens ziekte.\nHoogachtend,\n{NAME_INITIALS}\n{ADDRESS}\n{POSTCODE} {town}
§
Keuzemenu {gym} · spraak naar tekst\n00:03 Systeem: Zeg of toets uw lidnummer.\n00:09 Beller: \
{CUSTOMER_NUMBER_IVR}\n00:15 Systeem: En uw geboortedatum?\n00:19 Beller: {DOB_IVR}
§
---------- Doorgestuurd bericht ---------\nVan: {NAME_FULL} <{EMAIL_WORK}>\nOnderwerp: Bevriezen \
bedrijfsfitness\n\nNamens onze collega {NAME_OTHER}: graag het abonnement bevriezen tot {date}.\n\nMet \
vriendelijke groet / Kind regards\n{NAME_SAME}\nHR-adviseur / HR advisor\nT {PHONE_WORK} | M {PHONE_NL}
§
Export HR – bedrijfsfitness {year}\npers_nr\tnaam\tgeb_datum\tlocatie\tstatus\n{CUSTOMER_NUMBER_EMPLOYEE}\t\
{NAME_REVERSED}\t{DOB}\t{gym}\tbevroren\n{CUSTOMER_NUMBER_EMPLOYEE}\t{NAME_REVERSED}\t{DOB}\t{gym}\tactief
§
Salam, ik heb mijn abonnement gepauzeerd voor de ramadan maar jullie schrijven gewoon af?? {IBAN_NL}. Ik ben \
{NAME_MA}, lid {CUSTOMER_NUMBER_GYM}.
§
LiveChat · chat {lc_chat}\n[{t1}] Bezoeker: de schoolfoto's van mijn dochter {NAME_CHILD_F} ({school_class}) zijn \
niet aangekomen, besteld met {EMAIL}\n[{t2}] Systeem: Chat doorgezet naar groep {lc_group}\n[{t3}] \
{NAME_AGENT}: Ik zoek het op. Welk adres had je opgegeven?\n[{t4}] Bezoeker: {ADDRESS}, {POSTCODE}
§
Moi, ik heb foto's besteld van onze kinner op schoul in {town_gr} mor ik heb nog niks kregen. Klantnummer \
{CUSTOMER_NUMBER_PHOTO}, mien adres is {ADDRESS_GR}, {POSTCODE_GR}. {NAME_GR}
§
Dzień dobry, kan ik schoolfoto's van {NAME_CHILD} ook sturen naar babcia in Polen? Adres: {ADDRESS_PL}, \
{POSTCODE_PL} {town_pl}. Betaling met kaart {CARD}. Dziękuję, {NAME_PL}
§
Bericht via Google Maps · {photo_firm}\nKlant: hoi! de inlogkaart van {NAME_CHILD} is kwijt, kan de code naar \
{EMAIL_TYPO}? klantnr {CUSTOMER_NUMBER_PHOTO}
§
Goeiendag, 'k è twee keer betaeld voor de schoolfoto's, één keer mee m'n kaerte {CARD} en één keer mee iDEAL. \
Kan 't geld terug op {IBAN_NL}? {NAME_ZV}
§
Foutmelding uit de webshop, plak ik even hier:\n"{\\"order\\":\\"{photo_order}\\",\\"klant\\":{\\"naam\\":\
\\"{NAME_FULL}\\",\\"tel\\":\\"{PHONE}\\",\\"postcode\\":\\"{POSTCODE}\\"},\\"error\\":\\"address_invalid\\"}"
§
Merhaba, de fotoğraflar voor mijn zoon {NAME_CHILD_M} kloppen niet, er staat een ander kind op! 😅 Mijn nummer \
{PHONE_NL}, {NAME_TR}
§
🎙 Spraakbericht {secs} · uitgeschreven\nhoi met {NAME_FULL} ik bel over de schoolfoto's van {NAME_CHILD} de \
groepsfoto mist kun je hem mailen naar {EMAIL_SPOKEN} doei
§
---------- Doorgestuurd bericht ----------\nVan: {NAME_FULL} <{EMAIL_OWN}>\nOnderwerp: Fwd: offerte \
{quote_no}\n\nHierbij de gegevens voor de inmeting: {ADDRESS}, {POSTCODE} {town}. Overdag bereikbaar op \
{PHONE}.\n\nMet vriendelijke groet / Best regards,\n{NAME_SAME}
§
[scan, pag. 1]  Betreft: klacht kozijnen, klantnr. {CUSTOMER_NUMBER_WINDOW}\n           ╔ ONTVANGEN ╗\nGeachte \
heer/mev║{stamp_date}║rouw,\n           ╚═══════════╝\nDe nieuwe kozijnen op {ADDRESS}, {POSTCODE} {town} lekken \
bij elke bui.\nHoogachtend, {NAME_INITIALS}
§
Moi, de kozijnen bie ons aan de {ADDRESS_GR} in {town_gr} binnen nog altied nait klaor. De monteur zol kommen op \
{weekday} mor d'r is niemand west. Bel mie even: {PHONE_GR}. {NAME_GR}
§
Dag meniere, wanneer komen ze de ramen steken bij ons? Adres {ADDRESS_ZV}, {POSTCODE_ZV} {town_zv}. Gsm \
{PHONE_BE}, da's een Belgisch nummer want 'k werk in Gent. {NAME_ZV}
§
Keuzemenu kozijnenservice – spraakherkenning\n[0:04] Menu: Spreek uw klantnummer in, in groepjes.\n[0:10] Klant: \
{CUSTOMER_NUMBER_IVR}\n[0:16] Menu: Op welk nummer kunnen we u terugbellen?\n[0:21] Klant: {PHONE_IVR}
§
Google Business Messages · {window_firm}\nKlant: Goedemiddag, jullie monteur heeft bij het plaatsen een kras op \
mijn auto gemaakt ({PLATE}). Wie betaalt dat? {NAME_FULL}
§
planning_wk{week}.tsv\ndag\tmonteur\tklant\tadres\tpc\ttel\n{weekday}\t{NAME_FIRST}\t{NAME_REVERSED}\t{ADDRESS}\t\
{POSTCODE}\t{PHONE}
§
Dzień dobry, ik ben monteur bij {window_firm}. Klant {NAME_FULL} op {ADDRESS} is niet thuis en telefoon \
{PHONE_NL} gaat niet. Co mam robić, wachten?
§
LiveChat · chat {lc_chat}\n[{t1}] Systeem: Je bent verbonden met {lc_bot}\n[{t2}] Bezoeker: ik wil mijn tegoed \
terug van het polsbandje\n[{t3}] Bot: Op welk rekeningnummer wil je het ontvangen?\n[{t4}] Bezoeker: \
{IBAN}\n[{t5}] Bot: En op welke naam staat de rekening?\n[{t6}] Bezoeker: {NAME_FULL}
§
🎙 Spraakbericht {secs} → tekst\nhey ik heb nog {amount_words} euro op mijn bandje staan van {festival} kan dat \
naar {IBAN_SPOKEN} op naam van {NAME_LOWER}
§
payload: "{\\"refund\\":{\\"event\\":\\"{festival}\\",\\"bedrag\\":{amount_plain},\\"iban\\":\\"{IBAN}\\",\
\\"houder\\":\\"{NAME_FULL}\\",\\"mail\\":\\"{EMAIL_OWN}\\"}}"
§
Wollah ik heb nog {price_eur} op mijn bandje en de refund is er nog steeds niet 😤 {NAME_MA}, {EMAIL}, {IBAN_NL}
§
Bericht via Google · {festival}\nKlant: ik heb gisteren de refund aangevraagd maar een verkeerd iban ingevuld, \
moet zijn {IBAN_NL} ({NAME_FULL})
§
'k èn m'n bandje op {festival} verloren mee nog {price_eur} op. Kan da nog terug? 'k Woon in {town_zv}, \
{ADDRESS_ZV}. Gsm {PHONE_ZV}. Groetjes, {NAME_ZV}
§
crew_{festival_slug}.tsv\nnaam\trol\tgeb.datum\tiban\tmail\n{NAME_FULL}\tbar\t{DOB}\t{IBAN}\t{EMAIL_OWN}\n\
{NAME_FULL}\tgarderobe\t{DOB}\t{IBAN}\t{EMAIL_OWN}
§
Hallo, ik was op {festival} en m'n tegoed is nooit teruggestort. Rekening {IBAN_BE}, rijksregisternummer voor de \
verificatie {BSN_BE}. Mvg, {NAME_BE}
§
[SCAN pag. 1/2]\nAan de {tax_desk}     ▒▒ ONTVANGEN {stamp_date} ▒▒\nMijn moeder, mevr. {NAME_ELDER_F}, geboren \
{DOB_ELDER}, BSN {BSN}, heeft hulp nodig bij de aangifte over {year}. Zij woont {ADDRESS}, {POSTCODE} {town}.
§
Spraak-naar-tekst keuzemenu Aangiftehulp\n[00:05] Menu: Zeg uw burgerservicenummer, in groepjes van drie.\n\
[00:12] Beller: {BSN_IVR}\n[00:18] Menu: Zeg uw geboortedatum.\n[00:23] Beller: {DOB_IVR}
§
Moi, ik bin {NAME_ELDER_GR} en ik kin mien aangifte nait zulf doun. Mien BSN is {BSN}, ik woon aan de \
{ADDRESS_GR}, {POSTCODE_GR} {town_gr}. Telefoon {PHONE_GR}.
§
'k è hulp nodig mee de belastingpapieren van m'n vader {NAME_ELDER_M_ZV}, BSN {BSN}. Hij werkte vroeger in België, \
dus 'k geef oek z'n rijksregisternummer: {BSN_BE_ELDER}. {NAME_ZV}
§
-------- Doorgestuurd bericht --------\nVan: {NAME_FULL} <{EMAIL_OWN}>\nOnderwerp: FW: jaaropgave pensioen\n\n\
Hierbij mijn jaaropgave, deelnemersnummer {CUSTOMER_NUMBER_PENSION}, BSN {BSN}. Kan de teruggave naar \
{IBAN_NL}?\n\nGroeten / Regards,\n{NAME_SAME}\n{PHONE}
§
klant\tbsn\tgeb\taow\tfonds\tdeelnemer\n{NAME_REVERSED}\t{BSN}\t{DOB_ELDER}\tja\t{pension_fund}\t\
{CUSTOMER_NUMBER_PENSION}\n{NAME_REVERSED}\t{BSN}\t{DOB_ELDER}\tnee\t{pension_fund}\t{CUSTOMER_NUMBER_PENSION}
§
Merhaba, mijn vader {NAME_ELDER_M_TR} heeft AOW en een klein pensioen uit Turkije. Zijn BSN {BSN}, zijn nummer in \
İzmir {PHONE_TR}. Kan iemand op {weekday} met hem bellen? Teşekkürler
§
Goedemiddag, mijn oma {NAME_ELDER_F_SR} heeft een brief over haar aangifte en ze snapt hem niet. Geboren \
{DOB_ELDER}, BSN {BSN}. Bel me a.u.b. terug op {PHONE}, {NAME_SR}
§
🎙 Spraakbericht {secs}\nja goedemiddag met {NAME_ELDER} ik heb een afspraak voor de belastingaangifte mijn \
burgerservicenummer is {BSN_SPOKEN} en ik woon op de {ADDRESS_LOWER}
§
Google Business Messages · {tax_desk}\nKlant: Kan mijn buurman {NAME_ELDER_M} ook bij jullie terecht? Hij is \
{age_elder} en heeft geen DigiD. Zijn BSN is {BSN}.
§
LiveChat · chat {lc_chat}\n[{t1}] Systeem: Chat overgedragen van {lc_bot} aan {NAME_AGENT}\n[{t2}] Bezoeker: \
de bestuurder kwam niet opdagen, zijn kenteken was {PLATE}, ik had {price_eur} betaald\n[{t3}] \
{NAME_AGENT_SAME}: Vervelend! Wat is je lidnummer?\n[{t4}] Bezoeker: {CUSTOMER_NUMBER_CARPOOL}
§
Dzień dobry, ik rij elke dag {town_gr} – {town}, auto met Poolse kenteken {PLATE_PL}. Mijn profiel \
{CUSTOMER_NUMBER_CARPOOL}, telefon {PHONE_PL}. Dlaczego geblokkeerd?
§
We rije' elke dag mee vier naar Gent, m'n auto èt een Belgische plaete {PLATE_BE}. Kan da op jullie platform? \
{NAME_ZV}, {EMAIL}
§
Moi, ik wil mie anmelden as chauffeur tussen {town_gr} en Stad. Kenteken {PLATE_NL}, rijbewies is in orde. \
{NAME_GR}, {PHONE_GR}
§
🎙 Spraakbericht {secs}\nhoi ik zat vanochtend in de carpool en ben mijn tas vergeten in de auto het kenteken was \
{PLATE_SPOKEN} kan de bestuurder me bellen op {PHONE_SPOKEN}
§
"{\\"rit\\":\\"{ride_id}\\",\\"bestuurder\\":{\\"lid\\":\\"{CUSTOMER_NUMBER_CARPOOL}\\",\\"kenteken\\":\
\\"{PLATE}\\"},\\"passagier\\":{\\"naam\\":\\"{NAME_FULL}\\",\\"tel\\":\\"{PHONE}\\"}}"
§
Bericht via Google Maps · {carpool_app}\nKlant: Mijn uitbetaling als chauffeur komt niet binnen. IBAN {IBAN}, \
naam {NAME_FULL}. Lid sinds {year_join}.
§
Begin doorgestuurd bericht:\nVan: {NAME_FULL} <{EMAIL_OWN}>\nOnderwerp: Wijnclub – nieuw bezorgadres\n\nVanaf \
{month} graag bezorgen op {ADDRESS}, {POSTCODE} {town}.\n\nHartelijke groet / Warm regards,\n{NAME_SAME}\nM \
{PHONE_NL}
§
Dag, 'k zou m'n wijnpakket van {vineyard} liever ophaele dan laeten bezorgen, 'k woon in {town_zv}. \
Abonneenummer {CUSTOMER_NUMBER_WINE}. {NAME_ZV}
§
Moi, de wien is weer nait kommen. Ik bin lid van de wienclub, nummer {CUSTOMER_NUMBER_WINE}, adres {ADDRESS_GR}, \
{POSTCODE_GR} {town_gr}. {NAME_GR}
§
LiveChat · chat {lc_chat}\n[{t1}] {lc_bot}: Voor wijn moeten we je leeftijd controleren. Wat is je \
geboortedatum?\n[{t2}] Bezoeker: {DOB}\n[{t3}] Systeem: Leeftijd geverifieerd\n[{t4}] Bezoeker: top, mijn \
creditcard is {CARD}
§
Wijngoed {vineyard} – machtiging            ▓ GESCAND {stamp_date} ▓\nNaam: {NAME_FULL}\nIBAN: {IBAN}\n\
Lidnummer: {CUSTOMER_NUMBER_WINE}\nHandtekening: ____________
§
Dzień dobry, ik wil de wijnclub stoppen, mam za dużo wina 😄 Lidnummer {CUSTOMER_NUMBER_WINE}, {NAME_PL}, \
{EMAIL_OWN}
§
LiveChat · chat {lc_chat}\n[{t1}] Bezoeker: ik moest {hours_n} uur parkeren bij de spoedeisende hulp, krijg ik dat \
terug? kenteken {PLATE}\n[{t2}] Systeem: Bestand "parkeerbon.jpg" ontvangen\n[{t3}] {NAME_AGENT}: Dank u! Wat \
is het patiëntnummer?\n[{t4}] Bezoeker: {CUSTOMER_NUMBER_PATIENT}
§
Dzień dobry, mijn vrouw is bevallen in {hospital} 👶 ik heb drie dagen geparkeerd, kenteken {PLATE_PL}. \
Terugbetaling naar {IBAN_PL}? {NAME_PL_M}
§
Moi, ik mot elke week naor {hospital} veur bestroalen en de parkeerkosten lopen flink op. Mien patiëntnummer \
{CUSTOMER_NUMBER_PATIENT}, kenteken {PLATE_NL}. {NAME_GR}
§
'k stoeng mee m'n Belgische auto {PLATE_BE} op de parking van {hospital} en de slagboom giet nie open. Kan 'k da \
terugkrijgen? Rekening {IBAN_BE}. {NAME_ZV}
§
medewerker\tpers.nr\tafdeling\tkenteken\tvergoeding\n{NAME_REVERSED}\t{CUSTOMER_NUMBER_EMPLOYEE}\t{ward}\t\
{PLATE}\t{price_eur}\n{NAME_REVERSED}\t{CUSTOMER_NUMBER_EMPLOYEE}\t{ward}\t{PLATE}\t{price_eur}
§
Keuzemenu parkeren {hospital} (spraak)\n[0:06] Menu: Noem uw kenteken, letter voor letter.\n[0:13] Beller: \
{PLATE_SPOKEN}\n[0:19] Menu: En uw patiëntnummer, in groepjes.\n[0:26] Beller: {CUSTOMER_NUMBER_IVR}
§
Google Business Messages · Parkeren {hospital}\nKlant: ik heb met mijn pinpas betaald maar de automaat gaf geen \
uitrijkaart. Kenteken {PLATE}. Graag terugbellen op {PHONE}.
§
LiveChat · chat {lc_chat}\n[{t1}] Bezoeker: Mijn zoon {NAME_CHILD_M} ({age_child} jaar) heeft een notenallergie, \
geboren {DOB_CHILD}. Staat dat erin?\n[{t2}] Systeem: {NAME_AGENT} heeft de chat overgenomen\n[{t3}] \
{NAME_AGENT_SAME}: Ik zet het in zijn deelnemersdossier.
§
AANMELDFORMULIER {camp_week}    ⟦ ONTVANGEN {stamp_date} ⟧\nNaam kind: {NAME_CHILD}\nGeboortedatum: \
{DOB_CHILD}\nNaam ouder/verzorger: {NAME_FULL}\nTelefoon bij nood: {PHONE}\nHuisarts: {gp_practice}
§
Salam, mijn dochters {NAME_CHILD_GIVEN_F} en {NAME_CHILD_GIVEN_F} willen allebei mee op kamp. Kan ik in \
termijnen betalen? IBAN {IBAN_NL}. Voor het kindpakket van de gemeente mijn BSN: {BSN}. {NAME_MA}
§
Moi, onze {NAME_CHILD_F} gaait mit op kamp in {camp_place}. Zai is geboren op {DOB_CHILD_GR}. Telefoon as d'r wat is: \
{PHONE_GR}. Groutjes, {NAME_GR}
§
"{\\"kamp\\":\\"{camp_week}\\",\\"kind\\":{\\"naam\\":\\"{NAME_CHILD}\\",\\"geboren\\":\\"{DOB_CHILD_ISO}\\"},\
\\"ouder\\":{\\"email\\":\\"{EMAIL}\\"},\\"deelnemer\\":\\"{CUSTOMER_NUMBER_CAMP}\\"}"
§
leiding_zomer.tsv\nnaam\tgeb\tbsn\tiban\tvog\n{NAME_FULL}\t{DOB}\t{BSN}\t{IBAN}\tja\n{NAME_FULL}\t{DOB}\t{BSN}\t\
{IBAN}\taangevraagd
§
Dag, m'n kleinzeune komt uut Gent en gaet mee op kamp. Hij is geboren op {DOB_CHILD}, z'n \
rijksregisternummer is {BSN_BE_M}. Groetjes, {NAME_ZV}
§
🎙 Spraakbericht {secs} · transcriptie\nhoi met de moeder van {NAME_CHILD_F} ze is ziek en kan morgen niet mee met \
de bus naar {camp_place} kunt u terugbellen op {PHONE_SPOKEN} dank u
§
Bericht via Google Maps · {camp_org}\nKlant: Is er nog plek in {camp_week}? Voor {NAME_CHILD}, geb. \
{DOB_CHILD}. Mail mij op {EMAIL}
§
Betaalgegevens (ingevuld formulier)\nKaartnummer:\n{CARD_SPLIT}\nNaam op kaart: {NAME_CAPS}\nKamp: {camp_week}
§
LiveChat · chat {lc_chat}\n[{t1}] Systeem: Bezoeker heeft "schade_portier.jpg" geüpload\n[{t2}] Bezoeker: een \
deelstep is tegen mijn auto gevallen, kenteken {PLATE_NL}, ik wil de schade claimen\n[{t3}] {NAME_AGENT}: \
Waar stond de auto?\n[{t4}] Bezoeker: voor mijn huis, {ADDRESS}
§
Schadeclaim  ░░ ONTVANGEN {stamp_date} ░░  afd. Claims\nGeachte heer/mevrouw, op {date} reed een gebruiker van \
uw e-step tegen mijn geparkeerde auto ({PLATE}). Mijn polisnummer is {CUSTOMER_NUMBER_POLICY}.\nMet vriendelijke \
groet, {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}
§
Abi ik ben gevallen met jullie step door een kuil, broek kapot, telefoon kapot 😡 account \
{CUSTOMER_NUMBER_SCOOTER}, IBAN voor de schade {IBAN}. {NAME_TR}
§
Dzień dobry, step heeft mijn auto beschadigd ({PLATE_PL}), Poolse kenteken maar ik woon in {town}, {ADDRESS}. \
Telefon {PHONE_NL}. {NAME_PL}
§
Moi, zo'n step van jim lag midden op de stoep an de {ADDRESS_GR} en mien moeke is d'r over vallen. Zai is \
geboren {DOB_ELDER}. Wel betaalt dat? {NAME_GR}
§
Keuzemenu {scooter_app}\n[0:04] Menu: Voor terugbetaling noemt u uw kaartnummer in groepjes van vier.\n[0:11] \
Beller: {CARD_IVR}\n[0:18] Menu: Dank u. Uw gebruikers-ID?\n[0:23] Beller: {CUSTOMER_NUMBER_SCOOTER}
§
---------- Doorgestuurd bericht ---------\nVan: {NAME_FULL} <{EMAIL_WORK}>\nOnderwerp: Fwd: schade {PLATE}\n\n\
Zie onderstaand; graag contact met verzekerde {NAME_OTHER}, tel. {PHONE}.\n\nMet vriendelijke groet | Kind \
regards\n{NAME_SAME}\nSchadebehandelaar | Claims handler\nT {PHONE_WORK}
§
Bericht via Google · {scooter_app}\nKlant: een van jullie steps lag over mijn scooter (kenteken {PLATE_MOPED}), \
spiegel eraf. Ik ben {NAME_FULL}, {PHONE_NL}
§
Salam, mijn vader is door een step aangereden bij de moskee. Hij heet {NAME_ELDER_M_MA}, geb. {DOB_ELDER}, zijn \
nummer in Marokko {PHONE_MA}. Wie kan ik mailen? {NAME_MA}
"""

NL: list[tuple[str, str]] = [("nl", block.strip("\n")) for block in _BLOCK.split("\n§\n")]
