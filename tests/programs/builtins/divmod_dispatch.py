class D:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
print(divmod(D(), 3), divmod(3, D()), divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(True, 2))
class MyInt(int): pass
print(divmod(MyInt(7), 2))
for a in [('a', 1), (1, 'a'), (1, 0), (1.0, 0), (object(), 1), ([], [])]:
    try: print(divmod(*a))
    except (TypeError, ZeroDivisionError) as e: print(type(e).__name__, e)
