print((), (1,), (1, 2), ((),), ((1,),), ('a',), (None, True), (1.0, -0.0), ([],))
print(repr((1,)), str(('x', "y'")))
print(tuple.__name__, type(()).__name__, isinstance((), tuple))
class Pt(tuple):
    pass
p = Pt((1, 2))
print(p, type(p).__name__, p[0], len(p), p == (1, 2))
