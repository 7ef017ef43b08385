for i in range(3):
    print(i, end=' ')
print()
for ch in 'abc':
    pass
print(ch)
for x in []:
    print('never')
else:
    print('empty for-else')
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print('not printed')
print('broke at', x)
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print('no break, else runs')
for k, v in {'a': 1, 'b': 2}.items():
    print(k, v)
for i, (a, b) in enumerate(zip('xy', 'pq')):
    print(i, a, b)
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print('odd', i)
for x in range(3):
    x = 10 * x
    print(x)
lst = [1, 2]
for item in lst:
    if len(lst) < 5:
        lst.append(item * 10)
print(lst)
