"""Sentences of test_v51 without personal data, part two: mental health, blood donation, labs, medical aids,
travel insurance and EHIC, elderly homes, IVR menus, SMS reminders, Frisian and Flemish wording."""

from __future__ import annotations

import benchmarks.privacy_templates_v51_words  # noqa: F401  (registers CLEAN_FILLERS["test_v51"])

CLEAN_TWO: list[str] = [
    # ---- mental health
    "De wachttijd bij {ggz} voor een intake bedraagt {wait}, voor behandeling daarna nog {wait}.",
    "Tijdens de wachttijd kunt u terecht bij de praktijkondersteuner GGZ van {gp}.",
    "Denkt u aan zelfmoord? Bel 113 of gratis 0800-0113, ook anoniem.",
    "{ggz} houdt op {weekday} een inloopochtend vanaf {time}.",
    "Actuele wachttijden per regio staan op {site}.",
    "Wachtlijstnummer {ticket}: u staat op plek {count} van de wachtlijst.",
    # ---- blood donation
    "{lab} zoekt nieuwe donors met bloedgroep O negatief.",
    "Na een donatie {donation} mag u na {count} weken weer doneren.",
    "De donorlocatie in {city} zit voortaan bij {place}.",
    "Uw Hb-waarde was 8,1 mmol/l; de grens voor mannen ligt op 8,4.",
    "Plan uw volgende afspraak via {portal} of bel {company_phone}.",
    "Reiskosten voor donors worden vergoed tot {amount} per donatie.",
    "Na een tatoeage mag u 4 maanden geen {donation} geven.",
    "Bloedbus {lab} staat op {date} {hours} bij {place}.",
    # ---- labs
    "{lab} prikt in {city} zonder afspraak {hours}.",
    "Uitslagen van {lab} staan na {count} werkdagen in {portal}.",
    "Neem het labformulier mee; kom nuchter voor glucose en cholesterol.",
    "De kweek wordt in het lab van {lab} bewaard, monster {lot}.",
    "Thuisprikken via {lab} kost {amount} als de huisarts het niet aanvraagt.",
    "Het lab in {hospital} werkt met buizen van BD Vacutainer, {lot}.",
    # ---- medical aids
    "{supplier} levert de {aid} binnen {count} werkdagen na goedkeuring.",
    "Storing aan uw {aid}? Bel {supplier} op {company_phone}, ook in het weekend.",
    "Hans Anders en Specsavers verkopen ook hoortoestellen, zoals de {aid}.",
    "Het filter van de {aid} vervangt u elke {count} maanden.",
    "Bestelling {order} bij {supplier} wordt vandaag verzonden met PostNL.",
    "Artikelnummer 471122, {aid}, {amount} inclusief btw.",
    "De {aid} valt onder {code} in de hulpmiddelenlijst.",
    "Retourneren kan binnen 30 dagen via {mailbox}.",
    "Firmware {version} voor de {aid} lost het probleem met de bevochtiger op.",
    "Beter Horen Middelburg zit sinds kort aan het Wilhelminaplein.",
    "Rolstoelen worden in {city} onderhouden door {supplier}, op {weekday}.",
    # ---- ambulance abroad, EHIC, travel insurance
    "Met de EHIC wordt u in {abroad} behandeld tegen lokaal tarief.",
    "Een ambulancerit in {abroad} kan oplopen tot {amount}; bewaar altijd de originele bon.",
    "Bel bij spoed in het buitenland de alarmcentrale van {travel_insurer}: {company_phone}.",
    "Vlucht {flight} vanuit {abroad} heeft vertraging; de repatriëring verschuift naar {date}.",
    "De EHIC geldt in de EU, IJsland, Liechtenstein, Noorwegen en Zwitserland.",
    "{travel_insurer} vergoedt medische kosten tot {amount} bovenop de basisverzekering.",
    "Dossier {ticket} bij {travel_insurer}: wachten op het medisch rapport uit {abroad}.",
    "In Turkije en Marokko geldt de EHIC niet, neem een reisverzekering.",
    "Aanvraag EHIC via {site}, levertijd {count} werkdagen.",
    "Mutas regelt de bijstand voor Belgen in het buitenland, bel +32 2 533 75 75.",
    # ---- elderly homes and visiting rules
    "{home}: bezoek welkom vanaf {time}, maaltijden om 12:00 en 17:30.",
    "Wegens griep blijft {room} van {home} tot {date} gesloten voor bezoek.",
    "De receptie van {home} bereikt u via {mailbox}.",
    "Parkeren bij {home} kan op het terrein, maximaal {count} uur.",
    "Eigen bijdrage Wlz via het CAK: gemiddeld {amount} per maand.",
    "{home} organiseert op {date} een kerstmarkt in de grote zaal.",
    "Huisdieren zijn welkom in {home}, behalve op {room}.",
    "Laurens Antonius Binnenweg en Zorgcentrum De Wingerd zoeken vrijwilligers.",
    # ---- IVR menus and SMS reminders
    "[IVR] Voor declaraties toets 1, voor uw polis toets 2, voor zorgadvies toets 3.",
    "[IVR] U bent nummer {count} in de wachtrij; de gemiddelde wachttijd bedraagt 4 minuten.",
    "[IVR] Heeft u spoed? Hang op en bel 112 of de huisartsenpost via {company_phone}.",
    "[DTMF] 2 # [IVR] U heeft gekozen voor afspraken bij {clinic}.",
    "SMS van {practice}: Herinnering afspraak {date} om {time}. Antwoord JA of NEE.",
    "Antwoord JA ontvangen, afspraak {ticket} bevestigd.",
    "Stuur STOP naar 4411 om geen herinneringen meer te krijgen.",
    "Uw verificatiecode voor {portal}: 604218, geldig tot {time}.",
    "Er ging iets mis met de sms-dienst {hours}; excuses.",
    # ---- Frisian and Flemish wording
    "It spreekoere fan {gp} wurdt hâlden op {weekday} {hours_fy}.",
    "Wachttiid foar {clinic} yn {city_fy}: {wait}.",
    "De mutualiteit betaalt {percent} terug van de kinesist, het remgeld bedraagt {amount}.",
    "Het UZ Gent en AZ Sint-Jan Brugge werken met de eHealth-box.",
    "Afspraak bij de tandarts in {city_be} om {time}, breng uw identiteitskaart mee.",
    # ---- English
    "The waiting time at {ggz} is about {wait_en}, I'm told.",
    "Is the EHIC valid in {abroad} for a private clinic?",
    "The {aid} from {supplier} is still under warranty until {date_en}.",
    "My flight {flight} from {abroad} lands at {time_en}, the ambulance will wait at the gate.",
    "The blood bank van is in {city} on {date_en}, near the station.",
    "I'd like to know if {travel_insurer} covers a dentist in {abroad}.",
]
