# One of each expression form.
x = 5
lst = [1, 2, 3]
d = {'k': 'v'}
class O:
    attr = 'attribute'
print(x, -x, +x, ~x, not x)                   # names and unary
print(x + 1, x - 1, x * 2, x / 2, x // 2, x % 2, x ** 2, x @ O if False else 'matmul skipped')
print(x << 1, x >> 1, x & 3, x | 8, x ^ 1)    # bitwise
print(x < 6, x <= 5, x > 4, x >= 6, x == 5, x != 5, x is None, x is not None, x in lst, x not in lst)
print(x and 0, x or 0, 1 if x else 2)         # boolean, conditional
print(lst[0], lst[-1], lst[1:], d['k'], O.attr, O().attr)  # subscription and attribute
print(len(lst), (lambda a: a * 3)(x))          # calls and lambda
print((1, 2), [3, 4], {5}, {6: 7}, (), [], {})  # displays
print([i for i in lst], {i for i in lst}, {i: i for i in lst}, list(i for i in lst))
print((y := 10), y)                            # named expression
print(*lst, sep='|')                           # starred in call
print(f'{x}', 'lit' 'eral', b'bytes', r'raw\n', 1.5, 2j, ..., None, True)
print(x if x > 3 else -x, [*lst, *lst], {**d, 'z': 1})
print(lst[::2], lst[slice(1, None)], d.get('missing', 'dflt'))
print(await_free := 'no await here', type(await_free).__name__)
