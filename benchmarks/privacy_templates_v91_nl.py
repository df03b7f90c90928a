"""Dutch, Flemish, Frisian-Dutch and Zeeland-Dutch templates of test_v91."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- funeral insurance and undertakers
    ("nl", "Kayako #{count}{count}{count} | Aanvrager: {NAME_FULL} <{EMAIL}> | Onderwerp: uitvaartpolis opzeggen"),
    ("nl", "Overledene: {NAME_INITIALS}, geboren {DOB}, laatst wonend {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Polisnummer uitvaartverzekering {CUSTOMER_NUMBER_POLICY}, premie van {IBAN} afgeschreven."),
    ("nl", "Mijn moeder {NAME_FULL} is overleden, BSN {BSN}, wat moet ik nu doen met de polis?"),
    ("nl", "Rouwauto kenteken {PLATE} staat klaar, contactpersoon familie: {NAME_FIRST} ({PHONE})."),
    ("nl", "De uitkering van {amount} gaat naar {IBAN} t.n.v. {NAME_CAPS}."),
    # ---- solar panel cleaning
    ("nl", "Threema van {NAME_FIRST}: hoi, de glazenwasser voor de panelen kan achterom, {ADDRESS} 👍"),
    ("nl", "Opdracht panelen reinigen: {NAME_REVERSED}; {ADDRESS}; {POSTCODE}; {city}; {PHONE}; 24 panelen"),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER}, reiniging gepland op {date}, bel vooraf {PHONE}."),
    ("nl", "Wy hawwe de panelen skjin makke by {NAME_FULL}, {ADDRESS}, mar de rekken wie noch net betelle."),
    ("nl", "Graag de factuur mailen naar {EMAIL_SPOKEN}, dat zei de klant aan de telefoon."),
    # ---- party tent rental
    ("nl", "Huurovereenkomst {CUSTOMER_NUMBER_CONTRACT}: partytent 6x12 voor {NAME_FULL}, opbouw op {ADDRESS}."),
    ("nl", "Borg {amount} terugstorten op {IBAN}, huurder {NAME_SURNAME}."),
    ("nl", "Aanhanger met kenteken {PLATE} blijft tot maandag bij {NAME_INITIALS} staan."),
    ("nl", "Ge moogt de tent komen halen bij {NAME_FIRST} op {ADDRESS}, ge belt eerst naar {PHONE_ABROAD}."),
    ("nl", "Betaald met creditcard {CARD}, naam op kaart {NAME_CAPS}."),
    # ---- piano tuners
    ("nl", "Stemafspraak vleugel bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}, tel. {PHONE}."),
    ("nl", "Voicemail: goeiemiddag, met {NAME_FULL}, uh, de piano is vals, mijn nummer is {PHONE_VOICE}, dank u."),
    ("nl", "Klantnr. {CUSTOMER_NUMBER_CUSTOMER} — jaarlijkse stembeurt, contact via {EMAIL}."),
    ("nl", "Nachtdienst: pianostemmer gebeld door {NAME_LOWER}, tb op {PHONE}, gaat om halftien."),
    # ---- motorbike driving tests
    ("nl", "Reservering praktijkexamen motor A2 voor {NAME_FULL}, geboortedatum {DOB}, BSN {BSN}."),
    ("nl", "Kandidaat {NAME_SURNAME} komt op de lesmotor met kenteken {PLATE}."),
    ("nl", "Examengeld {amount} geïncasseerd van {IBAN}, leerling {NAME_FIRST} {NAME_SURNAME}."),
    ("nl", "Geb.datum kandidaat: {DOB}; e-mail: {EMAIL}; tel: {PHONE}"),
    ("nl", "Hij zegt zijn mail is {EMAIL_SPOKEN}, en hij wil examen op een zaterdag."),
    # ---- aquarium shop and fish delivery
    ("nl", "Bezorging {count} neontetra's naar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Threema: vissen zijn dood aangekomen!! {NAME_FIRST} hier, bel me terug op {PHONE}"),
    ("nl", "Klantnummer aquariumwinkel {CUSTOMER_NUMBER_CUSTOMER}; pomp retour; terugbetalen op {IBAN}."),
    ("nl", "Bezorgbus {PLATE} heeft om {time} afgeleverd bij {NAME_INITIALS}."),
    ("nl", "Voicemail: ja hallo, uh, u kunt me terugbellen op {PHONE_VOICE}, het gaat over de discusvissen."),
    # ---- coworking desk memberships
    ("nl", "Lidnummer {CUSTOMER_NUMBER_MEMBER} van {NAME_FULL} wordt per {date} opgezegd."),
    ("nl", "Vaste werkplek voor {NAME_FULL} ({EMAIL}), factuuradres {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Toegangspas van lid {CUSTOMER_NUMBER_MEMBER} geblokkeerd op verzoek van {NAME_SURNAME}."),
    ("nl", "Maandelijkse incasso flexplek van {IBAN}, contract {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Parkeerplaats coworking voor kenteken {PLATE}, lid {NAME_FIRST}."),
    # ---- home blood pressure monitors on loan
    ("nl", "Bloeddrukmeter uitgeleend aan {NAME_INITIALS}, geboren {DOB}, adres {ADDRESS}."),
    ("nl", "Patiënt {NAME_FULL} (BSN {BSN}) brengt de meter op {date} terug."),
    ("nl", "Borg bloeddrukmeter {amount} terug op {IBAN} van {NAME_CAPS}."),
    ("nl", "Nachtdienst: mw. {NAME_SURNAME} belde ivm meter, gb {DOB}, tb {PHONE}, morgen terugbellen."),
    ("nl", "Ze spelt haar BSN: {BSN_SPOKEN}, en de meter doet het niet."),
    # ---- school photographers
    ("nl", "Bestelling schoolfoto's voor {NAME_FIRST} uit groep 5, ouder {NAME_FULL}, {EMAIL}."),
    ("nl", "Fotopakket betaald met {CARD} door {NAME_FULL}."),
    ("nl", "Inlogcode ouderportaal gestuurd naar {EMAIL}, kind geboren {DOB}."),
    ("nl", "Broer en zus {NAME_FIRST} en {NAME_FIRST} {NAME_SURNAME} samen op de foto, adres {ADDRESS}."),
    # ---- moving boxes rental
    ("nl", "Verhuisdozen ophalen bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}, tussen {time} en 12:00."),
    ("nl", "Huurnummer dozen {CUSTOMER_NUMBER_CONTRACT}; borg terug naar {IBAN}; klant {NAME_SURNAME}"),
    ("nl", "Busje {PLATE} levert {count} dozen af op {ADDRESS}."),
    # ---- Excel rows pasted with semicolons
    ("nl", "{NAME_SURNAME};{NAME_FIRST};{ADDRESS};{POSTCODE};{town};{PHONE};{EMAIL}"),
    ("nl", "{CUSTOMER_NUMBER_CUSTOMER};{NAME_FULL};{DOB};{IBAN};actief"),
    ("nl", "{NAME_FULL};{BSN};{DOB};{PLATE};nee"),
    # ---- OCR of a handwritten return form
    ("nl", "RETOURF0RMULIER Naam: {NAME_OCR} Adres: {ADDRESS} Postc0de: {POSTCODE} Rekening: {IBAN}"),
    ("nl", "Naarn afzender: {NAME_OCR} / Klantnr: {CUSTOMER_NUMBER_CUSTOMER} / Tel: {PHONE}"),
    # ---- e-mails forwarded three times
    ("nl", "> > > Van: {NAME_FULL} <{EMAIL}>\n> > > Verzonden: {date}\n> > > Onderwerp: tent retour"),
    ("nl", "---------- Doorgestuurd bericht ----------\nVan: {EMAIL}\n> Groet, {NAME_FIRST}\n> > tel {PHONE}"),
    ("nl", "FW: FW: RE: polis {CUSTOMER_NUMBER_POLICY} — > > namens {NAME_INITIALS}, {ADDRESS}"),
    # ---- Zeeland and Flemish writers
    ("nl", "Ik ben {NAME_FULL} uut Yerseke, m'n telefoon is {PHONE}, kom je d'r gauw an?"),
    ("nl", "Allee, mijn rekeningnummer is {IBAN}, gelieve daar het geld op te storten. {NAME_FIRST}"),
    ("nl", "Mijn gsm is {PHONE_ABROAD} en mijn adres is {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Ik sprek je nummer in: {PHONE_SPOKEN}, ast je wilt terugbelle."),
    ("nl", "Kayako-notitie: klant {NAME_LOWER} wil kaart {CARD} niet meer gebruiken."),
]
