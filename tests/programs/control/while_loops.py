i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print('i =', i)
else:
    print('not reached')
n = 3
while n:
    n -= 1
else:
    print('while-else ran, n =', n)
count = 0
while True:
    count += 1
    if count >= 10:
        break
print(count)
a, b = 0, 1
fib = []
while a < 100:
    fib.append(a)
    a, b = b, a + b
print(fib)
