import copyreg
print(copyreg.dispatch_table[complex](3+4j), complex in copyreg.dispatch_table)
class P:
    def __init__(self, x): self.x = x
def red(p): return P, (p.x,)
copyreg.pickle(P, red)
f, args = copyreg.dispatch_table[P](P(5)); print(f.__name__, args)
for g in [lambda: copyreg.pickle(P, 5), lambda: copyreg.pickle(P, red, 7), lambda: copyreg.constructor(None), lambda: copyreg.constructor(len)]:
    try: print(repr(g()))
    except Exception as e: print(type(e).__name__, e)
print(sorted(copyreg.__all__))
