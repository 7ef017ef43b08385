# Compile-time SyntaxWarnings (on stderr), then the program runs.
import re
x = 1
text = """first
line \d"""
print(re.findall("\d+", "a12b3"), "\.", len(text))
b = b"\q\w"
f = f"{x}\s{x!r}\z"
r = r"\d"
ok = "ok\n\t\x41\101\N{BULLET}\u00e9"
print(x is 1, x is not 2.0, x is (), x is None, x is ...)
def never():
    return 5(), "x"(), None[0], [1, 2]["a"], (1, 2)[1.5], "abc"[None], [1][1, 2]
print(b, f, r, ok)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    compile('y = "\\d" is 1', 'snippet', 'exec')
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
