"""Dutch templates of the `test_v8` split (English ones: `privacy_templates_v8_en`; clean ones:
`privacy_templates_v8_clean`). Frames no earlier split used: QA scorecards, escalation mails, knowledge-base
searches, chatbot logs, ombudsman complaints, AVG requests, letters after a death, moving lists, driver notes,
job sheets, survey answers, auto-replies, elderly callers through speech-to-text, PDFs with broken lines,
flattened tables, JSON pasted in a chat, Belgian Dutch, Dutch written by learners, typos."""

from __future__ import annotations

from benchmarks.privacy_templates_v8_en import TEST_V8_PII_EN

_NL = [
    # QA scorecards
    "QA-score gesprek 14: agent {NAME_STAFF} verifieerde niet. Klant noemde zelf '{ADDRESS}, {POSTCODE}' al voordat "
    "ernaar gevraagd werd. Score 6/10.",
    'Beoordeling {NAME_STAFF}: controlevraag overgeslagen. Citaat klant: "ik ben van {DOB}, dat zei ik al".',
    "Scorekaart wk 12 | medewerker: {NAME_STAFF} | klant: {NAME_FULL} | IBAN onversleuteld herhaald ({IBAN}) | -2",
    "Scorekaart: agent liet klant het volledige kaartnummer voorlezen ({CARD}), PCI-incident gemeld.",
    # escalation mails
    "Hoi {NAME_STAFF}, kun jij dit oppakken? Mevrouw {NAME_SURNAME} belt voor de derde keer over dossier "
    "{CUSTOMER_NUMBER_CASE}, ze is er klaar mee. Gr, teamleider",
    "Escalatie: klant dreigt met de pers. Contractnummer {CUSTOMER_NUMBER}, terugbellen op {PHONE} voor 17:00 graag.",
    "FW: klacht - de heer {NAME_INITIALS} wil dat kenteken {PLATE} uit de parkeerapp verdwijnt, graag vandaag nog.",
    # knowledge-base searches typed by agents
    "hoe wijzig ik iban {IBAN} naar nieuwe rekening",
    "zoek klant {NAME_LOWER} {POSTCODE}",
    "bsn {BSN} staat dubbel in crm wat nu",
    "kenteken {PLATE} niet gevonden in wagenparkmodule",
    "mail naar {EMAIL} bounced, bevestiging opnieuw sturen?",
    "kb zoekopdracht: bsn {BSN} wijzigen na adoptie",
    # chatbot training logs
    "[intent: adres_wijzigen] user: ik woon sinds kort op {ADDRESS} in {city_nl}, post komt nog op het oude adres",
    "[intent: betaling] user: er is 2x afgeschreven van {IBAN} help",
    "[intent: onbekend] user: {NAME_FIRST} hier, mn pas eindigt op... nee wacht hele nummer {CARD}",
    "[intent: inloggen] user: klantnr {CUSTOMER_NUMBER} en geboortedatum {DOB} maar hij zegt ongeldig",
    # ombudsman complaints
    "Geachte Ombudsman, namens mijn moeder, mevrouw {NAME_FULL}, wonende aan de {ADDRESS} te {city_nl}, dien ik "
    "een klacht in tegen uw aangesloten energieleverancier.",
    "Ons polisnummer is {CUSTOMER_NUMBER_POLICY}; sinds {month} negeert u ons verzoek. Mail: {EMAIL}.",
    "Bijlage 3: mailwisseling met de heer {NAME_SURNAME} van de klantenservice over klantnummer {CUSTOMER_NUMBER}.",
    # AVG requests
    "Verzoek tot inzage (art. 15 AVG). Naam: {NAME_FULL}. Geboortedatum: {DOB}. BSN: {BSN}. Per mail: {EMAIL}.",
    "Welke gegevens bewaart u onder relatienummer {CUSTOMER_NUMBER}, en aan wie gaf u mijn nummer {PHONE} door?",
    "Graag ook de camerabeelden waarop mijn auto ({PLATE}) te zien is, ik tankte daar op {date}.",
    "AVG-verzoek: verwijder mijn opgeslagen creditcard {CARD} en mijn adres {ADDRESS} uit uw systemen.",
    # letters after a death
    "Met verdriet laat ik u weten dat mijn vader, {NAME_FULL}, op {date} is overleden. Wilt u zijn abonnement "
    "(klantnummer {CUSTOMER_NUMBER}) per direct stopzetten?",
    "Mijn moeder is overleden. Haar rekening {IBAN} wordt opgeheven; de eindnota mag naar mij: {NAME_FULL}, "
    "{ADDRESS}, {POSTCODE} {city_nl}.",
    "Opzegging wegens overlijden van {NAME_REVERSED}, geb. {DOB}. Afschrift overlijdensakte bijgevoegd.",
    "We hebben de auto van oom {NAME_FIRST} verkocht, kenteken {PLATE}, dus de verzekering mag eraf.",
    "Voor de toeslagen van mijn overleden man ({NAME_FULL}, BSN {BSN}) wil ik de machtiging intrekken.",
    # moving checklists
    "Verhuischecklist ✔ energie ✔ internet ✔ nieuw adres doorgeven: {ADDRESS}, {POSTCODE} {city_nl} ✘ gemeente bellen",
    "- adreswijziging bank ({IBAN})\n- kaartje naar oma {NAME_FIRST}\n- parkeervergunning {PLATE} omzetten",
    "verhuizen todo: lidmaatschap {CUSTOMER_NUMBER_MEMBER} sportschool opzeggen, nieuw mailadres {EMAIL} doorgeven",
    # delivery driver notes
    "Chauffeur: niet thuis, afgegeven bij buurvrouw {NAME_SURNAME} op {ADDRESS}. Handtekening onleesbaar.",
    "Notitie voor bezorger: bel even {PHONE} als je voor de deur staat, de bel doet het niet. Groet {NAME_FIRST}",
    "rit 7 stop 23: {ADDRESS} achterom via steeg, hond!! ordernr {CUSTOMER_NUMBER_ORDER}",
    "bezorgnotitie {NAME_STAFF}: postcode {POSTCODE} klopt niet bij straat, klant gebeld",
    # installer job sheets
    "Werkbon monteur {NAME_STAFF} - adres: {ADDRESS}, {POSTCODE} - contact ter plaatse: {NAME_FULL}, tel. {PHONE}",
    "Werkbon: meter vervangen, oude stand 04512, nieuwe 00000. Klant {NAME_INITIALS}, contract {CUSTOMER_NUMBER}.",
    "Opdracht laadpaal: parkeervak bij {PLATE}, klant wil bericht op {EMAIL} zodra de monteur onderweg is.",
    "Werkbon sociale huur: huurder moet BSN {BSN} nog aanleveren voor urgentie, stond niet op formulier.",
    # survey free text
    "Wat kunnen we verbeteren? → Die jongen aan de telefoon ({NAME_STAFF}) was top maar ik moest 4x mijn postcode "
    "{POSTCODE} opgeven",
    "Geen idee waarom mijn pas {CARD} werd geweigerd in de webshop, verder vriendelijk geholpen.",
    "Enquête: ik (geboren {DOB}) vind het belachelijk dat ik als oudere alles via de app moet doen",
    # LinkedIn-style messages
    "Hoi {NAME_FIRST}, leuk je te spreken op de beurs! Zullen we volgende week bellen? {PHONE}. Groet, {NAME_FULL}",
    "Beste {NAME_FULL}, ik zag dat je bij {brand} werkt. Mag ik je mailen op {EMAIL_WORK}?",
    # auto-replies
    "Ik ben tot en met {date} afwezig. Voor dringende zaken: mijn collega {NAME_FULL}, {EMAIL_WORK} of {PHONE}.",
    "Automatisch antwoord: uw mail over bestelling {CUSTOMER_NUMBER_ORDER} is ontvangen. Met vriendelijke groet, "
    "{NAME_STAFF}",
    # elderly callers through speech-to-text
    "ja goedemiddag u spreekt met mevrouw eh {NAME_SURNAME} eh ik bel over mijn eh telefoon want die doet het niet",
    "mijn nummer is eh {PHONE_SPOKEN} ja dat klopt",
    "ik ben geboren op {DOB_SPOKEN} ja ik ben al wat ouder hoor",
    "ik woon op de eh {ADDRESS} ja eh dat is in {city_nl}",
    "mijn postcode is eh {POSTCODE} en het huisnummer weet ik zo niet",
    "de e-mail doet mijn kleinzoon meestal maar het is {EMAIL_SPOKEN}",
    # text copied from a PDF with broken lines
    "Hierbij machtig ik {brand} om maandelijks af te schrij-\nven van rekening {IBAN} t.n.v. {NAME_INITIALS}",
    "Verzekerde: {NAME_FULL} Polis-\nnummer: {CUSTOMER_NUMBER_POLICY} Ingangs-\ndatum: {date}",
    "Burgerservice-\nnummer {BSN} Geboorte-\ndatum {DOB}",
    # flattened tables
    "Naam | Adres | Tel\n{NAME_FULL} | {ADDRESS} | {PHONE}",
    "Klantnr | Postcode | Kenteken | Vervaldatum\n{CUSTOMER_NUMBER} | {POSTCODE} | {PLATE} | {date}",
    "Pas | Houder | Geldig t/m\n{CARD} | {NAME_CAPS} | 08/28",
    "Pasnummer: {CARD}\nVervaldatum: 11/27\nCVC: niet ingevuld",
    # JSON pasted in a chat
    '{"naam": "{NAME_FULL}", "iban": "{IBAN}", "bsn": "{BSN}"}',
    'klant plakte dit: {"postcode": "{POSTCODE}", "kenteken": "{PLATE}", "email": "{EMAIL}"}',
    "ticketdata: {klantnummer: {CUSTOMER_NUMBER}, geb: {DOB}, tel: {PHONE}}",
    # Belgian Dutch
    "Goeiendag, ik ben {NAME_BE} en ik woon in de {ADDRESS_BE}, {POSTCODE_BE} {city_be}. Mijn gsm is {PHONE_BE}.",
    "Gelieve het bedrag terug te storten op mijn rekening {IBAN_FOREIGN}, alvast bedankt, {NAME_BE}",
    "Voor mijn dossier bij jullie: klantnummer {CUSTOMER_NUMBER}, nummerplaat {PLATE}.",
    "Mijn zoon {NAME_FIRST} zit op kot, stuur de factuur naar {EMAIL} aub.",
    "Het pakje moet naar {ADDRESS_BE} in {POSTCODE_BE} {city_be}, ik ben daar pas vanaf {weekday}.",
    # Dutch written by learners
    "Ik heb probleem met rekening, mijn naam {NAME_FULL} en nummer van rekening {IBAN}, kan u helpen alstublieft",
    "Goedemorgen, ik wil pakket sturen naar mijn broer {NAME_FULL}, adres {ADDRESS} {POSTCODE}, is goed zo?",
    "Mijn geboortedag is {DOB} en burgerservicenummer {BSN}, waarom zegt systeem fout?",
    # typos
    "hallo ik heb gisteren gebelt over mijn fatuur, klantnumer {CUSTOMER_NUMBER} en mijn mail is {EMAIL}",
    "kan iemand mij terugbelen op {PHONE} ik word er gek van!!!! groetjes {NAME_LOWER}",
    "creditkaart {CARD} is gestoolen graag blokeren, laatste aankoop bij {shop} van {amount}",
    "ik heb de patientnummer {CUSTOMER_NUMBER_PATIENT} van mn moeder {NAME_FULL} niet bij de hand",
]

TEST_V8_PII = [("nl", text) for text in _NL] + TEST_V8_PII_EN
