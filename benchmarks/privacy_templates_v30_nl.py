"""Dutch templates of the `test_v30` split, first half: a maternity-care (kraamzorg) organisation, a speech-therapy
(logopedie) practice and a podiatry (podotherapie) practice. The second half is in `privacy_templates_v30`, which
exports the split and describes the labels. Written by someone who never saw the redaction rules."""

from __future__ import annotations

NL_FIRST = [
    # kraamzorg: intake, partners, births, hours, Trengo conversations
    "Trengo · WhatsApp-kanaal Kraamzorg\n[09:14] Klant: hoi, ik ben {NAME_FIRST_F}, uitgerekend op {date}, wanneer "
    "komt de intake?\n[09:20] {NAME_FIRST}: Goedemorgen! Mag ik je postcode en huisnummer?\n[09:21] Klant: "
    "{POSTCODE}, 14",
    "Intakeformulier kraamzorg\nNaam moeder: {NAME_MARRIED}\nGeboortedatum moeder: {DOB_PARENT}\nBSN: {BSN}\n"
    "Adres: {ADDRESS}\nPostcode/plaats: {POSTCODE} {city}\nUitgerekende datum: {date}",
    "Partner {NAME_M} belt: bevalling vannacht om {time} thuis, dochter geboren {DOB_BABY}, kraamzorg graag vandaag "
    "al starten. Terugbellen op {PHONE}.",
    "Cliënt {CUSTOMER_NUMBER_KRAAM} ({NAME_FULL}): geboorte gemeld, zoon {NAME_SON}, geboren {DOB_BABY}.",
    "Kraamverzorgende {NAME_FULL} wisselt dienst met {NAME_FIRST}; mevr. {NAME_LAST} is op de hoogte.",
    "Eigen bijdrage kraamzorg {amount}, te incasseren van {IBAN} t.n.v. {NAME_INIT}, cliëntnr. "
    "{CUSTOMER_NUMBER_KRAAM}.",
    "trengo mail van klant: hallo ik heb me gister aangemeld maar verkeerd mailadres opgegeven, het moet "
    "{EMAIL} zijn. groetjes {NAME_LOWER}",
    "Kraampakket retour: bezorgd bij verkeerde buren, juiste adres {ADDRESS}, {POSTCODE}. Klant {NAME_FULL} "
    "ontvangt {order} opnieuw.",
    "Doorgestuurd bericht\n-----Oorspronkelijk bericht-----\nVan: {NAME_FULL} <{EMAIL}>\nVerzonden: {weekday} "
    "{date} {time}\nAan: planning@{kraam_domain}\nOnderwerp: aanmelding tweeling",
    "Aanmelding via verloskundige: zwangere {NAME_F}, geb. {DOB_PARENT}, tel {PHONE}, wil graag kraamzorg in het "
    "Turks of Arabisch.",
    "Klant vraagt uren kraamzorg na; zegt haar BSN aan de telefoon voor: {BSN_SAID}. Niet genoteerd in dossier.",
    "Kraamverzorgende meldt: parkeervergunning nodig voor {PLATE} bij cliënt in {city}, {weekday} t/m {weekday}.",
    "Vlaamse cliënte {NAME_F}, bevalt in Nederland, adres {ADDRESS_BE}, {POSTCODE_BE} {city_be}, tel. {PHONE_BE}.",
    # logopedie: referrals, parents, schools, Vecozo returns
    "ZorgDomein-verwijzing {zorgdomein}\nPatiënt: {NAME_CHILD}\nGeboortedatum: {DOB_CHILD}\nBSN: {BSN}\n"
    "Verwijzer: {gp}\nReden: stotteren sinds {year}",
    "Moeder {NAME_MARRIED} mailt: onze zoon {NAME_FIRST_M} (geb. {DOB_CHILD}) heeft logo nodig volgens juf, "
    "kan hij woensdag na school? mijn nummer {PHONE}",
    "Vecozo retourinformatie {invoice}: prestatie afgewezen, BSN {BSN} onbekend bij verzekeraar {insurer}. "
    "Patiënt {NAME_INIT}, patiëntnr. {CUSTOMER_NUMBER_LOGO}.",
    "Logopedist {NAME_FULL} neemt patiënt {CUSTOMER_NUMBER_LOGO} over van {NAME_FULL} tijdens verlof.",
    "Volwassen patiënt na CVA: {NAME_CAPS}, geboren {DOB_OLD}, woont {ADDRESS}, {POSTCODE} {city}; "
    "dochter {NAME_FIRST_F} regelt afspraken ({PHONE}).",
    "Afmelding via voicemail (uitgetypt): ja hallo met eh {NAME_FULL}, mijn dochter is ziek, ze kan morgen niet "
    "naar de logo, bel maar terug op {PHONE_SAID}",
    "Toestemmingsformulier school\nLeerling: {NAME_CHILD}\nOuder/verzorger: {NAME_REG}\nE-mail: {EMAIL}\n"
    "School: {school}\nHandtekening: ja",
    "Nieuwe cliënt geeft mailadres door aan de balie, gespeld: {EMAIL_SPELL}.",
    "Eigen rekening: logopedie na behandeljaar, nota naar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, patiëntnr. "
    "{CUSTOMER_NUMBER_LOGO}.",
    # podotherapie: insoles, insurers, bookings, payments
    "Boekingsbevestiging Podofit\nNaam: {NAME_FULL}\nGeboortedatum: {DOB}\nTelefoon: {PHONE}\nAfspraak: {weekday} "
    "{time}, intake steunzolen",
    "COV-check {insurer}: {NAME_INIT}, geb. {DOB}, BSN {BSN}, aanvullend verzekerd t/m {date}.",
    "Klant {CUSTOMER_NUMBER_PODO} betaalde zolen ({amount}) met creditcard {CARD}; kaart op naam van {NAME_CAPS}.",
    "Zolen klaar voor {NAME_LAST}, pt.nr {CUSTOMER_NUMBER_PODO}. Mag opgestuurd naar {ADDRESS}, {POSTCODE} {city}.",
    "Diabetische voetcontrole bij mevr. {NAME_LAST} thuis, {ADDRESS}; zoon {NAME_FIRST} is er om {time}.",
    "Terugbetaling dubbele betaling {amount} naar {IBAN}, patiënt {NAME_FULL}, {CUSTOMER_NUMBER_PODO}.",
    "Podotherapeut {NAME_FIRST} kan {weekday} niet; patiënten {NAME_INIT} en {NAME_INIT} verzetten naar {date}.",
    "Sms-herinnering kon niet worden afgeleverd aan {PHONE}, patiënt {CUSTOMER_NUMBER_PODO}, controleren in dossier.",
    "Sportpodo: {NAME_LOWER} (geb {DOB}) loopt marathon, zolen voor {date} nodig. mail: {EMAIL}",
    "Huisbezoek: parkeren bij {ADDRESS}, auto van de praktijk {PLATE} heeft ontheffing.",
]
