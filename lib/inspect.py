"""Inspect live objects: type predicates, members, docstrings, source code,
call signatures (Signature, Parameter, BoundArguments) and generator or
coroutine states."""

import collections
import functools
import sys
import types

__all__ = [
    'BoundArguments', 'CORO_CLOSED', 'CORO_CREATED', 'CORO_RUNNING',
    'CORO_SUSPENDED', 'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR',
    'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE',
    'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS', 'FullArgSpec',
    'GEN_CLOSED', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'Parameter',
    'Signature', 'cleandoc', 'currentframe', 'formatannotation',
    'get_annotations', 'getattr_static', 'getcoroutinestate', 'getdoc',
    'getfile', 'getfullargspec', 'getgeneratorstate', 'getmembers',
    'getmembers_static', 'getmodule', 'getmodulename', 'getmro',
    'getsource', 'getsourcefile', 'getsourcelines', 'isabstract',
    'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isbuiltin',
    'isclass', 'iscode', 'iscoroutine', 'iscoroutinefunction',
    'isdatadescriptor', 'isframe', 'isfunction', 'isgenerator',
    'isgeneratorfunction', 'isgetsetdescriptor', 'ismemberdescriptor',
    'ismethod', 'ismethoddescriptor', 'ismethodwrapper', 'ismodule',
    'isroutine', 'istraceback', 'markcoroutinefunction', 'signature',
    'stack', 'unwrap', 'getclosurevars', 'getcallargs', 'indentsize',
    'getcomments', 'getblock', 'findsource', 'trace', 'ClosureVars',
    'AGEN_CLOSED', 'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED',
    'ArgInfo', 'Arguments', 'Attribute', 'BlockFinder', 'BufferFlags',
    'ClassFoundException', 'EndOfBlock', 'FrameInfo', 'TPFLAGS_IS_ABSTRACT',
    'Traceback', 'classify_class_attrs', 'formatannotationrelativeto',
    'formatargvalues', 'getabsfile', 'getargs', 'getargvalues',
    'getasyncgenlocals', 'getasyncgenstate', 'getclasstree',
    'getcoroutinelocals', 'getframeinfo', 'getgeneratorlocals',
    'getinnerframes', 'getlineno', 'getouterframes', 'walktree',
]

# Code object flags
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


def _sample_coroutine_types():
    async def coro():
        pass

    async def agen():
        yield

    c = coro()
    ctype = type(c)
    c.close()
    return ctype, type(agen())


_CoroutineType, _AsyncGeneratorType = _sample_coroutine_types()
_CodeType = types.CodeType
_GeneratorType = types.GeneratorType
_FunctionType = types.FunctionType
_MethodType = types.MethodType
_BuiltinType = types.BuiltinFunctionType
_ModuleType = types.ModuleType
_TracebackType = getattr(types, 'TracebackType', None)
_FrameType = getattr(types, 'FrameType', None)


# ---------------------------------------------------------------------------
# Predicates

def ismodule(object):
    """True for module objects."""
    return isinstance(object, _ModuleType)


def isclass(object):
    """True for classes."""
    return isinstance(object, type)


def ismethod(object):
    """True for bound methods."""
    return isinstance(object, _MethodType)


def isfunction(object):
    """True for functions written in Python (including lambdas)."""
    return isinstance(object, _FunctionType)


def isbuiltin(object):
    """True for built-in functions and bound built-in methods."""
    return isinstance(object, _BuiltinType)


def iscode(object):
    """True for code objects."""
    return isinstance(object, _CodeType)


def istraceback(object):
    """True for traceback objects."""
    return _TracebackType is not None and isinstance(object, _TracebackType)


def isframe(object):
    """True for frame objects."""
    return _FrameType is not None and isinstance(object, _FrameType)


def ismethoddescriptor(object):
    """True for method descriptors that are not data descriptors, such as
    str.join (but not functions, methods or classes)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """True for objects whose type defines __set__ or __delete__."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    """True for slot member descriptors."""
    mtype = getattr(types, 'MemberDescriptorType', None)
    return mtype is not None and isinstance(object, mtype)


def isgetsetdescriptor(object):
    """True for getset descriptors of extension types."""
    gtype = getattr(types, 'GetSetDescriptorType', None)
    return gtype is not None and isinstance(object, gtype)


def ismethodwrapper(object):
    """True for method-wrapper objects (bound slot wrappers)."""
    wtype = getattr(types, 'MethodWrapperType', None)
    return wtype is not None and isinstance(object, wtype)


def isroutine(object):
    """True for any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or
            ismethoddescriptor(object) or ismethodwrapper(object))


def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def _has_code_flag(f, flag):
    f = _unwrap_partial(f)
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """True for functions (and methods, partials) containing yield."""
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_marker = object()


def _has_coroutine_mark(f):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    return getattr(f, '_is_coroutine_marker', None) is _is_coroutine_marker


def markcoroutinefunction(func):
    """Make iscoroutinefunction() report True for func."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_marker
    return func


def iscoroutinefunction(obj):
    """True for functions defined with async def (not async generators)."""
    return _has_code_flag(obj, CO_COROUTINE) or _has_coroutine_mark(obj)


def isasyncgenfunction(obj):
    """True for async def functions that contain yield."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """True for generator objects."""
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    """True for coroutine objects made by calling an async def function."""
    return isinstance(object, _CoroutineType)


def isasyncgen(object):
    """True for asynchronous generator objects."""
    return isinstance(object, _AsyncGeneratorType)


def isawaitable(object):
    """True if object can be used in an await expression."""
    if isinstance(object, _CoroutineType):
        return True
    if isinstance(object, _GeneratorType) and \
            bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE):
        return True
    awaitable = getattr(collections.abc, 'Awaitable', None)
    if awaitable is not None:
        return isinstance(object, awaitable)
    for klass in type(object).__mro__:
        if '__await__' in klass.__dict__:
            return klass.__dict__['__await__'] is not None
    return False


def isabstract(object):
    """True for a class with abstract methods left unimplemented."""
    if not isinstance(object, type):
        return False
    try:
        if object.__flags__ & TPFLAGS_IS_ABSTRACT:
            return True
    except AttributeError:
        pass
    try:
        abstracts = object.__abstractmethods__
    except AttributeError:
        abstracts = None
    if abstracts:
        return True
    if abstracts is not None:
        return False
    # The class may still be under construction inside ABCMeta.__new__.
    if not any(getattr(b, '__abstractmethods__', None) is not None
               for b in object.__mro__[1:]):
        return False
    for name, value in object.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(object, name, None)
            if getattr(value, '__isabstractmethod__', False):
                return True
    return False


# ---------------------------------------------------------------------------
# Members, MRO, modules

def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """All (name, value) attribute pairs of object sorted by name,
    optionally only those for which predicate(value) is true."""
    return _getmembers(object, predicate, getattr)


Attribute = collections.namedtuple('Attribute',
                                   'name kind defining_class object')


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for each attribute
    of cls; kind is 'class method', 'static method', 'property', 'method'
    or 'data'."""
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    result = []
    processed = set()
    for name in dir(cls):
        homecls = None
        dict_obj = None
        for base in all_bases:
            if name in base.__dict__:
                homecls = base
                dict_obj = base.__dict__[name]
                break
        if homecls is None:
            try:
                get_obj = getattr(cls, name)
            except AttributeError:
                continue
            dict_obj = get_obj
            homecls = getattr(get_obj, '__objclass__', cls)
        else:
            get_obj = getattr(cls, name, dict_obj)
        if isinstance(dict_obj, (staticmethod, types.BuiltinMethodType)) \
                and isinstance(dict_obj, staticmethod):
            kind = 'static method'
            obj = dict_obj
        elif isinstance(dict_obj, classmethod):
            kind = 'class method'
            obj = dict_obj
        elif isinstance(dict_obj, property):
            kind = 'property'
            obj = dict_obj
        elif isroutine(get_obj):
            kind = 'method'
            obj = get_obj
        else:
            kind = 'data'
            obj = get_obj
        result.append(Attribute(name, kind, homecls, obj))
        processed.add(name)
    return result


def walktree(classes, children, parent):
    """Helper for getclasstree(): nested lists of (class, bases)."""
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """The inheritance tree of classes as nested lists of (class, bases)
    tuples."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                children.setdefault(parent, [])
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


def getmembers_static(object, predicate=None):
    """Like getmembers() but looks attributes up with getattr_static()."""
    return _getmembers(object, predicate, getattr_static)


def getmro(cls):
    """The method resolution order of cls as a tuple."""
    return cls.__mro__


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None:
        for module in list(sys.modules.values()):
            if getattr(module, '__file__', None) == _filename:
                return module
    try:
        filename = getfile(object)
    except TypeError:
        return None
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == filename:
            return module
    return None


def getmodulename(path):
    """The module name a file path would be imported as, or None."""
    fname = path.replace('\\', '/').rsplit('/', 1)[-1]
    for suffix in ('.py', '.pyc', '.pyw'):
        if fname.endswith(suffix) and len(fname) > len(suffix):
            return fname[:-len(suffix)]
    return None


# ---------------------------------------------------------------------------
# Docstrings

def cleandoc(doc):
    """Remove the common indentation of a docstring's second and later lines,
    strip the first line, and drop blank lines at both ends."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            if margin is None or indent < margin:
                margin = indent
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name, None)
        if cls is None:
            return None
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                try:
                    doc = base.__doc__
                except AttributeError:
                    continue
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and \
                getattr(getattr(self, name, None), '__func__') is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if isclass(self) and \
                self.__qualname__ + '.' + name == obj.__qualname__:
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        func = obj.fget
        if func is None:
            return None
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = getattr(obj, '__name__', None)
        cls = getattr(obj, '__objclass__', None)
        if name is None or cls is None:
            return None
        if getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The cleaned-up docstring of object, inherited from a base class when
    object has none; None if there is no docstring."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---------------------------------------------------------------------------
# Source code

def getfile(object):
    """The name of the file object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = getattr(object, 'tb_frame', object)
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    f'code object was expected, got {type(object).__name__}')


def getabsfile(object, _filename=None):
    """The absolute, normalised path of object's source file."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    try:
        import os
        return os.path.normcase(os.path.abspath(_filename))
    except (ImportError, AttributeError):
        return _filename


def getsourcefile(object):
    """The Python source file object was defined in, or None."""
    filename = getfile(object)
    if filename.endswith(('.pyc', '.pyo')):
        filename = filename[:-1]
    elif not filename.endswith('.py') and not _file_exists(filename):
        return None
    if _file_exists(filename):
        return filename
    return None


def _file_exists(filename):
    try:
        with open(filename, encoding='utf-8') as f:
            f.read(0)
        return True
    except (OSError, ValueError, UnicodeError):
        return False


_source_cache = {}


def _read_lines(filename):
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding='utf-8') as f:
                text = f.read()
        except (OSError, UnicodeError):
            raise OSError('could not get source code') from None
        lines = text.splitlines(True)
        if lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        _source_cache[filename] = lines
    return lines


def _unwrap_for_source(object):
    object = unwrap(object)
    if ismethod(object):
        object = object.__func__
    if isinstance(object, (staticmethod, classmethod)):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = getattr(object, 'tb_frame', object)
    if isframe(object):
        object = object.f_code
    return object


def _line_scan(lines):
    """For each line: (starts_logical_line, bracket_depth_after,
    in_string_after, code_is_blank)."""
    info = []
    depth = 0
    quote = None          # the open string delimiter, if any
    continued = False     # previous line ended with a backslash
    for line in lines:
        starts = quote is None and depth == 0 and not continued
        i = 0
        n = len(line)
        has_code = False
        while i < n:
            ch = line[i]
            if quote is not None:
                if ch == '\\':
                    i += 2
                    continue
                if line.startswith(quote, i):
                    i += len(quote)
                    quote = None
                    continue
                i += 1
                continue
            if ch == '#':
                break
            if ch in '\'"':
                has_code = True
                if line.startswith(ch * 3, i):
                    quote = ch * 3
                    i += 3
                else:
                    quote = ch
                    i += 1
                continue
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth = max(0, depth - 1)
            if not ch.isspace():
                has_code = True
            i += 1
        stripped = line.rstrip('\r\n')
        continued = quote is None and stripped.endswith('\\')
        if quote is not None and len(quote) == 1:
            # An unterminated one-quote string ends with its line.
            quote = None
        info.append((starts, has_code))
    return info


class EndOfBlock(Exception):
    """Raised internally when a block of source ends."""


class ClassFoundException(Exception):
    """Raised internally when a class definition is found."""


class BlockFinder:
    """Finds the end of a block of source lines (see getblock())."""

    def __init__(self):
        self.last = 1

    def find(self, lines):
        block = getblock(lines)
        self.last = len(block)
        return self.last


def getblock(lines):
    """The lines of the block (def, class, decorated definition or single
    statement) beginning with lines[0]."""
    if not lines:
        return []
    info = _line_scan(lines)
    first = lines[0]
    base = len(first) - len(first.lstrip())
    # Skip decorators and find the header that ends with a colon.
    i = 0
    n = len(lines)
    while i < n and lines[i].lstrip().startswith('@'):
        i += 1
        while i < n and not info[i][0]:
            i += 1
    if i >= n:
        return lines[:n]
    header = lines[i].lstrip()
    if not (header.startswith(('def ', 'class ', 'async ')) or
            header.startswith(('def\t', 'class\t'))):
        # A single (possibly continued) statement, such as a lambda.
        end = i + 1
        while end < n and not info[end][0]:
            end += 1
        return lines[:end]
    # Find the end of the header (the first logical line).
    end = i + 1
    while end < n and not info[end][0]:
        end += 1
    header_text = ''.join(lines[i:end])
    body_start = end
    # A one-line body after the colon: `def f(): return 1`.
    code = header_text.split('#')[0].rstrip()
    if not code.endswith(':'):
        return lines[:end]
    last = end
    j = body_start
    while j < n:
        starts, has_code = info[j]
        if starts and has_code:
            indent = len(lines[j]) - len(lines[j].lstrip())
            if indent <= base:
                break
            last = j + 1
        elif not starts:
            last = j + 1
        j += 1
    return lines[:last]


def _find_class_line(lines, qualname):
    """Index of the line defining the class with this qualified name."""
    parts = [p for p in qualname.split('.') if p != '<locals>']
    lo, hi = 0, len(lines)
    found = None
    for depth, part in enumerate(parts):
        found = None
        prefix_candidates = ('class ' + part,)
        for idx in range(lo, hi):
            stripped = lines[idx].lstrip()
            for cand in prefix_candidates:
                if stripped.startswith(cand):
                    rest = stripped[len(cand):]
                    if rest[:1] in ('(', ':', '[', ' ', '\t'):
                        found = idx
                        break
            if found is None and depth < len(parts) - 1 and (
                    stripped.startswith('def ' + part) or
                    stripped.startswith('async def ' + part)):
                rest = stripped.split(part, 1)[1]
                if rest[:1] in ('(', ' ', '['):
                    found = idx
            if found is not None:
                break
        if found is None:
            return None
        block = getblock(lines[found:hi])
        lo, hi = found + 1, found + len(block)
    if found is None:
        return None
    # Include decorators written just above the class line.
    while found > 0 and lines[found - 1].lstrip().startswith('@'):
        found -= 1
    return found


def findsource(object):
    """(all lines of the source file, index of object's first line)."""
    filename = getsourcefile(object) if not iscode(object) else \
        object.co_filename
    if filename is None:
        try:
            filename = getfile(object)
        except TypeError:
            raise
    lines = _read_lines(filename)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        idx = _find_class_line(lines, object.__qualname__)
        if idx is None:
            raise OSError('could not find class definition')
        return lines, idx
    obj = _unwrap_for_source(object)
    if iscode(obj):
        lnum = obj.co_firstlineno - 1
        if lnum < 0 or lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def getsourcelines(object):
    """(list of source lines, number of the first line) for object."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if ismodule(object):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of object's definition."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def indentsize(line):
    """Width of the indentation of line, tabs expanded."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def getcomments(object):
    """The comment lines just above object's definition, or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end += 1
            return ''.join(comments)
        return None
    if lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and \
                indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end -= 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end -= 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


# ---------------------------------------------------------------------------
# Frames and the stack (the interpreter has no frame objects)

Traceback = collections.namedtuple(
    'Traceback', 'filename lineno function code_context index')
FrameInfo = collections.namedtuple(
    'FrameInfo', 'frame filename lineno function code_context index')


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) for a
    frame or traceback object."""
    if istraceback(frame) and not hasattr(frame, 'tb_frame'):
        raise NotImplementedError('traceback objects have no frames here')
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    filename = frame.f_code.co_filename
    return Traceback(filename, lineno, frame.f_code.co_name, None, None)


def getlineno(frame):
    """The current line number of a frame."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """The frames from frame outwards; needs frame objects."""
    raise NotImplementedError('inspect.getouterframes() needs frame objects')


def getinnerframes(tb, context=1):
    """The frames of a traceback; needs frame objects."""
    raise NotImplementedError('inspect.getinnerframes() needs frame objects')


ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')
Arguments = collections.namedtuple('Arguments', 'args, varargs, varkw')


def getargs(co):
    """Arguments(args, varargs, varkw) described by a code object."""
    if not iscode(co):
        raise TypeError(f'{co!r} is not a code object')
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs + nkwargs])
    step = nargs + nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = names[step]
        step += 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[step]
    return Arguments(args, varargs, varkw)


def getargvalues(frame):
    """ArgInfo for a frame's arguments."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Format the output of getargvalues() as '(a=1, *args=(), ...)'."""
    def convert(name):
        return formatarg(name) + formatvalue(locals[name])
    specs = [convert(name) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def currentframe():
    """The caller's frame, or None when the interpreter has no frames."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None
    return getframe(1)


def stack(context=1):
    """The caller's stack; not available without frame objects."""
    raise NotImplementedError('inspect.stack() needs frame objects, which '
                              'this interpreter does not provide')


def trace(context=1):
    """Frames between this one and an exception handler; not available."""
    raise NotImplementedError('inspect.trace() needs frame objects, which '
                              'this interpreter does not provide')


# ---------------------------------------------------------------------------
# Generator and coroutine states

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

_NOFRAME = object()


def getgeneratorstate(generator):
    """One of GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    frame = getattr(generator, 'gi_frame', _NOFRAME)
    if frame is None:
        return GEN_CLOSED
    if frame is _NOFRAME:
        closed = getattr(generator, 'gi_closed', None)
        if closed:
            return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    """One of CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    frame = getattr(coroutine, 'cr_frame', _NOFRAME)
    if frame is None:
        return CORO_CLOSED
    if frame is _NOFRAME:
        closed = getattr(coroutine, 'cr_closed', None)
        if closed:
            return CORO_CLOSED
    return CORO_CREATED


AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'


def getasyncgenstate(agen):
    """One of AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED."""
    if agen.ag_running:
        return AGEN_RUNNING
    if agen.ag_suspended:
        return AGEN_SUSPENDED
    frame = getattr(agen, 'ag_frame', _NOFRAME)
    if frame is None:
        return AGEN_CLOSED
    return AGEN_CREATED


def getasyncgenlocals(agen):
    """The local variables of a suspended async generator (needs
    frames)."""
    if not isasyncgen(agen):
        raise TypeError(f'{agen!r} is not a Python async generator')
    frame = getattr(agen, 'ag_frame', None)
    if frame is not None:
        return frame.f_locals
    return {}


def getgeneratorlocals(generator):
    """The local variables of a suspended generator (needs frames)."""
    if not isgenerator(generator):
        raise TypeError(f'{generator!r} is not a Python generator')
    frame = getattr(generator, 'gi_frame', None)
    if frame is not None:
        return frame.f_locals
    return {}


def getcoroutinelocals(coroutine):
    """The local variables of a suspended coroutine (needs frames)."""
    frame = getattr(coroutine, 'cr_frame', None)
    if frame is not None:
        return frame.f_locals
    return {}


# ---------------------------------------------------------------------------
# unwrap, getattr_static, get_annotations

def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes to the innermost object,
    stopping early where stop(obj) is true."""
    f = func
    memo = {id(f): f}
    limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in memo or len(memo) >= limit:
            raise ValueError(f'wrapper loop when unwrapping {f!r}')
        memo[id(func)] = func
    return func


_sentinel = object()


def _static_mro(klass):
    return klass.__mro__


def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return _sentinel
    if isinstance(instance_dict, dict) or hasattr(instance_dict, 'get'):
        return instance_dict.get(attr, _sentinel)
    return _sentinel


def _check_class(klass, attr):
    for entry in _static_mro(klass):
        d = entry.__dict__
        if attr in d:
            return d[attr]
    return _sentinel


def _is_data_descriptor(value):
    tp = type(value)
    for klass in tp.__mro__:
        if '__set__' in klass.__dict__ or '__delete__' in klass.__dict__:
            return True
    return False


def getattr_static(obj, attr, default=_sentinel):
    """Look attr up without triggering descriptors, __getattr__ or
    __getattribute__; returns what is stored (e.g. the property object)."""
    instance_result = _sentinel
    if not isinstance(obj, type):
        klass = type(obj)
        instance_result = _check_instance(obj, attr)
        klass_result = _check_class(klass, attr)
    else:
        klass = obj
        klass_result = _check_class(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        if _is_data_descriptor(klass_result):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        for entry in _static_mro(type(klass)):
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A fresh dict of obj's own annotations (a class, module or callable),
    with string annotations evaluated when eval_str is true."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        if ann is not None and not isinstance(ann, dict):
            ann = None
        module = sys.modules.get(getattr(obj, '__module__', None), None)
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap_obj = obj
    elif isinstance(obj, _ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__', None)
        obj_locals = None
        unwrap_obj = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap_obj = obj
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor '
                         'None')
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap_obj is not None:
        while True:
            if hasattr(unwrap_obj, '__wrapped__'):
                unwrap_obj = unwrap_obj.__wrapped__
                continue
            if isinstance(unwrap_obj, functools.partial):
                unwrap_obj = unwrap_obj.func
                continue
            break
        if hasattr(unwrap_obj, '__globals__'):
            obj_globals = unwrap_obj.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    if globals is None:
        globals = {}
    return {key: value if not isinstance(value, str)
            else eval(value, globals, locals)
            for key, value in ann.items()}


# ---------------------------------------------------------------------------
# Signatures

class _void:
    """Marker for 'argument not given' in replace()."""


class _empty:
    """Marker for a missing default or annotation."""


class _ParameterKind(int):
    """The kind of a Parameter; an int so kinds are ordered."""

    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self._description = description
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    @property
    def description(self):
        return self._description

    def __repr__(self):
        return f'<_ParameterKind.{self._name_}: {int(self)}>'

    def __str__(self):
        return self._name_

    def __format__(self, spec):
        return format(self._name_, spec)

    def __reduce__(self):
        return (getattr, (_ParameterKind, self._name_))

    def __hash__(self):
        return int.__hash__(self)


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD',
                                        'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
_ALL_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL,
              _KEYWORD_ONLY, _VAR_KEYWORD)
for _kind in _ALL_KINDS:
    setattr(_ParameterKind, _kind.name, _kind)
del _kind


def _kind_from(value):
    for kind in _ALL_KINDS:
        if value is kind:
            return kind
    if isinstance(value, int) and not isinstance(value, bool) and \
            0 <= value <= 4:
        return _ALL_KINDS[value]
    raise ValueError(f'value {value!r} is not a valid Parameter.kind')




def formatannotationrelativeto(object):
    """A formatannotation() that leaves out object's module name."""
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


class BufferFlags(int):
    """Flags of the buffer protocol (PEP 688)."""

    def __new__(cls, value, name=None):
        self = int.__new__(cls, value)
        self._name_ = name
        return self

    def __repr__(self):
        return f'<BufferFlags.{self._name_}: {int(self)}>'


for _name, _value in [('SIMPLE', 0), ('WRITABLE', 0x1), ('FORMAT', 0x4),
                      ('ND', 0x8), ('STRIDES', 0x10 | 0x8),
                      ('C_CONTIGUOUS', 0x20 | 0x10 | 0x8),
                      ('F_CONTIGUOUS', 0x40 | 0x10 | 0x8),
                      ('ANY_CONTIGUOUS', 0x80 | 0x10 | 0x8),
                      ('INDIRECT', 0x100 | 0x10 | 0x8),
                      ('CONTIG', 0x8 | 0x1), ('CONTIG_RO', 0x8),
                      ('STRIDED', 0x10 | 0x8 | 0x1), ('STRIDED_RO', 0x18),
                      ('RECORDS', 0x18 | 0x1 | 0x4), ('RECORDS_RO', 0x1c),
                      ('FULL', 0x118 | 0x1 | 0x4), ('FULL_RO', 0x11c),
                      ('READ', 0x100), ('WRITE', 0x200)]:
    setattr(BufferFlags, _name, BufferFlags(_value, _name))
del _name, _value


def formatannotation(annotation, base_module=None):
    """How an annotation is shown in a signature."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    generic_alias = getattr(types, 'GenericAlias', None)
    if generic_alias is not None and isinstance(annotation, generic_alias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation
    (the latter two are Parameter.empty when absent)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        kind = _kind_from(kind)
        if default is not _empty and kind in (_VAR_POSITIONAL,
                                              _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have '
                             'default values')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a '
                            f'{type(name).__name__}')
        if name[:1] == '.' and name[1:].isdigit():
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(
                    f'implicit arguments must be passed as positional or '
                    f'keyword arguments, not {kind.description}')
            kind = _POSITIONAL_ONLY
            name = f'implicit{name[1:]}'
        if not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void,
                default=_void):
        """A copy with the given fields changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default,
                          annotation=annotation)

    def __str__(self):
        kind = self.kind
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = f'{text} = {self._default!r}'
            else:
                text = f'{text}={self._default!r}'
        if kind == _VAR_POSITIONAL:
            text = '*' + text
        elif kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{self.__class__.__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation,
                     self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default,
                 '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']


class BoundArguments:
    """The result of Signature.bind(): an ordered mapping .arguments from
    parameter names to values, plus the .args and .kwargs to call with."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(arg)
            else:
                kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        """Fill in the defaults of the parameters not bound (and () or {}
        for unbound *args/**kwargs)."""
        arguments = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                filled.append((name, arguments[name]))
                continue
            if param.default is not _empty:
                value = param.default
            elif param.kind is _VAR_POSITIONAL:
                value = ()
            elif param.kind is _VAR_KEYWORD:
                value = {}
            else:
                continue
            filled.append((name, value))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    __hash__ = None

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        parts = [f'{name}={value!r}' for name, value in self.arguments.items()]
        return f'<{self.__class__.__name__} ({", ".join(parts)})>'


class Signature:
    """The call signature of a callable: an ordered mapping .parameters of
    Parameter objects and a .return_annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = collections.OrderedDict()
        elif __validate_parameters__:
            params = collections.OrderedDict()
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError(
                        f'wrong parameter order: {top_kind.description} '
                        f'parameter before {kind.description} parameter')
                if kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows '
                                             'default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError(f'duplicate parameter name: {name!r}')
                params[name] = param
        else:
            params = collections.OrderedDict(
                (param.name, param) for param in parameters)
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None,
                      locals=None, eval_str=False):
        """The signature of obj (see inspect.signature())."""
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given fields changed."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(p for p in self.parameters.values()
                       if p.kind != _KEYWORD_ONLY)
        kwo = {p.name: p for p in self.parameters.values()
               if p.kind == _KEYWORD_ONLY}
        return params, kwo, self.return_annotation

    def __hash__(self):
        params, kwo, ret = self._hash_basis()
        return hash((params, frozenset(kwo.values()), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = list(self.parameters.values())
        nparams = len(params)
        pi = 0
        extra = None          # a parameter to look at again for keywords
        ai = 0
        nargs = len(args)
        while True:
            if ai >= nargs:
                if pi >= nparams:
                    break
                param = params[pi]
                pi += 1
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError(f'{param.name!r} parameter is '
                                        'positional only, but was passed '
                                        'as a keyword')
                    extra = param
                    break
                if param.kind == _VAR_KEYWORD or \
                        param.default is not _empty:
                    extra = param
                    break
                if partial:
                    extra = param
                    break
                which = ' keyword-only' if param.kind == _KEYWORD_ONLY \
                    else ''
                raise TypeError(f'missing a required{which} argument: '
                                f'{param.name!r}')
            value = args[ai]
            ai += 1
            if pi >= nparams:
                raise TypeError('too many positional arguments')
            param = params[pi]
            pi += 1
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments')
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = (value,) + tuple(args[ai:])
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError(f'multiple values for argument '
                                f'{param.name!r}')
            arguments[param.name] = value

        kwargs_param = None
        rest = ([extra] if extra is not None else []) + params[pi:]
        for param in rest:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            if name in kwargs:
                value = kwargs.pop(name)
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{name!r} parameter is positional only, '
                                    'but was passed as a keyword')
                arguments[name] = value
            elif not partial and param.default is _empty:
                raise TypeError(f'missing a required argument: {name!r}')
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument '
                                f'{next(iter(kwargs))!r}')
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Map args and kwargs to the parameters as a call would, raising
        TypeError when they do not fit; returns BoundArguments."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{self.__class__.__name__} {self}>'

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None):
        """The signature as text, as in '(a, b=1, *, c) -> int'."""
        result = []
        pos_only_pending = False
        kw_marker_needed = True
        for param in self.parameters.values():
            text = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pos_only_pending = True
            elif pos_only_pending:
                result.append('/')
                pos_only_pending = False
            if kind == _VAR_POSITIONAL:
                kw_marker_needed = False
            elif kind == _KEYWORD_ONLY and kw_marker_needed:
                result.append('*')
                kw_marker_needed = False
            result.append(text)
        if pos_only_pending:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if max_width is not None and len(rendered) > max_width:
            rendered = '(\n    {}\n)'.format(',\n    '.join(result))
        if self.return_annotation is not _empty:
            rendered += f' -> {formatannotation(self.return_annotation)}'
        return rendered


def _signature_is_functionlike(obj):
    """True for objects that look like Python functions (have a code object,
    name, defaults and so on) without being FunctionType."""
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, _CodeType) and isinstance(name, str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, dict) or annotations is None))


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None,
                             locals=None, eval_str=False):
    code = func.__code__
    pos_count = code.co_argcount
    names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    kwonly_count = code.co_kwonlyargcount
    positional = names[:pos_count]
    keyword_only = names[pos_count:pos_count + kwonly_count]
    annotations = get_annotations(func, globals=globals, locals=locals,
                                  eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    params = []
    first_default = pos_count - len(defaults)
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else \
            _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default \
            else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = pos_count + kwonly_count
    if code.co_flags & CO_VARARGS:
        name = names[index]
        index += 1
        params.append(Parameter(name, _VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        params.append(Parameter(name, _KEYWORD_ONLY,
                                default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    return cls(params,
               return_annotation=annotations.get('return', _empty),
               __validate_parameters__=not isfunction(func))


def _signature_bound_method(sig):
    """Drop the first parameter (self) of a method's signature."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """The signature of functools.partial(f, ...) given f's signature."""
    old = list(wrapped_sig.parameters.values())
    args = extra_args + tuple(partial.args or ())
    keywords = partial.keywords or {}
    try:
        ba = wrapped_sig.bind_partial(*args, **keywords)
    except TypeError as ex:
        raise ValueError(f'partial object {partial!r} has incorrect '
                         'arguments') from ex
    new = collections.OrderedDict((p.name, p) for p in old)
    to_kwonly = False
    for param in old:
        name = param.name
        if name in ba.arguments:
            value = ba.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                del new[name]
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name in keywords:
                    to_kwonly = True
                    new[name] = param.replace(default=value)
                else:
                    del new[name]
                    continue
            if param.kind is _KEYWORD_ONLY:
                new[name] = param.replace(default=value)
        if to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new[name] = new[name].replace(kind=_KEYWORD_ONLY)
                new.move_to_end(name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new.move_to_end(name)
            elif param.kind is _VAR_POSITIONAL:
                new.pop(name, None)
    return wrapped_sig.replace(parameters=list(new.values()))


def _user_defined_method(cls, name):
    """cls's attribute name if it is written in Python (not inherited from
    a built-in type), else None."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            meth = klass.__dict__[name]
            break
    else:
        return None
    if klass in (type, object):
        return None
    if isinstance(meth, staticmethod):
        meth = meth.__func__
    elif isinstance(meth, classmethod):
        meth = meth.__func__
        return meth
    if isinstance(meth, _BuiltinType):
        return None
    return meth


def _signature_from_callable(obj, *, follow_wrapper_chains=True,
                             skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False, sigcls=None):
    if sigcls is None:
        sigcls = Signature

    def recurse(o):
        return _signature_from_callable(
            o, follow_wrapper_chains=follow_wrapper_chains,
            skip_bound_arg=skip_bound_arg, globals=globals, locals=locals,
            sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')

    if isinstance(obj, _MethodType):
        sig = recurse(obj.__func__)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: (hasattr(f, '__signature__') or
                                          isinstance(f, _MethodType)))
        if isinstance(obj, _MethodType):
            return recurse(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError(
                    f'unexpected object {sig!r} in __signature__ attribute')
            return sig

    if isinstance(obj, (staticmethod, classmethod)):
        return recurse(obj.__func__)

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj,
                                        skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    if isinstance(obj, functools.partial):
        wrapped = recurse(obj.func)
        return _signature_get_partial(wrapped, obj)

    if isbuiltin(obj) or ismethoddescriptor(obj):
        text = getattr(obj, '__text_signature__', None)
        if not text:
            text = _builtin_text_signature(obj)
        if text:
            return _signature_from_text(sigcls, text, obj, skip_bound_arg)
        raise ValueError(f'no signature found for builtin {obj!r}')

    if isinstance(obj, type):
        call = _user_defined_method(type(obj), '__call__')
        if getattr(call, '__module__', None) == 'abc':
            # abc.ABCMeta is native in CPython; its __call__ here only
            # checks for abstract methods and must not hide __init__.
            call = None
        if call is not None:
            return _signature_bound_method(recurse(call))
        new = _user_defined_method(obj, '__new__')
        init = _user_defined_method(obj, '__init__')
        for base in obj.__mro__:
            if new is not None and '__new__' in base.__dict__:
                sig = _namedtuple_signature(obj, new, sigcls)
                if sig is not None:
                    return sig
                sig = recurse(new)
                return _signature_bound_method(sig) if skip_bound_arg \
                    else sig
            if init is not None and '__init__' in base.__dict__:
                sig = recurse(init)
                return _signature_bound_method(sig) if skip_bound_arg \
                    else sig
        # Only object's (or a built-in base's) __new__/__init__.
        for base in obj.__mro__[:-1]:
            if getattr(base, '__module__', None) == 'builtins' and \
                    base is not object:
                text = getattr(base, '__text_signature__', None)
                if text:
                    return _signature_from_text(sigcls, text, base, True)
                raise ValueError(
                    f'no signature found for builtin type {base!r}')
        if obj.__module__ == 'builtins' and obj is not object:
            raise ValueError(f'no signature found for builtin type {obj!r}')
        return sigcls([])

    call = _user_defined_method(type(obj), '__call__')
    if call is not None:
        sig = recurse(call)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig
    raise ValueError(f'callable {obj!r} is not supported by signature')


# Documented signatures of the built-in functions, for interpreters whose
# builtins carry no __text_signature__.
_BUILTIN_SIGNATURES = {
    'abs': '(x, /)', 'aiter': '(async_iterable, /)', 'all': '(iterable, /)',
    'any': '(iterable, /)', 'ascii': '(obj, /)', 'bin': '(number, /)',
    'callable': '(obj, /)', 'chr': '(i, /)', 'delattr': '(obj, name, /)',
    'divmod': '(x, y, /)', 'eval': '(source, globals=None, locals=None, /)',
    'exec': '(source, globals=None, locals=None, /, *, closure=None)',
    'format': "(value, format_spec='', /)", 'globals': '()',
    'hasattr': '(obj, name, /)', 'hash': '(obj, /)', 'hex': '(number, /)',
    'id': '(obj, /)', 'input': "(prompt='', /)",
    'isinstance': '(obj, class_or_tuple, /)',
    'issubclass': '(cls, class_or_tuple, /)', 'len': '(obj, /)',
    'locals': '()', 'oct': '(number, /)', 'ord': '(c, /)',
    'pow': '(base, exp, mod=None)',
    'print': "(*args, sep=' ', end='\\n', file=None, flush=False)",
    'repr': '(obj, /)', 'round': '(number, ndigits=None)',
    'setattr': '(obj, name, value, /)',
    'sorted': '(iterable, /, *, key=None, reverse=False)',
    'sum': '(iterable, /, start=0)',
    'open': "(file, mode='r', buffering=-1, encoding=None, errors=None, "
            "newline=None, closefd=True, opener=None)",
    '__import__': '(name, globals=None, locals=None, fromlist=(), level=0)',
}


def _builtin_text_signature(obj):
    name = getattr(obj, '__name__', None)
    text = _BUILTIN_SIGNATURES.get(name)
    if text is None:
        return None
    import builtins
    if getattr(builtins, name, None) is not obj:
        return None
    return text


def _namedtuple_signature(cls, new, sigcls):
    """(field, ...) for a namedtuple class whose generated __new__ only
    takes *args and **kwargs."""
    fields = getattr(cls, '_fields', None)
    if not (issubclass(cls, tuple) and isinstance(fields, tuple)):
        return None
    code = getattr(new, '__code__', None)
    if code is None or code.co_argcount != 1 or \
            not code.co_flags & CO_VARARGS:
        return None
    defaults = getattr(cls, '_field_defaults', {}) or {}
    annotations = getattr(new, '__annotations__', None) or {}
    params = [Parameter(name, _POSITIONAL_OR_KEYWORD,
                        default=defaults.get(name, _empty),
                        annotation=annotations.get(name, _empty))
              for name in fields]
    return sigcls(params)


def _signature_from_text(cls, text, obj, skip_bound_arg):
    """Parse a __text_signature__ such as '($self, a, b=1, /)'."""
    text = text.strip()
    if text.startswith('(') and text.endswith(')'):
        text = text[1:-1]
    pieces = [p.strip() for p in _split_top_level(text) if p.strip()]
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    for piece in pieces:
        if piece == '/':
            params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
            continue
        if piece == '*':
            kind = _KEYWORD_ONLY
            continue
        if piece.startswith('$'):
            if skip_bound_arg:
                continue
            piece = piece[1:]
        if piece.startswith('**'):
            params.append(Parameter(piece[2:], _VAR_KEYWORD))
            continue
        if piece.startswith('*'):
            params.append(Parameter(piece[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
            continue
        if '=' in piece:
            name, default = piece.split('=', 1)
            try:
                value = eval(default.strip(), {}, {})
            except Exception:
                value = default.strip()
            params.append(Parameter(name.strip(), kind, default=value))
        else:
            params.append(Parameter(piece, kind))
    return cls(params)


def _split_top_level(text):
    parts = []
    depth = 0
    current = []
    quote = None
    for ch in text:
        if quote:
            current.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            parts.append(''.join(current))
            current = []
            continue
        current.append(ch)
    parts.append(''.join(current))
    return parts


def signature(obj, *, follow_wrapped=True, globals=None, locals=None,
              eval_str=False):
    """The Signature of a callable: functions, methods (without self),
    classes (from __init__ or __new__), partial objects and callable
    instances."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals,
                                   eval_str=eval_str)


# ---------------------------------------------------------------------------
# Older argument-spec interfaces

FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, '
                   'kwonlydefaults, annotations')


def getfullargspec(func):
    """The parameters of func as a FullArgSpec named tuple (bound methods
    keep their self parameter)."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults or None,
                       kwonlyargs, kwdefaults or None, annotations)


def getcallargs(func, /, *positional, **named):
    """A dict mapping func's parameter names to the values a call with
    these arguments would bind (defaults included)."""
    sig = signature(func, follow_wrapped=False)
    if ismethod(func) and func.__self__ is not None:
        sig = _signature_from_callable(func.__func__,
                                       follow_wrapper_chains=False)
        positional = (func.__self__,) + positional
    ba = sig.bind(*positional, **named)
    ba.apply_defaults()
    return dict(ba.arguments)


ClosureVars = collections.namedtuple('ClosureVars',
                                     'nonlocals globals builtins unbound')


def getclosurevars(func):
    """The names func refers to, split into nonlocals, globals, builtins
    and unbound names (needs code objects listing their names)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f'{func!r} is not a Python function')
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents for var, cell in
                         zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', {})
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in getattr(code, 'co_names', ()):
        if name in ('None', 'True', 'False'):
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars,
                       unbound_names)
