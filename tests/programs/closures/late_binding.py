fs = []
for i in range(3):
    def f():
        return i
    fs.append(f)
print([f() for f in fs])
fs = [(lambda i=i: i) for i in range(3)]
print([f() for f in fs])
def make(i):
    return lambda: i
print([make(i)() for i in range(3)])
def outer():
    funcs = []
    for j in range(3):
        funcs.append(lambda: j)
    j = 100
    return funcs
print([f() for f in outer()])
