"""Dutch and Flemish templates of test_v104 (Zuid-Holland islands, Drenthe, West Flanders): stables, string
instrument rentals, waste containers, dog daycare, care home visits, window cleaners, art classes, lost property,
home batteries and choirs, in case comments, Signal, voicemail transcripts, faxes, letters, wiki tables and webhooks."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- horse stable boarding
    ("nl", "Stallingscontract {CUSTOMER_NUMBER_CONTRACT}: eigenaar {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Pensiongeld paard (box 12) wordt elke maand afgeschreven van {IBAN_NL} t.n.v. {NAME_INITIALS}."),
    (
        "nl",
        "Hoi, mijn merrie staat sinds {date} bij jullie, kan de hoefsmid mij bellen op {PHONE}? Groet, {NAME_FIRST}",
    ),
    ("nl", "Nieuwe stalling aangevraagd door {NAME_TITLED}, geboren {DOB}, klantnr. {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Trailer met kenteken {PLATE} van {NAME_FULL} mag op het erf blijven staan tot {weekday}."),
    ("nl", "Mooie dag. Wiej hebt 't paerd weer ophaeld, de rekening kan naor {EMAIL}. {NAME_FULL}, {town}"),
    # ---- cello and harp rentals
    ("nl", "Huurovereenkomst studiecello: huurder {NAME_FULL}, e-mail {EMAIL}, borg via creditcard {CARD}."),
    ("nl", "De harp wordt bezorgd op {ADDRESS}, {POSTCODE}; bij afwezigheid bellen naar {PHONE}."),
    (
        "nl",
        "Leerling {NAME_FIRST} {NAME_SURNAME} (geb. {DOB}) huurt een 3/4 cello, contract {CUSTOMER_NUMBER_CONTRACT}.",
    ),
    (
        "nl",
        "Huur-koop harp: maandbedrag {amount} via automatische incasso, rekening {IBAN}, klant "
        "{CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("nl", "Salesforce Case {ref} | Contact Name: {NAME_CAPS} | Phone: {PHONE} | Status: New | Origin: Web"),
    # ---- household waste containers
    ("nl", "Melding containerwissel: {ADDRESS}, {POSTCODE} {city}, bewoner {NAME_FULL}, 240 liter wordt 140 liter."),
    ("nl", "Zeg, de grijze kliko is nie geleegd an de {ADDRESS}, bel mien maor op {PHONE}. {NAME_FIRST}"),
    ("nl", "Voor het pasje van de ondergrondse container hebben we uw BSN {BSN} en postcode {POSTCODE} nodig."),
    ("nl", "Signal – {NAME_FIRST}: > Wanneer komt de nieuwe gft-bak?\nAntwoord: morgen, naar {ADDRESS}, toch?"),
    ("nl", "Afvalpas verloren. Naam: {NAME_LOWER}. Adres: {ADDRESS}. Telefoon: {PHONE}."),
    # ---- dog daycare memberships
    ("nl", "Lidmaatschap hondenopvang: baasje {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_MEMBER}, tel. {PHONE}."),
    ("nl", "Strippenkaart betaald met {CARD} door {NAME_INITIALS}; hond: labrador, {count} jaar."),
    ("nl", "Signal-bericht van {NAME_NICK}: > Is de hond al opgehaald?\nJa hoor, om {time}."),
    ("nl", "Opzegging lidmaatschap {CUSTOMER_NUMBER_MEMBER} per {date}; restant terugstorten op {IBAN}."),
    ("nl", "Wie haalt de hond op? Niet de eigenaar maar {NAME_FULL}, telefoon {PHONE_ABROAD}."),
    # ---- retirement home visiting slots
    ("nl", "Bezoekslot {weekday} {time}: bezoeker {NAME_FULL} voor bewoner {NAME_TITLED}, kamer 2.14."),
    ("nl", "Mevrouw {NAME_SURNAME}, geboren {DOB}, ontvangt graag bezoek van haar zoon, bereikbaar op {PHONE}."),
    (
        "nl",
        "Voicemail naar e-mail\n[00:02] Ja goeiemiddag, met {NAME_FULL}.\n[00:06] Ik wil een bezoekslot voor "
        "mijn moeder.\n"
        "[00:11] Mijn nummer is {PHONE_SPOKEN}.\n[00:15] Dank u wel.",
    ),
    (
        "nl",
        "[00:04] U spreekt met {NAME_FIRST}, de dochter van mevrouw uit kamer 12. [00:09] Mail mij op {EMAIL_SPOKEN}.",
    ),
    ("nl", "Inschrijving bewoner: {NAME_CAPS}, BSN {BSN}, geboortedatum {DOB}, contactpersoon {NAME_FULL}."),
    # ---- guardian letter (bewindvoerder)
    (
        "nl",
        "Als bewindvoerder van {NAME_FULL} (geb. {DOB}) verzoek ik u alle post te sturen naar {ADDRESS}, "
        "{POSTCODE} {city}.",
    ),
    (
        "nl",
        "Betreft cliënt {NAME_INITIALS}, BSN {BSN}: de maandelijkse bijdrage wordt voortaan betaald van "
        "beheerrekening {IBAN_NL}.",
    ),
    (
        "nl",
        "Bewindvoering: cliënt {NAME_TITLED} is per {date} onder bewind gesteld, dossier {CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("nl", "Voor vragen kunt u mij, bewindvoerder {NAME_FULL}, bereiken via {EMAIL} of {PHONE}."),
    # ---- window cleaning subscriptions
    ("nl", "Abonnement glazenwassen {CUSTOMER_NUMBER_CONTRACT}: {ADDRESS}, {POSTCODE}, klant {NAME_FULL}."),
    (
        "nl",
        "Handgeschreven werkbon (overgetypt): klant {NAME_SURNAME} niet thuis, poort op slot, nummer {PHONE} gebeld.",
    ),
    ("nl", "Werkbon glazenwasser: adres {ADDRESS} {town}, busje {PLATE}, klant mevr. {NAME_SURNAME}, betaald contant."),
    ("nl", "Het incassobedrag voor de ramen gaat van {IBAN} af, op naam van {NAME_CAPS}."),
    (
        "nl",
        "Veurne: 't is goe gedaan mor de ruutn van de veranda zyn vergeten. {NAME_FULL}, {ADDRESS}, "
        "{POSTCODE_BE} {town}",
    ),
    # ---- art class registrations
    (
        "nl",
        "Inschrijving cursus aquarel: {NAME_FULL}, geboortedatum {DOB}, e-mail {EMAIL}, lidnummer "
        "{CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("nl", "| Cursist | Telefoon | Les |\n|---|---|---|\n| {NAME_FULL} | {PHONE} | les 6 |"),
    ("nl", "| Naam | Postcode | IBAN |\n| --- | --- | --- |\n| {NAME_CAPS} | {POSTCODE} | {IBAN} |"),
    ("nl", "Kinderles tekenen: {NAME_FIRST} (geb. {DOB}), ouder {NAME_FULL}, noodnummer {PHONE}."),
    # ---- lost property at a train station
    ("nl", "Gevonden voorwerp: rugzak op perron 5b, eigenaar volgens pasje {NAME_FULL}, {ADDRESS}."),
    ("nl", "Verloren: portemonnee met bankpas {CARD} en rijbewijs op naam van {NAME_INITIALS}, geboren {DOB}."),
    ("nl", "Ik ben mijn cello-koffer kwijt in de trein naar {city}, bel me op {PHONE} of mail {EMAIL}. {NAME_FULL}"),
    ("nl", "Melding gevonden voorwerp {ref}: paspoort, BSN {BSN}, houder {NAME_CAPS}."),
    ("nl", "Wie mijn fietssleutel vindt: {NAME_FIRST}, {PHONE_ABROAD}, ik woon in {POSTCODE_BE} {town}."),
    # ---- home batteries
    ("nl", "Installatie thuisbatterij bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}; monteur parkeert busje {PLATE}."),
    (
        "nl",
        '{"event": "install.completed", "customer": {"name": "{NAME_FULL}", "email": "{EMAIL}", "phone": "{PHONE}"}}',
    ),
    (
        "nl",
        'Webhook in ticket geplakt: {"klantnummer": "{CUSTOMER_NUMBER_CUSTOMER}", "postcode": "{POSTCODE}", '
        '"iban": "{IBAN}"}',
    ),
    (
        "nl",
        "Monteursnotitie (handgeschreven, overgetypt): omvormer in schuur, klant {NAME_SURNAME} tel {PHONE}, "
        "kenteken eigen auto {PLATE}.",
    ),
    ("nl", "Subsidieaanvraag batterij: aanvrager {NAME_FULL}, BSN {BSN}, geboortedatum {DOB}."),
    ("nl", "Case Comment (Created By: Integration User, {date}): klant {NAME_FULL} vraagt terugbelverzoek op {PHONE}."),
    # ---- choir membership fees
    (
        "nl",
        "Contributie koor {amount} per kwartaal, lid {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_MEMBER}, IBAN {IBAN_NL}.",
    ),
    ("nl", "Nieuwe alt in het koor: {NAME_FIRST} {NAME_SURNAME}, {EMAIL}, {PHONE}."),
    ("nl", "Signal: > {NAME_FIRST} schreef: neem jij de partituren mee?\nJa, ik breng ze naar {ADDRESS}."),
    ("nl", "Opzegging koorlidmaatschap van {NAME_TITLED}, {ADDRESS}, {POSTCODE} {city}, per {date}."),
    (
        "nl",
        "Ledenlijst koor (wiki)\n| Lid | Geboortedatum | E-mail |\n|---|---|---|\n| {NAME_FULL} | {DOB} | {EMAIL} |",
    ),
    # ---- fax
    (
        "nl",
        "FAX  {date}  {time}  PAG. 01/02\nVan: {NAME_FULL}  Tel: {PHONE}\nBetreft: opzegging contract "
        "{CUSTOMER_NUMBER_CONTRACT}",
    ),
    ("nl", "--- Fax ontvangen {date} --- Polisnr. {CUSTOMER_NUMBER_POLICY} --- verzekerde {NAME_CAPS}, {ADDRESS}"),
    (
        "nl",
        "Verzekering thuisbatterij: polisnummer {CUSTOMER_NUMBER_POLICY}, verzekeringnemer {NAME_FULL}, {POSTCODE}.",
    ),
    (
        "nl",
        "Zeg maar tegen de monteur: {NAME_FIRST} {NAME_SURNAME}, {ADDRESS}, en bel eerst even {PHONE}, wiej "
        "bint thuus.",
    ),
    (
        "nl",
        "Kortrijk: wuk is dat hier, myn abonnement {CUSTOMER_NUMBER_CONTRACT} is dubbel betoald van {IBAN}. "
        "{NAME_FIRST}",
    ),
]
