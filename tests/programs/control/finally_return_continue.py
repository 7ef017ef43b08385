def a():
    for i in range(3):
        try: return i
        finally: continue
    return "end"
def b():
    for i in range(3):
        try: return i
        finally:
            if i == 1: break
    return "broke"
def c():
    try:
        return "first"
    finally:
        return "second"
def d():
    for i in range(2):
        try:
            try: return i
            finally: pass
        finally:
            continue
    return "nested"
def e():
    while True:
        try: return 1
        finally: break
    return "while"
print(a(), b(), c(), d(), e())
