import warnings

shown = []
def collect(message, category, filename, lineno, file=None, line=None):
    shown.append(f"{filename}:{lineno}:{category.__name__}:{message}")
warnings.showwarning = collect

def run(action, calls):
    shown.clear()
    warnings.resetwarnings()
    warnings.simplefilter(action)
    reg = {}
    for text, line in calls:
        warnings.warn_explicit(text, UserWarning, "fake.py", line, registry=reg)
    return list(shown)

calls = [("m", 1), ("m", 1), ("m", 2), ("n", 1), ("m", 1)]
for action in ("default", "always", "module", "once", "ignore"):
    print(action, run(action, calls))
# "once" is global across registries
shown.clear()
warnings.simplefilter("once")
warnings.warn_explicit("m", UserWarning, "other.py", 9, registry={})
warnings.warn_explicit("fresh", UserWarning, "other.py", 9, registry={})
print("once again", shown)
shown.clear()
for _ in range(3):
    warnings.warn_explicit("global once", UserWarning, "g.py", 1)
    warnings.warn_explicit("global once", UserWarning, "h.py", 2)
print("onceregistry", shown, sorted(k for k in warnings.onceregistry if k != "version"))

# registry None: nothing remembered
shown.clear()
warnings.resetwarnings()
for _ in range(2):
    warnings.warn_explicit("no registry", UserWarning, "f.py", 3)
print(shown)

# module derived from the filename
shown.clear()
warnings.resetwarnings()
warnings.filterwarnings("ignore", module="mymod")
warnings.warn_explicit("one", UserWarning, "mymod.py", 1)
warnings.warn_explicit("two", UserWarning, "mymod.PY", 1)
warnings.warn_explicit("three", UserWarning, "othermod.py", 1)
warnings.warn_explicit("four", UserWarning, "othermod.py", 1, module="mymod.sub")
print(shown)

# lineno filter
shown.clear()
warnings.resetwarnings()
warnings.filterwarnings("ignore", lineno=7)
for ln in (6, 7, 8):
    warnings.warn_explicit("ln", UserWarning, "x.py", ln)
print(shown)

# changing filters resets the registries
shown.clear()
warnings.resetwarnings()
reg = {}
warnings.warn_explicit("r", UserWarning, "x.py", 1, registry=reg)
warnings.warn_explicit("r", UserWarning, "x.py", 1, registry=reg)
print(len(shown), sorted(k for k in reg if k != "version"))
warnings.simplefilter("default")
warnings.warn_explicit("r", UserWarning, "x.py", 1, registry=reg)
print(len(shown))

# errors
try:
    warnings.warn_explicit("bad", UserWarning, "x.py", 1, registry=[])
except TypeError as e:
    print(type(e).__name__, e)
warnings.resetwarnings()
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    warnings.warn_explicit("w", UserWarning, "x.py", 1)
except RuntimeError as e:
    print(type(e).__name__, e)
warnings.resetwarnings()
warnings.simplefilter("error")
try:
    warnings.warn_explicit("as error", DeprecationWarning, "x.py", 1)
except DeprecationWarning as e:
    print("raised", repr(e))
warnings.showwarning = 42
warnings.simplefilter("always")
try:
    warnings.warn_explicit("x", UserWarning, "x.py", 1)
except TypeError as e:
    print(type(e).__name__, e)
