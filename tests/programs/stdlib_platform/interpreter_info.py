# Interpreter queries: each must agree with the sys module.
import platform
import sys

v = platform.python_version()
t = platform.python_version_tuple()
print(type(v).__name__, type(t).__name__, len(t), all(type(p) is str for p in t))
print(v == '.'.join(t), t == tuple(str(n) for n in sys.version_info[:3]))
print(v.startswith('%d.%d' % sys.version_info[:2]))
print(v, t)

impl = platform.python_implementation()
expected = {'cpython': 'CPython', 'pypy': 'PyPy', 'ferrython': 'Ferrython'}
print(type(impl).__name__, impl == expected.get(sys.implementation.name))

build = platform.python_build()
print(type(build).__name__, len(build), [type(x).__name__ for x in build])
print(type(platform.python_branch()).__name__, type(platform.python_revision()).__name__)
try:
    compiler = platform.python_compiler()
    print('compiler', type(compiler).__name__)
except NotImplementedError:
    print('compiler', 'str')
