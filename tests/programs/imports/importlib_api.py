# importlib.import_module / reload / util / machinery and runpy, against modules next to this file.
import importlib
import importlib.util
import importlib.machinery
import os
import runpy
import sys

sys.path.insert(0, 'mods')
m = importlib.import_module('pkg_basic.util')
print(m.__name__, m is sys.modules['pkg_basic.util'])
print(importlib.import_module('.util', 'pkg_basic') is m)
print(importlib.import_module('os.path').__name__)
for bad in [('.x', None), ('', None), ('no_such_module_zz', None), ('...x', 'a')]:
    try:
        importlib.import_module(*bad)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
try:
    importlib.reload(42)
except TypeError as e:
    print(e)
plain = importlib.import_module('plainmod')
plain.bump()
plain.extra = 'kept'
again = importlib.reload(plain)
print(again is plain, plain.counter, plain.extra)

spec = importlib.util.find_spec('plainmod')
print(spec.name, spec.parent == '', spec.has_location, os.path.basename(spec.origin))
print(spec.submodule_search_locations, type(spec.loader).__name__)
pspec = importlib.util.find_spec('pkg_basic')
print(pspec.name, pspec.parent, [os.path.basename(p) for p in pspec.submodule_search_locations])
print(importlib.util.find_spec('no_such_module_zz'))
print(importlib.util.find_spec('sys').origin, importlib.util.find_spec('json').name)
print(importlib.util.resolve_name('..c', 'a.b.d'), importlib.util.resolve_name('x', None))
print(m.__spec__.name, m.__spec__.parent, os.path.basename(m.__spec__.origin))
print(sys.modules['pkg_basic'].__spec__.submodule_search_locations is not None)

path = os.path.join('mods', 'plainmod.py')
s = importlib.util.spec_from_file_location('loaded_by_path', path)
mod = importlib.util.module_from_spec(s)
print(mod.__name__, 'counter' in dir(mod), os.path.basename(mod.__file__))
s.loader.exec_module(mod)
print(mod.bump(), mod.bump(), 'loaded_by_path' in sys.modules)

ms = importlib.machinery.ModuleSpec('a.b', None)
print(ms, ms.parent, ms.has_location, ms.cached, ms.submodule_search_locations)
ms2 = importlib.machinery.ModuleSpec('a.b', None, origin='/x/y.py', is_package=True)
print(ms2, ms2.parent, ms == importlib.machinery.ModuleSpec('a.b', None))
print(importlib.machinery.SOURCE_SUFFIXES)

ns = runpy.run_path(path)
print(ns['__name__'], ns['counter'], sorted(k for k in ns if not k.startswith('__')))
ns = runpy.run_module('plainmod', run_name='__main__')
print(ns['__name__'], os.path.basename(ns['__file__']))
ns = runpy.run_module('plainmod', init_globals={'preset': 1}, alter_sys=True)
print(ns['preset'], ns['__name__'], sys.argv[0] != ns['__file__'])
try:
    runpy.run_module('no_such_module_zz')
except ImportError as e:
    print(type(e).__name__, e)
try:
    runpy.run_module('pkg_basic')
except ImportError as e:
    print(type(e).__name__, e)
