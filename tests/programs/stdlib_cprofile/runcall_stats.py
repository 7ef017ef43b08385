# Profile a small workload with cProfile and inspect the collected statistics.
import cProfile
import pstats


def tokenize(text):
    words = []
    for raw in text.split():
        word = raw.strip(".,!").lower()
        if word:
            words.append(word)
    return words


def count(words):
    table = {}
    for w in words:
        table[w] = table.get(w, 0) + 1
    return table


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def report(text):
    words = tokenize(text)
    table = count(words)
    ranked = sorted(table.items(), key=lambda kv: (-kv[1], kv[0]))
    sizes = [len(w) for w in words]
    check = isinstance(table, dict)
    return ranked[:3], sum(sizes), factorial(6), check


INTERESTING = {"tokenize", "count", "factorial", "report", "<lambda>", "<listcomp>",
               "<built-in method builtins.len>", "<built-in method builtins.sorted>",
               "<built-in method builtins.sum>", "<built-in method builtins.isinstance>",
               "<method 'append' of 'list' objects>"}

prof = cProfile.Profile()
result = prof.runcall(report, "The cat saw the dog. The dog saw a cat, and the cat ran!")
print(result)

prof.create_stats()
rows = []
for (filename, line, name), (cc, nc, tt, ct, callers) in prof.stats.items():
    if name in INTERESTING:
        caller_names = sorted(c[2] for c in callers)
        rows.append((name, line, cc, nc, caller_names))
for row in sorted(rows):
    print(row)

for key, (cc, nc, tt, ct, callers) in prof.stats.items():
    assert tt >= 0 and ct >= 0
    for caller, value in callers.items():
        assert len(value) == 4 and value[0] >= value[1]
print("builtin keys:", sorted(k[2] for k in prof.stats if k[0] == "~" and k[2] in INTERESTING))
fact = [v for k, v in prof.stats.items() if k[2] == "factorial"][0]
print("factorial callers:", sorted((k[2], v[:2]) for k, v in fact[4].items()))

st = pstats.Stats(prof)
print(prof.stats)
print(st.total_calls == sum(v[1] for v in st.stats.values()))
prof2 = st.get_stats_profile()
print(sorted((name, fp.ncalls, fp.line_number) for name, fp in prof2.func_profiles.items()
             if name in ("tokenize", "count", "factorial", "report")))
