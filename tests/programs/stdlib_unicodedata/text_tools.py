# Typical text-processing helpers built on unicodedata.
import unicodedata

def slugify(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    out = []
    for c in text.lower():
        cat = unicodedata.category(c)
        if cat[0] in "LN" and c.isascii():
            out.append(c)
        elif cat[0] in "ZP" or c == "-":
            out.append("-")
    slug = "".join(out)
    while "--" in slug:
        slug = slug.replace("--", "-")
    return slug.strip("-")

def display_width(text):
    width = 0
    for c in text:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(c) in "WF" else 1
    return width

def describe(text):
    return [(c, "U+%04X" % ord(c), unicodedata.name(c, "?"), unicodedata.category(c)) for c in text]

def is_safe_identifier(text):
    nfkc = unicodedata.normalize("NFKC", text)
    return nfkc.isidentifier() and nfkc == text

titles = ["Cr\u00e8me Br\u00fbl\u00e9e: A History", "S\u00e3o Paulo \u2014 2024!", "\u00bd Marathon \u2460",
          "Na\u00efve  Caf\u00e9 \ufb01ne", "\u041f\u0440\u0438\u0432\u0435\u0442 world", "\u00c5rhus & \u00d8resund"]
for t in titles:
    print(ascii(slugify(t)))

for t in ["hello", "\u4f60\u597d\uff0c\u4e16\u754c", "\ud55c\uad6d\uc5b4 text", "e\u0301t\u00e9",
          "\uff21\uff22\uff23", "\U0001f600\U0001f600", "\uff76\uff9e\uff77"]:
    print(ascii(t), display_width(t), len(t))

for c, cp, name, cat in describe("A\u00e9\u4e2d\ud55c\U0001f600\u0301\u00a0\u200b"):
    print(cp, name, cat)

for ident in ["valid", "\ufb01le", "caf\u00e9", "cafe\u0301", "\u00b5", "\u03bc", "\u212b"]:
    print(ascii(ident), is_safe_identifier(ident))

# Group characters of a string by general category.
from collections import Counter
sample = "Hello, W\u00f6rld! 123 \u2014 \u00bd \u20ac \U0001f600 \u4e2d\u6587 \u0661\u0662"
print(sorted(Counter(unicodedata.category(c) for c in sample).items()))
# Bidi classification of a mixed string.
mixed = "abc \u05d0\u05d1\u05d2 123 \u0627\u0644"
print(" ".join(unicodedata.bidirectional(c) for c in mixed))
