import itertools
def gen(n):
    for i in range(n):
        yield i
print(list(itertools.chain.from_iterable(gen(k) for k in range(4))))
print(list(itertools.compress(gen(6), [1, 0, 1, 0, 1, 0])))
print(list(itertools.dropwhile(lambda x: x < 3, gen(6))))
print(list(itertools.starmap(pow, ((2, k) for k in gen(4)))))
print(list(itertools.pairwise(gen(4))), list(itertools.batched(gen(7), 3)))
a, b = itertools.tee(gen(3))
print(list(a), list(b))
print(list(itertools.filterfalse(lambda x: x % 2, gen(6))))
print(list(zip(gen(3), itertools.cycle('xy'))))
print(sum(1 for _ in gen(1000)), any(x > 998 for x in gen(1000)))
