# string_build: building strings by +=, join and formatting (%-format,
# str.format, f-strings), slicing and reversing, find/replace/split,
# case conversion and a run-length encoder/decoder.
# quick: 2000
import sys


def rle_encode(s):
    out = []
    i = 0
    n = len(s)
    while i < n:
        j = i
        while j < n and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)


def rle_decode(s):
    out = []
    num = 0
    for ch in s:
        if ch.isdigit():
            num = num * 10 + ord(ch) - 48
        else:
            out.append(ch * num)
            num = 0
    return "".join(out)


def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def main(n):
    s = ""
    for i in range(min(n, 100000)):
        s += "ab"[i % 2] if i % 7 else "c"
    print("concat", len(s), s[:20], s.count("c"))
    parts = []
    for i in range(n // 2):
        parts.append(f"{i:05d}|{i % 13:x}|{'odd' if i & 1 else 'even'}")
    joined = ";".join(parts)
    print("fstring", len(joined), joined[-40:])
    fmt = ["%s=%d (%.2f)" % ("k%d" % i, i * i, i / 7) for i in range(n // 4)]
    print("percent", len("".join(fmt)), fmt[-1])
    fmt2 = ["{}:{:>6}:{:<4}|".format(i, i * 3, i % 10) for i in range(n // 4)]
    print("format", len("".join(fmt2)), fmt2[123 % len(fmt2)])
    rev = joined[::-1]
    print("reverse", rev[:30], rev[::-1] == joined)
    slices = 0
    for i in range(0, len(joined) - 10, 7):
        piece = joined[i:i + 10]
        if piece[2:4] == "00":
            slices += 1
    print("slices", slices)
    replaced = joined.replace("odd", "ODD").replace("|", "/")
    print("replace", replaced.count("ODD"), replaced.find("ODD"), replaced.rfind("even"))
    fields = [p.split("|") for p in joined.split(";")]
    print("split", len(fields), fields[-1], sum(int(f[0]) for f in fields) % 1000003)
    text = " ".join(w.capitalize() for w in caesar("the quick brown fox jumps over the lazy dog", 3).split())
    print("caesar", text, text.upper(), text.swapcase().title())
    runs = "".join(ch * (1 + i % 5) for i, ch in enumerate("abcdefghij" * (n // 100)))
    enc = rle_encode(runs)
    print("rle", len(runs), len(enc), enc[:20], rle_decode(enc) == runs)
    centered = "|".join(str(i).center(7, "*") + str(i).zfill(5) + str(i).rjust(4) for i in range(n // 20))
    print("justify", len(centered), centered[:40])
    words = joined[:20000].replace(";", " ").replace("|", " ").split()
    print("words", len(words), "-".join(sorted(set(words[:60]))[:5]), " ".join(words[:3]).title())
    sb = []
    for i in range(n // 10):
        sb.append(str(i))
        if len(sb) > 50:
            sb = ["".join(sb)[-100:]]
    print("rolling", "".join(sb)[-30:])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 800000)
