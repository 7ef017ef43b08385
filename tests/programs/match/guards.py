def grade(score):
    match score:
        case int(s) | float(s) if s < 0 or s > 100:
            return 'invalid'
        case s if s >= 90:
            return 'A'
        case s if s >= 80:
            return 'B'
        case _:
            return 'C or below'
print([grade(s) for s in [95, 85.5, 10, -1, 101]])
calls = []
def check(v):
    calls.append(v)
    return v > 1
match 3:
    case x if check(0):
        print('first')
    case x if check(x):
        print('second guard passed for', x)
print(calls)
match [1, 2]:
    case [a, b] if a > b:
        print('desc')
    case [a, b]:
        print('guard failed but bindings remain', a, b)
