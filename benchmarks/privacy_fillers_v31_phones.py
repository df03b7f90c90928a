"""Phone and postcode writers of the `test_v31` fillers: Dutch mobiles and landlines in many groupings, read aloud
in Dutch and English, Belgian and other foreign numbers; Dutch, Belgian and German postcodes, also read aloud with
the Dutch spelling alphabet. Written from scratch by someone who never saw the redaction rules; each writer returns
exactly the value."""

from __future__ import annotations

from benchmarks import privacy_fillers_v31_pools as pools
from benchmarks.privacy_fillers_v31_numbers import V31Numbers

AREA3 = ("010", "020", "030", "040", "050", "070", "071", "072", "073", "076", "079", "024", "026", "038", "043")
AREA4 = ("0111", "0162", "0223", "0313", "0341", "0475", "0513", "0546", "0594", "0180", "0252", "0495")
FOREIGN = (
    ("+49", "DE", (3, 7)), ("+44 7", "GB", (3, 6)), ("+48", "PL", (3, 3, 3)), ("+90 5", "TR", (2, 3, 4)),
    ("+212 6", "MA", (2, 2, 2, 2)), ("+597", "SR", (3, 4)), ("+33 6", "FR", (2, 2, 2, 2)),
    ("+380", "UA", (2, 3, 2, 2)), ("+1", "US", (3, 3, 4)), ("+34 6", "ES", (2, 3, 3)),
)  # fmt: skip
PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


class V31Phones(V31Numbers):
    """Phone and postcode writers."""

    def _mobile_digits(self) -> str:
        return str(self.rng.randrange(1, 7)) + self.digits(7)

    def phone(self, lang: str) -> str:
        if self.rng.random() < 0.25:
            return self.phone_fixed(lang)
        d = self._mobile_digits()
        forms = (
            f"06-{d}", f"06 {d}", f"06{d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06-{d[:4]} {d[4:]}",
            f"+31 6 {d[:4]} {d[4:]}", f"+31(0)6-{d}", f"+316{d}", f"0031 6 {d[:2]} {d[2:5]} {d[5:]}",
            f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}", f"(06) {d}", f"06 - {d[:3]} {d[3:5]} {d[5:]}",
            f"+31 (0) 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"316{d}",
        )  # fmt: skip
        return self.pick(forms)

    def phone_fixed(self, lang: str) -> str:
        if self.rng.random() < 0.5:
            area, rest = self.pick(AREA3), self.digits(7)
            forms = (
                f"{area}-{rest}", f"{area} {rest[:3]} {rest[3:5]} {rest[5:]}", f"({area}) {rest}",
                f"+31 {area[1:]} {rest[:3]} {rest[3:]}", f"{area}{rest}", f"{area} - {rest[:3]} {rest[3:]}",
            )  # fmt: skip
        else:
            area, rest = self.pick(AREA4), self.digits(6)
            forms = (
                f"{area}-{rest}", f"{area} {rest[:2]} {rest[2:4]} {rest[4:]}", f"({area}) {rest[:3]} {rest[3:]}",
                f"+31 {area[1:]} {rest}", f"{area}{rest}", f"0031-{area[1:]}-{rest}",
            )  # fmt: skip
        return self.pick(forms)

    def phone_said(self, lang: str) -> str:
        raw = "06" + self._mobile_digits() if self.rng.random() < 0.8 else self.pick(AREA3) + self.digits(7)
        if lang == "en":
            words = ["oh" if d == "0" else pools.DIGITS_EN[int(d)] for d in raw]
            return " ".join(words[:2]) + ", " + " ".join(words[2:6]) + ", " + " ".join(words[6:])
        if self.rng.random() < 0.5:
            return " ".join(pools.DIGITS_NL[int(d)] for d in raw)
        pairs = [raw[i : i + 2] for i in range(0, len(raw), 2)]
        said = []
        for pair in pairs:
            if pair[0] == "0":
                said.append("nul " + pools.DIGITS_NL[int(pair[1])])
            else:
                said.append(pair)
        return ", ".join(said)

    def phone_be(self, lang: str) -> str:
        if self.rng.random() < 0.6:
            d = self.pick(("47", "48", "49")) + self.digits(7)
            return self.pick((f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                              f"0{d[:3]}/{d[3:5]}.{d[5:7]}.{d[7:]}", f"0032{d}"))  # fmt: skip
        zone, rest = self.pick(("03", "09", "011", "014", "016", "050")), self.digits(6)
        return self.pick((f"{zone}/{rest[:3]} {rest[3:]}", f"+32 {zone[1:]} {rest[:2]} {rest[2:4]} {rest[4:]}"))

    def phone_abroad(self, lang: str) -> str:
        prefix, _, groups = self.pick(FOREIGN)
        lead = str(self.rng.randrange(1, 10))
        return prefix + " " + lead + " ".join(self.digits(size) for size in groups)[1:]

    # postcodes
    def _pc(self) -> tuple[str, str]:
        letters = self.pick(PC_LETTERS) + self.pick(PC_LETTERS)
        while letters in ("SS", "SD", "SA"):
            letters = self.pick(PC_LETTERS) + self.pick(PC_LETTERS)
        return str(self.rng.randrange(1000, 10000)), letters

    def postcode(self, lang: str) -> str:
        number, letters = self._pc()
        style = self.rng.random()
        if style < 0.5:
            return f"{number} {letters}"
        if style < 0.72:
            return number + letters
        if style < 0.84:
            return f"{number} {letters.lower()}"
        if style < 0.92:
            return f"{number}-{letters}"
        return f"{number}  {letters}"

    def postcode_said(self, lang: str) -> str:
        number, letters = self._pc()
        if self.rng.random() < 0.5:
            head = f"{number[:2]} {number[2:]}"
        else:
            head = " ".join(pools.DIGITS_NL[int(d)] for d in number)
        spelled = " ".join(f"{ch} van {pools.ALPHA_NL.get(ch, ch)}" for ch in letters)
        return self.pick((f"{head}, {spelled}", f"{head} {letters}", f"{number}, {spelled}"))

    def postcode_be(self, lang: str) -> str:
        number = str(self.rng.randrange(1000, 10000))
        return self.pick((number, f"B-{number}", f"B {number}", f"BE-{number}"))

    def postcode_de(self, lang: str) -> str:
        number = f"{self.rng.randrange(1067, 99999):05d}"
        return self.pick((number, f"D-{number}", f"DE-{number}"))
