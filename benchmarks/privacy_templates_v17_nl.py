"""Dutch templates of the `test_v17` split, first half: a mobile-phone repair shop, a smart-thermostat installer, a
garden centre's delivery, a kitchen-appliance recall, a baby-product recall, a carpet cleaner, a sewer blockage, a
chimney-fire insurance claim, caravan storage, a marina, a kite-surfing school, a language school, a driving-licence
exchange for expats and a bank's inheritance desk. The second half is in `privacy_templates_v17`, which exports the
split. Written by someone who never saw the redaction rules; labels as described there."""

from __future__ import annotations

NL_FIRST = [
    # mobile-phone repair shop
    "Reparatie {phone_model} bij {repair_shop}: scherm gebarsten. Naam {NAME_FULL}, bereikbaar op {PHONE_LAND}. "
    "Mijn eigen mobiel ligt dus bij jullie.",
    "Hoi, mijn telefoon is klaar zeggen jullie, maar ik kan pas {weekday}. Mag mijn zus {NAME_FIRST_F} hem ophalen? "
    "Bon staat op naam van {NAME_FULL}, {serial}.",
    "Reparatie afgerekend met {CARD} maar de accu loopt nog steeds leeg. Klantnummer {CUSTOMER_NUMBER}.",
    "[chat] Medewerker {NAME_STAFF}: Waar mogen we de telefoon naartoe sturen?\nKlant: {ADDRESS}, {POSTCODE} {city}",
    "Data teruggezet van mijn oude toestel? Inloggen met {EMAIL}. Groetjes, {NAME_NICK}",
    # smart-thermostat installer
    "Afspraak installatie {thermostat} door {installer}: {ADDRESS}, {POSTCODE} {city}. Contact {NAME_INITIALS}, "
    "{PHONE}.",
    "De monteur ({NAME_FIRST_M}) heeft de thermostaat verkeerd aangesloten, de ketel slaat niet meer aan. Graag "
    "vandaag nog iemand, wij hebben een baby.",
    "Account van de thermostaat-app staat op {EMAIL} maar mijn ex heeft daar nog toegang toe. Nieuw mailadres: "
    "{EMAIL}.",
    "Servicecontract {installer}, contractnummer {CUSTOMER_NUMBER_CONTRACT}. Maandbedrag van {IBAN} afschrijven.",
    "Installatieformulier\nBewoner: {NAME_FORM}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nTelefoon: {PHONE}",
    # garden centre delivery
    "Bezorging {garden_centre}: {plant} op {date} tussen {time} en 17.00 uur. Afleveradres {ADDRESS}, "
    "{POSTCODE}. Bel even aan bij de buren ({NAME_SURNAME}) als ik er niet ben.",
    "De chauffeur heeft de {plant} bij nummer 12 gezet, wij wonen op {ADDRESS}! Ordernummer staat op de bon. "
    "{NAME_FULL}",
    "Klantenpas {garden_centre}: pasnummer {CUSTOMER_NUMBER_PASS}, op naam van {NAME_FULL}, geboren {DOB}.",
    "whatsapp: goeiemorgen, de bezorger mag achterom via het hek, code staat op de deur. tel {PHONE_VOICE} groet "
    "{NAME_FIRST_LOW}",
    # kitchen-appliance recall
    "Terugroepactie {appliance_brand} {appliance}, {batch}. Mijn gegevens: {NAME_FULL}, {ADDRESS}, {POSTCODE} "
    "{city}. Graag een monteur.",
    "Ik heb de {appliance} van de terugroepactie al uitgezet. Vergoeding graag op {IBAN} t.n.v. {NAME_INITIALS}.",
    "Registratie recall via formulier: e-mail {EMAIL_CAP}, tel {PHONE}, {serial}.",
    "Mijn moeder ({NAME_FULL_F}, {DOB_ELDER}) kookt nog op die kookplaat, zij leest geen mail. Kunnen jullie haar "
    "bellen op {PHONE_LAND}?",
    # baby-product recall
    "Recall {baby_product}: wij hebben er een gekocht voor ons kindje {NAME_CHILD}. Aankoop met {CARD}, {order}.",
    "Gekocht via een tweedehandssite van ene {NAME_FULL}. Valt die ook onder de terugroepactie? Mijn mail {EMAIL}.",
    "Vervangend exemplaar sturen naar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}. Baby {NAME_CHILD} is geboren op "
    "{DOB_CHILD}, dus liefst snel.",
    "Retour {baby_product}: terugbetaling naar {IBAN_WRAP}\nt.n.v. {NAME_DOUBLE}",
    "Ik heb twee keer betaald voor de kinderwagen, één keer met {CARD} en één keer met de pas van mijn vrouw.",
    # carpet cleaner
    "Offerte {carpet_cleaner}: vloerkleed 2x3 meter ophalen bij {NAME_FULL}, {ADDRESS}. Bel vooraf {PHONE}.",
    "Het kleed kwam terug met een vlek die er eerst niet zat. Klantnr. {CUSTOMER_NUMBER}, {invoice}.",
    "Voicemail: ja met {NAME_FULL} ehm over het tapijt, u kunt me bellen op {PHONE_VOICE}, dank u",
    "Aanbetaling tapijtreiniging {amount} met creditcard {CARD}, vervaldatum 08/27. Graag bevestiging naar {EMAIL}.",
    # sewer blockage
    "Spoed! Riool verstopt, wc loopt over. {ADDRESS}, {POSTCODE}. Huurder {NAME_FULL}, {PHONE}. {sewer_firm} komt pas "
    "morgen?",
    "De verhuurder ({NAME_INITIALS}) zegt dat de ontstopping voor mijn rekening is. Klopt dat? Mijn e-mail {EMAIL}.",
    "Factuur ontstopping betaald met pin ({CARD}), maar nu komt er nog een acceptgiro. {invoice}.",
    "Monteur {NAME_FIRST} zag op de camera dat het probleem bij de buren zit, {ADDRESS}. Wie betaalt dat?",
    # chimney fire insurance claim
    "Schoorsteenbrand op {date}. Polisnummer {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}, adres {ADDRESS}, "
    "{POSTCODE} {city}.",
    "De brandweer was er binnen tien minuten. Schade aan het dak, {case}. Uitkering op {IBAN} graag. {NAME_TYPO}",
    "Is de schoorsteen wel geveegd? Ja, op {date} door een erkende veger. Bewijs volgt. Geboortedatum "
    "verzekeringnemer: {DOB}.",
    "Buurman {NAME_FULL} heeft het vuur als eerste gezien; hij wil wel getuigen, tel. {PHONE}.",
    # caravan storage
    "Stalling {storage}: caravan met kenteken {PLATE} ophalen op {date}. Huurder {NAME_FULL}, "
    "klantnummer {CUSTOMER_NUMBER}.",
    "Onze caravan ({PLATE}) is beschadigd in de stalling, er zit een deuk in de zijkant. Wie was er "
    "als laatste binnen?",
    "Stallingsgeld {amount} per seizoen, automatische incasso van {IBAN}. Adres gewijzigd naar {ADDRESS}, {POSTCODE}.",
    "Op naam van mijn vader, {NAME_FULL_M}, maar ik haal hem op met de auto van mijn man, {PLATE}.",
    "Wie heeft er een camper met kenteken {PLATE} voor de poort van de stalling gezet? Hij blokkeert de uitrit.",
    "Stallingspas {CUSTOMER_NUMBER_PASS} hoort bij de caravan {PLATE_BARE}, niet bij de vouwwagen van {NAME_FULL}.",
    # marina
    "Passantenplaats {marina} voor drie nachten, boot 'Zeezwaluw'. Schipper {NAME_FULL}, {PHONE_BE}.",
    "Havengeld met {CARD} betaald, maar de slagboom gaat niet open. Lidnummer {CUSTOMER_NUMBER_MEMBER}.",
    "Jaarplaats opzeggen per 1 november. {NAME_FORM}, {ADDRESS}, {POSTCODE} {city}, {EMAIL}.",
    "Marifoon-log: 'jacht Meeuw, schipper {NAME_SURNAME}, verzoek ligplaats', terugbelnummer {PHONE}.",
    "Trailer van de boot staat op de parkeerplaats, kenteken {PLATE}, van {NAME_INITIALS} uit {city}.",
    # kite-surfing school
    "Inschrijving {kite_school}: {NAME_FULL}, geboren {DOB}, gewicht 78 kg, zwemdiploma ja. Noodcontact {NAME_FIRST} "
    "{PHONE}.",
    "Les afgelast door te weinig wind, graag tegoed of geld terug op {IBAN}. Leerlingnummer {CUSTOMER_NUMBER_STUDENT}.",
    "Ons kind {NAME_CHILD} ({DOB_CHILD}) wil een proefles. Kan dat onder de 14? Mail naar {EMAIL}, groet {NAME_FULL}.",
    "Wetsuit huren: betaald met {CARD_WRAP}",
    # language school
    "Aanmelding {course} bij {language_school}: {NAME_FULL}, {DOB}, BSN {BSN}, adres {ADDRESS}, {POSTCODE} {city}.",
    "Cursist {NAME_FULL} (studentnummer {CUSTOMER_NUMBER_STUDENT}) is al twee weken afwezig. Telefoon {PHONE} wordt "
    "niet opgenomen.",
    "Ik wil betalen in termijnen, van rekening {IBAN}. Mijn docent is {NAME_FIRST}, les op {weekday}.",
    "Lening DUO voor inburgering: BSN {BSN_VOICE}, zegt de cursist aan de telefoon.",
    # driving-licence exchange for expats
    "Omwisselen rijbewijs: ik ben {NAME_FULL}, geboren {DOB}, BSN {BSN}. De gemeente {city} zegt dat ik bij jullie "
    "moet zijn.",
    "Expat uit {city_be}, rijksregisternummer {BSN_BE}, nu wonend op {ADDRESS}, {POSTCODE}. Is mijn Belgisch rijbewijs "
    "hier geldig?",
    "Mijn man {NAME_FULL_M} heeft een Brits rijbewijs; adres in het VK was {ADDRESS_UK}, {POSTCODE_UK}.",
    # bank's inheritance desk
    "Afdeling Nabestaanden {bank}: mijn vader {NAME_FULL_M}, BSN {BSN}, geboren {DOB_ELDER}, is op {date} overleden.",
    "Rekening van de overledene: {IBAN}. Ik ben executeur, {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}.",
    "Verklaring van erfrecht is opgesteld door {notary}. Contactpersoon namens de erven: {NAME_FULL}, {EMAIL}.",
    "De pas van mijn moeder ({CARD}) graag blokkeren, maar de vaste lasten moeten nog doorlopen.",
    "Klantnummer van mijn overleden oom was {CUSTOMER_NUMBER}. Kunnen de spaarrekening en de kluis op één overzicht?",
]
