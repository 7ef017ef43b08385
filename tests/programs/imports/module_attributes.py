import os
import pkg_basic
import pkg_basic.util
print(__name__, __package__, __spec__, __doc__)
print(os.path.basename(__file__))
print(pkg_basic.__name__, pkg_basic.__package__, pkg_basic.__doc__)
print(os.path.relpath(pkg_basic.__file__), os.path.relpath(pkg_basic.util.__file__))
print([os.path.relpath(p) for p in pkg_basic.__path__], hasattr(pkg_basic.util, '__path__'))
print(pkg_basic.util.__spec__.name, pkg_basic.util.__spec__.parent, type(pkg_basic).__name__)
print(sorted(n for n in dir(pkg_basic.util) if not n.startswith('__')))
print(repr(pkg_basic.util).startswith("<module 'pkg_basic.util' from "))
import math
print(repr(math).startswith("<module 'math'"))
