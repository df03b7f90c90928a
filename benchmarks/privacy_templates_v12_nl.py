"""Dutch templates of the `test_v12` split, first half: energy switching and smart meters, water, waste and
parking permits, library and swimming lessons, dentist, physiotherapy and pharmacy, home care and (regio)taxi
bookings. The second half is in `privacy_templates_v12`, which exports the split. Written by someone who never saw
the redaction rules; labels as described there."""

from __future__ import annotations

NL_FIRST = [
    # energy supplier switching (overstappen) and smart-meter readings
    "Ik wil overstappen naar {supplier} per {date}. Leveringsadres {ADDRESS}, {POSTCODE} {city}, op naam van "
    "{NAME_FULL}.",
    "Hallo, bij het overstappen vraagt jullie site om mijn oude klantnummer, dat is {CUSTOMER_NUMBER_ENERGY}. "
    "Voorschot graag van {IBAN} laten afschrijven.",
    "Meterstanden doorgeven: normaal {meter}, dal {meter}, gas {meter}. Klantnummer {CUSTOMER_NUMBER_ENERGY}, "
    "adres {ADDRESS}.",
    "De slimme meter geeft sinds {date} niks meer door. Monteur mag bellen op {PHONE}, ik ben {weekday} thuis.",
    "Jaarafrekening klopt niet: jullie rekenen met {count} personen, maar sinds de scheiding woon ik hier alleen "
    "({NAME_FULL_F}, {ADDRESS}).",
    "Overstapformulier, ingevuld door mijn zoon: naam {NAME_MARRIED}, geboortedatum {DOB_ELDER}, IBAN {IBAN}.",
    "Mijn termijnbedrag is naar {amount} gegaan. Kunt u mij terugbellen op {PHONE_LAND}? Mvg {NAME_INITIALS}",
    # water company
    "Bij {water} staat de rekening nog op naam van de vorige bewoner; ik woon sinds {date} op {ADDRESS}, {POSTCODE}.",
    "Waterlekkage in de meterput bij {ADDRESS}! Bel me op {PHONE}, ik sta buiten te wachten.",
    "Machtiging voor de waterrekening intrekken: rekening {IBAN} t.n.v. {NAME_SORTED} (zie bijlage).",
    # waste collection, afvalpas, parking permits
    "Mijn afvalpas ({CUSTOMER_NUMBER_WASTE}) werkt niet meer bij de container op de hoek. Adres {ADDRESS}, {POSTCODE}.",
    "Nieuwe afvalpas aanvragen voor {NAME_FULL}, {ADDRESS}; de oude pas {CUSTOMER_NUMBER_WASTE} ben ik kwijt.",
    "Grofvuil laten ophalen op {date} bij {ADDRESS}, {POSTCODE} {city}. Bereikbaar op {PHONE}.",
    "Parkeervergunning {zone}: mijn nieuwe auto heeft kenteken {PLATE}, de oude ({PLATE}) mag eraf.",
    "Bezoekersvergunning werkt niet voor het kenteken van mijn moeder, {PLATE}. Wij wonen op {ADDRESS}.",
    "Ik kreeg een naheffing in {zone} terwijl {PLATE} gewoon op de vergunning van {NAME_FULL} staat.",
    "Vergunning mantelzorg: ik verzorg {NAME_INITIALS_F} op {ADDRESS_YEAR}, {POSTCODE}; mijn auto is {PLATE}.",
    # library
    "Mijn bibliotheekpas {CUSTOMER_NUMBER_LIBRARY} is verlopen, kan de contributie van {IBAN} afgeschreven worden?",
    "Boete bij {library} van {amount} voor een boek dat ik allang heb teruggebracht. Pas {CUSTOMER_NUMBER_LIBRARY}, "
    "naam {NAME_FULL}.",
    "Jeugdlidmaatschap voor {NAME_CHILD}, geboren {DOB_CHILD}, graag koppelen aan mijn pas {CUSTOMER_NUMBER_LIBRARY}.",
    "Kunnen de reserveringsberichten naar {EMAIL} in plaats van per sms naar {PHONE}?",
    # swimming lessons
    "Aanmelding zwemles {pool}: {NAME_CHILDFULL}, geboortedatum {DOB_CHILD}, ouder {NAME_FIRST}, tel. {PHONE}.",
    "Mijn dochter {NAME_CHILD} heeft diploma A gehaald, het lesgeld mag nu stoppen. Incasso liep via {IBAN}.",
    "Wachtlijst zwemles: we zijn verhuisd naar {ADDRESS}, {POSTCODE}, dus graag het nieuwe adres gebruiken.",
    "Foto's van het diplomazwemmen graag mailen naar {EMAIL}, groetjes {NAME_FIRST}",
    # dentist, physiotherapy, pharmacy
    "Afspraak verzetten bij {dentist}: patiëntnummer {CUSTOMER_NUMBER_PATIENT}, geboortedatum {DOB}.",
    "Ik heb een nota van {dentist} gekregen voor {NAME_CHILD}, maar die valt toch onder de verzekering van "
    "{NAME_FULL}? Polis {CUSTOMER_NUMBER_POLICY}.",
    "Fysio: {NAME_FULL}, BSN {BSN}, verwijzing van de huisarts komt per post. Graag maandagochtend.",
    "Bij {physio} staat mijn oude mobiel nog, {PHONE}; nieuw nummer is {PHONE}.",
    "Herhaalrecept klaarzetten bij {pharmacy} voor mevr. {NAME_SURNAME}, geb. {DOB_ELDER}.",
    "De apotheek vraagt mijn BSN ({BSN}) en geboortedatum {DOB} voor de medicatiecheck, is dat normaal?",
    "Medicijnen laten bezorgen op {ADDRESS}, {POSTCODE}; de bezorger mag aanbellen bij de buren, fam. {NAME_SURNAME}.",
    # home care (thuiszorg) schedules
    "Rooster thuiszorg: {NAME_STAFF} komt {weekday} om {time} bij mevrouw {NAME_MARRIED}, {ADDRESS}.",
    "Mijn vader, {NAME_FULL_M} (geb. {DOB_ELDER}), krijgt sinds {date} geen ochtendzorg meer, niemand belt ons!",
    "Overdracht: cliënt {NAME_SORTED}, sleutelkluis bij de achterdeur, contactpersoon dochter {PHONE}.",
    "Eigen bijdrage Wmo wordt afgeschreven van {IBAN}, maar mijn moeder heeft geen zorg meer sinds ze in het "
    "verpleeghuis zit.",
    "Zorgplan aanpassen voor {NAME_INITIALS}, BSN {BSN_BOXES} (overgenomen van het indicatieformulier).",
    # taxi / regiotaxi bookings
    "Regiotaxi boeken: ophalen {ADDRESS} om {time}, naar het ziekenhuis. Pasnummer {CUSTOMER_NUMBER}, rolstoel mee.",
    "De taxi van {taxi} kwam niet opdagen en mijn moeder ({NAME_FULL}) stond een uur buiten te wachten op {ADDRESS}.",
    "Valys-rit {booking}: bel bij vertraging mijn mobiel {PHONE}, niet het vaste nummer {PHONE_LAND}.",
    "Rit terug naar {ADDRESS_YEAR}, {POSTCODE} graag om {time}; op naam van {NAME_MARRIED}.",
]
