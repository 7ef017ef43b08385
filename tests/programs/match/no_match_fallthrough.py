def f(x):
    match x:
        case 1:
            return 'one'
        case [_, _]:
            return 'pair'
    return 'fell through'
print(f(1), f([1, 2]), f(3), f([1]))
result = 'unchanged'
match 99:
    case 1:
        result = 'changed'
print(result)
for v in range(4):
    match v:
        case 1:
            continue
        case 3:
            break
    print('loop saw', v)
