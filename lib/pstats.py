"""Reports on profiler data (Ferrython implementation).

Profile data is a dict mapping (filename, lineno, funcname) to
(primitive_calls, total_calls, tottime, cumtime, callers).
"""

import os
import re
import sys
import time
from dataclasses import dataclass
from enum import Enum

try:
    import marshal as _marshal
except ImportError:
    _marshal = None

__all__ = ["Stats", "SortKey", "FunctionProfile", "StatsProfile"]


class SortKey(str, Enum):
    CALLS = ('calls', 'ncalls')
    CUMULATIVE = ('cumulative', 'cumtime')
    FILENAME = ('filename', 'module')
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time', 'tottime'

    def __new__(cls, *names):
        member = str.__new__(cls, names[0])
        member._value_ = names[0]
        for alias in names[1:]:
            cls._value2member_map_[alias] = member
        member._all_values = names
        return member

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)


@dataclass(unsafe_hash=True)
class FunctionProfile:
    ncalls: str
    tottime: float
    percall_tottime: float
    cumtime: float
    percall_cumtime: float
    file_name: str
    line_number: int


@dataclass(unsafe_hash=True)
class StatsProfile:
    '''Profile summary: total time and a FunctionProfile per function name.'''
    total_tt: float
    func_profiles: 'dict[str, FunctionProfile]'


# ---------------------------------------------------------------------------
# Private on-disk format, used when no marshal module is available.

_MAGIC = b"FERRYTHON-PSTATS\x01\n"


def _encode(obj, out):
    kind = type(obj)
    if obj is None:
        out.append("N")
    elif kind is bool:
        out.append("T" if obj else "F")
    elif kind is int:
        out.append("i%d;" % obj)
    elif kind is float:
        out.append("f%s;" % repr(obj))
    elif kind is str:
        out.append("s%d:" % len(obj))
        out.append(obj)
    elif kind is tuple or kind is list:
        out.append(("t%d:" if kind is tuple else "l%d:") % len(obj))
        for item in obj:
            _encode(item, out)
    elif kind is dict:
        out.append("d%d:" % len(obj))
        for k, v in obj.items():
            _encode(k, out)
            _encode(v, out)
    elif isinstance(obj, (int, float, str, tuple, list, dict)):
        # subclasses are stored as their base type
        for base in (bool, int, float, str, tuple, list, dict):
            if isinstance(obj, base):
                _encode(base(obj), out)
                return
    else:
        # e.g. the code object the pure-Python profiler uses as a label:
        # keep its text, which is all a report needs
        _encode(str(obj), out)


class _Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def _upto(self, stop):
        end = self.text.index(stop, self.pos)
        piece = self.text[self.pos:end]
        self.pos = end + 1
        return piece

    def value(self):
        tag = self.text[self.pos]
        self.pos += 1
        if tag == "N":
            return None
        if tag == "T":
            return True
        if tag == "F":
            return False
        if tag == "i":
            return int(self._upto(";"))
        if tag == "f":
            return float(self._upto(";"))
        if tag == "s":
            n = int(self._upto(":"))
            s = self.text[self.pos:self.pos + n]
            self.pos += n
            return s
        if tag == "t" or tag == "l":
            n = int(self._upto(":"))
            items = [self.value() for _ in range(n)]
            return tuple(items) if tag == "t" else items
        if tag == "d":
            n = int(self._upto(":"))
            result = {}
            for _ in range(n):
                k = self.value()
                result[k] = self.value()
            return result
        raise ValueError("bad marshal data (unknown type code)")


def _write_stats(stats, fileobj):
    if _marshal is not None:
        _marshal.dump(stats, fileobj)
        return
    parts = []
    _encode(stats, parts)
    fileobj.write(_MAGIC)
    fileobj.write("".join(parts).encode("utf-8", "surrogatepass"))


def _read_stats(fileobj):
    data = fileobj.read()
    if data.startswith(_MAGIC):
        text = data[len(_MAGIC):].decode("utf-8", "surrogatepass")
        try:
            return _Decoder(text).value()
        except (IndexError, ValueError):
            raise ValueError("bad marshal data (unknown type code)") from None
    if _marshal is not None:
        return _marshal.loads(data)
    if not data:
        raise EOFError("EOF read where object expected")
    raise ValueError("bad marshal data (unknown type code)")


# ---------------------------------------------------------------------------

_RANDOM_ORDER_NOTE = "   Random listing order was used\n"
_CALLERS_TITLE = "was called by..."
_CALLEES_TITLE = "called..."

_LEGACY_INT_KEYS = {-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}


class Stats:
    """Collects profile statistics and prints reports about them.

    Arguments may be profiler objects (having create_stats()), or names of
    files written by dump_stats(); several are combined as with add().
    """

    sort_arg_dict_default: dict = {
        "calls": (((1, -1),), "call count"),
        "ncalls": (((1, -1),), "call count"),
        "cumtime": (((3, -1),), "cumulative time"),
        "cumulative": (((3, -1),), "cumulative time"),
        "filename": (((4, 1),), "file name"),
        "line": (((5, 1),), "line number"),
        "module": (((4, 1),), "file name"),
        "name": (((6, 1),), "function name"),
        "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
        "pcalls": (((0, -1),), "primitive call count"),
        "stdname": (((7, 1),), "standard name"),
        "time": (((2, -1),), "internal time"),
        "tottime": (((2, -1),), "internal time"),
    }

    def __init__(self, *args, stream=None):
        self.stream = stream if stream else sys.stdout
        first = args[0] if args else None
        self.init(first)
        self.add(*args[1:])

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        try:
            self._tally()
        except Exception:
            name = self.files[-1] if self.files else ''
            print("Invalid timing data %s" % name, file=self.stream)
            raise

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            with open(arg, 'rb') as source:
                self.stats = _read_stats(source)
            label = arg
            try:
                label = time.ctime(os.stat(arg).st_mtime) + "    " + arg
            except Exception:
                pass
            self.files = [label]
        elif getattr(arg, 'create_stats', None) is not None:
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))

    def _tally(self):
        marker = ("jprofile", 0, "profiler")
        widest = self.max_name_len
        for fn, stat in self.stats.items():
            self.total_calls += stat[1]
            self.prim_calls += stat[0]
            self.total_tt += stat[2]
            if marker in stat[4]:
                self.top_level.add(fn)
            widest = max(widest, len(func_std_string(fn)))
        self.max_name_len = widest

    get_top_level_stats = _tally

    def add(self, *arg_list):
        if not arg_list:
            return self
        for other in reversed(arg_list):
            if type(self) != type(other):
                other = Stats(other)
            self.files += other.files
            self.total_calls += other.total_calls
            self.prim_calls += other.prim_calls
            self.total_tt += other.total_tt
            self.top_level.update(other.top_level)
            if other.max_name_len > self.max_name_len:
                self.max_name_len = other.max_name_len
            self.fcn_list = None
            mine = self.stats
            for func, stat in other.stats.items():
                if func in mine:
                    mine[func] = add_func_stats(mine[func], stat)
                else:
                    mine[func] = add_func_stats((0, 0, 0, 0, {}), stat)
        return self

    def dump_stats(self, filename):
        """Write the profile data to a file."""
        with open(filename, 'wb') as sink:
            _write_stats(self.stats, sink)

    def get_sort_arg_defs(self):
        """Return the sort keys, extended with their unambiguous prefixes."""
        table = self.sort_arg_dict
        if not table:
            clashes = set()
            for word, spec in self.sort_arg_dict_default.items():
                for end in range(len(word), 0, -1):
                    prefix = word[:end]
                    if prefix in table:
                        clashes.add(prefix)
                        break
                    table[prefix] = spec
            for prefix in clashes:
                del table[prefix]
            self.sort_arg_dict = table
        return table

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        lone = field[0] if len(field) == 1 else None
        if isinstance(lone, int):
            field = [_LEGACY_INT_KEYS[lone]]
        elif len(field) > 1:
            first_type = type(field[0])
            for item in field[1:]:
                if type(item) != first_type:
                    raise TypeError("Can't have mixed argument type")
        defs = self.get_sort_arg_defs()
        order = []
        self.sort_type = ""
        for word in field:
            spec, description = defs[word.value if isinstance(word, SortKey) else word]
            order.extend(spec)
            if self.sort_type:
                self.sort_type += ", "
            self.sort_type += description

        rows = [stat[:4] + fn + (func_std_string(fn), fn)
                for fn, stat in self.stats.items()]
        # stable sorts, least significant key first
        for index, direction in reversed(order):
            rows.sort(key=lambda row, i=index: row[i], reverse=direction < 0)
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        stripped = {}
        widest = 0
        for fn, (cc, nc, tt, ct, callers) in self.stats.items():
            short = func_strip_path(fn)
            short_callers = {}
            for caller, value in callers.items():
                short_callers[func_strip_path(caller)] = value
            n = len(func_std_string(short))
            if n > widest:
                widest = n
            entry = (cc, nc, tt, ct, short_callers)
            if short in stripped:
                stripped[short] = add_func_stats(stripped[short], entry)
            else:
                stripped[short] = entry
        self.stats = stripped
        self.top_level = {func_strip_path(f) for f in self.top_level}
        self.max_name_len = widest
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees:
            return
        callees = {}
        for callee, stat in self.stats.items():
            callees.setdefault(callee, {})
            for caller, value in stat[4].items():
                callees.setdefault(caller, {})[callee] = value
        self.all_callees = callees

    # ---- reporting -------------------------------------------------------

    def eval_print_amount(self, sel, list, msg):
        chosen = list
        if isinstance(sel, str):
            try:
                pattern = re.compile(sel)
            except re.error:
                msg = msg + "   <Invalid regular expression %r>\n" % (sel,)
                return chosen, msg
            chosen = [f for f in list if pattern.search(func_std_string(f))]
        else:
            total = len(list)
            if isinstance(sel, float) and 0 <= sel < 1:
                chosen = list[:int(total * sel + 0.5)]
            elif isinstance(sel, int) and sel >= 0 and sel < total:
                chosen = list[:sel]
        if len(chosen) != len(list):
            msg = "%s   List reduced from %r to %r due to restriction <%r>\n" % (
                msg, len(list), len(chosen), sel)
        return chosen, msg

    def get_print_list(self, sel_list):
        if self.fcn_list:
            funcs = list(self.fcn_list)
            msg = "   Ordered by: %s\n" % (self.sort_type,)
        else:
            funcs = list(self.stats)
            msg = _RANDOM_ORDER_NOTE
        for sel in sel_list:
            funcs, msg = self.eval_print_amount(sel, funcs, msg)
        if not funcs:
            return 0, funcs
        self.stream.write(msg + "\n")
        if len(funcs) < len(self.stats):
            name_width = max(len(func_std_string(fn)) for fn in funcs)
        else:
            name_width = self.max_name_len
        return name_width + 2, funcs

    def print_stats(self, *amount):
        out = self.stream
        for name in self.files:
            print(name, file=out)
        if self.files:
            print(file=out)
        pad = ' ' * 8
        for fn in self.top_level:
            print(pad, func_get_function_name(fn), file=out)
        line = "%s %s function calls " % (pad, self.total_calls)
        if self.prim_calls != self.total_calls:
            line += "(%d primitive calls) " % self.prim_calls
        line += "in %.3f seconds" % self.total_tt
        print(line, file=out)
        print(file=out)
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_title()
            for func in funcs:
                self.print_line(func)
            print(file=out)
            print(file=out)
        return self

    def print_callees(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.calc_callees()
            self.print_call_heading(width, _CALLEES_TITLE)
            for func in funcs:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_call_heading(width, _CALLERS_TITLE)
            for func in funcs:
                self.print_call_line(width, func, self.stats[func][4], "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("%-*s%s" % (name_size, "Function ", column_title), file=self.stream)
        detailed = False
        for stat in self.stats.values():
            callers = stat[4]
            if callers:
                detailed = isinstance(next(iter(callers.values())), tuple)
                break
        if detailed:
            print(" " * name_size + "    ncalls  tottime  cumtime",
                  file=self.stream)

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        out = self.stream
        head = func_std_string(source).ljust(name_size) + arrow + " "
        if not call_dict:
            print(head, file=out)
            return
        lines = []
        for n, func in enumerate(sorted(call_dict)):
            label = func_std_string(func)
            value = call_dict[func]
            detailed = isinstance(value, tuple)
            if detailed:
                nc, cc, tt, ct = value
                counts = str(nc) if nc == cc else "%d/%d" % (nc, cc)
                width = 7 if n == 0 else 9
                text = "%s %s %s  %s" % (counts.rjust(width), f8(tt), f8(ct), label)
                margin = name_size + 1
            else:
                text = "%s(%r) %s" % (label, value, f8(self.stats[func][3]))
                margin = name_size + 3
            if n == 0:
                lines.append(head + text)
            else:
                lines.append(" " * margin + text)
        print("\n".join(lines), file=out)

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall '
              'filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct = self.stats[func][:4]
        calls = str(nc) if nc == cc else "%d/%d" % (nc, cc)
        blank = ' ' * 8
        cols = [calls.rjust(9), f8(tt),
                f8(tt / nc) if nc else blank,
                f8(ct),
                f8(ct / cc) if cc else blank,
                func_std_string(func)]
        print(' '.join(cols), file=self.stream)

    def get_stats_profile(self):
        """Return a StatsProfile describing the functions in this Stats."""
        funcs = self.fcn_list[:] if self.fcn_list else list(self.stats.keys())
        if not funcs:
            return StatsProfile(total_tt=0, func_profiles={})
        profiles = {}
        result = StatsProfile(float(f8(self.total_tt)), profiles)
        for func in funcs:
            cc, nc, tt, ct = self.stats[func][:4]
            filename, lineno, name = func
            calls = str(nc) if nc == cc else "%d/%d" % (nc, cc)
            profiles[name] = FunctionProfile(
                calls,
                float(f8(tt)),
                float(f8(tt / nc)) if nc else -1,
                float(f8(ct)),
                float(f8(ct / cc)) if cc else -1,
                filename,
                lineno)
        return result


# ---------------------------------------------------------------------------
# Helpers on function keys and stat tuples

def func_strip_path(func_name):
    filename, lineno, name = func_name
    return os.path.basename(filename), lineno, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    filename, lineno, name = func_name
    if filename == '~' and lineno == 0:
        if name[:1] == '<' and name[-1:] == '>':
            return '{' + name[1:-1] + '}'
        return name
    return "%s:%d(%s)" % (filename, lineno, name)


def add_func_stats(target, source):
    """Sum two stat tuples (callers dicts are merged)."""
    merged = tuple(a + b for a, b in zip(source[:4], target[:4]))
    return merged + (add_callers(target[4], source[4]),)


def add_callers(target, source):
    """Merge two callers dicts into a new one."""
    merged = dict(target)
    for func, value in source.items():
        if func not in merged:
            merged[func] = value
        elif isinstance(value, tuple):
            merged[func] = tuple(a + b for a, b in zip(value, merged[func]))
        else:
            merged[func] += value
    return merged


def count_calls(callers):
    """Total of the call counts in a callers dict of integers."""
    total = 0
    for n in callers.values():
        total += n
    return total


def f8(x):
    return "%8.3f" % (x,)


if __name__ == "__main__":
    raise NotImplementedError(
        "the interactive pstats browser is not available in Ferrython")
