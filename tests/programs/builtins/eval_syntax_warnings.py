# Compile-time SyntaxWarnings come from eval() and compile(..., "eval") too.
import sys
print(eval("1 is 1"), eval("() is ()"), eval("x is not 'a'", {"x": "b"}))
print(eval("'\\d'"))
code = compile("[1, 2] is None", "<expr>", "eval")
print(eval(code))
print(eval("[(1, 2) (3, 4)] if False else 0"))
sys.stderr.flush()
