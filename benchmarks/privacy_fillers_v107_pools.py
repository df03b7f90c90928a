"""Name, street, domain and bank pools of the held-out split test_v107 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v107"] = {
    "first": _semi(
        "Gerrit; Hennie; Bennie; Diny; Harm; Janna; Egbert; Geesje; Roelof; Hilligje; Albertus; Lammechien; "
        "Tonnie; Riekje; Jeroen; Marloes; Sanne; Wouter; Ilse; Bram; Lotte; Jesse; Fleur; Yasmina; Mehmet; "
        "Khadija; Youssef; Sevda; Arjen; Gijs; Brecht; Lieve; Joris; Ine; Thibault; Nele; Arne; Margriet; "
        "Jan-Willem; Anne-Marie; Kees; Klaasje; Chinedu; Ngozi; Oluwaseun; Adaeze; Emeka; Funmilayo; Tunde; "
        "Chiamaka; Ifeoma; Babatunde; Aoife; Ciarán; Siobhán; Pádraig; Niamh; Seamus; Eimear; Declan; Orla; "
        "Cathal; Wei Ling; Jun Jie; Hui Min; Kumar; Priya; Siti Nurhaliza; Muhammad Hafiz; Xin Yi; Rajesh; "
        "Zsófia; Marek; Agnieszka; Dorin; Esperanza; Thanh Huong; Kwabena; Liesbeth; Björn; Ruud"
    ),
    "surname": _semi(
        "Oude Nijhuis; Ter Horst; Kleine Schaars; Nijhof; Hofste; Wolterink; Broekhuis; Lansink; Reerink; "
        "Haverkate; Mulder; Hadderingh; Wubbels; Lanting; Zwiers; Huizing; Brink; Smit-Oosting; Bosma; "
        "van der Veen; de Vries; ten Brinke; van 't Hul; op 't Land; Jansen-de Boer; Kaya; Yıldırım; Amrani; "
        "Bakkali; Vermeersch; Vanneste; Dewulf; Goethals; Claeys; Decoene; Van Acker; De Smet-Verhaeghe; "
        "Vandenbroucke; D'hondt; Okafor; Adeyemi; Nwosu; Okonkwo; Balogun; Eze; Olawale-Johnson; Ibekwe; "
        "Adebayo; Kelly; Ó Briain; Mac Cárthaigh; Egan; Dolan; Naughton; Kenny; Geraghty; Fallon-Ward; "
        "O'Meara; Tan; Lim; Ng; Goh; Teo; Chua; Subramaniam; bin Abdullah; Rahman; Krishnan; "
        "Nowak; Kowalczyk; Popescu; García López; Pham; Mensah; Lindqvist; van den Berg-Huisman; in 't Veld"
    ),
    "street_nl": _semi(
        "Haaksbergerstraat; Oldenzaalsestraat; Hengelosestraat; Lasondersingel; Boddenkampsingel; Deurningerstraat; "
        "Grotestraat; Almelosestraat; Hoofdstraat; Brink; Asserweg; Kloosterveen; Vaart Zuidzijde; Emmalaan; "
        "Beilerstraat; Kerkstraat; Dorpsstraat; Molenweg; Hunebedstraat; Langestraat; Smedenstraat; "
        "Ezelstraat; Vlamingstraat; Sint-Jakobsstraat; Gistelse Steenweg; Kortrijkse Steenweg; Torhoutse Steenweg; "
        "Koningin Julianastraat; Prins Hendrikkade; Jan van Eyckplein; Pastoor Schaepmanlaan; Esstraat"
    ),
    "street_en": _semi(
        "Allen Avenue; Adeola Odeku Street; Admiralty Way; Awolowo Road; Ahmadu Bello Way; Herbert Macaulay Way; "
        "Church Street; Dublin Road; Batteryhill; Connaught Street; Austin Friars Street; Harbour Street; "
        "Ang Mo Kio Avenue 3; Tampines Street 21; Jurong West Street 42; Bukit Timah Road; Serangoon North Avenue 1"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; home.nl; planet.nl; hetnet.nl; telenet.be; "
        "proximus.be; yahoo.com; icloud.com; eircom.net; yahoo.ie; yahoo.co.uk; singnet.com.sg; live.com.sg; "
        "protonmail.com; xs4all.nl; gmx.net"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NTSB; BITS"),
    "bank_ie": _semi("AIBK; BOFI; IPBS; ULSB"),
}
