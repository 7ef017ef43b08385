"""Module specs and the loaders behind them."""

import sys
import _imp

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every file suffix the import system recognises."""
    return [*SOURCE_SUFFIXES, *BYTECODE_SUFFIXES, *EXTENSION_SUFFIXES]


class ModuleSpec:
    """What the import system knows about a module before and after loading it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        # A package's spec lists where its submodules are searched; a module's has None.
        locations = [] if is_package else None
        vars(self).update(name=name, loader=loader, origin=origin, loader_state=loader_state,
                          submodule_search_locations=locations, cached=None)
        self._located = False

    @property
    def parent(self):
        """The package the module belongs to ('' for a top-level module)."""
        if self.submodule_search_locations is not None:
            return self.name
        return '.'.join(self.name.split('.')[:-1])

    @property
    def has_location(self):
        """Whether `origin` is a file the module can be reloaded from."""
        return self._located

    @has_location.setter
    def has_location(self, value):
        self._located = bool(value)

    def __repr__(self):
        shown = [('name', repr(self.name)), ('loader', repr(self.loader))]
        if self.origin is not None:
            shown.append(('origin', repr(self.origin)))
        if self.submodule_search_locations is not None:
            shown.append(('submodule_search_locations', str(self.submodule_search_locations)))
        inner = ', '.join(f'{key}={text}' for key, text in shown)
        return f'{type(self).__name__}({inner})'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name, self.loader, self.origin, self.cached,
                self.submodule_search_locations, self.has_location) == \
            (other.name, other.loader, other.origin, other.cached,
             other.submodule_search_locations, other.has_location)

    __hash__ = None


class BuiltinImporter:
    """Finds and loads the modules compiled into the interpreter."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, cls, origin='built-in')
        return None

    @staticmethod
    def create_module(spec):
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass


class FrozenImporter:
    """Finds and loads the Python modules embedded in the interpreter's binary."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _imp.find_source(fullname)
        if found is None or found[2]:
            return None
        spec = ModuleSpec(fullname, cls, origin='frozen', is_package=found[3] is not None)
        if found[3] is not None:
            spec.submodule_search_locations.append(found[3])
        return spec

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        found = _imp.find_source(module.__name__)
        if found is None:
            raise ImportError(f'no frozen module named {module.__name__!r}',
                              name=module.__name__)
        exec(compile(found[0], found[1], 'exec'), module.__dict__)


class FileLoader:
    """Loads a module from a file on disk."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash((self.name, self.path))

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_resource_reader(self, module=None):
        return None


class SourceFileLoader(FileLoader):
    """Loads a module from its Python source file."""

    def is_package(self, fullname=None):
        base = self.path.replace('\\', '/').rpartition('/')[2]
        return base.rpartition('.')[0] == '__init__'

    def get_source(self, fullname=None):
        return self.get_data(self.path).decode('utf-8')

    def get_code(self, fullname=None):
        return compile(self.get_source(fullname), self.path, 'exec')

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, fullname=None):
        name = fullname or self.name
        module = sys.modules.get(name)
        if module is None:
            module = type(sys)(name)
            module.__file__ = self.path
            module.__loader__ = self
            sys.modules[name] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(name, None)
            raise
        return sys.modules[name]


class PathFinder:
    """Finds modules on `sys.path` (or a package's `__path__`)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _imp.find_source(fullname)
        if found is None or not found[2]:
            return None
        return _spec_for_file(fullname, found[1], found[3])

    @classmethod
    def invalidate_caches(cls):
        pass


def _spec_for_file(name, filename, package_dir=None):
    spec = ModuleSpec(name, SourceFileLoader(name, filename), origin=filename,
                      is_package=package_dir is not None)
    spec.has_location = True
    if package_dir is not None:
        spec.submodule_search_locations.append(package_dir)
    return spec


def _spec_of_loaded(module):
    """The spec of a module the import statement loaded (made on first use)."""
    name = module.__name__
    if name in sys.builtin_module_names:
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    namespace = module.__dict__
    filename = namespace.get('__file__')
    path = namespace.get('__path__')
    if filename is None:
        spec = ModuleSpec(name, FrozenImporter, origin='frozen', is_package=path is not None)
        if path is not None:
            spec.submodule_search_locations.extend(path)
        return spec
    spec = _spec_for_file(name, filename)
    if path is not None:
        spec.submodule_search_locations = list(path)
    return spec
