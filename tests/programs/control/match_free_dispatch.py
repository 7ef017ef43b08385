# Dispatch with dicts of functions (a common pattern without match).
ops = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
}
def calc(expr):
    a, op, b = expr.split()
    fn = ops.get(op)
    if fn is None:
        return f'unknown op {op!r}'
    return fn(int(a), int(b))
for e in ['1 + 2', '7 - 10', '6 * 7', '1 / 2']:
    print(e, '=', calc(e))
