"""Ordinary (never labelled) words of test_v103, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v103"] = {
    "firm": _semi(
        "Schoorsteenveger Roetvrij; Veegbedrijf De Kachel; Orthodontiepraktijk Bitje; Imkerij De Korf; "
        "Bijenhuis Friesland; Uitvaartzorg Monuta; Yarden; Tiny Terp; Tiny House Brabant; Taalschool Babel; "
        "Linguaplaza; Q-Park; Interparking; Bakkerij Van der Linde; Banketbakkerij Kroes; Goot & Zo; "
        "Dakgoot Direct; Maxi-Cosi; Joie; Cybex; Intercom; Outlook; LinkedIn; Google"
    ),
    "city": _semi("Leeuwarden; Sneek; Drachten; 's-Hertogenbosch; Eindhoven; Tilburg; Hasselt; Genk; Tongeren; Breda"),
    "town": _semi("Dokkum; Joure; Bolsward; Oisterwijk; Boxtel; Veghel; Bree; Maaseik; Bilzen; Harlingen"),
    "place": _semi(
        "de Oldehove; het Jheronimus Boschplein; de Van Abbe-brug; het Wilhelminaplein; de Grote Markt van Hasselt; "
        "de Mata Harikade; het Pieter Stuyvesantplein; de Koning Willem II-garage; de Sint-Janskathedraal; "
        "het Stadspark; de Catharinakerk; de Albert Heijn XL-parkeerplaats"
    ),
    "product": _semi(
        "rookkanaalborstel 200 mm; beugel met elastiekjes; beugelbakje; bijenkast Spaarkast 10 raams; "
        "imkerpak met kap; berooker RVS; raatwas 1 kg; koffietafel 20 personen; broodjeslunch Deluxe; "
        "taartje Fries suikerbrood; goot-borstel 3 m; autostoeltje groep 0+; zitverhoger Junior; isofix-basis"
    ),
    "code": _semi(
        "art. BK-10R; maat M; model 2023/07; batch L4471; serie 88-B; lot 220915; vak 4; niveau -2; plek 117; "
        "rijbaan B; bouwnummer 12; goot type Zinkgoot 33; module A2; klas 3B"
    ),
    "ref": _semi(
        "ticket #40917; bestelling 2025-8812; order BK-55310; werkbon 7731; gesprek #98211; factuur 2025-0311; "
        "pakbon 66120; terugroepactie RA-2024-09; afspraak 14:15-3; zaak 2025/118"
    ),
    "public_phone": _semi(
        "0800-0230; 088 020 4000; 0900-8844; 14 073; 058 233 8888; +31 40 238 9111; 011 23 45 00; 0800 99 1234"
    ),
    "bot": _semi("Roetje; Bitsy; Zoemer; Bakkie; Gootje; Babbel; Parkie; Klikklak; Hummel; Veegbot"),
    "date": _semi("2 januari; 15 maart 2025; 6 mei; 01-07-2025; 11 november; Sinterklaas; Pinksteren; 31/12"),
    "date_en": _semi("2 January; 15 March 2025; 01/07/2025; Diwali; Waitangi Day; Emancipation Day; the 6th of May"),
    "time": _semi("07:30; 08.00 uur; 09:15; 10:45; 12:00; 14:15; 15.30 uur; 17:45; 20:00; 06.50"),
    "amount": _semi("€ 65,00; € 12,50; €89,-; € 2.450; € 7,95 p/m; 129 euro; € 18; ₹ 4,500; NZ$ 120; J$ 9,800"),
    "count": _semi("2; 3; 4; 6; 8; 10; 12; 15; 24; 30; 60"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
