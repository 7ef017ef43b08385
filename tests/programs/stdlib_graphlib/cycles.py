from graphlib import TopologicalSorter, CycleError
graphs = [{1: [2], 2: [3], 3: [1]}, {"a": ["a"]}, {"a": ["b", "c"], "c": ["d"], "d": ["a"], "b": []},
          {1: [2, 3], 2: [4], 3: [4], 4: [5], 5: [3]}, {"x": ["y"], "y": ["z"], "z": ["w"], "w": ["y"]}]
for g in graphs:
    try:
        TopologicalSorter(g).prepare()
    except CycleError as e:
        print(type(e).__name__, e.args[0], e.args[1], isinstance(e, ValueError))
        print(e)
try:
    list(TopologicalSorter({1: [2], 2: [1]}).static_order())
except ValueError as e:
    print("static_order:", e)
