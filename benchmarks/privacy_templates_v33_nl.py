"""The first half of the Dutch templates with personal data of the `test_v33` split (a hospice's volunteer desk, a
sports-nutrition webshop and a repairer of antique clocks); the rest is in `privacy_templates_v33`. Written by
someone who never saw the redaction rules; the labelling conventions are in that module's docstring."""

from __future__ import annotations

NL_FIRST = [
    # hospice volunteer desk: applicants, VOG with BSN, rotas, relatives of guests, donations
    "Userlike-chat\nbezoeker: goedemiddag, ik wil graag vrijwilliger worden bij {hospice}\nagent: Wat fijn! Mag ik "
    "uw naam en nummer?\nbezoeker: {NAME_LOWER} , {PHONE}",
    "Aanvraag VOG vrijwilliger\nNaam: {NAME_REG}\nGeboortedatum: {DOB}\nBSN: {BSN}\nAdres: {ADDRESS}\n"
    "Postcode + plaats: {POSTCODE} {city}",
    "Roosterwijziging {shift} {weekday}: {NAME_FIRST} ruilt met "
    "{NAME_FULL} (vrijwilligersnr {CUSTOMER_NUMBER_HOSPICE}).",
    "3CX-gesprekslog {time} — inkomend {PHONE} — dochter van gast, mevr. {NAME_LAST}, vraagt naar bezoektijden.",
    "Gift van {amount} ontvangen van {IBAN} o.v.v. 'ter nagedachtenis aan mijn moeder', gever {NAME_INIT}.",
    "Vrijwilliger {CUSTOMER_NUMBER_HOSPICE} ({NAME_FULL}) is verhuisd: nu {ADDRESS}, {POSTCODE} {city}.",
    "mattermost #coordinatie: wie belt {NAME_FIRST} terug? nr is {PHONE_SAID} zei ze in de voicemail",
    "Telefoondienst-memo {time}: mw. {NAME_MARRIED} belde, haar man wordt {weekday} opgenomen, geb. {DOB_OLD}, "
    "terugbellen op {PHONE_FIXED}.",
    "Onkostenvergoeding vrijwilligers {date}: {NAME_INIT} {amount} naar {IBAN_NL}; "
    "{NAME_INIT} {amount} naar {IBAN_NL}.",
    "Gast opgenomen, BSN voor de zorgverzekeraar: {BSN}; contactpersoon zoon {NAME_M}, {EMAIL}.",
    "Nieuwe nachtwaker {NAME_FULL} parkeert achter, kenteken {PLATE}, sleutelpas nr 14.",
    "Vlaamse vrijwilligster {NAME_F} uit {city_be}: gsm {PHONE_BE}, woont {ADDRESS_BE}, {POSTCODE_BE} {city_be}",
    # sports-nutrition webshop: orders, subscriptions, allergens, returns, chargebacks
    "Shopify-notitie bij {order}: klant {NAME_FULL} wil bezorging bij buren op {ADDRESS}, {POSTCODE}.",
    "WooCommerce-notitie: betaling met {CARD} mislukt, klant {CUSTOMER_NUMBER_SHOP} nam contact op via {EMAIL}.",
    "Tidio-bot overdracht\nNaam: {NAME_LOWER}\nE-mail: {EMAIL_OBF}\nVraag: zit er pinda in de {product}??",
    "Abonnement {product} gestopt voor {CUSTOMER_NUMBER_SHOP}, laatste incasso van {IBAN} teruggeboekt.",
    "Klacht {ticket}: {NAME_FULL} ({CUSTOMER_NUMBER_SHOP}) kreeg {batch} met kapotte verpakking, foto in bijlage.",
    "LiveAgent-ticket van {NAME_F} <{EMAIL}>\nhoi, mijn pakket ligt al 3 dagen bij postnl, {POSTCODE} is toch goed?",
    "Retour {order}: {NAME_INIT}, {ADDRESS}, {POSTCODE} {city}, tel {PHONE}, restitutie op {IBAN}.",
    "klant belt, spelt haar mailadres: {EMAIL_SAID}, klantnr {CUSTOMER_NUMBER_SHOP}",
    "Teamorder voetbalclub: contactpersoon {NAME_FULL}, {PHONE}; factuur naar penningmeester {NAME_INIT}.",
    "Chargeback creditcard {CARD}, kaarthouder {NAME_CAPS}, {order}; klant zegt niks besteld te hebben.",
    "Kiyoh-review van {NAME_FIRST} uit {city}: 'shake smaakt naar zeep' — reactie: mail ons op service@powerfuel.nl "
    "met klantnummer {CUSTOMER_NUMBER_SHOP}",
    "Account {CUSTOMER_NUMBER_SHOP} samengevoegd met {CUSTOMER_NUMBER_SHOP}, allebei van {NAME_LOWER}.",
    # antique-clock repairer: house calls, repair tags, insurance valuations, transport
    "Reparatielabel\n{clock}\nEigenaar: {NAME_REG}\nTel: {PHONE_FIXED}\nKlantnr: {CUSTOMER_NUMBER_CLOCK}\n"
    "Klacht: slaat niet meer",
    "Huisbezoek {weekday} {time}: staande klok ophalen bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, trap smal.",
    "Taxatierapport voor de verzekering: {clock}, eigenaar {NAME_INIT}, geb. {DOB_OLD}, {ADDRESS}, {POSTCODE}.",
    "Voys-notitie: meneer {NAME_LAST} belt voor de 3e keer over {repair}, nummer {PHONE}.",
    "Klok opgehaald met bus {PLATE}; klant {CUSTOMER_NUMBER_CLOCK} betaalt aanbetaling {amount} via {IBAN}.",
    "Erfenis: klok van vader naar {NAME_FULL} en {NAME_FULL}, klantkaart {CUSTOMER_NUMBER_CLOCK} op naam van "
    "{NAME_FULL} gezet.",
    "Duitse klant {NAME_FULL} ({ADDRESS_DE}, {POSTCODE_DE} {city_de}) wil de {clock} laten ophalen, "
    "tel {PHONE_ABROAD}.",
    "Lightspeed-kassabon: pin mislukt, betaald met kaart {CARD}, klant {NAME_INIT}.",
    "pendule terug, groet {NAME_LOWER} (klantnummer {CUSTOMER_NUMBER_CLOCK})",
]
