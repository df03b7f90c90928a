"""Dutch and Flemish templates of test_v54 (part 2): toeslagen and tax, student finance, housing repairs, moving,
funeral insurance and estates, water boards and municipal tax; e-mail threads, letters, call summaries, tables."""

from __future__ import annotations

NL2: list[tuple[str, str]] = [
    # ---- toeslagen and tax letters (PDF to text)
    (
        "nl",
        "Pagina 1 van 3\nBelastingdienst/Toeslagen\n{NAME_UPPER}\n{ADDRESS}\n{POSTCODE} {city}\n"
        "Burgerservicenummer {BSN}\nDatum {date}",
    ),
    ("nl", "Ons kenmerk: {ref}  |  Uw BSN: {BSN}  |  Behandeld door: {agentrole}"),
    ("nl", "Ik heb de zorgtoeslag terug moeten betalen maar mijn rekening {IBAN} staat op naam van {NAME_FULL}."),
    ("nl", "Mijn aangifte {year} klopt niet, ik ben {NAME_FULL}, BSN {BSN}, mijn telefoon is {PHONE}."),
    ("nl", "De huurtoeslag wordt voortaan gestort op {IBAN}.\nMet vriendelijke groet,\n{NAME_INITIALS}"),
    # ---- student finance
    ("nl", "Ik studeer sinds september, studentnummer {CUSTOMER_NUMBER_STUDENT}, BSN {BSN}, wanneer komt mijn lening?"),
    ("nl", "Aflossing studieschuld: {NAME_FULL}, geb. {DOB}, rekening {IBAN}, {amount} per maand."),
    ("nl", "Hoi, mijn nieuwe adres is {ADDRESS} in {city}, postcode {POSTCODE}. Studentnr {CUSTOMER_NUMBER_STUDENT}"),
    ("nl", "Ouder {NAME_FULL} belt voor zoon, {NAME_FIRST}, geboren {DOB}, over de uitwonende beurs."),
    # ---- housing corporation repairs
    ("nl", "Reparatieverzoek {ref}: lekkage badkamer, huurder {NAME_FULL}, {ADDRESS}, bereikbaar {PHONE}."),
    ("nl", "Huurdernummer {CUSTOMER_NUMBER_TENANT}. De cv-ketel op {ADDRESS} doet het weer niet, kan iemand komen?"),
    ("nl", "Monteur staat {weekday} om {time} bij {ADDRESS_UPPER}, sleutel ligt bij de buren ({NAME_SURNAME})."),
    ("nl", "Huurder {NAME_REGISTER} (huurdernr {CUSTOMER_NUMBER_TENANT}) vraagt om een traplift, geboren {DOB}."),
    (
        "nl",
        "| Huurder | Adres | Postcode | Telefoon |\n|---|---|---|---|\n"
        "| {NAME_FULL} | {ADDRESS} | {POSTCODE} | {PHONE} |",
    ),
    # ---- moving company
    ("nl", "Verhuizing {date}: van {ADDRESS} ({POSTCODE}) naar {ADDRESS}, contact {NAME_FULL}, {PHONE}."),
    ("nl", "De aanbetaling van {amount} voor de verhuizing heb ik gedaan met kaart {CARD}. Groetjes {NAME_FIRST}"),
    ("nl", "Parkeerontheffing voor de verhuiswagen staat op kenteken {PLATE} van mijn zwager {NAME_FULL}."),
    # ---- funeral insurance and estate settlement
    (
        "nl",
        "Overlijdensmelding: {NAME_FULL}, geboren {DOB}, overleden {date} in {city}. Polis {CUSTOMER_NUMBER_POLICY}.",
    ),
    ("nl", "Ik ben executeur van mijn vader {NAME_FULL}; zijn rekening {IBAN} moet worden opgeheven."),
    ("nl", "De uitvaart van mevrouw {NAME_SURNAME} is {weekday} om {time}. Contactpersoon: {NAME_FULL}, {PHONE}."),
    ("nl", "Nalatenschap {NAME_REGISTER}, laatst wonende {ADDRESS}, {POSTCODE} {city}, BSN {BSN}."),
    ("nl", "De auto van wijlen mijn moeder, {PLATE}, moet op naam van {NAME_FULL} worden gezet."),
    # ---- water board, WOZ, municipal tax
    ("nl", "Aanslag waterschapsbelasting {year}: {NAME_UPPER}, {ADDRESS}, {POSTCODE}. Debiteurnr {CUSTOMER_NUMBER}."),
    ("nl", "Bezwaar WOZ-waarde voor {ADDRESS}. Indiener: {NAME_FULL}, e-mail {EMAIL}, telefoon {PHONE}."),
    ("nl", "Kwijtschelding gemeentelijke belastingen aangevraagd door {NAME_MARRIED}, BSN {BSN}, rek. {IBAN}."),
    ("nl", "Automatische incasso gemeentebelastingen: IBAN {IBAN}, rekeninghouder {NAME_LOWER}."),
    # ---- call summaries with timestamps and confidence
    (
        "nl",
        "Samenvatting gesprek ({time}, spraakherkenning {percent}): beller {NAME_FULL} geeft postcode "
        "{POSTCODE_SPOKEN} en huisnummer door.",
    ),
    ("nl", "[{time}] klant: mijn nummer is {PHONE_SPOKEN} [conf. {percent}]"),
    ("nl", "[{time}] KLANT: m'n postcode is {POSTCODE_SPOKEN}, ja. AGENT: dank u."),
    ("nl", "[{time}] klant: e-mail is {EMAIL_SPOKEN} [conf {percent}]"),
    ("nl", "[{time}] beller noemt geboortedatum {DOB_WORDS} (confidence {percent})"),
    # ---- Outlook signatures, quoted threads
    (
        "nl",
        "Met vriendelijke groet,\n\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {city}\nM {PHONE}\n"
        "Dit bericht is uitsluitend bestemd voor de geadresseerde.",
    ),
    (
        "nl",
        "> Op {date} om {time} schreef {NAME_FULL} <{EMAIL}>:\n>> Kunt u mij terugbellen op {PHONE}?\n"
        "Beste meneer, wij bellen u morgen.",
    ),
    # ---- Flemish customers (Antwerp, Gent)
    ("nl", "Goeiendag, ik woon op de {ADDRESS_BE} in Antwerpen en mijn gsm is {PHONE_INTL}. {NAME_FULL}"),
    ("nl", "Allee, de terugbetaling mag op mijn Belgische rekening {IBAN}, op naam van {NAME_FULL}."),
    ("nl", "Mijn Belgische nummerplaat is {PLATE_FOREIGN}, de schade was aan de {ADDRESS_BE}, Gent."),
    ("nl", "Mijn schoonvader {NAME_FULL} woont nu in een rusthuis, zijn e-mail is {EMAIL}."),
    # ---- diverse backgrounds
    ("nl", "Meneer {NAME_SURNAME} spreekt weinig Nederlands, zoon belt mee. Geboortedatum {DOB}, telefoon {PHONE}."),
    ("nl", "Tolk aanwezig voor {NAME_FULL}, kenteken van de auto {PLATE}, polisnummer {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Duitse kentekenplaat {PLATE_FOREIGN} van {NAME_FULL} uit Gronau, schade op de A1 bij {city}."),
    ("nl", "Mijn postcode is {POSTCODE}, het adres is {ADDRESS}, niet de oude gegevens. {NAME_FIRST}"),
]
