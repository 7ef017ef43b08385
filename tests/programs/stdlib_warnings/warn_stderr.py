import os
import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)

def helper():
    warnings.warn("from helper")

for i in range(3):
    warnings.warn("in a loop")
helper()
helper()
old_api()
old_api()
warnings.warn("runtime", RuntimeWarning)
warnings.warn("future", FutureWarning)
warnings.warn("future", FutureWarning)
warnings.warn("deprecated at top level", DeprecationWarning)
warnings.warn("too far up", stacklevel=10)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    helper()
    old_api()
for w in log:
    print(os.path.basename(w.filename), w.lineno, w.category.__name__, w.message)
warnings.simplefilter("error")
try:
    helper()
except UserWarning as e:
    print("error:", e)
print(sorted(k for k in globals()["__warningregistry__"] if k != "version"))
print("done")
