def numbers(limit):
    for i in range(limit):
        yield i
def only(pred, src):
    return (x for x in src if pred(x))
def window(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(only(lambda x: x % 3, numbers(12)), 3)))
def enumerate_gen(src, start=0):
    n = start
    for x in src:
        yield n, x
        n += 1
print(list(enumerate_gen('abc', 1)))
def zip_gen(*srcs):
    its = [iter(s) for s in srcs]
    while True:
        row = []
        for it in its:
            try:
                row.append(next(it))
            except StopIteration:
                return
        yield tuple(row)
print(list(zip_gen('ab', range(5), [True, False, None])))
