"""Pools of the `test_v27` split. Its author reused `test_v26`'s pools and tables and wrote their own Dutch given
names and surnames, staff, doctors, children and Dutch streets, an Irish phone format and their own customer
numbers; the rest is `test_v26`'s (`privacy_fillers_v26_pools`).

Written by someone who never saw the redaction rules. Backgrounds: Dutch (particles, double surnames), Brabant and
Limburg, Frisian, Flemish, German, French, Turkish, Moroccan, Indonesian-Dutch, Hindustani-Surinamese, Cape Verdean,
Romanian, Hungarian, Vietnamese, Greek and Portuguese for the Dutch templates; English, Scottish, Nigerian, South
African, Australian, Chinese, Japanese and New Zealand names for the English ones."""

from __future__ import annotations

from benchmarks import privacy_fillers_v26_pools as v26
from benchmarks.privacy_fillers import POOLS
from benchmarks.privacy_fillers_v26_pools import (  # the tables test_v27 shares with test_v26
    BE_BANKS,
    DE_BANKS,
    DE_DISTRICTS,
    FR_BANKS,
    LANDLINES,
    MONTHS,
    NL_BANKS,
    PLATE_AVOID,
    PLATE_LETTERS,
    PLATE_SIDE_CODES,
    POSTCODE_LETTERS,
    SPELL_NL,
    WEIGHTS,
    parse_pools,
    say_digits,
)

__all__ = [
    "ABROAD_PHONES", "BE_BANKS", "DE_BANKS", "DE_DISTRICTS", "FR_BANKS", "LANDLINES", "MEMBER_FORMATS",
    "MONTHS", "NL_BANKS", "PLATE_AVOID", "PLATE_LETTERS", "PLATE_SIDE_CODES", "POSTCODE_LETTERS", "SPELL_NL",
    "WEIGHTS", "say_digits",
]  # fmt: skip

_OWN_POOLS = """
men_nl: Jeroen|Sander|Frank|Wouter|Koen|Niels|Arjen|Jan-Willem|Pim|Olaf|Menno|Dirk|Siem|Lucas|Bas|Wim|Otto
women_nl: Ingrid|Sanne|Judith|Marieke|Femke|Esther|Renate|Saskia|Roos|Nienke|Ilse|Joke|Lieke|Anne-Marie|Dewi
surname_nl: Jacobs|Meijer|Verhoeven|Kok|Prins|Blom|Postma|Willems|Maas|Sanders|Kramer|Scholten|Peters|
    Bosch|Dijkstra|Verbruggen|Hoekstra|Wijnen|Zwart|Gerritsen|Oosterhuis|Klaassen|Nijhuis|Haverkamp|Spijker|Lubbers
surname_tv: van der Linden|de Groot|van Dam|van der Veen|in 't Veld|van de Pol|de Haan|van Os|ter Horst|
    van der Sluis|de Bruijn|van Wijk|de Jong|van Dijk|van der Zanden|ten Have|van Schaik|de Lange|van Eck
staff: Marja Stoffels|Kevin|Bianca (backoffice)|J. Heemskerk|Naima|Rick Vermeer|Chantal|Tom van Hal|
    Yvette Gorter|P. Claessens|Erik|Linda de Ruiter|Sharon (klantenservice)|Henk Wolters|Joyce
doctor: Brinkman|A.C. Vermaat|L. Oudshoorn|Van Beurden|Tjon A Fong|K.H. de Bruin
child: Fleur|Daan|Lotte|Milan|Sara|Thijmen|Nova|Levi|Julia|Adam|Evi|Mohammed|Liv|Ruben
street_nl: Johan de Wittlaan|Burgemeester Visserpark|Kerkstraat|Oude Gracht|Lange Nieuwstraat|
    Hertog Hendrikstraat|Emmastraat|Prins Bernhardlaan|Over de Vesting|Eikenlaan|Zandpad|Schoolstraat|
    Dr. Schaepmanstraat|Van Speijkstraat|Laan van Meerdervoort|Koningin Julianaweg|Westersingel|Rozengracht|
    Havenkade|Willem de Zwijgerlaan|Marktveld|Plein 13|Hoofdstraat|Spoorlaan|Nieuwe Binnenweg|Populierenlaan|
    Generaal Spoorlaan|Pater Damiaanstraat|Aan de Bogen|Sint Jorisstraat|'s-Gravendijkwal|Weverstraat|Berkenhof
"""

POOLS["test_v27"] = {**POOLS["test_v26"], **parse_pools(_OWN_POOLS)}
ABROAD_PHONES = {**v26.ABROAD_PHONES, "ie": ("+353 87 ### ####", "087 ### ####", "+353 (0)86 #######")}
# Customer, contract, member, policy and registration numbers: '#' a digit, '@' a capital letter.
MEMBER_FORMATS = {
    "": ("KL-#######", "#########", "D########"),
    "laundry": ("WS-######", "LP#######", "####-@@-##"),
    "glass": ("GS-######", "P########", "GLS/####/##"),
    "tennis": ("########", "KNLTB ########", "TC-#####"),
    "bridal": ("BR-####", "K#####-@", "BRD#####"),
    "pest": ("ODB-######", "C#######", "######-OB"),
    "tuner": ("PS-#####", "K####", "####/@"),
    "housing": ("HN-#######", "#######", "SH@######"),
}
