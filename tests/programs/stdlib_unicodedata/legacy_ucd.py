# ucd_3_2_0: the Unicode 3.2 database used by IDNA (stringprep).
import unicodedata

old = unicodedata.ucd_3_2_0
print(old.unidata_version)
sample = ["a", "\u00e9", "\u0221", "\u0234", "\u20ac", "\u20b9", "\u0b72", "\u2070", "\u00b2",
          "\u1369", "\u2b50", "\u231a", "\u9fa5", "\u9fa6", "\U00020000", "\U0002a6d6",
          "\U0002a6d7", "\U0002b740", "\uac00", "\U0001f600", "\u0487", "\u05c5", "\u0f3a",
          "\u002b", "\u002d", "\u00ad", "\u1734", "\u2189", "\u3248", "\U0001d6db", "\uf900",
          "\U0002f800", "\U0002f868", "\U0002f874", "\u00a7", "\u00aa", "\u0350"]
for ch in sample:
    print("U+%04X" % ord(ch), old.category(ch), repr(old.bidirectional(ch)), old.combining(ch),
          old.east_asian_width(ch), old.mirrored(ch), repr(old.decomposition(ch)),
          old.decimal(ch, None), old.digit(ch, None), old.numeric(ch, None),
          old.name(ch, "-"), "|", unicodedata.category(ch), unicodedata.name(ch, "-"))

for q in ["LATIN SMALL LETTER A", "latin small letter a", "NUL", "BYTE ORDER MARK",
          "EURO SIGN", "INDIAN RUPEE SIGN", "GRINNING FACE", "HANGUL SYLLABLE GA",
          "CJK UNIFIED IDEOGRAPH-9FA5", "CJK UNIFIED IDEOGRAPH-9FA6", "CJK UNIFIED IDEOGRAPH-2B740",
          "NUSHU CHARACTER-1B170", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
          "CJK COMPATIBILITY IDEOGRAPH-F900"]:
    try:
        print(q, "->", ascii(old.lookup(q)))
    except KeyError as e:
        print(q, "KeyError", e)

for t in ["caf\u00e9", "cafe\u0301", "\U0002f868", "\U0002f874\u0301", "\ud55c\uae00",
          "\u1100\u1161\u11a8", "a\u05c5\u0301", "\u0b47\u0b3e", "\u1b05\u1b35", "\ufb01",
          "\u2126", "x\u0301\U0001e000\u0300"]:
    print(ascii(t), [ascii(old.normalize(f, t)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [old.is_normalized(f, t) for f in ("NFC", "NFD", "NFKC", "NFKD")])

# IDNA-style nameprep check: characters unassigned in 3.2.
unassigned = [cp for cp in range(0x0, 0x3000) if old.category(chr(cp)) == "Cn"
              and unicodedata.category(chr(cp)) != "Cn"]
print(len(unassigned), ["%04X" % c for c in unassigned[:10]])
