parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts)
s = ''
for i in range(10):
    s += chr(ord('a') + i)
print(s, len(s))
print('=' * 20)
print('-'.join('abc') * 2)
big = 'ab' * 10000
print(len(big), big[9998:10002], big.count('ab'))
