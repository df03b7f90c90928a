"""Colleagues mentioned by their handle in a Teams or Slack message pasted into a contact: "@bavo.goossens kun
jij …", "@jan-willem.tuijp can you check …", "@dirk.rossi2". A handle of a given name and a surname joined by a
dot is a person's (an organisation's handle has no dot); the "@" goes with it. An e-mail domain ("@ziggo.nl") is
no handle. Jira writes a user's mention "[~account]", whatever the account's shape. An audit trail names who changed
a field by their account, with or without the "@": "… gewijzigd van X naar Y door douwe.pinas", "changed from X to
Y by sbouwman" (a listed given name or surname in it; one word only at the line's end, an initial and a listed
surname). A profile's or a login's name after its cue is a person's account ("Fitbit profile luukbouma1",
"profielnaam esmee.jorritsma", "gebruikersnaam BurakD_86"), and so is a chat's speaker written as an account before
the colon ("Messenger | dilan.vrolijk: hi …", "(Slack Connect) radu_jage: …", "sipho.owusu in Slack: …") when it
holds a listed given name or surname or is shaped like one (two words joined by a dot or an underscore, a given name,
an initial and digits), and so is such an account after who sold or bought it ("seller gulsen_terb"). A review's
author after its stars ("★☆☆☆☆ lsato6:") is a person whatever the account, and so is who sent a direct message
("DM from @DeclanK87") when the account has a digit, a dot or a capital inside, or holds a listed name, and who
wrote in a Signal or Zoom chat, and to whom in private ("Zoom chat 13:07 From HUNTER vW to Everyone:"). So is a
messenger's speaker or account, in a group or a space too ("Viber · femkeobr:", "Signal-groep 'Spanje' | Tariq id
Bosch:", "Tidio · visitor sanne.devries:"), who sent a snap ("Snap van tsjalling.hiemstra:"), a player's account
("speler kamau_donke", "player HANNEKE_CLAEYS") and an account that signs a message off ("… aan. Meiling67").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.redaction.lexicon import first_names, not_names, surnames
from nlp.redaction.lower_name_model import trained_lower_model
from nlp.redaction.rules import Span

_MENTION = re.compile(
    r"(?<![\w.@+-])@(?P<v>[a-z][a-z'-]+(?:\.[a-z][a-z'-]+)+\d{0,3})(?![\w@'-]|\.\w)"
    r"(?<!\.com)(?<!\.net)(?<!\.org)(?<!\.info)(?<!\.\w\w)"  # a domain: "@ziggo.nl", "@hotmail.com"
)


# Jira's mention of a user by their account name, a person's whatever its shape: "[~femke.pronk]", "[~sdesai]".
_JIRA_MENTION = re.compile(r"\[~(?P<v>[A-Za-z][\w.-]{1,40})\]")


# The account after "door"/"by" in an audit trail's line ("gewijzigd van … naar …", "changed from … to …").
_AUDIT_HINTS = ("gewijzigd van", "changed from", "aangepast van", "updated from")
_AUDIT_BY = re.compile(
    r"(?<!\w)(?:door|by|gebruiker|user)[ \t]+(?P<v>[a-z][a-z'-]+\.[a-z][a-z'-]+\d{0,3}(?![\w@-]|\.\w)"
    r"|(?P<word>[a-z]{4,20})(?=[ \t]*+\.?[ \t]*(?:$|\n)))"
)


# An account's shape: letters, then dotted or underscored parts and digits; one of those (or a capital inside, as in
# "BurakD_86") tells it from a word. Not an e-mail address's local part, not a domain. One letter per repeat, so a
# long word has one way to match: "[a-z]+(?:[._]?[A-Za-z][a-z]*)*" had 2^n, and a 30-letter word stalled a worker.
_HANDLE = r"[A-Za-z][a-z](?:[._]?[A-Za-z])*_?\d{0,4}(?![\w@-]|\.\w)"
_PROFILE = re.compile(
    r"(?i:profielnaam|profile name|gebruikersnaam|username|user name|inlognaam|schermnaam|screen name|nickname"
    rf"|bijnaam|profiel|profile)(?:[ \t]*:|[ \t]+is)?[ \t]+(?P<v>{_HANDLE})"
)
_PROFILE_HINTS = ("profi", "naam", "name")
_DM_HINTS = ("dm ", "message", "privébericht")
_CHAT_HINTS = ("signal", "zoom", "reactie", "comment", "reply")
# A social network's handle, without a dot: "@stijnter", "@_jeroenkaya_", "@marthinus_verhoeven97" (a listed given
# name first; "@KwikFitNL" is a firm's).
_SOCIAL = re.compile(r"(?<![\w.@+-])@(?P<v>_?[a-z][A-Za-z0-9_]{2,30})(?![\w@-]|\.\w)")
# A chat export's speaker: at a line's start, after a "|" or a time stamp's "]", before the colon.
_SPEAKER = re.compile(rf"(?:^|(?<=\n)|(?<=\|)|(?<=\])|(?<=\)))[ \t]*(?P<v>{_HANDLE})(?::| in (?:Slack|Teams):)[ \t]")
# An account after who sold or bought: "seller gulsen_terb", "koper tendai.vanhoecke".
_CUED_ACCOUNT_HINTS = ("seller", "buyer", "koper")  # "verkoper" holds "koper": the regex is tried only after one
_CUED_ACCOUNT = re.compile(rf"(?i:\b(?:seller|buyer|verkoper|koper))[ \t]+(?P<v>{_HANDLE})")
# An account that signs the message off after its last sentence: "… of ik klaag jullie aan. Grzegorz14", "…
# aan. vikram_decle" (digits, an underscore or a dot in it; not a domain: "… zie bol.com").
_SIGNED_ACCOUNT = re.compile(r"[.!?][ \t]+(?P<v>[A-Za-z][\w.]{2,38}[A-Za-z\d])[ \t]*\Z")
# A gambling site's or a game's player, by its account: "speler kamau_donke", "player HANNEKE_CLAEYS", "Username
# INGE_NYSTROM", "speler goncalo.k".
_PLAYER_HINTS = ("player", "speler", "username", "gebruikersnaam")
_PLAYER = re.compile(
    r"(?i:\b(?:player|speler|username|gebruikersnaam))[ \t]+(?P<v>[A-Za-z][\w.]{1,38}[A-Za-z\d])(?![\w@-]|\.\w)"
)
# Parts of an account that are a field's name, not a person's: "order_id", "user_name"; a domain's end.
_NOT_PERSON_PARTS = frozenset(
    "id nr no name naam user first last order ticket email mail code type date status geb datum export support"
    " team".split()
)
_DOMAIN_ENDS = frozenset(
    "com nl be de org net eu io co uk fr csv pdf txt xlsx xls docx doc jpg png zip xml json".split()
)
# Who wrote in a Signal or Zoom chat, and to whom in private, whatever the name's shape ("Signal from roosbou45:",
# "Zoom chat 17:46 From HUNTER vW to Everyone:", "Van gertjanjab44 aan dariusz.celik (privé):"), and a person's
# account that replied or commented ("reactie van noor.mulder93:"; a firm's "Reply from @DUO_nl:" is not a name).
_CHAT_FROM = re.compile(
    r"(?i:signal|zoom[- ]?chat(?:[ \t]+\d{1,2}:\d\d)?|(?P<reply>reactie|comment|reply))"
    r"[ \t]+(?i:from|van|by|door)[ \t]+"
    r"(?P<v>[^\s:()]+(?:[ \t][^\s:()]+){0,2}?)(?=:|[ \t]+(?i:to|aan)[ \t])"
)
_CHAT_TO = re.compile(
    r"[ \t](?i:to|aan)[ \t]+(?P<v>[^\s:()]+(?:[ \t][^\s:()]+){0,2}?)[ \t]+\((?i:privé|privately|direct)\)"
)
_USERNAME = re.compile(r"[a-z]{3,}\d{1,4}")  # "obinnav12" after a channel's "|", not a field at a line's start
_NO_SENDER = frozenset("the de het a an een my mijn your uw everyone iedereen".split())  # "signal from the router:"
# A review's author after its stars, an account whatever name it holds: "★☆☆☆☆ lsato6:", "★★☆☆☆ door MaartenO85:".
_REVIEWER = re.compile(rf"[★☆]{{3,}}[ \t]*(?:(?i:door|by)[ \t]+)?(?P<v>{_HANDLE}):")
# Who sent a direct message: "DM from @DeclanK87:", "DM van @bavojovanovic:" (not the firm's bot, "DM van @Pootje:").
_DM_FROM = re.compile(r"(?i:\bDM|direct message|privébericht)[ \t]+(?i:from|van)[ \t]+@?(?P<v>[A-Za-z_][\w.]{1,30}\w)")
# A messenger's export line: "WeChat | LIANG Jiayi: …", "Line | WONG Ka Man: …" (the speaker is a person; a bot is not).
_MESSENGERS = "wechat|whatsapp|signal|telegram|messenger|viber|discord|skype|imessage|front|tidio|google chat"
# (not "line" and "sms": see below) The separator after a channel's name and a group's or space's: "Viber · ",
# "Discord #boekingen | ", "Signal-groep 'Spanje' | ", "Google Chat · space 'Vliegveld' · ", "Tidio · visitor ".
_SEPARATOR = (
    r"(?:[ \t]+#[\w-]+|[- ](?i:groep|group)(?:[ \t]+'[^'\n]{1,40}')?|[ \t]*·[ \t]*space[ \t]+'[^'\n]{1,40}'[ \t]*)?"
    r"[ \t]*[|·][ \t]*(?:visitor[ \t]+)?"
)
# Who sent a snap: "Snap van tsjalling.hiemstra: …", "Snap from quincyhaddadx: …", "Snapchat: warre.isenia heeft je
# een snap gestuurd".
_SNAP = re.compile(
    r"(?i:snap(?:chat)?)(?:[ \t]+(?i:van|from)[ \t]+|:[ \t]+(?=[a-z][\w.]{2,40}[ \t]+(?:heeft|has|sent)\b))"
    r"(?P<v>[a-z][\w.]{2,40}\w)(?=:|[ \t]+(?:heeft|has|sent)\b)"
)
# …or its account in lower case: "Telegram | chinonsoa: …", "Telegram | @mumbua_vandepol: …", "Viber · femkeobr: …".
_CHANNEL_ACCOUNT = re.compile(  # in capitals too when it ends in digits or a letter: "Front | Masouda_86: …"
    rf"(?i:{_MESSENGERS}){_SEPARATOR}"
    r"(?P<v>@?(?:[a-z][a-z0-9_.]{2,30}|[A-ZÀ-Þ][\w.]{1,29}_(?:\d{1,4}|[A-Z][A-Z\d]*))):[ \t]"
)
_CHANNEL_SPEAKER = re.compile(
    rf"(?i:{_MESSENGERS}|line|sms){_SEPARATOR}"
    r"(?P<v>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-ZÀ-Þ][\w'’-]+){1,3}|[A-ZÀ-Þ][\w'’-]+[ \t]+[A-Z]\.):[ \t]"
)


def _handle_shaped(value: str) -> bool:
    return any(c.isdigit() or c in "._" for c in value) or any(c.isupper() for c in value[1:])


def _starts_with_given_name(value: str) -> bool:
    """ "dilan.vrolijk", "luciaopdenkamp5", "GrietR_90": a listed given name of three letters or more first."""
    word = value.lower()
    return any(word[:end].capitalize() in first_names() for end in range(3, min(len(word), 12) + 1))


def _person_account(value: str) -> bool:
    """An account holding a person's name: a listed given name first, or an initial or a given name before a listed
    surname ("mjovanovic5", "radunijhuis", "ewelina_boerrigter"); not "TelenetSupport"."""
    word = value.strip("_").rstrip("0123456789").lower().replace("_", "").replace(".", "")
    if _starts_with_given_name(word):
        return True
    return any(word[start:].capitalize() in surnames() for start in range(1, len(word) - 3))


def _signing_account(value: str) -> bool:
    """An account a player or a message's sender signs with: digits in it, or parts joined by a dot or an underscore,
    none of them a field's name and not a domain ("kamau_donke", "Grzegorz14"; not "order_id", "bol.com")."""
    parts = re.split(r"[._]", value.lower())
    shaped = any(char.isdigit() for char in value) or len(parts) > 1
    return shaped and _NOT_PERSON_PARTS.isdisjoint(parts) and parts[-1] not in _DOMAIN_ENDS


def _person_shaped(value: str) -> bool:
    """Two parts of three letters or more in lower case joined by a dot or an underscore, no field's name nor a
    domain's or a file's end ("radu_jage", "tendai.vanhoecke"; not "order_id", "bol.com", "Geb.datum"), or a given
    name, an initial and digits ("MustafaV_85")."""
    if re.fullmatch(r"[A-Z][a-z]{2,}[A-Z]_?\d{1,4}", value):
        return True
    if not value.islower():
        return False  # "Geb.datum", a field's name
    parts = re.split(r"[._]", value.rstrip("0123456789_"))
    return (
        len(parts) >= 2
        and all(len(part) >= 3 and part.isalpha() and part not in _NOT_PERSON_PARTS for part in parts)
        and parts[-1] not in _DOMAIN_ENDS
    )


def _a_sender(value: str) -> bool:
    """A chat's sender: two words ("HUNTER vW"), an account with a digit, a dot or an underscore ("roosbou45"), or
    one word that holds a listed name; not a bot's one word ("Van DeskBuddy aan Iedereen") nor "the router"."""
    words = value.split()
    if words[0].lower() in _NO_SENDER:
        return False
    return len(words) > 1 or any(c.isdigit() or c in "._" for c in value) or _person_account(value)


def _an_account(value: str, one_word: bool) -> bool:
    """One word is an initial and a listed surname ("sbouwman"); "first.last" holds a listed given name or surname."""
    if one_word:
        return value[1:].capitalize() in surnames()
    parts = value.rstrip("0123456789").split(".")
    return parts[0].capitalize() in first_names() or parts[-1].capitalize() in surnames()


def mention_spans(text: str, lower: str) -> Iterator[Span]:
    if "@" in text:
        for match in _MENTION.finditer(text):
            yield match.start(), match.end("v"), "NAME"
        for match in _SOCIAL.finditer(text):
            if _person_account(match.group("v")):
                yield match.start(), match.end("v"), "NAME"
    if any(hint in lower for hint in _DM_HINTS):
        for match in _DM_FROM.finditer(text):
            if _handle_shaped(match.group("v")) or _person_account(match.group("v")):
                yield *match.span("v"), "NAME"
    if any(hint in lower for hint in _AUDIT_HINTS):
        for match in _AUDIT_BY.finditer(text):
            if _an_account(match.group("v"), match.group("word") is not None):
                yield *match.span("v"), "NAME"
    if any(hint in lower for hint in _PROFILE_HINTS):
        for match in _PROFILE.finditer(text):
            if _handle_shaped(match.group("v")):
                yield *match.span("v"), "NAME"
    if ":" in text:
        for match in _SPEAKER.finditer(text):
            value = match.group("v")
            if not _handle_shaped(value):
                continue  # a word ("customer:", "agent:"), asked first: a transcript has one on every line
            channel = text[: match.start("v")].rstrip(" \t")[-1:] in (")", "]", "|") or " in " in match.group(0)
            listed = _person_account(value) or ("." in value and _an_account(value, False))
            if listed or (channel and (_person_shaped(value) or _USERNAME.fullmatch(value) is not None)):
                yield *match.span("v"), "NAME"
    if "_" in text or "." in text:
        if any(hint in lower for hint in _CUED_ACCOUNT_HINTS):
            for match in _CUED_ACCOUNT.finditer(text):
                if _person_shaped(match.group("v")):
                    yield *match.span("v"), "NAME"
        if (signed := _SIGNED_ACCOUNT.search(text, max(0, len(text) - 45))) and _signing_account(signed.group("v")):
            yield *signed.span("v"), "NAME"
        if any(hint in lower for hint in _PLAYER_HINTS):
            for match in _PLAYER.finditer(text):
                if _signing_account(match.group("v")):
                    yield *match.span("v"), "NAME"
    if "☆" in text or "★" in text:
        for match in _REVIEWER.finditer(text):
            if _handle_shaped(match.group("v")):
                yield *match.span("v"), "NAME"
    if " | " in text or "·" in text:
        for match in (*_CHANNEL_SPEAKER.finditer(text), *_CHANNEL_ACCOUNT.finditer(text)):
            words = match.group("v").lower().lstrip("@").split()
            words = [words[0], *(word for word in words[1:] if len(word) > 3)]  # no particle: "Tariq id Bosch"
            if not words[0].endswith("bot") and not_names().isdisjoint(words):
                yield *match.span("v"), "NAME"
    if "snap" in lower:  # an account, not a word: "ik snap van niks: …"
        ordinary = trained_lower_model().vocabulary
        for match in _SNAP.finditer(text):
            if _handle_shaped(match.group("v")) or match.group("v") not in ordinary:
                yield *match.span("v"), "NAME"
    if any(hint in lower for hint in _CHAT_HINTS):
        for match in _CHAT_FROM.finditer(text):
            value = match.group("v")  # a reply is the firm's ("Reply from @DUO_nl:") unless a person's account wrote it
            account = _person_shaped(value) or _USERNAME.fullmatch(value) is not None
            if account if match.group("reply") else _a_sender(value):
                yield *match.span("v"), "NAME"
        for match in _CHAT_TO.finditer(text):
            if _a_sender(match.group("v")):
                yield *match.span("v"), "NAME"
    if "[~" in text:
        for match in _JIRA_MENTION.finditer(text):
            yield *match.span("v"), "NAME"
