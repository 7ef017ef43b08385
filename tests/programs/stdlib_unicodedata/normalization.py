# normalize() and is_normalized() on realistic text, round trips and corner cases.
import unicodedata

FORMS = ("NFC", "NFD", "NFKC", "NFKD")

texts = [
    "caf\u00e9", "cafe\u0301", "na\u00efve r\u00e9sum\u00e9", "Stra\u00dfe", "\u00c5ngstr\u00f6m",
    "\u212bngstr\u00f6m", "\ufb01nance \ufb02y", "x\u00b2 + y\u00b3 = z\u2074", "\u2460\u2461\u2462",
    "\u00bd cup", "\u2163 Henry", "\uff28\uff45\uff4c\uff4c\uff4f", "\uff76\uff9e", "\u30ab\u3099",
    "\ud55c\uad6d\uc5b4", "\u1112\u1161\u11ab\u1100\u116e\u11a8", "\u1100\u1161\u11a8\u11a8",
    "\u0391\u0301\u03b8\u03ae\u03bd\u03b1", "\u1f71\u1fbb\u1fbe", "\u0386\u0388",
    "\u0415\u0308\u043b\u043a\u0430 \u0439", "\u0928\u093c \u0929", "\u0b47\u0b3e \u0b4b",
    "a\u0328\u0301", "a\u0301\u0328", "e\u0302\u0323", "e\u0323\u0302", "\u1ec7",
    "q\u0307\u0323", "\u0344", "\u0958", "\U0001d15e", "\u2126 \u03a9", "\u00c7\u0301",
    "\u0041\u030a\u0301", "\u1e0b\u0323", "\u1e0d\u0307", "\u0073\u0323\u0307",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f44d\U0001f3fd", "\u2028\t\u00a0\u3000",
    "\u0301abc", "\u0301\u0300", "", "plain ascii text", "\u1100\u1161\u0300\u11a8",
    "\uac00\u11a8", "\uac01\u11a8", "\u1100\u1176", "\ufdfa", "\u3392 \u33a1 \u2103",
]
for t in texts:
    row = [ascii(unicodedata.normalize(f, t)) for f in FORMS]
    flags = "".join("1" if unicodedata.is_normalized(f, t) else "0" for f in FORMS)
    print(ascii(t), flags, " ".join(row))

# Stability and round trips.
bad = 0
for t in texts:
    nfc = unicodedata.normalize("NFC", t)
    nfd = unicodedata.normalize("NFD", t)
    nfkc = unicodedata.normalize("NFKC", t)
    nfkd = unicodedata.normalize("NFKD", t)
    checks = [
        unicodedata.normalize("NFC", nfd) == nfc,
        unicodedata.normalize("NFD", nfc) == nfd,
        unicodedata.normalize("NFKC", nfkd) == nfkc,
        unicodedata.normalize("NFKD", nfkc) == nfkd,
        unicodedata.normalize("NFC", nfkc) == nfkc,
        unicodedata.normalize("NFKD", nfd) == nfkd,
        all(unicodedata.is_normalized(f, unicodedata.normalize(f, t)) for f in FORMS),
    ]
    if not all(checks):
        bad += 1
        print("unstable:", ascii(t), checks)
print("stability failures:", bad)

# Every precomposed Latin letter decomposes and recomposes.
latin = [chr(c) for c in range(0xC0, 0x250) if unicodedata.decomposition(chr(c)) and not unicodedata.decomposition(chr(c)).startswith("<")]
print(len(latin), all(unicodedata.normalize("NFC", unicodedata.normalize("NFD", c)) == c for c in latin))

# Hangul: all syllables round trip through jamo.
n = 0
for cp in range(0xAC00, 0xD7A4, 37):
    s = chr(cp)
    d = unicodedata.normalize("NFD", s)
    assert len(d) in (2, 3), d
    assert unicodedata.normalize("NFC", d) == s
    n += 1
print("hangul checked", n)

# Strip accents the usual way.
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
print(strip_accents("Cr\u00e8me br\u00fbl\u00e9e \u00e0 la fran\u00e7aise, \u0160koda, \u0141\u00f3d\u017a"))

# Case-insensitive comparison.
def same(a, b):
    return unicodedata.normalize("NFKC", a.casefold()) == unicodedata.normalize("NFKC", b.casefold())
print(same("Stra\u00dfe", "STRASSE"), same("\ufb01le", "FILE"), same("\u212b", "\u00e5"), same("abc", "abd"))

# Identity of already normalized results.
s = "already normal \u00e9"
print(unicodedata.normalize("NFC", s) == s, unicodedata.normalize("NFC", "") == "")
long_text = ("\u00c9t\u00e9 \u00e0 Z\u00fcrich, " * 200)
print(len(unicodedata.normalize("NFD", long_text)), unicodedata.is_normalized("NFC", long_text),
      unicodedata.is_normalized("NFD", long_text))
