def sign(x):
    return 'neg' if x < 0 else 'zero' if x == 0 else 'pos'
print([sign(v) for v in (-3, 0, 7)])
x = 1 if True else 1 / 0
print(x)
y = (lambda: 'a') if False else (lambda: 'b')
print(y())
print([i if i % 2 else -i for i in range(5)])
