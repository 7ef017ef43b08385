"""Tools for comparing sequences and producing human-readable deltas.

Clean-room implementation for Ferrython, written from the documented
behaviour of the standard ``difflib`` module.
"""

import re as _re
from collections import namedtuple as _namedtuple
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio_of(matched, total):
    # 2*M/T, defined as 1.0 for two empty sequences
    if total:
        return 2.0 * matched / total
    return 1.0


class SequenceMatcher:
    """Compare pairs of sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to be compared."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence to be compared."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = None
        self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence to be compared (it gets indexed)."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self._build_index()

    def _build_index(self):
        # Map every element of b to the ascending list of its positions,
        # then drop junk and (optionally) over-frequent elements.
        where = {}
        for pos, item in enumerate(self.b):
            slot = where.get(item)
            if slot is None:
                where[item] = [pos]
            else:
                slot.append(pos)

        junk = set()
        if self.isjunk is not None:
            for item in list(where):
                if self.isjunk(item):
                    junk.add(item)
            for item in junk:
                del where[item]

        popular = set()
        total = len(self.b)
        if self.autojunk and total >= 200:
            threshold = 1 + total // 100
            for item, spots in where.items():
                if len(spots) > threshold:
                    popular.add(item)
            for item in popular:
                del where[item]

        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Find the longest matching block in a[alo:ahi] and b[blo:bhi]."""
        seq_a, seq_b = self.a, self.b
        if ahi is None:
            ahi = len(seq_a)
        if bhi is None:
            bhi = len(seq_b)
        index = self.b2j
        found_i, found_j, found_n = alo, blo, 0
        # lengths[j] = length of the junk-free match ending at a[i-1], b[j]
        lengths = {}
        empty = ()
        for i in range(alo, ahi):
            current = {}
            for j in index.get(seq_a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                run = lengths.get(j - 1, 0) + 1
                current[j] = run
                if run > found_n:
                    found_n = run
                    found_i = i - run + 1
                    found_j = j - run + 1
            lengths = current

        # Grow the block over equal neighbours: first over non-junk
        # elements (the popular ones), then over junk elements.
        junk = self.bjunk
        for want_junk in (False, True):
            while (found_i > alo and found_j > blo
                   and (seq_b[found_j - 1] in junk) == want_junk
                   and seq_a[found_i - 1] == seq_b[found_j - 1]):
                found_i -= 1
                found_j -= 1
                found_n += 1
            while (found_i + found_n < ahi and found_j + found_n < bhi
                   and (seq_b[found_j + found_n] in junk) == want_junk
                   and seq_a[found_i + found_n] == seq_b[found_j + found_n]):
                found_n += 1
        return Match(found_i, found_j, found_n)

    def get_matching_blocks(self):
        """Return the list of matching blocks as Match triples."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a, len_b = len(self.a), len(self.b)
        pieces = []
        pending = [(0, len_a, 0, len_b)]
        while pending:
            lo1, hi1, lo2, hi2 = pending.pop()
            hit = self.find_longest_match(lo1, hi1, lo2, hi2)
            ia, jb, size = hit
            if not size:
                continue
            pieces.append(hit)
            if lo1 < ia and lo2 < jb:
                pending.append((lo1, ia, lo2, jb))
            if ia + size < hi1 and jb + size < hi2:
                pending.append((ia + size, hi1, jb + size, hi2))
        pieces.sort()

        # Fuse blocks that touch each other.
        fused = []
        cur_a = cur_b = cur_n = 0
        for ia, jb, size in pieces:
            if cur_a + cur_n == ia and cur_b + cur_n == jb:
                cur_n += size
            else:
                if cur_n:
                    fused.append(Match(cur_a, cur_b, cur_n))
                cur_a, cur_b, cur_n = ia, jb, size
        if cur_n:
            fused.append(Match(cur_a, cur_b, cur_n))
        fused.append(Match(len_a, len_b, 0))
        self.matching_blocks = fused
        return fused

    def get_opcodes(self):
        """Return 5-tuples describing how to turn a into b."""
        if self.opcodes is not None:
            return self.opcodes
        ops = []
        pos_a = pos_b = 0
        for ia, jb, size in self.get_matching_blocks():
            if pos_a < ia:
                kind = 'replace' if pos_b < jb else 'delete'
            elif pos_b < jb:
                kind = 'insert'
            else:
                kind = None
            if kind is not None:
                ops.append((kind, pos_a, ia, pos_b, jb))
            pos_a, pos_b = ia + size, jb + size
            if size:
                ops.append(('equal', ia, pos_a, jb, pos_b))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with up to n lines of context."""
        # NB: like CPython, the cached opcode list itself gets its first
        # and last entries trimmed (observable through get_opcodes()).
        ops = self.get_opcodes()
        if not ops:
            ops = [('equal', 0, 1, 0, 1)]
        kind, a1, a2, b1, b2 = ops[0]
        if kind == 'equal':
            ops[0] = (kind, max(a1, a2 - n), a2, max(b1, b2 - n), b2)
        kind, a1, a2, b1, b2 = ops[-1]
        if kind == 'equal':
            ops[-1] = (kind, a1, min(a2, a1 + n), b1, min(b2, b1 + n))

        window = 2 * n
        chunk = []
        for kind, a1, a2, b1, b2 in ops:
            if kind == 'equal' and a2 - a1 > window:
                # a long unchanged stretch closes the current group
                chunk.append((kind, a1, min(a2, a1 + n), b1, min(b2, b1 + n)))
                yield chunk
                chunk = []
                a1 = max(a1, a2 - n)
                b1 = max(b1, b2 - n)
            chunk.append((kind, a1, a2, b1, b2))
        if chunk and (len(chunk) > 1 or chunk[0][0] != 'equal'):
            yield chunk

    def ratio(self):
        """Similarity in [0, 1], 2*M/T."""
        matched = 0
        for block in self.get_matching_blocks():
            matched += block.size
        return _ratio_of(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """Cheap upper bound on ratio()."""
        if self.fullbcount is None:
            tally = {}
            for item in self.b:
                tally[item] = tally.get(item, 0) + 1
            self.fullbcount = tally
        tally = self.fullbcount
        left = {}
        common = 0
        for item in self.a:
            remaining = left.get(item)
            if remaining is None:
                remaining = tally.get(item, 0)
            left[item] = remaining - 1
            if remaining > 0:
                common += 1
        return _ratio_of(common, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """Very cheap upper bound on ratio()."""
        na, nb = len(self.a), len(self.b)
        return _ratio_of(min(na, nb), na + nb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Return the best "good enough" matches of word among possibilities."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff
                and matcher.quick_ratio() >= cutoff):
            score = matcher.ratio()
            if score >= cutoff:
                scored.append((score, candidate))
    scored.sort(reverse=True)
    return [candidate for score, candidate in scored[:n]]


def _merge_tag_ws(text, marks):
    # Where the mark is blank, reuse whitespace from the original line so
    # that tabs keep the guide line aligned.
    out = []
    for ch, mark in zip(text, marks):
        if mark == ' ' and ch.isspace():
            out.append(ch)
        else:
            out.append(mark)
    return ''.join(out)


class Differ:
    """Produce human-readable line-oriented deltas."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta lines turning sequence a into sequence b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for kind, a1, a2, b1, b2 in matcher.get_opcodes():
            if kind == 'equal':
                yield from self._emit(' ', a, a1, a2)
            elif kind == 'delete':
                yield from self._emit('-', a, a1, a2)
            elif kind == 'insert':
                yield from self._emit('+', b, b1, b2)
            elif kind == 'replace':
                yield from self._similar_block(a, a1, a2, b, b1, b2)
            else:
                raise ValueError('unknown tag %r' % (kind,))

    def _emit(self, mark, lines, lo, hi):
        for k in range(lo, hi):
            yield '%s %s' % (mark, lines[k])

    def _blunt_replace(self, a, a1, a2, b, b1, b2):
        # show the smaller side first
        if b2 - b1 < a2 - a1:
            yield from self._emit('+', b, b1, b2)
            yield from self._emit('-', a, a1, a2)
        else:
            yield from self._emit('-', a, a1, a2)
            yield from self._emit('+', b, b1, b2)

    def _similar_block(self, a, a1, a2, b, b1, b2):
        # Find the most similar pair of lines, use it as a synch point and
        # recurse on both sides of it.
        top, needed = 0.74, 0.75
        chars = SequenceMatcher(self.charjunk)
        same = None
        pick_a = pick_b = None
        for jb in range(b1, b2):
            line_b = b[jb]
            chars.set_seq2(line_b)
            for ia in range(a1, a2):
                line_a = a[ia]
                if line_a == line_b:
                    if same is None:
                        same = (ia, jb)
                    continue
                chars.set_seq1(line_a)
                if (chars.real_quick_ratio() > top
                        and chars.quick_ratio() > top):
                    score = chars.ratio()
                    if score > top:
                        top, pick_a, pick_b = score, ia, jb
        if top < needed:
            if same is None:
                yield from self._blunt_replace(a, a1, a2, b, b1, b2)
                return
            pick_a, pick_b = same
            identical = True
        else:
            identical = False

        yield from self._around(a, a1, pick_a, b, b1, pick_b)

        old, new = a[pick_a], b[pick_b]
        if identical:
            yield '  ' + old
        else:
            marks_a = []
            marks_b = []
            chars.set_seqs(old, new)
            for kind, i1, i2, j1, j2 in chars.get_opcodes():
                wa, wb = i2 - i1, j2 - j1
                if kind == 'equal':
                    marks_a.append(' ' * wa)
                    marks_b.append(' ' * wb)
                elif kind == 'replace':
                    marks_a.append('^' * wa)
                    marks_b.append('^' * wb)
                elif kind == 'delete':
                    marks_a.append('-' * wa)
                elif kind == 'insert':
                    marks_b.append('+' * wb)
                else:
                    raise ValueError('unknown tag %r' % (kind,))
            yield from self._with_guides(old, new, ''.join(marks_a),
                                         ''.join(marks_b))

        yield from self._around(a, pick_a + 1, a2, b, pick_b + 1, b2)

    def _around(self, a, a1, a2, b, b1, b2):
        if a1 < a2:
            if b1 < b2:
                yield from self._similar_block(a, a1, a2, b, b1, b2)
            else:
                yield from self._emit('-', a, a1, a2)
        elif b1 < b2:
            yield from self._emit('+', b, b1, b2)

    def _with_guides(self, old, new, marks_old, marks_new):
        marks_old = _merge_tag_ws(old, marks_old).rstrip()
        marks_new = _merge_tag_ws(new, marks_new).rstrip()
        yield '- ' + old
        if marks_old:
            yield '? ' + marks_old + '\n'
        yield '+ ' + new
        if marks_new:
            yield '? ' + marks_new + '\n'


_blank_or_hash = _re.compile(r"\s*(?:#\s*)?$").match


def IS_LINE_JUNK(line, pat=_blank_or_hash):
    """Return True for ignorable lines: blank or holding a single '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """Return True for ignorable characters: space or tab."""
    return ch in ws


def _unified_span(start, stop):
    # 'first,count' in unified-diff notation
    count = stop - start
    first = start + 1
    if count == 1:
        return str(first)
    if count == 0:
        first -= 1
    return '%d,%d' % (first, count)


def _context_span(start, stop):
    # 'first,last' in context-diff notation
    count = stop - start
    first = start + 1
    if count == 0:
        first -= 1
    if count <= 1:
        return str(first)
    return '%d,%d' % (first, first + count - 1)


def _verify_text_args(a, b, *extra):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)' %
                            (type(seq[0]).__name__, seq[0]))
    for value in extra:
        if not isinstance(value, str):
            raise TypeError('all arguments must be str, not: %r' % (value,))


def _file_headers(first_mark, second_mark, fromfile, tofile,
                  fromfiledate, tofiledate, lineterm):
    stamp1 = '\t' + fromfiledate if fromfiledate else ''
    stamp2 = '\t' + tofiledate if tofiledate else ''
    return (first_mark + ' ' + fromfile + stamp1 + lineterm,
            second_mark + ' ' + tofile + stamp2 + lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a unified-format diff of a and b."""
    _verify_text_args(a, b, fromfile, tofile, fromfiledate, tofiledate,
                      lineterm)
    header_sent = False
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_sent:
            header_sent = True
            yield from _file_headers('---', '+++', fromfile, tofile,
                                     fromfiledate, tofiledate, lineterm)
        head, tail = hunk[0], hunk[-1]
        yield '@@ -%s +%s @@%s' % (_unified_span(head[1], tail[2]),
                                  _unified_span(head[3], tail[4]), lineterm)
        for kind, a1, a2, b1, b2 in hunk:
            if kind == 'equal':
                for line in a[a1:a2]:
                    yield ' ' + line
                continue
            if kind != 'insert':
                for line in a[a1:a2]:
                    yield '-' + line
            if kind != 'delete':
                for line in b[b1:b2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
                 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a context-format diff of a and b."""
    _verify_text_args(a, b, fromfile, tofile, fromfiledate, tofiledate,
                      lineterm)
    header_sent = False
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_sent:
            header_sent = True
            yield from _file_headers('***', '---', fromfile, tofile,
                                     fromfiledate, tofiledate, lineterm)
        head, tail = hunk[0], hunk[-1]
        kinds = [op[0] for op in hunk]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_span(head[1], tail[2]), lineterm)
        if 'replace' in kinds or 'delete' in kinds:
            for kind, a1, a2, _b1, _b2 in hunk:
                if kind == 'insert':
                    continue
                for line in a[a1:a2]:
                    yield _CONTEXT_MARK[kind] + line
        yield '--- %s ----%s' % (_context_span(head[3], tail[4]), lineterm)
        if 'replace' in kinds or 'insert' in kinds:
            for kind, _a1, _a2, b1, b2 in hunk:
                if kind == 'delete':
                    continue
                for line in b[b1:b2]:
                    yield _CONTEXT_MARK[kind] + line


def _pick_bytes_codec():
    # Lossless bytes<->str mapping.  Prefer surrogateescape like CPython;
    # fall back to latin-1 where lone surrogates are unsupported.
    try:
        if b'\xff'.decode('ascii', 'surrogateescape').encode(
                'ascii', 'surrogateescape') == b'\xff':
            return 'ascii', 'surrogateescape'
    except (UnicodeError, LookupError):
        pass
    return 'latin-1', 'strict'


_BYTES_CODEC = _pick_bytes_codec()


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run a str diff function (unified_diff/context_diff) on bytes."""
    def as_text(value):
        try:
            return value.decode(*_BYTES_CODEC)
        except AttributeError as exc:
            raise TypeError('all arguments must be bytes, not %s (%r)' %
                            (type(value).__name__, value)) from exc

    a = [as_text(x) for x in a]
    b = [as_text(x) for x in b]
    produced = dfunc(a, b, as_text(fromfile), as_text(tofile),
                     as_text(fromfiledate), as_text(tofiledate), n,
                     as_text(lineterm))
    for line in produced:
        yield line.encode(*_BYTES_CODEC)


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Return a Differ-style delta of two lists of lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover sequence 1 or 2 from an ndiff/Differ delta."""
    try:
        wanted = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % (which,)) from None
    for line in delta:
        if line[:2] in ('  ', wanted):
            yield line[2:]


class HtmlDiff:
    """Side-by-side HTML differences (not available in Ferrython)."""

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        raise NotImplementedError(
            "difflib.HtmlDiff is not implemented in Ferrython")
