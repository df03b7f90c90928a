"""Code writers of the `test_v33` split: postcodes (NL, BE, DE, GB; written and read aloud), licence plates (Dutch
side codes 1 to 14, Belgian, German) and customer, member and volunteer numbers of the split's frames. Written from
scratch by someone who never saw the redaction rules; no code was taken from the fillers of an earlier split."""

from __future__ import annotations

from benchmarks.privacy_fillers_v33_numbers import EN_WORDS, NL_WORDS, nl_number
from benchmarks.privacy_fillers_v33_phones import V33Phones

POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDE_CODES = (
    "LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9",
    "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9",
)  # fmt: skip
SPELLING_NL = {"A": "Anton", "B": "Bernard", "C": "Cornelis", "D": "Dirk", "E": "Eduard", "G": "Gerard",
               "H": "Hendrik", "J": "Johannes", "K": "Karel", "L": "Lodewijk", "M": "Maria", "N": "Nico",
               "P": "Pieter", "R": "Rudolf", "S": "Simon", "T": "Teunis", "V": "Victor", "W": "Willem",
               "X": "Xantippe", "Z": "Zaandam"}  # fmt: skip
DE_DISTRICTS = ("KLE", "BOR", "WES", "AC", "D", "K", "MS", "EMS", "VIE", "NOH")


class V33Codes(V33Phones):
    # postcodes
    def _nl_code(self) -> tuple[str, str]:
        letters = self.pick(POSTCODE_LETTERS) + self.pick(POSTCODE_LETTERS)
        while letters in ("SA", "SD", "SS"):
            letters = self.pick(POSTCODE_LETTERS) + self.pick(POSTCODE_LETTERS)
        return str(self.rng.randrange(1011, 9999)), letters

    def postcode(self, lang: str) -> str:
        digits, letters = self._nl_code()
        style = self.rng.randrange(8)
        if style in (0, 1, 2):
            return f"{digits} {letters}"
        if style == 3:
            return f"{digits}{letters}"
        if style == 4:
            return f"{digits}{letters.lower()}"
        if style == 5:
            return f"{digits} {letters.lower()}"
        if style == 6:
            return f"{digits}-{letters}"
        return f"{digits}  {letters}"

    def postcode_said(self, lang: str) -> str:
        digits, letters = self._nl_code()
        if lang == "nl":
            number = (
                f"{nl_number(int(digits[:2]))} {nl_number(int(digits[2:]))}"
                if self.chance(0.5) and digits[2] != "0"
                else " ".join(NL_WORDS[int(d)] for d in digits)
            )
            said = " ".join(f"{ch} van {SPELLING_NL[ch]}" for ch in letters) if self.chance(0.5) else " ".join(letters)
            return f"{number} {said}"
        return " ".join(EN_WORDS[int(d)] for d in digits) + ", " + " ".join(letters)

    def postcode_be(self, lang: str) -> str:
        code = str(self.rng.randrange(1000, 9992))
        return self.pick((code, code, f"B-{code}", f"BE-{code}", f"B {code}"))

    def postcode_de(self, lang: str) -> str:
        code = f"{self.rng.randrange(40000, 53999)}"
        return self.pick((code, code, f"D-{code}", f"DE {code}"))

    def postcode_gb(self, lang: str) -> str:
        area = self.pick(("LS", "M", "BS", "EH", "G", "NE", "SW", "CB", "RG"))
        return f"{area}{self.rng.randrange(1, 20)} {self.rng.randrange(1, 10)}{self.pick('ABDEFHJLNPRSTUWXY')}" + (
            self.pick("ABDEFHJLNPRSTUWXY")
        )

    def postcode_any(self, lang: str) -> str:
        return self.postcode_be(lang) if self.chance(0.25) else self.postcode(lang)

    # plates
    def plate(self, lang: str) -> str:
        shape = self.pick(SIDE_CODES)
        raw = "".join(
            self.pick(PLATE_LETTERS) if ch == "L" else str(self.rng.randrange(n == 0, 10)) if ch == "9" else "-"
            for n, ch in enumerate(shape)
        )
        style = self.rng.randrange(6)
        if style == 1:
            return raw.replace("-", "")
        if style == 2:
            return raw.lower()
        if style == 3:
            return raw.replace("-", " ")
        return raw

    def plate_be(self, lang: str) -> str:
        letters = "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        lead, tail = str(self.rng.randrange(1, 3)), self.digits(3)
        return self.pick((f"{lead}-{letters}-{tail}", f"{lead}{letters}{tail}", f"{lead} {letters.lower()} {tail}"))

    def plate_de(self, lang: str) -> str:
        district = self.pick(DE_DISTRICTS)
        letters = "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(self.rng.randrange(1, 3)))
        number = str(self.rng.randrange(1, 9999)) + self.pick(("", "", "", "E", "H"))
        return self.pick(
            (f"{district}-{letters} {number}", f"{district} {letters} {number}", f"{district}-{letters}{number}")
        )

    def plate_any(self, lang: str) -> str:
        roll = self.rng.random()
        return self.plate_be(lang) if roll < 0.15 else self.plate_de(lang) if roll < 0.25 else self.plate(lang)

    # customer, member and volunteer numbers
    def customer_number(self, lang: str) -> str:
        return self.pick(
            (
                self.digits(8),
                f"KN-{self.digits(7)}",
                f"CU {self.digits(4)} {self.digits(4)}",
                f"{self.rng.randrange(10, 99)}.{self.digits(3)}.{self.digits(3)}",
                f"K{self.digits(6)}",
                f"klant-{self.digits(6)}",
            )
        )

    def customer_number_hospice(self, lang: str) -> str:
        return self.pick(
            (
                f"VRW-2026-{self.digits(4)}",
                f"vw{self.digits(4)}",
                f"HV{self.digits(5)}",
                f"VR {self.digits(2)}-{self.digits(3)}",
                f"vrijw.{self.digits(4)}",
            )
        )

    def customer_number_shop(self, lang: str) -> str:
        return self.pick(
            (
                f"SPN{self.digits(7)}",
                f"spn-{self.digits(7)}",
                f"FIT {self.digits(2)} {self.digits(2)} {self.digits(2)}",
                f"ACC-{self.digits(3)}-{self.digits(4)}",
                f"A{self.digits(8)}",
                f"PWR{self.digits(5)}NL",
            )
        )

    def customer_number_clock(self, lang: str) -> str:
        return self.pick(
            (
                f"KM-{self.digits(5)}",
                f"km{self.digits(5)}",
                f"UW {self.digits(3)}-{self.digits(3)}",
                f"TIK{self.digits(4)}",
                f"C-{self.digits(2)}/{self.digits(4)}",
            )
        )

    def customer_number_sail(self, lang: str) -> str:
        return self.pick(
            (
                f"ZM-{self.rng.randrange(18, 27)}-{self.digits(4)}",
                f"zm{self.digits(6)}",
                f"SAIL-{self.digits(6)}",
                f"Z {self.digits(3)} {self.digits(3)}",
                f"{self.digits(4)}-ZL",
            )
        )

    def customer_number_party(self, lang: str) -> str:
        return self.pick(
            (
                f"VH-{self.rng.randrange(20, 27)}-{self.digits(4)}",
                f"PRT{self.digits(6)}",
                f"prt {self.digits(3)} {self.digits(3)}",
                f"H{self.digits(2)}-{self.digits(4)}",
                f"JUMP-{self.digits(5)}",
            )
        )

    def customer_number_clay(self, lang: str) -> str:
        return self.pick(
            (
                f"KA-{self.digits(4)}",
                f"LID {self.rng.randrange(2019, 2027)}-{self.digits(3)}",
                f"ka{self.digits(4)}",
                f"CLAY{self.digits(5)}",
                f"CS-{self.digits(3)}-{self.pick('ABCDEF')}",
            )
        )
