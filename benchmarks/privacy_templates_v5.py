"""Templates of the held-out test_v5 split, in frames a contact centre sees every day: chatbot hand-overs, CRM
notes with field labels, e-mail with quoted replies and signatures, complaint and web forms, social media,
speech-analytics transcripts, letters from lawyers and debt collectors, moving notices, insurance claims, meter
readings, number porting, returns, marketplace messages, Flemish, tourists' and expats' English and a mix of both.

Written by someone who never saw the redaction rules, and scored once by someone else: do not tune on it.
Dutch templates here, English ones in `privacy_templates_v5_en`, sentences without personal data in
`privacy_templates_v5_clean`. A slot `POSTCODE_<TOWN>` draws a postcode of that town (see `privacy_fillers_v5`).
"""

from __future__ import annotations

from benchmarks.privacy_templates_v5_clean import TEST_V5_CLEAN
from benchmarks.privacy_templates_v5_en import TEST_V5_PII_EN

__all__ = ["TEST_V5_CLEAN", "TEST_V5_PII"]

_NL = [
    # Chatbot hand-overs.
    "[Overdracht chatbot] Klant: {NAME_FULL} · Onderwerp: {topic_nl} · Geverifieerd met postcode {POSTCODE} · "
    "Wachttijd {minutes} min · Sentiment: negatief",
    "Bot-samenvatting: klant wil {topic_nl}. Opgegeven e-mail: {EMAIL}. Terugbelnummer: {PHONE_MOBILE}. "
    "Klant kon niet worden geïdentificeerd.",
    "Chatbot → medewerker: 'ik heb al 3x mijn klantnummer ingevuld ({CUSTOMER_NUMBER}) en hij snapt het niet' — "
    "klant boos, graag snel oppakken.",
    "Overgedragen door virtuele assistent. Antwoorden: naam = {NAME_LOWER}; geboortedatum = {DOB}; "
    "postcode = {POSTCODE}.",
    # CRM notes.
    "CRM {date} {time} | Relatienr. {CUSTOMER_NUMBER} | Dhr. {NAME_SURNAME} belde over de jaarafrekening, stand "
    "{meter} doorgegeven. Terugbellen op {PHONE}.",
    "Notitie: mw. {NAME_INITIALS} wil voortaan per e-mail ({EMAIL}) gefactureerd worden i.p.v. per post. Aangepast.",
    "Contactmoment – kanaal: telefoon – naam: {NAME_UPPER} – geb.datum: {DOB} – BSN gecontroleerd: {BSN} – actie: "
    "machtiging ingetrokken",
    "{NAME_FIRST} heeft vanochtend ook al gebeld over dezelfde storing, zie vorige notitie. Voicemail ingesproken.",
    "Wrap-up: adreswijziging verwerkt naar {ADDRESS}, {POSTCODE_UTRECHT} Utrecht, ingangsdatum {date}. Oude "
    "aansluiting afgesloten.",
    "Doorverbonden met {NAME_FULL} van de afdeling incasso, die neemt het dossier over.",
    # E-mail with quoted replies and signatures.
    "Goedemiddag,\n\nIk wacht nog steeds op een reactie.\n\n> Op {sent_nl} schreef {NAME_FULL} <{EMAIL}>:\n> Graag "
    "mijn termijnbedrag verlagen naar {amount}.",
    "Zie hieronder mijn eerdere mail.\n\n-----Oorspronkelijk bericht-----\nVan: {EMAIL}\nVerzonden: {sent_nl}\n"
    "Onderwerp: opzegging contract {CUSTOMER_NUMBER_CONTRACT}",
    "> Beste {NAME_FIRST}, kunt u uw rekeningnummer nog eens controleren?\nDat heb ik gedaan, het klopt echt: "
    "{IBAN}. Wilt u nu terugstorten?",
    "Met vriendelijke groet,\n\n{NAME_INITIALS}\n{ADDRESS}\n{POSTCODE_GRONINGEN} Groningen\nT {PHONE}",
    "Mijn e-mailadres is veranderd, het nieuwe: {EMAIL_OBF} (zo geschreven vanwege spam).",
    "Stuur de offerte naar mijn werkmail {EMAIL_WORK} aub, mijn privémail lees ik nauwelijks.",
    # Complaint and web forms.
    "Klachtformulier | Naam: {NAME_FULL} | Adres: {ADDRESS} | Postcode/plaats: {POSTCODE_TILBURG} Tilburg | "
    "Klacht: monteur niet verschenen op {date}",
    "Webformulier klacht – Omschrijving: ik ben {NAME_DOUBLE} en ik ben het niet eens met de incasso van {amount}. "
    "Klantnummer: {CUSTOMER_NUMBER}.",
    "Ingevuld formulier:\nVoornaam: {NAME_FIRST}\nAchternaam: {NAME_SURNAME}\nE-mailadres: {EMAIL}\n"
    "Telefoon: {PHONE_MOBILE}",
    "Formulier DigiD-hulp — BSN: {BSN} / Geboortedatum: {DOB} / Postcode: {POSTCODE}",
    # Social media.
    "@{handle} al twee weken geen internet en niemand belt terug. Klantnr {CUSTOMER_NUMBER}, doe er wat aan!!",
    "Hoi {NAME_FIRST}, wat vervelend! Stuur ons een DM met je postcode en huisnummer, dan kijken we mee. ^Webcare",
    "Reactie op Facebook van {NAME_FULL}: 'Weer een pakket kwijt bij jullie, nooit meer!'",
    "DM: hier mijn gegevens hoor {NAME_LOWER}, {ADDRESS}, {POSTCODE}. zet het nou gwn door",
    # Speech analytics.
    "transcript: ja goedemiddag u spreekt met {NAME_LOWER} ik bel over mijn factuur mijn nummer is {PHONE_SPOKEN}",
    "[auto-samenvatting gesprek] Beller noemde geboortedatum {DOB_SPOKEN} en postcode {POSTCODE}; verificatie "
    "geslaagd; onderwerp {topic_nl}.",
    "spraak-naar-tekst: mijn burgerservicenummer is {BSN_SPOKEN} en ik wil weten waarom mijn toeslag gestopt is",
    "transcript klant: mijn mailadres is {EMAIL_SPOKEN} heeft u dat",
    "gesprek {time} agent: mag ik uw klantnummer klant: ja dat is {CUSTOMER_NUMBER} agent: dank u wel mevrouw "
    "{NAME_SURNAME}",
    "spraak-naar-tekst: kaartnummer {CARD} geldig tot {expiry}",
    # Lawyers, bailiffs and debt collectors.
    "Namens onze cliënte {shop} sommeren wij u, {NAME_INITIALS}, wonende aan de {ADDRESS} te {city}, het "
    "openstaande bedrag van {amount} binnen veertien dagen te voldoen. Ons kenmerk: {CUSTOMER_NUMBER_CASE}.",
    "Incassobureau {collector} – dossier {CUSTOMER_NUMBER_CASE} t.n.v. {NAME_DOUBLE}. Regeling gevraagd, klant belt "
    "terug via {PHONE}.",
    "Geachte heer {NAME_SURNAME},\n\nUit onze administratie blijkt dat de factuur van {date} nog openstaat. Vermeld "
    "bij betaling dossiernummer {CUSTOMER_NUMBER_CASE}.",
    "Deurwaarder kondigt loonbeslag aan voor {NAME_FULL}, geboren {DOB}, BSN {BSN}.",
    "Hoogachtend,\n\nmr. {NAME_INITIALS}\nadvocaat\nUw kenmerk: {CUSTOMER_NUMBER_CASE}",
    # Moving notices.
    "Verhuisbericht: per {date} verhuizen wij van {ADDRESS} naar {ADDRESS}, {POSTCODE_ALMERE} Almere. Het "
    "contract staat op naam van {NAME_FULL}.",
    "Ik ga verhuizen! Nieuw adres wordt {ADDRESS} in {city}. Kunnen jullie de aansluiting meeverhuizen?",
    "Verhuizing doorgeven — oud: {POSTCODE} / nieuw: {POSTCODE_ENSCHEDE} Enschede — klantnummer {CUSTOMER_NUMBER}",
    # Insurance claims.
    "Schademelding polis {CUSTOMER_NUMBER_POLICY}: aanrijding op de A12, kenteken tegenpartij {PLATE}, bestuurder "
    "{NAME_FULL}, bereikbaar op {PHONE_MOBILE}.",
    "Mijn auto ({PLATE}, {car}) is gisteren aangereden op het parkeerterrein van {shop}. Polisnummer heb ik niet "
    "bij de hand.",
    "Schadeformulier – verzekerde: {NAME_INITIALS}, polisnr. {CUSTOMER_NUMBER_POLICY}, schadedatum {date}, "
    "uitkeren op {IBAN}.",
    "Inbraak gemeld bij de politie, laptop en fiets weg. Adres: {ADDRESS}, {POSTCODE_LEIDEN} Leiden.",
    "Kunt u polis {CUSTOMER_NUMBER_POLICY} omzetten naar maandelijkse betaling?",
    # Energy.
    "Meterstanden: klantnummer {CUSTOMER_NUMBER}, stroom normaal {meter}, dal {meter}, opgenomen {date}.",
    "Slimme meter geplaatst bij {ADDRESS} maar de app laat nog steeds niks zien. Groet, {NAME_FIRST}",
    "Ik wil mijn termijnbedrag aanpassen. Het wordt nu afgeschreven van {IBAN} maar dat is mijn oude rekening.",
    # Telecom: number porting, lost SIM.
    "Nummerbehoud: over te zetten nummer {PHONE_MOBILE}, huidige provider {telco}, contractnummer bij oude "
    "provider {CUSTOMER_NUMBER_CONTRACT}, abonnementhouder {NAME_FULL}.",
    "Ik wil {PHONE} meenemen naar jullie, maar de overstapservice zegt dat de gegevens niet kloppen.",
    "Simkaart kwijt, graag {PHONE_MOBILE} blokkeren. Contractnummer {CUSTOMER_NUMBER_CONTRACT}.",
    # Returns and marketplace.
    "Retourformulier – product: {product} – reden: defect bij levering – terugbetalen op {IBAN} t.n.v. {NAME_INITIALS}",
    "Retour aangemeld, maar ophalen moet op {ADDRESS} en niet op mijn werkadres. {NAME_FIRST}",
    "Hoi, is de {item} nog beschikbaar? Ik kan vanavond ophalen in {city}. Mijn nummer: {PHONE_MOBILE}. Groetjes, "
    "{NAME_FIRST}",
    "Bericht van koper via het partnerplatform: {NAME_FULL} vraagt of het pakket ook naar {ADDRESS} kan.",
    "Verkoper stuurde me een betaalverzoek naar {IBAN_ANY}, is dat te vertrouwen? Naam op het verzoek: {NAME_FULL}",
    # Flemish.
    "Goeiendag, ik ben {NAME_BE} en ik woon in de {ADDRESS_BE}, {POSTCODE_GENT} Gent. Mijn nummer is {PHONE_BE}.",
    "Kunt ge het bedrag terugstorten op {IBAN_BE}? Alvast merci! {NAME_FIRST_BE}",
    "Ik ben geflitst met mijn wagen ({PLATE_BE}) op de E40, maar ik reed toen zelf niet.",
    "Mijn bankkaart {CARD_MAESTRO} werkt niet meer aan de kassa van de Colruyt, ligt dat aan jullie?",
    "Nieuw adres: {ADDRESS_BE}, {POSTCODE_ANTWERPEN} Antwerpen. Gelieve de facturen voortaan daarheen te sturen. "
    "Mvg, {NAME_BE}",
    "Mail mij gerust op {EMAIL_BE}, of bel naar {PHONE_BE} na 17u.",
    "Leveradres aanpassen naar postcode {POSTCODE_BE} aub, huisnummer en straat blijven hetzelfde.",
    "Ik ben geboren op {DOB_WRITTEN} en mijn klantennummer is {CUSTOMER_NUMBER}, volstaat dat om mij te identificeren?",
    "Ons appartement in de {ADDRESS_BE} te {POSTCODE_LEUVEN} Leuven staat vanaf {date} leeg, gelieve de meter af "
    "te sluiten.",
    # Dutch with English in it.
    "Hi, ik ben net verhuisd naar {ADDRESS}, {POSTCODE_AMSTERDAM} Amsterdam, en mijn internet werkt nog niet. Can "
    "someone call me back on {PHONE_UK}? Thanks, {NAME_EN}",
    "Sorry voor mijn Nederlands. Mijn naam is {NAME_EN}, my BSN is {BSN}, ik heb een brief gekregen over {topic_nl}.",
    # Payment cards.
    "Mijn creditcard {CARD} is gestolen in de trein, graag direct blokkeren!",
    "Fraudemelding: onbekende afschrijving van {amount} bij {shop} met kaart {CARD}; kaarthouder {NAME_FULL}.",
    "Per ongeluk met mijn Amex ({CARD_AMEX}) betaald in plaats van met iDEAL, kan dat worden teruggedraaid?",
    # Number plates.
    "Parkeervergunning: kenteken wijzigen van {PLATE} naar {PLATE}, ingangsdatum {date}.",
    "Leaseauto {PLATE} moet voor de APK, kan ik {weekday} terecht bij de dealer in {city}?",
    "Laadpas graag koppelen aan kenteken {PLATE}, de oude auto heb ik verkocht.",
    "Bij de slagboom werd {PLATE} niet herkend en nu staat mijn abonnement op 'geblokkeerd'.",
    # Dates of birth.
    "Geboortedatum klopt niet in Mijn Omgeving: er staat {DOB} maar ik ben geboren op {DOB_WRITTEN}.",
    "Met verdriet melden wij dat {NAME_FULL} ({DOB}) is overleden. Als zoon wil ik het abonnement opzeggen.",
    "Graag {NAME_FIRST} (onze jongste) bijschrijven op mijn polis. Geboren op {DOB_CHILD}, BSN {BSN}.",
    "Mijn zoon is van {DOB_CHILD}, mag hij al zelf een abonnement afsluiten?",
    # Memberships and other numbers.
    "Betreft: {CUSTOMER_NUMBER} — opzegging per {date}",
    "Lidmaatschap opzeggen: lidnummer {CUSTOMER_NUMBER_MEMBER}, naam {NAME_FULL}.",
    "Het nummer op mijn ledenpas ({CUSTOMER_NUMBER_MEMBER}) wordt niet geaccepteerd bij de kassa van de sportschool.",
    "Mijn sofinummer is {BSN}, dat staat ook op mijn loonstrook.",
    "Graag het abonnementsgeld voortaan afschrijven van {IBAN} in plaats van {IBAN}.",
]
TEST_V5_PII: list[tuple[str, str]] = [("nl", text) for text in _NL] + TEST_V5_PII_EN
