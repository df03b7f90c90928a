"""Sentences of the `test_v18` split without personal data, in its frames; the ordinary words all its templates draw
are in `privacy_templates_v18_words` (`CLEAN_FILLERS["test_v18"]`). Written by someone who never saw the rules.

The traps: firms and products named after a person or sounding like one (Tuinservice Jan Groen, Fotografie Van Dam,
Moments by Sanne, Foto Brouwer, Rederij Doeksen, Repro Van Ginkel, Ticket to Ride), towns that are also words or
surnames (Ede, Born, Goes, Hoorn, Lisse, Ee), streets without a number (Willem Barentszkade), titles and roles
without a name ('de hovenier', 'juf', 'de dirigent', 'de chauffeur'), words that are names elsewhere (Roos, Sterk,
Vink, Groen, Lotus), animals with names, top-up and voucher codes, order, booking, ticket, invoice, claim and case
numbers, a company's phone number, mailbox, KvK and VAT number, IBAN-like and card-like lengths that are product
codes or serials, amounts, dates that are no birth date, opening hours, ages, holidays. Dutch sentences avoid the
words the/I/is/my, by which the corpus builder tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v18_words  # noqa: F401  (registers CLEAN_FILLERS["test_v18"])

_NL = [
    # roaming, prepaid, e-reader
    "Binnen de EU betaalt u bij {operator} geen extra kosten voor bellen en internetten.",
    "In {country} geldt de {bundle} niet; daar rekent {operator} per megabyte.",
    "Zet dataroaming uit als u buiten Europa reist, anders kan de rekening oplopen tot {amount}.",
    "Een {topup} blijft zes maanden geldig na aankoop.",
    "Beltegoed opwaarderen kan in de app, bij de supermarkt of via {company_phone}.",
    "Opgewaardeerd tegoed kan niet worden teruggestort, ook niet bij een verkeerd ingetypt nummer.",
    "Met {ereader} lees je onbeperkt voor {amount} per maand; opzeggen kan maandelijks.",
    "Een e-reader met e-inkt gaat weken mee op één acculading.",
    # board games, climbing, yoga
    "{game_shop} verstuurt bestellingen vóór 16.00 uur dezelfde dag, {order} gaat morgen mee.",
    "{game} wint dit jaar de prijs voor beste familiespel.",
    "Ontbrekende onderdelen van {game} vraagt u aan bij de uitgever, niet bij de winkel.",
    "{gym} opent een nieuwe boulderzaal met veertig routes.",
    "Kinderen onder de 14 klimmen alleen onder begeleiding van een volwassene.",
    "Boulderhal Sterk geeft op {weekday} een introductieles voor {amount}.",
    "{yoga} biedt op {weekday} om {time} een les yin yoga aan.",
    "De Lotus en Studio Adem werken samen voor een workshop ademhaling.",
    "Neem bij hot yoga een handdoek en minstens een liter water mee.",
    # coworking, sublet, furniture
    "Een flexplek bij {cowork} kost {amount} per maand, inclusief koffie.",
    "De vergaderzalen zijn te boeken vanaf {time}, maximaal vier uur per keer.",
    "Onderhuur zonder toestemming van de verhuurder kan leiden tot ontbinding van het huurcontract.",
    "{housing} heeft een wachtlijst van ongeveer achttien maanden.",
    "Studentenkamers in {city} kosten gemiddeld {amount} per maand.",
    "{furniture} levert binnen vijf werkdagen, montage inbegrepen.",
    "Na afloop van het huurcontract haalt de verhuurder de meubels kosteloos op.",
    # garden, septic, pool
    "{gardener} snoeit hagen in het voorjaar en het najaar.",
    "Tuinservice Jan Groen en Tuinonderhoud Vink werken allebei in {city}.",
    "De hovenier komt tweewekelijks op {weekday}, tenzij het regent.",
    "Een septic tank moet om de twee à drie jaar geleegd worden.",
    "{septic} rekent {amount} voorrijkosten binnen de regio.",
    "Laat het zwembad in het najaar door {pool} winterklaar maken.",
    "Een zoutwaterzwembad heeft minder chloor nodig, maar wel een goede elektrolyse-unit.",
    # bikes, taxi
    "Een {bike} ophalen kan tot 01.00 uur bij het station.",
    "{bike} kost {amount} per maand, reparaties inbegrepen.",
    "De deelfietsen in {city} staan in vaste zones; buiten de zone betaalt u een boete.",
    "{taxi_app} toont de ritprijs vooraf; toeslagen komen er soms bij.",
    "De chauffeur mag een omweg alleen rijden als de klant akkoord geeft.",
    "Klachten over een rit meldt u binnen veertien dagen, {ticket}.",
    # ferry, ski
    "{ferry} vaart vanaf Harlingen naar {island} zes keer per dag.",
    "Auto's op {island} zijn alleen toegestaan voor eilandbewoners, met enkele uitzonderingen.",
    "Op {holiday} vaart de boot volgens de zondagsdienstregeling.",
    "Boek de overtocht met auto ruim van tevoren, vooral in de zomervakantie.",
    "Rederij Doeksen zet in het hoogseizoen een extra sneldienst in.",
    "Wintersportschade valt niet standaard onder de reisverzekering van {insurer}.",
    "In {resort} ligt deze week een halve meter verse sneeuw.",
    "Een skipas voor zes dagen kost in {resort} ongeveer {amount}.",
    "Meld een claim binnen dertig dagen, {case}.",
    # photos, print, wedding
    "Een pasfoto moet voldoen aan de eisen van de Rijksdienst voor Identiteitsgegevens.",
    "{photo_shop} maakt pasfoto's zonder afspraak, {amount} voor vier stuks.",
    "Foto Brouwer en Fotostudio Kiekje zijn op {weekday} gesloten.",
    "{print_shop} drukt 500 flyers binnen twee werkdagen.",
    "Repro Van Ginkel levert drukwerk op A3 en A4, ook op gerecycled papier.",
    "Een proefdruk kost {amount} en wordt verrekend met de eindfactuur.",
    "{photographer} levert de trouwfoto's binnen acht weken.",
    "Moments by Sanne en Fotografie Van Dam zijn volgeboekt tot het najaar.",
    # tattoo, piercing, vet
    "Tatoeëren mag in Nederland pas vanaf 16 jaar, met toestemming van een ouder.",
    "{tattoo} werkt alleen op afspraak; inloop op {weekday}.",
    "Studio Koi heeft een vergunning van de GGD.",
    "Reinig een nieuwe piercing twee keer per dag met zoutoplossing.",
    "{vet} heeft een spoeddienst, ook op {holiday}: bel {company_phone}.",
    "De spoedtoeslag bedraagt {amount} buiten kantooruren.",
    "Een {animal} van drie maanden krijgt de tweede vaccinatie.",
    "Poes Roos en kater Bolletje mogen weer naar huis.",
    # horses, bees, choir, club, school
    "{horse_firm} vervoert paarden door heel Europa met een vergunning type 2.",
    "Een paard heeft voor transport over de grens een paardenpaspoort nodig.",
    "{club} houdt de jaarvergadering op {date} om {time}.",
    "De imkers slingeren de honing in juni en in augustus.",
    "Gemengd Koor Cantabile zoekt tenoren en bassen.",
    "De dirigent wil dat iedereen de partituur thuis instudeert.",
    "De nieuwsbrief verschijnt vier keer per jaar; afmelden kan onderaan elke editie.",
    "Modelspoorclub Hoorn houdt open dag op {holiday}.",
    "Gevonden voorwerpen van {school} liggen tot de kerstvakantie bij de conciërge.",
    "Juf zegt dat de gymtassen vrijdag mee naar huis gaan.",
    # notes, numbers, traps
    "Klant doorverbonden met de afdeling facturatie, {ticket}.",
    "Klant belde over {invoice}; uitgelegd dat de creditnota onderweg zit.",
    "Meneer belde terug, geen nieuwe informatie, dossier gesloten.",
    "KvK 70441982, BTW NL8611.40.227.B01, {company_mail}.",
    "Serienummer 5310 8820 1177 4410 staat op de achterkant van de pomp.",
    "Artikelnummer 8712345 600126, prijs {amount}.",
    "Opwaardeercode 4417 2290 8813 6652 ongeldig, nieuwe code aangevraagd.",
    "Kantoor gesloten op {holiday}; de chat blijft bereikbaar via {company_mail}.",
    "Storing opgelost na {version}, {ticket} gesloten.",
    "Boeking {order} verplaatst naar {date}, om {time}.",
    "Wegens Koningsdag vaart de boot vanuit Harlingen een uur later.",
    "Bezorging in Ede, Born en Goes gaat op {weekday} door.",
    "De Willem Barentszkade blijft tot {date} afgesloten voor verkeer.",
    "KLANT WACHT AL VIER WEKEN OP {order}!!! Graag escaleren.",
]

_EN = [
    "Roaming in {country} is not covered by the EU bundle, so check the rates first.",
    "A top-up code is valid for six months after purchase, the shop says.",
    "The e-reader subscription renews every month until the customer cancels it.",
    "The {game} expansion is back in stock at {game_shop}.",
    "At {gym} kids under fourteen must climb with an adult, which is fair.",
    "The yoga class on {weekday_en} at {time} is fully booked.",
    "A hot desk at {cowork} is {amount_en} a month with coffee included.",
    "Subletting your room without permission is a breach of the contract.",
    "The rented sofa will be collected at the end of the contract.",
    "The gardener comes every other {weekday_en} if the weather allows.",
    "A septic tank is emptied every two or three years.",
    "The pool needs a new filter before the summer starts.",
    "The {bike} app shows where the nearest bike is parked.",
    "The fare shown in {taxi_app} is an estimate, not a fixed price.",
    "The ferry to {island} leaves from the harbour in Harlingen six times a day.",
    "A ski pass in {resort} is about {amount_en} for six days.",
    "Passport photos must meet the rules of the Dutch identity agency.",
    "The print shop needs the artwork as a PDF by {weekday_en}.",
    "The wedding photographer delivers the album within eight weeks.",
    "The tattoo studio is open by appointment only.",
    "I cleaned my piercing twice a day, as the studio told me.",
    "The emergency vet charges {amount_en} extra after the clinic closes.",
    "The horse needs its passport to cross the border.",
    "The beekeepers meet on the first {weekday_en} of the month.",
    "The choir is looking for tenors and basses.",
    "The club newsletter is sent out four times a year.",
    "Lost property at {school} is kept until the Christmas holidays.",
    "I called twice about {invoice} and still haven't heard back.",
    "Apparently my booking {order} was moved to {date_en}.",
    "The agent said the manager would call back, but nobody did.",
    "Ticket closed after the fix in {version}; the customer is happy.",
    "Moments by Sanne is my favourite wedding photographer.",
    "Ede is a town in Gelderland, not a typo.",
    "The vet's number is {company_phone}, open day and night.",
    "The serial number 4920 1188 3021 7750 is printed on the pump.",
    "The top-up code 7731 0042 8817 did not work, so a new one is on its way.",
    "VAT number of the print shop: NL8611.40.227.B01, as printed on the invoice.",
    "Our cat Roos is fine again, the vet says.",
]

TEST_V18_CLEAN = _NL + _EN
