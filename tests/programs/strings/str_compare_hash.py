a = 'hello'
b = ''.join(['hel', 'lo'])
print(a == b, hash(a) == hash(b), a < 'help', 'B' < 'a', 'abc' > 'ab')
d = {a: 1}
print(d[b])
print(sorted(['pear', 'Apple', 'banana', 'apple', 'Banana']))
print(sorted(['pear', 'Apple', 'banana'], key=str.lower))
print('a' * 3 == 'aaa', 'abc'.__eq__(1), 'abc' != 1)
print(max(['aa', 'b', 'ccc'], key=len), min('zebra', 'apple'))
