"""Sentences of the `test_v17` split without personal data, in its frames; the ordinary words all its templates draw
are in `privacy_templates_v17_words` (`CLEAN_FILLERS["test_v17"]`). Written by someone who never saw the rules.

The traps: firms, products and places named after a person or sounding like one (Tafeltje Dekje, Oma's Pot, Van Tol
Installaties, Theater Carré, Maxi-Cosi, Doe Maar, Jacob van Lennepstraat without a number), towns that are also words
or surnames (Best, Putten, Haren, Weert), titles and roles without a name ('de monteur', 'mevrouw belde terug', 'de
notaris'), words that are names elsewhere (Bakker, Koning, Roos, Mars), model, batch, serial, chip and frame numbers,
order, ticket, invoice and case numbers, a company's phone number, mailbox and VAT number, IBAN-like and card-like
lengths that are product codes, amounts, dates that are no birth date, opening hours, holidays, capitals. Dutch
sentences avoid the words the/I/is/my, by which the corpus builder tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v17_words  # noqa: F401  (registers CLEAN_FILLERS["test_v17"])

_NL = [
    # phone repair
    "{repair_shop} vervangt een scherm van een {phone_model} binnen een uur, {amount} inclusief montage.",
    "Maak vóór de reparatie een back-up; wij wissen geen gegevens, maar garanderen kunnen we het niet.",
    "Waterschade aan een telefoon valt niet onder de garantie, ook niet bij {repair_shop}.",
    "Reparatie klaar: {serial}, af te halen tot {time}.",
    # thermostat
    "De {thermostat} werkt met vrijwel elke cv-ketel die OpenTherm ondersteunt.",
    "{installer} rekent {amount} voor installatie, exclusief de thermostaat zelf.",
    "Na {version} toont de app weer de juiste binnentemperatuur.",
    "De monteur komt tussen {time} en 12.00 uur; u krijgt een sms zodra hij onderweg gaat.",
    # garden centre
    "{garden_centre} bezorgt gratis vanaf {amount} binnen twintig kilometer.",
    "Een {plant} plant je het beste in het najaar, vóór de eerste vorst.",
    "Bezorgdagen in {city}: dinsdag en vrijdag, tussen 8.00 en 17.00 uur.",
    "Tuincentrum De Boerenhoeve heeft op {holiday} aangepaste openingstijden.",
    # recalls
    "{appliance_brand} roept de {appliance} met {batch} terug wegens oververhitting.",
    "Controleer het typeplaatje: alleen toestellen met {serial} vallen onder de actie.",
    "De terugroepactie van de {baby_product} geldt voor exemplaren verkocht tussen januari en maart.",
    "Maxi-Cosi en Joolz melden terugroepacties via de website van de NVWA.",
    "Gebruik de {baby_product} niet meer en breng hem terug naar de winkel; u krijgt het volledige bedrag terug.",
    "Vragen over de recall? Bel {company_phone} of mail {company_mail}.",
    # carpet, sewer, chimney
    "{carpet_cleaner} haalt vloerkleden op in {city} en omgeving, levertijd twee weken.",
    "Een wollen kleed reinigen kost ongeveer {amount} per vierkante meter.",
    "{sewer_firm} komt dag en nacht, ook op {holiday}, voor een vast tarief.",
    "Gooi geen vochtige doekjes door de wc; die veroorzaken de meeste verstoppingen.",
    "Een verstopping in het hoofdriool valt onder de gemeente, in de eigen leiding onder de bewoner.",
    "Laat de schoorsteen minstens één keer per jaar vegen, bij veel stoken twee keer.",
    "Schoorsteenbrand valt bij {insurer} onder de opstalverzekering, {case}.",
    # caravan, marina, kite, language
    "{storage} heeft nog plaatsen vrij voor caravans tot zeven meter.",
    "Ophalen van de caravan kan op zaterdag van {time} tot 12.00 uur, op afspraak.",
    "{marina} rekent {amount} per meter bootlengte per seizoen.",
    "De havenmeester zit tot 18.00 uur op kantoor, daarna bellen naar {company_phone}.",
    "{kite_school} geeft les vanaf windkracht vier, tot windkracht zeven.",
    "Een proefles duurt drie uur, inclusief wetsuit, harnas en helm.",
    "{language_school} start in september met {course}, acht weken lang.",
    "Het examen {course} wordt afgenomen door DUO, niet door de taalschool.",
    # licence exchange, inheritance
    "Een buitenlands rijbewijs omwisselen kan bij de RDW, de aanvraag loopt via de gemeente.",
    "Met de 30%-regeling kun je een rijbewijs omwisselen zonder examen.",
    "De afdeling Nabestaanden van {bank} helpt bij het afhandelen van rekeningen na een overlijden.",
    "Voor het vrijgeven van een rekening vraagt {bank} een verklaring van erfrecht.",
    "{notary} stelt de verklaring op; de kosten liggen rond {amount}.",
    # crowdfunding, concert, theatre
    "Bij {crowdfund} krijg je je geld terug als het doelbedrag niet gehaald wordt.",
    "{concert} in {venue} gaat niet door; kopers krijgen automatisch bericht.",
    "Het concert wordt verplaatst naar {date}, kaarten blijven geldig.",
    "Doe Maar speelt volgend jaar nog twee keer in {venue}.",
    "Het {theatre} opent het nieuwe seizoen op {date} met een voorstelling van Toneelgroep Oostpool.",
    "Theater Carré heeft rolstoelplaatsen op rij 1 en rij 14.",
    "Een abonnement van vijf voorstellingen geeft tien procent korting.",
    # photo, pet chip, lost and found
    "{photo_service} drukt fotoboeken binnen vijf werkdagen, {order} wordt vandaag verzonden.",
    "Foto's met een resolutie onder 1 megapixel worden onscherp afgedrukt.",
    "Elke hond moet binnen acht weken na de geboorte gechipt en geregistreerd worden.",
    "Een chipnummer als {chip} begint met 528 voor Nederland.",
    "{registry} kost eenmalig {amount} per dier.",
    "Gevonden voorwerpen uit de trein worden drie maanden bewaard in {city}.",
    "Verloren op {station}? Meld het online; een medewerker zoekt vier weken lang.",
    # bike fine, school photo
    "Fietsen langer dan 28 dagen in de stalling bij {station} worden verwijderd.",
    "Een fiets ophalen bij {depot} kost {amount}; neem een bewijs van eigendom mee.",
    "Registreer het {frame} bij aankoop, dan vind je de fiets sneller terug.",
    "{school_photo} maakt op {date} groepsfoto's en portretten.",
    "Ouders krijgen een inlogkaart mee; bestellen kan tot twee weken na de fotodag.",
    # clinics
    "{clinic} behandelt sportblessures zonder verwijzing van de huisarts.",
    "Fysiotherapie valt niet onder het basispakket voor volwassenen, alleen de aanvullende verzekering.",
    "{hearing} biedt een gratis hoortest aan; duur ongeveer twintig minuten.",
    "Een hoortoestel wordt om de vijf jaar vergoed, met een eigen bijdrage van vijfentwintig procent.",
    "De {allergy} houdt een inloopspreekuur op {weekday} van {time} tot 11.00 uur.",
    "Bij een priktest krijgt de patiënt eerst een antihistaminestop van vijf dagen.",
    # home nursing, meals
    "{homecare} werkt in kleine teams van wijkverpleegkundigen.",
    "Wijkverpleging valt onder de Zorgverzekeringswet; er geldt geen eigen risico.",
    "{meals} bezorgt ook op {holiday}, maaltijden gekoeld met drie dagen houdbaarheid.",
    "Tafeltje Dekje en Oma's Pot bezorgen in {city}, vanaf € 8,95 per maaltijd.",
    # notary, bailiff, debt
    "De notaris passeert de akte pas als de koopsom binnen staat op de kwaliteitsrekening.",
    "{bailiff} verstuurt eerst een aanmaning, daarna volgt een dagvaarding.",
    "Een deurwaarder mag niet beslag leggen onder de beslagvrije voet.",
    "{debt_help} helpt gratis; aanmelden via het Wijkteam of de gemeente.",
    "Vraag bij geldzorgen tijdig hulp, voordat de deurwaarder komt.",
    # channels, agent notes
    "Doorverbonden met afdeling facturatie, {ticket}.",
    "Klant belde terug over {invoice}; uitgelegd dat de creditnota onderweg zit.",
    "Mevrouw belde terug, geen nieuwe informatie, dossier gesloten.",
    "Meneer wilde de notaris spreken, maar die zat in bespreking.",
    "BTW-nummer {installer}: NL8044.17.552.B01, KvK 61148839.",
    "Artikelnummer 8710103 917215, prijs {amount}.",
    "Kantoor gesloten op {holiday}; chat blijft bereikbaar.",
    "KLANT WACHT AL DRIE WEKEN OP {order}!!! Graag escaleren.",
    "Ticket gesloten: storing opgelost met {version}.",
    "Bakkerij Koning en Bloemenhuis Roos bezorgen brood en bloemen aan de Jacob van Lennepstraat.",
    "De bakker op de hoek heeft op {weekday} geen vers brood.",
    "Van Tol Installaties rijdt met elektrische bussen door {city}.",
    "Wegens Koningsdag vervalt de bezorging in Best en Putten.",
    "Bestelling {order} ligt klaar op de Kerkewijk, afdeling balie.",
]

_EN = [
    "The screen repair on a {phone_model} is done in about an hour at {repair_shop}.",
    "Back up your phone before the repair; the shop is not responsible for lost data.",
    "The {thermostat} is compatible with most boilers sold after 2010.",
    "Delivery from {garden_centre} is free above {amount_en}.",
    "The {appliance_brand} {appliance} recall is only for units with {batch}.",
    "If your {baby_product} is part of the recall, stop using it and return it to the shop.",
    "The carpet cleaner needs the rug dry before it can be collected.",
    "Never flush wet wipes: they are the main cause of blocked sewers.",
    "A chimney fire is usually covered by the home insurance policy.",
    "The caravan storage is open at 9am on Saturdays; call {company_phone} to book a slot.",
    "Harbour fees at {marina} are charged per metre per night, and water is included.",
    "The kite school cancels lessons when the wind is above force seven.",
    "The course {course} starts in September and the exam is in November.",
    "You can exchange a foreign driving licence at the RDW if you have the 30% ruling.",
    "The bereavement desk at {bank} is open on weekdays from 9 to 5.",
    "If the crowdfunding target is not reached, every backer gets the money back.",
    "The {concert} gig at {venue} is moved to {date_en}; tickets stay valid.",
    "Your theatre subscription renews automatically unless you cancel before the season starts.",
    "Photo books from {photo_service} usually ship within five working days, the website says.",
    "A Dutch microchip number like {chip} starts with 528, the country code.",
    "Lost property from the trains is kept at {station} for three months.",
    "The bike depot charges {amount_en} to release a bicycle, which is steep.",
    "School photos can be ordered online until two weeks after the photo day.",
    "Physiotherapy is not in the basic package for adults.",
    "The hearing test at {hearing} is free and takes about twenty minutes.",
    "The allergy clinic runs a walk-in hour on {weekday_en} mornings at the hospital.",
    "Home nursing is covered by the basic health insurance, with no excess.",
    "Meals are delivered chilled and keep for three days in the fridge.",
    "The notary only signs the deed once the money is in the escrow account.",
    "A bailiff may not seize income below the protected minimum.",
    "The debt counselling service is free and run by the municipality.",
    "I called twice about {invoice} and still haven't heard back.",
    "My order {order} was sent to the pick-up point by mistake.",
    "Ticket closed after the fix in {version}; the customer is happy.",
    "The agent said the manager would call back, but nobody did.",
    "Theater Carré is my favourite venue in Amsterdam.",
    "I love the pies from Oma's Pot, honestly.",
    "Best is a town near Eindhoven, not a typo.",
    "The kite school's number is {company_phone}, open daily.",
    "VAT number of the installer: NL8044.17.552.B01, as printed on the invoice.",
]

TEST_V17_CLEAN = _NL + _EN
