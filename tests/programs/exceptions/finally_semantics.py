def f():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
def h():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(h())
def k():
    for i in range(3):
        try:
            continue
        finally:
            print('finally in loop', i)
k()
def order():
    log = []
    try:
        try:
            log.append('inner try')
            raise KeyError('x')
        finally:
            log.append('inner finally')
    except KeyError:
        log.append('outer except')
    finally:
        log.append('outer finally')
    return log
print(order())
def value_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_in_finally())
