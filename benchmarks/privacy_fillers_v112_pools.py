"""Name, street, domain and bank pools of the held-out split test_v112 (registered in the shared `POOLS`):
applicants and students, lab patients, blind buyers, bike and theatre subscribers, hospital visitors, battery
lessees, pet owners and caravan traders from Limburg, Twente, Antwerp, India, Jamaica, New Zealand and beyond."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v112"] = {
    "first": _semi(
        # Limburg and Twente
        "Sjef; Huub; Twan; Wiel; Mariëlle; Fieny; Jo; Bèr; Sjra; Ellen; Ruud; Lieke; Hennie; Gerdien; Bennie; "
        "Dinie; Herman; Riek; Tonnie; Hendrikus; Wilma; Gert-Jan; Evi; Marieke; "
        # Antwerp
        "Kobe; Fien; Staf; Lander; Nele; Jens; Lien; Warre; Roos; Mathilde; Thibault; Jasper; Lore; Bavo; "
        # Moroccan, Turkish, Surinamese
        "Bilal; Imane; Hamza; Oumaima; Said; Hanane; Ilias; Salma; Burak; Esra; Kübra; Serdar; Ayşe; Oğuz; "
        "Tuğba; Cem; Sunita; Anil; Devika; Glenn; Sheryl; Sarmo; Roshan; "
        # Polish, Indian, Nigerian, Chinese
        "Bartosz; Katarzyna; Wojciech; Zofia; Łukasz; Paweł; Arjun; Priyanka; Sanjay; Kavya; Harpreet; "
        "Venkatesh; Meenakshi; Aditya; Sneha; Chukwuemeka; Ngozi; Tunde; Funmilayo; Ifeoma; Obinna; Zhiwei; "
        "Yuxin; Haoran; Jiayi; Li Na; "
        # Jamaican and New Zealand
        "Delroy; Marcia; Shanique; Tajay; Kemar; Odane; Shantel; Winston; Beverley; Jhenelle; Aroha; Tāne; "
        "Mere; Rawiri; Hemi; Ngaire; Kiri; Hamish; Fergus; Brooke; Tui"
    ),
    "surname": _semi(
        # Limburg and Twente
        "Hermans; Wetzels; Ramakers; Crombach; Vliegen; Schreurs; Lemmens; Houben; Bemelmans; Vossen; Pluijmen; "
        "Kurvers; Notermans; Oude Luttikhuis; Nijhuis; Kamphuis; Oude Nijeweme; Wolbers; Bekkering; ter Horst; "
        "Brinkhuis; Rikmanspoel; Wesselink; Hofste; Pierik; "
        # Antwerp and elsewhere in the Low Countries
        "Peeters; Van den Broeck; Verbist; Goossens; Van Gorp; Michiels; Verhaegen; Van Looy; De Backer; Claes; "
        "van der Meulen; de Wit; Postma; Hoogland; "
        # Moroccan, Turkish, Surinamese
        "Ouali; El Khattabi; Bouzian; Ait Taleb; Azzouzi; Tahiri; Aydın; Öztürk; Çelik; Arslan; Doğan; Koç; "
        "Sewdien; Ramdin; Jagessar; Kartosen; Pinas; Sabajo; Wijngaarde; Soeropawiro; Biharie; "
        # Polish, Indian, Nigerian, Chinese
        "Zieliński; Wiśniewska; Kamińska; Lewandowski; Dąbrowski; Wójcik; Venkataraman; Iyer; Reddy; Banerjee; "
        "Chaudhary; Krishnamurthy; Singh Gill; Adeyemi; Okonkwo; Nwosu; Balogun; Ogunleye; Adebayo; Zhang; "
        "Chen; Liu; Huang; Zhou; Xu; "
        # Jamaican and New Zealand
        "McFarlane; Gayle; Spence; Reid; Bailey; Morrison; Grant; Ellis; Te Whata; Ngata; Parata; Paewai; "
        "Tipene; Harawira; McLeod; Fraser"
    ),
    "street_nl": _semi(
        # Limburg
        "Tongerseweg; Scharnerweg; Akerstraat; Rijksweg Zuid; Heerderweg; Kerkraderweg; Roermondseweg; "
        "Hoogstraat; Sint Pieterstraat; Bemelerweg; Maastrichterlaan; Veldstraat; Pastoor Vonckenstraat; "
        # Twente
        "Hengelosestraat; Haaksbergerstraat; Oldenzaalsestraat; Deurningerstraat; Gronausestraat; "
        "Wierdensestraat; Boekelosestraat; Enschedesestraat; Bornsestraat; Lonnekerbrugstraat; Molenstraat; "
        "Het Hoge Veld; Kuipersdijk; "
        # student towns and elsewhere
        "Brusselsestraat; Boschstraat; Calslaan; Drienerlolaan; Van Heekstraat; Laan van Nieuw Guinea; "
        "Kapelstraat; Nieuwstad"
    ),
    "street_be": _semi(
        "Turnhoutsebaan; De Merodelei; Lange Leemstraat; Grote Steenweg; Bredabaan; Bisschoppenhoflaan; "
        "Boomsesteenweg; Kioskplaats; Sint-Bernardsesteenweg; Diksmuidelaan; Mechelsesteenweg; Vlaamsekaai; "
        "Lange Kievitstraat; Kerkstraat; Oudaan; Statiestraat; Kapelsestraat; Pothoekstraat; Carnotstraat; "
        "Kruishofstraat"
    ),
    "street_nz": _semi(
        "Aro Street; Tinakori Road; Ponsonby Road; Karangahape Road; Riccarton Road; Dominion Road; "
        "Te Rapa Road; George Street; Devon Street West; Kauri Grove; Pōhutukawa Place; Rimu Crescent; "
        "Marine Parade; Totara Drive; Kowhai Avenue; Great North Road"
    ),
    "street_jm": _semi(
        "Hope Road; Constant Spring Road; Barbican Road; Red Hills Road; Lady Musgrave Road; Mountain View "
        "Avenue; Old Hope Road; Molynes Road; Washington Boulevard; Spanish Town Road; Gloucester Avenue; "
        "Market Street"
    ),
    "street_uk": _semi(
        "Coldharbour Lane; Railton Road; Acre Lane; Tulse Hill; Stockwell Park Road; Villa Road; "
        "Handsworth Wood Road; Chapeltown Road; St Pauls Road; Harehills Lane"
    ),
    "street_in": _semi(
        "4th Cross, Indiranagar; 12th Main, HSR Layout; 3rd Block, Jayanagar; Anna Salai; Linking Road, "
        "Bandra West; 7th Avenue, Besant Nagar; Sector 15, Noida; Koregaon Park Lane 5; Banjara Hills Road No. 12; "
        "2nd Stage, BTM Layout"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; icloud.com; ziggo.nl; kpnmail.nl; home.nl; planet.nl; telenet.be; "
        "skynet.be; hotmail.be; live.be; rediffmail.com; yahoo.co.in; xtra.co.nz; slingshot.co.nz; yahoo.com; "
        "qq.com; 163.com; wp.pl; onet.pl; protonmail.com; hotmail.co.uk"
    ),
    "domain_student": _semi(
        "student.maastrichtuniversity.nl; student.utwente.nl; student.uantwerpen.be; student.fontys.nl; "
        "student.saxion.nl; student.zuyd.nl; student.kdg.be; ap.be"
    ),
    "bank_nl": _semi("INGB; RABO; ABNA; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; NNBA; FVLB; HAND"),
    "bank_gb": _semi("NWBK; BARC; HBUK; LOYD; MIDL; MONZ"),
}
