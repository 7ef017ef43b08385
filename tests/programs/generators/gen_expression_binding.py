data = [1, 2, 3]
g = (x * 10 for x in data)
data = [7, 8, 9]
print(list(g))
data = [1, 2, 3]
g = (x for x in data if x in data)
data.append(4)
print(list(g))
try:
    g = (x for x in 5)
except TypeError as e:
    print('eager first iterable:', type(e).__name__, e)
g = (y for x in [1] for y in undefined_name_later)
undefined_name_later = ['late binding']
print(list(g))
def make():
    factor = 2
    return (x * factor for x in range(3))
print(list(make()))
