"""Dutch, Flemish, Frisian and Zeeuws templates of test_v113: hospital appointments, tenants' contents insurance,
TV and internet bundles, overdraft complaints, hail damage to cars, school uniform webshops, library fines, ash
scattering, guided fishing trips and zoo memberships, in Zendesk Sunshine conversations, WeChat, Apple Business Chat,
voicemail transcripts over hold music, spreadsheet cells pasted with tabs, JSON-lines logs, IVR keypad entries and
e-mail signatures with two-language disclaimers."""

from __future__ import annotations

_TEMPLATES: list[str] = [
    # ---- hospital appointment scheduling
    "Sunshine Conversations · {conv} · bron: web\n[{clock}] klant: ik moet mijn afspraak bij {poli} "
    "verzetten\n[{clock}] {bot}: Wat zijn je geboortedatum en patiëntnummer?\n[{clock}] klant: {DOB} en "
    "{CUSTOMER_NUMBER_PATIENT}",
    "Voicemail {vm_len} van {PHONE} — transcriptie:\n{noise} ja goeiemorgen, met {NAME_FULL}, ik heb {appt} een "
    "afspraak bij {poli} {noise} maar dat lukt niet, wilt u mij terugbellen? {noise}",
    "Patiënt\tGeb.datum\tBSN\tPoli\tVoorkeur\n{NAME_REVERSED}\t{DOB}\t{BSN}\t{poli}\t{weekday} ochtend",
    "Goeiemoarn, ik bin {NAME_FY} en ik haw {appt} in ôfspraak by {poli} yn it {hospital}. Kin dat letter? Myn "
    "bertedatum is {DOB_FY}. Belje my mar op {PHONE}.",
    "IVR {ts} | keuze 1 (afspraken) | 'toets uw burgerservicenummer, gevolgd door een hekje' | DTMF {BSN_KEYED}# "
    "| 'toets uw geboortedatum: dag, maand, jaar' | DTMF {DOB_KEYED}# | doorverbonden met {poli}",
    '{"ts":"{ts}","level":"{level}","svc":"afspraakplanner","event":"slot_booked","patient":"{NAME_FULL}",'
    '"patient_id":"{CUSTOMER_NUMBER_PATIENT}","dept":"{poli}"}\n{"ts":"{ts}","level":"INFO","svc":"sms-gateway",'
    '"event":"reminder_queued","to":"{PHONE_E164}"}',
    "Berichten voor bedrijven · {hospital}\nKlant koos (lijst): Afspraak verzetten\nTijdkiezer: {weekday} "
    "{clock}\nKlant: het staat op naam van mijn moeder, {NAME_FEMALE}, geboren {DOB_SENIOR}.",
    "Goeiendag, m'n vader {NAME_ZL_M} mò nae {poli} in 't {hospital} mè z'n 'eup, mor ie ei gin vervoer. Ie "
    "woont an de {ADDRESS_ZL} in {town_zl}. Bel mie mè op {PHONE}.",
    "WeChat · {NAME_HAN}\n{wx_time}\n你好, ik wil een afspraak bij {poli} voor mijn moeder. Haar geboortedatum "
    "{DOB_CN_SENIOR}, BSN {BSN}.\n[语音 0:09]",
    "Graag verzet ik mijn afspraak bij {poli} naar {weekday}.\n\nMet vriendelijke groet / Kind "
    "regards,\n{NAME_FULL}\nM {PHONE}\n{EMAIL_WORK}\n\nDit bericht is uitsluitend bestemd voor de geadresseerde. "
    "/ This message is intended for the addressee only.",
    "naam: {NAME_LOWER}\nbsn:\n{BSN}\nbellen na 17u: {PHONE}\n(uitslag {poli} nog niet ontvangen)",
    "Goeiedag, ik heb een afspraak op {poli} in {hospital} maar ik zit nog in 't buitenland. Rijksregisternummer "
    "{BSN_BE}, gsm {PHONE_BE}.",
    "Voicemail {vm_len} {noise} goeie, mei {NAME_FY}, myn nûmer is {PHONE_SPOKEN_FY}, ik belje oer de ôfspraak "
    "by {poli} {noise}",
    "Voicemail {vm_len} {noise} ja dag met {NAME_FULL}, voor de intake vroegen jullie mijn bsn, dat is "
    "{BSN_SPOKEN}, en mijn geboortedatum {DOB_SPOKEN} {noise}",
    # ---- tenants' contents insurance
    '{"trigger":"conversation:message","app":{"id":"{conv}"},"message":{"author":{"type":"user",'
    '"displayName":"{NAME_FULL}"},"content":{"type":"text","text":"inbraak gemeld, polisnr '
    '{CUSTOMER_NUMBER_POLICY}, mijn {item} is weg"}}}',
    "Bie ons is ingebroke, ze ebbe m'n {item} meegenome. Polisse {CUSTOMER_NUMBER_POLICY}, ik wôon op de "
    "{ADDRESS_ZL}, {POSTCODE_ZL} {town_zl}. Groeten, {NAME_ZL}",
    "Adres\tPostcode\tHuurder\tInboedel verzekerd\n{ADDRESS}\t{POSTCODE}\t{NAME_FULL}\tja ({insurer})",
    "Hallo, wy hawwe wetterskea yn it hierhûs oan de {ADDRESS_FY}. It polisnûmer is {CUSTOMER_NUMBER_POLICY}, "
    "myn mail is {EMAIL}. Tankewol, {NAME_FIRST}",
    "Voicemail {vm_len} — {noise} goedemiddag u spreekt met {NAME_FULL}, ik bel over de schade aan mijn {item}, "
    "schadenummer {CUSTOMER_NUMBER_CLAIM}, {noise} mijn nummer is {PHONE_SPOKEN} {noise}",
    "Hierbij de aankoopbon van de {item}.\n\n--\n{NAME_INITIALS}\n{ADDRESS}\n{POSTCODE} {town}\nIBAN voor de "
    "uitkering: {IBAN}\n\nDeze e-mail kan vertrouwelijke informatie bevatten. / This e-mail may contain "
    "confidential information.",
    "Berichten voor bedrijven · {insurer}\nKlant: ik verhuis, neem mijn inboedelverzekering mee\nFormulier › "
    "Nieuw adres: {ADDRESS}, {POSTCODE}\nFormulier › Ingangsdatum: {date}\nApple Pay › premie {premium} ✓",
    "{NAME_CN} · WeChat\n{wx_time}\n[图片]\n我的电动车被偷了 — mijn e-bike is uit de berging gestolen. Polisnummer "
    "{CUSTOMER_NUMBER_POLICY}, uitbetalen op {IBAN} graag.",
    "Merhaba, inboedelverzekering {CUSTOMER_NUMBER_POLICY}: bij de inbraak is een gouden armband weg. Mijn "
    "telefoon {PHONE}, e-mail {EMAIL}. Teşekkürler, {NAME_TR}",
    # ---- TV and internet bundles
    "IVR {ts}\n> welkom bij {provider}, toets uw klantnummer\n< DTMF {CUSTOMER_NUMBER_KEYED}#\n> toets het "
    "telefoonnummer van de aansluiting\n< DTMF {PHONE_KEYED}#\n> u wordt doorverbonden met Storingen",
    "Conversation {conv} (source: whatsapp)\n{clock} User: storing op {bundle} al 3 dagen!!\n{clock} Business "
    "[{provider} Support]: Vervelend! Mag ik je klantnummer?\n{clock} User: {CUSTOMER_NUMBER_CONTRACT}, op naam "
    "van {NAME_FULL}",
    "Ik wol myn abonnemint op {bundle} opsizze, wy ferhúzje nei {town_fy}. Klantnûmer "
    "{CUSTOMER_NUMBER_CONTRACT}, nij adres {ADDRESS_FY}, {POSTCODE_FY}.",
    '{"ts":"{ts}","lvl":"{level}","svc":"order-intake","event":"installatie_gepland","klant":"{NAME_LOWER}",'
    '"adres":"{ADDRESS}","postcode":"{POSTCODE}","pakket":"{bundle}"}',
    "Wi ebbe gin internet mi sins vrijdag, 't lampje knippert rood. Klantnummer {CUSTOMER_NUMBER_CONTRACT}. Bel "
    "mie mè op {PHONE}, 'k ben d'r 's middags.",
    "klantnr\tnaam\tIBAN\tpakket\tstatus\n{CUSTOMER_NUMBER}\t{NAME_FULL}\t{IBAN}\t{bundle}\tincasso mislukt",
    "Graag opzeggen per {date}; mijn contractnummer is {CUSTOMER_NUMBER_CONTRACT}.\n\nGroet, / "
    "Regards,\n{NAME_FULL} | {EMAIL}\nT {PHONE}\n-- Dit bericht is vertrouwelijk. This message is confidential. --",
    "Berichten voor bedrijven · {provider}\nKlant: monteur is niet komen opdagen 😡\nKlant deelde contact: "
    "{NAME_FULL}, {PHONE}\nTijdkiezer: {weekday} 13:00–17:00",
    "Voicemail ({vm_len}) {noise} ja hallo, {NAME_BE} hier, mijne decoder van {provider} doet het nie meer, ik "
    "woon in de {ADDRESS_BE}, {POSTCODE_BE} {town_be}, bel mij terug op {PHONE_BE} {noise}",
    "WeChat · {NAME_HAN}\n{wx_time}\n[语音 0:14]\nHallo, wifi kapot. 客户号 {CUSTOMER_NUMBER_CONTRACT}, adres "
    "{ADDRESS}, {POSTCODE} {town}. Mijn mobiel {PHONE_CN}",
    # ---- bank overdraft complaints
    "Sunshine Conversations · {conv}\n[{clock}] klant: waarom {fee} rente?? ik stond maar 2 dagen "
    "rood\n[{clock}] {bot}: Wat is je rekeningnummer?\n[{clock}] klant: {IBAN}",
    "Geachte heer/mevrouw,\nIk maak bezwaar tegen de rente van {rate} op mijn rekening {IBAN}.\n\nMet "
    "vriendelijke groet / Yours sincerely,\n{NAME_FULL}\nRelatienummer {CUSTOMER_NUMBER_BANK}\n\nDe inhoud van "
    "dit bericht is vertrouwelijk. / The content of this message is confidential.",
    "Ik stean read op myn rekken {IBAN} en no rekkenje jim {fee} kosten. Dat is net earlik! Myn BSN as jim dat "
    "nedich hawwe: {BSN}. {NAME_FY}",
    "IVR {ts}\n> toets de zestien cijfers van uw betaalpas\n< DTMF {CARD_KEYED}#\n> toets uw geboortedatum\n< "
    "DTMF {DOB_KEYED}#\n> u wordt doorverbonden met Bijzonder Beheer",
    "Datum\tOmschrijving\tBedrag\n{date}\tRente debetstand\t-{fee}\n{date}\tKosten "
    "roodstand\t-{fee}\n\nRekeninghouder:\t{NAME_FULL}\t{IBAN}",
    "Mien rekening staet rood deu die dubbele afschrievienge van de 'uur. Kunne jullie da terugdraoie? Rekening "
    "{IBAN}, pas {CARD}. {NAME_ZL}, {town_zl}",
    "{NAME_CN}: 你好, ik sta rood maar salaris komt morgen 😢 rekening {IBAN}, telefoon {PHONE_CN}",
    '{"ts":"{ts}","level":"WARN","svc":"overdraft-monitor","iban":"{IBAN}",'
    '"customer_id":"{CUSTOMER_NUMBER_BANK}","days_negative":{count},"fee_eur":"{fee}"}',
    "Voicemail {vm_len} {noise} ja met {NAME_FULL}, ik heb een klacht over de roodstandkosten, mijn "
    "relatienummer is {CUSTOMER_NUMBER_BANK} en u kunt me mailen op {EMAIL_SPOKEN} {noise}",
    "Ik heb nog een rekening in Polen, {IBAN_PL}, en hier bij {bank} sta ik rood. Kan ik overmaken van daar? "
    "Pozdrawiam, {NAME_PL}",
    "Voicemail {vm_len} {noise} ja met {NAME_FIRST}, achternaam {NAME_SPELLED}, het IBAN voor de terugboeking is "
    "{IBAN_SPOKEN} {noise}",
    # ---- car insurance claims after hail
    "Berichten voor bedrijven · {insurer}\nKlant koos: Schade melden › Hagel\nFoto's (4) ontvangen\nKlant: "
    "kenteken {PLATE}, polis {CUSTOMER_NUMBER_POLICY}, {dents} deuken in het dak",
    "Deu die agelbui zit m'n auto vol deuken. Kenteken {PLATE}, 'k ebbe 'n polisse bie jullie op naem van "
    "{NAME_ZL}. Kan ik nae {garage}?",
    "De hagel hat myn auto slim rekke, kenteken {PLATE}. Ik wenje oan de {ADDRESS_FY}, {POSTCODE_FY} {town_fy}. "
    "Skeanûmer {CUSTOMER_NUMBER_CLAIM}.",
    "Kenteken\tSchadenr\tEigenaar\tTel\tDeuken\n{PLATE}\t{CUSTOMER_NUMBER_CLAIM}\t{NAME_FULL}\t{PHONE}\t{dents}",
    "IVR {ts} | menu 2 schade melden | prompt: kenteken inspreken | ASR '{PLATE}' (conf 0.71) | prompt: "
    "polisnummer | DTMF {CUSTOMER_NUMBER_KEYED}# | wachtrij Hagel",
    '{"ts":"{ts}","svc":"claims-intake","event":"hail_claim_created","plate":"{PLATE}",'
    '"policy":"{CUSTOMER_NUMBER_POLICY}","owner_email":"{EMAIL}","storm":"{storm}"}',
    "Conversation {conv} · source: messenger\n[{clock}] Gebruiker: hagelschade aan mijn wagen, nummerplaat "
    "{PLATE_BE}\n[{clock}] Gebruiker: rijksregisternummer {BSN_BE} als ge dat nodig hebt",
    "Voicemail {vm_len} van {PHONE} {noise} hallo, met {NAME_FULL}, ik wil schade melden van {storm}, het "
    "kenteken is {PLATE} en mijn polisnummer {CUSTOMER_NUMBER_POLICY} {noise}",
    "Bijgaand de taxatie van {garage}.\n\nMet vriendelijke groet | Best "
    "regards\n{NAME_FULL}\n{EMAIL_WORK}\nLeaseauto: {PLATE}\n\nAan dit bericht kunnen geen rechten worden "
    "ontleend. / No rights can be derived from this message.",
    "Fa waka, hagelschade aan de auto {PLATE} en we zitten in Paramaribo tot de 20e. Bel {PHONE_SR} of mail "
    "{EMAIL}. {NAME_FULL}",
    "WeChat · {NAME_HAN}\n{wx_time}\n我哥哥在杭州, zijn auto {PLATE_CN} heeft ook hagelschade. Kan dat via mijn polis "
    "{CUSTOMER_NUMBER_POLICY}?",
    # ---- school uniform webshops
    "WeChat · {NAME_HAN}\n{wx_time}\nHallo, uniform besteld voor mijn zoon {NAME_CN_M}, bestelnummer "
    "{CUSTOMER_NUMBER_ORDER}. {garment} {size} is te klein 😅\n[Sticker]",
    "Us dochter {NAME_FIRST_F} begjint nei de simmer op {school}. Kinne jim it unifoarm stjoere nei "
    "{ADDRESS_FY}, {POSTCODE_FY} {town_fy}? Bestelling {CUSTOMER_NUMBER_ORDER}.",
    "Leerling\tGeboortedatum\tKlas\tArtikel\tMaat\n{NAME_FULL}\t{DOB_CHILD}\t1B\t{sku}\t{size}",
    "Berichten voor bedrijven · Uniformshop {school}\nKlant: {garment} in {size} graag\nApple Pay › {price} "
    "✓\nBezorgadres: {ADDRESS}, {POSTCODE} {town}",
    "Sunshine Conversations · {conv}\n[{clock}] user: de blazer van mijn dochter {NAME_FIRST_F} is nooit "
    "aangekomen, order {CUSTOMER_NUMBER_ORDER}\n[{clock}] business: Excuus! Welk e-mailadres staat op de "
    "bestelling?\n[{clock}] user: {EMAIL}",
    "Ik ao betaold mè m'n creditcard {CARD} mor de rok is nooit gekomme. Bestellienge {CUSTOMER_NUMBER_ORDER}.",
    '{"ts":"{ts}","event":"checkout","order":"{CUSTOMER_NUMBER_ORDER}","pupil":"{NAME_FULL}",'
    '"pupil_dob":"{DOB_CHILD_ISO}","sku":"{sku}","pay":"card"}',
    "hoi ik ben {NAME_TYPO}, bestelling {CUSTOMER_NUMBER_ORDER} van de schooluniformen is verkeerd bezorgd op "
    "{ADDRESS} ipv bij ons",
    # ---- public library fines
    "Goeie, ik haw in boete fan {fine} krigen foar {book}, mar ik haw it boek op tiid werombrocht! Pasnûmer "
    "{CUSTOMER_NUMBER_LIBRARY}. Groetnis, {NAME_FY}",
    "IVR {ts} | {library} | 'toets uw pasnummer' | DTMF {CUSTOMER_NUMBER_KEYED}# | 'uw openstaande boete is "
    "{fine}' | 1 = betalen | DTMF 1 | 'toets uw kaartnummer' | DTMF {CARD_KEYED}#",
    "Pasnummer\tLener\tTitel\tDagen te "
    "laat\tBoete\n{CUSTOMER_NUMBER_LIBRARY}\t{NAME_REVERSED}\t{book}\t{count}\t{fine}",
    "M'n kleinzeune {NAME_FIRST_M} eit 'n boek kwiet van {library}. Z'n pasje is {CUSTOMER_NUMBER_LIBRARY}. Ik "
    "wil 't wè betaole, van rekening {IBAN}.",
    "Boete is betelle, graach de blokkade deryf.\n\nMei freonlike groetnis / Met vriendelijke "
    "groet,\n{NAME_FY}\n{PHONE}\n\nDit berjocht is allinnich bestimd foar de adressearre. / Dit bericht is "
    "alleen bestemd voor de geadresseerde.",
    "Berichten voor bedrijven · {library}\nKlant koos: Boete betalen\nApple Pay › {fine} ✓\nKlant: kunnen jullie "
    "ook het pasje van mijn zoon {NAME_MALE} (geb. {DOB_CHILD}) verlengen?",
    "Voicemail {vm_len} {noise} goeiedag, {NAME_FULL} hier, ik krijg een aanmaning voor {book} maar dat heb ik "
    "al lang teruggebracht, pasnummer {CUSTOMER_NUMBER_LIBRARY}, {noise} bel me op {PHONE} {noise}",
    "Salaam, ik ben {NAME_MA}, mijn zoon heeft pas {CUSTOMER_NUMBER_LIBRARY} bij de bieb en die boete van {fine} "
    "klopt echt niet. Mail mij: {EMAIL}",
    # ---- ash scattering services
    "Wij willen de as van onze moeder {NAME_FEMALE} ({DOB_SENIOR} – {date}) laten verstrooien "
    "{scatter_place}.\n\nHartelijke groet / Kind regards,\n{NAME_FULL}\n{PHONE}\n\nDit bericht kan "
    "vertrouwelijke informatie bevatten. / This message may contain confidential information.",
    "Heit, {NAME_FY_M}, is ferstoarn; hy wie berne op {DOB_FY}. Wy wolle syn jiske útstruie {scatter_place}. "
    "Dossier {CUSTOMER_NUMBER_DOSSIER}.",
    "De as van m'n man mò op zeê uutgestrooid worre, vò de kust bie {town_zl}. 't Dossier is "
    "{CUSTOMER_NUMBER_DOSSIER}, ik woon op de {ADDRESS_ZL}. {NAME_ZL}",
    "Dossier\tOverledene\tGeboren\tOverleden\tLocatie\tContact\n{CUSTOMER_NUMBER_DOSSIER}\t{NAME_FULL}\t{DOB_SENI"
    "OR}\t{date}\t{scatter_place}\t{PHONE}",
    "Sunshine Conversations · {conv}\n[{clock}] user: hoeveel mensen mogen er mee op de {vessel}?\n[{clock}] "
    "business: Maximaal 12. Op welke naam staat het dossier?\n[{clock}] user: {NAME_FULL}, het BSN van mijn "
    "vader was {BSN}",
    "{NAME_CN} · 微信\n{wx_time}\n我们想在海上撒骨灰 — as verstrooien op zee. Mijn adres is "
    "{ADDRESS}, {POSTCODE} {town}. Bel {PHONE}.",
    "Voicemail {vm_len} {noise} ja u spreekt met {NAME_FULL} van dossier {CUSTOMER_NUMBER_DOSSIER}, de {urn} kan "
    "opgehaald worden bij ons thuis op de {ADDRESS} {noise}",
    # ---- guided fishing trips
    "Goeiemiddag, ik wil mè m'n zeune mee op de boot uut {harbour} vò {fish}. VISpas {CUSTOMER_NUMBER_VISPAS}, "
    "telefoon {PHONE}. {NAME_ZL}",
    "Wy wolle mei fjouwer man op {fish} by {harbour}. Boeking op namme fan {NAME_FY}, mail {EMAIL}.",
    "Berichten voor bedrijven · Sportvisserij {harbour}\nKlant koos: Tocht boeken › {fish}\nTijdkiezer: "
    "{weekday} 06:00\nApple Pay › {fare} ✓\nKlant: boekingsnr {CUSTOMER_NUMBER_BOOKING}, op naam van {NAME_FULL}",
    "IVR {ts} | Vistochten {harbour} | 'toets uw boekingsnummer' | DTMF {CUSTOMER_NUMBER_KEYED}# | 'toets het "
    "nummer waarop de schipper u bij slecht weer belt' | DTMF {PHONE_KEYED}# | bevestigd",
    '{"ts":"{ts}","svc":"boekingen","event":"trip_booked","harbour":"{harbour}","name":"{NAME_FULL}",'
    '"vispas":"{CUSTOMER_NUMBER_VISPAS}","phone":"{PHONE_E164}"}',
    "Dzień dobry, ik wil vistocht boeken vanaf {harbour} voor 2 persoon. Mijn naam {NAME_PL}, telefoon "
    "{PHONE_PL}, adres {ADDRESS_PL}, Poznań.",
    "Boeking\tNaam\tVISpas\tMobiel\tVis\n{CUSTOMER_NUMBER_BOOKING}\t{NAME_FULL}\t{CUSTOMER_NUMBER_VISPAS}\t{PHONE"
    "}\t{fish}",
    # ---- zoo memberships
    "Sunshine Conversations · {conv} · bron: apple\n[{clock}] user: ons {pass} is verlopen, lidnummer "
    "{CUSTOMER_NUMBER_MEMBER}\n[{clock}] {bot}: Wil je verlengen met automatische incasso?\n[{clock}] user: ja, {IBAN}",
    "Wy hawwe in {pass} fan {zoo}. Us soan {NAME_FIRST_M} is berne op {DOB_CHILD}, mei hy no noch fergees yn?",
    "Lidnr\tNaam\tGeb.datum\tType\n{CUSTOMER_NUMBER_MEMBER}\t{NAME_FULL}\t{DOB}\t{pass}\n{CUSTOMER_NUMBER_MEMBER}"
    "\t{NAME_FULL}\t{DOB_CHILD}\tKind",
    "WeChat · {NAME_HAN}\n{wx_time}\n你好! Wij willen een {pass} voor {zoo}.\n我的邮箱 {EMAIL}\n[Sticker]",
    "'k Ebbe 'n {pass} van {zoo} mor m'n pasje is kepot. Lidnummer {CUSTOMER_NUMBER_MEMBER}, adres {ADDRESS_ZL}, "
    "{POSTCODE_ZL} {town_zl}.",
    "Graag ons {pass} omzetten naar het nieuwe adres.\n\nMet vriendelijke groet / Kind "
    "regards\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {town}\n{PHONE}\n\nNL: dit bericht is vertrouwelijk. EN: this "
    "message is confidential.",
    "Voicemail {vm_len} {noise} hoi met {NAME_FULL}, mijn dochter is geboren op {DOB_CHILD} en ik wil haar een "
    "{pass} geven, kunt u mij bellen op {PHONE_SPOKEN}? {noise}",
    "Parkeren bij {zoo}: kenteken {PLATE_ANY} staat niet in het systeem, terwijl ik een {pass} heb "
    "({CUSTOMER_NUMBER_MEMBER}).",
    # ---- more from the same channels
    "Sunshine Conversations · {conv} · bron: apple\n[{clock}] {bot}: Voor de machtiging hebben we je BSN "
    "nodig.\n[{clock}] klant: {BSN}\n[{clock}] klant: sorry typfout, het is {BSN}",
    "Vò de verwiezienge van de 'uusarts nae {poli}: BSN {BSN}, geboren {DOB}. Groeten, {NAME_ZL}",
    "Overledene\tBSN\tGemeente\tAsbestemming\n{NAME_FULL}\t{BSN}\t{town_zl}\t{scatter_place}",
    "Kin ik de boete fan {fine} betelje mei myn creditcard? It nûmer is {CARD}. {NAME_FY}",
    "Order\tKaart\tBedrag\tSchool\n{CUSTOMER_NUMBER_ORDER}\t{CARD}\t{price}\t{school}",
    "WeChat · {NAME_HAN}\n{wx_time}\n[图片] ×3\n冰雹 — hagel! Auto {PLATE}, polis {CUSTOMER_NUMBER_POLICY}, staat nu "
    "bij {garage}",
    "Stort 't geld mor terug op {IBAN}, da's de rekening van m'n vrouw. Bestellienge {CUSTOMER_NUMBER_ORDER}.",
]

NL: list[tuple[str, str]] = [("nl", template) for template in _TEMPLATES]
