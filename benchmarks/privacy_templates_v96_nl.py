"""Dutch and Flemish templates of test_v96."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- driving lessons, automatic cars
    ("nl", "Intercom | {NAME_FULL}: hoi, ik wil een proefles automaat boeken, bel me op {PHONE} aub"),
    ("nl", "Intercom | Bot {bot}: Wat is je e-mailadres? | Bezoeker: {EMAIL}"),
    ("nl", "Leerling {NAME_FULL} (geb. {DOB}) start {weekday} met het lespakket automaat, lesauto {product}."),
    ("nl", "Wij hebben uw CBR-reservering gedaan met BSN {BSN} en geboortedatum {DOB}."),
    ("nl", "Wollah ik heb al 3x gebeld, mijn nummer is {PHONE}, groetjes {NAME_FIRST}"),
    (
        "nl",
        "Lesgeld terug op {IBAN_NL}, t.n.v. {NAME_INITIALS}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("nl", "AGENT NOTITIE: LEERLING {NAME_CAPS} BELDE, WIL OPHALEN OP {ADDRESS} OM {time}."),
    # ---- bouncy castles
    ("nl", "Naam\tAdres\tPostcode\tDatum feest\n{NAME_FULL}\t{ADDRESS}\t{POSTCODE}\t{date}"),
    ("nl", "Springkussen 'Piratenschip' graag leveren bij {NAME_SURNAME}, {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Borg van {amount} is gereserveerd op kaart {CARD}, huurder {NAME_FULL}."),
    ("nl", "Beste, (mijn naam: {NAME_FULL}) (adres: {ADDRESS}) (tel: {PHONE}) ik wil het springkussen voor zaterdag."),
    ("nl", "Contractnummer {CUSTOMER_NUMBER_CONTRACT}: huurder {NAME_FULL} heeft de borg nog niet terug."),
    ("nl", "> Kunt u uw adres doorgeven?\nJa hoor, {ADDRESS} in {town}, postcode {POSTCODE}."),
    # ---- hearing aid batteries
    ("nl", "Graag 6 pakjes batterijen maat 312 naar {ADDRESS}, {POSTCODE} {town}, op naam van mevr. {NAME_SURNAME}."),
    ("nl", "Mijn vader {NAME_FULL} krijgt de batterijen via de zorgverzekering, polisnummer {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "[x] Automatische incasso van {IBAN}  [ ] Acceptgiro  Naam rekeninghouder: {NAME_INITIALS}"),
    ("nl", "Lidnummer {CUSTOMER_NUMBER_MEMBER}, geboortedatum {DOB}, maat 13 graag."),
    ("nl", "Ik ben doof aan één kant, bel me dus liever niet maar mail naar {EMAIL}. Mvg {NAME_FULL}"),
    # ---- crematorium
    ("nl", "Aanmelding crematie: overledene {NAME_FULL}, geboren {DOB}, BSN {BSN}."),
    ("nl", "Contactpersoon familie: {NAME_FULL}, {PHONE}, {EMAIL}."),
    ("nl", "Factuur uitvaart graag naar {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Wij willen de as ophalen op {weekday}; mijn broer {NAME_FIRST} komt mee, zijn nummer is {PHONE}."),
    ("nl", "Inna lillahi, mijn oom {NAME_FULL} is overleden, kunnen jullie mijn neef bellen op {PHONE_ABROAD}?"),
    ("nl", "Het condoleanceregister staat op naam van {NAME_FULL}, bankrekening voor bloemen: {IBAN}."),
    # ---- solar boilers
    ("nl", "Onderhoud zonneboiler bij {NAME_FULL}, {ADDRESS}, {POSTCODE}; contract {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Klant\tTelefoon\tContract\n{NAME_CAPS}\t{PHONE}\t{CUSTOMER_NUMBER_CONTRACT}"),
    ("nl", "De monteur komt {weekday} tussen 8 en 12, bel bij verhindering {NAME_FIRST} op {PHONE}."),
    ("nl", "MONTEUR NOTITIE: KLANT {NAME_CAPS}, ADRES {ADDRESS}, BUSJE {PLATE} VOOR DE DEUR."),
    ("nl", "Ik heb de zonneboiler in 2019 gekocht, klantnummer {CUSTOMER_NUMBER_CUSTOMER}, adres {ADDRESS}."),
    # ---- indoor ski rental
    ("nl", "Skihuur SnowWorld: {NAME_FULL}, schoenmaat 42, lidkaart {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Mijn zoon {NAME_FIRST} (geboren {DOB}) wil op skiles, ik ben {NAME_FULL}."),
    ("nl", "Ik heb betaald met {CARD} maar de skipas staat nog niet in de app. {NAME_LOWER}"),
    ("nl", "Parkeren bij de skihal: kenteken {PLATE} van {NAME_FULL} staat op de witte lijst."),
    # ---- lost and found
    ("nl", "Gevonden voorwerpen: portemonnee met rijbewijs van {NAME_FULL}, geboren {DOB}."),
    ("nl", "Ik ben mijn tas verloren in de trein naar {city}; bel me op {PHONE} of mail {EMAIL}."),
    ("nl", "In de jas zat een pasje met naam {NAME_FULL} en adres {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Menu: toets uw telefoonnummer in gevolgd door een hekje. Klant toetst: {PHONE_KEYPAD}"),
    ("nl", "Menu: toets uw BSN in. Klant toetst: {BSN_KEYPAD} | Menu: dank u, u wordt doorverbonden."),
    ("nl", "Mijn laptop lag in de lounge, het is een grijze Dell; naam {NAME_FULL}, tel {PHONE_SPOKEN}."),
    ("nl", "Wa is da nu, mijn gsm kwijt in station {city}, mijn nummer is {PHONE_ABROAD}, mvg {NAME_FIRST}"),
    # ---- allotments water meters
    ("nl", "Meterstand tuin 14: 352 m3, tuinder {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "[ ] Nieuwe tuinder  [x] Bestaande tuinder  Naam: {NAME_FULL}  Rekening: {IBAN}"),
    ("nl", "> De watermeter op uw tuin is afgelezen.\nDat klopt niet, groet {NAME_FULL} ({PHONE})"),
    ("nl", "Contributie en water graag afschrijven van {IBAN_NL}, lid {NAME_SURNAME}."),
    ("nl", "Mas, de meter van mijn tuin lekt, bel aja naar {PHONE}, terima kasih, {NAME_FULL}"),
    # ---- bicycle courier subscriptions
    ("nl", "Abonnement fietskoerier: bedrijf van {NAME_FULL}, ophaaladres {ADDRESS}, {POSTCODE}."),
    ("nl", "Ik wil mijn abonnement {CUSTOMER_NUMBER_CONTRACT} opzeggen, mvg {NAME_INITIALS}."),
    ("nl", "Intercom | {NAME_NICK}: de koerier stond niet bij {ADDRESS} vandaag"),
    ("nl", "Factuuradres: {NAME_FULL}, {ADDRESS}, {POSTCODE_BE} {town}; btw verlegd."),
    # ---- language courses for newcomers
    ("nl", "Inschrijving taalcursus: {NAME_FULL}, geboortedatum {DOB}, BSN {BSN}, tel. {PHONE}."),
    ("nl", "Cursist {NAME_FULL} woont sinds kort op {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Ik ben {NAME_FULL} uit Syrië, mijn e-mail is {EMAIL_SPOKEN}."),
    ("nl", "DUO-lening: graag naar rekening {IBAN} van {NAME_FULL}."),
    ("nl", "Wallah juf, ik kan niet komen, mijn dochter {NAME_FIRST} is ziek. Mijn nummer {PHONE}"),
    ("nl", "Mijn BSN is {BSN_SPOKEN}, dat zei de gemeente."),
    # ---- mixed
    ("nl", "Hallo (naam {NAME_FULL}) (geboortedatum {DOB}) (bsn {BSN}) alstublieft helpen."),
    ("nl", "Klantnr {CUSTOMER_NUMBER_CUSTOMER} - auto {PLATE_ABROAD} - eigenaar {NAME_FULL}"),
    ("nl", "Ge moogt mij bellen op {PHONE_ABROAD}, ik woon in {POSTCODE_BE} Antwerpen."),
    ("nl", "Naam;Geboortedatum;Postcode\n{NAME_FULL};{DOB};{POSTCODE}"),
    ("nl", "Ingevuld formulier: [x] meneer [ ] mevrouw | Naam {NAME_SURNAME} | Kenteken {PLATE}"),
]
