"""Dutch and Flemish templates of test_v109: dental practices, marina berths and boat storage, solar panel
installers, student housing, pharmacy home delivery, car sharing clubs, wedding venues, after-school childcare (BSO),
bicycle repair shops and charity lottery subscriptions, in WhatsApp Business exports, Zendesk macros, transcribed
handwritten letters, Antwerp, Brabant and Twente writing, CSV exports, e-mail signatures and voice-bot transcripts."""

from __future__ import annotations

_DUTCH: list[str] = [
    # ---- dental practices
    "[{stamp}] {NAME_FULL}: goeiemorgen, kan de controle van {weekday} naar later? Heb nu ook pijn aan een kies",
    (
        "{wa} - {PHONE_WA}: Hallo, ik ben de moeder van {NAME_CHILD_M}, hij moet {weekday} om {time} naar de "
        "tandarts maar heeft koorts"
    ),
    (
        "Ticket #{ticket} · Aanvrager: {NAME_FULL} <{EMAIL}>\nMacro 'Afspraak bevestigd' toegepast:\nBeste "
        "{NAME_AGAIN}, uw afspraak bij {tandarts} staat op {date} om {time}."
    ),
    (
        "Geachte tandarts,\nHierbij zeg ik mijn inschrijving op (patiëntnr. {CUSTOMER_NUMBER_PATIENT}). Ik ben "
        "geboren op {DOB} [onleesbaar] en ga bij mijn dochter wonen.\nHoogachtend,\n{NAME_INITIALS}"
    ),
    (
        "Allee, ik zit hier al drie dagen met ne kapotte kroon, amai. Belt ge mij efkes terug op {PHONE_BE}? "
        "Groetjes, {NAME_VL}"
    ),
    (
        "Inschrijfformulier nieuwe patiënt\nNaam: {NAME_CAPS}\nBSN: {BSN}\nGeboortedatum: {DOB}\nAdres: {ADDRESS}, "
        "{POSTCODE} {town}"
    ),
    (
        "[00:01:10] Kiesje: Wat is uw geboortedatum?\n[00:01:15] beller: eh {DOB_SPOKEN}\n[00:01:23] Kiesje: En hoe "
        "spelt u uw achternaam?\n[00:01:28] beller: {NAME_SPELLED}"
    ),
    (
        "Geplakt uit recall_export.csv:\npatientnr;naam;mobiel;laatste_controle\n"
        "{CUSTOMER_NUMBER_PATIENT};{NAME_REVERSED};{PHONE};{date}"
    ),
    (
        "Met vriendelijke groet,\n\n{NAME_FULL}\nMondhygiënist | {tandarts}\nT {PHONE} | E {EMAIL_WORK_DENTAL}\n\n"
        "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan."
    ),
    "De rekening van de wortelkanaalbehandeling ({price}) mag u afschrijven van {IBAN_NL} t.n.v. {NAME_INITIALS}.",
    (
        "Hedde gij nog plek voor ons moeder? Ze heet {NAME_BR_F}, geboren {DOB}, en woont nou op de {ADDRESS} in "
        "{town}. Houdoe!"
    ),
    (
        "Terugbelverzoek: mevrouw {NAME_SURNAME} wil weten of de beugel van haar zoon vergoed wordt, bereikbaar op "
        "{PHONE}."
    ),
    # ---- marina berths and boat storage
    "betaling;naam;kaartnummer;bedrag\nborg ligplaats;{NAME_FULL};{CARD};{price}",
    (
        "Ligplaatshouder {NAME_FULL_M} (contract {CUSTOMER_NUMBER_BERTH}) zegt de winterstalling van zijn sloep op "
        "per {date}."
    ),
    (
        "[{stamp}] {NAME_FIRST}: staat mijn boottrailer ({PLATE}) nog achter loods 3?\n[+2 min] {haven}: Ja hoor, "
        "naast de kraan."
    ),
    (
        "Goeiendag, met {NAME_TW} uut Almelo. Ik heb al twee keer ebeld oaver de kraanbeurt, wil ie mie effen "
        "trugbellen op {PHONE}?"
    ),
    (
        "Aan de havenmeester,\nIk wil mijn box opzeggen per {date}. Het borggeld graag terug op rek. {IBAN} t.n.v. "
        "{NAME_LOWER}.\nmet groet"
    ),
    (
        "export_ligplaatsen.csv (geplakt in notitie)\nsteiger;box;naam;email;kenteken_trailer\n"
        "B;14;{NAME_FULL};{EMAIL};{PLATE}"
    ),
    (
        "Booteigenaar {NAME_FULL_M} woont over de grens, bereikbaar op {PHONE_ABROAD}; zijn auto {PLATE_ABROAD} mag "
        "op de kade blijven staan."
    ),
    (
        "[00:02:17] Boei: Wat is uw ligplaatsnummer of contractnummer?\n[00:02:23] klant: ja dat is eh "
        "{CUSTOMER_NUMBER_BERTH}\n[00:02:32] Boei: Dank u, ik zoek het op."
    ),
    (
        "Onderwerp: winterstalling {date}\nVan: {NAME_FULL} <{EMAIL}>\nAdres: {ADDRESS}, {POSTCODE} {town}\nDe mast "
        "moet er dit jaar ook af, graag een offerte."
    ),
    (
        "Zeg, de walstroomkast bij mijn box is stuk en de accu van de Zeezwaluw loopt leeg. {NAME_SURNAME}, box "
        "C-09, tel {PHONE}"
    ),
    # ---- solar panel installers
    (
        "Offerteaanvraag {count} panelen\nNaam: {NAME_FULL}\nAdres: {ADDRESS}, {POSTCODE} {town}\nTelefoon: {PHONE}\n"
        "Dak: schuin, op het zuiden"
    ),
    (
        "Ge hebt vorige week panelen gelegd bij {NAME_BR} op de {ADDRESS}, mar die omvormer piept nog altijd. Efkes "
        "bellen: {PHONE}"
    ),
    (
        "Installatieovereenkomst {CUSTOMER_NUMBER_CONTRACT}\nOpdrachtgever: {NAME_INITIALS}, geboren {DOB}\nIncasso "
        "termijnen: {IBAN_NL}"
    ),
    (
        "Hoi {NAME_FIRST},\n\nWe hebben je aanbetaling ontvangen. Je klantnummer voor de monitoring-app is "
        "{CUSTOMER_NUMBER_CUSTOMER}.\n\nZonnige groet, team {zon}\n(macro: aanbetaling ontvangen)"
    ),
    (
        "Awel, voor de premie moet ge mijn rekeningnummer hebben: {IBAN_BE}, op naam van {NAME_VL}, {ADDRESS_BE}, "
        "{POSTCODE_BE} {town_be}."
    ),
    "Groet,\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE}  {town}\nMob. {PHONE}\n\nVerzonden vanaf mijn iPhone",
    "[{ts}] klant: ja goedemiddag met {NAME_ASR} ik bel over de zonne panelen die nog steeds nie aan gesloten zijn",
    "Aanbetaling 30% voldaan met creditcard {CARD} door {NAME_FULL}, restant bij oplevering.",
    (
        "[{stamp}] {NAME_FULL}: de monteur kan het beste via de achterom, de code van het hek stuur ik apart. Adres "
        "is {ADDRESS}, {POSTCODE}"
    ),
    # ---- student housing
    (
        "[{stamp}] {NAME_FULL}: hoi, in mijn kamer in {city} zit schimmel achter de kast, huurdernummer "
        "{CUSTOMER_NUMBER_TENANT}"
    ),
    (
        "Aanvrager: {NAME_FULL}\nE-mail: {EMAIL}\nTelefoon: {PHONE_ABROAD}\nOnderwerp: borg terugbetalen\nBericht: "
        "graag mijn borg naar {IBAN} svp, ik ben al terug in mijn land"
    ),
    (
        "Voor de inschrijving bij de gemeente heb ik een huurcontract nodig op naam van {NAME_FULL}, BSN {BSN}, "
        "ingangsdatum {date}."
    ),
    (
        "huurder_id,voornaam,achternaam,geboortedatum,iban\n"
        "{CUSTOMER_NUMBER_TENANT},{NAME_FIRST},{NAME_SURNAME_AGAIN},{DOB},{IBAN}"
    ),
    (
        "Mien zeune {NAME_FIRST_M} hef de kamer an de {ADDRESS} ehuurd, mar de sleutel hef e nog nich ekregen. "
        "Groeten oet Hengelo"
    ),
    (
        "Betreft: kamer opzeggen\nIk, {NAME_FULL}, geboren op {DOB}, zeg mijn kamer op per {date}.\n[handtekening] "
        "[rest onleesbaar]"
    ),
    (
        "Met vriendelijke groet / Kind regards,\n{NAME_FULL}\nStudent Technische Bedrijfskunde\n{EMAIL}\n\nDeze "
        "e-mail is uitsluitend bestemd voor de geadresseerde(n). Gebruik door anderen is niet toegestaan."
    ),
    (
        "Dag, ik ben {NAME_FULL} en kom voor mijn master. Telefoon {PHONE_ABROAD}, mijn kamer adres wordt {ADDRESS}, "
        "{POSTCODE} Enschede."
    ),
    "[{stamp}] {NAME_FIRST}: kan ik de borg voor de kamer ook met mijn creditcard betalen? nummer is {CARD}",
    # ---- pharmacy home delivery
    "Bezorgen bij {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {town}. Niet thuis? Bel dochter {NAME_FIRST_F}: {PHONE}.",
    (
        "[00:00:24] Pilbot: Noemt u uw burgerservicenummer, cijfer voor cijfer.\n[00:00:31] beller: {BSN_SPOKEN}\n"
        "[00:00:35] Pilbot: Dank u. Uw herhaalrecept wordt {weekday} bezorgd."
    ),
    "[{stamp}] {NAME_FULL}: mijn moeder {NAME_FULL_F} wacht nog steeds op haar insuline!! ze woont {ADDRESS}",
    "Ik ben de gebuur van {NAME_VL}, de medicatie moogt ge bij mij afgeven, {ADDRESS_BE}. Merci hé!",
    (
        "Ticket #{ticket}\nPatiënt: {NAME_CAPS} (klantnr. apotheek {CUSTOMER_NUMBER_PHARMACY})\nGeb.datum: {DOB}\n"
        "Klacht: bezorger stond bij het verkeerde huis"
    ),
    (
        "Geachte apotheker,\nVanaf {date} woon ik op een nieuw adres: {ADDRESS}, {POSTCODE} {town}. Wilt u de "
        "medicijnrol daar bezorgen?\n{NAME_INITIALS}"
    ),
    "Bezorgkosten {fee} afgerekend met kaart {CARD}, kaarthouder {NAME_CAPS}.",
    "Ons vader {NAME_BR_M} krijgt zijn pillen nie op tijd, zijn BSN is {BSN}, kunde gij da efkes nakijken?",
    (
        "route;volgorde;naam;adres;postcode;bijzonderheden\n"
        "{town};{count};{NAME_FULL};{ADDRESS};{POSTCODE};koelkastmedicatie"
    ),
    "[{ts}] beller: as de bezorger d'r is kan hee mie bellen op {PHONE_SPOKEN} dan doe ik de deur lös",
    # ---- car sharing clubs
    "Nieuw lid {NAME_FULL}, rijbewijs gecontroleerd, lidnummer {CUSTOMER_NUMBER_MEMBER}, mail {EMAIL}.",
    "[{stamp}] {NAME_FIRST}: ik zet mijn eigen Zoe ({PLATE}) vanaf {date} ook in de club, wie wil hem op {weekday}?",
    "Wat hej met mien auto edoan? De {PLATE} steet vol modder en de tank is leeg. Groet, {NAME_TW}",
    "Schademelding\nLid: {NAME_FULL} ({CUSTOMER_NUMBER_MEMBER})\nKenteken tegenpartij: {PLATE}\nBereikbaar: {PHONE}",
    "Mijn kaart {CARD} werd twee keer gedebiteerd voor dezelfde rit, ik ben {NAME_VL} uit {town_be}.",
    (
        "[00:01:31] Deelie: Wat is uw lidnummer?\n[00:01:39] beller: dat is eh {CUSTOMER_NUMBER_MEMBER}\n[00:01:44] "
        "Deelie: Ik heb u gevonden."
    ),
    "lid,eigen_kenteken,km_start,km_eind,iban\n{CUSTOMER_NUMBER_MEMBER},{PLATE},45210,45388,{IBAN_NL}",
    (
        "Ik wil mijn auto met buitenlands kenteken ({PLATE_ABROAD}) ook delen, ik woon in Enschede aan de {ADDRESS}. "
        "Gr. {NAME_FULL}"
    ),
    "Sleutelkluis werkt niet, sta nu bij de auto. Bel me: {PHONE}! - {NAME_FIRST}",
    # ---- wedding venues
    "Optie op {date} voor het huwelijk van {NAME_FULL} en {NAME_FULL}, dossier {CUSTOMER_NUMBER_BOOKING}.",
    "[{stamp}] {NAME_FIRST}: voor de trouwambtenaar: zij heet {NAME_FULL_F}, geboren {DOB}",
    "Liefs,\n{NAME_FIRST} & {NAME_FIRST}\n{ADDRESS}\n{POSTCODE} {town}\n{PHONE}",
    (
        "Ticket #{ticket} – Aanbetaling trouwlocatie\nKlant: {NAME_REVERSED}\nIBAN: {IBAN_NL}\nBoekingsnummer: "
        "{CUSTOMER_NUMBER_BOOKING}"
    ),
    "Mee onze trouwerij op {date} komt d'n oldtimer van ome {NAME_BR_M}, kenteken {PLATE}, mag die op 't erf staan?",
    (
        "Lieve mensen van {trouw},\nWij willen graag de schuur huren voor ons 40-jarig huwelijk. Bel {PHONE} of "
        "schrijf naar {ADDRESS}, {town}.\n{NAME_INITIALS}"
    ),
    (
        "Wij zijn {NAME_FULL} en {NAME_FULL}, Hindoestaanse bruiloft met {count}0 gasten; de familie uit het "
        "buitenland belt via {PHONE_ABROAD}."
    ),
    "Reservering garanderen met creditcard: {CARD}, naam op kaart {NAME_CAPS}, geldig tot 09/28",
    "[00:02:38] Bruidje: Noem uw kaartnummer voor de aanbetaling.\n[00:02:47] beller: {CARD_SPOKEN}",
    # ---- after-school childcare (BSO)
    "Aanmelding {bso}\nKind: {NAME_CHILD_FULL}\nGeboortedatum: {DOB_CHILD}\nBSN kind: {BSN}\nStartdatum: {date}",
    "[{stamp}] {NAME_FULL}: {NAME_CHILD} wordt vandaag opgehaald door opa, hij rijdt in de {PLATE}",
    (
        "Beste {NAME_FULL},\n\nUw kind {NAME_CHILD} staat op de wachtlijst met plaatsingsnummer "
        "{CUSTOMER_NUMBER_CHILD}. Wij bellen zodra er plek is.\n\n(Zendesk-macro: wachtlijst bevestigd)"
    ),
    "Onze {NAME_CHILD} mut vanaf {date} drie middagen, de toeslag vroag ik an met mien BSN {BSN}. Groeten, {NAME_TW}",
    "kindnr;kind;geb;ouder;tel_ouder\n{CUSTOMER_NUMBER_CHILD};{NAME_CHILD_FULL};{DOB_CHILD};{NAME_FULL};{PHONE}",
    "Lieve juf, {NAME_CHILD} mag vandaag met {NAME_CHILD} mee naar huis. Groetjes, mama van {NAME_CHILD} ({PHONE})",
    (
        "Ons kleine {NAME_CHILD} zit bij u in de naschoolse opvang; de factuur moogt ge domiciliëren op {IBAN_BE}. "
        "Mama {NAME_VL_F}"
    ),
    "Salaam, ik ben de vader van {NAME_CHILD}, mijn nummer is veranderd, nieuw nummer {PHONE}. {NAME_FULL_M}",
    (
        "Met vriendelijke groet,\n{NAME_FULL}\nPedagogisch medewerker BSO\n{EMAIL_WORK_BSO} | werkdagen ma-di-do\n"
        "Denk aan het milieu voordat u deze e-mail print."
    ),
    # ---- bicycle repair shops
    "Fiets van {NAME_FULL} staat klaar, framenummer genoteerd, klantnr. {CUSTOMER_NUMBER_CUSTOMER}, bellen op {PHONE}",
    "{wa} - {PHONE_WA}: hoi is mn bakfiets al klaar?? groetjes {NAME_LOWER}",
    "Ik heb m'n e-bike gisteren bij jullie gebracht op naam van {NAME_BR}, de factuur mailen naar {EMAIL} asjeblieft.",
    "[{ts}] beller: ik heb een lekke band ken ik mijn fiets brengen ik woon op de {ADDRESS} in {town} ofzo",
    "Betaald {price} met pinpas {CARD}, bon mailen naar {EMAIL}.",
    "werkbon;klant;email;fiets;status\n{werkbon};{NAME_FULL};{EMAIL};{fietsmodel};klaar voor ophalen",
    "Wat kost 'n nieje ketting? Ik bin {NAME_TW}, ik kom zoaterdag langs. Mail mie mar op {EMAIL}",
    (
        "Klantnummer {CUSTOMER_NUMBER_CUSTOMER} – {NAME_FULL} wil een offerte voor een nieuwe accu, adres voor "
        "levering {ADDRESS}, {POSTCODE}."
    ),
    # ---- charity lottery subscriptions
    "Ik wil mijn lot opzeggen, deelnemersnummer {CUSTOMER_NUMBER_LOTTERY}, het geld gaat van {IBAN_NL} af.",
    (
        "[00:00:05] Lotje: Wat is uw postcode?\n[00:00:09] beller: {POSTCODE_SPOKEN}\n[00:00:16] Lotje: Ik heb uw "
        "postcode niet goed verstaan."
    ),
    (
        "Geachte heer/mevrouw,\nMijn man {NAME_FULL_M} is overleden. Wilt u zijn loten stoppen? Nummer "
        "{CUSTOMER_NUMBER_LOTTERY}.\nMet vriendelijke groet,\nmevr. {NAME_INITIALS_F}"
    ),
    (
        "Beste {NAME_FULL},\nUw machtiging voor rekening {IBAN} is ingetrokken. Uw deelname stopt na de trekking van "
        "{date}.\nMacro: opzegging verwerkt"
    ),
    "Ik heb nog nooit iets gewonnen, amai. Stopt da maar: {NAME_VL}, {ADDRESS_BE}, {POSTCODE_BE} {town_be}",
    "deelnemer|naam|postcode|geboortedatum|iban\n{CUSTOMER_NUMBER_LOTTERY}|{NAME_FULL}|{POSTCODE}|{DOB}|{IBAN_NL}",
    "[00:01:12] beller: mijn e-mail is {EMAIL_SPOKEN}\n[00:01:17] Lotje: Ik stuur een bevestiging naar dat adres.",
    "[{ts}] beller: bel me maar terug op {PHONE_SPOKEN} mijn postcode is {POSTCODE_SPOKEN} en ik ben {NAME_ASR}",
    (
        "[00:02:19] beller: het rekeningnummer is {IBAN_SPOKEN}\n[00:02:25] Lotje: Dank u, ik herhaal het nummer "
        "niet om privacyredenen."
    ),
    (
        "[00:00:26] Lotje: Wat is uw geboortedatum?\n[00:00:33] beller: {DOB_SPOKEN}\n[00:00:37] Lotje: Dank u, een "
        "moment."
    ),
    "Mijn lotnummer weet ik niet, maar mijn e-mail bij jullie is {EMAIL} en ik woon op {ADDRESS}, {POSTCODE} {town}.",
]

NL: list[tuple[str, str]] = [("nl", text) for text in _DUTCH]
