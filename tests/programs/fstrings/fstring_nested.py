items = {'apple': 1.5, 'kiwi': 0.25}
width = max(len(k) for k in items)
for k, v in items.items():
    print(f'{k:<{width}} : {v:>6.2f}')
print(f"{', '.join(f'{k}={v}' for k, v in items.items())}")
print(f'{[f"{i}" for i in range(3)]}')
d = {'key': 'value'}
print(f"{d['key']}", f'{d["key"]}')
print(f'{"{"}', f'{"}"}', f'{{}}')
def fmt(x):
    return f'<{x}>'
print(f'{fmt(f"{1 + 1}")}')
