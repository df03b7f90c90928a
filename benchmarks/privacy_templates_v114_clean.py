"""Sentences of test_v114 without personal data: housing allowance, licence renewals, solar lease buy-outs, braces,
airport lost property, farm boxes, laundries, coffee machine leases, phone insurance and sailing club berths; public
numbers, amounts, non-birth dates, court case numbers and ECLIs, Intercom ids, WebVTT cues, LINE and KakaoTalk
headers, product codes and EANs, people-named places, streets and brands, bot names, Papiamento, Brussels and
Limburg words and capitalised ordinary words."""

from __future__ import annotations

import benchmarks.privacy_templates_v114_words  # noqa: F401  (registers CLEAN_FILLERS["test_v114"])

TEST_V114_CLEAN: list[str] = [
    # ---- municipal housing allowance
    "De {allowance} wordt {count} werkdagen na het besluit betaald; het maximum in {gemeente} is {price_mid}.",
    "Gesprek #{conv} · Inbox Werk & Inkomen\n{fin}: Hoi! Stel je vraag over {allowance}, ik help je verder.",
    "🔒 Interne notitie ({time}): doorgezet naar {team}, reactie binnen {count} werkdagen; geen persoonsgegevens in "
    "de chat.",
    "[{time}] Vergaderchat: opname gestart door {team}\n[{time}] Copilot: samenvatting volgt na de vergadering.",
    "RECHTBANK L1MBURG\nBestuursrecht\nzaaknummer: {zaak_bestuur}\n\n{ecli}\n— pagina 2 van {pages} —",
    "dossier;naam;bsn;iban;bedrag;status\n(geen regels gevonden voor {gemeente}, periode {date_num}, export {time})",
    "Bel voor vragen over {allowance} het Klantcontactcentrum op {public_phone}, {weekday} {hours}.",
    "Huurtoelage Brussel: aanvragen vóór {date}, de premie bedraagt tot {price_mid} per maand vanaf {date_num}. "
    "Merci à tous!",
    "Allei, die huurpremie is eindelijk binnen hé, merci aan {team} van de stad {town_li}, al op {date}!",
    "Bon dia! Aanvragen voor {allowance} kan ook aan de balie in {town}, {weekday} {hours}. Danki!",
    "WEBVTT\n\n{vtt}\n<v Consulent>Goedemiddag, u bent in gesprek met {team}.\n\n{vtt2}\n<v Klant>Dag, ik heb een "
    "vraag over de {allowance}.",
    "Woonkostentoeslag {gemeente}: Aanvraag Ontvangen Op {date}, Besluit Volgt Binnen {count} Weken.",
    # ---- driving licence renewals
    "Een rijbewijs {licence_cat} verlengen kost in {gemeente} {fee_licence}; neem een {photo_rule} mee.",
    "Vanaf {date} moet u voor het verlengen eerst een afspraak maken via {public_phone}, {hours}.",
    "Gesprek #{conv} · Inbox Rijbewijzen\n{fin}: Ben je 75 of ouder? Dan heb je eerst een Gezondheidsverklaring "
    "nodig ({price_small}).",
    "[{day_short} {time}] Team Burgerzaken (gedeeld account): balie {row} is vandaag dicht wegens storing.",
    "Rijbewijs vernieuwen in {town_li}? Dat kan elke {weekday} vanaf {time} zonder afspraak, breng uw oude "
    "rijbewijs mee.",
    "Bonjour, pour le permis de conduire, c'est au guichet {row}, à côté van de dienst Burgerzaken, open vanaf {time}.",
    "Bon tardi, e loket pa rijbewijs na {town_ac} ta habri {weekday} for di {time}. Pasa un bon dia!",
    "volgnr;naam;geboortedatum;rijbewijsnr;categorie;afhalen\n{row};;;;{licence_cat};{date_num}",
    "WEBVTT\n\n{vtt}\n<v Baliemedewerker>Uw nieuwe rijbewijs {licence_cat} ligt over {count} werkdagen klaar.",
    "Howya, the NDLS office near {named_place_ie} is closed {weekday_en}, grand job, so I'll go {date_en}.",
    "Kindly note the licence exchange desk in {town} remains closed on {date_en} due to maintenance.",
    # ---- solar lease buy-outs
    "De afkoopsom van een installatie van {kwp} kWp met {panel_count} panelen is dit jaar {price_big}.",
    "Gesprek #{conv} · Inbox Zonnepanelen Lease\n{fin}: Afkopen kan na jaar {count}; je krijgt een offerte per mail.",
    "contractnr;klant;adres;postcode;afkoopsom;iban\nTOTAAL {firm_solar} {date_num};;;;{amount_csv_big};",
    "VREDEGERECHT VAN HET KANTON {town_li_up}\nRolnummer: {rolnr}\nZitting van {date}, {time}, zaal {row}.",
    "{firm_solar} neemt vanaf {date} geen nieuwe leasecontracten meer aan in {town_li}.",
    "Zonny: Je omvormer ({sku}) meldt een storing. Een monteur komt {weekday} {hours}.",
    "Greetings! The solar lease buy-out office in {town} is closed on {date_en} from {time_en}. Webale for your "
    "patience.",
    "Sure look, the buy-out price for {panel_count} panels went up to {price_big_en} on {date_en}, the whole estate is "
    "giving out about it.",
    "Dear Team, kindly note that panel model {sku} of {firm_solar} is not covered under the buy-out scheme from "
    "{date_en}. Regards.",
    "WEBVTT\n\n{vtt}\n<v Adviseur>De afkoopsom is {price_big}, inclusief btw.\n\n{vtt2}\n<v Klant>Oké, dank u.",
    # ---- children's orthodontic clinics
    "{clinic}: een {brace} kost gemiddeld {price_big}; de eerste controle is na {count} weken.",
    "Gesprek #{conv} · {clinic}\n{fin}: Bracket los? Bel {public_phone} {hours}.",
    "Klachtkaart wachtkamer {clinic} (overgetypt door assistente):\n'De koffieautomaat is al {count} dagen kapot.' "
    "— anoniem, {date}",
    "De wachtkamer van {clinic} heeft vanaf {date} een nieuwe speelhoek; Beugelbot beantwoordt vragen in de app "
    "tot {time}.",
    "Onze praktijk is op {date} gesloten; spoed via {public_phone} vanaf {time}. Fijne Feestdagen Allemaal!",
    "Good morning Doctor, kindly note our appointment of {date_en} at {time_en} is cancelled due to Eid.",
    "[{time}] Vergaderchat (gedeeld account Planning): {count} spoedplekken op {weekday}, wie neemt ze?",
    "WEBVTT\n\n{vtt}\n<v Orthodontist>Vandaag kijken we of de {brace} goed zit, over {count} weken zien we je terug.",
    "--------------- {kakao_date} ---------------\n[{clinic}] [{kakao_time}] Herinnering: controle {weekday} {time}.",
    "Dag, de {brace} is zo'n goe ding, merci aan heel het team van {clinic}! Tot {weekday}.",
    # ---- airport lost property
    "Gevonden voorwerpen van {airport} worden {count} maanden bewaard; daarna gaan ze op {weekday} naar een veiling.",
    "Gesprek #{conv} · Inbox Lost & Found\n{fin}: Beschrijf je {item}: kleur, merk, waar verloren?",
    "[LINE] Chatgeschiedenis met {airport} Lost & Found\nOpgeslagen op: {line_date}\n\n{line_day}\n{time}\tLost & "
    "Found\tWe hebben uw "
    "melding ontvangen ({count} dagen verwerkingstijd).",
    "Gevonden op band {row}: een {brand_item} koffer en een {item}; vlucht {flight}, {date}.",
    "De balie Gevonden Voorwerpen bij gate {gate} is open van {time} tot 22:00.",
    "Bon dia, mi a haña mi {item} bek na Reina Beatrix Airport {weekday} {time}! Danki na e personal di Lost & Found.",
    "Bonjour, les objets trouvés van Brussels Airport zijn in de aankomsthal, niveau 0, naast de {brand_item} "
    "winkel, open tot {time}.",
    "Lost property at {named_place_ie} is held for {count} weeks; call {public_phone_en}.",
    "[Complaint card, Lost Property desk, typed up by staff]\n'Queue too long, only one desk open at {time_en}!!' "
    "({date_en})",
    "date;flight;item;owner;email;ref\n{date_num};{flight};{item_en};;;",
    "Flight {flight} from {airport} landed at {time_en}; baggage belt {count}, gate {gate}.",
    "[{kakao_date_en}] [{airport} Lost & Found] [{kakao_time_en}] Your item is ready for pick-up at gate {gate}.",
    # ---- farm shop subscriptions
    "Het {box} van {farm} kost {price_small} per week; ophalen bij {pickup} vanaf {time}.",
    "Gesprek #{conv} · {farm}\n{fin}: Je pakket wordt {weekday} bezorgd tussen {hours}.",
    "Kaartje van de toonbank van {farm} (overgetypt om {time}): 'Heerlijke aardbeien in het {box}, compliment aan "
    "de boer!' {date}",
    "lidnr;naam;afhaalpunt;pakket;iban;start\n;;{pickup};{box};;{date_num}",
    "In de hoevewinkel in {town_li} ligt vanaf {date} ook kaas van de buren; Albert Heijn en Jan Linders hebben "
    "die niet.",
    "Seizoenstip van {farm}: Boerenkool, Pastinaak en Knolselderij zitten vanaf {date} in elk {box}.",
    "Greetings, the {box} from {farm} this week ({date_en}) was very nice. Kindly extend our thanks to the farmer!",
    "Grand stuff, the veg box from {farm} is only {price_small_en} a week and the spuds are class. Collect "
    "{weekday_en}.",
    "Het {box} is tijdelijk uitverkocht; artikel {sku} komt terug op {date}.",
    # ---- laundry services
    "{laundry} haalt op in {town} op {weekday} {hours}; een zak tot 8 kg kost {price_small}.",
    "Gesprek #{conv} · Inbox Wasservice\n{fin}: Kies ophalen of brengen. Stomen duurt {count} werkdagen.",
    "Klachtkaart {laundry} (overgetypt door medewerker):\n'Openingstijden op de deur kloppen niet!' — geen naam, "
    "{date} {time}",
    "De blanchisserie op de {street_bx_place} is fermé tot {date}, {hours} wel open, excusez-nous hein.",
    "{laundry} in {town_li} is nu ook op zondag open van {time} tot 18:00, allei!",
    "ordernr;klant;ophaaladres;postcode;tel;kaart\n— export {laundry_branch} {date_num} {time} leeg —",
    "[LINE] Chatgeschiedenis met {laundry}\n\n{line_day}\n{time}\tWasservice\tUw was is klaar! Ophalen bij "
    "{laundry_branch}.",
    "Sir, kindly note the dry cleaning rate at {laundry} is {price_small_en} per piece, the same is applicable on "
    "{weekday_en}.",
    "Wasbeer: Je ophaalmoment bij {laundry_branch} is {weekday} {hours}. Type STOP om af te melden.",
    "[{time}] Vergaderchat (Planning): {count} routes morgen, {laundry_branch} valt uit.",
    # ---- coffee machine leases
    "De {machine} kost in lease {price_mid} per maand, inclusief onderhoud en {count} kilo bonen.",
    "Gesprek #{conv} · Inbox Zakelijk\n{fin}: Storingscode E{row} op je {machine}? Ontkalk eerst.",
    "RECHTBANK {court_up}\nzittingsplaats {town}\nzaaknummer / rolnummer: {zaak}\n\nDe griffier, handtekening.",
    "{firm_coffee} (KvK 70412345) verhuist per {date} naar een kantoor aan {named_place}.",
    "Bonjour, la machine {machine} fonctionne parfaitement sinds de monteur {weekday} om {time} is geweest, merci!",
    "contract;klant;machine;iban;maandbedrag;einde\n;;{machine};;{amount_csv_small};{date_num}",
    "THE DISTRICT COURT\nDublin Metropolitan District\nRecord No. {record_ie}\n\nAdjourned to {date_en} at {time_en}.",
    "Douwe Egberts, Jacobs en Philips leveren bonen voor de {machine}; artikel {sku}, {price_small} per kilo.",
    "Dear Team, kindly share the price list of {machine} lease for {count} outlets in {town_pk}.",
    "WEBVTT\n\n{vtt}\n<v Accountmanager>De {machine} zetten we {weekday} neer.",
    # ---- phone insurance
    "Een {phone_model} verzekeren bij {insurer} kost {price_small} per maand, eigen risico {price_mid}.",
    "Gesprek #{conv} · {insurer}\n{fin}: Schade melden? Houd je aankoopbon en het serienummer van de doos bij de hand.",
    "Bon dia, {insurer} ta duna un {phone_model} di reemplaso den {count} dia. Danki!",
    "Mijn {phone_model} is gevallen aan metrostation De Brouckère {weekday} om {time}, mor alles werkt nog, merci "
    "hein.",
    "Respected Sir, kindly note that claims for {phone_model} are processed within {count} working days from "
    "{date_en}.",
    "The screen cover for the {phone_model} is {price_small_en} at {insurer}; sure it's grand value.",
    "polisnr;naam;geboortedatum;toestel;iban;ingang\n{row};;;{phone_model};;{date_num}",
    "--------------- {kakao_date} ---------------\n[{insurer}] [{kakao_time}] 청구가 접수되었습니다. Claim ontvangen, "
    "{count} werkdagen.",
    "Schade-afdeling {insurer}: Reparatie Goedgekeurd, Toestel Wordt Opgehaald Op {weekday} {hours}.",
    # ---- sailing club berths
    "{club}: ligplaats {berth} is vrij vanaf {date}; liggeld {price_big} per seizoen.",
    "Gesprek #{conv} · {club}\n{fin}: De wachtlijst voor ligplaatsen is {count} jaar; inschrijven kost {price_small}.",
    "De havenmeester van {club} is bereikbaar via marifoonkanaal 31 of {public_phone}, dagelijks vanaf {time}.",
    "Kaart in de bus van het clubhuis van {club} (overgetypt door de secretaris, {date} {time}):\n'{berth} is sinds "
    "{weekday} glad, graag strooien!'",
    "lidnr;naam;boot;ligplaats;tel;email\n;;{boat_type};{berth};;{date_num}",
    "De ALV van {club} is op {date} om {time} in het clubhuis; agenda via de nieuwsbrief.",
    "WEBVTT\n\n{vtt}\n<v Voorzitter>Welkom bij de ledenvergadering.\n\n{vtt2}\n<v Penningmeester>Het liggeld stijgt "
    "met {price_small}.",
    "Jachthaven {town_li}: de slagboom is vanaf {date} open van {time} tot zonsondergang, allei.",
    "Dún Laoghaire marina has {count} visitor berths free from {date_en}; ring {public_phone_en}.",
    "The regatta at {club} is on {date_en}; {boat_type} class starts at {time_en}.",
    "Greetings from the sailing club in {town_ug}, the boats are back on the water from {date_en} at {time_en}.",
    "Skipper: Storm verwacht op {weekday}, leg je {boat_type} dubbel vast op {berth}.",
    # ---- people-named places, brands and other hard negatives
    "Bon dia! De pont bij {named_place_cw} vaart weer vanaf {time}; de brug is dicht tot {date}.",
    "Kindly note the courier charges to {town_pk} are {amount_pk}, the same is payable in advance by {date_en}.",
    "Greetings, the boda delivery to {town_ug} costs {amount_ug}; kindly pay on delivery before {time_en}. Webale.",
    "Onze digitale assistent {bot} helpt je dag en nacht met vragen over {allowance}; een mens spreek je {hours}.",
    "Chat met {bot} in de app van {insurer} of bel {public_phone}; op {weekday} zijn we dicht.",
    "Vanaf {named_place} rijdt de pendelbus naar {airport} elk kwartier, de eerste om {time}.",
    "Bon bini na Aruba! De taxistandplaats is {weekday} aan {named_place_aw}, vlak bij Queen Beatrix International "
    "Airport, "
    "vanaf {time}.",
    "Ons koffiekarretje bij {named_place} schenkt vanaf {time} uit de {machine}; Douwe Egberts en Jacobs zijn de "
    "merken op de "
    "kaart.",
    "The shuttle stops at {named_place_en} every {count} minutes from {time_en} on {weekday_en}.",
    "Johan Cruijff ArenA, Philips Stadion en De Kuip hebben elk een eigen Lost & Found; {airport} ook, open tot "
    "{time} ({weekday}).",
    "Alles ta bon, dushi! Te {weekday} na {town_ac}, mi ta bai cas awor, {time}.",
    "Sláinte! The club bar is open till {time_en} on {weekday_en}, {date_en} excepted.",
    "{kvk}: factuur {sku} van {date} is voldaan.",
    "Assalam-o-Alaikum, Eid Mubarak to all our customers! The office in {town_pk} will be closed on {date_en} "
    "after {time_en}.",
    "Bonjour tout le monde, zinneke parade op {date}: laundry en koffiebar dicht in {town_bx}, à bientôt!",
    "Gesprek #{conv} · Inbox {inbox}\nGesprek gesloten door {fin} om {time}. Beoordeling: 👍",
    "[{time}] Vergaderchat: De vergadering is beëindigd. Duur: {count} uur. Opname opgeslagen in Stream.",
    "Hallo allemaal, de Servicedesk van {gemeente} heeft vanaf {date} een nieuw nummer: {public_phone}.",
    "Afkoopsom, Liggeld en Eigen Risico staan vanaf {date} om {time} op één Overzicht in de app van {insurer}.",
    "The Martyrs Day holiday means the office in {town_ug} is closed on {date_en} from {time_en}; webale.",
    "Bon dia! E lavanderia na {town_ac} ta cobra {amount_ac} pa saco, entrega {weekday}.",
    "Bericht van {firm_solar}: storing in {town} verholpen om {time}, excuses voor het ongemak.",
    "Het Van Gogh Museum, het Anne Frank Huis en de Hortus liggen op de route van de wasservice in {town} op "
    "{weekday} {hours}.",
]
