d = {"x": 1, "y": 2}
print(d.keys() == {"x", "y"}, d.keys() & {"x"}, d.keys() | {"z"} == {"x", "y", "z"}, d.keys() - {"x"})
print(d.keys() <= {"x", "y", "z"}, {"x"} <= d.keys(), d.items() <= {("x", 1), ("y", 2)}, d.keys() < d.keys(), d.keys() >= {"x"}, d.keys() > set())
print(d.keys() ^ {"x", "q"} == {"y", "q"}, d.items() & {("x", 1)}, d.keys().isdisjoint({"q"}))
try:
    d.values() <= {1}
except TypeError as e:
    print(e)
