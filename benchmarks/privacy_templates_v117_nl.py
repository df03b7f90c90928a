"""Dutch and Flemish templates of test_v117: dog daycare and pet boarding, municipal waste container passes, Dutch
courses for newcomers, boats rented by the hour, home insulation subsidies, piano tuning, wedding venues, allotments
on company grounds, bicycle courier accounts and blood donor appointments; in Zoho SalesIQ chats (visitor numbers,
operators), Threema groups, Mastodon mentions, Markdown tables pasted into tickets, Excel cells copied with their
formulas, agents' after-call shorthand, OCR'd printed forms with check boxes and call transcripts with time stamps;
written by people from Venlo and Maastricht, West Flanders, Surinamese writers switching to Sranan, Ghanaian-Dutch
writers and newcomers in simple Dutch.

A template a block; a line holding only '¶' ends a block; line breaks and tabs inside are written as escapes, and a
backslash at the end of a line joins it to the next."""

from __future__ import annotations

_TEXT = """\
SalesIQ · {siq_visitor} · {siq_page}\n{siq_t1} Bezoeker: goeiemiddag, kan {dog} ({breed}) {weekday} naar \
de opvang?\n{siq_t2} {NAME_STAFF}: Zeker! Op welke naam en welk nummer?\n{siq_t3} Bezoeker: {NAME_FULL}, \
{PHONE_NL}
¶
Hoi, ich höb oos hóndje {dog} opgegaeve veur 't pension van {date} tot {date}. Ich bin {NAME_LI}, klantnummer \
{CUSTOMER_NUMBER_DOG}. Kins te mich trökbelle op {PHONE_LI}? Merci!
¶
Goeiendag, 'k zoun mien hond {dog} willen binnenbrengen in jullie opvang. {NAME_WV}, {ADDRESS_BE}, {POSTCODE_BE} \
{town_wv}. Bel mo ne keer op {PHONE_BE}, 'k zyn nie altyd thuis.
¶
ACW {acw_time} – klt {NAME_SURNAME} belt ivm pensionkosten {dog}, {price_eur} 2x afgeschr. Terugbet. naar \
{IBAN_NL} aangevr. Klnr {CUSTOMER_NUMBER_DOG}. Afgehandeld: ja
¶
| Hond | Eigenaar | Telefoon | Ophalen |\n|---|---|---|---|\n| {dog} | {NAME_FULL} | {PHONE} | {weekday} {time} |\n| \
{dog} | {NAME_FULL} | {PHONE_NL} | {weekday} {time} |
¶
INSCHRIJFFORMULIER HONDENOPVANG\nNaarn eigenaar: {NAME_CAPS}\nAdres: {ADDRESS}   Postcode: {POSTCODE_OCR}\n\
[X] Ingeënt   [ ] Gecastreerd   [X] Sociaal\nTel.: {PHONE_OCR}
¶
Odi! Mi wani tyari mi dagu {dog} kon na jullie opvang, a lobi prei nanga tra dagu. Mijn naam is {NAME_SR}, mail \
{EMAIL_OWN}. Grantangi!
¶
Rij 14 uit Opvang.xlsx:\n{NAME_FORM}\t{dog}\t'{PHONE_NL}\t=ALS(E14>3;"strippenkaart";"los")
¶
Vandaag haalt mijn schoonmoeder {dog} op, ze rijdt een {car} ({PLATE}). Groetjes, {NAME_FIRST}
¶
{dog} logeert van {date} tot {date} in het pension. Noodnummer tijdens onze vakantie: {PHONE_DE} (vakantiehuis), \
of mail {EMAIL}. {NAME_FULL}
¶
SalesIQ · {siq_visitor} · {siq_page}\n{siq_t1} Bezoeker: mijn afvalpas is gestolen, blokkeren aub. \
pasnummer {CUSTOMER_NUMBER_WASTE}\n{siq_t2} {NAME_STAFF}: Dat regel ik. Uw adres?\n{siq_t3} Bezoeker: \
{ADDRESS}, {POSTCODE}
¶
Ich höb 'ne nuje pas nudig veur de ondergrondse container, d'n awwe is kapot. {NAME_LI}, {ADDRESS_LI}, \
{POSTCODE_LI} {town_li}. BSN {BSN}.
¶
ACW – mevr. {NAME_SURNAME} ({DOB_SHORT}) belt: {container} gaat niet open met pas {CUSTOMER_NUMBER_WASTE}. Pas \
opnieuw geactiveerd. TB: {PHONE_NL}. Geen vervolg.
¶
Bij de milieustraat wordt het kenteken gescand. Mijn nieuwe kenteken is {PLATE}, het oude was {PLATE}. Adres \
{ADDRESS}, {town}. Gr. {NAME_FULL}
¶
AANVRAAG AFVALPAS\n☒ Nieuwe pas   ☐ Vervangende pas   ☐ Extra pas\nNaam: {NAME_CAPS}   BSN: {BSN_OCR}\n\
Straat + nr: {ADDRESS}\nPostcode: {POSTCODE_OCR}
¶
| Adres | Postcode | Pasnummer | Status |\n|---|---|---|---|\n| {ADDRESS_LI} | {POSTCODE_LI} | \
{CUSTOMER_NUMBER_WASTE} | geblokkeerd |\n| {ADDRESS_LI} | {POSTCODE_LI} | {CUSTOMER_NUMBER_WASTE} | actief |
¶
Ier is {NAME_WV}, 'k è nog gin toegangskaart voe 't recyclagepark. Rijksregisternummer {BSN_BE}, adres \
{ADDRESS_BE} in {town_wv}. Merci!
¶
@{masto_city} al drie weken wordt de gft niet geleegd aan de {ADDRESS_LOWER}. Pas {CUSTOMER_NUMBER_WASTE} doet \
het ook niet meer. Iemand?
¶
=ALS(ISLEEG(E9);"geen pas";E9)\t{NAME_FULL}\t{ADDRESS}\t{POSTCODE}\t{CUSTOMER_NUMBER_WASTE}
¶
'k È ne nieuwen auto, nummerplaat {PLATE_BE}. Kunt gie da aanpassen voe 't containerpark? {NAME_WV}
¶
Dzień dobry, mijn auto heeft Pools kenteken {PLATE_PL}, mag ik ook naar de milieustraat? Ik woon {ADDRESS}, \
{town}. {NAME_PL}
¶
Goedemiddag, ik ben {NAME_ER}. Ik wil Nederlandse les. Mijn geboortedatum is {DOB}, mijn telefoon {PHONE_NL}. \
Dank u wel
¶
ACW: cursist {NAME_UA} (cursistnr {CUSTOMER_NUMBER_COURSE}) wil naar avondgroep {level}. BSN gecontr. ({BSN}). \
Bev. per mail naar {EMAIL_OWN}. Actie: planning.
¶
INSCHRIJVING NT2-CURSUS\nAchternaam: {NAME_SURNAME}   Voornaam: {NAME_GIVEN}\nGeboortedatum: {DOB_OCR}\n\
Niveau: [ ] A1   [X] A2   [ ] B1\nBSN: {BSN_OCR}
¶
| Cursist | Geb.datum | Telefoon | Groep |\n|---|---|---|---|\n| {NAME_SY} | {DOB} | {PHONE_NL} | {level} |\n| \
{NAME_ER} | {DOB} | {PHONE_NL} | {level} |
¶
Cursisten.xlsx, cel B7: =C7&" "&D7  →  {NAME_FULL}\ncel E7 (geboortedatum): =DATUM({DOB_DATUM})
¶
Dzień dobry, ik wil mij inschrijven voor Nederlandse les, niveau {level}. {NAME_PL}, tel. {PHONE_PL}, adres \
{ADDRESS}, {POSTCODE} {town}. Dziękuję!
¶
Mi sisa {NAME_SR} e kon fu Sranan, a wani leri Nederlands. A e tan na {ADDRESS}, {town}. Unu kan bel en na \
{PHONE_SR}? Tangi furu.
¶
SalesIQ · {siq_visitor} · {siq_page}\n{siq_t1} Bezoeker: kan ik morgen de {boat_type} huren van {time} \
tot {time}?\n{siq_t2} {NAME_STAFF}: Ja hoor, op welke naam?\n{siq_t3} Bezoeker: {NAME_FULL}, {PHONE}
¶
Hoi, veer wille zaoterdag 'n sloep hure bij {harbour}, veur veer oer. Ich bin {NAME_LI}, {EMAIL_OWN}. Doeg!
¶
ACW klt {NAME_FULL} (klantacc. {CUSTOMER_NUMBER_BOAT}) – schroef {boat_name} beschadigd, borg {price_eur} \
ingehouden, klt oneens. Terugbelverz. {PHONE_NL}.
¶
Kunnen jullie de borg van {price_eur} terugstorten op {IBAN}? T.n.v. {NAME_INITIALS}, de boot was om {time} terug.
¶
Threema · {threema_group}\n{NAME_SHORT}: sloep staat op mijn naam, klantnummer {CUSTOMER_NUMBER_BOAT}\n\
{NAME_SHORT}: tikkie naar {IBAN_NL} 🍻
¶
Ik parkeer bij de jachthaven, auto met kenteken {PLATE_DE}, ik woon {ADDRESS_DE}, D-{POSTCODE_DE}, net over \
de grens. Mag dat tijdens de huur? Gruß, {NAME_FULL}
¶
SalesIQ · {siq_visitor} · {siq_page}\n{siq_t1} Bezoeker: spouwmuur is geïsoleerd, hoe vraag ik subsidie \
aan?\n{siq_t2} {NAME_STAFF}: Heeft u al een relatienummer?\n{siq_t3} Bezoeker: ja {CUSTOMER_NUMBER_RVO}
¶
ACW: klt {NAME_LI} belt over ISDE, {insulation} {m2} m² op {ADDRESS_LI}. Uitbet. naar {IBAN_NL}. Zaaknr \
{case_no} doorgezet. Klt tevreden.
¶
SUBSIDIEAANVRAAG ISOLATIE\n☒ Dakisolatie   ☐ Gevelisolatie   ☒ Vloerisolatie\nAanvrager: {NAME_CAPS}\n\
BSN: {BSN_OCR}\nAdres woning: {ADDRESS}\nIBAN: {IBAN_NL}
¶
| Maatregel | m² | Factuur | Adres |\n|---|---|---|---|\n| {insulation} | {m2} | {invoice_no} | {ADDRESS_LI}, \
{POSTCODE_LI} |
¶
=SOM(B2:B4)\t{price_big}\nAanvrager\t{NAME_FULL}\nBSN\t'{BSN}\nIBAN\t=SPATIES.WISSEN("{IBAN_NL}")
¶
@{masto_subsidy} mijn aanvraag isolatiesubsidie ligt al twaalf weken stil, relatienummer {CUSTOMER_NUMBER_RVO}. \
Wanneer hoor ik iets? #isolatie
¶
Dag, 'k è ne premie aangevraagd voe dakisolatie op {ADDRESS_BE}, {POSTCODE_BE} {town_wv}. Rekeningnummer \
{IBAN_BE}. Wanneer komt da geld?
¶
Mien rekening is bij de Sparkasse in Duutsland, {IBAN_DE}. Kin de subsidie daoróp? Groete, {NAME_LI}, \
{ADDRESS_LI}
¶
[{ts1}] Agent: voor de subsidie heb ik uw BSN nodig.\n[{ts2}] Beller: ja momentje… {BSN_SPOKEN}\n[{ts3}] Agent: \
dank u, mevrouw {NAME_SURNAME}.
¶
SalesIQ · {siq_visitor} · {siq_page}\n{siq_t1} Bezoeker: onze {piano_brand}-vleugel moet gestemd worden\n\
{siq_t2} {NAME_STAFF}: Prima! Adres en telefoon?\n{siq_t3} Bezoeker: {ADDRESS_LI} in {town_li}, {PHONE_LI}
¶
ACW: klt {NAME_FULL} (kl.nr {CUSTOMER_NUMBER_PIANO}), {piano_brand} buffetpiano, stemming {date}. Let op: 2e \
verd., geen lift. Tel {PHONE}.
¶
De piano vaan mien awwers ({NAME_LI}) mót gestömp weure. Ze woene op {ADDRESS_LI}, {POSTCODE_LI} Mestreech. \
Bel mich: {PHONE_NL}
¶
Factuur pianostemmen met creditcard {CARD} betaald, maar het is twee keer afgeschreven. {NAME_FULL}, klantnr \
{CUSTOMER_NUMBER_PIANO}
¶
SalesIQ · {siq_visitor} · {siq_page}\n{siq_t1} Bezoeker: is {venue} nog vrij op {date}?\n{siq_t2} \
{NAME_STAFF}: Ik kijk het na! Mag ik uw e-mailadres?\n{siq_t3} Bezoeker: {EMAIL}
¶
ACW: bruidspaar {NAME_FULL} & {NAME_FULL} – optie {venue} {date} omgezet in contract {CUSTOMER_NUMBER_VENUE}. \
Aanbet. {price_big} via {IBAN}. Volgende stap: proeverij.
¶
| Tafel | Gast | Dieet |\n|---|---|---|\n| {table} | {NAME_FULL} | {diet} |\n| {table} | {NAME_FULL} | {diet} |\n\
| {table} | {NAME_FIRST} (+1) | {diet} |
¶
OVEREENKOMST TROUWLOCATIE\nContractnr: {CUSTOMER_NUMBER_VENUE}\nHuurder 1: {NAME_CAPS}   geb. {DOB_OCR}\n\
☒ Ceremonie   ☒ Diner   ☐ Feest
¶
Budget bruiloft.xlsx\nB3\tLocatie\t{price_big}\nB4\tAanbetaling van\t="{IBAN_NL}"\nB5\tContact\t{NAME_FULL}
¶
@{masto_venue} jullie hebben onze aanbetaling twee keer geïnd 😩 contract {CUSTOMER_NUMBER_VENUE}, graag terug op \
{IBAN}. DM staat open.
¶
De trouwauto is een witte {car} met kenteken {PLATE}, de fotograaf komt met {PLATE}. Mogen ze voor de deur \
staan? {NAME_FULL}
¶
SalesIQ · {siq_visitor} · Intranet\n{siq_t1} Bezoeker: ik wil een moestuintje op het terrein, \
personeelsnummer {CUSTOMER_NUMBER_STAFF}\n{siq_t2} {NAME_STAFF}: Top! Je werkmail?\n{siq_t3} Bezoeker: \
{EMAIL_WORK}
¶
Threema · {threema_group}\n{NAME_SHORT}: wie heeft mijn schoffel geleend? 😅\n{NAME_SHORT}: ik! leg hem morgen \
terug bij tuin {plot}, bel anders {PHONE_NL}
¶
| Tuin | Medewerker | Personeelsnr | Afdeling |\n|---|---|---|---|\n| {plot} | {NAME_FULL} | \
{CUSTOMER_NUMBER_STAFF} | {department} |\n| {plot} | {NAME_FORM} | {CUSTOMER_NUMBER_STAFF} | {department} |
¶
Mag ik met de auto tot aan de tuintjes rijden voor de compost? Kenteken {PLATE}. Groet, {NAME_FULL}, {department}
¶
HUUROVEREENKOMST MOESTUIN\nNaam huurder: {NAME_CAPS}\nPersoneelsnr.: {CUSTOMER_NUMBER_STAFF}\n☒ Water   \
☐ Schuurtje   ☒ Compostbak\nPrivé-adres: {ADDRESS}, {POSTCODE_OCR}
¶
{CUSTOMER_NUMBER_STAFF} – tuin {plot} – {NAME_LOWER} – sleutel hek ingeleverd {date}
¶
SalesIQ · {siq_visitor} · {siq_page}\n{siq_t1} Bezoeker: mn koeriersaccount is geblokkeerd?? id \
{CUSTOMER_NUMBER_RIDER}\n{siq_t2} {NAME_STAFF}: Ik zie het. Klopt je IBAN nog, {IBAN_NL}?\n{siq_t3} \
Bezoeker: ja
¶
ACW: koerier {NAME_FULL}, acc. {CUSTOMER_NUMBER_RIDER}, gb {DOB_SHORT}. Uitbet. wk {week} gemist, nieuwe IBAN \
{IBAN} ingevoerd. Bev. per sms {PHONE_NL}.
¶
Chale, mijn uitbetaling is nog steeds niet binnen en ik heb de hele week gefietst 😤 account \
{CUSTOMER_NUMBER_RIDER}, {NAME_GH}. Bel me {PHONE_NL}, medaase.
¶
| Rider | Zone | Uren | Telefoon |\n|---|---|---|---|\n| {NAME_SHORT} | {zone} | {hours_n} | {PHONE_NL} |\n\
| {NAME_SHORT} | {zone} | {hours_n} | {PHONE} |
¶
Ik heb een koeriersabonnement (abonneenummer {CUSTOMER_NUMBER_SUBSCRIBER}), de factuur graag naar {EMAIL} t.a.v. \
{NAME_FULL}.
¶
Voor mijn registratie als zzp-koerier: BSN {BSN}, geboren {DOB}, adres {ADDRESS}, {POSTCODE} {town}. {NAME_FULL}
¶
SalesIQ · {siq_visitor} · {siq_page}\n{siq_t1} Bezoeker: ik wil mijn afspraak verzetten, donornummer \
{CUSTOMER_NUMBER_DONOR}\n{siq_t2} {NAME_STAFF}: Wat is uw geboortedatum?\n{siq_t3} Bezoeker: {DOB_DONOR}
¶
ACW: donor {NAME_FULL} (dnr {CUSTOMER_NUMBER_DONOR}, gb {DOB_SHORT}) – Hb vorige keer te laag, afspr. {date} \
{donor_centre} bev. Herinnering naar {PHONE_NL}.
¶
DONORVRAGENLIJST\nNaam: {NAME_CAPS}   Geb.: {DOB_OCR}\n1. Voelt u zich gezond?   [X] ja  [ ] nee\n2. Tatoeage \
laatste 4 mnd?   [ ] ja  [X] nee\nDonornr: {CUSTOMER_NUMBER_DONOR}
¶
Mi wani gi brudu 🩸 fosi leisi! Mijn naam is {NAME_SR}, geboren {DOB_DONOR}, mail {EMAIL_OWN}. San mi musu du?
¶
Ich wol bloud gaeve in Mestreech, mer mien aafspraok is verzat. Donornummer {CUSTOMER_NUMBER_DONOR}. {NAME_LI}, \
{PHONE_LI}.
¶
'k Goan bloed geven in {town_wv}, mo 'k zyn mien donorkaart kwyt. Rijksregisternummer {BSN_BE}, {NAME_WV}.
¶
| Tijd | Donor | Donornr | Bloedgroep |\n|---|---|---|---|\n| {time} | {NAME_FULL} | {CUSTOMER_NUMBER_DONOR} | \
{blood_type} |\n| {time} | {NAME_FORM} | {CUSTOMER_NUMBER_DONOR} | {blood_type} |
¶
@{masto_blood} vandaag mijn 50e donatie 🎉 maar de uitnodiging ging naar mijn oude adres ({ADDRESS}) terwijl ik al \
een jaar op {ADDRESS} woon.
¶
=AANTAL.ALS(D:D;"O-")\t{count}\nNaam\tGeboren\tGroep\tDonornr\n{NAME_FORM}\t{DOB_XL}\t{blood_type}\t\
{CUSTOMER_NUMBER_DONOR}
¶
Mijn huisarts vraagt het patiëntnummer van de keuring: {CUSTOMER_NUMBER_PATIENT}. Kan de uitslag naar hem? \
{NAME_FULL}, {DOB_DONOR}
¶
[{ts1}] Agent: mag ik uw geboortedatum?\n[{ts2}] Beller: {DOB_SPOKEN}\n[{ts3}] Agent: en uw postcode?\n[{ts4}] \
Beller: {POSTCODE_LI}
¶
[{ts1}] Beller: ik ben {NAME_FULL}, bel me maar terug op {PHONE_SPOKEN}\n[{ts2}] Agent: genoteerd, fijne dag!
¶
[{ts1}] Beller: het rekeningnummer is {IBAN_SPOKEN}\n[{ts2}] Agent: en op welke naam?\n[{ts3}] Beller: {NAME_FULL}
¶
[{ts1}] Agent: het mailadres?\n[{ts2}] Beller: {EMAIL_SPOKEN}\n[{ts3}] Agent: dan stuur ik de bevestiging daarheen.
¶
[{ts1}] Klant: het kaartnummer is {CARD_SPOKEN}\n[{ts2}] Agent: dank u, en de naam op de kaart?\n[{ts3}] Klant: \
{NAME_CAPS}
¶
SalesIQ · {siq_visitor} · {siq_page}\n{siq_t1} Bezoeker: de betaalpagina hangt, mag ik mijn kaartnummer \
hier geven? {CARD}\n{siq_t2} {NAME_STAFF}: Liever niet via de chat! Ik stuur een betaallink.
¶
Rekeningnummer (IBAN):\n{IBAN_SPLIT}\nTen name van: {NAME_INITIALS}\nHandtekening: ..........
¶
ACW: naam klt {NAME_FULL}, achternaam gespeld {NAME_SPELLED}. Wil afvalpas op nieuw adres {ADDRESS}, \
{POSTCODE}.
¶
@{masto_firm} stuur de offerte maar naar {EMAIL_HIDDEN} (geen nieuwsbrief aub 🙏)
¶
Beste, mijn familielid {NAME_GH} wil bloed doneren maar heeft alleen een Ghana Card ({BSN_GH}). Kan dat ook? \
Medaase, {NAME_FIRST}
¶
Ik ben verhuisd van {ADDRESS_SR} in Paramaribo naar {ADDRESS}, {POSTCODE} {town}. Kan mijn cursus gewoon door? \
Cursistnummer {CUSTOMER_NUMBER_COURSE}
¶
Lidnummer {CUSTOMER_NUMBER_MEMBER} van de hondenschool, graag ook korting op het pension. Mijn postcode is \
{POSTCODE_LI}. {NAME_FULL}
¶
Het pension heeft mijn kaart {CARD} twee keer belast voor {dog}. Graag storneren. {NAME_FULL}, {PHONE}
"""

NL: list[tuple[str, str]] = [("nl", block.strip("\n")) for block in _TEXT.split("\n¶\n")]
