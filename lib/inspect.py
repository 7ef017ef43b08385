"""Introspection helpers for live objects (Ferrython implementation).

Provides predicates (isfunction, isclass, ...), source retrieval,
call signatures (Signature / Parameter / BoundArguments), frame and
stack helpers and the generator/coroutine state queries.
"""

import builtins as _bi
import collections as _coll
import enum as _enum
import functools as _ft
import keyword as _kw
import linecache as _lc
import os as _os
import re as _re
import sys as _sys
import types as _ty

__all__ = [
    'ArgInfo', 'Attribute', 'BoundArguments', 'ClosureVars', 'FrameInfo',
    'FullArgSpec', 'Parameter', 'Signature', 'Traceback', 'classify_class_attrs',
    'cleandoc', 'currentframe', 'findsource', 'formatannotation',
    'formatargvalues', 'get_annotations', 'getabsfile', 'getargvalues',
    'getasyncgenlocals', 'getasyncgenstate', 'getattr_static', 'getblock',
    'getcallargs', 'getclasstree', 'getclosurevars', 'getcomments',
    'getcoroutinelocals', 'getcoroutinestate', 'getdoc', 'getfile',
    'getframeinfo', 'getfullargspec', 'getgeneratorlocals',
    'getgeneratorstate', 'getinnerframes', 'getlineno', 'getmembers',
    'getmembers_static', 'getmodule', 'getmodulename', 'getmro',
    'getouterframes', 'getsource', 'getsourcefile', 'getsourcelines',
    'indentsize', 'isabstract', 'isasyncgen', 'isasyncgenfunction',
    'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine',
    'iscoroutinefunction', 'isdatadescriptor', 'isframe', 'isfunction',
    'isgenerator', 'isgeneratorfunction', 'isgetsetdescriptor',
    'ismemberdescriptor', 'ismethod', 'ismethoddescriptor', 'ismethodwrapper',
    'ismodule', 'isroutine', 'istraceback', 'markcoroutinefunction',
    'signature', 'stack', 'trace', 'unwrap', 'walktree',
    'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR',
    'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE',
    'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS', 'TPFLAGS_IS_ABSTRACT',
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED',
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED',
    'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'AGEN_CLOSED',
]

# Code object flag bits (values documented for the code object).
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

TPFLAGS_IS_ABSTRACT = 0x100000


# ---------------------------------------------------------------------------
# Type objects we test against (the VM's `types` module is incomplete, so
# derive them from sample objects where necessary).

def _sample_fn():
    pass


_FunctionT = type(_sample_fn)
_BuiltinT = type(len)
_CodeT = type(_sample_fn.__code__)
_ModuleT = type(_sys)
_GenT = _ty.GeneratorType
_CoroT = _ty.CoroutineType
_AGenT = _ty.AsyncGeneratorType
_TracebackT = getattr(_ty, 'TracebackType', None)


def _typename(obj):
    return type(obj).__name__


# ---------------------------------------------------------------------------
# Predicates

def ismodule(object):
    """True for module objects."""
    return isinstance(object, _ModuleT)


def isclass(object):
    """True for classes (instances of type)."""
    return isinstance(object, type)


def ismethod(object):
    """True for bound methods."""
    return isinstance(object, _ty.MethodType)


def isfunction(object):
    """True for user-defined (Python) functions, lambdas included."""
    return isinstance(object, _FunctionT)


def isbuiltin(object):
    """True for built-in functions and bound built-in methods."""
    return isinstance(object, _BuiltinT)


def iscode(object):
    return isinstance(object, _CodeT)


def isframe(object):
    return _typename(object) == 'frame' and hasattr(object, 'f_code')


def istraceback(object):
    if _TracebackT is not None:
        return isinstance(object, _TracebackT)
    return _typename(object) == 'traceback'


def isgenerator(object):
    return isinstance(object, _GenT)


def iscoroutine(object):
    return isinstance(object, _CoroT)


def isasyncgen(object):
    return isinstance(object, _AGenT)


def ismethoddescriptor(object):
    """Descriptor with __get__ but without __set__ (and not a class,
    method or function)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if _vm_data_descr(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    """Descriptor defining __set__ or __delete__."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if _vm_data_descr(object):
        return True
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def _vm_data_descr(obj):
    # Ferrython's built-in descriptor types do not expose __set__, so
    # recognise the well-known data descriptors by type.
    return isinstance(obj, property) or _typename(obj) in (
        'member_descriptor', 'getset_descriptor')


def ismemberdescriptor(object):
    return _typename(object) == 'member_descriptor'


def isgetsetdescriptor(object):
    return _typename(object) == 'getset_descriptor'


def ismethodwrapper(object):
    return _typename(object) == 'method-wrapper'


def isroutine(object):
    """Any kind of function or method, Python-level or built-in."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """True for classes that still have abstract methods."""
    if not isinstance(object, type):
        return False
    flags = getattr(object, '__flags__', None)
    if isinstance(flags, int) and flags & TPFLAGS_IS_ABSTRACT:
        return True
    return bool(getattr(object, '__abstractmethods__', None))


def _strip_partials(fn):
    while isinstance(fn, _ft.partial):
        fn = fn.func
    return fn


def _looks_like_function(obj):
    # Duck-typed function objects (e.g. Cython functions) qualify too.
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, '__code__', None)
    if not isinstance(code, _CodeT):
        return False
    defs = getattr(obj, '__defaults__', None)
    kwdefs = getattr(obj, '__kwdefaults__', None)
    ann = getattr(obj, '__annotations__', None)
    return (isinstance(getattr(obj, '__name__', None), str)
            and (defs is None or isinstance(defs, tuple))
            and (kwdefs is None or isinstance(kwdefs, dict))
            and (ann is None or isinstance(ann, dict)))


def _code_has(obj, bit):
    while ismethod(obj):
        obj = obj.__func__
    obj = _strip_partials(obj)
    if not (isfunction(obj) or _looks_like_function(obj)):
        return False
    return bool(obj.__code__.co_flags & bit)


# Marker object stored on functions by markcoroutinefunction().
_is_coroutine_marker = object()


def _carries_mark(obj):
    while ismethod(obj):
        obj = obj.__func__
    obj = _strip_partials(obj)
    return getattr(obj, '_is_coroutine_marker', None) is _is_coroutine_marker


def markcoroutinefunction(func):
    """Flag *func* so that iscoroutinefunction() reports True for it."""
    target = func.__func__ if hasattr(func, '__func__') else func
    target._is_coroutine_marker = _is_coroutine_marker
    return func


def isgeneratorfunction(obj):
    return _code_has(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _code_has(obj, CO_COROUTINE) or _carries_mark(obj)


def isasyncgenfunction(obj):
    return _code_has(obj, CO_ASYNC_GENERATOR)


def isawaitable(object):
    """True if *object* may be used in an await expression."""
    if isinstance(object, _CoroT):
        return True
    if isinstance(object, _GenT):
        code = getattr(object, 'gi_code', None)
        if code is not None and code.co_flags & CO_ITERABLE_COROUTINE:
            return True
    try:
        import collections.abc as _cabc
        return isinstance(object, _cabc.Awaitable)
    except Exception:
        return hasattr(type(object), '__await__')


# ---------------------------------------------------------------------------
# Members and class structure

def getmro(cls):
    return cls.__mro__


def _collect_members(obj, predicate, fetch):
    if isclass(obj):
        lineage = (obj,) + tuple(obj.__mro__)
    else:
        lineage = ()
    names = []
    seen = set()
    for nm in dir(obj):
        if nm not in seen:
            seen.add(nm)
            names.append(nm)
    for klass in lineage:
        for nm in getattr(klass, '__dict__', {}):
            if nm not in seen:
                seen.add(nm)
                names.append(nm)
    found = []
    for nm in names:
        try:
            value = fetch(obj, nm)
        except AttributeError:
            hit = False
            for klass in lineage:
                if nm in klass.__dict__:
                    value = klass.__dict__[nm]
                    hit = True
                    break
            if not hit:
                continue
        if predicate is None or predicate(value):
            found.append((nm, value))
    found.sort(key=lambda pair: pair[0])
    return found


def getmembers(object, predicate=None):
    """Return (name, value) pairs for the attributes of *object*, sorted by
    name, optionally filtered by *predicate*."""
    return _collect_members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers() but without triggering descriptors."""
    return _collect_members(object, predicate, getattr_static)


Attribute = _coll.namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Describe every attribute of *cls* as an Attribute tuple."""
    lineage = getmro(cls)
    out = []
    for nm in dir(cls):
        raw = None
        owner = None
        for klass in lineage:
            if nm in klass.__dict__:
                raw = klass.__dict__[nm]
                owner = klass
                break
        if owner is None:
            try:
                raw = getattr(cls, nm)
            except AttributeError:
                continue
            owner = getattr(raw, '__objclass__', None)
        if isinstance(raw, staticmethod):
            kind = 'static method'
        elif isinstance(raw, classmethod):
            kind = 'class method'
        elif isinstance(raw, property):
            kind = 'property'
        elif isroutine(raw):
            kind = 'method'
        else:
            kind = 'data'
        out.append(Attribute(nm, kind, owner, raw))
    return out


def walktree(classes, children, parent):
    tree = []
    classes = sorted(classes, key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        tree.append((c, c.__bases__))
        if c in children:
            tree.append(walktree(children[c], children, c))
    return tree


def getclasstree(classes, unique=False):
    """Arrange *classes* into nested lists following inheritance."""
    kids = {}
    tops = []
    for c in classes:
        if c.__bases__:
            for b in c.__bases__:
                bucket = kids.setdefault(b, [])
                if c not in bucket:
                    bucket.append(c)
                if unique and b in classes:
                    break
        elif c not in tops:
            tops.append(c)
    for b in kids:
        if b not in classes:
            tops.append(b)
    return walktree(tops, kids, None)


# ---------------------------------------------------------------------------
# Static attribute lookup

_NOTHING = object()


def _own_dict(obj):
    try:
        d = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return None
    return d if isinstance(d, dict) else None


def _lineage(klass):
    try:
        return type.__dict__['__mro__'].__get__(klass)
    except Exception:
        return getattr(klass, '__mro__', (klass,))


def _search_lineage(klass, name):
    for k in _lineage(klass):
        d = getattr(k, '__dict__', None)
        if d is not None and name in d:
            return d[name]
    return _NOTHING


def getattr_static(obj, attr, default=_NOTHING):
    """Fetch an attribute without running descriptors or __getattr__."""
    via_instance = _NOTHING
    if isinstance(obj, type):
        klass = obj
    else:
        klass = type(obj)
        d = _own_dict(obj)
        if d is not None and attr in d:
            via_instance = d[attr]
    via_class = _search_lineage(klass, attr)
    if via_instance is not _NOTHING and via_class is not _NOTHING:
        kt = type(via_class)
        if _search_lineage(kt, '__get__') is not _NOTHING and (
                _search_lineage(kt, '__set__') is not _NOTHING
                or _search_lineage(kt, '__delete__') is not _NOTHING):
            return via_class
    if via_instance is not _NOTHING:
        return via_instance
    if via_class is not _NOTHING:
        return via_class
    if obj is klass:
        meta_hit = _search_lineage(type(klass), attr)
        if meta_hit is not _NOTHING:
            return meta_hit
    if default is not _NOTHING:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------------------
# Unwrapping

def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes down to the innermost
    callable (or until *stop* returns true)."""
    cur = func
    visited = {id(cur)}
    cap = _sys.getrecursionlimit()
    while hasattr(cur, '__wrapped__'):
        if stop is not None and stop(cur):
            break
        cur = cur.__wrapped__
        key = id(cur)
        if key in visited or len(visited) >= cap:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        visited.add(key)
    return cur


# ---------------------------------------------------------------------------
# Documentation

def indentsize(line):
    """Count the leading whitespace of *line* after tab expansion."""
    text = line.expandtabs()
    return len(text) - len(text.lstrip())


def cleandoc(doc):
    """Normalise docstring indentation: strip the common margin of every
    line but the first, and drop blank lines at both ends."""
    rows = doc.expandtabs().split('\n')
    margin = None
    for row in rows[1:]:
        body = row.lstrip()
        if body:
            width = len(row) - len(body)
            if margin is None or width < margin:
                margin = width
    rows[0] = rows[0].lstrip()
    if margin is not None:
        rows[1:] = [row[margin:] for row in rows[1:]]
    while rows and not rows[-1]:
        rows.pop()
    while rows and not rows[0]:
        rows.pop(0)
    return '\n'.join(rows)


def _owning_class(fn):
    owner = getmodule(fn)
    if owner is None:
        return None
    path = getattr(fn, '__qualname__', '').split('.')[:-1]
    for part in path:
        if part == '<locals>':
            return None
        owner = getattr(owner, part, None)
        if owner is None:
            return None
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is object:
                continue
            text = getattr(base, '__doc__', None)
            if text is not None:
                return text
        return None
    if ismethod(obj):
        fn = obj.__func__
        name = getattr(fn, '__name__', None)
        holder = obj.__self__
        if isclass(holder) and getattr(getattr(holder, name, None), '__func__', None) is fn:
            klass = holder
        else:
            klass = type(holder)
    elif isfunction(obj):
        name = obj.__name__
        klass = _owning_class(obj)
        if klass is None or getattr(klass, name, None) is not obj:
            return None
    elif isinstance(obj, property):
        fget = obj.fget
        name = getattr(fget, '__name__', None)
        klass = _owning_class(fget) if fget is not None else None
    elif isbuiltin(obj):
        name = getattr(obj, '__name__', None)
        holder = getattr(obj, '__self__', None)
        klass = holder if isclass(holder) else type(holder)
    else:
        return None
    if klass is None or name is None:
        return None
    for base in klass.__mro__[1:] if klass.__mro__ else ():
        cand = base.__dict__.get(name)
        if cand is None:
            continue
        text = getattr(cand, '__doc__', None)
        if text is not None:
            return text
    return None


def getdoc(object):
    """Return the cleaned-up docstring of *object*, searching base classes
    when the object itself has none."""
    try:
        text = object.__doc__
    except AttributeError:
        return None
    if text is None:
        try:
            text = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(text, str):
        return None
    return cleandoc(text)


# ---------------------------------------------------------------------------
# Files and modules

def getfile(object):
    """Name of the file in which *object* was defined."""
    if ismodule(object):
        where = getattr(object, '__file__', None)
        if where:
            return where
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        mod = _sys.modules.get(getattr(object, '__module__', None))
        where = getattr(mod, '__file__', None)
        if where:
            return where
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


_SOURCE_EXTS = ['.py', '.pyw']
_COMPILED_EXTS = ['.pyc']
_NATIVE_EXTS = ['.so', '.pyd', '.abi3.so']


def _known_suffixes():
    try:
        from importlib.machinery import all_suffixes
        return list(all_suffixes())
    except Exception:
        return _SOURCE_EXTS + _COMPILED_EXTS + _NATIVE_EXTS


def getmodulename(path):
    """Module name implied by a file path, or None."""
    base = _os.path.basename(path)
    for ext in sorted(_known_suffixes(), key=len, reverse=True):
        if base.endswith(ext):
            return base[:-len(ext)]
    return None


def getsourcefile(object):
    """Python source file for *object*, or None if it cannot be found."""
    name = getfile(object)
    lowered = name.lower()
    for ext in _COMPILED_EXTS:
        if lowered.endswith(ext):
            name = name[:-len(ext)] + '.py'
            break
    else:
        for ext in _NATIVE_EXTS:
            if lowered.endswith(ext):
                return None
    if _os.path.exists(name):
        return name
    mod = getmodule(object, name)
    if getattr(mod, '__loader__', None) is not None:
        return name
    if name in _lc.cache:
        return name
    return None


def getabsfile(object, _filename=None):
    where = _filename or getsourcefile(object) or getfile(object)
    return _os.path.normcase(_os.path.abspath(where))


def getmodule(object, _filename=None):
    """Best guess at the module in which *object* was defined."""
    if ismodule(object):
        return object
    modname = getattr(object, '__module__', None)
    if isinstance(modname, str):
        return _sys.modules.get(modname)
    if _filename is None:
        try:
            _filename = getsourcefile(object) or getfile(object)
        except (TypeError, OSError):
            return None
    canon = getattr(_os.path, 'realpath', _os.path.abspath)
    wanted = canon(_filename)
    for mod in list(_sys.modules.values()):
        mfile = getattr(mod, '__file__', None)
        if isinstance(mfile, str) and canon(mfile) == wanted:
            return mod
    main = _sys.modules.get('__main__')
    if main is not None and hasattr(object, '__name__'):
        if getattr(main, object.__name__, None) is object:
            return main
    return None


# ---------------------------------------------------------------------------
# Source text

class _LogicalLine:
    __slots__ = ('first', 'last', 'indent', 'text', 'blank')

    def __init__(self, first, last, indent, text, blank):
        self.first = first
        self.last = last
        self.indent = indent
        self.text = text
        self.blank = blank


def _split_logical(lines):
    """Group physical lines into logical lines, tracking brackets, strings
    (including triple-quoted ones) and backslash continuations."""
    result = []
    depth = 0
    quote = None          # active string delimiter, e.g. '"' or "'''"
    start = None
    for idx, raw in enumerate(lines):
        if start is None:
            start = idx
        pos = 0
        n = len(raw)
        joined = False
        while pos < n:
            ch = raw[pos]
            if quote is not None:
                if ch == '\\':
                    pos += 2
                    continue
                if raw.startswith(quote, pos):
                    pos += len(quote)
                    quote = None
                    continue
                pos += 1
                continue
            if ch == '#':
                break
            if ch in '"\'':
                triple = ch * 3
                quote = triple if raw.startswith(triple, pos) else ch
                pos += len(quote)
                continue
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth = max(0, depth - 1)
            elif ch == '\\' and raw[pos + 1:].strip() == '':
                joined = True
                break
            pos += 1
        if quote is not None and len(quote) == 1:
            quote = None   # unterminated simple string: give up on it
        if quote is not None or depth > 0 or joined:
            continue
        head = lines[start]
        body = head.strip()
        result.append(_LogicalLine(start, idx, indentsize(head), body,
                                   not body or body.startswith('#')))
        start = None
    if start is not None:
        head = lines[start]
        body = head.strip()
        result.append(_LogicalLine(start, len(lines) - 1, indentsize(head),
                                   body, not body or body.startswith('#')))
    return result


_HEADER = _re.compile(r'(?:async\s+)?(def|class)\s+(\w+)')


def getblock(lines):
    """Return the leading block of *lines*: a decorated def/class with its
    body, or otherwise the first logical line."""
    logical = _split_logical(lines)
    pos = 0
    while pos < len(logical) and logical[pos].blank:
        pos += 1
    if pos == len(logical):
        return lines[:1]
    first = logical[pos]
    while pos < len(logical) and (logical[pos].blank or logical[pos].text.startswith('@')):
        pos += 1
    if pos == len(logical) or not _HEADER.match(logical[pos].text):
        return lines[first.first:logical[min(pos, len(logical) - 1)].last + 1] \
            if first.text.startswith('@') else lines[first.first:first.last + 1]
    header = logical[pos]
    end = header.last
    body_col = None
    for ll in logical[pos + 1:]:
        if ll.blank:
            # comments at body depth still belong to the block
            if ll.text and body_col is not None and ll.indent >= body_col:
                end = ll.last
            continue
        if ll.indent <= header.indent:
            break
        if body_col is None:
            body_col = ll.indent
        end = ll.last
    return lines[first.first:end + 1]


def _locate_class(lines, qualname):
    logical = _split_logical(lines)
    stack = []            # (indent, qualname prefix of this scope)
    for i, ll in enumerate(logical):
        if ll.blank:
            continue
        while stack and stack[-1][0] >= ll.indent:
            stack.pop()
        m = _HEADER.match(ll.text)
        if not m:
            continue
        prefix = stack[-1][1] if stack else ''
        full = prefix + m.group(2)
        if m.group(1) == 'class':
            if full == qualname:
                j = i
                while j > 0 and logical[j - 1].text.startswith('@') and \
                        logical[j - 1].indent == ll.indent:
                    j -= 1
                return logical[j].first
            stack.append((ll.indent, full + '.'))
        else:
            stack.append((ll.indent, full + '.<locals>.'))
    return None


def findsource(object):
    """Return (all lines of the source file, index of the object's first
    line); raise OSError when the source cannot be found."""
    name = getsourcefile(object)
    if name is None:
        name = getfile(object)
        if not (name.startswith('<') and name.endswith('>')):
            raise OSError('source code not available')
    mod = getmodule(object, name)
    if mod is not None:
        lines = _lc.getlines(name, mod.__dict__)
    else:
        lines = _lc.getlines(name)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        found = _locate_class(lines, object.__qualname__)
        if found is None:
            raise OSError('could not find class definition')
        return lines, found
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        where = object.co_firstlineno - 1
        if where >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, where
    raise OSError('could not find code object')


def getsourcelines(object):
    """Return (list of source lines, starting line number) for *object*."""
    object = unwrap(object)
    lines, where = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[where:]), where + 1


def getsource(object):
    """Source code of *object* as one string."""
    chunk, _ = getsourcelines(object)
    return ''.join(chunk)


def getcomments(object):
    """Comment lines immediately preceding *object*'s source (or at the
    top of a module's file), or None."""
    try:
        lines, where = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        i = 0
        if lines and lines[0][:2] == '#!':
            i = 1
        while i < len(lines) and lines[i].strip() in ('', '#'):
            i += 1
        picked = []
        while i < len(lines) and lines[i].lstrip()[:1] == '#':
            picked.append(lines[i].expandtabs())
            i += 1
        return ''.join(picked) if picked else None
    if where <= 0:
        return None
    width = indentsize(lines[where])
    i = where - 1
    picked = []
    while i >= 0:
        row = lines[i]
        if row.lstrip()[:1] != '#' or indentsize(row) != width:
            break
        picked.insert(0, row.expandtabs().lstrip())
        i -= 1
    while picked and picked[0].strip() == '#':
        picked.pop(0)
    while picked and picked[-1].strip() == '#':
        picked.pop()
    return ''.join(picked) if picked else None


# ---------------------------------------------------------------------------
# Argument specs

ArgInfo = _coll.namedtuple('ArgInfo', 'args varargs keywords locals')
FullArgSpec = _coll.namedtuple(
    'FullArgSpec',
    'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')
ClosureVars = _coll.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getfullargspec(func):
    """Describe *func*'s parameters as a FullArgSpec (bound arguments such
    as 'self' are kept)."""
    try:
        sig = _compute_signature(func, unwrap_wrappers=False,
                                 drop_bound=False, sig_cls=Signature)
    except Exception as exc:
        raise TypeError('unsupported callable') from exc
    positional = []
    star = None
    dstar = None
    kwonly = []
    pos_defaults = []
    kw_defaults = {}
    notes = {}
    if sig.return_annotation is not sig.empty:
        notes['return'] = sig.return_annotation
    for p in sig.parameters.values():
        if p.annotation is not p.empty:
            notes[p.name] = p.annotation
        k = p.kind
        if k in (_POS_ONLY, _POS_OR_KW):
            positional.append(p.name)
            if p.default is not p.empty:
                pos_defaults.append(p.default)
        elif k is _VAR_POS:
            star = p.name
        elif k is _KW_ONLY:
            kwonly.append(p.name)
            if p.default is not p.empty:
                kw_defaults[p.name] = p.default
        else:
            dstar = p.name
    return FullArgSpec(positional, star, dstar,
                       tuple(pos_defaults) if pos_defaults else None,
                       kwonly, kw_defaults or None, notes)


def getargvalues(frame):
    """ArgInfo for the arguments of the function running in *frame*."""
    code = frame.f_code
    names = list(code.co_varnames)
    npos = code.co_argcount
    nkw = getattr(code, 'co_kwonlyargcount', 0)
    plain = names[:npos + nkw]
    at = npos + nkw
    star = dstar = None
    if code.co_flags & CO_VARARGS:
        star = names[at]
        at += 1
    if code.co_flags & CO_VARKEYWORDS:
        dstar = names[at]
    return ArgInfo(plain, star, dstar, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda nm: '*' + nm,
                    formatvarkw=lambda nm: '**' + nm,
                    formatvalue=lambda val: '=' + repr(val)):
    pieces = [formatarg(a) + formatvalue(locals[a]) for a in args]
    if varargs:
        pieces.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        pieces.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(pieces) + ')'


def _quoted_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '{} and {}'.format(*quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def getcallargs(func, /, *positional, **named):
    """Map the given call arguments onto *func*'s parameter names, the way
    a real call would, returning a dict."""
    spec = getfullargspec(func)
    fname = func.__name__
    holder = getattr(func, '__self__', None)
    if ismethod(func) and holder is not None:
        positional = (holder,) + positional
    argnames = spec.args
    defaults = spec.defaults or ()
    kwdefaults = spec.kwonlydefaults or {}
    out = {}
    count = len(positional)
    for name, value in zip(argnames, positional):
        out[name] = value
    if spec.varargs:
        out[spec.varargs] = tuple(positional[len(argnames):])
    if spec.varkw:
        out[spec.varkw] = {}
    if count > len(argnames) and not spec.varargs:
        kw_given = sum(1 for k in spec.kwonlyargs if k in named)
        need = len(argnames) - len(defaults)
        if defaults:
            shape = 'from {} to {}'.format(need, len(argnames))
        else:
            shape = str(len(argnames))
        given = str(count)
        if kw_given:
            given += ' positional argument{} (and {} keyword-only argument{})'.format(
                's' if count != 1 else '', kw_given, 's' if kw_given != 1 else '')
        raise TypeError('{}() takes {} positional argument{} but {} {} given'.format(
            fname, shape, 's' if shape != '1' else '', given,
            'was' if count == 1 and not kw_given else 'were'))
    legal = set(argnames) | set(spec.kwonlyargs)
    for key, value in named.items():
        if key not in legal:
            if spec.varkw:
                out[spec.varkw][key] = value
                continue
            raise TypeError('{}() got an unexpected keyword argument {!r}'.format(fname, key))
        if key in out:
            raise TypeError('{}() got multiple values for argument {!r}'.format(fname, key))
        out[key] = value
    if count < len(argnames):
        firstdef = len(argnames) - len(defaults)
        lacking = [n for n in argnames[:firstdef] if n not in out]
        if lacking:
            raise TypeError('{}() missing {} required positional argument{}: {}'.format(
                fname, len(lacking), 's' if len(lacking) != 1 else '', _quoted_list(lacking)))
        for n, d in zip(argnames[firstdef:], defaults):
            out.setdefault(n, d)
    lacking_kw = []
    for n in spec.kwonlyargs:
        if n not in out:
            if n in kwdefaults:
                out[n] = kwdefaults[n]
            else:
                lacking_kw.append(n)
    if lacking_kw:
        raise TypeError('{}() missing {} required keyword-only argument{}: {}'.format(
            fname, len(lacking_kw), 's' if len(lacking_kw) != 1 else '',
            _quoted_list(lacking_kw)))
    return out


def getclosurevars(func):
    """Resolve the free and global names referenced by *func*."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    cells = func.__closure__ or ()
    free = {}
    for nm, cell in zip(getattr(code, 'co_freevars', ()), cells):
        try:
            free[nm] = cell.cell_contents
        except ValueError:
            pass
    gmap = func.__globals__
    bmap = gmap.get('__builtins__', _bi.__dict__)
    if ismodule(bmap):
        bmap = bmap.__dict__
    gl, bl, missing = {}, {}, set()
    for nm in getattr(code, 'co_names', ()):
        if nm in ('None', 'True', 'False'):
            continue
        if nm in gmap:
            gl[nm] = gmap[nm]
        elif nm in bmap:
            bl[nm] = bmap[nm]
        else:
            missing.add(nm)
    return ClosureVars(free, gl, bl, missing)


# ---------------------------------------------------------------------------
# Annotations

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """Annotations dict of a module, class or callable (a new dict)."""
    if isinstance(obj, type):
        table = obj.__dict__.get('__annotations__', None)
        home = _sys.modules.get(getattr(obj, '__module__', None), None)
        g_default = getattr(home, '__dict__', None)
        l_default = dict(vars(obj))
        inner = obj
    elif isinstance(obj, _ModuleT):
        table = getattr(obj, '__annotations__', None)
        g_default = getattr(obj, '__dict__', None)
        l_default = None
        inner = None
    elif callable(obj):
        table = getattr(obj, '__annotations__', None)
        g_default = getattr(obj, '__globals__', None)
        l_default = None
        inner = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if table is None:
        return {}
    if not isinstance(table, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not table:
        return {}
    if not eval_str:
        return dict(table)
    if inner is not None:
        while True:
            if hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            elif isinstance(inner, _ft.partial):
                inner = inner.func
            else:
                break
        if hasattr(inner, '__globals__'):
            g_default = inner.__globals__
    if globals is None:
        globals = g_default
    if locals is None:
        locals = l_default
    return {k: (eval(v, globals, locals) if isinstance(v, str) else v)
            for k, v in table.items()}


def formatannotation(annotation, base_module=None):
    """Readable text for an annotation value."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _re.sub(r'[\w\.]+',
                       lambda m: m.group(0).removeprefix('typing.'),
                       repr(annotation))
    if isinstance(annotation, _ty.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        where = annotation.__module__
        if where in ('builtins', base_module):
            return annotation.__qualname__
        return where + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    home = getattr(object, '__module__', None)

    def _fmt(annotation):
        return formatannotation(annotation, home)
    return _fmt


# ---------------------------------------------------------------------------
# Frames and stacks

_Positions = _coll.namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset',
                              defaults=[None, None, None, None])

def _tuple_repr(title, rec):
    shown = ['{}={!r}'.format(f, getattr(rec, f)) for f in rec._fields + ('positions',)]
    return title + '(' + ', '.join(shown) + ')'


_TracebackBase = _coll.namedtuple('_TracebackBase',
                                  'filename lineno function code_context index')


class Traceback(_TracebackBase):
    """Result of getframeinfo(): location details for a frame."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        inst = super().__new__(cls, filename, lineno, function, code_context, index)
        inst.positions = positions
        return inst

    def __repr__(self):
        return _tuple_repr('Traceback', self)


_FrameInfoBase = _coll.namedtuple('_FrameInfoBase',
                                  'frame filename lineno function code_context index')


class FrameInfo(_FrameInfoBase):
    """One entry of stack()/trace(): a frame plus its location details."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        inst = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        inst.positions = positions
        return inst

    def __repr__(self):
        return _tuple_repr('FrameInfo', self)


def getlineno(frame):
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """Traceback tuple describing *frame* (or a traceback object)."""
    if istraceback(frame):
        line = frame.tb_lineno
        frame = frame.tb_frame
    else:
        line = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    where = getsourcefile(frame) or getfile(frame)
    snippet = None
    index = None
    if context > 0:
        begin = line - 1 - context // 2
        try:
            lines, _ = findsource(frame)
        except OSError:
            pass
        else:
            begin = max(0, min(begin, len(lines) - context))
            snippet = lines[begin:begin + context]
            index = line - 1 - begin
    pos = _Positions(line, line, None, None)
    return Traceback(where, line, frame.f_code.co_name, snippet, index, positions=pos)


def _as_frameinfo(frame, context):
    info = getframeinfo(frame, context)
    return FrameInfo(frame, info.filename, info.lineno, info.function,
                     info.code_context, info.index, positions=info.positions)


def getouterframes(frame, context=1):
    """FrameInfo records from *frame* outwards to the outermost caller."""
    chain = []
    while frame is not None:
        chain.append(_as_frameinfo(frame, context))
        frame = frame.f_back
    return chain


def getinnerframes(tb, context=1):
    """FrameInfo records from a traceback's frame inwards to where the
    exception was raised."""
    chain = []
    while tb is not None:
        info = getframeinfo(tb, context)
        chain.append(FrameInfo(tb.tb_frame, info.filename, info.lineno, info.function,
                               info.code_context, info.index, positions=info.positions))
        tb = tb.tb_next
    return chain


def currentframe():
    """The caller's frame, or None if the VM lacks frame support."""
    grab = getattr(_sys, '_getframe', None)
    if grab is None:
        return None
    return grab(1)


def stack(context=1):
    """FrameInfo list for the caller's frame and everything above it."""
    return getouterframes(_sys._getframe(1), context)


def trace(context=1):
    """FrameInfo list from the current frame to where the exception
    being handled was raised."""
    return getinnerframes(_sys.exc_info()[2], context)


# ---------------------------------------------------------------------------
# Generator / coroutine state

# The state constants are simply their own names.
GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = (
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED')
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = (
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED')
AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED = (
    'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'AGEN_CLOSED')


def _state_of(obj, prefix, names):
    running, suspended, frame = names
    if getattr(obj, running):
        return prefix + '_RUNNING'
    if getattr(obj, suspended, False):
        return prefix + '_SUSPENDED'
    if getattr(obj, frame) is None:
        return prefix + '_CLOSED'
    return prefix + '_CREATED'


def getgeneratorstate(generator):
    """One of GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED."""
    return _state_of(generator, 'GEN', ('gi_running', 'gi_suspended', 'gi_frame'))


def getcoroutinestate(coroutine):
    """One of CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED."""
    return _state_of(coroutine, 'CORO', ('cr_running', 'cr_suspended', 'cr_frame'))


def getasyncgenstate(agen):
    """One of AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED."""
    return _state_of(agen, 'AGEN', ('ag_running', 'ag_suspended', 'ag_frame'))


def _frame_locals(frame):
    return frame.f_locals if frame is not None else {}


def getgeneratorlocals(generator):
    """Current local variables of a generator (empty when closed)."""
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    return _frame_locals(getattr(generator, 'gi_frame', None))


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, 'cr_frame', None)
    return _frame_locals(frame)


def getasyncgenlocals(agen):
    if not isasyncgen(agen):
        raise TypeError(f'{agen!r} is not a Python async generator')
    return _frame_locals(getattr(agen, 'ag_frame', None))


# ---------------------------------------------------------------------------
# Signatures

class _void:
    """Sentinel: 'argument not given' for replace()."""


class _empty:
    """Marker for missing defaults / annotations."""


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_TEXT[self.value]


_KIND_TEXT = ('positional-only', 'positional or keyword', 'variadic positional',
              'keyword-only', 'variadic keyword')

_POS_ONLY = _ParameterKind.POSITIONAL_ONLY
_POS_OR_KW = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POS = _ParameterKind.VAR_POSITIONAL
_KW_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KW = _ParameterKind.VAR_KEYWORD


class Parameter:
    """A single parameter of a Signature (immutable)."""

    __slots__ = ('_name', '_kind', '_annotation', '_default')

    POSITIONAL_ONLY = _POS_ONLY
    POSITIONAL_OR_KEYWORD = _POS_OR_KW
    VAR_POSITIONAL = _VAR_POS
    KEYWORD_ONLY = _KW_ONLY
    VAR_KEYWORD = _VAR_KW

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POS, _VAR_KW):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[:1] == '.' and name[1:].isdigit():
            # implicit ".0"-style argument of comprehensions
            if kind is not _POS_OR_KW:
                raise ValueError('implicit arguments must be passed as '
                                 f'positional or keyword arguments, not {kind.description}')
            kind = _POS_ONLY
            name = 'implicit' + name[1:]
        reserved = _kw.iskeyword(name) and kind is not _POS_ONLY
        if reserved or not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    def __reduce__(self):
        extras = {'_default': self.default, '_annotation': self.annotation}
        return (type(self), (self.name, self.kind), extras)

    def __setstate__(self, state):
        for key, value in state.items():
            setattr(self, key, value)

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

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Copy of this parameter with some fields changed."""
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            glue = ' = ' if self._annotation is not _empty else '='
            text = text + glue + repr(self._default)
        if self._kind is _VAR_POS:
            return '*' + text
        if self._kind is _VAR_KW:
            return '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """Result of Signature.bind(): the mapping of parameter names to the
    values supplied for them."""

    __slots__ = ('_signature', 'arguments', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        collected = []
        for p in self._signature.parameters.values():
            if p.kind in (_KW_ONLY, _VAR_KW) or p.name not in self.arguments:
                break
            value = self.arguments[p.name]
            if p.kind is _VAR_POS:
                collected.extend(value)
            else:
                collected.append(value)
        return tuple(collected)

    @property
    def kwargs(self):
        collected = {}
        keyword_mode = False
        for p in self._signature.parameters.values():
            if not keyword_mode:
                if p.kind in (_KW_ONLY, _VAR_KW) or p.name not in self.arguments:
                    keyword_mode = True
                else:
                    continue
            if p.name not in self.arguments:
                continue
            value = self.arguments[p.name]
            if p.kind is _VAR_KW:
                collected.update(value)
            elif p.kind is not _VAR_POS:
                collected[p.name] = value
        return collected

    def apply_defaults(self):
        """Fill in defaults (and empty *args/**kwargs) for missing values."""
        have = self.arguments
        filled = []
        for p in self._signature.parameters.values():
            if p.name in have:
                filled.append((p.name, have[p.name]))
            elif p.default is not _empty:
                filled.append((p.name, p.default))
            elif p.kind is _VAR_POS:
                filled.append((p.name, ()))
            elif p.kind is _VAR_KW:
                filled.append((p.name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return dict(_signature=self.signature, arguments=self.arguments)

    def __setstate__(self, state):
        for key, value in state.items():
            setattr(self, key, value)

    def __repr__(self):
        shown = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<{} ({})>'.format(type(self).__name__, shown)


class Signature:
    """The call signature of a callable: an ordered mapping of Parameter
    objects plus an optional return annotation."""

    __slots__ = ('_parameters', '_return_annotation')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        table = _coll.OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                prev_kind = _POS_ONLY
                had_default = False
                for p in parameters:
                    k = p.kind
                    if k < prev_kind:
                        raise ValueError(
                            'wrong parameter order: {} parameter before {} parameter'.format(
                                prev_kind.description, k.description))
                    if k > prev_kind:
                        prev_kind = k
                    if k in (_POS_ONLY, _POS_OR_KW):
                        if p.default is _empty:
                            if had_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            had_default = True
                    else:
                        had_default = False
                    if p.name in table:
                        raise ValueError('duplicate parameter name: {!r}'.format(p.name))
                    table[p.name] = p
            else:
                for p in parameters:
                    table[p.name] = p
        self._parameters = _ty.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """Signature of the callable *obj*."""
        return _compute_signature(obj, sig_cls=cls, unwrap_wrappers=follow_wrapped,
                                  globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation  # may be Signature.empty

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Copy of this signature with some fields changed."""
        if parameters is _void:
            parameters = self._parameters.values()
        ret = self.return_annotation if return_annotation is _void else return_annotation
        return type(self)(parameters, return_annotation=ret)

    def _identity(self):
        positional = tuple(p for p in self._parameters.values() if p.kind is not _KW_ONLY)
        keywords = frozenset(p for p in self._parameters.values() if p.kind is _KW_ONLY)
        return positional, keywords, self._return_annotation

    def __hash__(self):
        return hash(self._identity())

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._identity() == other._identity()

    def _do_bind(self, args, kwargs, partial):
        bound = {}
        plist = list(self._parameters.values())
        kwargs = dict(kwargs)
        i = 0
        remaining = list(args)
        args_went_star = False
        # Phase 1: hand out positional values.
        while remaining:
            if i >= len(plist):
                raise TypeError('too many positional arguments') from None
            p = plist[i]
            if p.kind is _VAR_POS:
                bound[p.name] = tuple(remaining)
                remaining = []
                args_went_star = True
                i += 1
                break
            if p.kind in (_KW_ONLY, _VAR_KW):
                raise TypeError('too many positional arguments') from None
            if p.name in kwargs and p.kind is not _POS_ONLY:
                raise TypeError('multiple values for argument {arg!r}'.format(arg=p.name)) from None
            bound[p.name] = remaining.pop(0)
            i += 1
        # Phase 2: everything else comes from keywords or defaults.  Only the
        # parameter right after the positional ones gets the detailed
        # 'keyword-only' wording when missing (matches CPython).
        catch_all = None
        lead = plist[i] if (i < len(plist) and not args_went_star) else None
        for p in plist[i:]:
            if p.kind is _VAR_KW:
                catch_all = p
                continue
            if p.kind is _VAR_POS:
                continue
            if p.kind is _POS_ONLY:
                if p.name in kwargs:
                    raise TypeError(
                        '{arg!r} parameter is positional only, '
                        'but was passed as a keyword'.format(arg=p.name))
                if not partial and p.default is _empty:
                    raise TypeError('missing a required argument: {arg!r}'.format(arg=p.name)) from None
                continue
            if p.name in kwargs:
                bound[p.name] = kwargs.pop(p.name)
            elif not partial and p.default is _empty:
                extra = ' keyword-only' if (p is lead and p.kind is _KW_ONLY) else ''
                raise TypeError('missing a required{argtype} argument: {arg!r}'.format(
                    argtype=extra, arg=p.name)) from None
        if catch_all is None:
            for p in plist[:i]:
                if p.kind is _VAR_KW:
                    catch_all = p
        if kwargs:
            if catch_all is None:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(
                    arg=next(iter(kwargs))))
            bound[catch_all.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """Map call arguments onto the parameters; TypeError on mismatch."""
        return self._do_bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required parameters may be left out."""
        return self._do_bind(args, kwargs, True)

    def __reduce__(self):
        extras = dict(_return_annotation=self.return_annotation)
        return (type(self), (tuple(self.parameters.values()),), extras)

    def __setstate__(self, state):
        for key, value in state.items():
            setattr(self, key, value)

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None):
        pieces = []
        slash_due = False
        star_done = False
        for p in self._parameters.values():
            k = p.kind
            if k is _POS_ONLY:
                slash_due = True
            elif slash_due:
                pieces.append('/')
                slash_due = False
            if k is _VAR_POS:
                star_done = True
            elif k is _KW_ONLY and not star_done:
                pieces.append('*')
                star_done = True
            pieces.append(str(p))
        if slash_due:
            pieces.append('/')
        text = '({})'.format(', '.join(pieces))
        if max_width is not None and len(text) > max_width:
            text = '(\n    {}\n)'.format(',\n    '.join(pieces))
        if self._return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self._return_annotation))
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Return a Signature object describing how *obj* can be called."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


# -- signature construction helpers ----------------------------------------

def _sig_of_function(fn, sig_cls, eval_str=False, globals=None, locals=None):
    code = fn.__code__
    nposonly = getattr(code, 'co_posonlyargcount', 0)
    npos = code.co_argcount
    nkwonly = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    notes = get_annotations(fn, globals=globals, locals=locals, eval_str=eval_str)
    P = sig_cls._parameter_cls
    params = []
    first_default = npos - len(defaults)
    for idx in range(npos):
        nm = names[idx]
        kind = _POS_ONLY if idx < nposonly else _POS_OR_KW
        dflt = defaults[idx - first_default] if idx >= first_default else _empty
        params.append(P(nm, kind, default=dflt, annotation=notes.get(nm, _empty)))
    at = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        nm = names[at]
        params.append(P(nm, _VAR_POS, annotation=notes.get(nm, _empty)))
    for nm in names[npos:npos + nkwonly]:
        params.append(P(nm, _KW_ONLY, default=kwdefaults.get(nm, _empty),
                        annotation=notes.get(nm, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        nm = names[at + (1 if code.co_flags & CO_VARARGS else 0)]
        params.append(P(nm, _VAR_KW, annotation=notes.get(nm, _empty)))
    return sig_cls(params, return_annotation=notes.get('return', _empty),
                   __validate_parameters__=False)


def _without_first(sig):
    """Signature after binding the first positional parameter."""
    plist = list(sig.parameters.values())
    if not plist or plist[0].kind in (_KW_ONLY, _VAR_KW):
        raise ValueError('invalid method signature')
    if plist[0].kind is _VAR_POS:
        return sig
    return sig.replace(parameters=plist[1:])


def _apply_partial(sig, part, fixed_first=False):
    """Signature left after functools.partial-style pre-binding."""
    try:
        sig.bind_partial(*part.args, **part.keywords)
    except TypeError:
        raise ValueError('partial object {!r} has incorrect arguments'.format(part))
    todo = len(part.args)
    out = []
    kwify = False
    for p in sig.parameters.values():
        k = p.kind
        if todo and k in (_POS_ONLY, _POS_OR_KW):
            todo -= 1
            continue
        if p.name in part.keywords:
            value = part.keywords[p.name]
            if k is _POS_OR_KW:
                kwify = True
                out.append(p.replace(kind=_KW_ONLY, default=value))
            else:
                out.append(p.replace(default=value))
            continue
        if kwify:
            if k is _POS_OR_KW:
                out.append(p.replace(kind=_KW_ONLY))
                continue
            if k is _VAR_POS:
                continue
        out.append(p)
    return sig.replace(parameters=out)


def _python_callable(obj):
    return isfunction(obj) or _looks_like_function(obj) or ismethod(obj) \
        or isinstance(obj, _ft.partial)


def _user_method(klass, name, skip=()):
    """Python-level *name* defined somewhere in klass's MRO (ignoring the
    classes in *skip*), looked up through getattr so binding applies."""
    for base in getattr(klass, '__mro__', ()):
        if base in skip:
            continue
        if name in getattr(base, '__dict__', {}):
            raw = base.__dict__[name]
            if isinstance(raw, (staticmethod, classmethod)):
                raw = raw.__func__
            if _python_callable(raw) or hasattr(raw, '__signature__'):
                return base
            return None
    return None


def _parse_text_signature(text, sig_cls, drop_self):
    inner = text.strip()
    if not (inner.startswith('(') and inner.endswith(')')):
        raise ValueError('invalid text signature')
    inner = inner[1:-1]
    chunks = []
    depth = 0
    cur = ''
    for ch in inner:
        if ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        if ch == ',' and depth == 0:
            chunks.append(cur.strip())
            cur = ''
        else:
            cur += ch
    if cur.strip():
        chunks.append(cur.strip())
    P = sig_cls._parameter_cls
    params = []
    kind = _POS_OR_KW
    for idx, chunk in enumerate(chunks):
        if chunk == '/':
            params = [p.replace(kind=_POS_ONLY) for p in params]
            continue
        if chunk == '*':
            kind = _KW_ONLY
            continue
        if chunk.startswith('$'):
            if drop_self:
                continue
            chunk = chunk[1:]
        if chunk.startswith('**'):
            params.append(P(chunk[2:], _VAR_KW))
            continue
        if chunk.startswith('*'):
            params.append(P(chunk[1:], _VAR_POS))
            kind = _KW_ONLY
            continue
        dflt = _empty
        if '=' in chunk:
            chunk, raw = chunk.split('=', 1)
            chunk = chunk.strip()
            try:
                dflt = eval(raw.strip(), {'__builtins__': {}}, {'None': None, 'True': True, 'False': False})
            except Exception:
                dflt = _empty
        params.append(P(chunk, kind, default=dflt))
    return sig_cls(params)


def _builtin_signature(obj, sig_cls, drop_bound):
    text = getattr(obj, '__text_signature__', None)
    if not text:
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    return _parse_text_signature(text, sig_cls, drop_bound)


def _compute_signature(obj, *, sig_cls, unwrap_wrappers=True, drop_bound=True,
                       globals=None, locals=None, eval_str=False):
    def again(target):
        return _compute_signature(target, sig_cls=sig_cls, unwrap_wrappers=unwrap_wrappers,
                                  drop_bound=drop_bound, globals=globals, locals=locals,
                                  eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, _ty.MethodType):
        inner = again(obj.__func__)
        return _without_first(inner) if drop_bound else inner

    if unwrap_wrappers:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__')
                     or isinstance(f, _ty.MethodType))
        if isinstance(obj, _ty.MethodType):
            return again(obj)

    try:
        declared = obj.__signature__
    except AttributeError:
        pass
    else:
        if declared is not None:
            if not isinstance(declared, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(declared))
            return declared

    if isfunction(obj) or _looks_like_function(obj):
        return _sig_of_function(obj, sig_cls, eval_str=eval_str,
                                globals=globals, locals=locals)

    if isinstance(obj, _ft.partial):
        return _apply_partial(again(obj.func), obj)

    if isinstance(obj, staticmethod):
        return again(obj.__func__)

    if isinstance(obj, type):
        meta_owner = _user_method(type(obj), '__call__', skip=(type, object))
        if meta_owner is not None:
            return _without_first(again(meta_owner.__dict__['__call__']))
        for base in obj.__mro__:
            if base is object:
                break
            here = base.__dict__
            if '__new__' in here and _user_method(base, '__new__') is base:
                raw = here['__new__']
                if isinstance(raw, staticmethod):
                    raw = raw.__func__
                return _without_first(again(raw))
            if '__init__' in here and _user_method(base, '__init__') is base:
                return _without_first(again(here['__init__']))
            if '__new__' in here or '__init__' in here:
                break
        for base in obj.__mro__:
            if base is object:
                return sig_cls(())
            here = base.__dict__
            # built-in classes may not list __new__ in their __dict__ here
            if '__new__' in here or '__init__' in here or \
                    getattr(base, '__module__', None) == 'builtins':
                break
        raise ValueError('no signature found for builtin type {!r}'.format(obj))

    if isbuiltin(obj) or isroutine(obj):
        return _builtin_signature(obj, sig_cls, drop_bound)

    call_owner = _user_method(type(obj), '__call__')
    if call_owner is not None:
        return _without_first(again(call_owner.__dict__['__call__']))

    raise ValueError('callable {!r} is not supported by signature'.format(obj))


# ---------------------------------------------------------------------------
# Buffer flags (PEP 688)

class BufferFlags(_enum.IntFlag):
    SIMPLE = 0x0
    WRITABLE = 0x1
    FORMAT = 0x4
    ND = 0x8
    STRIDES = 0x18
    C_CONTIGUOUS = 0x38
    F_CONTIGUOUS = 0x58
    ANY_CONTIGUOUS = 0x98
    INDIRECT = 0x118
    CONTIG = 0x9
    CONTIG_RO = 0x8
    STRIDED = 0x19
    STRIDED_RO = 0x18
    RECORDS = 0x1d
    RECORDS_RO = 0x1c
    FULL = 0x11d
    FULL_RO = 0x11c
    READ = 0x100
    WRITE = 0x200
