"""Code writers of the `test_v32` split: phone numbers (NL mobiles and landlines, Belgian, foreign, read aloud),
postcodes (NL, BE, DE, GB, read aloud with the Dutch spelling alphabet), licence plates (Dutch side codes 1 to 14,
Belgian, German) and the customer, pupil, hirer, dog-card, contract and member numbers of its frames. Written from
scratch by someone who never saw the redaction rules; no code was taken from an earlier split."""

from __future__ import annotations

from benchmarks.privacy_fillers_v32_numbers import V32Numbers, groups, nl_words

AREA_3 = ("010", "020", "030", "040", "050", "070", "071", "073", "076", "079", "024", "026", "043", "045", "058")
AREA_4 = ("0113", "0165", "0223", "0251", "0294", "0314", "0344", "0475", "0513", "0546", "0591", "0172", "0418")
SPELL = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak Johannes Karel Lodewijk Maria Nico Otto "
        "Pieter Quotiënt Richard Simon Theodoor Utrecht Victor Willem Xantippe Ypsilon Zaandam".split(),
        strict=True,
    )
)
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDECODES = (
    "LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9",
    "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9",
)  # fmt: skip
DE_AREAS = ("KLE", "BOR", "WES", "EMS", "MS", "AC", "HH", "B", "D", "K", "GE", "VIE")


class V32Codes(V32Numbers):
    # customer, pupil, hirer, dog-card, contract and member numbers
    def customer_number(self, lang: str) -> str:
        return self.pick(
            (
                f"K-{self.num(7)}",
                self.num(9),
                f"CN {self.num(2)} {self.num(3)} {self.num(3)}",
                f"{self.num(3)}-{self.num(4)}-{self.num(2)}",
                f"KL{self.num(6)}",
                f"c{self.num(8)}",
            )
        )

    def customer_number_music(self, lang: str) -> str:
        return self.pick(
            (
                f"MSA-{self.num(5)}",
                f"LL{self.num(2)}/{self.num(4)}",
                f"ms{self.num(7)}",
                f"PL {self.num(4)}-{self.num(2)}",
                f"MUZ{self.num(6)}",
            )
        )

    def customer_number_car(self, lang: str) -> str:
        return self.pick(
            (
                f"TA-{self.num(2)}-{self.num(4)}",
                f"HRD{self.num(5)}",
                f"ta{self.num(6)}",
                f"H {self.num(3)} {self.num(3)}",
                f"WED-{self.num(4)}-{self.pick('ABCDEFGH')}",
            )
        )

    def customer_number_dog(self, lang: str) -> str:
        return self.pick(
            (
                f"TS-{self.num(4)}",
                f"HK {self.num(2)}-{self.num(4)}",
                f"trim{self.num(5)}",
                f"{self.num(4)}/{self.num(2)}",
                f"DOG{self.num(5)}",
            )
        )

    def customer_number_lift(self, lang: str) -> str:
        return self.pick(
            (
                f"TL-{self.num(7)}",
                f"SC-{self.num(2)}-{self.num(4)}",
                f"tl {self.num(3)} {self.num(4)}",
                f"{self.num(2)}.{self.num(3)}.{self.num(3)}",
                f"LIFT{self.num(6)}NL",
            )
        )

    def customer_number_farrier(self, lang: str) -> str:
        return self.pick(
            (
                f"HS-{self.num(4)}",
                f"hs{self.num(5)}",
                f"HOEF {self.num(3)}-{self.num(3)}",
                f"S{self.num(2)}-{self.num(4)}",
            )
        )

    def customer_number_costume(self, lang: str) -> str:
        return self.pick(
            (
                f"KV-{self.num(2)}-{self.num(4)}",
                f"LID-{self.num(5)}",
                f"kv{self.num(6)}",
                f"VK {self.num(4)} {self.pick('ABCDEFGH')}",
            )
        )

    # phones
    def _mobile(self) -> str:
        rest = self.num(8)
        forms = (
            f"06-{rest}",
            f"06 {groups(rest, (2, 2, 2, 2), ' ')}",
            f"06 {rest[:4]} {rest[4:]}",
            f"06{rest}",
            f"+31 6 {rest}",
            f"+31 (0)6 {rest[:4]} {rest[4:]}",
            f"+316-{rest}",
            f"0031 6{rest}",
            f"06/{rest}",
            f"(06) {rest[:3]} {rest[3:6]} {rest[6:]}",
            f"06.{groups(rest, (2, 2, 2, 2), '.')}",
            f"+31 6 {groups(rest, (2, 2, 2, 2), ' ')}",
            f"+316{rest}",
            f"06 - {rest}",
        )
        return self.pick(forms)

    def phone(self, lang: str) -> str:
        return self._mobile() if self.rng.random() < 0.7 else self.phone_fixed(lang)

    def phone_fixed(self, lang: str) -> str:
        if self.rng.random() < 0.5:
            area, rest = self.pick(AREA_3), self.num(7)
            forms = (
                f"{area}-{rest}",
                f"{area} {rest[:3]} {rest[3:5]} {rest[5:]}",
                f"({area}) {rest[:3]} {rest[3:]}",
                f"+31 {area[1:]} {rest[:3]} {rest[3:]}",
                f"{area}{rest}",
                f"{area} - {rest[:3]} {rest[3:]}",
            )
        else:
            area, rest = self.pick(AREA_4), self.num(6)
            forms = (
                f"{area}-{rest}",
                f"{area} {groups(rest, (2, 2, 2), ' ')}",
                f"+31 (0){area[1:]} {rest[:3]} {rest[3:]}",
                f"0031 {area[1:]} {rest}",
                f"({area}) {rest}",
                f"{area}/{rest}",
            )
        return self.pick(forms)

    def phone_said(self, lang: str) -> str:
        digits = "06" + self.num(8) if self.rng.random() < 0.7 else self.pick(AREA_3) + self.num(7)
        return self.said(digits, lang)

    def phone_be(self, lang: str) -> str:
        gsm = self.pick(("470", "472", "475", "477", "484", "485", "486", "495", "498"))
        zone, rest = self.pick(("03", "09", "02", "011", "014", "050")), self.num(6)
        return self.pick(
            (
                f"0{gsm} {groups(rest, (2, 2, 2), ' ')}",
                f"+32 {gsm} {groups(rest, (2, 2, 2), ' ')}",
                f"0032 (0){gsm}/{groups(rest, (2, 2, 2), '.')}",
                f"0{gsm}/{rest}",
                f"{zone} {self.num(3 if len(zone) == 2 else 2)} {rest[:2]} {rest[2:4]}",
                f"+32 {zone[1:]} {self.num(1)}{rest[:2]} {rest[2:4]} {rest[4:]}",
                f"{zone}/{self.num(3 if len(zone) == 2 else 2)}.{rest[:2]}.{rest[2:4]}",
            )
        )

    def phone_abroad(self, lang: str) -> str:
        n = self.num
        return self.pick(
            (
                f"+49 2821 {n(6)}",
                f"0049 171 {n(7)}",
                f"+49 (0)157 {n(4)} {n(4)}",
                f"+44 7{n(3)} {n(6)}",
                f"07{n(3)} {n(6)}",
                f"+33 6 {n(2)} {n(2)} {n(2)} {n(2)}",
                f"+90 532 {n(3)} {n(2)} {n(2)}",
                f"+212 6 {n(2)} {n(2)} {n(2)} {n(2)}",
                f"+597 8{n(2)}-{n(4)}",
                f"+48 601 {n(3)} {n(3)}",
                f"+1 (212) 555-01{n(2)}",
                f"+34 6{n(2)} {n(2)} {n(2)} {n(2)}",
                f"+380 67 {n(3)} {n(4)}",
                f"+32 4{n(2)} {n(2)} {n(2)} {n(2)}",
                f"+353 87 {n(3)} {n(4)}",
            )
        )

    # postcodes
    def _pc(self) -> tuple[str, str]:
        while True:
            letters = self.pick(PLATE_LETTERS + "ACEMRTWY") + self.pick("ABCDEGHJKLMNPRSTVWXZ")
            if letters not in ("SA", "SD", "SS"):
                return str(self.rng.randrange(1000, 10000)), letters

    def postcode(self, lang: str) -> str:
        digits, letters = self._pc()
        return self.pick(
            (
                f"{digits} {letters}",
                f"{digits} {letters}",
                f"{digits}{letters}",
                f"{digits} {letters.lower()}",
                f"{digits}{letters.lower()}",
                f"{digits}-{letters}",
                f"{digits}  {letters}",
            )
        )

    def postcode_said(self, lang: str) -> str:
        digits, letters = self._pc()
        if lang != "nl":
            return " ".join(digits) + " " + " ".join(letters)
        head = self.pick(
            (
                " ".join(nl_words(int(d)) for d in digits),
                f"{nl_words(int(digits[:2]))} "
                f"{nl_words(int(digits[2:])) if digits[2] != '0' else 'nul ' + nl_words(int(digits[3]))}",
            )
        )
        tail = self.pick(
            (" ".join(letters), f"{letters[0]} van {SPELL[letters[0]]}, {letters[1]} van {SPELL[letters[1]]}")
        )
        return f"{head}, {tail}"

    def postcode_be(self, lang: str) -> str:
        code = str(self.rng.randrange(1000, 10000))
        return self.pick((code, f"B-{code}", f"B {code}", f"BE-{code}"))

    def postcode_de(self, lang: str) -> str:
        code = f"{self.rng.randrange(10000, 99999)}"
        return self.pick((code, f"D-{code}", f"DE-{code}"))

    def postcode_gb(self, lang: str) -> str:
        return f"{self.pick(('LS', 'BS', 'M', 'EH', 'CF', 'NR', 'YO', 'OX'))}{self.rng.randrange(1, 20)} " + (
            f"{self.rng.randrange(1, 10)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
        )

    # plates
    def _plate_nl(self) -> str:
        shape = self.pick(SIDECODES)
        text = "".join(
            self.pick(PLATE_LETTERS) if ch == "L" else str(self.rng.randrange(10)) if ch == "9" else ch for ch in shape
        )
        style = self.rng.randrange(7)
        if style == 4:
            return text.replace("-", "")
        if style == 5:
            return text.lower()
        if style == 6:
            return text.replace("-", " ")
        return text

    def plate(self, lang: str) -> str:
        return self._plate_nl()

    def plate_be(self, lang: str) -> str:
        body = (
            f"{self.rng.randrange(1, 3)}{''.join(self.pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{self.num(3)}"
        )
        return self.pick((f"{body[0]}-{body[1:4]}-{body[4:]}", body, f"{body[0]} {body[1:4]} {body[4:]}"))

    def plate_de(self, lang: str) -> str:
        area = self.pick(DE_AREAS)
        mid = "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(self.rng.randrange(1, 3)))
        tail = str(self.rng.randrange(1, 10000)) + self.pick(("", "", "", "E", "H"))
        return self.pick((f"{area}-{mid} {tail}", f"{area} {mid} {tail}", f"{area}-{mid}{tail}"))

    def plate_any(self, lang: str) -> str:
        return self.pick((self.plate, self.plate, self.plate_be, self.plate_de))(lang)
