"""Long synthetic contacts, as real call transcripts are: the short ones from `synthetic.generate` with
the small talk of a call around them (hold, checks, confirmations), to about `words` words. No personal
data and no complaint words are added, so the label and the redaction ground truth stay the same."""

from __future__ import annotations

import random
from dataclasses import replace

from pipeline.synthetic import LabelledContact, generate
from topics.records import Turn

SMALL_TALK = {
    "nl": [
        ("agent", "Een momentje alstublieft, ik kijk even met u mee in het systeem."),
        ("customer", "Ja hoor, geen probleem, ik wacht wel even."),
        ("agent", "Dank u wel voor het wachten, het duurde iets langer dan ik had gehoopt."),
        ("customer", "Dat geeft niet, ik ben blij dat ik eindelijk iemand aan de lijn heb."),
        ("agent", "Ik begrijp dat heel goed, het is vervelend dat u zo lang moest wachten vandaag."),
        ("customer", "Het is al de tweede keer deze week dat ik hiervoor moet bellen eigenlijk."),
        ("agent", "Dat noteer ik, zodat mijn collega's het ook kunnen zien als u nog eens belt."),
        ("customer", "Fijn, want ik wil het niet allemaal opnieuw hoeven uitleggen."),
        ("agent", "Ik vat het even samen zodat we zeker weten dat ik het goed heb begrepen."),
        ("customer", "Ja, dat klopt wat u zegt, zo is het precies gegaan."),
        ("agent", "Is er verder nog iets waarmee ik u vandaag kan helpen?"),
        ("customer", "Nee, dat was het wel, bedankt voor de hulp en een fijne dag nog."),
    ],
    "en": [
        ("agent", "Just a moment please, let me look at this in the system with you."),
        ("customer", "Sure, no problem, I can wait for a bit."),
        ("agent", "Thank you for holding, that took a little longer than I had hoped."),
        ("customer", "That is fine, I am glad I finally got someone on the line."),
        ("agent", "I completely understand, it is annoying that you had to wait so long today."),
        ("customer", "It is actually the second time this week that I have to call about this."),
        ("agent", "I am noting that down so my colleagues can see it if you call again."),
        ("customer", "Good, because I do not want to explain everything all over again."),
        ("agent", "Let me summarise so we are sure I understood it correctly."),
        ("customer", "Yes, that is right, that is exactly how it went."),
        ("agent", "Is there anything else I can help you with today?"),
        ("customer", "No, that was it, thanks for the help and have a nice day."),
    ],
}


def generate_long(count: int, seed: int = 7, words: int = 145, **options) -> list[LabelledContact]:
    """`generate(count, seed, **options)` with each transcript grown to about `words` words."""
    rng = random.Random(seed)
    longer = []
    for item in generate(count, seed=seed, **options):
        contact = item.contact
        language = contact.language.value if contact.language is not None else "nl"
        turns = list(contact.transcript)
        talk = SMALL_TALK[language]
        start = rng.randrange(len(talk))
        index = 0
        while sum(len(turn.text.split()) for turn in turns) < words:
            speaker, text = talk[(start + index) % len(talk)]
            turns.insert(1 + index, Turn(speaker=speaker, text=text))
            index += 1
        longer.append(replace(item, contact=contact.model_copy(update={"transcript": turns})))
    return longer
