# One-character strs are shared in the Latin-1 range (as in CPython); dicts keyed by strs.
s = "abcé\u4e2d"
chars = list(s)
print(chars, [c is d for c, d in zip(chars, "abcé\u4e2d")][:4])
print(chr(0x4e2d) == s[4], len(chr(0x10ffff)), repr(chr(0)), repr(chr(255)))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError", e)
print("".join(chr(ord(c) + 1) for c in "HAL"))

counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
table = {chr(i): i for i in range(256)}
w = ""
codes = []
for ch in "TOBEORNOTTOBEORTOBEORNOT":
    wc = w + ch
    if wc in table:
        w = wc
    else:
        codes.append(table[w])
        table[wc] = len(table)
        w = ch
codes.append(table[w])
print(codes)

class Key:
    def __init__(self, s): self.s = s
    def __hash__(self): return hash(self.s)
    def __eq__(self, other):
        print("  __eq__", self.s, other)
        return other == self.s
d = {Key("x"): 1}
print(d.get("x"), "x" in d, d.get("y"))
d["x"] = 2
print(len(d), sorted(v for v in d.values()))
class S(str):
    def __hash__(self): return 42
    def __eq__(self, other): return True
e = {"a": 1}
print(e.get(S("zzz")), S("a") in e)
e[S("q")] = 5
print(len(e))
