"""Sentences of the `test_v30` split without personal data, in its frames and channels; the ordinary words all its
templates draw are in `privacy_templates_v30_words` (`CLEAN_FILLERS["test_v30"]`). Written by someone who never saw
the rules.

The traps: firms and practices named after a person (Kraamzorg Mathilde, Logopedie Marieke Smits, Juwelier
Steltman, Goudsmid Anna Bos, Meubelstoffeerderij Jan de Wit, Kanoverhuur Wim Koops); watch brands and fabrics
after their makers (Tissot, Cartier, Jaeger-LeCoultre, Christopher Ward, Pierre Frey, Christian Fischbacher);
schools named after people (Anne Frank, Prins Willem-Alexander); streets named after people without a house
number; towns that are words or surnames (Vries, Best, Goor, Son, Mill, Lent, Heer); due dates, delivery, visit
and opening dates, years, prices, opening hours, product, article and EAN codes, repair-bag, order, booking,
quote, invoice and ticket numbers, ZorgDomein references, AGB, KvK and VAT numbers, a parcel barcode, company
phone numbers and mailboxes; empty form fields and chats without a person. Dutch sentences avoid the words
the/I/is/my, by which the corpus builder tells English apart; English ones hold one."""

from __future__ import annotations

import benchmarks.privacy_templates_v30_words  # noqa: F401  (registers CLEAN_FILLERS["test_v30"])

_NL = [
    # kraamzorg
    "Trengo · WhatsApp-kanaal Kraamzorg\n[08:02] Klant: hoi, hoeveel uur kraamzorg krijg ik eigenlijk?\n"
    "[08:10] Agent: Dat hangt af van de indicatie, gemiddeld 49 uur.",
    "{kraam_org} zoekt kraamverzorgenden voor de regio {city}; sollicitaties naar {company_mail}.",
    "Kraampakket besteld ({product}), {order}, levering vóór week 34 van de zwangerschap.",
    "Uitgerekende datum {date}; intake in week 30, telefonisch.",
    "Eigen bijdrage kraamzorg {year}: {amount} per uur, vergoed door {insurer} boven het eigen risico.",
    "Intakeformulier kraamzorg\nNaam moeder:\nGeboortedatum:\nAdres:\n(formulier leeg teruggestuurd)",
    "Geboortekaartjes en beschuit met muisjes liggen klaar in de kraamtas.",
    "Kraamzorg Mathilde en {kraam_org} werken samen tijdens de zomerdrukte.",
    "Dienstrooster week 12: vroege dienst {time}, late dienst tot 21:00, weekend via {company_phone}.",
    "Bevallingen deze maand: 43, waarvan 11 thuis, 2 tweelingen.",
    # logopedie
    "ZorgDomein-verwijzing {zorgdomein} ontvangen van {gp}, wacht op akkoord ouders.",
    "{practice_logo}, {agb}, heeft een wachttijd van zes weken.",
    "Logopedie op {school} start weer na de herfstvakantie, {weekday} om {time}.",
    "Vecozo retourinformatie {invoice}: prestatiecode onjuist, opnieuw indienen.",
    "Ouderavond over taalontwikkeling op {date} in {city}, toegang gratis.",
    "{invoice} voor {amount} ingediend bij {insurer}.",
    "Jenaplanschool Anne Frank vraagt om een screening van groep 2.",
    "Behandelplan stotteren: 12 sessies van 30 minuten, evaluatie na 3 maanden.",
    # podotherapie
    "Steunzolen {product} op voorraad, levertijd drie werkdagen.",
    "{practice_podo} verhuist per {date} naar de Johan de Wittlaan in {city}.",
    "COV-check gaf geen resultaat, systeem Vecozo storing tot {time}.",
    "Podotherapie wordt vergoed uit de aanvullende verzekering, {insurer} max. {amount} per jaar.",
    "Boekingsbevestiging Podofit\nAfspraak: {weekday} {time}\nLocatie: {practice_podo}\nNaam: —",
    "Loopanalyse op de loopband duurt 45 minuten, kosten {amount}.",
    # watch and jewellery repair
    "{repair} ligt klaar: {watch}, nieuwe batterij en afdichting, {amount}.",
    "Juwelier Steltman en {watch_shop} leveren taxaties binnen twee weken.",
    "Goudsmid Anna Bos graveert weer vanaf {date}.",
    "Gorgias {ticket} gesloten: klant bevestigde ontvangst van {order}.",
    "Batterij {product} past in de meeste Seiko- en Tissot-modellen.",
    "Openingstijden werkplaats: di–vr 10:00–17:30, za tot 16:00.",
    "Revisie {watch}: {amount}, levertijd acht weken, garantie twee jaar.",
    "Moneybird factuur {invoice} verzonden naar {company_mail}.",
    # upholsterer
    "Teamleader Focus — deal {quote}\nFase: offerte verstuurd\nWaarde: {amount}\nContactpersoon: (leeg)",
    "{upholsterer} bekleedt de stoelen in {fabric}, {amount} per meter.",
    "Meubelstoffeerderij Jan de Wit neemt de werkplaats aan de Prins Hendrikkade over.",
    "Exact Online: {invoice} geboekt op grootboek 8000, btw 21%.",
    "Bus naar {city} vertrekt {weekday} om {time}, drie bankstellen en een hocker.",
    "Stalenboek Christian Fischbacher terug van klant, stalen compleet.",
    "Onze gegevens: {kvk}, btw {vat}, {company_phone}.",
    "Ophaalronde {date}: {city}, {city} en {city}.",
    # canoe and SUP rental
    'Regiondo-export (csv)\n"boeking";"tocht";"personen"\n"{booking}";"{river} 12 km";"6"',
    "{canoe_firm}: waterstand {river} te laag, tochten van {date} geannuleerd.",
    "Kanoverhuur Wim Koops opent op {date}, eerste boot om {time}.",
    "Freshchat\nBezoeker: zijn er nog kano's vrij voor zaterdag?\nAgent: Ja, nog vier tweepersoons.",
    "Borg per kano {amount}, contant of per pin.",
    "Seizoenspas {year}: {amount}, onbeperkt varen op {river} en {river}.",
    "Parking vol om {time}, auto's naar de weide achter de loods.",
    "Allee, zijn jullie open op {date}? Wij komen met de jeugdbeweging uit {city_be}.",
    "Tocht {city_be} – {city_be} duurt ongeveer vier uur.",
    "Sup-boards terug van service, twee met lekke klep; nieuwe vinnen besteld ({order}).",
    # traps across desks
    "Vries, Best en Son liggen allemaal in ons werkgebied.",
    "De Heer ligt bij Maastricht, Lent bij Nijmegen.",
    "Nieuwe balie aan de Burgemeester van Roijensingel, ingang naast de apotheek.",
    "Bel {company_phone} of mail {company_mail}.",
    "Pakket {order} ligt op het postkantoor in {city}.",
    "Oude klantnummers vanaf {year} vervallen; nieuwe nummers volgen per post.",
    "Ticket {ticket} dubbel aangemaakt, samengevoegd.",
    "Huisartsenpraktijk De Linde verwijst voortaan via ZorgDomein.",
    "Prijs vanaf {date}: {amount}.",
    "Terugbellen lukte niet, klant nam niet op (nummer onbekend).",
    "iMessage (overgetypt)\nKlant: staan jullie al voor de deur?\nGelezen {time}",
    "Outlook-doorsturing\n-----Oorspronkelijk bericht-----\nVan: {company_mail}\nOnderwerp: rooster {date}",
]

_EN = [
    "The maternity pack {product} is delivered before week 34.",
    "Does {kraam_org} work in {city} as well, or is that another region?",
    "My due date is {date_en}, when should I register for maternity care?",
    "The intake form came back empty, there is no name or address on it.",
    "The referral {zorgdomein} from {gp} is still waiting for the parents.",
    "Is speech therapy covered by {insurer} or is there a limit?",
    "The practice {practice_logo} has an AGB code on the invoice, {agb}.",
    "My insoles from {practice_podo} are squeaking, is that normal?",
    "The gait analysis takes 45 minutes and the fee is {amount_en}.",
    "Is the shop on the Johan de Wittlaan still open on Saturdays?",
    "My {watch} is still in for repair, {repair}.",
    "The Cartier Tank and the Jaeger-LeCoultre Reverso need a new strap.",
    "Is Goudsmid Anna Bos the same shop as {watch_shop}?",
    "Engraving is {amount_en} per line.",
    "The sofa fabric is {fabric}, see {quote}.",
    "Is Meubelstoffeerderij Jan de Wit still in business? I heard they moved.",
    "The van leaves for {city} at {time_en}, two sofas in the back.",
    "I paid {invoice} twice, could you check?",
    "The {river} is too low for canoes this week.",
    "Is the canoe trip from {city_be} suitable for children?",
    "Kanoverhuur Wim Koops is closed on {date_en}.",
    "The season pass costs {amount_en}, is parking included?",
    "I booked {booking} but the confirmation never arrived.",
    "The company number is {company_phone}, the mailbox is {company_mail}.",
    "Our VAT number is {vat} and {kvk}.",
    "Ticket {ticket} is closed.",
    "Is Best near Eindhoven? The driver took the wrong exit.",
    "The parcel {order} is at the post office in {city}.",
    "Trengo · WhatsApp\n[10:11] Customer: is the shop open on {date_en}?\n[10:12] Agent: Yes, 10 to 5.",
    "Freshchat\nVisitor: is the Semois trip still on?\nAgent: Yes, water level is fine.",
    "Hi, I was at the practice on {date_en} and forgot my umbrella.",
    "The Tissot I bought in {year} stopped again, is the warranty still valid?",
    "My daughter's school is {school}, can the therapist come there?",
    "Where is the car park for {canoe_firm}?",
    "The ZorgDomein reference {zorgdomein} is on the letter, is that enough?",
    "I would like a quote for re-covering two chairs in {fabric}.",
    "The shop sent the repair bag {repair} back without a note.",
    "My insurer {insurer} says {invoice} is missing a code.",
]

TEST_V30_CLEAN = _NL + _EN
