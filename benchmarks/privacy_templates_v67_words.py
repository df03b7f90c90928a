"""Ordinary (never labelled) words of test_v67, registered in the shared `CLEAN_FILLERS`."""

from __future__ import annotations

from benchmarks.privacy_templates import CLEAN_FILLERS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


CLEAN_FILLERS["test_v67"] = {
    "firm": _semi(
        "Zonneplan; Vattenfall; Eneco; Greenchoice; HomeWizard; SolarEdge; Enphase; DUWO; SSH Student Housing; "
        "Ymere; Woonnet Rijnmond; WoningNet; Klik voor Wonen; DEGIRO; Bux; Bitvavo; Coinbase; Lynx; Meesman; "
        "Schoonenberg; Beter Horen; Specsavers; Amplifon; Marktplaats; 2dehands; Vinted; Thuisbezorgd.nl; "
        "Deliveroo; Uber Eats; Greenwheels; MyWheels; SnappCar; Share Now; gemeente Utrecht; gemeente Almere; "
        "Omgevingsloket; Muziekschool De Toonladder; Bax-shop; Feenstra Muziek; Hans Brinker Muziekverhuur; "
        "CJIB; RDW; Rijkswaterstaat; Westerscheldetunnel; Liefkenshoektunnel"
    ),
    "city": _semi(
        "Utrecht; Almere; Groningen; Delft; Leiden; Nijmegen; Tilburg; Eindhoven; Enschede; Paramaribo; "
        "Glasgow; Edinburgh; Aberdeen; Bengaluru; Mumbai; Kraków; Gdańsk; Istanbul; Gent; Leuven; Antwerpen"
    ),
    "town": _semi("Houten; Zeist; Bunnik; Wijk bij Duurstede; Nieuwegein; Vianen; IJsselstein; Dronten; Haren"),
    "place": _semi(
        "het Anne Frankplein; de Johan de Wittlaan; het Beatrixtheater; de Erasmusbrug; het Wilhelminaplein; "
        "de Van Brienenoordbrug; de Coentunnel; station Hendrik-Ido-Ambacht; de Prins Clausbrug; het Vondelpark; "
        "de Maria van Bourgondiëlaan; TivoliVredenburg; het Concertgebouw; de Willem Alexanderhal"
    ),
    "product": _semi(
        "Zonneplan Thuisbatterij 5 kWh; HomeWizard P1-meter; omvormer SE3500H; paneel JA Solar 405 Wp; "
        "Enphase IQ8; Phonak Audéo Lumity; Oticon Intent 1; Signia Pure Charge&Go; oorstukje maat M; "
        "Yamaha P-145; huurviool 3/4; Fender Player Stratocaster; altsaxofoon Jupiter JAS700; "
        "hondenpenning 2025; bouwtekening A3; parkeervergunning bewoners; Greenwheels Flex; "
        "Toyota Yaris Hybrid; Kia e-Niro; poke bowl zalm; pizza margherita; iPhone 13 128 GB; Gazelle Orange C7"
    ),
    "code": _semi(
        "artikel 9.6 Omgevingswet; feitcode R315b; feitcode VA 042; zone P3; vergunninggebied Oost-2; "
        "tarief T2; meterstand 004512 kWh; 7,2 kWp; 3 x 25 A; groep 4; maat M; tarief B; module 3; "
        "graad 4 ABRSM; SKU 55-PX9; serienummer-label op de doos; kavel 12; bouwblok C; Wp-piek 12:30"
    ),
    "ref": _semi(
        "order 7734-NL; bestelling 58201773; ticket #99120; case 00458812; melding M-2025-0412; "
        "advertentie 1092837465; bon 2025-11-04/17; rit 48812; zending 3SDEV0098431; actiecode ZON25"
    ),
    "public_phone": _semi(
        "0800-0245; 088 525 0000; 0900-1234; 14 030; 14 036; 088 - 8586 000; 0800 0606; +31 88 123 4567; "
        "0900 8844; 020 755 3333; +44 131 496 0000; 1800 425 1234"
    ),
    "bot": _semi("Zonnetje; Wattson; Hoorie; Muzo; Bezorgbot Bas; Wheelie; Loket-assistent Lotte; Kamerbot; Nova"),
    "team": _semi("Billing; Tier 2; Facturatie; Backoffice Vergunningen; Klachten; Escalations; Terugleveren"),
    "date": _semi(
        "1 januari; 14 februari; 2 maart 2024; 30 april 2025; 1 juli; 15-09-2025; 31/12; Koningsdag; "
        "de kerstvakantie; 1 oktober 2026; 5 mei; tweede kerstdag"
    ),
    "date_en": _semi("1 January; 25 January; 30 November; 14/02/2025; Hogmanay; Diwali; the 1st of April 2026"),
    "time": _semi("07:45; 08.30 uur; 09:00; 11:15; 12:30; 13.45; 16:00; 17:30 uur; 19:00; 20.15"),
    "amount": _semi(
        "€ 3,50; € 12,95; €27,00; € 149,-; € 1.895,00; 420 euro; € 9,99 p/m; € 0,23 per kWh; £60; ₹2,400; € 103"
    ),
    "count": _semi("2; 3; 4; 6; 7; 9; 11; 14; 18; 25; 40; 120"),
    "weekday": _semi("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "weekday_en": _semi("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
}
