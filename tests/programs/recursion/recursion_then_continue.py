def r(n):
    return r(n + 1)
for attempt in range(3):
    try:
        r(0)
    except RecursionError:
        print('attempt', attempt, 'hit the limit')
def fine(n):
    return n if n == 0 else fine(n - 1)
print(fine(500))
def recurse_with_finally(n, log):
    try:
        return recurse_with_finally(n + 1, log)
    finally:
        if n < 3:
            log.append(n)
log = []
try:
    recurse_with_finally(0, log)
except RecursionError:
    print('finally blocks ran for', sorted(log))
