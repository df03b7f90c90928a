"""Dutch (Rotterdam, Utrecht) and Flemish (Ghent) templates of test_v95: beach huts, blood donation, karting,
orthodontic payment plans, pet-food subscriptions, church weddings, escape rooms, scooter repairs, home brewing
and garden-waste bags, in helpdesk tickets, message exports, bad-line call notes, labels, letters, chats and dumps."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- beach huts
    (
        "nl",
        "Freshdesk #{count}{count} | Van: {NAME_FULL} <{EMAIL}> | Onderwerp: strandhuisje week {count} | Prio: laag",
    ),
    ("nl", "Huurcontract strandhuisje {CUSTOMER_NUMBER_CONTRACT}, huurder {NAME_INITIALS}, borg naar {IBAN}."),
    ("nl", "Hoi, ik wil t huisje op {place} huren vd {date} tm {date}, bel me ff op {PHONE}. Grtz {NAME_FIRST}"),
    ("nl", "naam: {NAME_FULL}\nadres: {ADDRESS}\npostcode: {POSTCODE}\ntel: {PHONE}\nhuisje: {product}"),
    ("nl", "Borg van {amount} terugstorten op {IBAN} tnv {NAME_SURNAME}, sleutel is ingeleverd."),
    # ---- blood donation
    ("nl", "Donorgesprek gepland: {NAME_FULL}, donornummer {CUSTOMER_NUMBER_MEMBER}, geb. {DOB}, {weekday} {time}."),
    (
        "nl",
        "Notitie (slechte lijn): mw. {NAME_SURNAME} [onverstaanbaar] afspraak verzetten, nr {PHONE} [onverstaanbaar]",
    ),
    ("nl", "Beller gaf BSN {BSN_SPOKEN} door maar de lijn viel weg bij [onverstaanbaar], terugbellen."),
    ("nl", "Nieuwe donor {NAME_CAPS}, BSN {BSN}, woont {ADDRESS} te {city}."),
    ("nl", "Notitie: dhr {NAME_SURNAME} belde, geboortedatum {DOB} [onverstaanbaar] wil plasma doneren i.p.v. bloed."),
    ("nl", "Loved “Je afspraak bij {firm} staat” – bevestiging gestuurd naar {EMAIL}, donor {CUSTOMER_NUMBER_MEMBER}."),
    # ---- karting
    ("nl", "Bedrijfsuitje kart: contactpersoon {NAME_FULL}, {PHONE}, {count} deelnemers, factuur naar {EMAIL}."),
    ("nl", "Klant: ik wil 12 man boeken\nAgent: voor welke datum?\nKlant: ff kijken, mn nr is {PHONE} hoor"),
    ("nl", "Agent: mag ik uw naam?\nKlant: {NAME_FULL}\nAgent: en klantnummer?\nKlant: {CUSTOMER_NUMBER_CUSTOMER}"),
    ("nl", "Parkeren bij de baan: geef kenteken {PLATE} door aan de slagboom, reservering op naam van {NAME_SURNAME}."),
    ("nl", "Sws kom ik met de bus, kenteken {PLATE}, en m'n collega {NAME_FIRST} rijdt met {PLATE}."),
    ("nl", "Aanbetaling kartuitje {amount} voldaan met creditcard {CARD} door {NAME_INITIALS}."),
    # ---- orthodontist payment plans
    ("nl", "Betalingsregeling beugel {CUSTOMER_NUMBER_CONTRACT}: patiënt {NAME_FIRST} {NAME_SURNAME}, geb. {DOB}."),
    ("nl", "Termijnen van {amount} worden geïncasseerd van {IBAN}, rekeninghouder {NAME_FULL}."),
    (
        "nl",
        "Geachte heer/mevrouw,\n\nOnder vermelding van\tpolis {CUSTOMER_NUMBER_POLICY}\nvraag ik uitstel. {NAME_FULL}",
    ),
    ("nl", "Betreft:\t\tklacht orthodontist\nNaam:\t\t{NAME_FULL}\nAdres:\t\t{ADDRESS}\n\t\t{POSTCODE} {city}"),
    ("nl", "Zorgverzekeraar vraagt BSN van de patiënt: {BSN}, polis {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Mn dochter {NAME_FIRST} (geb {DOB}) heeft een slotjesbeugel, kunnen we de termijnen splitsen?"),
    # ---- pet food
    ("nl", "Abonnement hondenbrokken {CUSTOMER_NUMBER_CONTRACT} gepauzeerd op verzoek van {NAME_LOWER}."),
    ("nl", "VERZENDLABEL\nAAN: {NAME_CAPS}\n{ADDRESS}\n{POSTCODE} {city}\nTEL {PHONE}\nGEWICHT 15 KG"),
    ("nl", "Afzender: {firm}\nOntvanger: {NAME_FULL}\n{ADDRESS}\n{POSTCODE}  {town}\nPakket {count}/{count}"),
    ("nl", "Klantnr {CUSTOMER_NUMBER_CUSTOMER}: 2x kattenbakvulling ipv 1, graag creditnota naar {EMAIL}."),
    ("nl", "Dag, ge moogt de brokken afleveren bij de buren op {ADDRESS}, ik ben {weekday} nie thuis. {NAME_FIRST}"),
    # ---- church weddings
    ("nl", "Huwelijksaanvraag kerk: bruid {NAME_FULL} (° {DOB}), bruidegom {NAME_FULL} (° {DOB})."),
    ("nl", "Voor de trouwmis in de {firm} moet {NAME_FULL} nog het doopbewijs bezorgen, tel. {PHONE}."),
    ("nl", "Kerkbijdrage {amount} over te schrijven op {IBAN} met vermelding {NAME_SURNAME} – huwelijk {date}."),
    ("nl", "Ge kunt mij bereiken op {PHONE} of via {EMAIL}, groetjes, {NAME_FIRST} uit {town}."),
    ("nl", "Getuigen: {NAME_FULL} en {NAME_INITIALS}, beiden woonachtig te {city}."),
    # ---- escape rooms
    ("nl", "Freshdesk-ticket: team 'De Slotenkrakers', boeker {NAME_FULL}, {EMAIL}, kamer {code}."),
    ("nl", "Loved “We zijn eruit in 58 min!!” – {NAME_FIRST}\nVerstuurd door {PHONE} via iMessage"),
    ("nl", "Gelachen om “haha {NAME_FIRST} zat vast in de kist” \n{NAME_FULL}: kan ik de foto's krijgen op {EMAIL}?"),
    ("nl", "Cadeaubon escape room, lidnr {CUSTOMER_NUMBER_MEMBER}, op naam van {NAME_LOWER}."),
    # ---- mobility scooters
    ("nl", "Reparatie scootmobiel bij {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}; accu vervangen."),
    (
        "nl",
        "Monteur kan {weekday} langs. Mw. {NAME_SURNAME} is slechthorend, bel {PHONE_SPOKEN} en laat lang overgaan.",
    ),
    ("nl", "Scootmobiel valt onder Wmo, BSN cliënt {BSN}, geboren {DOB}, contract {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Notitie gesprek: dochter van dhr. {NAME_SURNAME} [onverstaanbaar] adres is {ADDRESS} [onverstaanbaar]"),
    ("nl", "Ik heb nu al 3 weken geen scootmobiel!!! {NAME_CAPS}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}"),
    # ---- home brewing
    ("nl", "order: 100-{count}\nklant: {NAME_FULL}\nemail: {EMAIL}\nbetaald: creditcard {CARD}"),
    ("nl", "Gistzakje ontbrak in mn brouwpakket, stuur maar naar {ADDRESS}, {POSTCODE}. Tnx, {NAME_FIRST}"),
    ("nl", "Terugbetaling brouwketel naar {IBAN} (rekening van mijn vriend {NAME_FULL})."),
    ("nl", "Klant typt: {EMAIL_SPOKEN}, dat is mijn mailadres\nAgent typt: Bedankt! Ik zoek uw bestelling op."),
    # ---- garden waste bags
    ("nl", "Aanvraag tuinafvalzakken: {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}, {count} stuks."),
    ("nl", "Zak is nie opgehaald op de {ADDRESS} in Gent, kan iemand mij terugbellen op {PHONE}? {NAME_FIRST}"),
    ("nl", "Inwoner {NAME_INITIALS} (BSN {BSN}) vraagt vrijstelling afvalstoffenheffing, geb. {DOB}."),
    ("nl", "Die groene zakken van jullie zijn ff op bij de AH, kunne jullie er paar brengen nr {ADDRESS}? {PHONE}"),
    # ---- CRM dumps
    ("nl", "klant:\n  naam: {NAME_FULL}\n  geboren: {DOB}\n  iban: {IBAN}\n  segment: particulier"),
    ("nl", "contact:\n  telefoon: {PHONE}\n  email: {EMAIL}\n  postcode: {POSTCODE}\n  kanaal: webchat"),
    ("nl", "relatie:\n  relatienummer: {CUSTOMER_NUMBER_CUSTOMER}\n  bsn: {BSN}\n  voertuig: {PLATE}"),
    ("nl", "abonnement:\n  contract: {CUSTOMER_NUMBER_CONTRACT}\n  kaart: {CARD}\n  status: actief"),
    # ---- abroad and mixed
    ("nl", "Boete uit het buitenland voor de kartbus {PLATE_ABROAD}, bestuurder was {NAME_FULL}."),
    ("nl", "Mijn zus in het buitenland is bereikbaar op {PHONE_ABROAD}, zij heet {NAME_FULL}."),
    ("nl", "Brouwpakket verzonden naar het buitenland: {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_EN}, tel {PHONE_ABROAD}."),
    ("nl", "Hoi, k ben {NAME_FIRST}, mn nr is {PHONE}, pasje kwijt, lidnr {CUSTOMER_NUMBER_MEMBER} ofzo"),
    ("nl", "Verzekering scootmobiel, polisnummer {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}, kenteken {PLATE}."),
]
