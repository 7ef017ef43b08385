from graphlib import TopologicalSorter
tasks = {"build": ["fetch", "configure"], "configure": ["fetch"], "test": ["build"], "docs": ["configure"], "package": ["test", "docs"]}
ts = TopologicalSorter(tasks)
ts.prepare()
step = 0
while ts.is_active():
    ready = ts.get_ready()
    print(step, sorted(ready), bool(ts))
    for t in ready:
        ts.done(t)
    step += 1
print(ts.is_active(), ts.get_ready())
