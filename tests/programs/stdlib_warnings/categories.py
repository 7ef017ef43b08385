import warnings
import builtins

cats = ["Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning",
        "SyntaxWarning", "RuntimeWarning", "FutureWarning", "ImportWarning",
        "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"]
for name in cats:
    cls = getattr(builtins, name, None)
    if cls is None:
        print(name, "missing")
        continue
    print(name, cls.__mro__[1].__name__, issubclass(cls, Warning), issubclass(cls, Exception))
for f in warnings.filters:
    print(f)
with warnings.catch_warnings(record=True) as log:
    warnings.warn("r", ResourceWarning)
    warnings.warn("i", ImportWarning)
    warnings.warn("b", BytesWarning)
    warnings.warn("u", UnicodeWarning)
    warnings.warn("e", EncodingWarning)
print([w.category.__name__ for w in log])
