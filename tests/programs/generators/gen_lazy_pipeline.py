def numbers():
    n = 0
    while True:
        print('produce', n)
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(3, squares(evens(numbers())))))
import itertools
print(list(itertools.islice((x * 3 for x in itertools.count()), 4)))
print(list(itertools.takewhile(lambda x: x < 10, (x * x for x in itertools.count()))))
