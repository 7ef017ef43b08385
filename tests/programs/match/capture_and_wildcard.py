def f(x):
    match x:
        case 'special':
            return 'special'
        case other:
            return f'captured {other!r}'
print(f('special'), f(42), f([1]))
match 5:
    case n if n > 10:
        print('big')
    case n:
        print('n is', n)
print('n after match:', n)
match 'unused':
    case _:
        print('wildcard binds nothing', '_' in dir())
