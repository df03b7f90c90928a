"""Phones, addresses and plates of test_v42's fillers: Dutch (Limburg and Brabant area codes), Belgian, German
border, Curaçao and Aruba, American and Scottish writings, each in the shapes people really type or say them."""

from __future__ import annotations

import random

from benchmarks.privacy_fillers_v42_numbers import cut, draw_digits, nl_number, say_digits, say_pairs_nl

_AREA = ("043", "045", "046", "0475", "077", "0495", "013", "073", "076", "040", "0413", "0492", "0162", "024")
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
# Dutch side codes, L a letter and N a digit; the older four are rarer on the road now.
_SIDE_CODES = (
    ("NN-LLL-N", 5), ("N-LLL-NN", 5), ("LL-NNN-L", 4), ("L-NNN-LL", 4), ("LLL-NN-L", 3), ("L-NN-LLL", 3),
    ("N-LL-NNN", 3), ("NNN-LL-N", 2), ("NN-LL-LL", 2), ("LL-LL-NN", 1), ("NN-LL-NN", 1), ("LL-NN-LL", 1),
)  # fmt: skip
_NOT_ISSUED = ("SS", "SD", "KKK", "NSB", "PVV", "GVD", "KVT", "TBS", "VVD", "SGP")
_DE_DISTRICTS = ("AC", "HS", "KLE", "BOR", "VIE", "DN", "WES", "NOH", "EMS")


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


# ---- phones
def mobile_nl(rng: random.Random) -> str:
    rest = draw_digits(rng, 8, "12345689")
    full = "06" + rest
    return _pick(
        rng,
        f"06 {cut(rest, (4,))}", f"06-{cut(rest, (2,), ' ')}", f"06/{rest}", f"0{cut(full[1:], (3,))}",
        f"+31(0){full[1:]}", f"+31 {full[1:4]} {full[4:7]} {full[7:]}", f"(+31) 6-{cut(rest, (4,))}",
        f"0031-6-{rest}", f"06 {cut(rest, (3, 3, 2))}", full,
    )  # fmt: skip


def landline_nl(rng: random.Random) -> str:
    area = rng.choice(_AREA)
    rest = draw_digits(rng, 10 - len(area), "2345678")
    widths = (3, 2, 2) if len(rest) == 7 else (2, 2, 2)
    return _pick(
        rng,
        f"{area} - {cut(rest, widths)}", f"({area}) {rest}", f"{area}/{cut(rest, widths, '.')}",
        f"{area}-{rest}", f"+31 {area[1:]} {cut(rest, widths)}", f"{area} {rest}",
    )  # fmt: skip


def phone_be(rng: random.Random) -> str:
    rest = draw_digits(rng, 6)
    prefix = rng.choice(("470", "471", "472", "475", "477", "478", "484", "486", "496", "499"))
    landline = draw_digits(rng, 7, "2345678")
    return _pick(
        rng,
        f"+32 {prefix} {cut(rest, (2,))}", f"0{prefix}/{cut(rest, (2,), '.')}", f"0032 {prefix} {cut(rest, (3,))}",
        f"0{prefix} {cut(rest, (2,))}", f"03 {cut(landline, (3, 2, 2))}", f"+32 (0)3 {landline}",
    )  # fmt: skip


def phone_de(rng: random.Random) -> str:
    mobile = rng.choice(("151", "152", "160", "170", "176", "157")) + draw_digits(rng, 8)
    city = rng.choice(("241", "2451", "2821", "2862", "5921", "2162"))
    local = draw_digits(rng, 11 - len(city), "2345679")
    return _pick(
        rng,
        f"+49 {mobile[:3]} {mobile[3:]}", f"0{mobile[:3]} {mobile[3:]}",
        f"0049 (0){mobile[:3]} {cut(mobile[3:], (4,))}", f"+49 {city} {local}", f"0{city}/{local}",
        f"0049 {city} {local}",
    )  # fmt: skip


def phone_carib(rng: random.Random) -> str:
    curacao = rng.choice("5679") + draw_digits(rng, 6)
    aruba = rng.choice(("560", "563", "593", "594", "699", "730", "740")) + draw_digits(rng, 4)
    return _pick(
        rng,
        f"+599 9 {curacao[:3]} {curacao[3:]}", f"00599 9 {curacao}", f"+5999{curacao}", f"(5999) {curacao}",
        f"+297 {aruba[:3]} {aruba[3:]}", f"+297 {aruba[:3]}-{aruba[3:]}", f"00297 {aruba}",
    )  # fmt: skip


def phone_us(rng: random.Random) -> str:
    area = rng.choice(("617", "512", "303", "206", "919", "414"))
    tail = f"01{draw_digits(rng, 2)}"  # 555-0100 to 555-0199 are set aside for fiction
    return _pick(
        rng, f"+1 ({area}) 555-{tail}", f"+1 {area} 555 {tail}", f"({area}) 555-{tail}", f"001-{area}-555-{tail}"
    )


def phone_uk(rng: random.Random) -> str:
    mobile = "7" + draw_digits(rng, 9)
    edinburgh = f"0131 496 0{draw_digits(rng, 3)}"  # the range set aside for drama
    return _pick(rng, f"+44 {mobile[:4]} {mobile[4:]}", f"0{mobile[:4]} {cut(mobile[4:], (3,))}", edinburgh)


def phone_spoken(rng: random.Random, lang: str) -> str:
    number = "06" + draw_digits(rng, 8, "12345689")
    if lang == "nl" and rng.random() < 0.35:
        return say_pairs_nl(number)
    return say_digits(number, lang, rng, pause=0.45)


# ---- postcodes
def postcode_parts(rng: random.Random) -> tuple[str, str]:
    low, high = rng.choice(((6211, 6471), (5911, 5995), (4811, 5768), (5211, 5249), (1011, 9999)))
    letters = rng.choice("ABCEGHJKLMNPRTVWXZ") + rng.choice("ABCEGHJKLMNPRTVXZ")
    return str(rng.randint(low, high)), letters


def postcode(rng: random.Random) -> str:
    digits, letters = postcode_parts(rng)
    return _pick(
        rng, f"{digits} {letters}", f"{digits}{letters}", f"{digits} {letters.lower()}", f"{digits}{letters.lower()}",
        f"{digits}-{letters}", f"{digits}  {letters}", f"{digits} {letters}",
    )  # fmt: skip


def postcode_spoken(rng: random.Random, lang: str) -> str:
    digits, letters = postcode_parts(rng)
    spelled = " ".join(letters)
    if lang == "nl" and rng.random() < 0.5:
        tail = f"nul {nl_number(int(digits[3]))}" if digits[2] == "0" else nl_number(int(digits[2:]))
        return f"{nl_number(int(digits[:2]))} {tail}, {spelled}"
    return f"{say_digits(digits, lang, rng)}, {spelled}"


# ---- addresses
def house_number(rng: random.Random) -> str:
    number = str(rng.choice((rng.randint(1, 40), rng.randint(1, 40), rng.randint(41, 260))))
    return number + _pick(rng, "", "", "", "", "a", "A", "-B", " b", "-1", " hs", " bus 2", "-III", " boven", "c")


def address_nl(rng: random.Random, street: str) -> str:
    number = house_number(rng).replace(" bus 2", "-2")
    return f"{street} {number}"


def address_words(rng: random.Random, street: str) -> str:
    return f"{street} {nl_number(rng.randint(2, 99))}"


def address_be(rng: random.Random, street: str) -> str:
    return f"{street} {rng.randint(1, 380)}" + _pick(rng, "", "", " bus 3", " bus 12", "/0101", "A")


def address_de(rng: random.Random, street: str) -> str:
    shown = street.replace("straße", "str.") if rng.random() < 0.3 else street
    return f"{shown} {rng.randint(1, 150)}" + _pick(rng, "", "", "a", " b")


def address_carib(rng: random.Random, street: str) -> str:
    return f"{street} {rng.randint(1, 99)}" + _pick(rng, "", "", "-A", " z/n", "B")


def address_us(rng: random.Random, street: str) -> str:
    return f"{rng.randint(100, 9899)} {street}" + _pick(rng, "", "", ", Apt 5B", ", Unit 12", " #304")


def address_uk(rng: random.Random, street: str) -> str:
    return _pick(rng, "Flat 2/1, ", "Flat 0/2, ", "", "") + f"{rng.randint(2, 240)} {street}"


# ---- plates
def plate_nl(rng: random.Random) -> str:
    codes = [code for code, weight in _SIDE_CODES for _ in range(weight)]
    plate = "SS"
    while any(bad in plate.replace("-", "") for bad in _NOT_ISSUED):
        plate = "".join(
            rng.choice(_PLATE_LETTERS) if c == "L" else str(rng.randint(0, 9)) if c == "N" else c
            for c in rng.choice(codes)
        )
    return _pick(rng, plate, plate, plate, plate.replace("-", ""), plate.lower(), plate.replace("-", " "))


def plate_be(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
    plate = f"{rng.choice('12')}-{letters}-{draw_digits(rng, 3)}"
    return _pick(rng, plate, plate.replace("-", ""), plate.lower())


def plate_de(rng: random.Random) -> str:
    district = rng.choice(_DE_DISTRICTS)
    letters = "".join(rng.choice("ABDEFGHKLMNPRSTUVWXZ") for _ in range(rng.choice((1, 2, 2))))
    number = str(rng.randint(1, 9999))
    return _pick(
        rng, f"{district}-{letters} {number}", f"{district} {letters} {number}", f"{district}-{letters}-{number}"
    )
