import os
import warnings
from warnhelpers import lib

def where(log):
    return [(os.path.basename(w.filename), w.lineno, str(w.message)) for w in log]

# DeprecationWarning is shown by default only when attributed to __main__
lib.deprecated_call()
lib.internal_warn()
lib.internal_warn()
warnings.warn("main deprecation", DeprecationWarning)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    lib.deprecated_call()
    lib.internal_warn()
    lib.blame_user()
    lib.nested()
    warnings.warn("level 1", stacklevel=1)
    warnings.warn("level 0", stacklevel=0)
    warnings.warn("level -5", stacklevel=-5)
    warnings.warn("beyond the stack", stacklevel=99)
for item in where(log):
    print(item)

# module filters apply to the module the warning is attributed to
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="warnhelpers")
    lib.internal_warn()
    lib.deprecated_call()
print(where(log))

# registries live in the module globals
print(sorted(k[0] for k in vars(lib).get("__warningregistry__", {}) if k != "version"))
print(sorted(k[0] for k in globals().get("__warningregistry__", {}) if k != "version"))
