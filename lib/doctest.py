"""Run the interactive examples found in docstrings and text files.

Pieces of text that look like Python interpreter sessions (lines that
start with ``>>>``) are executed and their output compared with the text
that follows them.  See the ``doctest`` chapter of the library manual.
"""

__docformat__ = 'reStructuredText'

__all__ = [
    'register_optionflag',
    'DONT_ACCEPT_TRUE_FOR_1',
    'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE',
    'ELLIPSIS',
    'SKIP',
    'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS',
    'REPORT_UDIFF',
    'REPORT_CDIFF',
    'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE',
    'REPORTING_FLAGS',
    'FAIL_FAST',
    'Example',
    'DocTest',
    'DocTestParser',
    'DocTestFinder',
    'DocTestRunner',
    'OutputChecker',
    'DocTestFailure',
    'UnexpectedException',
    'DebugRunner',
    'testmod',
    'testfile',
    'run_docstring_examples',
    'DocTestSuite',
    'DocFileSuite',
    'set_unittest_reportflags',
    'script_from_examples',
    'testsource',
    'debug_src',
    'debug',
]

import __future__
import difflib
import importlib
import inspect
import linecache
import os
import re
import sys
import traceback
import unittest
from io import StringIO
from collections import namedtuple

_ModuleType = type(sys)
_getmodule = inspect.getmodule

TestResults = namedtuple("TestResults", ["failed", "attempted"])


# ---------------------------------------------------------------------------
# Option flags
# ---------------------------------------------------------------------------

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Return the bit for option *name*, allocating a new one if needed."""
    try:
        return OPTIONFLAGS_BY_NAME[name]
    except KeyError:
        bit = 1 << len(OPTIONFLAGS_BY_NAME)
        OPTIONFLAGS_BY_NAME[name] = bit
        return bit


# Comparison flags, in the order that fixes their bit values.
(DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE,
 ELLIPSIS, SKIP, IGNORE_EXCEPTION_DETAIL) = [register_optionflag(_flag) for _flag in (
    "DONT_ACCEPT_TRUE_FOR_1",
    "DONT_ACCEPT_BLANKLINE",
    "NORMALIZE_WHITESPACE",
    "ELLIPSIS",
    "SKIP",
    "IGNORE_EXCEPTION_DETAIL",
)]

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)

# Reporting flags come next.
(REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE,
 FAIL_FAST) = [register_optionflag(_flag) for _flag in (
    "REPORT_UDIFF",
    "REPORT_CDIFF",
    "REPORT_NDIFF",
    "REPORT_ONLY_FIRST_FAILURE",
    "FAIL_FAST",
)]

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = '...'


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

_NONEMPTY_LINE_START = re.compile(r'(?m)^(?!$)')


def _indent(text, indent=4):
    """Prefix every non-empty line of *text* with *indent* spaces."""
    return _NONEMPTY_LINE_START.sub(' ' * indent, text)


def _exception_traceback(exc_info):
    """The full traceback text for an ``exc_info`` triple."""
    buf = StringIO()
    etype, evalue, etb = exc_info
    traceback.print_exception(etype, evalue, etb, file=buf)
    return buf.getvalue()


def _extract_future_flags(globs):
    """Compiler flags of the ``__future__`` features imported in *globs*."""
    result = 0
    for feat_name in __future__.all_feature_names:
        feat = getattr(__future__, feat_name)
        if globs.get(feat_name) is feat:
            result |= feat.compiler_flag
    return result


def _normalize_module(module, depth=2):
    """Turn *module* (a module, a dotted name or None) into a module."""
    if isinstance(module, _ModuleType):
        return module
    if isinstance(module, str):
        return importlib.import_module(module)
    if module is None:
        try:
            caller = sys._getframe(depth).f_globals['__name__']
        except (AttributeError, ValueError, KeyError):
            caller = '__main__'
        return sys.modules[caller]
    raise TypeError("Expected a module, string, or None")


def _newline_convert(data):
    return data.replace('\r\n', '\n').replace('\r', '\n')


def _module_relative_path(module, test_path):
    if not isinstance(module, _ModuleType):
        raise TypeError('Expected a module: %r' % module)
    if test_path[:1] == '/':
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*test_path.split('/'))
    modfile = getattr(module, '__file__', None)
    if modfile:
        base = os.path.split(modfile)[0]
    elif getattr(module, '__name__', None) == '__main__':
        if len(sys.argv) > 0 and sys.argv[0] != '':
            base = os.path.split(sys.argv[0])[0]
        else:
            base = os.curdir
    else:
        for folder in getattr(module, '__path__', ()):
            candidate = os.path.join(folder, test_path)
            if os.path.exists(candidate):
                return candidate
        raise ValueError("Can't resolve paths relative to the module "
                         "%r (it has no __file__)" % module.__name__)
    return os.path.join(base, test_path)


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        pkg = _normalize_module(package, 3)
        filename = _module_relative_path(pkg, filename)
        loader = getattr(pkg, '__loader__', None)
        getter = getattr(loader, 'get_data', None)
        if getter is not None:
            try:
                raw = getter(filename)
            except OSError:
                raw = None
            if raw is not None:
                if isinstance(raw, bytes):
                    raw = raw.decode(encoding)
                return _newline_convert(raw), filename
    with open(filename, encoding=encoding) as fh:
        return fh.read(), filename


def _comment_line(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


def _strip_exception_details(msg):
    """Reduce an exception line to the bare (unqualified) class name."""
    stop = len(msg)
    nl = msg.find('\n')
    if nl >= 0:
        stop = nl
    colon = msg.find(':', 0, stop)
    if colon >= 0:
        stop = colon
    dot = msg.rfind('.', 0, stop)
    return msg[dot + 1:stop]


class _SpoofOut(StringIO):
    """Buffer standing in for sys.stdout while examples run."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


def _ellipsis_match(want, got):
    """True when *got* matches *want*, where '...' in want matches anything."""
    if want.find(ELLIPSIS_MARKER) < 0:
        return want == got
    parts = want.split(ELLIPSIS_MARKER)
    head, tail = parts[0], parts[-1]
    lo, hi = 0, len(got)
    if head:
        if not got.startswith(head):
            return False
        lo = len(head)
    if tail:
        if not got.endswith(tail):
            return False
        hi = len(got) - len(tail)
    if lo > hi:
        # head and tail overlap inside got
        return False
    for middle in parts[1:-1]:
        if not middle:
            continue
        pos = got.find(middle, lo, hi)
        if pos < 0:
            return False
        lo = pos + len(middle)
    return True


# ---------------------------------------------------------------------------
# Example and DocTest
# ---------------------------------------------------------------------------

def _terminated(text):
    return text if text[-1:] == '\n' else text + '\n'


class Example:
    """One interactive example: a source snippet and its expected output."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        self.source = _terminated(source)
        self.want = _terminated(want) if want else want
        if exc_msg is not None:
            exc_msg = _terminated(exc_msg)
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent,
                self.options, self.exc_msg)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        key = self._key()
        return hash(key[:4] + key[5:])


class DocTest:
    """A group of examples taken from one docstring, with their namespace."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        if isinstance(examples, str):
            raise AssertionError(
                "DocTest no longer accepts str; use DocTestParser instead")
        self.examples, self.docstring = examples, docstring
        self.globs = dict(globs)
        self.name, self.filename, self.lineno = name, filename, lineno

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            what = 'no examples'
        elif count == 1:
            what = '1 example'
        else:
            what = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (
            type(self).__name__, self.name, self.filename, self.lineno, what)

    def _fields(self):
        return (self.examples, self.docstring, self.globs, self.name,
                self.filename, self.lineno)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        return hash(self._fields()[1:2] + self._fields()[3:])

    def _order(self):
        line = -1 if self.lineno is None else self.lineno
        return (self.name, self.filename, line, id(self))

    def __lt__(self, other):
        if isinstance(other, DocTest):
            return self._order() < other._order()
        return NotImplemented


# ---------------------------------------------------------------------------
# Parser
# ---------------------------------------------------------------------------

_PS1_LINE = re.compile(r'( *)>>>')
_PS2_LINE = re.compile(r' *\.\.\.')
_WANT_STOP = re.compile(r' *(?:>>>|$)')
_LEAD_SPACES = re.compile(r'(?m)^( *)(?=\S)')
_OPTION_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$')
_BLANK_OR_COMMENT = re.compile(r' *(#.*)?$')
_TB_HEADERS = ('Traceback (most recent call last):',
               'Traceback (innermost last):')
_WORD_START = re.compile(r'\w')
_ONLY_SPACES = re.compile(r' *$')


class DocTestParser:
    """Split a docstring into plain text and Example objects."""

    def parse(self, string, name='<string>'):
        """Return a list alternating text strings and Example objects."""
        text = string.expandtabs()
        margin = self._min_indent(text)
        lines = text.split('\n')
        if margin > 0:
            lines = [ln[margin:] for ln in lines]
            text = '\n'.join(lines)
        # character offset of the start of every line
        starts = []
        pos = 0
        for ln in lines:
            starts.append(pos)
            pos += len(ln) + 1
        total = len(text)
        nlines = len(lines)

        def offset(index):
            return starts[index] if index < nlines else total

        result = []
        text_from = 0
        i = 0
        while i < nlines:
            m = _PS1_LINE.match(lines[i])
            if m is None:
                i += 1
                continue
            first = i
            indent = len(m.group(1))
            i += 1
            while i < nlines and _PS2_LINE.match(lines[i]):
                i += 1
            source_end = i
            while i < nlines and lines[i] and not _WANT_STOP.match(lines[i]):
                i += 1
            # the example covers lines[first:i] (plus the final newline)
            result.append(text[text_from:starts[first]])
            source, want, exc_msg, options = self._parse_example(
                lines[first:source_end], lines[source_end:i], indent,
                name, first)
            if not _BLANK_OR_COMMENT.match(source):
                result.append(Example(source, want, exc_msg, lineno=first,
                                      indent=margin + indent,
                                      options=options))
            text_from = min(offset(i), total)
        result.append(text[text_from:])
        return result

    def get_doctest(self, string, globs, name, filename, lineno):
        """Build a DocTest from the examples in *string*."""
        examples = self.get_examples(string, name)
        return DocTest(examples, globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """Return only the Example objects found in *string*."""
        return [piece for piece in self.parse(string, name)
                if isinstance(piece, Example)]

    def _parse_example(self, src_lines, want_lines, indent, name, lineno):
        self._check_prompt_blank(src_lines, indent, name, lineno)
        self._check_prefix(src_lines[1:], ' ' * indent + '.', name,
                           lineno)
        cut = indent + 4
        source = '\n'.join(ln[cut:] for ln in src_lines)

        want_lines = list(want_lines)
        self._check_prefix(want_lines, ' ' * indent, name,
                           lineno + len(src_lines))
        want = '\n'.join(ln[indent:] for ln in want_lines)
        if want:
            want += '\n'

        exc_msg = None
        if want_lines:
            head = want.split('\n', 1)
            if head[0].rstrip() in _TB_HEADERS:
                rest = head[1] if len(head) > 1 else ''
                pos = 0
                while pos < len(rest):
                    if _WORD_START.match(rest, pos):
                        exc_msg = rest[pos:]
                        break
                    nl = rest.find('\n', pos)
                    if nl < 0:
                        break
                    pos = nl + 1

        options = self._find_options(source, name, lineno + 1)
        return source, want, exc_msg, options

    def _find_options(self, source, name, lineno):
        options = {}
        for line in source.split('\n'):
            m = _OPTION_DIRECTIVE.search(line)
            if m is None:
                continue
            for word in m.group(1).replace(',', ' ').split():
                flag = OPTIONFLAGS_BY_NAME.get(word[1:])
                if word[0] not in '+-' or flag is None:
                    raise ValueError('line %r of the doctest for %s has an '
                                     'invalid option: %r'
                                     % (lineno, name, word))
                options[flag] = (word[0] == '+')
        if options and _BLANK_OR_COMMENT.match(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r'
                             % (lineno - 1, name, source))
        return options

    def _min_indent(self, s):
        found = [len(m) for m in _LEAD_SPACES.findall(s)]
        return min(found) if found else 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for n, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks '
                                 'blank after %s: %r'
                                 % (lineno + n + 1, name,
                                    line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for n, line in enumerate(lines):
            if line and line[:len(prefix)] != prefix:
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r'
                                 % (lineno + n + 1, name, line))


# ---------------------------------------------------------------------------
# Finder
# ---------------------------------------------------------------------------

_DOCSTRING_START = re.compile(r'(^|.*:)\s*\w*("|\')')


def _fresh_namespace(globs, extraglobs):
    namespace = dict(globs)
    namespace.update(extraglobs or {})
    namespace.setdefault('__name__', '__main__')
    return namespace


def _check_test_entry(key, value):
    if not isinstance(key, str):
        raise ValueError("DocTestFinder.find: __test__ keys "
                         "must be strings: %r" % (type(key),))
    acceptable = (isinstance(value, str) or inspect.isroutine(value) or
                  inspect.isclass(value) or inspect.ismodule(value))
    if not acceptable:
        raise ValueError("DocTestFinder.find: __test__ values "
                         "must be strings, functions, methods, "
                         "classes, or modules: %r" % (type(value),))


class DocTestFinder:
    """Collect the DocTests of an object and of the objects it contains."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._verbose, self._parser = verbose, parser
        self._recurse, self._exclude_empty = recurse, exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """Return the sorted list of DocTests found in *obj*."""
        if name is None:
            try:
                name = obj.__name__
            except AttributeError:
                name = None
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is None:
            module = _getmodule(obj)
        elif module is False:
            module = None

        source_lines = None
        try:
            srcfile = inspect.getsourcefile(obj)
        except TypeError:
            srcfile = None
        else:
            if not srcfile:
                try:
                    srcfile = inspect.getfile(obj)
                except TypeError:
                    srcfile = None
                if srcfile and not (srcfile[0] == '<' and
                                    srcfile[-2:] == ']>'):
                    srcfile = None
            if srcfile:
                if module is not None:
                    source_lines = linecache.getlines(srcfile,
                                                      module.__dict__)
                else:
                    source_lines = linecache.getlines(srcfile)
                if not source_lines:
                    source_lines = None

        if globs is None:
            globs = {} if module is None else vars(module)
        namespace = _fresh_namespace(globs, extraglobs)
        found = []
        self._find(found, obj, name, module, source_lines, namespace, {})
        found.sort()
        return found

    def _from_module(self, module, obj):
        if module is None:
            return True
        home = _getmodule(obj)
        if home is not None:
            return module is home
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.ismethoddescriptor(obj):
            owner = getattr(obj, '__objclass__', None)
            if owner is not None:
                mod_name = owner.__module__
            else:
                mod_name = getattr(obj, '__module__', None)
            return module.__name__ == mod_name
        if inspect.isclass(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        target = obj
        try:
            target = inspect.unwrap(target)
        except ValueError:
            pass
        return inspect.isroutine(target)

    def _find(self, found, obj, name, module, src_lines, namespace, seen):
        if self._verbose:
            print(f'Finding tests in {name}')
        key = id(obj)
        if key in seen:
            return
        seen[key] = True

        doctest_obj = self._get_test(obj, name, module, namespace, src_lines)
        if doctest_obj is not None:
            found.append(doctest_obj)
        if not self._recurse:
            return

        children = []
        if inspect.ismodule(obj):
            for attr, value in list(vars(obj).items()):
                wanted = self._is_routine(value) or inspect.isclass(value)
                if wanted and self._from_module(module, value):
                    children.append((f'{name}.{attr}', value))
            extra = getattr(obj, '__test__', {})
            for attr, value in extra.items():
                _check_test_entry(attr, value)
                children.append((f'{name}.__test__.{attr}', value))
        elif inspect.isclass(obj):
            for attr, value in list(vars(obj).items()):
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                wanted = (inspect.isroutine(value) or inspect.isclass(value)
                          or isinstance(value, property))
                if wanted and self._from_module(module, value):
                    children.append((f'{name}.{attr}', value))
        for child_name, child in children:
            self._find(found, child, child_name, module, src_lines,
                       namespace, seen)

    def _get_test(self, obj, name, module, namespace, src_lines):
        text = obj if isinstance(obj, str) else _docstring_of(obj)
        where = self._find_lineno(obj, src_lines)
        if not text and self._exclude_empty:
            return None
        origin = None
        if module is not None:
            origin = getattr(module, '__file__', None) or module.__name__
            if origin[-4:] == '.pyc':
                origin = origin[:-1]
        return self._parser.get_doctest(text, namespace, name, origin, where)

    def _find_lineno(self, obj, src_lines):
        start = None
        has_doc = getattr(obj, '__doc__', None) is not None
        if has_doc and inspect.ismodule(obj):
            start = 0
        if has_doc and inspect.isclass(obj):
            if src_lines is None:
                return None
            start = _class_line(obj, src_lines)
        target = obj.__func__ if inspect.ismethod(obj) else obj
        if inspect.isfunction(target) and getattr(target, '__doc__', None):
            try:
                target = inspect.unwrap(target)
            except ValueError:
                pass
            target = getattr(target, '__code__', target)
        if inspect.istraceback(target):
            target = target.tb_frame
        if inspect.isframe(target):
            target = target.f_code
        if inspect.iscode(target):
            start = target.co_firstlineno - 1
        if start is None:
            return None
        if src_lines is None:
            return start + 1
        for index in range(start, len(src_lines)):
            if _DOCSTRING_START.match(src_lines[index]):
                return index
        return None


def _docstring_of(obj):
    try:
        doc = obj.__doc__
    except (TypeError, AttributeError):
        return ''
    if doc is None:
        return ''
    return doc if isinstance(doc, str) else str(doc)


def _class_line(cls, src_lines):
    header = re.compile(r'^\s*class\s*%s\b'
                        % re.escape(getattr(cls, '__name__', '-')))
    for index, line in enumerate(src_lines):
        if header.match(line):
            return index
    return None


# ---------------------------------------------------------------------------
# Output checker
# ---------------------------------------------------------------------------

_BLANKLINE_IN_WANT = re.compile(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER))
_WHITESPACE_LINE = re.compile(r'(?m)^[^\S\n]+$')
_EMPTY_LINE_IN_GOT = re.compile(r'(?m)^[ ]*(?=\n)')
_TRUE_FOR_ONE = {('True\n', '1\n'), ('False\n', '0\n')}
_ANY_DIFF = 0  # filled in below, after the flag constants are known

_DIFF_STYLES = (
    (REPORT_UDIFF, "unified diff with -expected +actual",
     lambda a, b: list(difflib.unified_diff(a, b, n=2))[2:]),
    (REPORT_CDIFF, "context diff with expected followed by actual",
     lambda a, b: list(difflib.context_diff(a, b, n=2))[2:]),
    (REPORT_NDIFF, "ndiff with -expected +actual",
     lambda a, b: list(difflib.Differ(
         charjunk=difflib.IS_CHARACTER_JUNK).compare(a, b))),
)
for _style in _DIFF_STYLES:
    _ANY_DIFF |= _style[0]
del _style


class OutputChecker:
    """Decide whether actual output matches an example's expected output."""

    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), 'ASCII')

    def check_output(self, want, got, optionflags):
        """True if *got* is an acceptable match for *want*."""
        want, got = self._toAscii(want), self._toAscii(got)
        if want == got:
            return True
        flags = optionflags
        if not flags & DONT_ACCEPT_TRUE_FOR_1 and (got, want) in _TRUE_FOR_ONE:
            return True
        if not flags & DONT_ACCEPT_BLANKLINE:
            want = _BLANKLINE_IN_WANT.sub('', want)
            got = _WHITESPACE_LINE.sub('', got)
            if want == got:
                return True
        if flags & NORMALIZE_WHITESPACE and got.split() == want.split():
            return True
        return bool(flags & ELLIPSIS) and _ellipsis_match(want, got)

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & _ANY_DIFF:
            return False
        return bool(optionflags & REPORT_NDIFF) or \
            min(want.count('\n'), got.count('\n')) > 2

    def output_difference(self, example, got, optionflags):
        """Describe how *got* differs from the example's expected output."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = _EMPTY_LINE_IN_GOT.sub(BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            for bit, label, make_diff in _DIFF_STYLES:
                if optionflags & bit:
                    break
            rows = make_diff(want.splitlines(True), got.splitlines(True))
            body = ''.join(row.rstrip() + '\n' for row in rows)
            return 'Differences (' + label + '):\n' + _indent(body)
        expected = 'Expected:\n' + _indent(want) if want else \
            'Expected nothing\n'
        actual = 'Got:\n' + _indent(got) if got else 'Got nothing\n'
        return expected + actual


# ---------------------------------------------------------------------------
# Runner
# ---------------------------------------------------------------------------

_DOCTEST_FILENAME = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')

_OK, _FAILED, _RAISED = 'ok', 'failed', 'raised'


def _formatted_exception(exc_type, exc_value):
    """The 'Type: message' text of an exception, as compared with exc_msg."""
    lines = traceback.format_exception_only(exc_type, exc_value)
    if issubclass(exc_type, SyntaxError):
        # drop the File/source/caret lines that precede the message
        qual = exc_type.__qualname__
        heads = (qual + ':', exc_type.__module__ + '.' + qual + ':')
        for index, line in enumerate(lines):
            if line.startswith(heads):
                lines = lines[index:]
                break
    return ''.join(lines)


class DocTestRunner:
    """Run DocTests, report on each example and keep running totals."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = OutputChecker() if checker is None else checker
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = self.original_optionflags = optionflags
        self.tries = self.failures = 0
        self._name2ft = {}
        self._fakeout, self.test = _SpoofOut(), None

    # -- reporting hooks ---------------------------------------------------

    def report_start(self, out, test, example):
        """Called before an example runs (prints only when verbose)."""
        if self._verbose:
            text = 'Trying:\n' + _indent(example.source)
            if example.want:
                text += 'Expecting:\n' + _indent(example.want)
            else:
                text += 'Expecting nothing\n'
            out(text)

    def report_success(self, out, test, example, got):
        """Called when an example passes (prints only when verbose)."""
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        """Called when an example's output does not match."""
        diff = self._checker.output_difference(example, got, self.optionflags)
        out(self._failure_header(test, example) + diff)

    def report_unexpected_exception(self, out, test, example, exc_info):
        """Called when an example raises an exception nobody expected."""
        out(self._failure_header(test, example) + 'Exception raised:\n' +
            _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        if not test.filename:
            where = 'Line %s, in %s' % (example.lineno + 1, test.name)
        else:
            if None in (test.lineno, example.lineno):
                line = '?'
            else:
                line = test.lineno + example.lineno + 1
            where = 'File "%s", line %s, in %s' % (test.filename, line,
                                                    test.name)
        return '\n'.join([self.DIVIDER, where, 'Failed example:',
                          _indent(example.source)])

    # -- running -------------------------------------------------------------

    def __run(self, test, compileflags, out):
        n_failed = n_tried = 0
        base_flags = self.optionflags
        matches = self._checker.check_output
        spoof = self._fakeout
        for number, ex in enumerate(test.examples):
            quiet = n_failed > 0 and bool(base_flags & REPORT_ONLY_FIRST_FAILURE)
            flags = base_flags
            for bit, turn_on in ex.options.items():
                flags = (flags | bit) if turn_on else (flags & ~bit)
            self.optionflags = flags
            if flags & SKIP:
                continue
            n_tried += 1
            if not quiet: self.report_start(out, test, ex)

            label = '<doctest %s[%d]>' % (test.name, number)
            exc_info = None
            try:
                exec(compile(ex.source, label, 'single', compileflags, True),
                     test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                exc_info = sys.exc_info()
            got = spoof.getvalue()
            spoof.truncate(0)

            if exc_info is None:
                verdict = _OK if matches(ex.want, got, flags) else _FAILED
            else:
                raised = _formatted_exception(exc_info[0], exc_info[1])
                if not quiet:
                    got += _exception_traceback(exc_info)
                expected = ex.exc_msg
                if expected is None:
                    verdict = _RAISED
                elif matches(expected, raised, flags):
                    verdict = _OK
                elif flags & IGNORE_EXCEPTION_DETAIL and matches(
                        _strip_exception_details(expected),
                        _strip_exception_details(raised), flags):
                    verdict = _OK
                else:
                    verdict = _FAILED

            if verdict is _OK:
                reporter, detail = self.report_success, got
            else:
                n_failed += 1
                if verdict is _FAILED:
                    reporter, detail = self.report_failure, got
                else:
                    reporter, detail = self.report_unexpected_exception, exc_info
            if not quiet:
                reporter(out, test, ex, detail)
            if n_failed and flags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self.__record_outcome(test, n_failed, n_tried)
        return TestResults(n_failed, n_tried)

    def __record_outcome(self, test, failed, tried):
        before = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (before[0] + failed, before[1] + tried)
        self.failures += failed
        self.tries += tried

    def __patched_linecache_getlines(self, filename, module_globals=None):
        hit = _DOCTEST_FILENAME.match(filename)
        current = self.test
        if hit and current is not None and hit.group('name') == current.name:
            number = int(hit.group('examplenum'))
            return current.examples[number].source.splitlines(True)
        return self._orig_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples of *test*; return TestResults(failed, attempted)."""
        self.test = test
        flags = _extract_future_flags(test.globs) if compileflags is None \
            else compileflags
        real_stdout = sys.stdout
        if out is None:
            encoding = getattr(real_stdout, 'encoding', None)
            if (encoding or 'utf-8').lower() == 'utf-8':
                out = real_stdout.write
            else:
                def out(text, _write=real_stdout.write, _enc=encoding):
                    _write(text.encode(_enc, 'backslashreplace').decode(_enc))
        hook_owner = sys if hasattr(sys, 'displayhook') else None
        if hook_owner is not None:
            old_hook = sys.displayhook
            sys.displayhook = getattr(sys, '__displayhook__', old_hook)
        self._orig_getlines = linecache.getlines
        linecache.getlines = self.__patched_linecache_getlines
        sys.stdout = self._fakeout
        try:
            return self.__run(test, flags, out)
        finally:
            sys.stdout = real_stdout
            linecache.getlines = self._orig_getlines
            if hook_owner is not None:
                sys.displayhook = old_hook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print a summary of every test run so far; return the totals."""
        if verbose is None:
            verbose = self._verbose
        empty, clean, broken = [], [], []
        all_tried = all_failed = 0
        for name, (failed, tried) in self._name2ft.items():
            all_tried += tried
            all_failed += failed
            if not tried:
                empty.append(name)
            elif not failed:
                clean.append((name, tried))
            else:
                broken.append((name, failed, tried))
        if verbose and empty:
            print(len(empty), 'items had no tests:')
            for name in sorted(empty):
                print('   ', name)
        if verbose and clean:
            print(len(clean), 'items passed all tests:')
            for name, tried in sorted(clean):
                print(' %3d tests in %s' % (tried, name))
        if broken:
            print(self.DIVIDER)
            print(len(broken), 'items had failures:')
            for name, failed, tried in sorted(broken):
                print(' %3d of %3d in %s' % (failed, tried, name))
        if verbose:
            print(all_tried, 'tests in', len(self._name2ft), 'items.')
            print(all_tried - all_failed, 'passed and', all_failed, 'failed.')
        if all_failed:
            print('***Test Failed***', all_failed, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(all_failed, all_tried)

    def merge(self, other):
        """Fold the totals of another runner into this one."""
        table = self._name2ft
        for name, (failed, tried) in other._name2ft.items():
            prev_failed, prev_tried = table.get(name, (0, 0))
            table[name] = (failed + prev_failed, tried + prev_tried)


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output does not match."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises unexpectedly."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that stops at the first problem by raising an exception."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        outcome = super().run(test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return outcome

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------------------
# Convenience entry points
# ---------------------------------------------------------------------------

master = None


def _finish(runner, report):
    """Summarize if asked, fold into the global master runner, return totals."""
    global master
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def _make_runner(raise_on_error, verbose, optionflags):
    kind = DebugRunner if raise_on_error else DocTestRunner
    return kind(verbose=verbose, optionflags=optionflags)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module *m* (default __main__)."""
    module = sys.modules.get('__main__') if m is None else m
    if not isinstance(module, _ModuleType):
        raise TypeError("testmod: module required; %r" % (module,))
    runner = _make_runner(raise_on_error, verbose, optionflags)
    finder = DocTestFinder(exclude_empty=exclude_empty)
    label = module.__name__ if name is None else name
    for found in finder.find(module, label, globs=globs,
                             extraglobs=extraglobs):
        runner.run(found)
    return _finish(runner, report)


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None, raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Test the examples in the text file *filename*."""
    if not module_relative and package:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    text, path = _load_testfile(filename, package, module_relative,
                                encoding or 'utf-8')
    label = os.path.basename(path) if name is None else name
    namespace = _fresh_namespace({} if globs is None else globs, extraglobs)
    runner = _make_runner(raise_on_error, verbose, optionflags)
    runner.run(parser.get_doctest(text, namespace, label, path, 0))
    return _finish(runner, report)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None, optionflags=0):
    """Run the examples in the docstring of *f* (no recursion)."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    tests = DocTestFinder(verbose=verbose, recurse=False).find(f, name,
                                                               globs=globs)
    for one in tests:
        runner.run(one, compileflags=compileflags)


# ---------------------------------------------------------------------------
# unittest integration
# ---------------------------------------------------------------------------

_suite_report_flags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags used by DocTestCase; return the old ones."""
    global _suite_report_flags
    if flags & ~REPORTING_FLAGS:
        raise ValueError("Only reporting flags allowed", flags)
    previous, _suite_report_flags = _suite_report_flags, flags
    return previous


class DocTestCase(unittest.TestCase):
    """A unittest TestCase wrapping one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        super().__init__()
        self._dt_test, self._dt_optionflags = test, optionflags
        self._dt_setUp, self._dt_tearDown = setUp, tearDown
        self._dt_checker = checker
        self._dt_globs = dict(test.globs)

    def setUp(self):
        hook = self._dt_setUp
        if hook is not None:
            hook(self._dt_test)

    def tearDown(self):
        hook = self._dt_tearDown
        if hook is not None:
            hook(self._dt_test)
        namespace = self._dt_test.globs
        namespace.clear()
        namespace.update(self._dt_globs)

    def runTest(self):
        saved = sys.stdout
        report = StringIO()
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _suite_report_flags
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker,
                               verbose=False)
        runner.DIVIDER = '-' * 70
        try:
            outcome = runner.run(self._dt_test, out=report.write,
                                 clear_globs=False)
        finally:
            sys.stdout = saved
        if outcome.failed:
            raise self.failureException(
                self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        line = 'unknown line number' if test.lineno is None else test.lineno
        short = test.name.rsplit('.', 1)[-1]
        return (f'Failed doctest test for {test.name}\n'
                f'  File "{test.filename}", line {line}, in {short}\n\n{err}')

    def debug(self):
        """Run the test without collecting errors, raising the first one."""
        self.setUp()
        DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                    verbose=False).run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def _identity(self):
        return (self._dt_test, self._dt_optionflags, self._dt_setUp,
                self._dt_tearDown, self._dt_checker)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self):
        return hash(self._identity()[1:])

    def __repr__(self):
        head, _, last = self._dt_test.name.rpartition('.')
        return f'{last} ({head})'

    __str__ = __repr__

    def shortDescription(self):
        return 'Doctest: ' + self._dt_test.name


class _DocTestSuite(unittest.TestSuite):

    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """Return a unittest suite with one DocTestCase per docstring of *module*."""
    finder = DocTestFinder() if test_finder is None else test_finder
    mod = _normalize_module(module)
    suite = _DocTestSuite()
    for found in sorted(finder.find(mod, globs=globs, extraglobs=extraglobs)):
        if not found.examples:
            continue
        if not found.filename:
            path = mod.__file__
            found.filename = path[:-1] if path[-4:] == '.pyc' else path
        suite.addTest(DocTestCase(found, **options))
    return suite


class DocFileCase(DocTestCase):
    """A DocTestCase built from a text file."""

    def id(self):
        return self._dt_test.name.replace('.', '_')

    def __repr__(self):
        test = self._dt_test
        return test.filename

    __str__ = __repr__

    def format_failure(self, err):
        test = self._dt_test
        return (f'Failed doctest test for {test.name}\n'
                f'  File "{test.filename}", line 0\n\n{err}')


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(), encoding=None, **options):
    namespace = {} if globs is None else dict(globs)
    if not module_relative and package:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    text, full_path = _load_testfile(path, package, module_relative,
                                     encoding or 'utf-8')
    namespace.setdefault('__file__', full_path)
    found = parser.get_doctest(text, namespace, os.path.basename(full_path),
                               full_path, 0)
    return DocFileCase(found, **options)


def DocFileSuite(*paths, **kw):
    """Return a unittest suite with one DocFileCase per text file."""
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for one in paths:
        suite.addTest(DocFileTest(one, **kw))
    return suite


# ---------------------------------------------------------------------------
# Script conversion and debugging
# ---------------------------------------------------------------------------

def script_from_examples(s):
    """Turn doctest text into a script: examples become code, the rest comments."""
    lines = []
    for chunk in DocTestParser().parse(s):
        if not isinstance(chunk, Example):
            lines.extend(_comment_line(ln) for ln in chunk.split('\n')[:-1])
            continue
        lines.append(chunk.source[:-1])
        if chunk.want:
            lines.append('# Expected:')
            lines.extend('## ' + ln for ln in chunk.want.split('\n')[:-1])
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        del lines[0]
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """Return the script form of the doctest named *name* in *module*."""
    for found in DocTestFinder().find(_normalize_module(module)):
        if found.name == name:
            return script_from_examples(found.docstring)
    raise ValueError(name, "not found in tests")


def debug_src(src, pm=False, globs=None):
    """Debug a doctest given as a string (needs pdb, unavailable here)."""
    raise NotImplementedError("doctest.debug_src: pdb is not available "
                              "in Ferrython")


def debug_script(src, pm=False, globs=None):
    """Debug a script (needs pdb, unavailable here)."""
    raise NotImplementedError("doctest.debug_script: pdb is not available "
                              "in Ferrython")


def debug(module, name, pm=False):
    """Debug one docstring's examples (needs pdb, unavailable here)."""
    raise NotImplementedError("doctest.debug: pdb is not available "
                              "in Ferrython")


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

def _test():
    import argparse

    cli = argparse.ArgumentParser(description="doctest runner")
    cli.add_argument('-v', '--verbose', action='store_true', default=False,
                     help='show every example as it runs')
    cli.add_argument('-o', '--option', action='append', default=[],
                     choices=OPTIONFLAGS_BY_NAME.keys(),
                     help='apply the named option flag (may be repeated)')
    cli.add_argument('-f', '--fail-fast', action='store_true',
                     help='stop at the first failure (same as -o FAIL_FAST)')
    cli.add_argument('file', nargs='+',
                     help='a .py module or a text file with examples')
    opts = cli.parse_args()
    flags = FAIL_FAST if opts.fail_fast else 0
    for flag_name in opts.option:
        flags |= OPTIONFLAGS_BY_NAME[flag_name]
    for target in opts.file:
        if target.endswith('.py'):
            folder, base = os.path.split(target)
            sys.path.insert(0, folder)
            try:
                imported = __import__(base[:-3])
            finally:
                del sys.path[0]
            failed = testmod(imported, verbose=opts.verbose,
                             optionflags=flags).failed
        else:
            failed = testfile(target, module_relative=False,
                              verbose=opts.verbose, optionflags=flags).failed
        if failed:
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(_test())
