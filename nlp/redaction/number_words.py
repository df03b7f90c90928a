"""Number words as regex alternatives, shared by the rules that read numbers out loud (dates of birth,
phone, card and account numbers, postcodes)."""

NL_UNITS = r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)"
NL_TEENS = r"(?:tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)"
NL_TENS = r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
EN_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
EN_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
EN_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
