# Character properties over a broad sample of scripts and kinds of characters.
import unicodedata

SAMPLE = [
    "A", "z", "0", " ", "\t", "\n", "\x00", "\x7f", "\x85", "\xa0", "\xad",
    "\u00e9", "\u00c5", "\u0131", "\u01c5", "\u1e9e", "\u00df",
    "\u03a9", "\u03c9", "\u1f71", "\u0390",
    "\u0416", "\u0436",
    "\u05d0", "\u0627", "\u0661", "\u06f5", "\u200f", "\u202e",
    "\u0300", "\u0301", "\u0327", "\u0345", "\u05b0", "\u094d", "\u302a", "\u3099",
    "\u0966", "\u0e51", "\u0f20", "\u1040", "\uff11",
    "\u00bd", "\u2153", "\u215e", "\u2160", "\u216f", "\u2460", "\u3007",
    "\u4e00", "\u9fff", "\u3400", "\U00020000", "\uf900", "\u2f00",
    "\uac00", "\ud7a3", "\u1100", "\u1161", "\u11a8", "\u3131",
    "\u3042", "\u30ab", "\uff76", "\uff21", "\u3000",
    "\U0001f600", "\U0001f44d", "\u2764", "\u263a", "\U0001f1fa",
    "(", ")", "[", "\u00ab", "\u2208", "\u221a", "<", "\u2264",
    "\u2028", "\u2029", "\ufeff", "\u200d", "\ufffd",
    "\ue000", "\U000f0000", "\uffff", "\U0010ffff", "\u0378", "\U0001abcd", "\U000e0001",
    "\ufb01", "\u2126", "\u212b", "\u1e9b", "\u0344", "\u0f73",
    "\U0001d400", "\U0001d7ce", "\U00011066", "\U0001e950",
]

for ch in SAMPLE:
    print("U+%04X" % ord(ch),
          unicodedata.category(ch),
          repr(unicodedata.bidirectional(ch)),
          unicodedata.combining(ch),
          unicodedata.east_asian_width(ch),
          unicodedata.mirrored(ch),
          repr(unicodedata.decomposition(ch)))

# Summaries over whole blocks.
def census(lo, hi):
    cats = {}
    for cp in range(lo, hi):
        c = unicodedata.category(chr(cp))
        cats[c] = cats.get(c, 0) + 1
    return sorted(cats.items())

print("Latin-1:", census(0x80, 0x100))
print("Greek:", census(0x370, 0x400))
print("Combining marks:", census(0x300, 0x370))
print("Hangul Jamo:", census(0x1100, 0x1200))
print("Emoticons:", census(0x1F600, 0x1F650))
print("widths CJK punct:", sorted(set(unicodedata.east_asian_width(chr(c)) for c in range(0x3000, 0x3040))))
print("mirrored in ASCII:", "".join(chr(c) for c in range(128) if unicodedata.mirrored(chr(c))))
print("nonzero combining in 0300-036F:", sum(1 for c in range(0x300, 0x370) if unicodedata.combining(chr(c))))
print("max combining class:", max(unicodedata.combining(chr(c)) for c in range(0x300, 0x3100)))
print("decomposable Latin-1:", sum(1 for c in range(0xa0, 0x100) if unicodedata.decomposition(chr(c))))
print("bidi classes:", sorted(set(unicodedata.bidirectional(chr(c)) for c in range(0, 0x800))))

# A str subclass is accepted like a str.
class S(str):
    pass
print(unicodedata.category(S("x")), unicodedata.name(S("x")))
print(unicodedata.unidata_version)
