# A comment
x = 1 + \
    2  # continuation
y = (1 +
     2 +
     3)
z = [
    1,
    2,
]
print(x, y, z)
a = 1; b = 2; print(a + b)
if x: print("one-line if")
s = """multi
line"""
print(s)
print(len(s.splitlines()))
def f(): return "inline def"
print(f())
