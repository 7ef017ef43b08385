def describe(name, age, city='Unknown'):
    return f'{name} ({age}) from {city}'
print(describe('Ann', 30))
print(describe(age=25, name='Bob'))
print(describe('Cy', city='Paris', age=40))
def config(**options):
    for k in options:
        print(k, '=', options[k])
config(debug=True, level=3, name='x')
print(dict(one=1, two=2), sorted([3, 1, 2], reverse=True), int('ff', base=16))
print('a b c'.split(maxsplit=1), 'x'.center(5, '*'))
def order(a, b, c):
    return a, b, c
print(order(c=3, a=1, b=2))
