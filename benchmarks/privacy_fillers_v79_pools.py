"""Name, street, domain and bank pools of the held-out split test_v79 (registered in the shared `POOLS`)."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _semi(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


POOLS["test_v79"] = {
    "first": _semi(
        "Gerben; Hennie; Trijntje; Marjolein; Diederik; Floor; Joost; Annelies; Rutger; Ineke; Teun; Hanneke; "
        "Berend; Willemijn; Sander; Gonnie; Mats; Jolanda; Niels; Tamara; Bart-Jan; Els; Margriet; Freek; "
        "Ward; Lotte-Marie; Stijn; Katrien; Jolien; Dries; Brecht; Hilde; Filmon; Senait; Tesfalem; Merhawi; "
        "Luwam; Abrehet; Kibrom; Yordanos; Rahwa; Habtom; Rami; Lina; Hussam; Rasha; Yara; Majd; Ghaith; Nour; "
        "Bassel; Rawan; Aylin; Mustafa; Hatice; Karim; Ikram; Youssef; Rohan; Sunita; Ravi; Dewi; Kwame; "
        "Efua; Marek; Joanna; Paulina; Grzegorz; Rhys; Cerys; Dafydd; Gethin; Angharad; Bethan; Iolo; Siân; "
        "Ffion; Llinos; Aroha; Tama; Wiremu; Mere; Hemi; Ngaire; Kiri; Manaia; Jürgen; Uwe; Sabine; Anke; "
        "Dörte; Lukas; Jonas; Ute; Ludwig; Friederike; Xavier; Chiara; Aleksandra; Tomás; Ngozi"
    ),
    "surname": _semi(
        "van der Schaaf; van den Broek-Kuipers; de Jong; 't Hart; van Wijk; ten Cate; van de Kamp; in der Maur; "
        "Verhoef; de Graaf-Bos; van Rossum du Chattel; Stoop; Kok; Wessels; Huisman; van Leeuwen; Bosman; "
        "Schipper; Brinkman; van Dam; Kuiper; Nijland; Oudshoorn; op 't Land; van Ee; Vandenbroucke; De Clercq; "
        "Van Hecke; Verstraete; D'Hondt; Vermeersch; Tesfamariam; Gebremedhin; Haile; Berhane; Woldemichael; "
        "Kidane; Ghebrehiwet; Al-Hassan; Haddad; Khoury; Al Masri; Darwish; Kassab; Alhamoud; Shaheen; "
        "Korkmaz; Kılıç; Amezian; Boukhari; Sitaldin; Kartosen; Wong Loi Sing; Pattipeilohy; Zieliński; "
        "Wróbel; Lopes Tavares; Adeyemi; Llewellyn; Pritchard; ap Gwilym; Bowen; Prosser; Vaughan; Rees-Jones; "
        "Ngata; Te Whare; Parata; Tipene; McAllister; Schröder; Müller-Lüdenscheidt; Weißgerber; von Hohenau; "
        "Kühn; Obermaier; Achterberg; Oosterveld; Drenth; Hofstede"
    ),
    "street_nl": _semi(
        "Dialyseweg; Prins Bernhardlaan; Meester Haafkensstraat; Lage Nieuwstraat; Hof van Delft; "
        "Burgemeester Roelenweg; Julianastraat; Vijverhof; Kastanjelaan; Zandpad; Keizersgracht; Achterom; "
        "Kloosterstraat; Aalscholverstraat; Beukenhorst; Oranjeplein; Ir. Lelyweg; Sint-Annastraat; "
        "Asbestweg; Veenderij; Steenstraat; Weverstraat; Paardenmarkt; Koningin Julianaplein; Hoogstraat; "
        "Gentsesteenweg; Kapelsestraat; Statiestraat; Vaartkom"
    ),
    "street_en": _semi(
        "Heol y Deri; Cathedral Road; Ffordd Glyndŵr; Stryd Fawr; Penylan Road; Marine Terrace; Clive Street; "
        "Ponsonby Road; Cuba Street; Karangahape Road; Riccarton Road; Tui Street; Great North Road; "
        "Aro Street; Victoria Avenue"
    ),
    "street_de": _semi(
        "Goethestraße; Am Markt; Lindenallee; Schillerstraße; Bahnhofstraße; Hauptstraße; Mozartgasse; "
        "Seestrasse; Kirchweg; Im Winkel"
    ),
    "domain": _semi(
        "gmail.com; hotmail.com; outlook.com; ziggo.nl; kpnmail.nl; telenet.be; proton.me; icloud.com; "
        "gmx.de; web.de; t-online.de; gmx.at; bluewin.ch; xtra.co.nz; btinternet.com; hotmail.co.uk; "
        "yahoo.com; caiway.nl; solcon.nl"
    ),
    "bank": _semi("ABNA; RABO; INGB; SNSB; ASNB; TRIO; BUNQ; KNAB; RBRB; REVO; NWAB; BITS"),
    "bank_gb": _semi("NWBK; BARC; LOYD; HBUK; MIDL; NAIA"),
}
