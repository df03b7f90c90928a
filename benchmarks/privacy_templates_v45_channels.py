"""Channel-shaped templates of test_v45: IVR and speech-to-text transcripts (numbers in words, misheard words),
WhatsApp Business chats with quick replies, PDF invoices pasted as text, handover notes full of abbreviations
(dhr/mevr/ivm/tzt/gebld/tb) and CSV exports with quoted fields."""

from __future__ import annotations

CHANNELS: list[tuple[str, str]] = [
    # ---- IVR and speech-to-text (lower case, no punctuation, numbers spoken)
    ("nl", "spraak: ja goedemiddag u spreekt met {NAME_LOWER} ik bel over de bezorging van vanochtend"),
    ("nl", "ivr transcript: mijn post koot is {POSTCODE_SPOKEN} en het huisnummer is {count}"),
    ("nl", "klant: mijn telefoonnummer is {PHONE_SPOKEN} daar ben ik na {time} bereikbaar"),
    ("nl", "transcriptie: het burgerservicenummer is eh {BSN_SPOKEN} van mijn vader"),
    ("nl", "spraak naar tekst: ik woon op de {ADDRESS_SPOKEN} in {city} en de container is weer niet geleegd"),
    ("nl", "beller: mijn mail is {EMAIL_SPOKEN} maar dan zonder hoofdletters"),
    ("nl", "transcript: ik ben geboren op {DOB_SPOKEN} en ik heb een alarmknop van {care}"),
    ("nl", "ivr: u heeft ingetoetst klantnummer {CUSTOMER_NUMBER_SPOKEN} toets een voor bezorging"),
    ("nl", "spraak: de achternaam is {NAME_SPELLED} met de voornaam {NAME_FIRST}"),
    ("nl", "transcript: het kenteken van de aanhanger is {PLATE_SPOKEN} voor de milieustraat"),
    ("nl", "transcriptie: rekeningnummer {IBAN_SPOKEN} ten name van {NAME_LOWER}"),
    ("nl", "spraak: mijn pasnummer is {CUSTOMER_NUMBER_SPOKEN} en het postcode is {POSTCODE_SPOKEN}"),
    ("nl", "voicemail {time}: hallo met {NAME_FULL} van de {ADDRESS_SPOKEN} wilt u mij terugbellen op {PHONE_SPOKEN}"),
    ("nl", "ivr herkenning (lage zekerheid): geboortedatum {DOB_SPOKEN}, bsn {BSN}"),
    # ---- WhatsApp Business
    ("nl", "[{date} {time}] {PHONE_WA}: hoi is mijn bestelling al onderweg? 🛒"),
    ("nl", "[{date} {time}] {NAME_FIRST}: {quick}\n[{date} {time}] {grocer}: Je bezorgmoment: tussen {slot} 🚚"),
    ("nl", "WhatsApp {waste}: Graag uw adres en postcode 🙂\nKlant: {ADDRESS} {POSTCODE}"),
    ("nl", "WA-chat: ik ben {NAME_FULL} en dit nummer ({PHONE_WA}) is mijn nieuwe, oude was {PHONE}"),
    ("nl", "[{time}] Klant: hier een foto van mijn klantenkaart 📷 nr {CUSTOMER_NUMBER_LOYALTY}"),
    ("nl", "WhatsApp Business snelle reactie {quick} verstuurd naar {NAME_FULL} ({PHONE_WA})"),
    ("nl", "whatsapp: mn mail is {EMAIL} en mn geboortedatum {DOB} 👍 groetjes {NAME_FIRST}"),
    ("nl", "[{date} {time}] {NAME_FULL}: kenteken is {PLATE} voor de parkeerkaart van {festival} 🎪"),
    # ---- PDF invoices pasted as text
    (
        "nl",
        "FACTUUR   {invoice}\nDebiteurnummer: {CUSTOMER_NUMBER}   Factuurdatum: {date}\n{NAME_UPPER}\n"
        "{ADDRESS}\n{POSTCODE}  {city}",
    ),
    ("nl", "Factuur {invoice} | {installer} | {kvk}\nAan: {NAME_INITIALS} | {ADDRESS} | {POSTCODE} {city}"),
    ("nl", "Totaal {amount}   Betaald met: {CARD}   Klant: {NAME_REGISTER}   Vervaldatum: {date}"),
    ("nl", "Wij schrijven {amount} af van rekening {IBAN} ten name van {NAME_UPPER} rond {date}."),
    ("nl", "Pakbon {order}\nAfleveradres: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}\nTel: {PHONE}"),
    ("nl", "Nota {pharmacy} - Patiënt: {NAME_REGISTER} - Geb.datum: {DOB} - BSN: {BSN} - {medicine}"),
    (
        "nl",
        "Rekening nr. {invoice}    Klant nr. {CUSTOMER_NUMBER_CLIENT}    Cliënt: {NAME_INITIALS}    Periode: {month}",
    ),
    # ---- handover notes with abbreviations
    ("nl", "dhr {NAME_SURNAME} gebld ivm {waste_type}, tzt tb op {PHONE}. Adres {ADDRESS} gecheckt."),
    ("nl", "mevr {NAME_SURNAME} wil ivm verhuizing adres wijzigen naar {ADDRESS} {POSTCODE}, evt. via {EMAIL}"),
    ("nl", "Ovdr: cl. {NAME_INITIALS} ({CUSTOMER_NUMBER_CLIENT}) ivm val gebld door buurvr., tb dochter {PHONE}."),
    ("nl", "NB: dhr {NAME_SURNAME} geb {DOB} ivm doofheid alleen mailen: {EMAIL}. Hoortoestel {hearing}."),
    ("nl", "tb z.s.m. {NAME_FULL}, {PHONE_LANDLINE}, ivm dubbele afschrijving op {IBAN}. Nog nt gebld."),
    ("nl", "Ovdr avond: mevr {NAME_SURNAME} alarm ivm onwel, ambu geweest, BSN {BSN} doorgegeven aan HAP."),
    ("nl", "ivm privacy vraag bevestigd met geb.dat. {DOB} en pc {POSTCODE}; klant {NAME_FULL} akkoord."),
    ("nl", "kenteken {PLATE} gebld door buurman, staat al 3 wk voor {ADDRESS}, eig. onbekend"),
    # ---- CSV exports with quoted fields
    ("nl", 'naam;email;telefoon;postcode\n"{NAME_REGISTER}";"{EMAIL}";"{PHONE}";"{POSTCODE}"'),
    ("nl", '"{CUSTOMER_NUMBER_MEMBER}","{NAME_FULL}","{DOB}","{diploma}","{sport}"'),
    ("nl", 'klantnr,naam,adres,kaart\n{CUSTOMER_NUMBER_LOYALTY},"{NAME_REGISTER}","{ADDRESS}",{CARD}'),
    ("nl", '"{order}";"{date}";"{NAME_FULL}";"{ADDRESS}, {POSTCODE} {city}";"{amount}"'),
    ("nl", 'iban;bsn;naam\n"{IBAN}";"{BSN}";"{NAME_UPPER}"'),
    ("nl", '{CUSTOMER_NUMBER};"{NAME_FULL}";"{PLATE}";"{solar_size}";"{installer}"'),
]
