def counter(start):
    count = start
    def bump():
        nonlocal count
        count += 1
    while count < start + 3:
        yield count
        bump()
print(list(counter(10)))
def running_max(values):
    best = None
    for v in values:
        if best is None or v > best:
            best = v
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave('abc', [1, 2], (x for x in 'XYZW'))))
gens = [(i for _ in range(2)) for i in range(3)]
print([list(g) for g in gens])
