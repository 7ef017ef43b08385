def classify(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as direction]:
            return f'moving {direction}'
        case ['pick', 'up', item] | ['take', item]:
            return f'taking {item}'
        case [('quit' | 'exit')]:
            return 'bye'
        case [verb, *args] as whole:
            return f'unknown verb {verb!r} in {whole}'
        case []:
            return 'nothing'
for c in ['go north', 'go up', 'pick up lamp', 'take key', 'quit', 'exit', 'dance wildly now', '']:
    print(repr(c), '->', classify(c))
match (1, 2):
    case (1, x) | (x, 1):
        print('x =', x)
match [3, [4, 5]]:
    case [a, [b, _] as inner] as outer:
        print(a, b, inner, outer)
