"""Running modules and script files as programs (`python -m` and friends) from Python code."""

import sys
import os
import _imp

__all__ = ['run_module', 'run_path']


class _SwappedSys:
    """Temporarily installs `module` as `sys.modules[name]` and `path` as `sys.argv[0]`."""

    def __init__(self, name, module, path):
        self.name = name
        self.module = module
        self.path = path

    def __enter__(self):
        self.old_module = sys.modules.get(self.name, self)
        sys.modules[self.name] = self.module
        self.old_argv0 = sys.argv[0] if sys.argv else self
        if sys.argv:
            sys.argv[0] = self.path
        else:
            sys.argv.append(self.path)
        return self

    def __exit__(self, *exc):
        if self.old_module is self:
            sys.modules.pop(self.name, None)
        else:
            sys.modules[self.name] = self.old_module
        if self.old_argv0 is self:
            sys.argv.pop(0)
        else:
            sys.argv[0] = self.old_argv0
        return False


def _execute(source, filename, namespace, init_globals, name, file, package, spec):
    if init_globals is not None:
        namespace.update(init_globals)
    namespace.update(__name__=name, __file__=file, __cached__=None, __doc__=None,
                     __loader__=spec.loader if spec is not None else None,
                     __package__=package, __spec__=spec)
    exec(compile(source, filename, 'exec'), namespace)
    return namespace


def _in_temp_module(source, filename, init_globals, name, file, package, spec):
    module = type(sys)(name)
    with _SwappedSys(name, module, file if file is not None else sys.argv[0]):
        _execute(source, filename, module.__dict__, init_globals, name, file, package, spec)
        return module.__dict__.copy()


def _find(mod_name):
    if mod_name.startswith('.'):
        raise ImportError('Relative module names not supported')
    found = _imp.find_source(mod_name)
    if found is None:
        raise ImportError(f'No module named {mod_name}')
    if found[3] is not None:
        main = mod_name + '.__main__'
        if _imp.find_source(main) is None:
            raise ImportError(f"No module named {main}; '{mod_name}' is a package and "
                              "cannot be directly executed")
        return _find(main)
    return mod_name, found


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs module `mod_name`'s code (a package's `__main__` submodule) in a fresh
    namespace, as `python -m` would, and returns that namespace."""
    from importlib.util import find_spec
    mod_name, (source, filename, real, _) = _find(mod_name)
    spec = find_spec(mod_name)
    name = run_name if run_name is not None else mod_name
    file = filename if real else None
    package = mod_name.rpartition('.')[0]
    if alter_sys:
        return _in_temp_module(source, filename, init_globals, name, file, package, spec)
    return _execute(source, filename, {}, init_globals, name, file, package, spec)


def run_path(path_name, init_globals=None, run_name=None):
    """Runs the script at `path_name` (a directory runs its `__main__.py`) in a fresh
    namespace and returns that namespace."""
    path_name = os.fspath(path_name)
    name = run_name if run_name is not None else '<run_path>'
    script = path_name
    if os.path.isdir(path_name):
        script = os.path.join(path_name, '__main__.py')
        if not os.path.exists(script):
            raise ImportError(f"can't find '__main__' module in {path_name!r}")
        sys.path.insert(0, path_name)
        try:
            with open(script, encoding='utf-8') as f:
                source = f.read()
            return _in_temp_module(source, script, init_globals, name, script, '', None)
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    with open(script, 'rb') as f:
        source = f.read().decode('utf-8')
    return _in_temp_module(source, script, init_globals, name, script, '', None)
