# Extra checks: module action, -W style option parsing, filters with regex module, catch_warnings args.
import warnings, io

shown = []
warnings.showwarning = lambda m, c, f, l, file=None, line=None: shown.append((str(m), f, l))
warnings.resetwarnings()
warnings.simplefilter("module")
reg = {}
for ln in (1, 2, 1, 3):
    warnings.warn_explicit("mod", UserWarning, "a.py", ln, registry=reg)
print(shown)
print(sorted((k for k in reg if k != "version"), key=repr))
warnings.showwarning = warnings._showwarning_orig

warnings.resetwarnings()
warnings._setoption("error::RuntimeWarning")
warnings._setoption("ignore:some text:UserWarning:pkg.mod:4")
warnings._setoption("i::DeprecationWarning")
for f in warnings.filters:
    print(f[0], f[1].pattern if f[1] else None, f[2].__name__, f[3].pattern if f[3] else None, f[4])
for bad in ["bogus", "error:x:NoSuchWarning", "error:x:int", "a:b:c:d:e:f", "error::Warning::x", "error::Warning::-1", "error:::nosuch.mod.X"]:
    try:
        warnings._setoption(bad)
    except warnings._OptionError as e:
        print("OptionError", e)
warnings.resetwarnings()

with warnings.catch_warnings(record=True, action="always") as log:
    warnings.warn("a")
    warnings.warn("a")
    warnings.warn(UserWarning("b"), DeprecationWarning)
print([(type(w.message).__name__, str(w.message), w.category.__name__) for w in log])
cw = warnings.catch_warnings(module=warnings)
print(repr(cw))
buf = io.StringIO()
warnings.showwarning("m", UserWarning, "nosuchfile.py", 1, file=buf, line="  line text  ")
print(repr(buf.getvalue()))
print(warnings.formatwarning("x", UserWarning, "f.py", 1, line=""))
print(repr(warnings.formatwarning(123, RuntimeWarning, "g.py", 2, line="z")))
print(warnings.__all__)
print(warnings.defaultaction, type(warnings.onceregistry).__name__)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn_explicit(ValueError and UserWarning("inst"), None, "q.py", 5)
    except UserWarning as e:
        print("err", e)
