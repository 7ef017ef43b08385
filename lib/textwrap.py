"""Wrapping, filling, shortening and re-indenting of plain text."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace counts: a no-break space must stay inside a word.
_WS = '\t\n\x0b\x0c\r '


def _is_letter(ch):
    # Alphanumeric or underscore, but not a digit (regex class [^\d\W]).
    return (ch == '_' or ch.isalnum()) and not ch.isdecimal()


def _is_wordish(ch):
    # Word characters plus the punctuation allowed before an em-dash.
    return ch == '_' or ch.isalnum() or ch in '!"\'&.,?'


def _is_alnum_(ch):
    return ch == '_' or ch.isalnum()


def _dash_run_then_word(text, pos):
    """True if text[pos:] is two or more '-' followed by a word character."""
    end = pos
    size = len(text)
    while end < size and text[end] == '-':
        end += 1
    return end - pos >= 2 and end < size and _is_alnum_(text[end])


def _hyphen_breakable(text, pos):
    """Can a line break follow the hyphen at text[pos]?"""
    # Left side: two letters, or letter-hyphen-letter, just before it.
    left_ok = (pos >= 2 and _is_letter(text[pos - 1]) and _is_letter(text[pos - 2]))
    if not left_ok and pos >= 3:
        left_ok = (_is_letter(text[pos - 1]) and text[pos - 2] == '-'
                   and _is_letter(text[pos - 3]))
    if not left_ok:
        return False
    # Right side: a letter, an optional hyphen, then another letter.
    rest = text[pos + 1:pos + 4]
    if len(rest) >= 2 and _is_letter(rest[0]):
        if _is_letter(rest[1]):
            return True
        return rest[1] == '-' and len(rest) == 3 and _is_letter(rest[2])
    return False


def _split_hyphenated(text):
    """Cut *text* into whitespace runs, words, word fragments and em-dashes."""
    pieces = []
    size = len(text)
    i = 0
    while i < size:
        start = i
        if text[i] in _WS:
            while i < size and text[i] in _WS:
                i += 1
            pieces.append(text[start:i])
            continue
        if (text[i] == '-' and i > 0 and _is_wordish(text[i - 1])
                and _dash_run_then_word(text, i)):
            while text[i] == '-':
                i += 1
            pieces.append(text[start:i])
            continue
        # A word: grow it one character at a time until a break point.
        i += 1
        while True:
            if i >= size or text[i] in _WS:
                break
            if text[i] == '-' and _hyphen_breakable(text, i):
                i += 1
                break
            if _is_wordish(text[i - 1]) and _dash_run_then_word(text, i):
                break
            i += 1
        pieces.append(text[start:i])
    return pieces


class TextWrapper:
    """Configurable paragraph wrapper; see wrap() and fill()."""

    # Maps every ASCII whitespace character to a plain space.
    unicode_whitespace_trans = {ord(c): 32 for c in _WS}

    # Pieces used when break_on_hyphens is false: split on whitespace only.
    wordsep_simple_re = re.compile('([' + re.escape(_WS) + ']+)')

    # A sentence end: lower-case letter, terminal punctuation, maybe a quote.
    sentence_end_re = re.compile(r'[a-z][!.?][\'"]?\Z')

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        vars(self).update(
            width=width, initial_indent=initial_indent,
            subsequent_indent=subsequent_indent, expand_tabs=expand_tabs,
            replace_whitespace=replace_whitespace,
            fix_sentence_endings=fix_sentence_endings,
            break_long_words=break_long_words, drop_whitespace=drop_whitespace,
            break_on_hyphens=break_on_hyphens, tabsize=tabsize,
            max_lines=max_lines, placeholder=placeholder)

    # -- preprocessing ---------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn other whitespace into spaces, as configured."""
        out = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return out
        return out.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        """Break *text* into the indivisible chunks used for wrapping."""
        if not self.break_on_hyphens:
            pattern = self.wordsep_simple_re
        else:
            # A subclass may supply its own splitting regex as wordsep_re;
            # otherwise the built-in hyphen-aware scanner is used.
            pattern = getattr(self, 'wordsep_re', None)
            if pattern is None:
                return _split_hyphenated(text)
        return [p for p in pattern.split(text) if p]

    def _fix_sentence_endings(self, chunks):
        """Make sure sentence ends are followed by two spaces (in place)."""
        k = 0
        last = len(chunks) - 1
        ends_sentence = self.sentence_end_re.search
        while k < last:
            if chunks[k + 1] == " " and ends_sentence(chunks[k]):
                chunks[k + 1] = "  "
                k += 2
            else:
                k += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long to fit on any line."""
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            # Put it on its own line, overlong, unless the line has text.
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            dash = word.rfind('-', 0, room)
            # Prefer to cut right after a hyphen, if something precedes it.
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        """Assemble *chunks* into lines no longer than self.width."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        limit = self.max_lines
        if limit is not None:
            first = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        todo = chunks[::-1]     # consumed from the end
        lines = []
        strip = self.drop_whitespace
        while todo:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            # Whitespace at the start of a continuation line is dropped.
            if strip and lines and not todo[-1].strip():
                todo.pop()
            line = []
            used = 0
            while todo and used + len(todo[-1]) <= room:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > room:
                self._handle_long_word(todo, line, used, room)
                used = sum(len(c) for c in line)
            if strip and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            at_last_allowed = limit is not None and len(lines) + 1 >= limit
            nothing_left = not todo or (strip and len(todo) == 1
                                        and not todo[0].strip())
            if not at_last_allowed or (nothing_left and used <= room):
                lines.append(prefix + ''.join(line))
                continue
            self._add_placeholder(lines, line, used, prefix, room)
            break
        return lines

    def _add_placeholder(self, lines, line, used, prefix, room):
        """Finish the final permitted line with the placeholder text."""
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(prefix + mark.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface ------------------------------------------------

    def wrap(self, text):
        """Return *text* wrapped into a list of lines (no newlines)."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """Return *text* wrapped and joined into one string."""
        lines = self.wrap(text)
        return "\n".join(lines)


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into lines at most *width* long; returns a list."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Like wrap(), but return a single newline-joined string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace in *text* and truncate it to fit *width*."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Strip the whitespace prefix shared by all non-blank lines of *text*.

    Lines made only of spaces and tabs become empty and do not take part in
    computing the common prefix.
    """
    rows = text.split('\n')
    common = None
    for n, row in enumerate(rows):
        body = row.lstrip(' \t')
        if not body:
            rows[n] = ''
            continue
        lead = row[:len(row) - len(body)]
        if common is None:
            common = lead
        elif not lead.startswith(common):
            k = 0
            limit = min(len(lead), len(common))
            while k < limit and lead[k] == common[k]:
                k += 1
            common = common[:k]
    if common:
        cut = len(common)
        rows = [r[cut:] for r in rows]
    return '\n'.join(rows)


def indent(text, prefix, predicate=None):
    """Prefix selected lines of *text* (default: lines that are not blank)."""
    if predicate is None:
        predicate = str.strip
    out = []
    for line in text.splitlines(True):
        out.append(prefix + line if predicate(line) else line)
    return ''.join(out)
