def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None
print(first_even([1, 3, 4, 6]), first_even([1]))
def no_return():
    x = 1
print(no_return())
def bare():
    return
print(bare())
def multi():
    return 1, 'two', [3]
print(multi())
def loop_else(xs):
    for x in xs:
        if x < 0:
            break
    else:
        return 'all non-negative'
    return f'found negative {x}'
print(loop_else([1, 2]), loop_else([1, -2]))
