"""Name, street, domain and bank pools of the held-out split test_v102 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v102"] = {
    "first": _semi(
        "Harm; Grietje; Roelof; Jantje; Eltjo; Aaltje; Derk; Fenna; Wubbo; Trijntje; Kornelis; Adriaantje; Leunis; "
        "Maatje; Pieternella; Jacobus; Lieven; Wout; Katrien; Stijn; Hannelore; Brecht; Elke; Sander; Fauve; Lowie; "
        "Marthe; Senna; Rayan; Imane; Bilal; Khadija; Youssef; Salma; Hatice; Mert; Ece; Oğuz; Vikram; Deepa; "
        "Sunita; Ravi; Tuan; Linh; Mei; Haoran; Kwame; Efua; Ngozi; Tendai; Thandiwe; Sipho; Lerato; Pieter-Jan; "
        "Anne-Sophie; Jan-Hendrik; Marike; Joanna; Przemysław; Radu; Oksana; Taras; Chiara; Lorenzo; Álvaro; "
        "Begoña; Rui; Freya; Hamish; Fraser; Isla; Morag; Lachlan; Kylie; Bronwyn; Mitchell; Shane; Tahlia; "
        "Annelie; Riaan; Zanele; Nomvula; Ahmad; Soraya; Dawit; Hiwot; Ana Lucía; Mohammed Ali"
    ),
    "surname": _semi(
        "Bolhuis; Mulder-Hazenberg; Wierenga; Boersma; Kuipers; Tuinstra; Nienhuis; Smid; Hekman; van der Ploeg; "
        "Louwerse; Koster; Minderhoud; de Kam; Geschiere; Verhage; Dieleman; van de Velde; De Clercq; Van Acker; "
        "Vandenberghe; De Wilde; Claeys; Vercruysse; D'Hondt; Van den Bossche; Verstraete-De Backer; van Houten; "
        "de Bruijn; van der Meulen-Koopmans; ter Horst; van 't Zand; in het Veld; van de Kerkhof; den Ouden; "
        "El Khatib; Benali; Amrani; Zeroual; Kaya; Doğan; Aydın; Kurt; Persaud; Jhagroe; Ramsaran; Pham; Vu; "
        "Chen; Huang; Boateng; Adeyemi; Moyo; Nkosi; Dlamini; van der Merwe; Botha; Pretorius; Kozłowski; "
        "Zielińska; Dumitru; Bondarenko; Moretti; Romano; Fernández Ruiz; Carvalho; MacLeod; Campbell; Sinclair; "
        "McAllister; Fitzpatrick; O'Brien; Nguyen-Smith; Whitlam; Cooper; Hughes-Wright; Haile; Tesfamariam"
    ),
    "street_nl": _semi(
        "Oosterstraat; Herestraat; Zuiderdiep; Damsterdiep; Paterswoldseweg; Hereweg; Verlengde Hoogebrugstraat; "
        "Lange Delft; Noordstraat; Walstraat; Vlissingsestraat; Kaaikhof; Badhuisstraat; Oude Vlissingseweg; "
        "Dorpsdijk; Spoorsingel; Roggestraat; Lindenlaan; Esdoornstraat; Kanaalweg Westzijde; Burg. van Roijensingel; "
        "Prof. Dr. Dorgelolaan; Van Swietenlaan; Molenkade; Boterdiep; Schuitendiep; Kastanjelaan; Dijkgraaf 4e"
    ),
    "street_be": _semi(
        "Korenlei; Veldstraat; Kortrijksepoortstraat; Sleepstraat; Dampoortstraat; Coupure Links; "
        "Sint-Amandsberg Dorp; Brugsesteenweg; Overpoortstraat; Vlaanderenstraat; Kouter; Hoogpoort"
    ),
    "street_en": _semi(
        "Bondi Road; Flinders Street; Chapel Street; Brunswick Street; Princes Street; Byres Road; Leith Walk; "
        "Great Western Road; Long Street; Kloof Street; Jan Smuts Avenue; Main Road; Rose Street; Sauchiehall Street"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; telenet.be; proximus.be; ziggo.nl; kpnmail.nl; zeelandnet.nl; "
        "home.nl; bigpond.com; optusnet.com.au; btinternet.com; mweb.co.za; webmail.co.za; icloud.com; live.be"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NTSB; FRBK"),
}
