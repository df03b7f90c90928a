"""Sentences of test_v46 without personal data, in Dutch and Flemish: brands, products, tariffs, meter models,
order, ad and ticket numbers, flight numbers, times, amounts, non-birth dates, cities, organisations' phone
numbers and mailboxes, and places, shops and institutions named after people (Van der Valk, Hertz, Berlitz)."""

from __future__ import annotations

import benchmarks.privacy_templates_v46_words  # noqa: F401  (registers CLEAN_FILLERS["test_v46"])
from benchmarks.privacy_templates_v46_clean_en import CLEAN_EN
from benchmarks.privacy_templates_v46_rows import lines

CLEAN_NL = lines(
    r"""
# ---- energy retail and smart meters
Uw overstap naar {energy} gaat in op {date}; de eindafrekening van uw vorige leverancier volgt binnen zes weken.
Slimme meter {meter} geeft foutcode {code} op het display, de P1-poort reageert niet.
Het vaste leveringstarief wordt per {date} {tariff}, de netbeheerkosten blijven gelijk.
Teruglevering {reading} in {month} verrekend met het verbruik, saldo {amount} in uw voordeel.
Jaarafrekening {year} staat klaar in de app van {energy}, ook als pdf te downloaden.
Storing in {city}: netbeheerder meldt herstel rond {time}, storingsnummer {org_phone}.
Bij {energy_be} kan je de meterstand tot {date} doorgeven via het klantenportaal.
De digitale meter van Fluvius draaide terug tot eind {year}, in {city_be} geldt nu het capaciteitstarief.
Dynamisch contract: de uurprijs om {time} lag op {tariff}, om 13:00 zelfs negatief.
Voorschot aangepast van {amount} naar {amount} per maand vanaf {month}.
- klant belt over jaarafrekening {year}\n- uitleg over teruglevering en saldering\n
+ - voorschot blijft {amount}\n- geen vervolgactie
Kies in het menu optie {count} voor verhuizen en optie 2 voor een storing.
De hybride warmtepomp verbruikte in {month} ongeveer {reading}, binnen de verwachting.
# ---- phone shops and trade-in
Inruilwaarde {device}: {amount} bij een intact scherm, {amount} met barst in het glas.
Bestelling {order} bij {shop} wordt {weekday} tussen {time} en {time} bezorgd.
Het toestel gaat naar de reparatiepartner in {city}; doorlooptijd {count} werkdagen.
Nieuwe bundel bij {telecom}: 20 GB voor {amount} per maand, opzegbaar per maand.
Winkel {shop} in {city} sluit op {weekday} om {time}, de servicebalie een half uur eerder.
eSIM-activatie bij {telecom} mislukt met code {code}; de QR-code verloopt na 24 uur.
Trade-in programma verlengd tot {date}: extra {amount} bij inlevering van een {device}.
[Automatisch vertaald] Hallo, wanneer komt mijn nieuwe telefoon? Bestelling {order}, dank je.
# ---- marketplaces
Advertentie {order} op {market} verwijderd wegens verboden artikel ({item}).
Geschil {order}: verzendbewijs ontvangen, uitbetaling aan de verkoper staat op hold tot {date}.
Kopersbescherming van {market} dekt de {item} tot {amount}.
Pakket met {item} ligt bij het PostNL-punt in de {shop} in {city} tot {date}.
Vinted rekent een beschermingstoeslag van {amount} plus {percent} van de prijs.
Bieden vanaf {amount}, ophalen in {city} of verzenden via DHL.
Op 2dehands verscheen de {item} opnieuw, dezelfde foto's, andere prijs: {amount}.
# ---- hotels and holiday parks
Inchecken bij {park} vanaf {time}, uitchecken voor 10:00; borg {amount} per {accommodation}.
De schade aan het {accommodation} valt onder de annuleringsverzekering van {insurer}.
{hotel} heeft op {date} nog {count} kamers vrij, ontbijt inbegrepen.
Zwembad van {park} gesloten van {date} tot {date} wegens onderhoud.
Borgteruggave duurt bij {park} gemiddeld {count} werkdagen na vertrek.
Receptie {hotel}: {org_phone}, bereikbaar van 07:00 tot 23:00.
Eindschoonmaak {accommodation} kost {amount}, bedlinnen apart {amount}.
Reviewscore van {hotel} gezakt naar 7,4 na de renovatie van de lobby.
Beste gast,<br>&nbsp;<br>Uw verblijf in {park} begint op {date}. Tot dan!<br>Team Reserveringen
# ---- car rental at airports
Ophalen bij {rental} op {airport}: balie in de aankomsthal, shuttle elke {count} minuten.
Huurcategorie {car} of vergelijkbaar, tank vol terugbrengen, anders {amount} per liter.
Vlucht {flight} landt om {time}, de balie van {rental} blijft open tot de laatste aankomst.
Schadeformulier {rental}: kras op de achterbumper, foto's geüpload om {time}.
Tolbadge voor Frankrijk en Spanje via {rental} kost {amount} per dag.
Parkeren P3 Schiphol Lange Termijn: {amount} per week bij online reserveren.
Retourlabel voor de {device} aangemaakt, inleveren bij een PostNL-punt voor {date}.
Kilometerstand {car} bij inleveren: 48.213, brandstofniveau 7/8, geen nieuwe schade ({airport}).
Wij verhuren geen auto's aan bestuurders jonger dan 21 jaar; toeslag jonge bestuurder {amount} per dag.
Annuleren bij {hotel} kan kosteloos tot 48 uur voor aankomst.
Servicepunt {energy} in {city} verhuist naar het Stationsplein, open vanaf {date}.
Het contract loopt tot {date}; daarna wordt het automatisch een variabel tarief van {tariff}.
Zendingen naar {country} vallen buiten de Vinted-verzendopties, kies een eigen vervoerder.
Gratis taalcafé in de bibliotheek van {city}, elke {weekday} om {time}, aanmelden via {org_mail}.
Kraampakket van {kraam} bevat matrasbeschermer, navelklemmen en kraamverband.
Het consulaat in {city} geeft geen visa af, daarvoor gaat u naar de {embassy} in Den Haag.
Verhuizing naar {city_abroad} verzekerd via {insurer}, dekking tot {amount}.
# ---- moving abroad and emigration
Bij emigratie naar {country} stopt de zorgverzekering op de dag van vertrek.
Het loket Internationale Zaken van de gemeente {city} werkt alleen op afspraak, bel {org_phone}.
Verhuisdozen van {shop} kosten {amount} per set van tien.
Internationale verhuizing naar {city_abroad}: offerte {order}, inboedel ongeveer 30 m³.
PostNL stuurt post zes maanden door naar het buitenland, tarief {amount}.
Pensioen en AOW bij wonen in {country}: de SVB rekent met het woonlandbeginsel.
# ---- student housing
{housing} opent op {date} de inschrijving voor kamers in {city}.
Wachttijd voor een studio bij {housing}: gemiddeld {count} maanden.
Huurtoeslag voor een zelfstandige studio vanaf 18 jaar, huur onder {amount}.
Open dag {university} op {date}, rondleiding langs de campus om {time}.
Servicekosten {housing} verhoogd met {percent} per {date}.
Fietsenkelder blok C bij {housing} gesloten van {time} tot {time}.
# ---- embassies and visa agencies
{embassy} sluit op {date} wegens een nationale feestdag.
Afspraken voor visa via {visa}, biometrie in {city} op werkdagen vanaf {time}.
Legalisatie van documenten kost {amount} per stuk, contant betalen niet mogelijk.
Het consulaat behandelt aanvragen in {count} tot 15 werkdagen.
Pasfoto's voor de {embassy} moeten voldoen aan de ICAO-norm, 35 bij 45 millimeter.
Afgifte van paspoorten op het consulaat in {city} van {time} tot 12:00, zonder afspraak.
# ---- language schools
Cursus {course} bij {school} start {date}, elke {weekday} van {time} tot 21:30.
{school} biedt het staatsexamen NT2 programma II als intensieve cursus aan.
Lesgeld {course}: {amount}, lesmateriaal inbegrepen.
Plaatsingstoets {language} bij {school} online, daarna een gesprek van {count} minuten.
Het Goethe-Institut in Amsterdam en {school} geven samen een zomercursus Duits.
Instituto Cervantes Utrecht sluit de inschrijving voor DELE B2 op {date}, het examen volgt in {month}.
# ---- maternity care (kraamzorg)
{kraam} levert het kraampakket rond week 34 van de zwangerschap.
Intake bij {kraam} meestal tussen week 30 en 34, telefonisch of aan huis; vragen via {org_phone}.
Eigen bijdrage kraamzorg {year}: {amount} per uur, de basisverzekering vergoedt de rest.
Poliklinische bevalling in {hospital}, {kraam} komt daarna aan huis.
De kraamverzorgende werkt tussen {time} en {time}, bij spoed belt u {org_phone}.
Borstvoedingsspreekuur in {hospital} op {weekday} van {time} tot 12:00.
# ---- people-named places, shops and institutions used as places
Afspraak in {landmark}, ingang aan de zijkant, parkeren in garage P2.
De shuttlebus van het hotel stopt bij {landmark} en bij {airport}.
Winkelcentrum naast {landmark} heeft een Belsimpel-winkel en een Coolblue-afhaalpunt.
# ---- channels: forms, chats, CRM audit lines, payloads
{timestamp} AUDIT ticket {ticket} status: open -> in behandeling (wachtrij {queue})
{timestamp} AUDIT ticket {ticket} prioriteit: normaal -> hoog; categorie: borg
{timestamp} AUDIT product {product} tarief: {tariff} -> {tariff}
{"event": "tariff_change", "product": "{product}", "valid_from": "{date}", "channel": "{channel}"}
{"ticket": "{ticket}", "queue": "{queue}", "sla_hours": 48, "language": "nl-BE"}
ticket:\n  nummer: {ticket}\n  categorie: borg\n  park: {park}\n  bedrag: {amount}
Onderwerp / Subject: {subject}\nKanaal / Channel: {channel}\nPrioriteit: normaal
[Vertaald uit het {language}] Goedemiddag, wanneer komt de monteur van {energy} voor de meterkast? Dank u.
[Vertaald uit het {language}] Ik wil graag weten hoeveel de borg voor het {accommodation} in {park} bedraagt.
Goeiemiddag, 'k heb nog altijd geen antwoord op ticket {ticket}. Merci.
Allez, de gsm-winkel in {city_be} was gesloten om {time}, op de website stond tot 18 uur.
Groetjes uit {city}, wij hebben genoten van {park}!
Hi, we hebben de sleutel om {time} in de sleutelkluis bij de receptie van {hotel} gelegd.
Hartelijk dank voor uw bericht. Wij reageren binnen {count} werkdagen. Mail ons op {org_mail}.
""",
)

TEST_V46_CLEAN: list[str] = [*CLEAN_NL, *CLEAN_EN]
