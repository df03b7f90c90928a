"""Dutch and Flemish templates of test_v46, part two: moving abroad, student housing, embassies and visa agencies,
language schools, maternity care (kraamzorg), and payloads (JSON, YAML, CRM audit lines) from those systems."""

from __future__ import annotations

from benchmarks.privacy_templates_v46_rows import rows

NL_LIFE = rows(
    "nl",
    r"""
# ---- moving abroad and emigration: forwarding addresses, foreign phones
Ik emigreer op {date} naar {country}. Nieuw adres: {ADDRESS_ABROAD}, {city_abroad}. Mijn telefoon daar: {PHONE_FOREIGN}.
Doorzendverzoek post: van {ADDRESS}, {POSTCODE} {city} naar {ADDRESS_ABROAD}, {city_abroad}. Aanvrager {NAME_FULL}.
Eindafrekening graag naar mijn buitenlandse rekening {IBAN_FOREIGN}, t.n.v. {NAME_FULL}.
Uitschrijving BRP wegens vertrek naar {country}: BSN {BSN}, geboortedatum {DOB}, laatste adres {ADDRESS}.
Ons oudste kind, {NAME_FIRST}, woont nu in {city_abroad} en is bereikbaar op {PHONE_FOREIGN} of {EMAIL}.
Afmelding abonnement wegens emigratie, klantnr {CUSTOMER_NUMBER_TELECOM}. Laatste factuur mailen naar {EMAIL_UPPER}.
Beste, wij verhuizen van {ADDRESS_BE} naar {ADDRESS}, {POSTCODE} {city}. Groeten, {NAME_FULL}
# ---- student housing
Huurcontract kamer {ADDRESS_STUDENT}, {city}: huurder {NAME_FULL}, huurdersnummer {CUSTOMER_NUMBER_TENANT}.
Hoi, ik ben {NAME_FIRST} uit kamer 14 en mijn borg van {amount} moet naar {IBAN_FOREIGN}, ik ga terug naar {country}.
Inschrijving {housing}: {NAME_REVERSED}, geb. {DOB}, e-mail {EMAIL}, telefoon {PHONE}.
Lekkage in de keuken op {ADDRESS_STUDENT}. Melder: {NAME_LOWER} ({PHONE}). Huurdersnummer {CUSTOMER_NUMBER_TENANT}.
Mijn ouders betalen de huur vanaf {IBAN}, rekeninghouder {NAME_INITIALS}. Kamer: {ADDRESS_STUDENT}.
Onderhuurder op {ADDRESS_STUDENT} gemeld: {NAME_FULL}, ingeschreven met BSN {BSN_SPOKEN}.
# ---- embassies and visa agencies
Afspraak {visa} voor {NAME_UPPER}, paspoorthouder geboren {DOB}, telefoon {PHONE}.
Ik heb een legalisatie nodig van de geboorteakte van {NAME_FULL}, geboren {DOB_WORDS}, voor de {embassy}.
Visumaanvraag gezinshereniging: referent {NAME_FULL}, BSN {BSN}, adres {ADDRESS}, {POSTCODE} {city}.
Kunt u het paspoort terugsturen naar {ADDRESS}, {POSTCODE}? Het staat op naam van {NAME_REVERSED}.
Betaling leges {amount} met creditcard {CARD} voor de aanvraag van {NAME_FULL} bij {visa}.
# ---- language schools
Inschrijving {school}, cursus {course}: {NAME_FULL}, {EMAIL}, geboortedatum {DOB}, lesgeld via {IBAN}.
Mijn partner {NAME_FULL} kan {weekday} niet naar de les ({course}), er staat een afspraak bij de {embassy}.
Cursist {NAME_SURNAME} (studentnummer {CUSTOMER_NUMBER_MEMBER}) wil overstappen naar de avondgroep in {city}.
Factuur taalcursus naar werkgever, maar op naam van cursist {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}.
# ---- maternity care (kraamzorg)
Aanmelding kraamzorg: cliënt {NAME_FULL}, geboortedatum {DOB}, BSN {BSN}, uitgerekende datum {date}.
{kraam}: baby {NAME_BABY} geboren op {DOB_BABY}, adres {ADDRESS}, {POSTCODE} {city}.
Overdracht verloskundige: mevrouw {NAME_SURNAME}, partner {NAME_FIRST} bereikbaar op {PHONE}, kraamweek start {date}.
Eigen bijdrage kraamzorg {amount} graag incasseren van {IBAN}, polishouder {NAME_INITIALS}.
Baby {NAME_BABY}, geboren {DOB_BABY}, bijschrijven op de polis van {NAME_FULL}, BSN baby {BSN}.
Klant vraagt of de kraamverzorgster om {time} kan komen, adres {ADDRESS_UPPER}, bel eerst {PHONE_SPOKEN}.
# ---- payloads: JSON, YAML, audit lines
{"event": "address_change", "customer_id": "{CUSTOMER_NUMBER}", "old": "{ADDRESS}", "new": "{ADDRESS_ABROAD}"}
{"klant": {"naam": "{NAME_FULL}", "geboortedatum": "{DOB_ISO}", "postcode": "{POSTCODE}"}, "kanaal": "webformulier"}
{"type": "refund", "iban": "{IBAN}", "amount": "{amount}", "reference": "{order}", "holder": "{NAME_UPPER}"}
{"msisdn": "{PHONE}", "account": "{CUSTOMER_NUMBER_TELECOM}", "email": "{EMAIL}", "status": "port_in_pending"}
huurder:\n  naam: {NAME_FULL}\n  kamer: {ADDRESS_STUDENT}\n  bsn: '{BSN}'\n  iban: {IBAN}
gast:\n  naam: "{NAME_REVERSED}"\n  kenteken: {PLATE}\n  borg: {amount}\n  park: {park}
{timestamp} AUDIT klant {CUSTOMER_NUMBER} telefoon: {PHONE} -> {PHONE_FOREIGN} (gewijzigd via {channel})
{timestamp} AUDIT klant {CUSTOMER_NUMBER_ENERGY} postcode: {POSTCODE} -> {POSTCODE}; huisnummer gewijzigd
{timestamp} AUDIT relatie {CUSTOMER_NUMBER_MEMBER} geboortedatum: {DOB} -> {DOB} (correctie na legitimatie)
{timestamp} AUDIT kaart {CARD} verwijderd uit wallet, klant {NAME_REVERSED}
{timestamp} AUDIT voertuig {PLATE} -> {PLATE} gekoppeld aan parkeerpas, relatie {CUSTOMER_NUMBER_MEMBER}
{timestamp} AUDIT bsn: leeg -> {BSN} (ingevoerd door klant via DigiD-koppeling)
# ---- more forms from these systems
Formulier kinderbijslag bij verhuizing naar {country}: ouder {NAME_FULL}, BSN {BSN}, kind {NAME_BABY}, BSN {BSN}.
Zorgtoeslag stopzetten i.v.m. vertrek, BSN {BSN}, rekening {IBAN}, nieuw adres {ADDRESS_ABROAD}.
Reservering bevestigd<br>Gast: {NAME_FULL}<br>E-mail: {EMAIL}<br>Creditcard: {CARD}<br>Borg: {amount}
Kaart {CARD} is gestolen in {city_abroad}, graag blokkeren. Klantnummer {CUSTOMER_NUMBER}, tel {PHONE_FOREIGN}.
Laadpas voor de huurauto gekoppeld aan {CARD}; kenteken {PLATE}, ophalen op {airport}.
Slagboom {park} opent niet voor {PLATE}, de gast staat nu bij de ingang. Bel {PHONE} terug.
Bewonersvergunning studentencomplex: kenteken {PLATE_BE} of {PLATE}, huurder {NAME_FULL}.
Wegenbelasting loopt door op {PLATE} na emigratie; eigenaar {NAME_INITIALS}, {EMAIL}.
Verkocht via {market}: auto {PLATE}, vrijwaringsbewijs gemaild naar koper {EMAIL}.
Bevestiging inschrijving {school}: {EMAIL_UPPER}, cursus {course}, betaald met kaart {CARD}.
Nieuwsbrief afmelden voor {EMAIL} en {EMAIL}, beide adressen van {NAME_FULL}.
Gegevens kraamzorg: cliënt {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, e-mail {EMAIL_OBFUSCATED}.
Postcode {POSTCODE} valt buiten het werkgebied van {kraam}, doorverwezen naar een collega-organisatie.
Storing slimme meter bij {POSTCODE}, adres {ADDRESS}, melder {NAME_FIRST}.
Huurpenningen graag voortaan van {IBAN}, niet meer van {IBAN}. Huurdersnummer {CUSTOMER_NUMBER_TENANT}.
""",
)
