"""Dutch and Flemish templates of test_v55: returns and marketplaces, travel, parks, lease, roadside help,
telecom, bank fraud desks, collectors and bailiffs, lotteries, charities and meter readings."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- web shops and marketplaces
    ("nl", "Retour {order} van {NAME_FULL} is ontvangen, het bedrag van {amount} gaat naar {IBAN}."),
    ("nl", "Hoi, ik ben {NAME_FIRST} en ik heb via {shop} een {product} verkocht, maar de koper betaalt niet."),
    ("nl", "Koper wil dat ik het pakket naar {ADDRESS}, {POSTCODE} {city} stuur i.p.v. naar het adres op {shop}."),
    (
        "nl",
        "Reactie van {shop}: Beste {NAME_FIRST}, vervelend dat uw {product} beschadigd aankwam. Mail ons op {EMAIL}?",
    ),
    ("nl", "Verkoper {NAME_FULL} vroeg me om buiten het platform te betalen naar {IBAN}, is dat oplichting?"),
    ("nl", "Bezorger zegt dat hij heeft aangebeld bij {ADDRESS} maar ik was de hele dag thuis. Tel {PHONE}"),
    ("nl", "Klantnummer {CUSTOMER_NUMBER} | naam: {NAME_INITIALS} | retour: {order} | status: terugbetaald"),
    (
        "nl",
        "Bezoeker heeft bestand gedeeld: foto_doos.jpg\n"
        "Bezoeker: dit is het label, postcode klopt niet, moet {POSTCODE} zijn",
    ),
    ("nl", "[image]\nGoedemiddag, ik ben {NAME_FULL} ({EMAIL}). Mijn {product} is nooit aangekomen. [link]"),
    # ---- airlines and travel agencies
    ("nl", "PIR {pir} | passagier {NAME_AIRLINE} | vlucht {flight} | bezorgadres koffer: {ADDRESS}, {POSTCODE} {city}"),
    ("nl", "Omboeken van {flight} voor {NAME_FULL} en {NAME_FULL}, geboren {DOB} en {DOB}."),
    ("nl", "Mijn koffer is zoek sinds {date}, ik ben bereikbaar op {PHONE} of {EMAIL}. Groet, {NAME_SURNAME}"),
    ("nl", "Passagiersgegevens: {NAME_AIRLINE} MRS, DOB {DOB_UPPER}, booking {booking}, tel {PHONE}"),
    ("nl", "Het reisbureau heeft mijn geboortedatum fout: het moet {DOB} zijn, niet wat op het ticket staat."),
    ("nl", "Vlucht {flight} geannuleerd, compensatie graag op rekening {IBAN} t.n.v. {NAME_INITIALS}."),
    ("nl", "Frequent flyer nummer {CUSTOMER_NUMBER_MEMBER}, de miles van {booking} zijn niet bijgeschreven."),
    # ---- hotels and holiday parks
    ("nl", "Boeking {park}: gast {NAME_FULL}, aankomst {date}, kenteken voor de slagboom {PLATE}."),
    ("nl", "Beste {NAME_FIRST}, bedankt voor uw review over {hotel}. Wilt u ons bellen? Dan kunnen we het oplossen."),
    ("nl", "De borg van {amount} is nog niet teruggestort op {IBAN}, ik was in {park} van {date} tot {date}."),
    ("nl", "Bij het inchecken in {hotel} is een kopie van mijn creditcard {CARD} gemaakt, waarom?"),
    # ---- lease, rental and roadside assistance
    ("nl", "Schade bij inleveren {PLATE}: kras achterbumper. Huurder {NAME_FULL}, contract {CUSTOMER_NUMBER_LEASE}."),
    ("nl", "Boete CJIB voor {PLATE} doorgestuurd naar de berijder {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Pechhulp: auto staat stil op de A58 bij {city}, kenteken {PLATE}, terugbellen op {PHONE}."),
    ("nl", "Lidmaatschap wegenwacht {CUSTOMER_NUMBER_MEMBER} staat op naam van mijn man {NAME_FULL}."),
    ("nl", "Hallo {lease}, ik ben {NAME_FULL} en mijn leasecontract {CUSTOMER_NUMBER_LEASE} loopt af op {date}."),
    ("nl", "Ge kunt de wagen {PLATE_BE} morgen ophalen aan de {ADDRESS_BE} in {city}, groetjes {NAME_FIRST}"),
    ("nl", "Bekeuring Parkeren {city}: kenteken {PLATE}, houder volgens RDW {NAME_UPPER}."),
    # ---- telecom: porting and SIM swaps
    ("nl", "Nummerbehoud aangevraagd voor {PHONE}, klantnummer oude provider {CUSTOMER_NUMBER_TELECOM}."),
    ("nl", "Ik heb GEEN nieuwe simkaart aangevraagd! Mijn nummer {PHONE} doet het ineens niet meer. {NAME_FULL}"),
    (
        "nl",
        "Agent joined\nAgent: Mag ik uw klantnummer?\nKlant: {CUSTOMER_NUMBER_TELECOM}\nKlant: en geboortedatum {DOB}",
    ),
    ("nl", "Voor de simswap moet ik uw identiteit controleren: naam {NAME_FULL}, postcode {POSTCODE}, huisnummer?"),
    ("nl", "IVR 08:14:02 DTMF_INPUT={PHONE_DTMF} menu=porting result=match klant={CUSTOMER_NUMBER_TELECOM}"),
    ("nl", "Klant belt: nummer is {PHONE_SPOKEN}, wil de eSIM overzetten naar een nieuwe telefoon."),
    ("nl", "Facturen van {telco} graag naar {EMAIL_HIDDEN} en niet meer naar het oude adres."),
    # ---- bank fraud desk
    ("nl", "Ik werd gebeld door iemand van de {bank} fraudeafdeling, het nummer leek echt. Ik heb {IBAN} genoemd."),
    ("nl", "Fraudemelding: klant {NAME_FULL}, BSN {BSN}, pas {CARD} geblokkeerd om {time}."),
    ("nl", "Er is {amount} overgemaakt naar {IBAN_SPOKEN}, dat was niet ik!"),
    ("nl", "Phishing-sms ontvangen op {PHONE}, ik heb op de link geklikt en mijn kaartnummer {CARD} ingevuld."),
    ("nl", "Mijn moeder {NAME_FULL} ({DOB}) is opgelicht via WhatsApp, haar rekening is {IBAN}."),
    ("nl", "Terugbelverzoek fraude: {NAME_SURNAME}, {PHONE}, voorkeur na {time}."),
    # ---- collectors and bailiffs
    ("nl", "Betalingsregeling dossier {CUSTOMER_NUMBER_DEBT}: {amount} per maand vanaf {date}, rekening {IBAN}."),
    ("nl", "Ik heb een brief van de deurwaarder gekregen op {ADDRESS} maar ik woon daar al {count} jaar niet meer."),
    ("nl", "Schuldenaar: {NAME_UPPER}\nBSN: {BSN}\nGeb.: {DOB}\nDossier: {CUSTOMER_NUMBER_DEBT}"),
    ("nl", "Namens mijn cliënt {NAME_FULL} verzoek ik u de incasso van dossier {CUSTOMER_NUMBER_DEBT} op te schorten."),
    ("nl", "Ik kan {amount} per maand missen. Mijn bsn is {BSN_SPOKEN}, belt u mij terug op {PHONE}?"),
    # ---- lotteries and charities
    ("nl", "Ik wil mijn lot {CUSTOMER_NUMBER_MEMBER} opzeggen, de afschrijving gaat van {IBAN}. Mvg {NAME_FULL}"),
    ("nl", "Donateur {NAME_INITIALS}, {ADDRESS}, {POSTCODE_SPOKEN}, wil de machtiging aan {charity} stoppen."),
    ("nl", "Gefeliciteerd {NAME_FIRST}! Uw postcode {POSTCODE} is getrokken. Dit bericht is nep toch?"),
    ("nl", "Mail van {charity} gaat naar {EMAIL_UPPER}, dat is het adres van mijn overleden vader."),
    # ---- energy meter readings
    ("nl", "Meterstand {reading} doorgegeven voor {ADDRESS}, {POSTCODE}. Klantnummer {CUSTOMER_NUMBER_ENERGY}."),
    ("nl", "Ik ben verhuisd naar {ADDRESS_UPPER} in {city}, nieuw klantnummer {CUSTOMER_NUMBER_ENERGY}?"),
    (
        "nl",
        "Energieklant {CUSTOMER_NUMBER_ENERGY}, {NAME_FULL}: de slimme meter geeft {reading} maar ik ben nooit thuis.",
    ),
    # ---- OCR of scanned letters, fax
    (
        "nl",
        "Geachte heer/mevrouw,\nOndergetekende, {NAME_FULL}, wonen-\n"
        "de te {ADDRESS}, verzoekt u hier-\nbij de beta1ing te stoppen.",
    ),
    ("nl", "FAX {time} p.1/2\nAan: afd. Debiteuren\nVan: {NAME_UPPER}\nBSN {BSN} - geb. {DOB}\nBetreft: aanmaninq"),
    ("nl", "Postcode en huis-\nnummer: {POSTCODE}  {count}\nRekeningnr.: {IBAN}\nHandtekening: ........"),
    # ---- ticket exports and YAML
    ("nl", "klant_naam={NAME_FULL};klant_email={EMAIL};kanaal=chat;onderwerp=retour;order={order}"),
    ("nl", "ticket: {ticket}\ncontact:\n  naam: {NAME_FULL}\n  telefoon: '{PHONE}'\n  postcode: {POSTCODE}"),
    ("nl", "veld.geboortedatum={DOB} veld.bsn={BSN} veld.iban={IBAN} status=wacht_op_klant"),
    ("nl", "kenteken: {PLATE}\nhuurder: {NAME_SURNAME}\nschade: ja\nfoto's: 4 [image]"),
    # ---- social DMs and reviews
    ("nl", "@{telco} al 3 dagen geen bereik in {city}! dm me maar, ben {NAME_FIRST}, 06 is {PHONE}"),
    ("nl", "Messenger: Hoi! Ik ben {NAME_FULL} uit {city}, hebben jullie mijn pakket gezien? Postcode {POSTCODE}"),
    ("nl", "Reactie bedrijf: Hallo {NAME_FIRST}, we hebben je creditcard {CARD} niet nodig, deel die nooit in een DM."),
    ("nl", "Dag, {NAME_FULL} hier uit {city}. Mijn kaartnummer {CARD} werd gebruikt in een webshop die ik niet ken."),
    ("nl", "Allee, den Bpost heeft mijn pak afgeleverd op {ADDRESS_BE} maar da's mijn adres niet. {PHONE}"),
    ("nl", "Wie kan mij helpen, ik ben {NAME_FULL}, geboren op {DOB}, en mijn BSN {BSN} staat op een vreemde brief."),
    ("nl", "Ik ben niet de eigenaar van {PLATE}, die boete moet naar {NAME_FULL}, die heeft de auto gekocht."),
    ("nl", "Oma {NAME_FULL} (geb. {DOB}) woont nu in het verzorgingshuis, post naar {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "De koper {NAME_LOWER} heeft {amount} betaald maar zegt dat {product} kapot is aangekomen."),
    ("nl", "Stuur de nieuwe simkaart naar {ADDRESS}, {POSTCODE}, t.a.v. {NAME_INITIALS}, mailadres {EMAIL_SPOKEN}."),
]
