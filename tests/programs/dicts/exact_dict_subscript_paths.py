# d[k], k in d and d[k] = v on exact dicts and subclasses: values, KeyError, unhashable keys, __eq__ calls.
d = {"a": 1, 2: "two", (1, 2): [3]}
print(d["a"], d[2], d[(1, 2)], "a" in d, "z" not in d, 2.0 in d, d[2.0])
try: d["zz"]
except KeyError as e: print("KeyError", e, repr(e), e.args)
try: d[[1]]
except TypeError as e: print("TypeError", e)
try: [1] in d
except TypeError as e: print("TypeError", e)
try: d[[1]] = 3
except TypeError as e: print("TypeError", e)
class K:
    def __init__(s, v): s.v = v
    def __hash__(s): return hash(s.v)
    def __eq__(s, o):
        print("eq called"); return isinstance(o, K) and o.v == s.v
d[K(1)] = "k1"
print(d[K(1)], K(1) in d)
try: d[K(2)]
except KeyError as e: print("KeyError K")
class D(dict):
    def __missing__(s, k): return f"missing {k}"
    def __contains__(s, k): return True
    def __getitem__(s, k): return super().__getitem__(k)
dd = D(x=1)
print(dd["x"], dd["y"], "q" in dd)
d["new"] = 5; d["a"] += 10; print(d["new"], d["a"])
try:
    e = {}; e[1]
except KeyError as ex:
    import traceback; print(traceback.format_exc().splitlines()[-1])
if "a" in d: print("branch yes")
if "nope" in d: print("wrong")
else: print("branch no")
