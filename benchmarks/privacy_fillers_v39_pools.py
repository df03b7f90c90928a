"""Name, street, town and domain pools of the held-out split test_v39 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _items(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


POOLS["test_v39"] = {
    # given names common in the Netherlands: Dutch, Frisian, Surinamese, Moroccan, Turkish, Indonesian, Polish
    "first": _items(
        "Harmke|Tjitske|Sjoerd|Wiebe|Gerlof|Auke|Hiltje|Jelmer|Dieuwertje|Hendrikje|Gert-Jan|Annelies|Marjolein|"
        "Berend|Floortje|Cornelis|Ingrid|Dirk-Jan|Rinske|Lammert|Chantal|Priscilla|Rowendy|Shanice|Iwan|Nadira|"
        "Soekirman|Ravindra|Kishan|Radjeshwari|Youssef|Khadija|Soufiane|Hanan|Imane|Bilal|Meryem|Emre|Büşra|"
        "Okan|Hatice|Burak|Sevgi|Wulan|Bayu|Sari|Indra|Dewi|Agnieszka|Krzysztof|Małgorzata|Paweł|Katarzyna|"
        "Joanna|Thijs|Roosmarijn|Jeroen|Marjan|Geertje|Pim|Anouska"
    ),
    "surname": _items(
        "van der Meulen|de Wit|ter Horst|van 't Zand|van den Broek|de Jong|Hoogeveen|Bloemendaal|Schaap|"
        "Wierda|Hiemstra|Dijkstra|Terpstra|Zijlstra|Faber|van Dam|Kramer|Pronk|Heijnen|Roosendaal|Koster|"
        "Sitaldin|Ramdin|Kartosen|Pinas|Biharie|Sewdien|Ramautar|Doelwijt|El Idrissi|Benali|Bouzid|Amrani|"
        "Ouchene|Yıldız|Çelik|Şahin|Aydın|Öztürk|Koç|Simatupang|Soewarno|Tan|Hidayat|Siregar|Wiśniewski|"
        "Nowak|Kowalczyk|Zielińska|Lewandowski|van Wijngaarden|in 't Veld|de la Fuente|Verhagen|Prins|Uittenbogaard"
    ),
    "child": _items("Jente|Fedde|Sytse|Liv|Djaimy|Aylin|Amira|Rayan|Kerem|Nayla|Zofia|Filip|Bente|Moos|Senna|Lux"),
    "street": _items(
        "Burgemeester Reigerstraat|Laan van de Helende Meesters|Johan van Oldenbarneveltlaan|Twijnstraat|"
        "Graaf Florisstraat|Gerard Doustraat|Eerste Jan Steenstraat|Kraneweg|Noorderhaven|Tuinstraat|"
        "Nieuwe Ebbingestraat|Dr. Schaepmanlaan|Sint Annastraat|Groot Hertoginnelaan|Weverstede|"
        "Zwanenveld|Oude Delft|Herman Gorterstraat|Pieter Calandlaan|Mient|Hoogstraat|Akkerstraat|"
        "Baron van Nagellstraat|Koningin Wilhelminaweg|Kade|Emmastraat|Wijk 5|Turfmarkt|Bilderdijkkade"
    ),
    "town": _items(
        "Leeuwarden|Drachten|Sneek|Heerenveen|Almere|Lelystad|Zaandam|Purmerend|Nijmegen|Arnhem|Enschede|"
        "Hengelo|Venlo|Roermond|Breda|Den Bosch|Schiedam|Vlaardingen|Dordrecht|Alkmaar|Hoorn|Zoetermeer"
    ),
    "domain": _items(
        "gmail.com|hotmail.com|outlook.nl|ziggo.nl|kpnmail.nl|home.nl|telfort.nl|casema.nl|upcmail.nl|"
        "icloud.com|live.nl|onsbrabantnet.nl|wp.pl|yahoo.com|quicknet.nl|hetnet.nl"
    ),
    "bank": _items("RABO|INGB|ABNA|SNSB|ASNB|TRIO|BUNQ|KNAB|RBRB|FVLB|HAND"),
}
