# locale.getdefaultlocale warns with CPython 3.12 deprecation message.
import warnings, locale
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    locale.getdefaultlocale()
    print(w[0].category.__name__, w[0].message)
