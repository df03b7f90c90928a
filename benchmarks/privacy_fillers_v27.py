"""Fillers of the `test_v27` split. Its author reused `test_v26`'s value writers (`FillersV26`), with pools and
formats of their own (`privacy_fillers_v27_pools`), other tags in e-mail addresses, and one form more: a date
of birth as a Dutch ID card prints it.
"""

from __future__ import annotations

from benchmarks import privacy_fillers_v27_pools
from benchmarks.privacy_fillers_v26 import FillersV26


class FillersV27(FillersV26):
    pools = privacy_fillers_v27_pools
    MAIL_TAGS = ("was", "tennis", "info")

    def dob_id(self, lang: str) -> str:
        """As a Dutch ID card or passport prints it, read by OCR: '14 MAA/MAR 1985', '14 MAA/MAR 1985'."""
        y, m, d = self._ymd(1950, 2005)
        nl = "JAN FEB MAA APR MEI JUN JUL AUG SEP OKT NOV DEC".split()[m - 1]
        en = self.pools.MONTHS["en_short"][m - 1].upper()
        return self.one_of(f"{d:02d} {nl}/{en} {y}", f"{d:02d} {nl}/{en} {y}", f"{d:02d} {nl} {en} {y}",
                           f"{d:02d}.{m:02d}.{y}")  # fmt: skip
