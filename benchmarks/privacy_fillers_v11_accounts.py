"""IBANs and BSNs of the `test_v11` split (`FillersV11` in `privacy_fillers_v11` adds names, e-mail and phone
numbers on top of this class; the other number-like types are in `privacy_fillers_v11_numbers`).

Written by someone who never saw the redaction rules. Formats: Dutch IBANs of the banks people use, in print
groups, in one block, with the account in one run, in lower case, with a space after 'NL'; read out by an IVR
with the bank said as a word ('rabo', 'ie en gee bee') and the digits as mistaken words; split over two chat
messages; Belgian IBANs with the national check digits (Wise's 967 among the banks), Lithuanian and Irish
(Revolut) and German ones. BSNs typed, read out with mishearings, split over two messages or a broken PDF line,
and the Belgian national register number with its check digits."""

from __future__ import annotations

from benchmarks.privacy_fillers import _bsn, _group, _iban
from benchmarks.privacy_fillers_v11_numbers import FillersV11Numbers
from benchmarks.privacy_fillers_v11_speech import asr_digits, letters_said, nl_words


class FillersV11Accounts(FillersV11Numbers):
    """IBAN and BSN fill methods."""

    # IBAN
    def _nl_iban(self) -> str:
        return _iban("NL", self.pick("bank") + self.digits(10))

    def iban(self, lang: str) -> str:
        value = self._nl_iban()
        return self.one_of(
            _group(value, [4] * 5), _group(value, [4] * 5), _group(value, [4] * 5), value, value,
            f"{value[:4]} {value[4:8]} {value[8:]}", value.lower(), f"{value[:2]} {_group(value[2:], [2, 4, 4, 4, 2])}",
        )  # fmt: skip

    def iban_words(self, lang: str) -> str:
        value = self._nl_iban()
        bank = value[4:8]
        said_bank = {"RABO": "rabo", "INGB": self.one_of("ing b", "ie en gee bee"), "ABNA": "abna"}.get(
            bank, letters_said(bank, lang)
        )
        country = self.one_of("N L", "en el") if lang == "nl" else "N L"
        check = (
            nl_words(int(value[2:4])) if lang == "nl" and value[2] != "0" else asr_digits(value[2:4], lang, self.rng)
        )
        return f"{country} {check} {said_bank} {asr_digits(value[8:], lang, self.rng)}"

    def iban_split_a(self, lang: str) -> str:
        value = self._nl_iban()
        return self._split(f"{value[:4]} {value[4:8]} {value[8:12]}", _group(value[12:], [4, 2]))

    def iban_split_b(self, lang: str) -> str:
        return self._take_rest()

    def iban_be(self, lang: str) -> str:
        base = self.one_of("001", "063", "068", "363", "735", "751", "973", "967") + self.digits(7)
        value = _iban("BE", base + f"{int(base) % 97 or 97:02d}")
        return self.one_of(_group(value, [4] * 4), _group(value, [4] * 4), value)

    def iban_foreign(self, lang: str) -> str:
        value = self.one_of(
            _iban("LT", "32500" + self.digits(11)),
            _iban("IE", "REVO" + "990369" + self.digits(8)),
            _iban("DE", self.one_of("37050198", "10011001", "12030000") + self.digits(10)),
        )
        return self.one_of(_group(value, [4] * 6), value)

    # BSN
    def bsn(self, lang: str) -> str:
        value = _bsn(self.rng)
        return self.one_of(value, value, value, _group(value, [3, 3, 3]), _group(value, [3, 3, 3], "."))

    def bsn_words(self, lang: str) -> str:
        value = _bsn(self.rng)
        if self.rng.random() < 0.5:
            return asr_digits(value, lang, self.rng)
        return ", ".join(asr_digits(value[i : i + 3], lang, self.rng) for i in range(0, 9, 3))

    def bsn_split_a(self, lang: str) -> str:
        value = _bsn(self.rng)
        cut = self.one_of(4, 5)
        return self._split(value[:cut], value[cut:])

    def bsn_split_b(self, lang: str) -> str:
        return self._take_rest()

    def bsn_be(self, lang: str) -> str:
        """The Belgian national register number (labelled BSN, as in earlier splits), with its check digits."""
        day, month, year = self._date(1940, 2005)
        serial = f"{self.rng.randint(1, 997):03d}"
        base = f"{year % 100:02d}{month:02d}{day:02d}{serial}"
        check = 97 - (int(base) + (2_000_000_000 if year >= 2000 else 0)) % 97
        value = f"{base}{check:02d}"
        return self.one_of(f"{value[:2]}.{value[2:4]}.{value[4:6]}-{value[6:9]}.{value[9:]}", value)
