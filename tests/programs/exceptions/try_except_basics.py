def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print('cannot divide by zero')
        return None
    except TypeError as e:
        print('type problem:', e)
        return None
    else:
        print('no exception')
        return result
    finally:
        print('finally for', a, b)
print(divide(6, 3))
print(divide(1, 0))
print(divide('a', 1))
try:
    [][0]
except (KeyError, IndexError) as e:
    print('caught tuple', type(e).__name__, e)
try:
    {}['k']
except LookupError as e:
    print('caught base', type(e).__name__, repr(e))
try:
    int('x')
except Exception:
    print('bare Exception clause')
try:
    raise RuntimeError
except:
    print('bare except')
