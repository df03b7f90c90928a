"""Sentences of the `test_v12` split without personal data, in its frames; the ordinary words all its templates draw
are in `privacy_templates_v12_words` (`CLEAN_FILLERS["test_v12"]`). Written by someone who never saw the rules.

The traps: shops, hotels and firms named after a person (Leen Bakker, Van der Valk, Goossens Wonen, Albert Heijn,
Jan Linders), a street or square named without a house number (where a container or a taxi stop stands),
meter readings, order, invoice, ticket, booking and ride numbers, permit zones, switchboard numbers and 0900
numbers, amounts, opening hours and dates that are no birth dates, diploma levels and age groups, Flemish
sentences, handover notes and paper-form notes with nothing personal in them. Dutch sentences avoid the words
the/I/is/my, by which the corpus builder tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v12_words  # noqa: F401  (registers CLEAN_FILLERS["test_v12"])

_NL = [
    # energy and water
    "Overstappen naar {supplier} kan per {date}, de opzegtermijn van dertig dagen geldt dan niet.",
    "Meterstanden doorgegeven: normaal {meter}, dal {meter}. Bedankt voor het snelle antwoord!",
    "Slimme meter geeft geen data sinds {date}; volgens de monteur ligt het aan de mobiele verbinding in de wijk.",
    "Het termijnbedrag gaat per {date} omhoog naar {amount}, dat staat in de brief van {supplier}.",
    "Storing bij {water} in heel {city}, volgens de website tot ongeveer {time}.",
    "Ons water smaakt naar chloor, ligt dat aan de werkzaamheden van {water}?",
    "De jaarafrekening ({invoice}) komt uit op {amount} terug, wanneer wordt dat uitbetaald?",
    # waste and parking
    "De ondergrondse container op de Akkerweg zit al {count} dagen vol.",
    "Wanneer komt de gemeente het grofvuil ophalen in {city}? Op de afvalkalender staat {weekday}.",
    "Nieuwe afvalpassen worden vanaf {date} verstuurd, schrijft de {gemeente}.",
    "Parkeervergunning voor {zone} kost dit jaar {amount}; dat vind ik veel.",
    "Bezoekersparkeren in {zone} werkt alleen via de app, niet meer met kraskaarten.",
    "Naheffing ontvangen ({ticket}), maar de parkeerautomaat bij het Plein stond op storing.",
    # library, swimming, dentist, physio, pharmacy
    "{library} sluit op {date} vanwege een verbouwing, inleveren kan in de bus bij de ingang.",
    "Zwemles in {pool} start weer na de zomer, groep A op {weekday} om {time}.",
    "Diplomazwemmen voor A en B op {date}; ouders mogen op de tribune kijken.",
    "Wachtlijst voor zwemles in {city} staat op ongeveer {count} maanden.",
    "Afspraak bij {dentist} verzet naar {weekday} {time}, graag een bevestiging.",
    "Valt fysiotherapie bij {physio} onder de aanvullende verzekering van {insurer}?",
    "{pharmacy} heeft het medicijn niet op voorraad, het komt {weekday} binnen.",
    "Herhaalrecepten kunnen via de app van {pharmacy}, ophalen na {time}.",
    # home care and taxi
    "Thuiszorg van {carehome} komt deze week op andere tijden vanwege ziekte in het team.",
    "De regiotaxi stopt bij de hoofdingang van het ziekenhuis, niet bij de Spoedeisende Hulp.",
    "Rit {booking} staat bevestigd voor {time}, met rolstoel en begeleider.",
    "Wmo-vervoer kost per zone {amount}, dat geldt voor heel {city}.",
    "{taxi} heeft vertraging door de sneeuw; alle ritten na {time} worden opnieuw ingepland.",
    # furniture, kitchen, repair
    "De kast van Leen Bakker ({order}) wordt geleverd op {date}.",
    "Goossens Wonen belt een dag van tevoren met het tijdvak voor de bezorging.",
    "Keukenmontage bij {shop} duurt twee dagen, het aanrecht komt apart.",
    "Monteur van {repairer} komt {weekday} tussen 8 en 12, voorrijkosten {amount}.",
    "De wasmachine geeft foutcode F21, volgens de handleiding een verstopte pomp.",
    "Garantie op de reparatie loopt drie maanden, staat op {invoice}.",
    # insurance, luggage, hotel, festival
    "Schermschade valt onder de telefoonverzekering van {insurer}, eigen risico {amount}.",
    "Bagage kwijt na de vlucht met {airline}? Meld het binnen zeven dagen via het formulier.",
    "De kamer in {hotel} had geen warm water, ons werd een ontbijt aangeboden als excuus.",
    "Van der Valk in {city} rekende de parkeerkosten dubbel.",
    "Tickets voor {festival} gaan op {date} in de verkoop, om {time}.",
    "Polsbandjes voor {festival} worden twee weken van tevoren verstuurd.",
    # club, association, church, payroll, temp agency
    "Contributie {club} voor het nieuwe seizoen: senioren {amount}, jeugd de helft.",
    "De ledenvergadering van {club} staat gepland op {date} in de kantine.",
    "Kerkbalans {date}: de envelop kan in de collectezak of bij de koster.",
    "Loonstroken staan vanaf {date} alleen nog in het portaal, niet meer op papier.",
    "Vakantiegeld wordt in mei uitbetaald, zegt de salarisadministratie.",
    "{agency} betaalt wekelijks uit, op {weekday}.",
    "Het uitzendcontract fase A loopt na 78 gewerkte weken af.",
    "Bij {agency} zit de huisvesting in {city}, op vijftien minuten fietsen van het distributiecentrum.",
    # dictating, screenshots, autocorrect, paper forms, handover
    "Klant dicteert het ordernummer aan een collega: {order}, de letters in hoofdletters.",
    "Klant stuurt een screenshot van {invoice}, met het bedrag van {amount} omcirkeld.",
    "Chat: sorry voor de typfouten, autocorrectie maakt van alles Engels",
    "Chat: *bezorging, niet verzorging 😅",
    "Formulier van de balie: vakje handtekening leeg, verder volledig.",
    "Overdracht late dienst: wachtrij storingen om {time} leeg, niets bijzonders.",
    "Overdracht: {ticket} nog open, wacht op antwoord van {supplier}.",
    "Klantenservice bereikbaar via {company_phone}, op werkdagen van 8 tot 20 uur.",
    "Bel voor spoed {company_phone}, buiten kantoortijd via de storingsdienst.",
    # Flemish
    "Goeiemiddag, de factuur van {supplier} klopt niet, ze rekenen twee keer de netkosten aan.",
    "Ge kunt de pakjes afhalen in het postpunt in {city_be} tot {time}.",
    "De vuilniszakken worden in {city_be} opgehaald op {weekday}, vanaf zes uur 's morgens.",
    "Allez, de levering van de zetel was weer te laat, al de derde keer.",
    "Jan Linders en Albert Heijn bezorgen allebei niet meer op zondag in {city}.",
]

_EN = [
    "I want to switch to {supplier} from {date_en}; is the termination fee still charged?",
    "My meter readings are normal {meter} and low {meter}.",
    "The smart meter is not sending data since the storm, is that a known issue?",
    "Is there a waste collection on {weekday_en} in {city}? I can't find it online.",
    "The parking permit for {zone} is {amount_en} a year, right?",
    "The library is closed on {date_en}, so I returned the books through the slot.",
    "My son's swimming lesson is moved to {time_en}; is that the new schedule?",
    "The dentist moved my appointment to {weekday_en}, which is fine.",
    "The regiotaxi was late again, the ride was booked for {time_en}.",
    "My sofa from {shop} arrived with a scratch on the left armrest.",
    "The washing machine shows error F21 again, the repair was only two weeks ago.",
    "I lost my luggage on the {airline} flight from Barcelona, what is the form I need?",
    "The hotel room had no hot water and the staff did nothing.",
    "Are the {festival} tickets transferable? I can't go any more.",
    "The club fee for {club} is {amount_en} per season.",
    "When is the holiday allowance paid by {agency}?",
    "My payslip for {date_en} is missing in the portal.",
    "Handover: the queue is quiet, the outage at {supplier} is solved.",
    "The company's helpline is {company_phone}, open until 8pm.",
    "I sent a screenshot of {invoice}, the amount is {amount_en}.",
]

TEST_V12_CLEAN = _NL + _EN
