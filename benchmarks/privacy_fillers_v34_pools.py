"""Name, street, town and domain pools for the `test_v34` fillers (`privacy_fillers_v34`): pupils and parents at
driving schools, the deceased and their next of kin, parking-permit holders, elderly meal clients, donors and the
children at an orthodontist's. Written from scratch by someone who never saw the redaction rules."""

from __future__ import annotations


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


POOLS_V34: dict[str, list[str]] = {
    "first_nl": _bars(
        "Wessel|Femke|Jelmer|Nienke|Tygo|Lieke|Rutger|Merel|Gijs|Roosmarijn|Stijn|Jolien|Teun|Floortje|Thijmen|"
        "Noor|Bas|Evi|Koen|Yara|Luuk|Mila|Siem|Zoë|Job|Veerle|Hugo|Isa|Olivier|Tess|Jurre|Demi|Niek|Sterre"
    ),
    "first_old": _bars(
        "Hendrika|Gerardus|Wilhelmina|Cornelis|Johanna|Adrianus|Geertruida|Theodorus|Petronella|Bartholomeus|"
        "Aaltje|Hendrik|Riek|Gerrit|Trijntje|Jo|Dirkje|Albertus|Grietje|Willempje"
    ),
    "first_be": _bars("Lieselot|Wout|Jens|Elke|Febe|Seppe|Jitse|Nele|Kobe|Axelle|Warre|Ine|Brent|Margaux|Pieter-Jan"),
    "first_de": _bars("Jürgen|Heike|Dirk|Birgit|Sven|Anke|Uwe|Sabine|Klaus|Gudrun|Maximilian|Lea|Jörg|Sönke"),
    "first_mix": _bars(
        "Soufiane|Ikram|Yassine|Hatice|Emre|Rachida|Oğuz|Meryem|Djamila|Ravi|Shanti|Rohan|Anjali|Chanel|"
        "Nguyen|Kwame|Abena|Dragan|Agnieszka|Mehmet"
    ),
    "first_en": _bars(
        "Niamh|Owen|Freya|Alfie|Poppy|Ellis|Keira|Dominic|Harriet|Spencer|Imran|Bronwyn|Caleb|Tamsin|Rhys"
    ),
    "first_child": _bars(
        "Sem|Noah|Liv|Jayden|Fenna|Mees|Saar|Bodhi|Nora|Finn|Jinthe|Guus|Lynn|Milan|Elin|Ties|Ilayda|Rayan"
    ),
    "surname_nl": _bars(
        "Kamphuis|Wolters|Nijhof|Brinkhuis|Schipper|Dijkstra|Veenstra|Haverkamp|Lammers|Timmer|Pos|"
        "Groenewegen|Hulshof|Eshuis|Roelofs|Wigman|Scholten|Hofstede|Kroeze|Bosman|Zwiers|Leferink|Blom"
    ),
    "surname_particle": _bars(
        "van der Meulen|ter Brake|van 't Zand|de Bruijn|van Houten|ter Horst|van den Bosch|de Jong|van Leeuwen|"
        "in 't Veld|op de Beek|van der Wal|ten Cate|'t Hart|van Dongen|de Haan|van Beusekom|ter Steege"
    ),
    "surname_be": _bars(
        "Vermeulen|Claes|Peeters|Wouters|De Smet|Van Damme|Maes|Goossens|Janssens|Van Acker|Desmet|"
        "Vandenberghe|De Clercq|Verstraete"
    ),
    "surname_de": _bars("Hölscher|Schmitz|Tenhagen|Lensing|Bruns|Overbeck|Große-Kleimann|Weßling|Terhorst"),
    "surname_mix": _bars("Aydın|Benali|Ouali|Ramdin|Kalloe|Sewdien|Nguyen|Mensah|Kowalczyk|Öztürk|Bouzid|Jovanović"),
    "surname_en": _bars("Murphy|Clarke|Hughes|O'Brien|Fletcher|Whitaker|Pemberton|Doherty|Ashworth|McAllister"),
    "street_nl": _bars(
        "Haaksbergerstraat|Enschedesestraat|Deurningerstraat|Boddenkampsingel|Hengelosestraat|Kerkplein|"
        "Burgemeester Jansenlaan|Pastoor Hoogmastraat|Van Lochemstraat|Jacob Catsstraat|Eikenlaan|"
        "Tweede Kostverlorenkade|Graaf Ottostraat|Koekoekslaan|Ruiterkamp|Oude Markt|Zuiderval|"
        "Anne Frankstraat|Prins Bernhardlaan|Dr. Schaepmanstraat|Het Wooldrik|De Esch|Julianastraat"
    ),
    "street_be": _bars(
        "Kortrijksesteenweg|Grote Markt|Sint-Pietersnieuwstraat|Brugse Poort|Lange Kievitstraat|Diestsestraat|"
        "Turnhoutsebaan|Kerkstraat|Leopoldlaan|Koning Albertlaan"
    ),
    "street_de": _bars("Bahnhofstraße|Gronauer Straße|Hauptstraße|Kirchweg|Am Mühlenbach|Emmericher Straße"),
    "street_en": _bars("Beech Grove|Marlborough Road|Church View|Tanners Lane|Oakfield Close|Ferry Road"),
    "town_nl": _bars("Enschede|Hengelo|Oldenzaal|Almelo|Winterswijk|Venlo|Kerkrade|Zwolle|Deventer|Haarlem|Breda"),
    "town_be": _bars("Gent|Antwerpen|Leuven|Brugge|Hasselt|Kortrijk|Mechelen|Aalst"),
    "town_de": _bars("Gronau|Bocholt|Kleve|Nordhorn|Emmerich|Aachen|Borken"),
    "domain": _bars(
        "gmail.com|hotmail.com|outlook.com|ziggo.nl|kpnmail.nl|home.nl|telenet.be|skynet.be|gmx.de|web.de|"
        "live.nl|icloud.com|yahoo.com|hetnet.nl|t-online.de|proton.me"
    ),
    "bank_nl": _bars("RABO|INGB|ABNA|SNSB|ASNB|TRIO|BUNQ|KNAB|RBRB|FVLB|REVO"),
}
