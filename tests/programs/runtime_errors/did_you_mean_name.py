def f():
    value = 3
    return valeu + 1
try:
    math.sqrt(2)
except NameError as e:
    print(e)
f()
