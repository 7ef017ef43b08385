import io
import warnings

warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("ignore", UserWarning)
warnings.filterwarnings("error", "Msg.*", RuntimeWarning, "mod", 3)
warnings.filterwarnings("once", append=True)
warnings.simplefilter("ignore", UserWarning)
for f in warnings.filters:
    action, msg, cat, mod, ln = f
    print(action, msg.pattern if msg else None, msg.flags & 2 if msg else None, cat.__name__,
          mod.pattern if mod else None, ln)
warnings.simplefilter("always", append=True)
warnings.simplefilter("always", append=True)
print(len(warnings.filters), warnings.filters[-1])
warnings.resetwarnings()
print(warnings.filters, warnings.defaultaction)

for args in [("bogus",), ("error", 5), ("error", "", int), ("error", "", UserWarning, 3),
             ("error", "", UserWarning, "", -1), ("error", "", "cat")]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print("AssertionError", e)
try:
    warnings.simplefilter("nope")
except AssertionError as e:
    print("AssertionError", e)
try:
    warnings.simplefilter("error", lineno="1")
except AssertionError as e:
    print("AssertionError", e)

print(repr(warnings.formatwarning("careful", UserWarning, "nofile.py", 12)))
print(repr(warnings.formatwarning("careful", DeprecationWarning, "nofile.py", 12, line="   x = 1   ")))
print(repr(warnings.formatwarning(UserWarning("inst"), UserWarning, "f", 0, line="")))

out = io.StringIO()
warnings.showwarning("to a file", RuntimeWarning, "somewhere.py", 5, file=out)
warnings.showwarning("with line", RuntimeWarning, "somewhere.py", 6, file=out, line="print(1)")
print(repr(out.getvalue()))

m = warnings.WarningMessage(UserWarning("m"), UserWarning, "f.py", 3)
print(str(m))
print(m.file, m.line, m.source, m._category_name)
m = warnings.WarningMessage("text", None, "f.py", 3, line="src")
print(str(m))

# a custom formatwarning is used by the default showwarning
def short(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message}\n"
warnings.formatwarning = short
buf = io.StringIO()
warnings.showwarning("custom format", UserWarning, "f.py", 1, file=buf)
print(repr(buf.getvalue()))

# showwarning writes to sys.stderr by default; redirect it
import sys
from contextlib import redirect_stderr
buf = io.StringIO()
warnings.simplefilter("always")
with redirect_stderr(buf):
    warnings.warn_explicit("via stderr", UserWarning, "file.py", 4)
print(repr(buf.getvalue()))
warnings.formatwarning = warnings._formatwarning_orig

# custom showwarning replaces display
calls = []
def show(message, category, filename, lineno, file=None, line=None):
    calls.append((str(message), category.__name__, filename, lineno, file, line))
warnings.showwarning = show
warnings.warn_explicit("captured", FutureWarning, "mod.py", 8)
print(calls)
with warnings.catch_warnings(record=True) as log:
    warnings.warn_explicit("recorded", UserWarning, "mod.py", 9)
print(len(calls), [str(w.message) for w in log], warnings.showwarning is show)
