# Properties of a seeded random sample of code points (expected values blessed from CPython).
import random
import unicodedata as ud

rnd = random.Random(20240615)
points = set()
while len(points) < 2500:
    cp = rnd.randrange(0x110000)
    if 0xD800 <= cp <= 0xDFFF:
        continue
    points.add(cp)
# Weight the sample towards the interesting planes.
while len(points) < 5000:
    cp = rnd.randrange(0x30000)
    if 0xD800 <= cp <= 0xDFFF:
        continue
    points.add(cp)

for cp in sorted(points):
    ch = chr(cp)
    print("%X" % cp, ud.category(ch), ud.bidirectional(ch) or "-", ud.combining(ch),
          ud.east_asian_width(ch), ud.mirrored(ch), ud.decomposition(ch) or "-",
          ud.decimal(ch, "-"), ud.digit(ch, "-"), ud.numeric(ch, "-"), ud.name(ch, "-"),
          "".join("1" if ud.is_normalized(f, ch) else "0" for f in ("NFC", "NFD", "NFKC", "NFKD")),
          ascii(ud.normalize("NFKD", ch)))

# Random strings built from combining marks, jamo and precomposed letters.
pool = list(range(0x300, 0x370)) + list(range(0x1100, 0x1176)) + list(range(0x11A8, 0x11C3)) \
    + list(range(0xC0, 0x180)) + list(range(0x1E00, 0x1F00)) + [0xAC00, 0xAC1C, 0xD7A3, 0x41, 0x61, 0x3099, 0x309A, 0x304B, 0x30CF]
for i in range(400):
    s = "".join(chr(rnd.choice(pool)) for _ in range(rnd.randint(1, 6)))
    print(ascii(s), " ".join(ascii(ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")),
          "".join("1" if ud.is_normalized(f, s) else "0" for f in ("NFC", "NFD", "NFKC", "NFKD")))

# Names looked up back.
named = [cp for cp in sorted(points) if ud.name(chr(cp), None)]
print(len(named), sum(1 for cp in named if ud.lookup(ud.name(chr(cp))) == chr(cp)))
