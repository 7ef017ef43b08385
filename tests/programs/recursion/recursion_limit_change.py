import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(2500))
sys.setrecursionlimit(old)
try:
    depth(5000)
except RecursionError:
    print('RecursionError at default limit')
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
