def describe(seq):
    match seq:
        case [*init, 'end']:
            return f'init={init}'
        case ['start', *tail]:
            return f'tail={tail}'
        case [_, *_, _]:
            return 'at least two'
        case [*everything]:
            return f'everything={everything}'
for s in [['a', 'end'], ['start', 1, 2], ['start', 'end'], [1, 2, 3], [1], []]:
    print(s, '->', describe(s))
match {'a': 1, 'b': 2, 'c': 3}:
    case {'a': 1, **others}:
        print('others', others)
