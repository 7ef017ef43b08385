# decimal(), digit() and numeric() across scripts.
import unicodedata

chars = ["0", "7", "\u0661", "\u06f9", "\u0966", "\u09ea", "\u0e53", "\u1045", "\uff18",
         "\U0001d7d8", "\U000104a3", "\u00b2", "\u00b9", "\u2074", "\u2081", "\u2460", "\u2473",
         "\u24ea", "\u2776", "\u00bd", "\u00bc", "\u00be", "\u2153", "\u2155", "\u215f",
         "\u2189", "\u2160", "\u216b", "\u216f", "\u2182", "\u3007", "\u4e00", "\u4e8c",
         "\u4e07", "\u5146", "\u5104", "\U00016b61", "\U0001f10c", "\u0bf1", "\u0f33",
         "\U00012432", "a", "X", "\u00e9", " ", "\u2150", "\u0d73", "\U0001ecb4"]
for ch in chars:
    print("U+%04X" % ord(ch),
          unicodedata.decimal(ch, None),
          unicodedata.digit(ch, None),
          unicodedata.numeric(ch, None))

for fn, msg in ((unicodedata.decimal, "decimal"), (unicodedata.digit, "digit"),
                (unicodedata.numeric, "numeric")):
    for ch in ["a", "\u00bd", "\u00b2", "\u2160"]:
        try:
            print(msg, ascii(ch), fn(ch))
        except ValueError as e:
            print(msg, ascii(ch), "ValueError", e)
    print(msg, fn("x", -1), fn("x", "dflt"), fn("5", 99))

# Sum a string of mixed-script digits.
text = "1\u0662\u0663\u0664\u06f5\u0966\u0e57\uff18\U0001d7eb"
print(sum(unicodedata.decimal(c) for c in text))
value = 0
for c in "\u0663\u0661\u0664\u0661\u0665\u0669":
    value = value * 10 + unicodedata.digit(c)
print(value)
total = sum(unicodedata.numeric(c) for c in "\u00bd\u00bc\u2155\u2159\u215b")
print(round(total, 10))
print(sorted({unicodedata.numeric(chr(c)) for c in range(0x2150, 0x2190) if unicodedata.numeric(chr(c), None) is not None})[:12])
nd = [c for c in list(range(0xD800)) + list(range(0xE000, 0x10000)) if unicodedata.category(chr(c)) == "Nd"]
print(len(nd), all(unicodedata.decimal(chr(c)) == unicodedata.digit(chr(c)) for c in nd))
print(type(unicodedata.decimal("3")).__name__, type(unicodedata.numeric("3")).__name__)
