"""Number words as regex alternatives, shared by the rules that read numbers out loud (dates of birth,
phone, card and account numbers, postcodes)."""

NL_UNITS = r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)"
NL_TEENS = r"(?:tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)"
NL_TENS = r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
EN_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
EN_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
EN_UNITS = rf"(?:{'|'.join(EN_UNIT_WORDS)})"
EN_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
EN_TENS = rf"(?:{'|'.join(EN_TENS_WORDS)})"
