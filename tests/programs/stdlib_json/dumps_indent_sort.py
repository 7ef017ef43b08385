# indent, separators and sort_keys.
import json

data = {'name': 'widget', 'tags': ['a', 'b'], 'size': {'w': 2, 'h': 3.5},
        'empty_list': [], 'empty_dict': {}, 'none': None, 'nested': [[1, [2]], {}]}

print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(repr(json.dumps(data, indent=0)))
print(repr(json.dumps([1, [2]], indent=-3)))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, indent='--', sort_keys=True))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, separators=(',', ':'), sort_keys=True))
print(json.dumps(data, indent=2, separators=(', ', ' = ')))
print(json.dumps([1, 2, 3], separators=(' ; ', ':')))
print(json.dumps([]), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps({'a': []}, indent=1))
print(json.dumps('text', indent=4), json.dumps(7, indent=4))
print(json.dumps((1, 2), indent=1))

# sort_keys sorts the items before the keys are turned into strings
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
print(json.dumps({'b': 1, 'a': 2, 'B': 3, '_': 4}, sort_keys=True))
print(json.dumps({2.5: 1, 1: 2, True: 3}, sort_keys=True))
print(json.dumps({'x': {'z': 1, 'y': 2}, 'w': [{'b': 1, 'a': 2}]}, sort_keys=True, indent=2))

# separators chosen by JSONEncoder
for kwargs in [{}, {'indent': 2}, {'indent': 2, 'separators': (';', '=')}]:
    enc = json.JSONEncoder(**kwargs)
    print(kwargs, repr(enc.item_separator), repr(enc.key_separator), enc.indent)
print(repr(json.JSONEncoder.item_separator), repr(json.JSONEncoder.key_separator))

# skipkeys with pretty printing
print(json.dumps({(1, 2): 'tuple', 'ok': 1, frozenset(): 'fs'}, skipkeys=True, indent=2))
print(json.dumps({(1, 2): 'tuple'}, skipkeys=True))
print(json.dumps({(1, 2): 'tuple', 'a': 1}, skipkeys=True, sort_keys=False))
print(repr(json.dumps({(1, 2): 'tuple'}, skipkeys=True, indent=2)))
