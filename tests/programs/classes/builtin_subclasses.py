# Builtin classes appear among their bases' __subclasses__().
def names(t):
    return sorted(c.__name__ for c in t.__subclasses__())
for t in (ArithmeticError, ConnectionError, UnicodeError, Warning,
          BaseExceptionGroup, NameError, SyntaxError, int):
    print(t.__name__, names(t))
class MyErr(ArithmeticError): pass
print(names(ArithmeticError))
print(bool in int.__subclasses__(), MyErr in ArithmeticError.__subclasses__())
