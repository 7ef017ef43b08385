words = "the quick brown fox jumps over the lazy dog and then some more words appear here".split()
print(set(words))
print({w[:2] for w in words})
s = set()
for w in words:
    s.add(w.upper())
print(s)
print(frozenset("mississippi"), set("abcdefghijklmnop"))
d = {}
print(set(range(100, 0, -7)) | {"x", "y"})
s = set(words); s.discard("the"); s.add("zebra"); print(s)
print({3, 11, 19, 27, 35, 43})
print(set([8*i for i in range(20)]))
print(hash("abc"), hash(b"abc"), hash(""), hash("é"), hash("€"), hash("😀"))
s = set("hello world")
s.update({"x": 1, "y": 2})
print(s)
t = {"alpha", "beta", "gamma", "delta"}
t2 = set(t)
t2 |= {"omega"}
print(t2, frozenset(t2))
print(sorted(t) == sorted(t2 - {"omega"}))
