"""Compiler from syntax trees to a small instruction list, and the
backtracking machine that runs it.

The machine is iterative: choice points, saved register values and
look-around/atomic barriers all live on one explicit list, so neither long
subjects nor deep backtracking touch the Python recursion limit.  Repeats of
a single-character item scan forward in a tight loop and leave one choice
point that gives characters back one at a time.
"""

from ._parser import (
    N_CHAR, N_CLASS, N_ANY, N_AT, N_GROUP, N_SEQ, N_ALT, N_REPEAT, N_ATOMIC,
    N_LOOK, N_BACKREF, N_COND, AT_BEGIN, AT_BEGIN_LINE, AT_END, AT_END_LINE,
    AT_END_STRING, AT_BOUNDARY, AT_NON_BOUNDARY, AT_BOUNDARY_ASCII,
    AT_NON_BOUNDARY_ASCII, GREEDY, LAZY, POSSESSIVE, INF, width, fold1,
    fold_variants, _ASCII_WORD,
)

# opcodes; the single-character ones double as "kinds" for OP_REPCH
OP_LIT = 0        # (op, ch)
OP_STR = 1        # (op, text, length)
OP_SET = 2        # (op, frozenset)
OP_CLS = 3        # (op, memo, test)
OP_ANY = 4        # (op,)            any but newline
OP_ALL = 5        # (op,)            any character
OP_MARK = 6       # (op, reg)        group start
OP_MARK_END = 7   # (op, reg, group) group end, also sets lastindex
OP_SPLIT = 8      # (op, alt)        try next instruction, then alt
OP_JMP = 9        # (op, target)
OP_REPCH = 10     # (op, kind, arg, lo, hi, mode, nextch)
OP_AT = 11        # (op, kind)
OP_REP_INIT = 12  # (op, reg)
OP_REP_LOOP = 13  # (op, reg, lo, hi, lazy, body, exit)
OP_REP_END = 14   # (op, reg, loop)
OP_LSPLIT = 15    # (op, alt)        jump to alt, then try next instruction
OP_ATOM = 16      # (op,)
OP_ATOM_END = 17  # (op,)
OP_LOOK = 18      # (op, behind, negative, width, after)
OP_LOOK_END = 19  # (op,)
OP_BACKREF = 20   # (op, group, icase)
OP_COND = 21      # (op, group, no)
OP_SUCCESS = 22   # (op,)
OP_FAIL = 23      # (op,)
OP_SAVEPOS = 24   # (op, reg)        remember pos in a register
OP_GROUP_LAST = 25  # (op, reg, pos reg, group)  (X)* with X one char
OP_BRANCH = 26    # (op, memo, branch pcs, first-char tests)
OP_LITBRANCH = 27  # (op, ((length, {prefix: branch indexes}), ...), branch pcs)

# backtrack stack entry tags
B_UNDO = 0        # (tag, reg, old value)
B_UNDO2 = 1       # (tag, reg, old value, reg2, old value2)
B_ALT = 2         # (tag, pc, pos)
B_GREEDY = 3      # (tag, pc, min pos, last tried pos, next char or None)
B_LAZY = 4        # (tag, pc, pos, remaining, kind, arg, next char or None)
B_ATOM = 5        # (tag,)
B_LOOK = 6        # (tag, negative, after pc, saved pos)
B_REPBODY = 7     # (tag, body pc, pos, reg)
B_REPEXIT = 8     # (tag, exit pc, pos, lastpos reg, old lastpos)
# tags below 2 only restore registers: they survive atomic/look-around cuts


def _ascii_fold(c):
    return c.lower() if c in _ASCII_WORD else c


def _viable(pcs, tests, c):
    out = []
    for i in range(len(pcs)):
        t = tests[i]
        if t is None or (c is not None and t(c)):
            out.append(pcs[i])
    return tuple(out)


def _is_word_uni(c):
    return c.isalnum() or c == '_'


def _scan(s, i, lim, kind, arg):
    """Index of the first position in [i, lim) whose char fails the test."""
    if kind == OP_LIT:
        while i < lim and s[i] == arg:
            i += 1
        return i
    if kind == OP_SET:
        while i < lim and s[i] in arg:
            i += 1
        return i
    if kind == OP_CLS:
        memo, test = arg
        while i < lim:
            c = s[i]
            r = memo.get(c)
            if r is None:
                r = memo[c] = test(c)
            if not r:
                break
            i += 1
        return i
    if kind == OP_ALL:
        return lim
    # OP_ANY
    if s.__class__ is not str:
        while i < lim and s[i] != '\n':
            i += 1
        return i
    j = s.find('\n', i, lim)
    return lim if j < 0 else j


def _find(s, sub, i, j):
    """s.find(sub, i, j) for a str or a list of characters."""
    if s.__class__ is str:
        return s.find(sub, i, j)
    n = len(sub)
    first = sub[0]
    j -= n
    while i <= j:
        if s[i] == first and (n == 1 or ''.join(s[i:i + n]) == sub):
            return i
        i += 1
    return -1


def _rfind(s, c, i, j):
    """s.rfind(c, i, j) for a one-character c."""
    if s.__class__ is str:
        return s.rfind(c, i, j)
    j -= 1
    while j >= i:
        if s[j] == c:
            return j
        j -= 1
    return -1


_subject_cache = [None, None]


def subject(text):
    """The sequence the matcher indexes: the str itself when it is ASCII,
    otherwise a list of its characters (indexing stays O(1))."""
    if text.isascii():
        return text
    if _subject_cache[0] is text:
        return _subject_cache[1]
    chars = list(text)
    _subject_cache[0] = text
    _subject_cache[1] = chars
    return chars


def _at(kind, s, pos, end):
    if kind == AT_BEGIN:
        return pos == 0
    if kind == AT_BEGIN_LINE:
        return pos == 0 or s[pos - 1] == '\n'
    if kind == AT_END:
        return pos == end or (pos + 1 == end and s[pos] == '\n')
    if kind == AT_END_LINE:
        return pos == end or s[pos] == '\n'
    if kind == AT_END_STRING:
        return pos == end
    if end == 0:
        return False
    if kind == AT_BOUNDARY or kind == AT_NON_BOUNDARY:
        that = pos > 0 and _is_word_uni(s[pos - 1])
        this = pos < end and _is_word_uni(s[pos])
    else:
        that = pos > 0 and s[pos - 1] in _ASCII_WORD
        this = pos < end and s[pos] in _ASCII_WORD
    if kind == AT_BOUNDARY or kind == AT_BOUNDARY_ASCII:
        return this != that
    return this == that


def run(prog, s, start, end, full, noempty, searching=False):
    """Match prog against s[:end] at `start`; returns the register list or None.

    full: the match must end at `end`; noempty: an empty match at the first
    start position is refused; searching: also try every later start.
    """
    code = prog.code
    nregs = prog.nregs
    li = prog.lastindex_reg
    origin = start
    skip_pc = prog.skip_pc if searching else -1
    is_str = s.__class__ is str
    prefix = first = memo = test = None
    if searching:
        if prog.anchored:
            if start != 0:
                return None
            searching = False
        elif prog.prefix:
            prefix = prog.prefix
        elif prog.first is not None:
            first = prog.first
            memo, test = first
    while True:
        # ---- pick the next start position worth trying
        if prefix is not None:
            start = _find(s, prefix, start, end)
            if start < 0:
                return None
        elif first is not None:
            while start < end:
                c = s[start]
                r = memo.get(c)
                if r is None:
                    r = memo[c] = test(c)
                if r:
                    break
                start += 1
            else:
                return None
        regs = [-1] * nregs
        stack = []
        push = stack.append
        bars = []
        pc = 0
        pos = start
        ne = noempty and start == origin
        skip_to = -1
        while True:
            ins = code[pc]
            op = ins[0]
            if op == OP_LIT:
                if pos < end and s[pos] == ins[1]:
                    pos += 1
                    pc += 1
                    continue
            elif op == OP_STR:
                if (s.startswith(ins[1], pos) if is_str else
                        s[pos:pos + ins[2]] == ins[3]) and pos + ins[2] <= end:
                    pos += ins[2]
                    pc += 1
                    continue
            elif op == OP_CLS:
                if pos < end:
                    c = s[pos]
                    r = ins[1].get(c)
                    if r is None:
                        r = ins[1][c] = ins[2](c)
                    if r:
                        pos += 1
                        pc += 1
                        continue
            elif op == OP_SET:
                if pos < end and s[pos] in ins[1]:
                    pos += 1
                    pc += 1
                    continue
            elif op == OP_REPCH:
                kind = ins[1]
                lo = ins[3]
                hi = ins[4]
                mode = ins[5]
                if mode == LAZY:
                    lim = pos + lo
                    if lim <= end:
                        q = _scan(s, pos, lim, kind, ins[2]) if lo else pos
                        if q == lim:
                            pos = q
                            pc += 1
                            if hi > lo and pos < end:
                                push((B_LAZY, pc, pos, hi - lo, kind, ins[2], ins[6]))
                            continue
                else:
                    lim = end if hi >= end - pos else pos + hi
                    q = _scan(s, pos, lim, kind, ins[2])
                    if pc == skip_pc:
                        skip_to = q
                    if q - pos >= lo:
                        pc += 1
                        if mode == GREEDY and q - pos > lo:
                            push((B_GREEDY, pc, pos + lo, q, ins[6]))
                        pos = q
                        continue
            elif op == OP_MARK:
                r = ins[1]
                if stack:
                    push((B_UNDO, r, regs[r]))
                regs[r] = pos
                pc += 1
                continue
            elif op == OP_MARK_END:
                r = ins[1]
                if stack:
                    push((B_UNDO2, r, regs[r], li, regs[li]))
                regs[r] = pos
                regs[li] = ins[2]
                pc += 1
                continue
            elif op == OP_SPLIT:
                push((B_ALT, ins[1], pos))
                pc += 1
                continue
            elif op == OP_LITBRANCH:
                # alternation whose branches all start with literal text
                found = None
                for n, table in ins[1]:
                    if pos + n <= end:
                        hit = table.get(s[pos:pos + n] if is_str else ''.join(s[pos:pos + n]))
                        if hit is not None:
                            if found is None:
                                found = hit
                            else:
                                found = sorted(found + hit)
                if found is not None:
                    pcs = ins[2]
                    k = len(found) - 1
                    while k > 0:
                        push((B_ALT, pcs[found[k]], pos))
                        k -= 1
                    pc = pcs[found[0]]
                    continue
            elif op == OP_BRANCH:
                # alternation: only branches that can start with s[pos]
                c = s[pos] if pos < end else None
                viable = ins[1].get(c)
                if viable is None:
                    viable = ins[1][c] = _viable(ins[2], ins[3], c)
                if viable:
                    k = len(viable) - 1
                    while k > 0:
                        push((B_ALT, viable[k], pos))
                        k -= 1
                    pc = viable[0]
                    continue
            elif op == OP_JMP:
                pc = ins[1]
                continue
            elif op == OP_REP_LOOP:
                r = ins[1]
                cnt = regs[r]
                if cnt < ins[2]:
                    # below the minimum: iterate unconditionally
                    pc = ins[5]
                    continue
                if cnt < ins[3] and pos != regs[r + 1]:
                    if ins[4]:
                        push((B_REPBODY, ins[5], pos, r))
                        pc = ins[6]
                    else:
                        push((B_REPEXIT, ins[6], pos, r + 1, regs[r + 1]))
                        regs[r + 1] = pos
                        pc = ins[5]
                    continue
                pc = ins[6]
                continue
            elif op == OP_REP_END:
                r = ins[1]
                if stack:
                    push((B_UNDO, r, regs[r]))
                regs[r] += 1
                pc = ins[2]
                continue
            elif op == OP_ANY:
                if pos < end and s[pos] != '\n':
                    pos += 1
                    pc += 1
                    continue
            elif op == OP_ALL:
                if pos < end:
                    pos += 1
                    pc += 1
                    continue
            elif op == OP_AT:
                kind = ins[1]
                if kind == AT_END:
                    if pos == end or (pos + 1 == end and s[pos] == '\n'):
                        pc += 1
                        continue
                elif _at(kind, s, pos, end):
                    pc += 1
                    continue
            elif op == OP_SUCCESS:
                if not ((full and pos != end) or (ne and pos == start)):
                    regs[0] = start
                    regs[1] = pos
                    return regs
            elif op == OP_REP_INIT:
                r = ins[1]
                if stack:
                    push((B_UNDO2, r, regs[r], r + 1, regs[r + 1]))
                regs[r] = 0
                regs[r + 1] = -1
                pc += 1
                continue
            elif op == OP_SAVEPOS:
                r = ins[1]
                if stack:
                    push((B_UNDO, r, regs[r]))
                regs[r] = pos
                pc += 1
                continue
            elif op == OP_GROUP_LAST:
                if pos > regs[ins[2]]:
                    r = ins[1]
                    if stack:
                        push((B_UNDO2, r, regs[r], r + 1, regs[r + 1]))
                        push((B_UNDO, li, regs[li]))
                    regs[r] = pos - 1
                    regs[r + 1] = pos
                    regs[li] = ins[3]
                pc += 1
                continue
            elif op == OP_LSPLIT:
                push((B_ALT, pc + 1, pos))
                pc = ins[1]
                continue
            elif op == OP_ATOM:
                bars.append(len(stack))
                push((B_ATOM,))
                pc += 1
                continue
            elif op == OP_ATOM_END:
                h = bars.pop()
                if len(stack) == h + 1:
                    stack.pop()
                else:
                    keep = [e for e in stack[h + 1:] if e[0] < 2]
                    del stack[h:]
                    stack.extend(keep)
                pc += 1
                continue
            elif op == OP_LOOK:
                if ins[1]:
                    newpos = pos - ins[3]
                    if newpos < 0:
                        if ins[2]:
                            pc = ins[4]
                            continue
                        newpos = -1
                else:
                    newpos = pos
                if newpos >= 0:
                    bars.append(len(stack))
                    push((B_LOOK, ins[2], ins[4], pos))
                    pos = newpos
                    pc += 1
                    continue
            elif op == OP_LOOK_END:
                h = bars.pop()
                e = stack[h]
                if not e[1]:
                    if len(stack) == h + 1:
                        stack.pop()
                    else:
                        keep = [x for x in stack[h + 1:] if x[0] < 2]
                        del stack[h:]
                        stack.extend(keep)
                    pos = e[3]
                    pc = e[2]
                    continue
                # a negative look-around whose body matched: undo and fail
                while len(stack) > h + 1:
                    x = stack.pop()
                    if x[0] == B_UNDO:
                        regs[x[1]] = x[2]
                    elif x[0] == B_UNDO2:
                        regs[x[3]] = x[4]
                        regs[x[1]] = x[2]
                stack.pop()
            elif op == OP_BACKREF:
                g = ins[1]
                a = regs[2 * g]
                b = regs[2 * g + 1]
                if a >= 0 and b >= a:
                    n = b - a
                    if pos + n <= end:
                        if ins[2]:
                            ok = True
                            for k in range(n):
                                x = s[a + k]
                                y = s[pos + k]
                                if x != y and (fold1(x) != fold1(y) if ins[2] == 1
                                               else _ascii_fold(x) != _ascii_fold(y)):
                                    ok = False
                                    break
                        else:
                            ok = s[pos:pos + n] == s[a:b]
                        if ok:
                            pos += n
                            pc += 1
                            continue
            elif op == OP_COND:
                g = ins[1]
                if regs[2 * g] >= 0 and regs[2 * g + 1] >= 0:
                    pc += 1
                else:
                    pc = ins[2]
                continue
            # ---- failure: backtrack to the latest choice point
            while stack:
                e = stack.pop()
                tag = e[0]
                if tag == B_UNDO:
                    regs[e[1]] = e[2]
                    continue
                if tag == B_ALT:
                    pc = e[1]
                    pos = e[2]
                    break
                if tag == B_GREEDY:
                    lo = e[2]
                    nc = e[4]
                    if nc is None:
                        p = e[3] - 1
                    else:
                        p = s.rfind(nc, lo, e[3]) if is_str else _rfind(s, nc, lo, e[3])
                        if p < 0:
                            continue
                    if p > lo:
                        push((B_GREEDY, e[1], lo, p, nc))
                    elif p < lo:
                        continue
                    pc = e[1]
                    pos = p
                    break
                if tag == B_UNDO2:
                    regs[e[3]] = e[4]
                    regs[e[1]] = e[2]
                    continue
                if tag == B_REPEXIT:
                    regs[e[3]] = e[4]
                    pc = e[1]
                    pos = e[2]
                    break
                if tag == B_LAZY:
                    p = e[2]
                    kind = e[4]
                    nc = e[6]
                    if nc is not None:
                        # only places where the next literal occurs can succeed
                        q = s.find(nc, p + 1, end) if is_str else _find(s, nc, p + 1, end)
                        if q < 0 or q - p > e[3] or _scan(s, p, q, kind, e[5]) != q:
                            continue
                        if e[3] > q - p and q < end:
                            push((B_LAZY, e[1], q, e[3] - (q - p), kind, e[5], nc))
                        pc = e[1]
                        pos = q
                        break
                    if kind == OP_LIT:
                        ok = s[p] == e[5]
                    elif kind == OP_ALL:
                        ok = True
                    else:
                        ok = _scan(s, p, p + 1, kind, e[5]) > p
                    if ok:
                        p += 1
                        if e[3] > 1 and p < end:
                            push((B_LAZY, e[1], p, e[3] - 1, kind, e[5], None))
                        pc = e[1]
                        pos = p
                        break
                    continue
                if tag == B_LOOK:
                    bars.pop()
                    if e[1]:
                        pc = e[2]
                        pos = e[3]
                        break
                    continue
                if tag == B_ATOM:
                    bars.pop()
                    continue
                if tag == B_REPBODY:
                    r = e[3]
                    pos = e[2]
                    push((B_UNDO, r + 1, regs[r + 1]))
                    regs[r + 1] = pos
                    pc = e[1]
                    break
            else:
                break
        # this start position failed
        if not searching:
            return None
        start += 1
        if skip_to > start:
            start = skip_to
        if start > end:
            return None


# ---------------------------------------------------------------- compiler

def _char_instr(node):
    """The single-character instruction for a CHAR/CLASS/ANY node."""
    k = node[0]
    if k == N_CHAR:
        c = node[1]
        if not node[2]:
            return (OP_LIT, c)
        return node_icase_instr(c, node[3])
    if k == N_ANY:
        return (OP_ALL,) if node[1] else (OP_ANY,)
    cc = node[1]
    fs = cc.simple_set()
    if fs is not None:
        if len(fs) == 1:
            for c in fs:
                return (OP_LIT, c)
        return (OP_SET, fs)
    return (OP_CLS, {}, cc.tester())


def node_icase_instr(c, ascii_only):
    if ascii_only:
        return (OP_SET, frozenset(fold_variants(c, True)))
    fc = fold1(c)

    def test(x):
        return x == c or fold1(x) == fc
    return (OP_CLS, {}, test)


def _instr_kind_arg(ins):
    op = ins[0]
    if op == OP_LIT:
        return OP_LIT, ins[1]
    if op == OP_SET:
        return OP_SET, ins[1]
    if op == OP_CLS:
        return OP_CLS, (ins[1], ins[2])
    return op, None


def _is_single(node):
    """Does node always match exactly one character, without captures?"""
    node = _strip_group(node)
    k = node[0]
    if k == N_CHAR or k == N_CLASS or k == N_ANY:
        return True
    if k == N_ALT:
        for b in node[1]:
            if not _is_single(b):
                return False
        return True
    return False


def _single_instr(node):
    """The one-character instruction for a node accepted by _is_single."""
    node = _strip_group(node)
    if node[0] != N_ALT:
        return _char_instr(node)
    instrs = [_single_instr(b) for b in node[1]]
    lits = set()
    for ins in instrs:
        if ins[0] == OP_LIT:
            lits.add(ins[1])
        elif ins[0] == OP_SET:
            lits.update(ins[1])
        else:
            break
    else:
        return (OP_SET, frozenset(lits))
    test = _first_test(instrs)
    if test is None:
        return (OP_ALL,)
    return (OP_CLS, {}, test)


def _strip_group(node):
    while node[0] == N_GROUP and node[1] is None:
        node = node[2]
    return node


class Program:
    """A compiled pattern: instruction list plus search hints."""

    def __init__(self, code, nregs, lastindex_reg):
        self.code = code
        self.nregs = nregs
        self.lastindex_reg = lastindex_reg
        self.prefix = ''
        self.first = None       # (memo, test) for the first character
        self.anchored = False
        # index of a leading greedy X+ / X* whose failed attempts let the
        # search skip every start position that X* had already covered
        self.skip_pc = -1


class Compiler:
    def __init__(self, ngroups, ascii_only):
        self.code = []
        self.ascii = ascii_only
        self.ngroups = ngroups
        self.lastindex_reg = 2 * ngroups + 2
        self.nregs = self.lastindex_reg + 1

    def emit(self, ins):
        self.code.append(ins)
        return len(self.code) - 1

    def patch(self, at, ins):
        self.code[at] = ins

    def new_loop_reg(self):
        r = self.nregs
        self.nregs += 2
        return r

    def node(self, node):
        k = node[0]
        if k == N_SEQ:
            self.sequence(node[1])
        elif k == N_CHAR or k == N_CLASS or k == N_ANY:
            self.emit(self.char(node))
        elif k == N_GROUP:
            g = node[1]
            if g is None:
                self.node(node[2])
            else:
                self.emit((OP_MARK, 2 * g))
                self.node(node[2])
                self.emit((OP_MARK_END, 2 * g + 1, g))
        elif k == N_ALT:
            if _is_single(node):
                self.emit(_single_instr(node))
            else:
                self.alternation(node[1])
        elif k == N_REPEAT:
            self.repeat(node)
        elif k == N_AT:
            self.emit((OP_AT, node[1]))
        elif k == N_ATOMIC:
            self.emit((OP_ATOM,))
            self.node(node[1])
            self.emit((OP_ATOM_END,))
        elif k == N_LOOK:
            at = self.emit(None)
            self.node(node[3])
            self.emit((OP_LOOK_END,))
            w = width(node[3])[0] if node[1] else 0
            self.patch(at, (OP_LOOK, node[1], node[2], w, len(self.code)))
        elif k == N_BACKREF:
            self.emit((OP_BACKREF, node[1], node[2]))
        elif k == N_COND:
            at = self.emit(None)
            self.node(node[2])
            if node[3] is not None:
                j = self.emit(None)
                self.patch(at, (OP_COND, node[1], len(self.code)))
                self.node(node[3])
                self.patch(j, (OP_JMP, len(self.code)))
            else:
                self.patch(at, (OP_COND, node[1], len(self.code)))
        else:
            raise AssertionError('unknown node %r' % (node,))

    def char(self, node):
        return _char_instr(node)

    def sequence(self, items):
        i = 0
        n = len(items)
        while i < n:
            item = items[i]
            if item[0] == N_CHAR and not item[2]:
                j = i
                while j < n and items[j][0] == N_CHAR and not items[j][2]:
                    j += 1
                if j - i >= 2:
                    text = ''.join([items[x][1] for x in range(i, j)])
                    self.emit((OP_STR, text, len(text), list(text)))
                    i = j
                    continue
            self.node(item)
            i += 1

    def alternation(self, branches):
        if len(branches) >= 6:
            prefixes = []
            for b in branches:
                out = []
                _prefix(b, out)
                if not out:
                    break
                prefixes.append(''.join(out))
            else:
                self.literal_alternation(branches, prefixes)
                return
        tests = []
        for b in branches:
            f = _firsts(b, self)
            if f is None or f[1] or not f[0]:
                tests.append(None)
            else:
                tests.append(_first_test(f[0]))
        if any(t is not None for t in tests):
            at = self.emit(None)
            pcs = []
            jumps = []
            for b in branches:
                pcs.append(len(self.code))
                self.node(b)
                jumps.append(self.emit(None))
            self.code.pop()
            jumps.pop()
            end = len(self.code)
            for j in jumps:
                self.patch(j, (OP_JMP, end))
            self.patch(at, (OP_BRANCH, {}, tuple(pcs), tuple(tests)))
            return
        jumps = []
        for b in branches[:-1]:
            split = self.emit(None)
            self.node(b)
            jumps.append(self.emit(None))
            self.patch(split, (OP_SPLIT, len(self.code)))
        self.node(branches[-1])
        end = len(self.code)
        for j in jumps:
            self.patch(j, (OP_JMP, end))

    def literal_alternation(self, branches, prefixes):
        tables = {}
        for i, pre in enumerate(prefixes):
            tables.setdefault(len(pre), {}).setdefault(pre, []).append(i)
        at = self.emit(None)
        pcs = []
        jumps = []
        for b in branches:
            pcs.append(len(self.code))
            self.node(b)
            jumps.append(self.emit(None))
        self.code.pop()
        jumps.pop()
        end = len(self.code)
        for j in jumps:
            self.patch(j, (OP_JMP, end))
        lookup = tuple([(n, tables[n]) for n in sorted(tables)])
        self.patch(at, (OP_LITBRANCH, lookup, tuple(pcs)))

    def repeat(self, node):
        _, lo, hi, mode, body = node
        body = _strip_group(body)
        if hi == 0:
            return
        if lo == 1 and hi == 1 and mode != POSSESSIVE:
            self.node(body)
            return
        if _is_single(body):
            kind, arg = _instr_kind_arg(_single_instr(body))
            self.emit([OP_REPCH, kind, arg, lo, hi, mode, None])
            return
        if body[0] == N_GROUP and _is_single(body[2]):
            # (X)* with X a single character: scan, then point the group at
            # the last character taken
            g = body[1]
            r = self.new_loop_reg()
            self.emit((OP_SAVEPOS, r))
            kind, arg = _instr_kind_arg(_single_instr(body[2]))
            self.emit([OP_REPCH, kind, arg, lo, hi, mode, None])
            self.emit((OP_GROUP_LAST, 2 * g, r, g))
            return
        if mode == POSSESSIVE:
            self.emit((OP_ATOM,))
            self.repeat((N_REPEAT, lo, hi, GREEDY, body))
            self.emit((OP_ATOM_END,))
            return
        if lo == 0 and hi == 1:
            # X? is a split around X; X?? jumps over X and keeps X as the alternative
            at = self.emit(None)
            self.node(body)
            self.patch(at, ((OP_SPLIT if mode == GREEDY else OP_LSPLIT), len(self.code)))
            return
        r = self.new_loop_reg()
        self.emit((OP_REP_INIT, r))
        loop = self.emit(None)
        body_pc = len(self.code)
        self.node(body)
        self.emit((OP_REP_END, r, loop))
        self.patch(loop, (OP_REP_LOOP, r, lo, hi, mode == LAZY, body_pc, len(self.code)))

    def finish(self):
        self.emit((OP_SUCCESS,))
        code = self.code
        # a greedy single-char repeat directly followed by a literal can skip
        # straight to the places where that literal occurs when backtracking
        for i, ins in enumerate(code):
            if ins.__class__ is list:
                nxt = code[i + 1]
                if nxt[0] == OP_GROUP_LAST:
                    nxt = code[i + 2]
                nc = None
                if ins[5] != POSSESSIVE:
                    if nxt[0] == OP_LIT:
                        nc = nxt[1]
                    elif nxt[0] == OP_STR:
                        nc = nxt[1][0]
                ins[6] = nc
                code[i] = tuple(ins)
        return Program(code, self.nregs, self.lastindex_reg)


# ---------------------------------------------------------------- search hints

def _prefix(node, out):
    """Append the literal characters node must start with; True if node is
    nothing but those characters (so what follows it may extend them)."""
    k = node[0]
    if k == N_CHAR:
        if node[2]:
            return False
        out.append(node[1])
        return True
    if k == N_SEQ:
        for item in node[1]:
            if not _prefix(item, out):
                return False
        return True
    if k == N_GROUP:
        return _prefix(node[2], out)
    if k == N_ATOMIC:
        return _prefix(node[1], out)
    if k == N_REPEAT:
        if node[1] >= 1:
            _prefix(node[4], out)
        return False
    if k == N_AT:
        return True
    if k == N_LOOK:
        return True
    return False


def _firsts(node, comp):
    """(list of single-char instructions, nullable) or None if unknown."""
    k = node[0]
    if k == N_CHAR or k == N_CLASS or k == N_ANY:
        return [comp.char(node)], False
    if k == N_SEQ:
        acc = []
        for item in node[1]:
            f = _firsts(item, comp)
            if f is None:
                return None
            acc.extend(f[0])
            if not f[1]:
                return acc, False
        return acc, True
    if k == N_ALT:
        acc = []
        nullable = False
        for item in node[1]:
            f = _firsts(item, comp)
            if f is None:
                return None
            acc.extend(f[0])
            nullable = nullable or f[1]
        return acc, nullable
    if k == N_GROUP:
        return _firsts(node[2], comp)
    if k == N_ATOMIC:
        return _firsts(node[1], comp)
    if k == N_REPEAT:
        if node[2] == 0:
            return [], True
        f = _firsts(node[4], comp)
        if f is None:
            return None
        return f[0], f[1] or node[1] == 0
    if k == N_AT or k == N_LOOK:
        return [], True
    return None


def _first_test(instrs):
    if len(instrs) == 1:
        ins = instrs[0]
        if ins[0] == OP_CLS:
            return ins[2]
    lits = set()
    others = []
    for ins in instrs:
        op = ins[0]
        if op == OP_LIT:
            lits.add(ins[1])
        elif op == OP_SET:
            lits.update(ins[1])
        elif op == OP_ALL:
            return None
        else:
            others.append(ins)
    if not others:
        fs = frozenset(lits)
        return lambda c: c in fs

    def test(c):
        if c in lits:
            return True
        for ins in others:
            op = ins[0]
            if op == OP_CLS:
                if ins[2](c):
                    return True
            elif op == OP_ANY:
                if c != '\n':
                    return True
        return False
    return test


def compile_tree(tree, ngroups, ascii_only):
    comp = Compiler(ngroups, ascii_only)
    comp.node(tree)
    prog = comp.finish()
    out = []
    _prefix(tree, out)
    prog.prefix = ''.join(out)
    t = _strip_group(tree)
    while t[0] == N_SEQ and t[1]:
        t = _strip_group(t[1][0])
    if t[0] == N_AT and t[1] == AT_BEGIN:
        prog.anchored = True
    code = prog.code
    if not any(ins[0] == OP_BACKREF or ins[0] == OP_COND for ins in code):
        i = 0
        while code[i][0] == OP_MARK:
            i += 1
        ins = code[i]
        if ins[0] == OP_REPCH and ins[5] != LAZY and ins[4] >= INF:
            prog.skip_pc = i
    if not prog.prefix:
        f = _firsts(tree, comp)
        if f is not None and not f[1] and f[0]:
            test = _first_test(f[0])
            if test is not None:
                prog.first = ({}, test)
    return prog


def search(prog, s, pos, end, noempty):
    """Find the leftmost match starting at or after pos."""
    return run(prog, s, pos, end, False, noempty, True)
