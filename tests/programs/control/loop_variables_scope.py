for i in range(3):
    pass
print('after loop i =', i)
for j in []:
    pass
print('j' in dir())
funcs = []
for k in range(3):
    funcs.append(lambda: k)
print([f() for f in funcs])
funcs = [lambda k=k: k for k in range(3)]
print([f() for f in funcs])
x = 'outer'
[x for x in range(3)]
print(x)
