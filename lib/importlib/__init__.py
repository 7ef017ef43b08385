"""The import system as a library: importing by name, reloading, and the `util` and
`machinery` submodules.

Ferrython's import statement is implemented natively; these functions reach it through
`__import__` and the native `_imp` module (which finds a module's source the way the import
statement would).
"""

import sys
import _imp

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _absolute_name(name, package):
    """`name` made absolute; a leading dot means relative to `package`."""
    if name[:1] != '.':
        return name
    if not package:
        raise TypeError("the 'package' argument is required to perform a relative "
                        f"import for {name!r}")
    dots = len(name) - len(name.lstrip('.'))
    parts = package.rsplit('.', dots - 1)
    if len(parts) < dots:
        raise ImportError('attempted relative import beyond top-level package')
    base = parts[0]
    rest = name[dots:]
    return f'{base}.{rest}' if rest else base


def import_module(name, package=None):
    """Imports the module `name` (relative to `package` when it starts with dots) and
    returns it: the module itself, not its top-level package."""
    full = _absolute_name(name, package)
    if not full:
        raise ValueError('Empty module name')
    __import__(full)
    return sys.modules[full]


def reload(module):
    """Executes the module's source again in its existing namespace and returns the
    module now registered under its name."""
    if not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    name = module.__name__
    registered = sys.modules.get(name)
    if registered is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    if name in sys.builtin_module_names:
        return module  # nothing to execute again
    found = _imp.find_source(name)
    if found is None:
        raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
    source, filename, _, _ = found
    exec(compile(source, filename, 'exec'), module.__dict__)
    return sys.modules[name]


def invalidate_caches():
    """Nothing is cached between imports here, so there is nothing to clear."""
