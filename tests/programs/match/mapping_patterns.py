def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest}:
            return f'key {k} extra={rest}'
        case {'type': t}:
            return f'unknown type {t}'
        case {}:
            return 'empty-ish mapping'
        case _:
            return 'not a mapping'
for e in [{'type': 'click', 'pos': (1, 2)}, {'type': 'key', 'key': 'q', 'mod': 'ctrl'}, {'type': 'scroll', 'extra': 1},
          {'other': 1}, {}, [('type', 'click')], 'str']:
    print(handle(e))
from collections import OrderedDict, defaultdict
print(handle(OrderedDict(type='key', key='z')))
dd = defaultdict(lambda: 'default!')
match dd:
    case {'missing': v}:
        print('matched missing key', v)
    case _:
        print('mapping patterns do not trigger __missing__', dict(dd))
