match [1, 2, 3]:
    case [x, y, 4]:
        print('no')
    case _:
        pass
print('x' in dir(), 'y' in dir())
def count_bindings(v):
    match v:
        case (a, b) | [b, a, _]:
            return a, b
print(count_bindings((1, 2)), count_bindings([1, 2, 3]))
match {'k': [1, {'deep': 'value'}]}:
    case {'k': [_, {'deep': str(found)}]}:
        print('found', found)
