"""Phone writers of the `test_v30` fillers: Dutch mobiles in a dozen groupings (06, +31, +316, 0031, +31 (0)6,
(06), dots), landlines with three- and four-digit area codes, numbers read aloud in Dutch (digits or pairs:
'nul zes, tweeënvijftig, ...') and English ('oh six ...'), Belgian gsm and landlines with slash and dots, and
numbers from Belgium, Germany, the UK, Poland, Turkey, Morocco, Suriname, Curaçao, Romania, Ukraine and France.
Written from scratch by someone who never saw the redaction rules."""

from __future__ import annotations

from benchmarks import privacy_fillers_v30_pools as pools
from benchmarks.privacy_fillers_v30_numbers import V30Numbers, in_groups


class V30Phones(V30Numbers):
    """The phone half of `FillersV30`."""

    def _mobile_digits(self) -> str:
        return self.pick("123456") + self.digits(7)

    def phone(self, lang: str) -> str:
        if self.odds(0.25):
            return self.phone_fixed(lang)
        d = self._mobile_digits()
        pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
        return self.pick(
            (
                f"06-{d}",
                f"06 {d[:4]} {d[4:]}",
                f"06{d}",
                f"06 - {pairs}",
                f"+31 6 {d}",
                f"+31 (0)6 {d[:4]} {d[4:]}",
                f"+316{d}",
                f"0031 6 {d[:2]} {d[2:5]} {d[5:]}",
                f"(06) {d}",
                f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
                f"+31 6 {pairs}",
                f"06-{d[:3]} {d[3:5]} {d[5:]}",
            )
        )

    def phone_fixed(self, lang: str) -> str:
        area = self.pick(pools.AREA_CODES)
        rest = self.digits(10 - len(area), "23456789")
        if len(rest) == 7:
            spaced = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
        else:
            spaced = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
        return self.pick(
            (
                f"{area}-{rest}",
                f"{area} {spaced}",
                f"({area}) {rest}",
                f"{area} - {rest}",
                f"+31 {area[1:]} {rest}",
                f"+31 (0){area[1:]} {spaced}",
                f"{area}{rest}",
            )
        )

    def phone_said(self, lang: str) -> str:
        d = "06" + self._mobile_digits() if self.odds(0.7) else self.pick(pools.AREA_CODES)
        d = d if len(d) == 10 else d + self.digits(10 - len(d), "23456789")
        if lang != "nl":
            words = [pools.ENGLISH_DIGITS[int(ch)] for ch in d]
            return " ".join(words) if self.odds(0.5) else ", ".join(" ".join(words[i : i + 3]) for i in (0, 3, 6))
        if self.odds(0.5):
            return " ".join(pools.DUTCH_DIGITS[int(ch)] for ch in d)
        rest = ", ".join(self._number_nl(int(d[i : i + 2])) if d[i] != "0" else
                         f"nul {pools.DUTCH_DIGITS[int(d[i + 1])]}" for i in range(2, 10, 2))  # fmt: skip
        return f"nul zes, {rest}" if d.startswith("06") else f"{' '.join(pools.DUTCH_DIGITS[int(c)] for c in d)}"

    def phone_abroad(self, lang: str) -> str:
        return self.pick(
            (
                f"+32 4{self.digits(2, '5789')} {in_groups(self.digits(6), 2)}",
                f"+49 {self.pick(('151', '160', '176'))} {self.digits(8)}",
                f"+49 (0)2821 {self.digits(6, '2345')}",
                f"+44 7{self.digits(3, '4579')} {self.digits(6)}",
                f"+48 {in_groups('5' + self.digits(8), 3)}",
                f"+90 5{self.digits(2)} {self.digits(3)} {self.digits(2)} {self.digits(2)}",
                f"+212 6 {in_groups(self.digits(8), 2)}",
                f"+597 8{self.digits(2)}-{self.digits(4)}",
                f"+5999 {self.digits(3, '56')} {self.digits(4)}",
                f"+40 7{self.digits(2)} {self.digits(3)} {self.digits(3)}",
                f"+380 {self.digits(2, '69')} {self.digits(3)} {self.digits(4)}",
                f"00 33 6 {in_groups(self.digits(8), 2)}",
            )
        )

    def phone_be(self, lang: str) -> str:
        mobile = "04" + self.pick("5789") + self.digits(7)
        return self.pick(
            (
                f"{mobile[:4]} {mobile[4:6]} {mobile[6:8]} {mobile[8:]}",
                f"{mobile[:4]}/{mobile[4:6]}.{mobile[6:8]}.{mobile[8:]}",
                f"+32 {mobile[1:4]} {mobile[4:6]} {mobile[6:8]} {mobile[8:]}",
                f"0{self.pick('9323')}/{self.digits(3, '2345678')} {self.digits(2)} {self.digits(2)}",
                f"+32 (0){self.pick('9323')} {self.digits(3, '2345678')} {self.digits(2)} {self.digits(2)}",
            )
        )
