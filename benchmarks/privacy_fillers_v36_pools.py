"""Name, street and mail-domain pools for the `test_v36` split (`POOLS["test_v36"]`): Dutch customers next to
Germans, Poles and Turks living in the Netherlands, and a few travellers from elsewhere. Written from scratch by
someone who never saw the redaction rules."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS

POOLS["test_v36"] = {
    "first": "Femke|Joost|Marieke|Bas|Ingrid|Wouter|Noor|Sven|Hanneke|Gijs|Tess|Ruben|Evi|Lieke|Stijn|Jeroen|"
    "Willemijn|Thijs|Geertje|Maarten|Jürgen|Katrin|Matthias|Ute|Lukas|Anke|Dörte|Agnieszka|Krzysztof|"
    "Małgorzata|Piotr|Zofia|Łukasz|Grzegorz|Emre|Ayşe|Mehmet|Elif|Burak|Zeynep|Hüseyin|Gülşen|Niamh|Declan|"
    "Harriet|Gareth|Ffion|Quinten|Roos|Jurre".split("|"),
    "surname": "van der Meulen|Zwart|de Haan|Koster|Prins|van Leeuwen|Huisman|Kramer|Wijnands|ter Steege|"
    "van 't Zand|Schröder|Müller|Becker|Hoffmann|von Arnim|Nowak|Wiśniewska|Kowalczyk|Zieliński|Lewandowski|"
    "Demir|Şahin|Çelik|Aydın|Öztürk|Kılıç|Hughes|Pritchard|Sullivan|Doherty|van Dam|de Jong|Bosman|"
    "Veenstra|Dijkstra|op den Kamp|in 't Veld|van der Linde|Rademaker|Mertens|Yıldız".split("|"),
    "second": "Bakker|Mol|de Wit|Kok|Vermeulen|van Rijn|Groen|Lammers|Kaya|Nowicka|Hartmann|Timmermans".split("|"),
    "street_nl": "Vechtstraat|Burgemeester Hogguerstraat|Pieter Calandlaan|Tweede Hugo de Grootstraat|"
    "Johan de Wittlaan|Graaf Florislaan|Meester Tripstraat|Noordsingel|Kastanjelaan|Keizer Karelplein|"
    "Van Ostadestraat|Dokter Schaepmanstraat|Koekoeksbloem|Aert van Nesstraat|Heiligeweg|Oude Ebbingestraat|"
    "Schepenenlaan|Rijnkade|Korte Putstraat|Vlietwijck|Sint Annastraat|Hooigracht|De Hoefslag|"
    "Plein 1944".split("|"),
    "street_de": "Hauptstraße|Lindenallee|Goethestraße|Am Mühlenbach|Kirchweg|Bahnhofstraße".split("|"),
    "street_en": "Foxglove Close|Ashby Road|St Mary's Walk|Castle Hill|Riverside Drive|Pembroke Terrace".split("|"),
    "domain": "gmail.com|hotmail.com|outlook.de|web.de|gmx.de|wp.pl|onet.pl|o2.pl|hotmail.com.tr|yandex.com|"
    "ziggo.nl|kpnmail.nl|icloud.com|live.nl|proton.me|hetnet.nl|telfort.nl|t-online.de".split("|"),
    "bank_nl": "RABO|INGB|ABNA|SNSB|ASNB|BUNQ|KNAB|RBRB|TRIO|FVLB".split("|"),
    "town": "Zwolle|Deventer|Tilburg|Amersfoort|Leeuwarden|Venlo|Schiedam|Almere|Heerlen|Enschede".split("|"),
}
