d = {"a": 1, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k.mapping, v.mapping, repr(it.mapping), type(k.mapping).__name__, k.mapping["a"])
d["z"] = 9
print(k.mapping, len(v.mapping))
try:
    k.mapping["q"] = 1
except TypeError as e:
    print("TypeError", e)
