"""Sentences of test_v48 without personal data, part two: marinas, caravan storage, camping clubs, funeral
insurers and undertakers, notaries, dating apps, debt collectors and debt help, in Dutch, Flemish and English.
Firms, shops and halls named after people are organisations or places here, not persons."""

from __future__ import annotations

CLEAN2: list[str] = [
    # ---- marinas, boat and caravan storage
    "De winterstalling bij {marina} start op {date}; de boten gaan er met de kraan uit vanaf {time}.",
    "Een ligplaats voor een {vessel} bij {marina} kost {amount} per seizoen, inclusief walstroom.",
    "{berth} vrijgekomen per {date}, maximale lengte 9,5 meter.",
    "Caravans kunnen op {weekday} tussen {time} en 16:00 uit de stalling bij {marina}.",
    "De havenmeester van {marina} bereikt u via {company_phone} of marifoonkanaal 31.",
    "Our {vessel} has been in {berth} since {date}; the winter storage invoice {invoice} says {amount}.",
    "Het sluisgeld bij {city} bedraagt {amount}, betalen met {pay} bij de brugwachter.",
    "Verzekering van de {vessel} loopt via de jachthaven, polisvoorwaarden {year} staan online.",
    # ---- camping clubs and campsites
    "Met de {camping}-kaart krijgt u korting op {count} campings in Frankrijk en Italië.",
    "{camping} opent het seizoen op {date}, de receptie zit open van {time} tot 18:00.",
    "Campers tot 7 meter mogen op de plaatsen bij {place}, langer dan dat op het veld achter de schuur.",
    "Lidmaatschap {camping} {year}: {amount} per jaar, de ledenpas komt in {month}.",
    "De camperplaats in {city} heeft {count} plekken, stroom kost {amount} per nacht.",
    "The campsite near {abroad} accepts the ACSI card from {date} onwards.",
    "{camping} zoekt vrijwilligers voor de landelijke kampeerdag op {date} in {city}.",
    # ---- funeral insurance and undertakers
    "{funeral} staat dag en nacht klaar: bel {company_phone}, ook in het weekend.",
    "Een uitvaart bij {funeral} kost gemiddeld {amount}, exclusief grafrechten.",
    "De polisvoorwaarden van {funeral} zijn per {date} aangepast; de premie blijft {amount} per maand.",
    "Condoleanceregister ligt op {weekday} van {time} tot 20:00 bij {funeral} in {city}.",
    "Grafrechten bij {funeral} lopen na {count} jaar af en kunnen worden verlengd.",
    "Uitvaartverzekering in natura of in kapitaal? {funeral} legt het verschil uit op pagina {count}.",
    "The cremation at {funeral} is planned for {date} at {time}, the coffee room seats 80 people.",
    "{funeral} en {notary} werken samen bij de afwikkeling van nalatenschappen.",
    # ---- notaries and inheritance
    "{notary} zit aan de Grote Markt in {city} en sluit op vrijdag om {time}.",
    "Een verklaring van erfrecht kost bij {notary} vanaf {amount} inclusief btw.",
    "Het Centraal Testamentenregister bevestigt dat er een testament uit {year} bestaat.",
    "Beneficiair aanvaarden kan via de rechtbank in {city}, de griffie rekent {amount}.",
    "De erfbelasting moet binnen acht maanden na het overlijden worden aangegeven.",
    "{notary}, {kvk}, telefoon {company_phone}.",
    "De boedelrekening bij {notary} heeft kenmerk {ticket}; rente wordt niet vergoed.",
    "Notary fees for the deed of inheritance start at {amount}, the appointment takes about an hour.",
    # ---- dating apps and subscription traps
    "Een abonnement op {dating} verlengt automatisch; opzeggen kan tot {count} dagen voor het einde.",
    "Consuwijzer waarschuwt voor proefabonnementen van {amount} die na {count} dagen doorlopen.",
    "{dating} Premium: {amount} per maand, of {amount} voor een half jaar.",
    "Wij hebben uw opzegging van {dating} ontvangen op {date}; er volgen geen afschrijvingen meer.",
    "The refund of {amount} from {dating} will appear on the statement within {count} working days.",
    "Na klachten over {dating} heeft de ACM op {date} een boete opgelegd van {amount}.",
    "Let op nepprofielen: {dating} vraagt nooit om geld via {pay}.",
    # ---- debt collectors, payment plans and debt help
    "Het incassobureau {collector} mag niet meer rekenen dan de wettelijke incassokosten van {amount}.",
    "Een betalingsregeling bij {collector} loopt maximaal {count} maanden, eerste termijn op {date}.",
    "{debthelp} helpt gratis met het ordenen van post; bel {company_phone} of mail {mailbox}.",
    "De beslagvrije voet voor een alleenstaande ligt in {year} rond {amount}.",
    "Dossier {invoice} bij {collector} gesloten, het saldo bedraagt {amount}.",
    "Maak de termijn van {amount} over op {org_iban} met kenmerk {invoice}.",
    "Gemeentelijke schuldhulp in {city}: inloopspreekuur op {weekday} van {time} tot 12:00 in {place}.",
    "Vanaf {date} stuurt {collector} herinneringen ook per sms, vanaf het nummer {company_phone}.",
    "{collector} says the payment of {amount} was received on {date}, reference {invoice}.",
    "Het Nibud rekent voor een gezin met {count} kinderen met {amount} aan vaste lasten per maand.",
    # ---- Flemish and border-region organisations
    "Bij {roadside} in Vlaanderen kost een pechverhelping in het buitenland {amount}, met lidkaart gratis.",
    "De gemeente {city} rekent {amount} voor een bewonerskaart, te betalen via {pay}.",
    "De Liefkenshoektunnel rekent {amount} voor een wagen, met een badge ietsje minder.",
    # ---- people-named shops, halls and streets as places
    "De verhuurder zit naast de Van der Valk bij {city}, tegenover het tankstation van TotalEnergies.",
    "Afspraak in het Jeroen Bosch Ziekenhuis verplaatst naar {date}, parkeren in garage Willem Twee.",
    "Bij Albert Heijn bij {place} hangt nu een pinautomaat, bij Kruidvat ernaast niet.",
    "De bus naar het Johan Cruijff ArenA-terrein vertrekt om {time} vanaf {place}.",
    "Uitvaartcentrum Van der Meer & Zn. verhuist naar de Prins Bernhardlaan in {city}.",
    "Het Anne Frank Huis en het Rembrandthuis zijn op {weekday} tot {time} open.",
    "Winkelcentrum De Els in {city} en de Jumbo aan de Paterswoldseweg zijn bereikbaar met lijn 5.",
    "Dr. Aletta Jacobsschool en de Prinses Amaliaschool zijn op {date} gesloten.",
    "Hotel Van der Valk Emmen en camping De Kleine Wolf liggen aan dezelfde weg.",
    "Garage Bakker & Zonen in {city} doet de APK van de {car} voor {amount}.",
    # ---- English customers, no personal data
    "What time does the {marina} office open on {weekday}?",
    "I want to pay the water bill with {pay}, is that possible?",
    "The {toll} website says my payment of {amount} is still pending.",
    "Is the {sticker} needed for a camper over 3.5 tonnes?",
    "Can I extend my {camping} membership before {date}?",
    "The breakdown truck from {roadside} arrived at {time} and took the {car} to {abroad}.",
]

_QUICK = [
    "ok doorverbonden naar {waterco}, geen vragen meer",
    "klant belde over {toll}, algemene info gegeven, geen dossier",
    "terugbelverzoek vervallen, storing {city} opgelost om {time}",
    "info tarieven {camping} gemaild naar de algemene inbox",
]
CLEAN2 += _QUICK
