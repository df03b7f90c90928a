"""Name, street, domain and bank pools of the held-out split test_v110 (registered in the shared `POOLS`): pet
owners, tool renters, ferry passengers, home-care clients, mortgage applicants, club members, music pupils, skiers,
photo customers and subsidy applicants from Zeeland, Drenthe, West Flanders, Ireland, Kenya, Canada and beyond."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v110"] = {
    "first": _semi(
        # Zeeland and Drenthe
        "Adriaan; Janna; Kornelis; Maatje; Lieuwe; Neeltje; Jacoba; Marinus; Cornelia; Leendert; Geesje; Harm-Jan; "
        "Roelie; Egbert; Hilde; Jantje; Albertje; Femke; Wietske; Lammert; Evert; Aaltje; Mirthe; Stijn; Noortje; "
        # West Flanders
        "Wannes; Lieselot; Brecht; Jolien; Arne; Ine; Seppe; Febe; Rani; Jef; Godelieve; Lowie; Margriet; Warre; "
        # Moroccan, Turkish, Surinamese
        "Youssef; Khadija; Soufiane; Nadia; Anouar; Ikram; Mehmet; Elif; Emre; Zeynep; Hatice; Orhan; Rishi; "
        "Sharmila; Ravindra; Djoeminah; Marciano; Xiomara; Quincy; Roshni; "
        # Polish, Indian, Nigerian, Chinese
        "Agnieszka; Krzysztof; Małgorzata; Piotr; Anjali; Vikram; Lakshmi; Rohan; Chinedu; Adaeze; Oluwaseun; "
        "Folake; Emeka; Wei; Xiaoling; Jun; Mingyu; Yan; "
        # Irish, Kenyan, Canadian
        "Siobhán; Cathal; Oisín; Aoife; Pádraig; Niamh; Ciarán; Wanjiku; Kiprotich; Akinyi; Mutua; Njeri; Baraka; "
        "Geneviève; Marc-André; Brayden; Kaitlyn; Jocelyn; Mathieu"
    ),
    "surname": _semi(
        "Minderhoud; Kodde; Sinke; Dieleman; Wisse; Joosse; de Kam; Verhulst; van Belzen; Geldof; Hoogesteger; "
        "Boelens; Hilbrands; Nijhof; Zwiers; Oosting; Wiegman; Lanting; Brinkhuis; Kruit; Hadders; Schepers; "
        "Vanhoutte; Declercq; Vandenbroucke; Deconinck; Vanneste; Demeulemeester; Lefevere; Vercruysse; Degryse; "
        "Coucke; Dewulf; Ghesquière; Vanthournout; "
        "El Khattabi; Bouzian; Azzouzi; Benali; Ouali; El Idrissi; Öztürk; Çelik; Aydın; Koç; Şahin; Yıldız; "
        "Sitaldin; Ramdin; Kartoredjo; Wongsodikromo; Pinas; Sewnarain; Tjin-A-Djie; Jong A Lim; "
        "Wiśniewska; Zieliński; Kamińska; Lewandowski; Wójcik; Venkatesh; Iyer; Reddy; Chatterjee; Kulkarni; "
        "Adeyemi; Okonkwo; Balogun; Nwachukwu; Oyelaran; Zhang; Liu; Huang; Chen; Lin; "
        "Ó Briain; Ní Mhurchú; Fitzgerald; Mac Cárthaigh; Keane; Byrne; Wanjiru; Otieno; Kamau; Achieng; Mwangi; "
        "Chebet; Njoroge; Tremblay; Gagnon; Côté; Bouchard; MacDonald; Lapointe; Nguyen"
    ),
    "street_nl": _semi(
        "Lange Noordstraat; Bellamypark; Boulevard Evertsen; Kapelsestraat; Walstraat; Havenpark; Noordbolwerk; "
        "Oostsouburgseweg; Kousteensedijk; Zanddijk; Hogeweg; Nieuwe Burg; Kerkring; Poelendaelesingel; "
        "Zuiderdiep; Kerkbrink; Vaart Zuidzijde; Holtweg; Esweg; Het Ende; Brinkstraat; Hoofdkade; "
        "Oranjekanaal NZ; Kanaal A West; Torenlaan; Wilhelminalaan; Dr. Nassaulaan; Beilerstraat; Groenedijk"
    ),
    "street_be": _semi(
        "Ezelstraat; Smedenstraat; Sint-Amandsstraat; Langestraat; Torhoutsesteenweg; Meensesteenweg; "
        "Kortrijksesteenweg; Ieperstraat; Groeningelaan; Leopold II-laan; Zuidstraat; Koning Albertlaan; "
        "Poperingseweg; Noordstraat; Stationsdreef; Kapucijnenstraat"
    ),
    "street_ie": _semi(
        "Ashgrove Lawn; Clonliffe Avenue; Glenageary Road Upper; Ballinlough Road; Sráid an Teampaill; "
        "Shandon Street; Salthill Promenade; Ardmore Park; Castletroy Heights; Bóthar na Trá"
    ),
    "street_ke": _semi(
        "Kindaruma Road; Ngong Road; Riverside Drive; Argwings Kodhek Road; Lenana Road; Nyali Road; "
        "Oginga Odinga Street; Mombasa Road; Ring Road Kilimani"
    ),
    "street_ca": _semi(
        "Queen Street West; Rue Sainte-Catherine; Maple Crescent; Wellington Street; Spring Garden Road; "
        "Jasper Avenue; Robson Street; Barrington Street; Lakeshore Boulevard; Portage Avenue"
    ),
    "domain": _semi(
        "zeelandnet.nl; home.nl; kpnplanet.nl; hetnet.nl; gmail.com; hotmail.com; outlook.com; telenet.be; "
        "skynet.be; proximus.be; eircom.net; outlook.ie; yahoo.ca; rogers.com; shaw.ca; sympatico.ca; "
        "yahoo.co.ke; gmail.com; icloud.com; live.be; ziggomail.com; protonmail.com"
    ),
    "bank_nl": _semi("RABO; INGB; ABNA; SNSB; ASNB; KNAB; BUNQ; TRIO; RBRB; FVLB; NTSB"),
    "bank_ie": _semi("AIBK; BOFI; IPBS; PTSB"),
}
