"""Dutch and Flemish templates of test_v56: glasvezel installers, home care, GGZ intake, driving schools and CBR,
car workshops, bicycle and furniture shops, second-hand marketplaces, ticketing and sports federations."""

from __future__ import annotations

_TELECOM = [
    "ja goedemiddag u spreekt met {NAME_LOWER} ik bel over de glasvezel aansluiting op de {ADDRESS_LOWER} in {city}",
    "monteur komt {weekday} tussen {slot} voor de modemwissel; contact {PHONE}; klantnr {CUSTOMER_NUMBER_TELECOM}",
    "CB klant {NAME_INITIALS}; LOS-lampje rood ({code}); nieuw modem verstuurd naar {ADDRESS}, {POSTCODE} {city}; TNA",
    "eh de postcode is {POSTCODE_SPOKEN} en het abonnement staat op naam van mijn man {NAME_FIRST}",
    "[{date} {time}] {firm}: Beste {NAME_FIRST}, de monteur komt morgen tussen {slot}. Bel bij vragen {company_phone}.",
    "Klantnummer {CUSTOMER_NUMBER_TELECOM} - glasvezel {speed} - opleverpunt in de meterkast - tel. {PHONE}",
    "ja dat klantnummer is {CUSTOMER_NUMBER_SPOKEN} en ik zit al {count} dagen zonder internet",
    "Wrap-up; beller: {NAME_FULL}; reden: storing tv na wissel naar {product}; afspraak {date}; mail {EMAIL}",
    "Graag de eindafrekening storten op {IBAN} t.n.v. {NAME_INITIALS}, het contract ({CUSTOMER_NUMBER}) is opgezegd.",
    "de graafploeg heeft mijn tuin open laten liggen aan de {ADDRESS_LOWER} wie betaalt dat nou",
]
_CARE = [
    "Overdracht wijkverpleging: mevr. {NAME_SURNAME} ({DOB}), {ADDRESS}; wondzorg {time}; dochter bereikbaar {PHONE}",
    "Cliëntnr {CUSTOMER_NUMBER_CARE}; BSN {BSN}; indicatie {count} uur p/w via {care}; herindicatie aangevraagd",
    "goedemorgen ik bel namens mijn moeder {NAME_LOWER} geboren {DOB_SPOKEN} zij krijgt thuiszorg van jullie",
    "Aanvraag alarmering: [x] Ja, sleutel bij buren; naam {NAME_FULL}; adres {ADDRESS}, {POSTCODE} {city}",
    "De zorgverlener kwam niet opdagen bij meneer {NAME_SURNAME}; zoon {NAME_FIRST} belde om {time}.",
    "wijkverpleegkundige {NAME_FIRST} komt niet meer zegt mijn vader hij woont op {ADDRESS_LOWER} in {city}",
    "Eigen bijdrage CAK: betaling via {IBAN}, cliënt {CUSTOMER_NUMBER_CARE}, geboren {DOB}.",
]
_GGZ = [
    "Aanmelding GGZ | [x] Ja, verwijsbrief aanwezig | naam: {NAME_FULL} | geb.datum: {DOB} | BSN: {BSN} | tel: {PHONE}",
    "ik sta al {count} weken op de wachtlijst onder dossiernummer {CUSTOMER_NUMBER_GGZ} en niemand belt terug",
    "Intake {date}: cliënt {NAME_REVERSED}, dossier {CUSTOMER_NUMBER_GGZ}; crisisplan besproken; terugbellen {PHONE}.",
    "mijn burgerservicenummer is {BSN_SPOKEN} en mijn huisarts heeft de verwijzing al op {date} gestuurd",
    "Van: {NAME_FULL} <{EMAIL}>\nVerzonden: {weekday} {date} {time}\nAan: aanmeldingen@{firm_mail}\nOnderwerp: GGZ",
    "Cliënt ({DOB}) wil geen post meer op {ADDRESS}; alleen mail naar {EMAIL}.",
]
_DRIVING = [
    "CBR kandidaatnummer {CUSTOMER_NUMBER_CBR}; praktijkexamen B {date} om {time} in {city}; leerling {NAME_FULL}",
    "rijschool hier even over {NAME_FIRST} {NAME_SURNAME} haar gezondheidsverklaring is nog steeds niet goedgekeurd",
    "Lespakket {count} lessen betaald met {CARD}; leerling {NAME_INITIALS}, geboren {DOB}; ophaaladres {ADDRESS}",
    "Hoi {NAME_FIRST}! Je tussentijdse toets staat op {date} om {time}. Neem kandidaatnr {CUSTOMER_NUMBER_CBR} mee.",
    "leerling belt: mijn BSN is {BSN} maar het CBR vindt mijn reservering niet",
    "de examinator wil het rijbewijs van {NAME_FULL} zien maar die verloopt op {date}",
]
_WORKSHOP = [
    "APK {PLATE} afgemeld {date}; eigenaar {NAME_INITIALS}; km-stand {km}; klant {CUSTOMER_NUMBER_DEALER}",
    "Terugroepactie {model}: kenteken {PLATE} van {NAME_FULL} is nog niet binnen geweest, bellen op {PHONE}.",
    "goeiendag ik heb ne {model} met nummerplaat {PLATE_BE} en de garage in {city} zegt dat het onder garantie valt",
    "Werkorder {order}; kenteken {PLATE}; vervangende auto tot {date}; klant bereikbaar op {PHONE_BE}",
    "ja het kenteken is {PLATE} en de distributieriem is vorige maand nog vervangen bij jullie",
    "Factuur onderhoudsbeurt {amount} voor {PLATE} graag naar {EMAIL} en niet naar de zaak",
    "Klant {NAME_REVERSED} ({CUSTOMER_NUMBER_DEALER}) wil de winterbanden ophalen {weekday}; wisselset {code}",
]
_BIKE = [
    "Hoi {NAME_FIRST}, je {product} staat klaar bij {shop}. Accu vervangen onder garantie. Groet, de werkplaats",
    "e-bike gestolen bij het station van {city}; eigenaar {NAME_FULL}, {ADDRESS}, {POSTCODE}; tel {PHONE}",
    "Reparatiebon {order}: {product}, motor {code}; klant {NAME_INITIALS} {PHONE}; borg {amount} retour op {IBAN}",
    "ik heb m op {date} gekocht en betaald met mijn creditcard {CARD} dus waar blijft mijn geld",
    "Leasefiets via werkgever; medewerkernr {CUSTOMER_NUMBER}; naam {NAME_FULL}; privé mail {EMAIL}",
]
_FURNITURE = [
    "Bezorging {product} {date} tussen {slot}; {ADDRESS}, {POSTCODE} {city}; 3e etage zonder lift; tel {PHONE}",
    '"{order}";"{NAME_REVERSED}";"{ADDRESS}";"{POSTCODE}";"{city}";"{PHONE}";"{slot}"',
    "de bezorgers hebben de kast bij de buren neergezet op nummer {count} maar ik woon op {ADDRESS_LOWER}",
    "Aanbetaling {amount} gedaan met kaart {CARD}; restant bij aflevering; klant {NAME_FULL}",
    "SMS {date}: Beste {NAME_SURNAME}, uw {product} wordt morgen geleverd tussen {slot}. Antwoord STOP = afmelden.",
    "Retour {product}: terugbetaling {amount} op rekening {IBAN} van {NAME_FULL} binnen 14 dagen.",
    "Postcode {POSTCODE} klopt niet met {ADDRESS} volgens de route-app van de chauffeur",
]
_MARKET = [
    "Ik heb {amount} overgemaakt vanaf {IBAN} maar de {product} kwam nooit aan; verkoper-ID {CUSTOMER_NUMBER_MARKET}",
    "verkoper {NAME_LOWER} reageert niet meer zijn nummer was {PHONE} en hij zou in {city} wonen",
    "Melding oplichting: koper {NAME_FULL} ({EMAIL}) stuurde nep-betaalverzoek; mijn account {CUSTOMER_NUMBER_MARKET}",
    "Geschil {ticket}; verzender {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}; pakket {order} leeg ontvangen",
    "ze vroeg ook nog mijn geboortedatum {DOB_SPOKEN} en mijn bankrekening dat vond ik raar",
]
_TICKETS = [
    "Ticket voor {festival} staat op naam van {NAME_FULL} ({EMAIL}); graag overzetten naar {NAME_FULL}.",
    "Betaald met creditcard {CARD} maar geen e-ticket ontvangen voor {festival} op {date}.",
    "Parkeerticket {festival}: kenteken {PLATE}; naam {NAME_FULL}; aankomst {weekday} {time}",
    '{"event":"order.refunded","buyer":{"name":"{NAME_FULL}","email":"{EMAIL}","phone":"{PHONE}"},"total":"{amount}"}',
    "Mijn vriendin {NAME_FIRST} heeft de kaarten gekocht met haar mail {EMAIL_UPPER} maar is ze kwijt.",
    "Klant geb. {DOB}; leeftijdscheck {festival} mislukt; ID opnieuw geüpload; ordernr {order}",
]
_SPORT = [
    "Scheidsrechter {NAME_FULL}, relatiecode {CUSTOMER_NUMBER_MEMBER}; declaratie {amount} reiskosten op {IBAN}",
    "Wedstrijd {club} - {club} {date}: scheids {NAME_INITIALS} afgemeld; vervanger via {PHONE}",
    '{"type":"member.updated","member":{"id":"{CUSTOMER_NUMBER_MEMBER}","name":"{NAME_FULL}","born":"{DOB}"}}',
    "Spelerspas aanvraag: {NAME_REVERSED}; geboren {DOB}; adres {ADDRESS}, {POSTCODE} {city}; [x] Ja, foto bijgevoegd",
    "hallo met de ledenadministratie van {club} wij missen nog het rekeningnummer {IBAN} voor de contributie",
    "Tuchtzaak {ticket}: speler {NAME_FULL} (relatienr {CUSTOMER_NUMBER_MEMBER}) geschorst voor {count} wedstrijden",
]
_VOICES = [  # regional, Flemish, Frisian and multilingual callers
    "ja hoi met {NAME_FIRST} uit {city} hè ik bel vanuit m'n werk dus bel me trug op {PHONE} dan",
    "Goeiemiddag, ik woon op de {ADDRESS_BE} te {city_be}, mijn gsm is {PHONE_BE} als de technieker belt.",
    "Mijn rekeningnummer is {IBAN}, op naam van {NAME_FULL}, graag daarop terugstorten.",
    "moi ik bin {NAME_FULL} en ik wenje op {ADDRESS} dat is yn {city}",
    "mijn schoonzoon {NAME_FULL} belt vanuit het buitenland op {PHONE_INTL} hij doet de papieren",
    "ik ben {NAME_FULL} mijn nummer {PHONE_SPOKEN} u mag ook WhatsAppen",
    "Postcode en huisnummer graag? -- {POSTCODE} -- dank u, en uw geboortedatum? -- {DOB}",
    "Klantgegevens gecontroleerd: {NAME_UPPER}, {DOB}, {POSTCODE}; identiteit OK",
    "Gegevens: {NAME_FULL} / {ADDRESS} / {POSTCODE} {city} / BSN {BSN} / {PHONE}",
    "mijn mailadres is {EMAIL_SPOKEN} met kleine letters alles aan elkaar",
    "Klantnummer {CUSTOMER_NUMBER} hoort bij {NAME_FULL}, niet bij zijn broer {NAME_FIRST}.",
    "Nummer {CUSTOMER_NUMBER_SPOKEN} zegt de beller, maar dat vindt het systeem niet",
]

NL: list[tuple[str, str]] = [
    ("nl", template)
    for group in (_TELECOM, _CARE, _GGZ, _DRIVING, _WORKSHOP, _BIKE, _FURNITURE, _MARKET, _TICKETS, _SPORT, _VOICES)
    for template in group
]
