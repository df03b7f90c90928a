"""Name, street and domain pools of the held-out split test_v38 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]


POOLS["test_v38"] = {
    "first": _split(
        "Wietske|Bartholomeus|Sjoukje|Radboud|Elif|Jurriaan|Noortje|Teun|Femke|Gijsbert|Marieke|Ayoub|Lieke|"
        "Stijn|Zeynep|Rutger|Hanneke|Quinten|Dunya|Koen|Mirthe|Olaf|Saskia|Wouter|Ilona|Thijmen|Nadia|Reinier|"
        "Griet|Jef|Lowie|Ine|Wannes|Katrien|Xiomara|Jairo|Shurandy|Yuliana|Giandro|Rhys|Niamh|Gareth|Siobhan|"
        "Fergus|Tamsin|Ewan|Philippa|Alfie|Winnie|Bas|Evi|Mees|Fenna"
    ),
    "child": _split("Mees|Fenna|Lieve|Sepp|Noor|Jip|Saar|Otis|Loïs|Jens|Nova|Ravi|Mila|Tijn|Yara|Boaz|Elin|Kyan"),
    "surname": _split(
        "Wijnberg|van der Wal|Kloosterboer|Haverkamp|Timmermans|de Haan|Postma|Veenstra|Oudshoorn|Ouali|"
        "Demir|van Leeuwen|Ruiter|Lammers|Hofstede|ter Beek|van Rijswijk|Brinkman|de Ridder|Wolters|"
        "Verbeke|Claes|Peeters|Goossens|Vermeulen|Van Damme|De Smedt|Croes|Tromp|Kock|Maduro|Geerman|"
        "Pritchard|Llewellyn|Haworth|Featherstone|McAllister|Ashdown|Penrose|Okonkwo|Baptiste|Chaudhry|"
        "Lindqvist|van 't Veer|Ait Taleb|Kaya|Zwart|Eilander"
    ),
    "street_nl": _split(
        "Populierenlaan|Tolhuisweg|Kanaalkade|Zuiderdiep|Bisschopsweg|Oude Ebbingestraat|Lindenhof|"
        "Boterdiep|Schipbeekstraat|Hazelaarsingel|Van Speijkstraat|Akkerwinde|Meidoornplein|Tiendweg|"
        "Prins Hendrikkade|Veenkampen|Slotlaan|De Wetstraat"
    ),
    "street_be": _split("Kortrijksesteenweg|Mechelsestraat|Diestsevest|Brugse Poort|Sint-Pietersnieuwstraat"),
    "street_aw": _split("Caya G.F. Betico Croes|Wilhelminastraat|Bilderdijkstraat|Caya Frans Figaroa|Seroe Blanco"),
    "street_uk": _split(
        "Ferndale Road|Cromwell Terrace|Albion Street|Holloway Lane|Bramble Close|Thornbury Avenue|Quayside Walk"
    ),
    "domain": _split(
        "gmail.com|hotmail.com|outlook.be|telenet.be|skynet.be|setarnet.aw|kpnplanet.nl|ziggo.nl|"
        "btinternet.com|sky.com|icloud.com|proton.me|caiway.nl|online.nl|yahoo.co.uk"
    ),
    "bank": _split("ABNA|RABO|INGB|SNSB|ASNB|RBRB|BUNQ|KNAB|TRIO"),
}
