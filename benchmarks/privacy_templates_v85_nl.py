"""Dutch, Flemish, Frisian- and Zeeland-coloured templates of test_v85: balloon flights, falconry, COA housing,
student sports passes, donor payouts, scaffolding, home brewing, karting, riksja rides and fishing charters, in
Kayako tickets, Snapchat, child callers, glued speech-to-text, receipts, municipal letters, forwarded web forms and
chats where the agent corrects a typo."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- hot-air balloon flights
    ("nl", "Kayako #{count}{count} | Van: {NAME_FULL} <{EMAIL}> | Onderwerp: ballonvaart verzet | Status: Open"),
    ("nl", "Passagierslijst vlucht PH-BOZ: {NAME_INITIALS} (geb. {DOB}), gewicht opgegeven, tel. {PHONE}."),
    ("nl", "Us ballonvaart gie net troch fanwege de wyn, kinne jim belje op {PHONE}? Groetnis, {NAME_FULL}"),
    ("nl", "Cadeaubon ingewisseld door {NAME_LOWER}, ophalen bij {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Restitutie ballonvaart van {amount} graag naar {IBAN} t.n.v. {NAME_CAPS}."),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER}: {NAME_FULL} wil de vlucht van {date} omzetten."),
    # ---- falconry and bird-of-prey shows
    ("nl", "Snap van {NAME_NICK}: kan ik de valk-ervaring nog boeken voor {weekday}?"),
    ("nl", "Inschrijving uilenworkshop: {NAME_FULL}, {EMAIL}, {PHONE}, geboortedatum {DOB}."),
    ("nl", "Jo, ik bin {NAME_FIRST} fan de Walcheren, myn nûmer is {PHONE}, sit de wouw noch yn de show?"),
    ("nl", "Factuur roofvogelshow voor de basisschool, contactpersoon {NAME_INITIALS}, {ADDRESS}, {POSTCODE}."),
    ("nl", "Betaald met creditcard {CARD} door {NAME_FULL} voor {count} kaarten roofvogelshow."),
    # ---- refugee housing (COA)
    ("nl", "COA-contact: bewoner {NAME_FULL}, V-nummer {CUSTOMER_NUMBER_VNR}, kamer 2.14, tel. {PHONE_ABROAD}."),
    (
        "nl",
        "Geachte heer/mevrouw, u schreef ons: 'ik ben {NAME_FULL} en woon nu op {ADDRESS}'. Wij hebben dit genoteerd.",
    ),
    (
        "nl",
        "Verhuizing statushouder naar {ADDRESS}, {POSTCODE} {city}; BSN {BSN}; "
        "vreemdelingennummer {CUSTOMER_NUMBER_VNR}.",
    ),
    ("nl", "Leefgeld wordt voortaan gestort op {IBAN_NL} van {NAME_FULL}, geboren {DOB}."),
    ("nl", "Mijn broer {NAME_FIRST} is nog in {city}, zijn nummer is {PHONE_ABROAD}, kan hij ook naar het azc?"),
    ("nl", "Gemeente {city}\nBetreft: uw brief van {date}\nU schreef: 'Mijn BSN is {BSN}, ik woon op {ADDRESS}.'"),
    # ---- student sports passes
    ("nl", "Sportpas aangevraagd door {NAME_LOWER}, studentnummer bij de pas: {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Hoi, m'n sportpas doet het niet bij de poort. Naam {NAME_FULL}, pasnummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Incasso sportpas Goud mislukt op rekening {IBAN}, lid {NAME_INITIALS}, e-mail {EMAIL}."),
    ("nl", "Snapchat: {NAME_NICK} heeft je een snap gestuurd: 'mijn sportpas is gestolen, bel me op {PHONE}'"),
    ("nl", "Ledenadministratie: {NAME_FULL}, geb. {DOB}, woont op {ADDRESS} ({POSTCODE})."),
    # ---- donor payouts
    ("nl", "Donorvergoeding van {amount} voor donor {CUSTOMER_NUMBER_DONOR} overmaken naar {IBAN_NL}."),
    ("nl", "Donor {NAME_FULL} (donornummer {CUSTOMER_NUMBER_DONOR}, BSN {BSN}) heeft de uitbetaling niet ontvangen."),
    ("nl", "Intake zaaddonor: geboortedatum {DOB}, postcode {POSTCODE}, mobiel {PHONE}."),
    ("nl", "Mail van {EMAIL}: mijn rekeningnummer is gewijzigd in {IBAN}, groet {NAME_FIRST}."),
    # ---- scaffolding rental
    (
        "nl",
        "Huurcontract {CUSTOMER_NUMBER_CONTRACT}: rolsteiger geleverd op {ADDRESS}, {POSTCODE} "
        "{town}, huurder {NAME_FULL}.",
    ),
    ("nl", "Steiger ophalen bij {NAME_SURNAME} op {ADDRESS}, bestelbus {PLATE} rijdt {weekday}."),
    (
        "nl",
        "Borg steigerhuur terugstorten naar {IBAN}, rekeninghouder {NAME_CAPS}, contract {CUSTOMER_NUMBER_CONTRACT}.",
    ),
    ("nl", "Ik huur de kamersteiger, uw bus met kenteken {PLATE} staat voor mijn deur. {NAME_FULL}, {PHONE}"),
    # ---- home brewing supplies
    (
        "nl",
        "BON  Brouwmarkt\nmoutpakket IPA   {amount}\nklant: {NAME_CAPS}\nklantnr: "
        "{CUSTOMER_NUMBER_CUSTOMER}\npas: {CARD}",
    ),
    ("nl", "Levering gistingsvat aan {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, bel vooraf {PHONE}."),
    ("nl", "Bedoelt u {EMAIL}? U typte het adres met een komma. Dan stuur ik de factuur daarheen, {NAME_FIRST}."),
    ("nl", "Hopbestelling op naam van {NAME_FULL}, leeftijdscheck: geboren {DOB}."),
    ("nl", "Kassabon\nDatum {date}   {time}\nKaart ****{count}\nLidnr {CUSTOMER_NUMBER_MEMBER}\nNaam {NAME_SURNAME}"),
    # ---- karting tracks
    ("nl", "Karting: bestuurder {NAME_FULL}, geb. {DOB}, vrijwaring getekend, noodnummer {PHONE}."),
    ("nl", "Parkeerplaats karting: de auto {PLATE} van {NAME_INITIALS} staat op de invalidenplek."),
    ("nl", "Vrijgezellenfeest karten, contact {NAME_FULL}, {EMAIL}, aanbetaling via {CARD}."),
    ("nl", "Snap van {NAME_NICK}: ik heb mijn jas laten liggen bij baan 2, kenteken van mijn ouders is {PLATE}"),
    # ---- bicycle taxis (riksja)
    ("nl", "Riksjarit geboekt door {NAME_FULL} van {ADDRESS} naar het station, {time}, tel. {PHONE}."),
    ("nl", "Ik hoorde dat de riksja bestuurder mijn portemonnee vond, mijn naam is {NAME_FULL}, {EMAIL}."),
    ("nl", "Fietstaxi ophalen bij verzorgingshuis, mevrouw {NAME_SURNAME}, {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Bedoelt u {ADDRESS}? Er stond een tikfout in de straatnaam. Prima, de fietstaxi komt om {time}."),
    # ---- fishing boat charters
    ("nl", "Boeking wrakvissen: {NAME_FULL}, {count} personen, aanbetaling van {IBAN}, tel. {PHONE}."),
    ("nl", "Op de kade in {town} staat de auto van {NAME_INITIALS} ({PLATE_ABROAD}), kan die weg?"),
    ("nl", "Visakte en boeking op naam van {NAME_FULL}, lidnummer sportvisserij {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Ik bin {NAME_FULL} uut Yerseke, m'n adres is {ADDRESS}, {POSTCODE}, ik wil de makreelvaort bespreke."),
    # ---- child calling for a parent (transcripts)
    ("nl", "Kind: mijn mama heet {NAME_FULL} en die ligt ziek, ons huis is {ADDRESS}. Medewerker: dank je wel."),
    ("nl", "Kind: papa zijn nummer is {PHONE_SPOKEN}. Medewerker: en hoe heet papa? Kind: {NAME_FIRST}."),
    ("nl", "Beller (ca. 9 jaar) belt namens moeder {NAME_SURNAME}, geeft geboortedatum {DOB} op voor de sportpas."),
    ("nl", "Kind: mama d'r mail is {EMAIL_SPOKEN}, ze kan nu niet aan de telefoon."),
    # ---- glued speech-to-text
    ("nl", "STT: goedemiddagmijnnaamis{NAME_GLUED}enikbelvoordeballonvaart"),
    ("nl", "STT: mijnnummeris{PHONE_GLUED}ikwachtopuwterugbelactie"),
    ("nl", "STT: geborenop{DOB_GLUED}enmijnburgerservicenummeris{BSN_SPOKEN}"),
    ("nl", "STT: hetmailadresis{EMAIL_GLUED}dankuwel"),
    ("nl", "Spraak-naar-tekst: mijn bsn is {BSN_SPOKEN} en mijn postcode {POSTCODE}."),
    ("nl", "Spraak-naar-tekst: u kunt mij mailen op {EMAIL_SPOKEN}, de naam is {NAME_FULL}."),
    # ---- forwarded web forms (Dutch)
    ("nl", "---------- Doorgestuurd bericht ----------\nNaam: {NAME_FULL}\nTelefoon: {PHONE}\nPostcode: {POSTCODE}"),
    ("nl", "Webformulier steigerverhuur\nVoornaam: {NAME_FIRST}\nAchternaam: {NAME_SURNAME}\nAdres: {ADDRESS}"),
    ("nl", "Fwd: aanvraag\nGeboortedatum: {DOB}\nIBAN: {IBAN}\nBSN: {BSN}\nE-mail: {EMAIL}"),
    (
        "nl",
        "Doorgestuurd formulier karting — Kenteken: {PLATE} | Mobiel: {PHONE} | Klantnummer: "
        "{CUSTOMER_NUMBER_CUSTOMER}",
    ),
    # ---- Flemish, Frisian and Zeeland writers
    ("nl", "Gemeente {city}, afdeling Burgerzaken. U meldt: 'mijn dochter {NAME_FULL} is geboren op {DOB}'."),
    ("nl", "Kayako #{count}{count} interne notitie: beller {NAME_SURNAME} ({PHONE}) wil de kart voor {weekday}."),
    ("nl", "Goeiendag, ik ben {NAME_FULL} uit {city}, mijn adres is {ADDRESS_BE}, gsm {PHONE_ABROAD}."),
    ("nl", "Ge moogt het terugstorten op {IBAN}, 't is op naam van {NAME_LOWER}."),
    ("nl", "Ik hew de bestelling noch net krege, myn postkoade is {POSTCODE}, {NAME_FIRST} {NAME_SURNAME}."),
    ("nl", "Bedoelt u {NAME_FULL}? U schreef de naam eerst met een dubbele letter, ik pas het dossier aan."),
    ("nl", "Bedoelt u geboortedatum {DOB}? In het formulier stond een jaar in de toekomst."),
    (
        "nl",
        "Polis aansprakelijkheid {CUSTOMER_NUMBER_POLICY} op naam van {NAME_FULL}, verzekerd tijdens de ballonvaart.",
    ),
    ("nl", "Steigerongeval gemeld, polisnummer {CUSTOMER_NUMBER_POLICY}, contactpersoon {NAME_INITIALS}, {EMAIL}."),
]
