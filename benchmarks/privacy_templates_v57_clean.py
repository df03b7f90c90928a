"""Sentences of test_v57 without personal data: utilities, lenders, landlords, municipal help desks, hospitals,
opticians, newspapers, parcel services, vets and cemeteries, with brands, people-named streets and shops, public
service numbers, organisations' accounts and mailboxes, non-birth dates, times, amounts and reference numbers."""

from __future__ import annotations

import benchmarks.privacy_templates_v57_words  # noqa: F401  (registers CLEAN_FILLERS["test_v57"])

TEST_V57_CLEAN: list[str] = [
    # ---- utilities
    "Klant: ik verhuis per {date}, moet ik de meterstanden zelf doorgeven?\n"
    "Medewerker: Ja, op de dag van de sleuteloverdracht.",
    "Uw contract bij {firm} eindigt op {date}; de eindafrekening volgt binnen {count} weken.",
    "Storing watervoorziening in {city} tussen {time} en {time}, info via {org_phone}.",
    "De monteur van {firm} komt {weekday} tussen 8 en 13 uur om de {product} te installeren.",
    "notitie: klant belt ivm verhuizing -> uitgelegd dat het voorschot {amount} blijft -> mail met uitleg gestuurd",
    "Verhuisservice | status: afgerond | ingang: {date} | kanaal: chat | behandeld door: team Wonen",
    "The final bill of {amount} will be sent on {date}, is that correct?",
    "Meterstand 04512 (normaal) en 03877 (dal) ontvangen op {date} om {time}.",
    # ---- mortgage, home loans
    "De rente bij {firm} is per {date} verlaagd naar {pct}.",
    "Voor een hypotheekgesprek kunt u bellen met {org_phone}, op {weekday} ook tot 20:00.",
    "Taxatie van de woning aan de {street} staat gepland op {date} om {time}.",
    "Agent note: explained NHG limit 2026 -> sent brochure -> follow up on {weekday}",
    "Oversluiten levert ongeveer {amount} per maand op bij een rente van {pct}.",
    "Is the fixed rate of {pct} still valid if I sign before {date}?",
    # ---- rent and tenants
    "De huurverhoging van {firm} is {pct}; bezwaar maken kan tot {date} bij de Huurcommissie.",
    "Huurdersvereniging Zuidoost houdt spreekuur in {venue} op {weekday} om {time}.",
    "Bezwaarschriften stuurt u naar {org_mail} onder vermelding van {ticket}.",
    "Huur graag overmaken naar {org_iban} t.n.v. {firm}, onder vermelding van het complexnummer.",
    "De lift in {complex} is sinds {weekday} weer gerepareerd.",
    "Klant: de verwarming doet het weer niet\nMedewerker: Vervelend! Ik maak melding {ticket} aan.",
    "Woningruil binnen {city} is toegestaan na {count} jaar huur.",
    # ---- childcare allowance, debt help
    "Schuldhulpverlening van de gemeente {city} is gratis; aanmelden via {org_phone}.",
    "De terugvordering kinderopvangtoeslag van {amount} wordt in {count} termijnen verrekend.",
    "Budgetbeheer wordt uitgevoerd door {firm}, het spreekuur is op {weekday} van {time} tot {time}.",
    "Bedrag voor de Voedselbank: {amount} per week per huishouden, aanvragen voor {date}.",
    "Het Jongerenloket op de {street} is op {weekday} gesloten.",
    "Notitie budgetcoach: vaste lasten {amount}, leefgeld {amount} -> afspraak {date} in {venue}",
    # ---- outpatient clinics
    "Uw afspraak op de {clinic} is verplaatst naar {date} om {time}, meldt u zich 10 minuten eerder.",
    "De {clinic} is bereikbaar op werkdagen via {org_phone} tussen {time} en {time}.",
    "Parkeren bij het ziekenhuis kost {amount} per uur; de P2-garage ligt aan de {street}.",
    "Neem uw medicijnlijst mee, en uw verzekeringspas; afspraakcode {ticket}.",
    "My appointment at the {clinic} is on {date} at {time}, is there a parking garage?",
    # ---- opticians and hearing aids
    "De {product} kost bij {firm} {amount}; de zorgverzekeraar vergoedt een deel.",
    "Uw bril staat klaar bij {shop} op de {street}, open tot {time}.",
    "Hoortest gratis bij {firm} tot {date}, ook op {weekday}.",
    "The {product} battery lasts about {count} days, is that normal?",
    "Lenzen van het type {product} zijn tijdelijk niet leverbaar.",
    # ---- subscriptions
    "{paper} kost vanaf {date} {amount} per maand voor de digitale editie.",
    "Klant: de krant kwam vandaag weer niet\nMedewerker: Excuses, ik geef het door aan de bezorger.",
    "Opzeggen van {paper} kan tot een maand voor de einddatum, via {org_mail}.",
    "Lidmaatschap {firm} verlengd tot {date}, factuur {ticket}.",
    "Is the weekend edition of {paper} delivered on Saturday before {time}?",
    "Het omroepblad verschijnt in de week van {date} niet; {count} nummers komen later.",
    # ---- parcels and post offices
    "Uw pakket {tracking} ligt voor u klaar in {locker} tot {date}.",
    "Het postkantoor bij {shop} is op {weekday} open van {time} tot {time}.",
    "Pakket {tracking} is afgeleverd bij de buren op {date} om {time}.",
    "Postzegels voor Curaçao en Bonaire kosten {amount} per brief.",
    "Parcel {tracking} is stuck in the locker, the screen shows error E-{count}.",
    "Verzenden naar België kost {amount} via {firm}, label printen bij {locker}.",
    # ---- vets
    "Spoedlijn dierenkliniek 's nachts: {org_phone}, consult na {time} kost {amount}.",
    "{pet} mag na de operatie op {weekday} om {time} weer opgehaald worden.",
    "De ontworming voor katten kost {amount} bij {shop}.",
    "Our cat {pet} needs the second vaccination on {date}, is {time} possible?",
    "Notitie: {pet} (Labrador, 6 jr) -> röntgenfoto -> geen breuk -> pijnstilling mee",
    # ---- cemetery and crematorium
    "Grafrechten op {cemetery} worden verlengd per periode van 10 jaar, kosten {amount}.",
    "De aula van {crematorium} is op {date} beschikbaar van {time} tot {time}.",
    "Graf {plot} op {cemetery} krijgt in {month} een nieuwe steen.",
    "Betaling grafrechten op {org_iban} t.n.v. Gemeente {city}, kenmerk {ticket}.",
    "Vragen over asbestemming? Mail {org_mail} of bel {org_phone}.",
    "The urn wall at {cemetery} is open daily until {time}.",
    # ---- shared: places named after people, brands, capitalised words
    "De markt op de {street} begint om {time}.",
    "Bij {shop} aan de {street} kunt u ook pinnen.",
    "Ik woon in {city}, vlakbij de {street}, maar het adres staat al goed.",
    "Onze vestiging in {be_city} is dicht op {date}.",
    "Spreadsheet: Status,Channel,Date\nClosed,Chat,{date}\nOpen,Phone,{date}",
    "Form | onderwerp: verhuizing | prioriteit: normaal | doorlooptijd: {count} dagen | kosten: {amount}",
    "Verzonden vanaf mijn iPhone",
    "Met vriendelijke groet,\nTeam Klantcontact {firm}\n{org_phone} | {org_mail}",
    "Voicemail {time}: ja hallo, ik bel over de afspraak van {weekday}, ik probeer het later nog eens.",
    "Klant: bedankt voor de hulp!\nMedewerker: Graag gedaan, fijne dag nog.",
    "Ik heb {count} keer gebeld met {org_phone} en niemand neemt op.",
    "Kosten {amount}, te voldoen voor {date} op {org_iban}.",
]
