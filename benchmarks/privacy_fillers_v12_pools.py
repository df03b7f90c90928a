"""Pools of the `test_v12` split: first names, surnames and streets that no earlier split's pools hold (only those
pools' values were compared, never the redaction rules), with the mail domains and banks people really use.

Written by someone who never saw the redaction rules. The people are those a contact centre in the Netherlands and
Flanders hears: Dutch names of every generation (older women sign with a married double name, built from two
surnames here), Twente and Groningen surnames, short surnames that are also words (Wind, Rook, Mos, Bolt), Flemish
names written as one word ('Vanlerberghe'), Turkish-Dutch, Moroccan-Dutch and Surinamese-Dutch names, Polish,
Lithuanian, Romanian and Serbian temp-agency workers, and expats for the English frames; children's names for
swimming lessons; the agents' own first names. Streets: ordinary Dutch street names, streets written with the
abbreviations customers use ('Burg.', 'Pr.', 'Kon.', 'v.'), streets whose name holds a year ('Plein 1813'),
Flemish streets and British ones."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_WOMEN_NL = _bars(
    "Annie|Margriet|Debby|Karlijn|Dineke|Aagje|Hillie|Greetje|Marietje|Dini|Alie|Heleen|Lenie|Yolanda|Kirsten|"
    "Wendela|Suzan|Lisanne|Sanne-Marie|Mara"
)
_MEN_NL = _bars(
    "Rob|Stan|Timo|Bennie|Albert|Ben|Johan|Lucas-Jan|Herman|Kees-Jan|Dick|Hans|Fred|Leo|Mark|Maurits|Boris|Tom|"
    "Daan-Jan|Bart-Jan"
)
_WOMEN_OTHER = _bars(
    "Sofie|Leen|An|Elke|Kaat|Lotte-Marie|Femke-Lien|Trui|Songül|Nurhan|Ayşe-Nur|Priya-Devi|Ingrid-Mae|Anoeska|"
    "Kasia|Ewelina|Oana|Ivana|Beata|Monika|Kristina|Rasa|Abigail|Lucy|Keira|Anneke|Felicity|Georgina|Matilda|"
    "Hattie|Fay|Sophia|Amira|Fiene|Janna|Lenthe|Mette|Isa-Mae|Nola|Linde|Annemieke|Ramona|Dewi-Lin|Tirza|Kimberley"
)
FEMALE = set(_WOMEN_NL + _WOMEN_OTHER)

POOLS["test_v12"] = {
    "first": _WOMEN_NL + _MEN_NL,
    "surname": _bars(
        "Jonker|Nijland|Ruijs|Brands|Hesselink|Kampman|Kleine|Gortemaker|Tijhuis|Pasman|Weijers|Lenferink|"
        "Bruggink|Rouwenhorst|Stegeman|Wiggers|Everts|Pol|Mos|Wind|Rook|Schreuder|Hooijer|Kemper|Lodder|"
        "Noordhuis|Westerhof|Drenth|Bolt|Bulthuis|Hummel|Mensink|Koerts|Buitenhuis|Blokhuis|Vreeswijk|"
        "Hogenboom|Langeveld|Buijs|Knol|Geurts|Koppelaar|Aalbers|Hagens|van Buuren|van Emmerik|van Straaten"
    ),
    "first_be": _bars("Sofie|Leen|An|Elke|Kaat|Lotte-Marie|Femke-Lien|Trui|Hannes|Jelle-Jan|Rutger|Tijl"),
    "surname_be": _bars(
        "Goossenaerts|Verstraeten|Demuynck|Deconinck|Verhaeghe|Lambrecht|Desmedt|Declercq|Vanlerberghe|"
        "Verschueren|Verbist|Mattheeuws|Haesendonck|Van Mechelen"
    ),
    "first_tr": _bars("Songül|Nurhan|Ertan|Levent|Uğur|Ayşe-Nur"),
    "surname_tr": _bars("Taş|Ünal|Toprak|Akbulut"),
    "first_ma": _bars("Nordin|Karim"),
    "surname_ma": _bars("Amrani-Tahiri|Bouazza|Akhiat|Ben Moussa|Ziani|Boulaich"),
    "first_sr": _bars("Clifton|Soeniel|Priya-Devi|Ingrid-Mae|Anoeska"),
    "surname_sr": _bars("Mathoera|Kisoensingh|Kerster|Tjin-A-Tsoi|Sewnath|Baldewsingh|Jhinkoe|Raghoenath"),
    "first_pl": _bars("Kasia|Ewelina|Oana|Ivana|Darius|Beata|Monika|Kristina|Vytautas|Rasa"),
    "surname_pl": _bars(
        "Horváth|Petrauskas|Jankowski|Piotrowska|Grabowski|Nowakowska|Michalski|Król|Wieczorek|Jabłoński|"
        "Kazlauskas|Jovanović"
    ),
    "first_en": _bars("Abigail|Lucy|Keira|Anneke|Owen|Toby|Miles|Felicity|Georgina|Matilda|Piers|Jonty|Hattie"),
    "surname_en": _bars(
        "Holden|Dunmore|Moreau|Castellano|Thornbury|Aldridge|Bradshaw|Hollingsworth|Ingleby|Merriweather|"
        "Radcliffe|Summerfield|Tennant|Underwood|Wainwright"
    ),
    "child": _bars("Fay|Sophia|Amira|Guus|Fiene|Janna|Roef|Lenthe|Mette|Flynn|Isa-Mae|Dex|Nola|Linde|Kyano|Joep"),
    "staff": _bars("Annemieke|Robin|Ramona|Dewi-Lin|Tirza|Melvin|Kimberley"),
    "street_nl": _bars(
        "Akkerweg|Weteringkade|Boslaan|Esdoornstraat|Zonnebloemlaan|Veldweg|Ringdijk|Nieuwstraat|Zwanenbloem|"
        "Parallelweg|Gerstakker|Ooievaarsnest|Koppelstraat|Vaartweg|Braamakker|Klaprooslaan|Meidoornhof|Weidehof|"
        "Kievitsbloem|Boerhaavelaan|Thorbeckestraat|Spinozastraat|Pluimzegge|Karekietstraat|Distelvlinder|"
        "Hooiberg|Dijkgraaf|Lupinestraat|Vlasakker|Rietvoorn|Kamillestraat|Bolderik|Kortland"
    ),
    "street_abbr": _bars(
        "Burg. Hoekstraweg|Pr. Bernhardstraat|Kon. Julianalaan|v. Heemskerckstraat|Mr. Troelstraweg|"
        "St.-Janskerkhof|Gen. Cronjéstraat|Past. Vonkenstraat|Pr. Irenestraat|Kon. Wilhelminaweg|Dr. Ariënsstraat|"
        "Mgr. Nolensplein|Jhr. De Jongelaan"
    ),
    "street_num": _bars("Plein 1813|Laan 1940-1945|Laan 1945"),
    "street_be": _bars(
        "Kiekenmarkt|Brugse Poort|Ridderstraat|Tongersesteenweg|Kerkhofweg|Dorpsplein|Boomsesteenweg|Liersesteenweg"
    ),
    "street_en": _bars(
        "Ashgrove Road|Cheltenham Terrace|Fennel Way|Tanners Lane|Foxglove Avenue|Kingfisher Court|Bramble Rise|"
        "Wellington Mews|Chestnut Walk|Heron Way"
    ),
    "domain": _bars(
        "gmail.com|gmail.com|gmail.com|hotmail.com|hotmail.com|hotmail.nl|outlook.com|live.nl|ziggo.nl|kpnmail.nl|"
        "home.nl|zonnet.nl|hetnet.nl|casema.nl|planet.nl|xs4all.nl|icloud.com|msn.com"
    ),
    "domain_be": _bars("telenet.be|skynet.be|hotmail.be|gmail.com|proximus.be|scarlet.be"),
    "domain_en": _bars("gmail.com|yahoo.com|outlook.com|btinternet.com|sky.com|googlemail.com"),
    "bank": _bars("RABO|RABO|RABO|INGB|INGB|INGB|ABNA|ABNA|SNSB|ASNB|RBRB|TRIO|KNAB|BUNQ"),
}
