"""Dutch, Flemish, Surinamese- and Antillean-coloured templates of test_v70: funeral insurance and undertakers,
bicycle lease, energy switching, childcare allowance, housing repairs, parking permits, hearing aids, student loans,
gyms and Wadden ferries, in WhatsApp voice notes, Zendesk macros, IVR logs, OCR'd letters, Teams chats, SMS and web
forms exported on one line."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- funeral insurance and undertakers
    (
        "nl",
        "Zendesk-macro 'Overlijdensmelding' ingevuld: Beste {NAME_FULL}, gecondoleerd met het verlies van uw moeder.",
    ),
    ("nl", "Uitvaartpolis {CUSTOMER_NUMBER_POLICY} van wijlen {NAME_FULL}, geboren {DOB}, wordt uitgekeerd in natura."),
    ("nl", "Mijn vader {NAME_FIRST} is vannacht overleden, hij woonde op {ADDRESS}, {POSTCODE} {city}. Wie komt er?"),
    ("nl", "Uitkering uitvaartverzekering: {amount} naar {IBAN} t.n.v. {NAME_INITIALS} (nabestaande)."),
    ("nl", "OCR brief: Hierbij zeg ik de uitvaartverzekering van mijn over-\nleden man {NAME_FULL} op. BSN: {BSN}"),
    ("nl", "Teams | @{NAME_FULL} kun jij de familie terugbellen op {PHONE}? Opbaring moet voor {weekday} geregeld."),
    ("nl", "Voor de akte hebben we het BSN van de overledene nodig: {BSN}. Geboortedatum {DOB}, naam {NAME_CAPS}."),
    # ---- bicycle lease through employers
    ("nl", "Fietsleaseformulier: naam: {NAME_FULL}; e-mail: {EMAIL}; leasecontract: {CUSTOMER_NUMBER_CONTRACT}"),
    ("nl", "Mijn leasefiets is gestolen bij station {city}. Contract {CUSTOMER_NUMBER_CONTRACT}, bel me op {PHONE}."),
    ("nl", "sms: hoi, fiets v {NAME_FIRST} staat klaar vr onderhoud, contractnr {CUSTOMER_NUMBER_CONTRACT}, gr"),
    ("nl", "Teams | @{NAME_FULL} de werkgever vraagt of de bijtelling klopt voor medewerker {NAME_INITIALS}."),
    ("nl", "Ophaaladres leasefiets: {ADDRESS}, {POSTCODE} {city}, contactpersoon {NAME_FULL}, tel. {PHONE}"),
    # ---- switching energy contracts
    ("nl", "naam: {NAME_FULL}; adres: {ADDRESS}; postcode: {POSTCODE}; klantnummer: {CUSTOMER_NUMBER_CUSTOMER}"),
    ("nl", "Ik wil overstappen per {date}. Mijn huidige klantnummer is {CUSTOMER_NUMBER_CUSTOMER}, IBAN {IBAN_NL}."),
    ("nl", "IVR-log {time}: beller zegt postcode '{POSTCODE}'; klant herkend als {NAME_LOWER}."),
    ("nl", "Welkomstmail energie: Beste {NAME_SURNAME}, uw termijnbedrag van {amount} wordt van {IBAN} geïncasseerd."),
    (
        "nl",
        "Spraakmemo WhatsApp: ja hallo met {NAME_FULL}, mijn nummer is {PHONE_SPOKEN}, bel even terug over de meter",
    ),
    ("nl", "Overstapservice: contract {CUSTOMER_NUMBER_CONTRACT} op naam van {NAME_CAPS}, geboortedatum {DOB}."),
    # ---- childcare allowance
    ("nl", "Aanvraag kinderopvangtoeslag: aanvrager {NAME_FULL}, BSN {BSN}, kind {NAME_FIRST}, geboren {DOB}."),
    ("nl", "Kind: {NAME_FULL}; geboortedatum: {DOB}; BSN kind: {BSN}; opvang: {firm}; uren per maand: {count}0"),
    ("nl", "Toeslagpartner {NAME_FULL} heeft een ander BSN: {BSN}. Graag aanpassen vóór {date}."),
    ("nl", "Spraakbericht: mijn BSN is {BSN_SPOKEN}, ik bel over de terugvordering van de toeslag."),
    (
        "nl",
        "OCR brief: Geachte heer/mevrouw {NAME_SURNAME},\nuw toeslag wordt overgemaakt op reke-\nningnummer {IBAN_NL}.",
    ),
    ("nl", "Bevestiging van {firm}: contract voor {NAME_FIRST} ({DOB}), ouder {NAME_INITIALS}, {ADDRESS}."),
    # ---- housing corporation repair requests
    ("nl", "Reparatieverzoek: lekkende kraan, huurder {NAME_FULL}, {ADDRESS}, huurdernummer {CUSTOMER_NUMBER_TENANT}."),
    ("nl", "Webformulier | Naam: {NAME_FULL}; Telefoon: {PHONE}; Adres: {ADDRESS}; Storing: cv-ketel doet het niet"),
    ("nl", "Monteur komt {weekday} tussen {time} en {time} bij {NAME_SURNAME} op {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Mi e bel jullie al {count} keer, mi deur a no e sluit. Mi nummer {PHONE}, {NAME_FIRST}."),
    ("nl", "Bon dia, mi ta {NAME_FULL}, mi ta biba na {ADDRESS}. De schimmel in de badkamer komt terug, danki."),
    ("nl", "Huurdersnummer {CUSTOMER_NUMBER_TENANT}, mevrouw {NAME_SURNAME}, wil de afspraak verzetten, mail {EMAIL}."),
    ("nl", "IVR spraak-naar-tekst: mijn adres is {ADDRESS} en mijn postcode {POSTCODE}, de lift staat weer stil."),
    # ---- parking permits
    ("nl", "Aanvraag bewonersvergunning voor kenteken {PLATE}, aanvrager {NAME_FULL}, {ADDRESS}, {POSTCODE}."),
    ("nl", "Vergunning {CUSTOMER_NUMBER_PERMIT} overzetten van {PLATE} naar {PLATE}; naam {NAME_INITIALS}."),
    ("nl", "Bezoekersregeling: kenteken bezoek {PLATE} aangemeld door vergunninghouder {NAME_LOWER}."),
    ("nl", "sms parkeren: vgnr {CUSTOMER_NUMBER_PERMIT} knt {PLATE} start {time}, vr vragen bel {public_phone}"),
    ("nl", "Naheffing onterecht, mijn auto ({PLATE}) stond op mijn eigen vergunning. Gr {NAME_FULL}, {PHONE}"),
    ("nl", "Mijn schoonvader uit Antwerpen parkeert met {PLATE_ABROAD}, kan die op mijn vergunning? {NAME_FIRST}"),
    # ---- hearing aids and audiologists
    ("nl", "Audiciën: cliënt {NAME_FULL}, geb. {DOB}, proefperiode {hearing} tot {date}."),
    ("nl", "Machtiging zorgverzekeraar voor hoortoestel, lidnummer {CUSTOMER_NUMBER_MEMBER}, BSN {BSN}."),
    ("nl", "Mijn moeder {NAME_FULL} hoort de telefoon niet, bel liever mij op {PHONE} of mail {EMAIL}."),
    ("nl", "Eigen bijdrage hoortoestellen {amount}, te betalen met creditcard {CARD} of via {IBAN}."),
    ("nl", "Afspraakbevestiging: {NAME_INITIALS}, {weekday} {time}, {ADDRESS}, {POSTCODE} {city}. Neem uw pasje mee."),
    # ---- student loans
    ("nl", "DUO-relatienummer {CUSTOMER_NUMBER_LOAN}, student {NAME_FULL}, aflossing {amount} per maand."),
    ("nl", "LinkedIn-bericht: Hoi, ik ben {NAME_FULL}, oud-student, mijn aflossing loopt via {IBAN_NL}, klopt dat?"),
    ("nl", "Spraakbericht: mijn relatienummer is {CUSTOMER_NUMBER_LOAN}, geboren {DOB_SPOKEN}, ik wil draagkracht."),
    ("nl", "Wijziging adres student: {NAME_FULL}, nieuw adres {ADDRESS}, {POSTCODE} {city}, BSN {BSN}."),
    ("nl", "Hoi, ik ben {NAME_FIRST} uit Paramaribo, studeer in {city}, mijn nummer daar is {PHONE_ABROAD}."),
    # ---- gym memberships
    ("nl", "Opzegging lidmaatschap {CUSTOMER_NUMBER_MEMBER}, naam {NAME_FULL}, laatste incasso van {IBAN}."),
    ("nl", "sms: yo ik wil me abbo stopzettn, lidnr {CUSTOMER_NUMBER_MEMBER}, groetjs {NAME_FIRST}"),
    ("nl", "Pasje kwijt, zet het op mijn nieuwe mail {EMAIL}? Lid {NAME_SURNAME}, geb. {DOB}."),
    ("nl", "Registratie gym | voornaam: {NAME_FIRST} | achternaam: {NAME_SURNAME} | mobiel: {PHONE} | geb: {DOB}"),
    ("nl", "Incasso mislukt voor lid {NAME_CAPS}; kaart {CARD} geweigerd, lidnr {CUSTOMER_NUMBER_MEMBER}."),
    # ---- Wadden ferries
    ("nl", "Boeking overtocht: {NAME_FULL}, {count} personen, auto {PLATE}, afvaart {time} vanaf {city}."),
    ("nl", "Ferry-bot log: {bot}: welk kenteken? | klant: {PLATE} | {bot}: en uw mobiel? | klant: {PHONE}"),
    ("nl", "Ik moet mijn retour naar {town} omboeken, boeking op naam {NAME_LOWER}, betaald met {CARD}."),
    ("nl", "Eilandbewonerspas aangevraagd: {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}, geboortedatum {DOB}."),
    ("nl", "Spraakmemo: hoi met {NAME_FIRST}, we staan met de camper {PLATE} in de rij bij de boot, nummer {PHONE}"),
    # ---- Surinamese and Antillean Dutch, Flemish
    (
        "nl",
        "Fa waka, mijn naam is {NAME_FULL}, ik heb een vraag aan jullie over mijn energiecontract "
        "{CUSTOMER_NUMBER_CONTRACT}.",
    ),
    ("nl", "Mi lobi, de toeslag van mijn zus {NAME_FULL} is nog niet binnen, haar BSN is {BSN}, tanki."),
    ("nl", "Ayo, {NAME_FIRST} hier, mijn familie op Curaçao belt je op {PHONE_ABROAD} voor de uitvaart van oom."),
    ("nl", "Goeiendag, ik ben {NAME_FULL} uit Gent, mijn rekening is {IBAN} en mijn gsm {PHONE_ABROAD}."),
    # ---- more forms, macros, Teams, IVR
    ("nl", "Zendesk-macro ingevuld: Beste {NAME_FIRST}, we hebben uw nieuwe adres {ADDRESS}, {POSTCODE} verwerkt."),
    ("nl", "Teams | @{NAME_FULL} klant belde met BSN {BSN} en geboortedatum {DOB}, kun jij de toeslag checken?"),
    ("nl", "IVR-log: klant sprak IBAN in als '{IBAN_SPOKEN}', herkenning 71%, naam {NAME_LOWER}."),
    ("nl", "Contactformulier;naam={NAME_FULL};email={EMAIL};tel={PHONE};onderwerp=hoortoestel kapot"),
    (
        "nl",
        "Voicemail transcriptie: hallo, {NAME_FULL} hier, ik ben geboren op {DOB_SPOKEN}, bel me op {PHONE_SPOKEN}.",
    ),
    ("nl", "sms: mail me ff op {EMAIL_SPOKEN} ok? thx {NAME_FIRST}"),
    ("nl", "Klantnr {CUSTOMER_NUMBER_CUSTOMER} / {NAME_INITIALS} / {POSTCODE} / {PLATE} / leasefiets retour"),
    ("nl", "Adres: {ADDRESS}\n{POSTCODE}  {city}\nBetreft: opzegging sportschool, lidnr. {CUSTOMER_NUMBER_MEMBER}"),
]
