# executor.map over a list: results in order, exceptions re-raised on iteration.
import threading
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor


def square(x):
    return x * x


def inverse(x):
    return 1 / x


def add(a, b):
    return a + b


numbers = [3, 1, 4, 1, 5, 9, 2, 6]
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, numbers)))
    print(list(ex.map(add, numbers, range(100))))
    print(list(ex.map(str.upper, ["a", "b"])))
    print(list(ex.map(square, [])))

with ThreadPoolExecutor() as ex:
    results = ex.map(inverse, [1, 2, 0, 4])
    got = []
    try:
        for r in results:
            got.append(r)
    except ZeroDivisionError as e:
        print("stopped after", got, "-", type(e).__name__, e)

# Shared state updated under a lock from pool workers.
counts = {}
lock = threading.Lock()


def count_words(line):
    for word in line.split():
        with lock:
            counts[word] = counts.get(word, 0) + 1
    return len(line.split())


lines = ["the cat sat", "the dog sat", "a cat and a dog"]
with ThreadPoolExecutor(max_workers=3) as ex:
    print(sum(ex.map(count_words, lines)))
print(sorted(counts.items()))

# ProcessPoolExecutor with the same interface.
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(square, range(6))))
        print(list(ex.map(square, range(6), chunksize=3)))
        print(ex.submit(pow, 2, 10).result())
        try:
            list(ex.map(inverse, [1, 0]))
        except ZeroDivisionError as e:
            print("process map:", type(e).__name__, e)
        try:
            ex.map(square, [1], chunksize=0)
        except ValueError as e:
            print(type(e).__name__, e)
