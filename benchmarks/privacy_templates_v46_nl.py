"""Dutch and Flemish templates of test_v46, part one: energy supply and smart meters, phone shops and trade-in,
marketplace disputes, hotels and holiday parks, car rental at airports."""

from __future__ import annotations

from benchmarks.privacy_templates_v46_rows import rows

NL_TRADE = rows(
    "nl",
    r"""
# ---- energy retail: switching supplier, annual statements, smart meters
Overstapverzoek: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}. Nieuwe leverancier {energy} per {date}.
Goedemiddag, ik wil mijn jaarafrekening laten corrigeren. Mijn klantnummer is {CUSTOMER_NUMBER_ENERGY},
+ de meterstand klopt niet ({reading}).
Beste {energy},<br>&nbsp;<br>De terugbetaling van {amount} graag op {IBAN}.<br>Groet,<br>{NAME_FULL}
- beller: {NAME_REVERSED}\n- klantnr {CUSTOMER_NUMBER_ENERGY}\n- slimme meter {meter} geeft {code}\n- monteur
+ ingepland {weekday}
Klant {NAME_INITIALS} belt terug op {PHONE_LANDLINE} over het voorschot van {amount} per maand.
2025-02-11 10:42:07 | veld iban: NL00 ONBEKEND -> {IBAN} | door: klantportaal | klant {CUSTOMER_NUMBER_ENERGY}
2025-02-11 10:43:55 | veld email: {EMAIL} -> {EMAIL} | bron: app | reden: typfout
Meneer zegt dat de meter op {ADDRESS_UPPER} al sinds {month} geen gegevens doorgeeft. Tel: {PHONE}.
Jaarafrekening sturen naar de nieuwe eigenaar? Nee: oude bewoner {NAME_FULL} verhuist naar {ADDRESS}, {POSTCODE}.
Ik ben mijn klantnummer kwijt, maar u kunt me vinden op geboortedatum {DOB} en postcode {POSTCODE}.
Spreek ik met mevrouw {NAME_SURNAME}? Ja. Dan heb ik ter controle uw postcode nodig. Dat is {POSTCODE_SPOKEN}.
Contactformulier | Name: {NAME_FULL} | E-mailadres: {EMAIL} | Phone / Telefoon: {PHONE} | Onderwerp: teruglevering
Allez, mijn factuur van {energy_be} is weer te hoog. Ik woon op {ADDRESS_BE}, {city_be}. Bel mij op {PHONE_BE}.
Ik heb de domiciliëring gestopt, gelieve het saldo te storten op {IBAN_FOREIGN} op naam van {NAME_FULL}.
Zeg, 'k heb hier de brief van de netbeheerder, klantnummer {CUSTOMER_NUMBER_ENERGY}, op naam van {NAME_UPPER}.
Machtiging voor automatische incasso: rekeninghouder {NAME_INITIALS}, IBAN {IBAN}, ingangsdatum {date}.
# ---- phone shops, trade-in, subscriptions
Inruil {device}: waarde {amount}. Uitbetaling op {IBAN} t.n.v. {NAME_FULL}. Klantnummer {CUSTOMER_NUMBER_TELECOM}.
Notitie winkel {city}: klant legitimeert zich, geb. {DOB}, abonnement op {PHONE} verlengd met {device}.
Nummerbehoud aanvragen: nummer {PHONE}, oude provider {telecom}, klantnummer daar {CUSTOMER_NUMBER_TELECOM}.
Hoi! Mijn oude telefoon is opgestuurd voor inruil maar ik hoor niks. Bereikbaar op {PHONE_SPOKEN}. Groetjes {NAME_FIRST}
Klant betaalt aanbetaling van {amount} met creditcard {CARD}, toestel {device} wordt {weekday} bezorgd.
Verzendlabel voor de inruil graag naar {ADDRESS}, {POSTCODE} {city}, t.a.v. {NAME_LOWER}.
Dubbele afschrijving van {amount} op kaart {CARD}. Mijn klantnummer bij jullie: {CUSTOMER_NUMBER_TELECOM}.
Ik wil mijn simkaart op naam laten zetten van mijn kind {NAME_FULL}, geboren {DOB}.
Chat {time} [auto-vertaald uit het Oekraïens]: Goedendag, ik ben {NAME_FULL}, mijn telefoonnummer is {PHONE},
+ ik wil de rekening op {IBAN} betalen.
# ---- marketplaces: Marktplaats, Vinted, 2dehands
Geschil {order}: koper {NAME_FULL} zegt dat de {item} nooit aankwam. Verkoper stuurde naar {ADDRESS}.
Ik heb {amount} overgemaakt naar {IBAN} voor een {item}, maar de verkoper reageert niet meer. Zijn nummer: {PHONE}.
Melding oplichting: verkoper gebruikt naam {NAME_FULL} en e-mail {EMAIL_OBFUSCATED}, advertentie {order}.
Hallo, het pakket ging naar het verkeerde adres. Het moest naar {ADDRESS}, {POSTCODE_SPOKEN}.
Vinted-retour: koper {NAME_FIRST} {NAME_SURNAME} stuurt de {item} terug vanuit {city}, track & trace {order}.
Betaling voor de {item} via Gelijk Oversteken mislukt, kaart {CARD} wordt steeds geweigerd.
Afhalen in {city_be}? Dat kan, vraag naar {NAME_FULL}, {ADDRESS_BE}. Gsm {PHONE_BE}.
Mijn account op {market} is overgenomen, het e-mailadres is gewijzigd van {EMAIL} naar {EMAIL}.
# ---- hotels and holiday parks: bookings, damage deposits
Borg van {amount} voor het {accommodation} in {park} is nog niet terug. Boeking op naam van {NAME_FULL},
+ lidnummer {CUSTOMER_NUMBER_MEMBER}.
Schade aan de vaatwasser gemeld door {NAME_INITIALS} (tel. {PHONE}); borg terugstorten op {IBAN}.
Gastregistratie {park}\nNaam: {NAME_UPPER}\nGeboortedatum: {DOB}\nKenteken: {PLATE}\nAankomst: {date}
Parkeervergunning voor de {park} graag op kenteken {PLATE}. We komen met twee auto's, de tweede is {PLATE}.
{hotel}: late check-in voor {NAME_FULL}, creditcard ter garantie {CARD}, verwachte aankomst {time}.
Wij hebben {nights} nachten geboekt, maar de bevestiging staat op de naam {NAME_LOWER}. Klopt dat? {EMAIL}
Factuur graag op naam van {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, niet op het bedrijf.
Ik ben jarig tijdens het verblijf ({DOB}), kan er een taart klaarstaan?
+ Boeker: {NAME_FIRST}, lid {CUSTOMER_NUMBER_MEMBER}
# ---- car rental at airports
Huurauto {car} teruggebracht op {airport}, kenteken {PLATE}, schade linksvoor.
+ Huurder {NAME_FULL}, rijbewijs geb. {DOB}.
Borg geblokkeerd op kaart {CARD}; de auto ({PLATE}) stond om {time} al op de parking van {airport}.
Extra bestuurder toevoegen: {NAME_FULL}, geboren {DOB_WORDS}, telefoon {PHONE_FOREIGN}.
Ik krijg een boete van het CJIB voor {PLATE}, maar die auto had ik gehuurd bij {rental}.
+ Mijn klantnummer {CUSTOMER_NUMBER}.
Ophaalbewijs {rental} {airport}: bestuurder {NAME_REVERSED}, kenteken {PLATE_BE}, retour {date} {time}.
""",
)
