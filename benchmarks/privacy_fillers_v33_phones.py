"""Phone writers of the `test_v33` split: Dutch mobiles in many groupings, landlines with 3- and 4-digit area
codes, numbers read aloud in Dutch and English, Belgian gsm and zone numbers and numbers from abroad. Written from
scratch by someone who never saw the redaction rules; no code was taken from the fillers of an earlier split."""

from __future__ import annotations

from benchmarks.privacy_fillers_v33_numbers import EN_WORDS, NL_WORDS, V33Numbers, nl_number

AREA_CODES = ("020", "010", "030", "070", "040", "050", "024", "0412", "0318", "0575", "0513", "0111", "0229", "0546")


class V33Phones(V33Numbers):
    # phones
    def _mobile(self) -> str:
        rest = str(self.rng.randrange(1, 7)) + self.digits(7)
        style = self.rng.randrange(12)
        forms = [
            f"06{rest}",
            f"06-{rest}",
            f"06 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}",
            f"06 {rest[:3]} {rest[3:6]} {rest[6:]}",
            f"+316{rest}",
            f"+31 6 {rest[:4]} {rest[4:]}",
            f"+31(0)6-{rest}",
            f"0031 6 {rest}",
            f"06.{rest[:2]}.{rest[2:4]}.{rest[4:6]}.{rest[6:]}",
            f"06 - {rest[:4]} {rest[4:]}",
            f"+31 (0) 6 {rest[:2]} {rest[2:5]} {rest[5:]}",
            f"06{rest[:2]} {rest[2:5]} {rest[5:]}",
        ]
        return forms[style]

    def phone_fixed(self, lang: str) -> str:
        area = self.pick(AREA_CODES)
        rest = str(self.rng.randrange(2, 10)) + self.digits(9 - len(area))
        style = self.rng.randrange(7)
        if style == 0:
            return f"{area}-{rest}"
        if style == 1:
            return f"{area} {rest}"
        if style == 2:
            return f"({area}) {rest[:3]} {rest[3:]}"
        if style == 3:
            return f"+31 {area[1:]} {rest}"
        if style == 4:
            return f"{area}{rest}"
        if style == 5:
            return f"{area} - {' '.join(rest[i : i + 2] for i in range(0, len(rest), 2))}"
        return f"0031{area[1:]}{rest}"

    def phone(self, lang: str) -> str:
        return self._mobile() if self.chance(0.72) else self.phone_fixed(lang)

    def phone_said(self, lang: str) -> str:
        raw = "06" + str(self.rng.randrange(1, 7)) + self.digits(7)
        if lang == "nl":
            if self.chance(0.5):
                return " ".join(NL_WORDS[int(d)] for d in raw)
            return "nul zes, " + ", ".join(nl_number(int(raw[i : i + 2])) for i in (2, 4, 6, 8))
        said = ["oh" if d == "0" else EN_WORDS[int(d)] for d in raw]
        return " ".join(said[:2]) + ", " + " ".join(said[2:])

    def phone_be(self, lang: str) -> str:
        if self.chance(0.6):
            rest = self.pick(("470", "472", "475", "486", "494", "498")) + self.digits(6)
            return self.pick(
                (
                    f"0{rest[:3]} {rest[3:5]} {rest[5:7]} {rest[7:]}",
                    f"0{rest[:3]}/{rest[3:]}",
                    f"+32 {rest[:3]} {rest[3:5]} {rest[5:7]} {rest[7:]}",
                    f"0{rest[:3]}.{rest[3:6]}.{rest[6:]}",
                )
            )
        zone = self.pick(("09", "03", "014", "016", "053"))
        rest = str(self.rng.randrange(2, 10)) + self.digits(6 if len(zone) == 2 else 5)
        if len(zone) == 2:
            return self.pick(
                (
                    f"{zone} {rest[:3]} {rest[3:5]} {rest[5:]}",
                    f"{zone}/{rest[:3]}.{rest[3:5]}.{rest[5:]}",
                    f"+32 (0){zone[1:]} {rest}",
                )
            )
        return self.pick(
            (
                f"{zone} {rest[:2]} {rest[2:4]} {rest[4:]}",
                f"{zone}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                f"+32 {zone[1:]} {rest}",
            )
        )

    def phone_abroad(self, lang: str) -> str:
        return self.pick(
            (
                f"+49 {self.pick(('151', '160', '172'))} {self.digits(7)}",
                f"0049 2821 {self.digits(5)}",
                f"+44 7{self.digits(3)} {self.digits(6)}",
                f"+44 (0)20 {self.digits(4)} {self.digits(4)}",
                f"+33 6 {self.digits(2)} {self.digits(2)} {self.digits(2)} {self.digits(2)}",
                f"+90 5{self.digits(2)} {self.digits(3)} {self.digits(2)} {self.digits(2)}",
                f"+212 6{self.digits(2)}-{self.digits(6)}",
                f"+597 8{self.digits(2)}-{self.digits(4)}",
                f"+48 {self.digits(3)} {self.digits(3)} {self.digits(3)}",
                f"+5999 5{self.digits(2)} {self.digits(4)}",
                f"+1 (617) {self.digits(3)}-{self.digits(4)}",
                f"+40 7{self.digits(2)} {self.digits(3)} {self.digits(3)}",
            )
        )
