def evaluate(expr, env):
    match expr:
        case int() | float():
            return expr
        case str(name):
            return env[name]
        case ('+', left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ('*', left, right):
            return evaluate(left, env) * evaluate(right, env)
        case ('neg', operand):
            return -evaluate(operand, env)
        case ('let', str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case _:
            raise ValueError(f'bad expression {expr!r}')
prog = ('let', 'x', ('+', 2, 3), ('*', 'x', ('neg', 'y')))
print(evaluate(prog, {'y': 4}))
try:
    evaluate(('pow', 2, 3), {})
except ValueError as e:
    print(type(e).__name__, e)
