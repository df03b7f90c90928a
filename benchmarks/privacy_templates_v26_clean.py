"""Sentences of the `test_v26` split without personal data, in its frames and channels; the ordinary words all its
templates draw are in `privacy_templates_v26_words` (`CLEAN_FILLERS["test_v26"]`). Written by someone who never saw
the rules.

The traps: firms, clubs and hostels named after a person (Installatiebedrijf Henk Jansen, Schaakclub Max Euwe,
Jeugdherberg Bert Haanstra, Zonwering Johan Hendriks, Houthandel Klaas Vaak, Schietvereniging Willem Tell, Bakkerij
Jan Linders); Sinterklaas and his Pieten, a locomotive and dogs with names (Bello, Boef, Max);
streets named after people without a house number (Burgemeester de Withstraat, Graaf Florislaan, Jan van
Galenstraat); towns that look like names or words (Ede, Putten, Grave, Stein, Hendrik-Ido-Ambacht); boiler codes
(Remeha Calenta Ace 35c, F28, 1,5 bar), bicycle frame numbers, chess notation, YAML, INI, CSV, iCalendar and
Microsoft Forms rows without a person; order, ticket, booking, invoice and work-order numbers; company phone numbers
and mailboxes; KvK numbers, prices, times, versions and dates that are no birth date. Dutch sentences avoid the
words the/I/is/my, by which the corpus builder tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v26_words  # noqa: F401  (registers CLEAN_FILLERS["test_v26"])

_NL = [
    # boiler
    "WERKBON {workorder}\nToestel: {product}\nStoring: F28\nOplossing: ontstekingspen vervangen, druk 1,5 bar",
    "{boiler} komt jaarlijks langs voor onderhoud, {amount} per maand inclusief voorrijkosten.",
    "Installatiebedrijf Henk Jansen zoekt een servicemonteur voor de regio {city}.",
    "Op {date} om {time} schreef {boiler} <{company_mail}>:\n> Uw onderhoudsbeurt staat gepland.",
    "SMS: Onze monteur komt morgen {time} 🔧 Niet thuis? Bel {company_phone}.",
    "Storing {ticket}: ketel {product} geeft foutcode E133, gasdruk gecontroleerd.",
    "Nieuwe prijzen onderhoudsabonnement per {date}: basis {amount}, plus {amount}.",
    # hostel
    "NACHTREGISTER {hostel}\nNaam:\nNationaliteit:\nGeboortedatum:\nDocumentnr. gezien:",
    "{hostel} heeft op {date} nog 14 bedden vrij in de slaapzaal.",
    "Jeugdherberg Bert Haanstra opent een nieuwe vleugel aan de Graaf Florislaan.",
    "ID\tBegintijd\tE-mail\tNaam\tSchool\tAantal leerlingen\n49\t{date} {time}\t\t\t\t0",
    "Ontbijt van {time} tot 10:00, lakenpakket {amount}, handdoek {amount}.",
    "Schoolreis {booking}: 2 bussen, aankomst {weekday} {time}.",
    "Hey! Receptie tot 23:00 open, daarna code bij de deur 😊",
    # depot
    "Registratie fietsdepot: {frame}, opgehaald bij station {city}, geen eigenaar gevonden.",
    "{depot} open op {weekday} van {time} tot 17:30, pinnen verplicht.",
    "Stallingskosten {amount}, na 28 dagen wordt de fiets verkocht of gesloopt.",
    "Handhaving verwijdert {weekday} weesfietsen rond de Jan van Galenstraat.",
    "Fietsdepot: Gazelle Orange C7 met {frame}, slot doorgeknipt, status vrijgegeven.",
    # aids
    "{aid} levert rolstoelen binnen 24 uur, ook in Ede en Putten.",
    "Route chauffeur {weekday}\n1. rollators ophalen bij zorgcentrum De Linde\n2. krukken naar uitleenpunt {city}",
    "Uitleen krukken maximaal 26 weken, borg {amount}.",
    "Hoog-laagbed besteld, {order}, levering {date} {time}.",
    # sint
    "{sint} heeft nog 3 avonden vrij rond 5 december.",
    "Signal — Sinten {year}\nbaarden liggen in de kast bij de kostuums, mijters gestoomd",
    "Sinterklaas en twee Pieten op school in {city}, {date} om {time}.",
    "Sint & Piet Verhuur Willem Brouwer rekent {amount} per half uur.",
    "Pakjesboot Events zoekt nog Pieten met rijbewijs B.",
    # wood
    "Bestelformulier haardhout\nProduct: 2 m³ eiken\nLevering: {date}\nPrijs: {amount}",
    "Houthandel Klaas Vaak levert gedroogd essenhout vanaf {amount} per kuub.",
    "Stop 4: {city}, hout achterom, hek open.",
    "{wood} stort het hout op de oprit, stapelen kost {amount} extra.",
    "Vochtigheid onder 20%, gekloofd, lengte 25 cm.",
    # blinds
    "inmeting:\n  product: {goods}\n  ramen: 5\n  kleur: antraciet",
    "Zonwering Johan Hendriks plaatst screens met een Somfy io-motor.",
    "{blinds} geeft 10% korting tot {date}.",
    "Monteurs rijden op {weekday} in {city} en Grave.",
    "Offerte {invoice}: 3 screens, {amount} inclusief montage.",
    # rail
    '"datum";"rit";"loc";"dienst"\n"{date}";"{booking}";"Bello";"stoker en machinist"',
    "{rail} rijdt op {weekday} om {time} vanaf Hoorn.",
    "Stoomlocomotief 7742 'Bello' staat in de remise voor revisie.",
    "Kaartjes {amount} volwassene, {amount} kind, fiets gratis mee.",
    "Vrijwilligersavond in de remise op {date}, aanmelden via {company_mail}.",
    # chess
    "Discord #interne-competitie\nronde 7: 1.e4 c5 2.Nf3 d6, remise na 41 zetten",
    "Schaakclub Max Euwe speelt op {weekday} in de bibliotheek van {city}.",
    "[toernooi]\nnaam = Open {city} {year}\ntempo = 90+30\ninschrijfgeld = {amount}",
    "SV Het Paard wint van De Witte Dame met 5,5-2,5.",
    "Siciliaans, Caro-Kann en Damegambiet op de clubavond van {date}.",
    # interpreter
    "BEGIN:VEVENT\nSUMMARY:Teamoverleg tolken\nLOCATION:{city}\nDTSTART:20261110T093000\nEND:VEVENT",
    "{interp} zoekt tolken Nederlandse Gebarentaal voor de regio {city}.",
    "Tolkuren {year}: 30 uur per jaar voor werk, via UWV.",
    "Tolkenbureau Simone Aarts sluit op {date} om {time}.",
    # dogs
    "Notities — ma/wo/vr\n- Boef\n- Luna\n- Max (niet loslaten bij de eendjes)",
    "Boef en Max zijn weer thuis 🐕 Heerlijk gerend in het bos bij Stein!",
    "Hondenuitlaatservice Boef rijdt {weekday} niet vanwege onweer.",
    "{dog} rekent {amount} per wandeling van 90 minuten.",
    # shooting
    "Schietvereniging Willem Tell houdt de jaarvergadering op {date}.",
    "Baanhuur {amount} per uur, kogelvanger gecontroleerd op {date}.",
    "KNSA-wedstrijd in Ede, aanvang {time}, kaliber .22 LR.",
    "{shoot} sluit de 25-meterbaan wegens onderhoud tot {date}.",
    # home exchange
    "Bericht via {swap}\nWij ruilen graag in juli, huis met tuin en 3 slaapkamers.",
    "{swap} rekent {amount} per jaar voor een lidmaatschap.",
    "Profiel: appartement in {city}, 2 kinderen, geen huisdieren, fietsen beschikbaar.",
    # cakes
    "Taartbestelling\nTekst op taart: 'Gefeliciteerd!'\nOphalen: {date}",
    "Bakkerij Jan Linders bakt op {weekday} geen bruidstaarten.",
    "Banketbakkerij Van der Linde bestaat {year} honderd jaar.",
    "{cake}: {order} klaar om {time}, {amount}.",
    "Ansichtkaart: Lieve bakkers, de taart was prachtig! Hartelijke groet uit {city}",
    # across frames
    "Bel {company_phone} of mail {company_mail}.",
    "KvK 72051934, btw NL859214773B01, vermeld op {invoice}.",
    "Microsoft Forms — Groepsaanvraag\nVraag 1: Naam contactpersoon\nAntwoord:\nVraag 2: Telefoon\nAntwoord:",
    "Prijs {amount}, geldig tot {date}.",
    "{order} verzonden, levering {date} {time}.",
    "Update naar {version} lost de storing in de app op.",
    "Afspraak {booking} verzet naar {weekday} {time}.",
    "Werkzaamheden aan de Burgemeester de Withstraat tot {date}.",
    "Vertraging op de A7 bij Joure en Lemmer, monteur later.",
    "Hendrik-Ido-Ambacht en Oud-Beijerland op {weekday}, Sint-Michielsgestel op {weekday}.",
    "Bedankt! {emoji} Tot {weekday}.",
]

_EN = [
    "The engineer from {boiler} is coming on {weekday_en}, the app says.",
    "Is {hostel} open on {date_en}? I want to book a dorm bed.",
    "My bike was taken to {depot}, the sticker says.",
    "The wheelchair from {aid} is fine, thanks.",
    "I booked Sinterklaas through {sint} for {date_en}.",
    "The firewood from {wood} is still wet, I think.",
    "My quote from {blinds} is {amount_en} for three screens.",
    "I rode the steam tram with {rail}, the kids loved it.",
    "Is Schaakclub Max Euwe open to beginners? I hope so.",
    "The interpreter agency, {interp}, confirmed {ticket_en} for my appointment.",
    "The dog walker from {dog} is late today.",
    "I shot my first competition at {shoot} last month.",
    "We found our swap on {swap}, the house is lovely.",
    "The cake from {cake} was {amount_en}, worth every cent in my opinion.",
    "I called {company_phone} but nobody answered.",
    "Please reply to {company_mail} about {ticket_en}, the email says.",
    "My order, {order_en}, is late.",
    "I paid {invoice_en} on {date_en}.",
    "The price is {amount_en} per night.",
    "I think Houthandel Klaas Vaak is the one near Ede.",
    "Is Jeugdherberg Bert Haanstra still open in winter? I want to go in January.",
    "The boiler is a {product}, error F28.",
    "The app says {version} is the latest.",
    "My booking moved to {weekday_en}, the confirmation says.",
    "The loco is called Bello, my son says.",
    "I read that Bakkerij Jan Linders makes great wedding cakes.",
    "The bike depot opens at {time_en} on {weekday_en}, the website says.",
    "On {date_en}, {hostel} <{company_mail}> wrote:\n> Is the group still coming?",
    "name,email,phone\n,,\nThe form came back empty, the export shows.",
    "The tram leaves Hoorn at {time_en}, I believe.",
    "I drove through Putten and Ede to get the crutches.",
    "My dog Boef loves the walks 🐕",
    "The Sicilian defence is my favourite opening.",
]

TEST_V26_CLEAN = _NL + _EN
