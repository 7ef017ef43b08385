import warnings

def names(log):
    return [(w.category.__name__, str(w.message)) for w in log]

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(RuntimeWarning("instance"))
    warnings.warn(FutureWarning("instance wins"), UserWarning)
    class MyWarning(UserWarning):
        pass
    warnings.warn("custom", MyWarning)
print(names(log))
w = log[0]
print(type(w).__name__, type(w.message).__name__, w.category is UserWarning, w.file, w.line, w.source)
print(isinstance(w.lineno, int), isinstance(w.filename, str))

# the filters are restored after the block
before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.filterwarnings("error", "x")
print(warnings.filters == before)

# "error" turns warnings into exceptions
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    w = UserWarning("same object")
    try:
        warnings.warn(w)
    except UserWarning as e:
        print("same instance:", e is w)

# "ignore"
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
print(len(log))

# category filtering, most recent filter first
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.warn("a", DeprecationWarning)
    warnings.warn("b", UserWarning)
    warnings.warn("c", FutureWarning)
print(names(log))

# message regex (case-insensitive, matched at the start)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", "spam")
    warnings.warn("SPAM and eggs")
    warnings.warn("eggs and spam")
print(names(log))

# module regex: the warning comes from __main__
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="__ma")
    warnings.warn("from main")
    warnings.filterwarnings("ignore", module="other")
print(len(log))

# catch_warnings(action=...)
with warnings.catch_warnings(action="error", category=SyntaxWarning):
    try:
        warnings.warn("syn", SyntaxWarning)
    except SyntaxWarning as e:
        print("action kw:", e)

# category errors
for bad in (int, 5, "str"):
    try:
        warnings.warn("x", bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    warnings.warn("x", skip_file_prefixes=["a"])
except TypeError as e:
    print(type(e).__name__, e)

# nesting
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    warnings.warn("outer 1")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("inner")
    warnings.warn("outer 2")
print(names(outer), names(inner))

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(type(e).__name__, e)
