name = 'World'
n = 42
print(f'Hello, {name}!', f'{n}', f'{n + 1}', f'{name.upper()}', f'{[1, 2][0]}', f'{ {"a": 1}["a"] }')
print(f'{{literal}}', f'{{{n}}}', f'a{n}b{n}c', F'upper F', rf'\n{n}', fr'{n}\t')
print(f'{"nested quotes"}', f"{'single'}", f'{n!r} {name!r} {name!s} {"é"!a}')
x = 3.14159
print(f'{x:.2f}', f'{x:10.3f}|', f'{x:<10}|', f'{n:05d}', f'{n:x}', f'{n:#b}', f'{n:,}', f'{10**6:_}')
w, p = 10, 3
print(f'{x:{w}.{p}f}|', f'{name:>{w}}|', f'{name:*^{w}}')
print(f'{n if n > 40 else 0}', f'{(lambda v: v * 2)(n)}', f'{n:{"+"}d}')
print(f'''triple {n}''', f"""multi
line {n}""")
print(f'{3 + 4 = }'.strip() if False else f'{3 + 4}')
