calls = []
def subject():
    calls.append('evaluated')
    return (1, 2)
match subject():
    case (0, _):
        pass
    case (1, _):
        print('matched second')
print(calls)
match 1, 2:
    case a, b:
        print('tuple subject without parens', a, b)
match = 'match is still a name'
print(match)
case = ['case', 'too']
print(case)
_ = 'underscore name'
match _:
    case str():
        print('matched on variable named _')
def match_fn(match):
    return match * 2
print(match_fn(21))
match [1]:
    case [1]: print('single-line case body')
