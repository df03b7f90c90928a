"""Dutch and Flemish templates of test_v110: vets, tool rental, ferries, thuiszorg, mortgage advice, sports clubs,
music lessons, ski rental, photo prints and energy subsidies, in Freshdesk dumps, LinkedIn and Messenger, faxed
forms read by OCR, Zeeland, Drenthe and West-Flemish writing, XML, timed call recordings and complaint forms."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- veterinary clinics
    ("nl", "Ticket #{ticket} | Aanvrager: {NAME_FULL} <{EMAIL}> | Onderwerp: factuur castratie {pet} | Status: Open"),
    (
        "nl",
        "Goeiendag, 'k è gister m'n {species} bie julder gehad en de rekening twee keer betaeld van {IBAN_NL}. "
        "Groeten, {NAME_FIRST}",
    ),
    (
        "nl",
        "[{stamp}] Assistente: voor de verzekering, uw eigen geboortedatum? [{stamp2}] Klant: {DOB_SPOKEN} "
        "[{stamp3}] Assistente + klant (door elkaar): ja— ja, die",
    ),
    (
        "nl",
        "<eigenaar><naam>{NAME_FULL}</naam><adres>{ADDRESS}</adres><pc>{POSTCODE}</pc></eigenaar><dier>{pet}</dier>",
    ),
    ("nl", "Messenger · {NAME_FULL}: hoi, kan {pet} morgen terecht voor de enting? bel me ff op {PHONE}"),
    (
        "nl",
        "Klachtformulier\n[x] Behandeling  [ ] Factuur  [ ] Bejegening\nNaam eigenaar: {PHONE}\nTelefoon: {NAME_FULL}\n"
        "Klantnr.: {CUSTOMER_NUMBER_CLIENT}",
    ),
    (
        "nl",
        "Declaratie dierenverzekering, polis {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_INITIALS}, uitkeren op {IBAN}.",
    ),
    (
        "nl",
        "Dag, 'k zoun ne rendez-vous willen veur onzen {species} {pet}. Belt mij mo op {PHONE_BE}, 't is {NAME_FIRST}.",
    ),
    (
        "nl",
        "VERWIJSBRIEF ~ Patient: {pet} ({species}) ¦ Eigenaar: {NAME_OCR} ¦ Tel: {PHONE} ¦ Klantnummer: "
        "{CUSTOMER_NUMBER_CLIENT} ¦ pag. 1/2",
    ),
    (
        "nl",
        "Kunnen jim bie oons langs kommen veur de geit? Wi'j wonen an {ADDRESS}, {POSTCODE} {town_dr}. {NAME_SURNAME}",
    ),
    ("nl", "Creditcard {CARD} is twee keer belast voor de operatie van {pet}, elke keer {amount}. Graag terugboeken."),
    # ---- tool rental
    (
        "nl",
        "Huurovereenkomst {CUSTOMER_NUMBER_CONTRACT}: {tool}, huurder {NAME_FULL}, borg {amount} via kaart {CARD}.",
    ),
    (
        "nl",
        "#{ticket} [Verhuur {town}] van: {EMAIL}\nOnderwerp: borg nog niet terug\nBericht: de {tool} is op {date} "
        "teruggebracht.\nGroet, {NAME_FIRST}",
    ),
    ("nl", "Aanhangwagen met kenteken {PLATE} is niet teruggebracht; huurder {NAME_FULL}, tel. {PHONE}."),
    (
        "nl",
        "LinkedIn · {NAME_FULL} · Uitvoerder bij een aannemer: kunnen jullie de hoogwerker leveren op {ADDRESS}, "
        "{POSTCODE}?",
    ),
    (
        "nl",
        "Ier is {NAME_FULL}, 'k een gisteren nen trilplaat gehuurd mo tis kapot. Klantnummer "
        "{CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    (
        "nl",
        "Camionette {PLATE_BE} van {NAME_FULL} staat nog op onze parking in {town_be}, gsm {PHONE_BE} neemt niet op.",
    ),
    (
        "nl",
        "[ ] Schade  [x] Te laat geleverd  [ ] Anders: ______\nAdres: {CUSTOMER_NUMBER_CONTRACT}\nHuurnummer: "
        "{ADDRESS}\n"
        "Naam: {NAME_LOWER}",
    ),
    (
        "nl",
        "[{stamp}] MEDEWERKER: welk kenteken heeft de auto met de trekhaak? [{stamp2}] KLANT: eh, {PLATE} "
        "[{stamp3}] MEDEWERKER/KLANT (overlap): —ja die, die grijze",
    ),
    ("nl", "Naam | Klantnr | Tel\n{NAME_FULL} | {CUSTOMER_NUMBER_CUSTOMER} | {PHONE}\n(export verhuurbalie {town})"),
    # ---- ferry bookings
    ("nl", "Boeking {CUSTOMER_NUMBER_BOOKING} op naam van {NAME_FULL}, voertuig {PLATE}, afvaart {date} om {time}."),
    ("nl", "Passagiers:\n1. {NAME_FULL} ({DOB})\n2. {NAME_FULL} ({DOB})\nVoertuig: {PLATE_ABROAD} met fietsendrager"),
    (
        "nl",
        '<booking ref="{CUSTOMER_NUMBER_BOOKING}"><lead>{NAME_CAPS}</lead><tel>{PHONE_ABROAD}</tel>'
        "<kenteken>{PLATE}</kenteken></booking>",
    ),
    ("nl", "Me man en ik gaon mee de boot nae Engeland, mee d'n auto {PLATE}. 't Staot op naem van {NAME_INITIALS}."),
    (
        "nl",
        "Messenger\n{NAME_FIRST}: heb dubbel betaald voor de overtocht?? dit is de kaart: {CARD}\nVeerbot: Dank je!",
    ),
    (
        "nl",
        "Restitutie geannuleerde overtocht graag naar {IBAN}, t.n.v. {NAME_FULL}, boekingsnummer "
        "{CUSTOMER_NUMBER_BOOKING}.",
    ),
    (
        "nl",
        "[{stamp}] Agent: en uw e-mailadres? [{stamp2}] Klant: {EMAIL_SPOKEN} [{stamp3}] Agent (tegelijk): sorry, u "
        "viel even weg",
    ),
    ("nl", "Geboortedatum hoofdboeker: {DOB} | Paspoort gecontroleerd bij de slagboom | Naam: {NAME_TYPO}"),
    # ---- home care
    (
        "nl",
        "Intake thuiszorg: cliënt {NAME_FULL}, geb. {DOB}, BSN {BSN}, woont op {ADDRESS}, {POSTCODE} {town}.",
    ),
    ("nl", "AANVRAAG WIJKVERPLEGING ; Naam: {NAME_CAPS} | BSN: {BSN} I Geb.datum: {DOB} ~ huisarts te {town}"),
    ("nl", "Mien moeder {NAME_FULL} hef zörg neudig, ze woont an {ADDRESS} in {town_dr}. Bel mij mar op {PHONE}."),
    (
        "nl",
        "[{stamp}] Wijkverpleegkundige: wat is het BSN van uw vader? [{stamp2}] Dochter: {BSN_SPOKEN} "
        "[{stamp3}] (beiden praten tegelijk) Wijkverpleegkundige: —nog één keer?",
    ),
    ("nl", '<client id="{CUSTOMER_NUMBER_CLIENT}"><bsn>{BSN}</bsn><naam>{NAME_FULL}</naam><tel>{PHONE}</tel></client>'),
    ("nl", "Moeder {NAME_FULL} (rijksregister {BSN_BE}) eit thuisverpleging nodig vanaf {date}, tis in {town_be}."),
    (
        "nl",
        "Klachtenformulier Thuiszorg\n[x] Zorgverlener te laat  [ ] Rooster\nNaam cliënt: {NAME_FULL}\n"
        "BSN: {DOB}\nGeboortedatum: {BSN}",
    ),
    ("nl", "Hoi, ik ben {NAME_FIRST}, mantelzorger van meneer {NAME_SURNAME}. Kan de avondronde eerder? {PHONE}"),
    (
        "nl",
        "Van: {EMAIL}\nAan: planning@thuiszorg-zuidwest.nl\nOnderwerp: rooster mevrouw {NAME_SURNAME}\n\n"
        "Ze is {weekday} niet thuis.",
    ),
    # ---- mortgage advisers
    ("nl", "Hypotheekaanvraag: {NAME_FULL}, geboren {DOB}, BSN {BSN}, leningdeel {CUSTOMER_NUMBER_CONTRACT}."),
    (
        "nl",
        "LinkedIn-bericht\nHoi {NAME_FIRST}, we willen een huis kopen op {ADDRESS} in {town}. Kun je me bellen? "
        "{PHONE}",
    ),
    (
        "nl",
        "Ticket #{ticket}\nRequester: {NAME_FULL}\nE-mail: {EMAIL}\nTags: hypotheek, oversluiten\n"
        "Interne notitie: rentevast 10 of 20 jaar, nog navragen",
    ),
    ("nl", "Maandlasten voortaan van {IBAN_NL} in plaats van de en/of-rekening van {NAME_FULL} en {NAME_FULL}."),
    (
        "nl",
        "WERKGEVERSVERKLARING | Werknemer: {NAME_OCR} | Geb.: {DOB} | Adres: {ADDRESS} . {POSTCODE} | in dienst sinds",
    ),
    ("nl", "<aanvrager><bsn>{BSN}</bsn><geboortedatum>{DOB}</geboortedatum><email>{EMAIL}</email></aanvrager>"),
    ("nl", "We willen 't uus op {ADDRESS} in {town_zl} kopen. 'k Ebbe al een afspraek mee {NAME_FULL} van julder."),
    (
        "nl",
        "[{stamp}] ADVISEUR: uw klantnummer bij de bank? [{stamp2}] KLANT: {CUSTOMER_NUMBER_CUSTOMER} "
        "[{stamp3}] KLANT (door adviseur heen): nee wacht, dat is die van mijn vrouw",
    ),
    ("nl", "Voor de lening: rekeningnummer {IBAN_BE}, rijksregisternummer {BSN_BE}, gsm {PHONE_BE}. Mvg {NAME_FULL}"),
    (
        "nl",
        "> Op {date} schreef {NAME_FULL} <{EMAIL}>:\n> Bijgevoegd de loonstrook en het taxatierapport van "
        "{ADDRESS}.\n\nDank, ontvangen.",
    ),
    # ---- amateur sports clubs
    (
        "nl",
        "Nieuw lid: {NAME_FULL}, geboortedatum {DOB}, relatiecode {CUSTOMER_NUMBER_MEMBER}, contributie van {IBAN}.",
    ),
    ("nl", "[{time}] {NAME_FIRST}: trainer, {NAME_FIRST} kan vanavond niet, hij is ziek\nTrainer: ok beterschap"),
    (
        "nl",
        "Moi, ik wil mien dochter {NAME_FIRST} opgeven veur de korfbal, ze is geboren op {DOB_KID}. Mail naor {EMAIL}.",
    ),
    ("nl", "Ticket #{ticket} — Opzegging — {NAME_FULL} (lidnr {CUSTOMER_NUMBER_MEMBER}) — laatste incasso {date}"),
    (
        "nl",
        "Formulier blessureverzekering: [x] wedstrijd [ ] training\nNaam speler: {NAME_LOWER}\nLidnummer: {PHONE}\n"
        "Telefoon ouder: {CUSTOMER_NUMBER_MEMBER}",
    ),
    (
        "nl",
        "'k Zoun mij willen inschrijven bij de wielerclub, adres {ADDRESS_BE}, {POSTCODE_BE} {town_be}. {NAME_FULL}",
    ),
    ("nl", "Vervoer uitwedstrijd {weekday}: auto {PLATE} (vader van {NAME_FIRST}), vertrek {time} bij de kantine."),
    (
        "nl",
        "<lid "
        'nr="{CUSTOMER_NUMBER_MEMBER}"><naam>{NAME_FULL}</naam><gsm>{PHONE_BE}</gsm><geboren>{DOB}</geboren></lid>',
    ),
    ("nl", "lid {CUSTOMER_NUMBER_BARE} / {NAME_LOWER} / {EMAIL} / betaald: nee"),
    # ---- music lessons
    ("nl", "Inschrijving muziekschool: leerling {NAME_FULL} ({DOB_KID}), ouder {NAME_FULL}, {EMAIL}, {PHONE}."),
    ("nl", "Onze {NAME_FIRST} wil graeg gitaerles, kan da op {weekday}? Bellen nae {PHONE}, groeten uut {town_zl}"),
    (
        "nl",
        "Huurcontract {instrument}, nummer {CUSTOMER_NUMBER_CONTRACT}, huurder {NAME_INITIALS}, {ADDRESS}, {POSTCODE}.",
    ),
    ("nl", "Messenger | {NAME_FULL}: Hoi juf! Lesgeld mag van {IBAN}, ik heb dat formulier nie meer"),
    ("nl", "INSCHRIJFFORMULIER KUNSTACADEMIE ; leerling: {NAME_OCR} ; e-mail: {EMAIL_OCR} ; tel: {PHONE_BE} ;;"),
    (
        "nl",
        "[{stamp}] Docent: naar welk adres sturen we het rooster? [{stamp2}] Moeder: {ADDRESS}, {POSTCODE} "
        "[{stamp3}] (door elkaar heen) Docent: ...ja, genoteerd",
    ),
    ("nl", "Leerling {NAME_FULL}, geboren {DOB}, leerlingnummer {CUSTOMER_NUMBER_CUSTOMER}, les op {weekday} {time}."),
    # ---- ski and snowboard rental
    ("nl", "Reservering {CUSTOMER_NUMBER_BOOKING}: {gear} voor {NAME_FULL}, ophalen op {date} vanaf {time}."),
    (
        "nl",
        "Ticket #{ticket}\nVan: {NAME_FULL} <{EMAIL}>\nBorg van {amount} staat nog op creditcard {CARD}, maar alles "
        "is terug.",
    ),
    ("nl", "{NAME_FIRST}: snowboard is uit de auto ({PLATE}) gestolen bij de SnowWorld. Wat nu? [gelezen {time}]"),
    (
        "nl",
        "Wi'j hebt bie jim ski's huurd, mar de rekening mut naor {ADDRESS}, {POSTCODE} {town_dr}, niet naor 't "
        "olde adres.",
    ),
    (
        "nl",
        "Kinderski's voor {NAME_FIRST} (geb. {DOB_KID}) en {NAME_FIRST} (geb. {DOB_KID}), klantnummer "
        "{CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    (
        "nl",
        "KLACHT [x] Materiaal [ ] Service | Naam: {NAME_FULL} | Reserveringsnr: {CUSTOMER_NUMBER_BOOKING} | "
        "Tel: {PHONE_ABROAD}",
    ),
    # ---- photo printing
    (
        "nl",
        "Bestelling {CUSTOMER_NUMBER_ORDER} is afgeleverd bij de buren op {ADDRESS}; ik ben {NAME_FULL}, {POSTCODE}.",
    ),
    (
        "nl",
        "Ticket #{ticket} | {EMAIL} | 'afdrukken van onze bruiloft zijn vlekkerig, ordernr {CUSTOMER_NUMBER_ORDER}'",
    ),
    ("nl", "'k Ao foto's besteld mee m'n kaert {CARD}, mè ze bin nie gekomen. {NAME_TYPO}, {town_zl}"),
    (
        "nl",
        '<order id="{CUSTOMER_NUMBER_ORDER}"><ship><name>{NAME_FULL}</name><street>{ADDRESS}</street>'
        "<zip>{POSTCODE}</zip></ship></order>",
    ),
    ("nl", "Ge et mijn foto's naar 't verkeerde adres gestuurd, 'k woon op {ADDRESS_BE} te {town_be}. {NAME_TYPO}"),
    ("nl", "LinkedIn · {NAME_FULL} · Fotograaf: hoi, factuur van de canvasprints graag naar {EMAIL}, bedankt!"),
    (
        "nl",
        "Fotokalender met opa erop, bezorgen bij {NAME_INITIALS}, {ADDRESS}, {POSTCODE}  {town}. Cadeau, geen factuur.",
    ),
    # ---- energy-saving subsidies
    (
        "nl",
        "ISDE-aanvraag {CUSTOMER_NUMBER_FILE}: {NAME_FULL}, BSN {BSN}, woning {ADDRESS}, {POSTCODE}, uitbetalen op "
        "{IBAN_NL}.",
    ),
    ("nl", "SUBSIDIE ISOLATIE -- Aanvrager: {NAME_CAPS} -- IBAN: {IBAN_OCR} -- Dossier: {CUSTOMER_NUMBER_FILE} --"),
    (
        "nl",
        "Ik heb de warmtepomp laoten zetten op {ADDRESS}, dossier {CUSTOMER_NUMBER_FILE}, wanneer krieg ik 't geld?",
    ),
    (
        "nl",
        "Mijn VerbouwPremie, dossier {CUSTOMER_NUMBER_PREMIE}: {NAME_FULL}, rijksregisternr. {BSN_BE}, rekening "
        "{IBAN_BE}.",
    ),
    ("nl", "Bezwaarformulier [x] Afwijzing [ ] Bedrag\nNaam: {EMAIL}\nE-mailadres: {NAME_FULL}\nBSN: {BSN}"),
    (
        "nl",
        "[{stamp}] Medewerker: postcode en huisnummer? [{stamp2}] Klant: {POSTCODE}, eh, {ADDRESS} dus "
        "[{stamp3}] Medewerker (praat erdoorheen): ja ik zie het",
    ),
    ("nl", "Namens mijn schoonvader {NAME_FULL}, geb. {DOB}: hij heeft geen e-mail, bel dus {PHONE_SPOKEN}."),
    ("nl", '{"aanvrager": "{NAME_FULL}", "bsn": "{BSN}", "iban": "{IBAN}", "dossier": "{CUSTOMER_NUMBER_FILE}"}'),
]
