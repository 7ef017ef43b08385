a, b = 3, 4
print(f'{a + b} {a * b} {a ** b} {a / b:.2f} {a // b} {-a}')
print(f'{a < b} {a == b} {not a} {a and b} {a or b}')
print(f'{"yes" if a else "no"}', f'{[x * x for x in range(4)]}', f'{ {x for x in "aa"} }')
print(f'{(a, b)}', f'{a, b}', f'{[a, b]!r}')
print(f'{"abc"[1:]}', f'{"abc"[::-1]}', f'{len("hello")}')
s = 'text'
print(f'{s.upper():>10}', f'{s!r:>10}', f'{s[0]}{s[-1]}')
print(f'{(y := 5)} {y}')
print(f"{'a' 'b'}", f'{a}' f'{b}', 'plain' f'{a}')
