import sys
exec(compile("a = 1; a; a + 1\n", "<s>", "single"), {})
exec(compile("for i in range(2):\n    i\n", "<s>", "single"), {})
exec(compile("'abc'\n", "<s>", "single"), {})
exec(compile("None\n", "<s>", "single"), {})
exec(compile("def f():\n    5\nf()\n", "<s>", "exec"), {})
print(sys.displayhook is sys.__displayhook__)
seen = []
sys.displayhook = lambda v: seen.append(v)
exec(compile("1 + 1\n", "<s>", "single"), {})
print(seen)
sys.displayhook = sys.__displayhook__
sys.displayhook(42)
import builtins
print(builtins._)
sys.displayhook(None)
print(builtins._)
