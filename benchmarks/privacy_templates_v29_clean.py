"""Sentences of the `test_v29` split without personal data, in its frames and channels; the ordinary words all its
templates draw are in `privacy_templates_v29_words` (`CLEAN_FILLERS["test_v29"]`). Written by someone who never saw
the rules.

The traps: firms named after a person (Manege De Vries, Dansschool Lenie Krijger, Kartcentrum Jan Lammers,
Klimaattechniek Bart Smit, Koffie Keijzer, Douwe Egberts); horses with people's names (Joris, Kasper, Sophie, Mr.
Bean, Lady Di); brands after their founders (Vaillant, Bosch, De'Longhi); the Anna Pavlova ballet school and
dances named after places; streets named after people without a house number; towns that are words or names
(Beek, Epe, Nes, Bergen, Doorn, Elst, Anna Paulowna); lesson, installation and event dates, years, prices, kWh,
SCOP and dB figures, product, article and EAN codes, order, booking, invoice, quote and ticket numbers, Aircall,
Jotform, Mollie and DocuSign references, KvK and VAT numbers, a firm's Postbus address, company phone numbers and
mailboxes; empty form fields and call logs without a person. Dutch sentences avoid the words the/I/is/my, by which
the corpus builder tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v29_words  # noqa: F401  (registers CLEAN_FILLERS["test_v29"])

_NL = [
    # riding school
    "Calendly — nieuwe boeking\nEvenement: proefles springen (45 min)\nWanneer: {weekday} {time}\nLocatie: {manege}",
    "{horse} heeft vandaag vrij, hoefsmid komt {weekday} om {time}.",
    "Pensionprijs {manege} per {date}: {amount} per maand inclusief hooi.",
    "Joris en Kasper staan voortaan in de buitenbak, Sophie in stal 4.",
    "Ponykamp in {city} van {date} t/m {date}, kosten {amount}, aanmelden via {company_mail}.",
    "Rittenkaart 10 lessen: {amount}, geldig tot {date}.",
    "Viber 07:55 — bak bevroren, lessen van {time} gaan niet door.",
    "Dierenarts komt {weekday} voor de entingen van alle paarden; {horse} eerst.",
    "Aircall {aircall}, inkomend, 0:48 min, beller hing op voor keuzemenu.",
    "Mollie {mollie}: betaling {amount} mislukt, opnieuw proberen.",
    "{manege} zoekt vrijwilligers voor de open dag op {date}.",
    # dance school
    "Nieuw rooster {dance_school}: {dance} op {weekday} om {time}, {dance} om 21:00.",
    "Jotform {jotform}\nTrouwdatum: {date}\nOpeningsdans: {dance}\nAantal lessen: 4",
    "Mailchimp-rapport nieuwsbrief {date}: 1.204 verstuurd, 38 bounces, 12 afmeldingen.",
    "Balletschool Anna Pavlova verhuist naar {city}.",
    "Workshop {dance} met live band op {date}, entree {amount}.",
    "Teams-ondertiteling [00:01:02] Docent: goedemorgen allemaal, we beginnen met het rooster van {date}.",
    "Danswedstrijd in {city}: aanmelden vóór {date}, startgeld {amount}.",
    "DocuSign {docusign} — lescontract verzonden, nog niet ondertekend.",
    "Zoho Desk {ticket}: vraag over parkeren bij {dance_school}, beantwoord met standaardmacro.",
    "Engelse wals en Weense wals in één les? Kan vanaf niveau 3.",
    # karting
    "{kart_track}: baanrecord 38,412 sec, gereden op {date}.",
    "Groepsarrangement {amount} p.p., minimaal 8 personen, {order}.",
    "Helm maat L op voorraad ({product}).",
    "Vrijwaringsformulier\nNaam: \nGeboortedatum: \nHandtekening: (leeg)",
    "Baan 2 dicht wegens onderhoud tot {date}.",
    "Cadeaubon van {amount} verloopt na 12 maanden; {order}.",
    "Minimumleeftijd 8 jaar en lengte 1,40 m, zie website {kart_track}.",
    "Aircall {aircall}, gemist, geen voicemail.",
    # heat pumps
    "Dynamics 365 — case\nProduct: {heatpump}\nStoring: E7\nStatus: monteur ingepland {weekday}",
    "{heatpump}: {kwh}, geluidsniveau 55 dB(A), {amount} inclusief montage.",
    "{installer} geeft 10 jaar garantie op de compressor, {product}.",
    "ISDE-subsidie {year}: aanvragen via RVO binnen 12 maanden na installatie.",
    "Schouwingen deze week in {city}, {city} en {city}.",
    "{quote} verloopt op {date}; prijs {amount}.",
    "Klimaattechniek Bart Smit neemt de servicecontracten in regio {city} over.",
    "Retouren naar Postbus 1120, 6800 BC Arnhem, t.a.v. afdeling service.",
    "Vaillant en Bosch leveren pas weer in week 14.",
    "Storingsdienst {installer}: {company_phone}, ook in het weekend.",
    # vanpool
    "Airtable vanpool\nroute: {route}\nstatus: vol\nvertrek: {time}",
    "Nieuwe route {route} start op {date}, nog 3 plaatsen vrij.",
    "Tankpassen worden vervangen per {date}; oude passen knippen.",
    "Brandstofvergoeding {year}: {amount} per kwartaal per bus.",
    "Viber groep vanpool 06:58 — file bij {city}, we vertrekken 10 min later.",
    "P+R {city} gaat dicht op {date}, uitwijken naar station.",
    # coffee machines
    "{coffee_machine}: ontkalken elke 3 maanden, {product}.",
    "Leaseprijs {coffee_machine} {amount} per maand excl. btw, looptijd 60 maanden.",
    "{coffee_firm} levert vanaf {date} ook Fairtrade-bonen.",
    "Servicebezoek {weekday} {time}, {invoice} volgt per mail.",
    "Douwe Egberts Cafitesse-zakken op, nabestelling {order}.",
    "Storing De'Longhi Dinamica: melkopschuimer lekt; onderdeel {product}.",
    # generic traps
    "Bel onze klantenservice op {company_phone} of mail {company_mail}.",
    "{kvk}, btw {vat}.",
    "Factuur {invoice}: {amount}, betalen binnen 14 dagen.",
    "Ticket {ticket} gesloten door systeem na 7 dagen zonder reactie.",
    "Openingstijden {city}: {weekday} van {time} tot 22:00.",
    "Ze wonen in Beek, niet in Elst.",
    "Verhuizing van ons kantoor naar de Willem de Zwijgerlaan in {city} per {date}.",
    "Vestiging aan de Burgemeester de Withstraat gesloten op {date}.",
    "Aanmeldformulier\nNaam: (niet ingevuld)\nTelefoon: (niet ingevuld)\nOpmerking: test",
    "Klant wilde geen gegevens geven, alleen prijsinformatie over {heatpump}.",
    "Mollie {mollie}: terugbetaling {amount} verwerkt op {date}.",
    "Op {date} om {time} storing in ons telefoniesysteem, {aircall} niet opgenomen.",
    "Jubileum: {manege} bestaat sinds 1987, feest op {date}.",
    "Lesprijs vanaf {year}: {amount} per les.",
    "Nes, Epe en Doorn: geen vanpool-route, wel in {city}.",
    "Sultan van Manege De Vries won de dressuurproef in {city} op {date}.",
    "Warmtepompbeurs {date}: stands van Bosch, Vaillant en {installer}.",
    "Dansschool Lenie Krijger viert 50-jarig jubileum met een Engelse-walsavond op {date}.",
    "Bezorging koffiebonen {coffee_firm} op {date} tussen {time} en 12:00, {order}.",
    "Slagboom kentekenscanner kartbaan offline van {time} tot 10:00.",
    "Vanaf {date} rijdt de vanpool via de Prins Bernhardlaan en de Koningin Wilhelminaweg.",
]

_EN = [
    "Calendly — new event\nEvent: trial lesson\nWhen: {weekday_en} {time_en}\nNote: the invitee cancelled.",
    "The farrier comes on {weekday_en} at {time_en}, {horse} is first.",
    "Our livery price from {date_en} is {amount_en} a month.",
    "Mr. Bean and Lady Di are the quietest ponies, good for the beginners.",
    "Is the indoor arena open on {weekday_en}?",
    "Price of the {dance_en} workshop on {date_en}: {amount_en}.",
    "Teams captions [00:00:40] Teacher: okay everyone, is the sound working?",
    "Hi, my daughter wants to learn {dance_en}, do you have a class on {weekday_en}?",
    "Mailchimp report: the newsletter went to 1,204 addresses, 38 bounced.",
    "The lap record at {kart_track} is 38.412 seconds.",
    "Is there a minimum age for karting? I read 8 on the website.",
    "Group deal {amount_en} per person, the minimum is 8, {order_en}.",
    "Waiver\nName:\nDate of birth:\nSigned: (blank)\nNote: the form was left empty.",
    "Aircall {aircall}, missed, the caller left no voicemail.",
    "The {heatpump} shows error E7 after the update.",
    "Is the ISDE subsidy still available in {year}?",
    "Specs of the {heatpump}: {kwh}; price {amount_en} including installation.",
    "Our {quote} is valid until {date_en}.",
    "I asked about prices only, no visit needed.",
    "The vanpool route {route} starts on {date_en}, the van has three seats left.",
    "Traffic jam near {city}, the van leaves 10 minutes late.",
    "All fuel cards are replaced on {date_en}, the old ones stop working.",
    "Descale the {coffee_machine} every three months ({product}).",
    "Lease price for the {coffee_machine} is {amount_en} a month, excl. VAT.",
    "My colleague says the Douwe Egberts machine is leaking again.",
    "Call the service desk on {company_phone} or email {company_mail}.",
    "Our company details for the invoice: {kvk}, VAT {vat}.",
    "Ticket {ticket} was closed by the system after 7 days.",
    "Is Bergen the one in North Holland or in Limburg?",
    "The Jotform {jotform} came in without a name, is that a test?",
    "Mollie {mollie}: the payment of {amount_en} failed.",
    "DocuSign {docusign}: the envelope is still waiting for signature.",
    "Is Pensionstal Willem Tell the stable near {city}?",
    "Hi, my invoice {invoice} shows {amount_en} twice.",
    "The 0800 number is free, the {company_phone} line is not.",
    "Sultan and Bella from {manege} are in the show on {date_en}.",
]

TEST_V29_CLEAN = _NL + _EN
