"""Helpers for working with the import system: finding specs and making modules."""

import sys
import _imp
from importlib import _absolute_name
from importlib.machinery import (ModuleSpec, SourceFileLoader, BuiltinImporter,
                                 FrozenImporter, _spec_for_file)

MAGIC_NUMBER = b'\xcb\r\r\n'


def resolve_name(name, package):
    """The absolute name for `name`, relative to `package` when it starts with dots."""
    if name[:1] != '.':
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    return _absolute_name(name, package)


def find_spec(name, package=None):
    """The spec `import name` would use, or None when no such module exists. A module
    already in `sys.modules` answers with its own `__spec__`; the parent package of a
    dotted name is imported first."""
    full = resolve_name(name, package) if name.startswith('.') else name
    module = sys.modules.get(full)
    if module is not None:
        spec = getattr(module, '__spec__', None)
        if spec is None:
            raise ValueError(f'{full}.__spec__ is None')
        return spec
    if full in sys.builtin_module_names:
        return ModuleSpec(full, BuiltinImporter, origin='built-in')
    parent = full.rpartition('.')[0]
    if parent:
        parent_module = __import__(parent, fromlist=['__name__'])
        if not hasattr(parent_module, '__path__'):
            raise ModuleNotFoundError(
                f'__path__ attribute not found on {parent!r} while trying to find {full!r}',
                name=full)
    found = _imp.find_source(full)
    if found is None:
        return None
    source, filename, real, package_dir = found
    if real:
        return _spec_for_file(full, filename, package_dir)
    spec = ModuleSpec(full, FrozenImporter, origin='frozen',
                      is_package=package_dir is not None)
    if package_dir is not None:
        spec.submodule_search_locations.append(package_dir)
    return spec


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for loading module `name` from the source file at `location`."""
    if location is None:
        return None
    location = str(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif hasattr(loader, 'is_package') and loader.is_package(name):
        spec.submodule_search_locations = [location.replace('\\', '/').rpartition('/')[0]]
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for module `name` loaded by `loader`."""
    probe = getattr(loader, 'is_package', None)
    if is_package is None and probe is not None:
        try:
            is_package = probe(name)
        except ImportError:
            pass
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module for `spec`, with its import-related attributes set (not executed)."""
    module = None
    create = getattr(spec.loader, 'create_module', None)
    if create is not None:
        module = create(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    settings = {'__spec__': spec, '__loader__': spec.loader, '__package__': spec.parent}
    if spec.submodule_search_locations is not None:
        settings['__path__'] = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        settings['__file__'] = spec.origin
    for attribute, value in settings.items():
        setattr(module, attribute, value)
    return module


def source_hash(source_bytes):
    raise NotImplementedError('importlib.util.source_hash: Ferrython has no bytecode cache')


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where a bytecode cache for `path` would live; Ferrython keeps none."""
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, _, tail = path.rpartition('/')
    stem = tail.rpartition('.')[0] or tail
    cache_dir = f'{head}/__pycache__' if head else '__pycache__'
    return f'{cache_dir}/{stem}.{sys.implementation.cache_tag}.pyc'
