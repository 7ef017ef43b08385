print(divmod(9, 4), pow(2, 5), round(2.567, 1), round(15, -1), round(25, -1))
print(format(3.14159, '.2f'), format(42, 'b'), format('x', '>3'))
print(eval('1 + 2 * 3'), eval('x + 1', {'x': 10}), eval('[a, b]', {}, {'a': 1, 'b': 2}))
ns = {}
exec('y = 5\ndef g():\n    return y * 2', ns)
print(ns['y'], ns['g']())
code = compile('3 * 7', '<string>', 'eval')
print(eval(code), type(code).__name__)
print(globals()['__name__'], 'print' in dir(__builtins__) if not isinstance(__builtins__, dict) else True)
print(issubclass(type(NotImplemented), object), type(...).__name__, type(NotImplemented).__name__)
print(hash(frozenset()) == hash(frozenset()), isinstance(memoryview(b'x'), memoryview), bytes(memoryview(b'ab')))
print(list(map(ord, 'AZ')), sorted(map(chr, [99, 97])))
print(vars().get('__name__'), __debug__)
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
