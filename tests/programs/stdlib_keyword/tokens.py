import keyword
source = "def f(x): return x if x is not None else lambda: yield_ match case print"
words = source.replace("(", " ").replace(")", " ").replace(":", " ").split()
hard = [w for w in words if keyword.iskeyword(w)]
soft = [w for w in words if keyword.issoftkeyword(w)]
print(hard)
print(soft)
print(all(keyword.iskeyword(k) for k in keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))
try:
    keyword.iskeyword(["if"])
except Exception as e:
    print(type(e).__name__, e)
