from graphlib import TopologicalSorter
graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {k: sorted(v) for k, v in graph.items()}
print(list(TopologicalSorter(graph).static_order()))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "compat"], "tests": ["app"], "core": []}
print(list(TopologicalSorter(deps).static_order()))
ts = TopologicalSorter()
ts.add("x")
ts.add("y", "x", "z")
ts.add(1, "y")
print(tuple(ts.static_order()))
print(list(TopologicalSorter({}).static_order()))
print(TopologicalSorter[str], TopologicalSorter.__name__)
