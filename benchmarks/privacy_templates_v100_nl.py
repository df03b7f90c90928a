"""Dutch, West-Frisian-coloured and Bruges Flemish templates of test_v100: boat engines, sports halls, hearing
tests, solar carports, ice rinks, camping gear, insulation subsidies, sheet music, pool memberships and pet
cremation, in HubSpot tickets, Teams chats, voicemail transcripts, subject lines, SMS, forms, letters and desk notes."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- boat engine repairs
    ("nl", "HubSpot-ticket {ref} · Contact: {NAME_FULL} · {EMAIL} · Onderwerp: impeller {product} lekt"),
    ("nl", "Motor van de sloep is weer stilgevallen bij de Kaag, bel me even op {PHONE}. Groet {NAME_FIRST}"),
    ("nl", "Werkbon: {product} gereviseerd voor {NAME_INITIALS}, boot ligt aan {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Trailer met kenteken {PLATE} staat bij de werf, eigenaar {NAME_SURNAME} haalt hem {weekday} op."),
    ("nl", "Onderwerp: Offerte buitenboordmotor – {NAME_FULL} – klantnr {CUSTOMER_NUMBER_CUSTOMER}"),
    ("nl", "Aanbetaling van {amount} mag terug op {IBAN} t.n.v. {NAME_FULL}, de motor was niet te repareren."),
    # ---- municipal sports hall bookings
    ("nl", "Balienotitie stadhuis {time}: {NAME_FULL} wil {place} huren, tel. {PHONE}, vereniging betaalt niet."),
    ("nl", "Naam: {NAME_FULL} · Adres: {ADDRESS} · Postcode: {POSTCODE} · Tel: {PHONE} · Zaal: {code} · Datum: {date}"),
    ("nl", "Huurovereenkomst {CUSTOMER_NUMBER_CONTRACT} sporthal, huurder {NAME_REVERSED}, borg via {IBAN}."),
    ("nl", "[{time}] {NAME_FULL}\nIs de zaal op {weekday} nog vrij? Anders mail ik {EMAIL} wel even."),
    ("nl", "Hai, ik bin {NAME_FIRST} van de volleybalclub uut Wervershoof, mien nummer is {PHONE}."),
    ("nl", "Aan de balie: mevrouw {NAME_SURNAME} kwam haar sleutelpas ophalen, legitimatie gezien, BSN {BSN}."),
    # ---- hearing tests for children
    ("nl", "Uitnodiging gehoortest: kind {NAME_FULL}, geboren {DOB}, BSN {BSN}, ouder belt op {PHONE}."),
    ("nl", "Onderwerp: Gehoortest {NAME_FULL} ({DOB}) – uitslag audiogram"),
    ("nl", "Voicemail (automatisch uitgeschreven): hallo met {NAME_FULL}, belt u mij terug op {PHONE_VOICE}, dank u."),
    ("nl", "Ons dochterke {NAME_FIRST} is geboren op {DOB} en hoort slecht aan haar linkeroor, kunt ge bellen?"),
    ("nl", "Voicemail-app: mijn zoon zijn BSN is {BSN_VOICE} en zijn naam {NAME_LOWER}."),
    ("nl", "Verwijzing van de huisarts voor {NAME_CAPS}, polisnummer zorgverzekeraar {CUSTOMER_NUMBER_POLICY}."),
    # ---- solar carport installations
    ("nl", "Zonnecarport offerte voor {ADDRESS}, {POSTCODE} {town}; contactpersoon {NAME_FULL}, {EMAIL}."),
    ("nl", "SMS van bezorger: Goeiemiddag, ik sta voor de deur bij {ADDRESS} met de panelen, niemand thuis?"),
    ("nl", "SMS aan bezorger: Ben er over 5 min, bel anders {PHONE}. {NAME_FIRST}"),
    ("nl", "Contractnummer {CUSTOMER_NUMBER_CONTRACT}, aanbetaling met creditcard {CARD}, installatie op {date}."),
    ("nl", "De laadpaal moet bij de auto met kenteken {PLATE} passen, schreef {NAME_FULL}."),
    # ---- ice rink season passes
    ("nl", "Seizoenskaart schaatsbaan: {NAME_FULL}, geboortedatum {DOB}, abonnementsnummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Onderwerp: Seizoensabonnement kwijt – lidnr {CUSTOMER_NUMBER_MEMBER} – {NAME_FULL}"),
    ("nl", "Ik ben mijn pasje kwijt, mijn e-mail is {EMAIL_SPOKEN}, groetjes {NAME_FIRST}."),
    ("nl", "Kunnen jullie het abonnement van {NAME_FULL} afschrijven van {IBAN} in plaats van per kaart?"),
    (
        "nl",
        "Teams-chat\n{NAME_FULL}\n{time}\n"
        "Klant {NAME_SURNAME} staat aan de kassa zonder pas, lidnr {CUSTOMER_NUMBER_MEMBER}",
    ),
    # ---- camping gear rental
    ("nl", "Huur tent {product}: {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}, borg {amount} op kaart {CARD}."),
    ("nl", "Wij komen de vouwwagen halen met de auto {PLATE}, ik ben {NAME_FULL}."),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER} – tentstok gebroken, graag borg terug naar {IBAN}."),
    ("nl", "Naam · {NAME_CAPS} · Telefoon · {PHONE} · Uitgifte · {date} · Retour · {weekday}"),
    ("nl", "Me tent was lek joh, bel me effe op {PHONE} of mail {EMAIL}, {NAME_FIRST} uut Medemblik"),
    # ---- home insulation subsidies
    ("nl", "Subsidieaanvraag isolatie: aanvrager {NAME_FULL}, BSN {BSN}, woning {ADDRESS}, {POSTCODE}."),
    ("nl", "Uitbetaling subsidie op rekening {IBAN}, ten name van {NAME_INITIALS}."),
    (
        "nl",
        "Brief\nOns kenmerk: {ref}\nUw kenmerk: {CUSTOMER_NUMBER_CONTRACT}"
        "\nBetreft: klacht isolatie\nGeachte heer, mevrouw,",
    ),
    ("nl", "Kenmerk: {ref}\nNaam: {NAME_FULL}\nGeboortedatum: {DOB}\nBetreft: afwijzing subsidie spouwmuur"),
    ("nl", "Loketnotitie: bewoner van {ADDRESS} kwam vragen naar de isolatiepremie, tel {PHONE}."),
    ("nl", "Meneer {NAME_SURNAME} uit {town} heeft het bewijs van betaling nog niet gestuurd."),
    # ---- sheet music webshop
    ("nl", "Bestelling bladmuziek {product} voor {NAME_FULL}, verzenden naar {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Betaald met kaart {CARD}, maar de Czerny-etudes zijn nooit aangekomen. {NAME_FULL}"),
    ("nl", "Onderwerp: Retour Bach Inventionen – klantnummer {CUSTOMER_NUMBER_CUSTOMER}"),
    ("nl", "Mijn pianoleraar {NAME_FULL} zei dat jullie korting geven, mijn mail is {EMAIL}."),
    # ---- swimming pool membership freeze
    ("nl", "Graag mijn zwemabonnement {CUSTOMER_NUMBER_MEMBER} bevriezen tot {date}, ik ben geopereerd. {NAME_FULL}"),
    ("nl", "Lid: {NAME_REVERSED} · Lidnummer: {CUSTOMER_NUMBER_MEMBER} · Geb.: {DOB} · Reden: zwangerschap"),
    ("nl", "Voicemail: ja goeiedag, {NAME_FULL} hier, lid van het zwembad, terugbellen op {PHONE_VOICE}."),
    ("nl", "Incasso stopzetten van {IBAN} zolang het abonnement bevroren is, mvg {NAME_INITIALS}"),
    # ---- pet cremation
    ("nl", "Onze hond Max is overleden. Kunt u hem ophalen op {ADDRESS}? Bel {PHONE}. {NAME_FULL}"),
    ("nl", "Crematie kat 'Poes' voor {NAME_FULL}, {EMAIL}, urn {product}, betaling via {IBAN}."),
    ("nl", "Onderwerp: Asbus ophalen – {NAME_FULL} – tel {PHONE}"),
    # ---- Bruges Flemish
    ("nl", "Goeiendag, ik ben {NAME_FULL} uit {POSTCODE_BE} Brugge, mijn gsm is {PHONE_BE}."),
    ("nl", "Ge moogt het terugstorten op {IBAN}, 't is op naam van {NAME_FULL}, {ADDRESS}."),
    ("nl", "Mijn Belgische nummerplaat is {PLATE_ABROAD}, 'k heb de tent gehuurd op naam van {NAME_SURNAME}."),
    ("nl", "Vanuit Sint-Kruis: {NAME_FULL}, {ADDRESS}, {POSTCODE_BE}, tel {PHONE_BE}."),
    ("nl", "Allee, {NAME_FIRST} hier, de schaatsen passen ni, belt mij eens op {PHONE_BE}."),
    # ---- mixed
    ("nl", "Teams\n{NAME_FULL}  {time}\nkan iemand {NAME_FIRST} terugbellen? {PHONE}"),
    ("nl", "Onderwerp: Adreswijziging {NAME_FULL} per {date} naar {ADDRESS} {POSTCODE}"),
    ("nl", "Klant gaf zijn BSN {BSN} door via de chat, dat mag niet in HubSpot staan."),
    ("nl", "geb.datum {DOB} · naam {NAME_LOWER} · email {EMAIL} · kenteken {PLATE}"),
    ("nl", "Wij zijn verhuisd naar {ADDRESS_EN}, {POSTCODE_SG}, mijn Singaporese nummer is {PHONE_EN}."),
]
