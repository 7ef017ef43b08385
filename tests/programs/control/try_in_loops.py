for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print('cleanup', i)
print(f())
def g():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                break
    return i
print(g())
i = 0
while True:
    try:
        i += 1
        if i < 3:
            continue
        break
    finally:
        print('w-finally', i)
