try:
    raise ValueError("n")
except* ValueError as g:
    print(repr(g), type(g.exceptions).__name__)
eg = ExceptionGroup("all", [ValueError(1), ValueError(2)])
try:
    raise eg
except* ValueError as g:
    print(g is eg, repr(g))
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
try:
    try:
        raise MyGroup("mine", [ValueError(1), KeyError(2), TypeError(3)])
    except* ValueError as g:
        print(type(g).__name__, g.message)
    except* KeyError as g:
        print(type(g).__name__, g.message)
except* TypeError as g:
    print("outer", type(g).__name__, g.message)
eg = ExceptionGroup("all", [ValueError(1), ValueError(2)])
try:
    try:
        raise eg
    except* ValueError:
        raise
except ExceptionGroup as e:
    print(e is eg, repr(e))
eg2 = ExceptionGroup("two", [ValueError(1), KeyError(2)])
try:
    try:
        raise eg2
    except* ValueError:
        raise
except ExceptionGroup as e:
    print(e is eg2, repr(e))
m, r = eg.split(ValueError)
print(m is eg, r)
m, r = eg.split(lambda e: True)
print(m is eg, r)
print(eg.subgroup(ValueError) is eg, eg.subgroup(lambda e: isinstance(e, ExceptionGroup)) is eg)
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2)])])
m, r = nested.split(ValueError)
print(m is nested, m.exceptions[1] is nested.exceptions[1], r)
