# name() and lookup(): table names, algorithmic names, aliases and named sequences.
import unicodedata

for ch in ["a", "\u00e9", "\u03bb", "\u20ac", "\U0001f600", "\u4e00", "\U0002a700",
           "\U0003134a", "\uac00", "\uac01", "\ud7a3", "\uc544", "\uf900", "\ufa6d",
           "\U00018b00", "\U0001b170", "\u2f00", "\u0301", "\ufeff", " ", "~"]:
    print("U+%04X" % ord(ch), unicodedata.name(ch))

for ch in ["\x00", "\x1f", "\x80", "\ue000", "\u0378", "\U00017000", "\U000187f7", "\uffff"]:
    print("U+%04X" % ord(ch), unicodedata.name(ch, "<none>"), unicodedata.name(ch, None))
    try:
        unicodedata.name(ch)
    except ValueError as e:
        print("  ValueError", e)

queries = [
    "LATIN SMALL LETTER A", "latin small letter e with acute", "Greek Small Letter Lamda",
    "EURO SIGN", "GRINNING FACE", "SNOWMAN", "CJK UNIFIED IDEOGRAPH-4E00",
    "CJK UNIFIED IDEOGRAPH-20000", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4e00",
    "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-", "cjk unified ideograph-4e00",
    "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE GGAG", "HANGUL SYLLABLE A",
    "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE PWIH", "hangul syllable ga", "HANGUL SYLLABLE",
    "HANGUL SYLLABLE XYZ", "HANGUL SYLLABLE GAGX",
    "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
    "NUSHU CHARACTER-1B170", "KHITAN SMALL SCRIPT CHARACTER-18B00", "TANGUT IDEOGRAPH-17000",
    "NUL", "NULL", "BYTE ORDER MARK", "LINE FEED", "lf", "ZWJ", "VS16", "DEL",
    "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN",
    "latin small letter a ", " LATIN SMALL LETTER A", "LATIN_SMALL_LETTER_A", "", "NO SUCH THING",
    "\u00c4B", "LATIN SMALL LETTER A\x00", "x" * 256, "x" * 257,
]
for q in queries:
    try:
        r = unicodedata.lookup(q)
        print(repr(q[:50]), "->", ascii(r), len(r))
    except KeyError as e:
        print(repr(q[:50]), "KeyError", str(e)[:80])

for q in [b"LATIN SMALL LETTER B", b"nul", b"\xc3\x84", b"zz"]:
    try:
        print(q, ascii(unicodedata.lookup(q)))
    except KeyError as e:
        print(q, "KeyError", e)

# Round trips over whole ranges.
bad = 0
count = 0
lower_fail = 0
for cp in list(range(0x20, 0x3000)) + list(range(0xAC00, 0xAD00)) + list(range(0x1F300, 0x1F700)):
    ch = chr(cp)
    n = unicodedata.name(ch, None)
    if n is None:
        continue
    count += 1
    if unicodedata.lookup(n) != ch:
        bad += 1
    try:
        unicodedata.lookup(n.lower())
    except KeyError:
        lower_fail += 1
print("round trips", count, "bad", bad, "lowercase refused", lower_fail)
print(sum(1 for cp in range(0xAC00, 0xD7A4) if unicodedata.lookup(unicodedata.name(chr(cp))) == chr(cp)))
