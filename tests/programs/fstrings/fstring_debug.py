x = 10
name = 'abc'
print(f'{x=}')
print(f'{x = }')
print(f'{x * 2 = }')
print(f'{name=}', f'{name=!s}', f'{name=:>6}')
print(f'{x=:05d}')
vals = [1, 2]
print(f'{vals[0]=}, {len(vals)=}')
print(f'{3.0=}', f'{1/3=:.3f}')
