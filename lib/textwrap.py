"""Text wrapping and filling: TextWrapper, wrap, fill, shorten, dedent and
indent.  Word splitting is done by hand (no regular expressions) and follows
CPython's rules for whitespace, hyphenated words and em-dashes."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The characters treated as whitespace when wrapping (ASCII only, on
# purpose: other Unicode spaces such as U+00A0 are kept inside words).
_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    return (ch.isalnum() or ch == '_') and not ch.isdecimal()


def _is_word_punct(ch):
    return _is_word_char(ch) or ch in '!"\'&.,?'


def _dash_run_end(text, pos):
    """End of the run of '-' starting at pos."""
    n = len(text)
    while pos < n and text[pos] == '-':
        pos += 1
    return pos


def _em_dash_follows(text, pos):
    """True when text[pos:] is two or more '-' followed by a word char."""
    if not text.startswith('--', pos):
        return False
    end = _dash_run_end(text, pos)
    return end < len(text) and _is_word_char(text[end])


def _hyphen_breaks_after(text, pos):
    """True when the '-' at pos joins two parts of a hyphenated word in a
    way that allows a line break after it."""
    n = len(text)
    # The word must go on with a letter, then a letter or '-' plus letter.
    if pos + 1 >= n or not _is_letter(text[pos + 1]):
        return False
    if pos + 2 < n and _is_letter(text[pos + 2]):
        pass
    elif (pos + 3 < n and text[pos + 2] == '-'
          and _is_letter(text[pos + 3])):
        pass
    else:
        return False
    # Before the hyphen: two letters, or letter '-' letter.
    if pos >= 2 and _is_letter(text[pos - 2]) and _is_letter(text[pos - 1]):
        return True
    return (pos >= 3 and _is_letter(text[pos - 3]) and text[pos - 2] == '-'
            and _is_letter(text[pos - 1]))


def _split_on_hyphens(text):
    """Split text into whitespace runs, words, hyphenated-word pieces
    (each keeping its trailing hyphen) and em-dashes."""
    chunks = []
    n = len(text)
    pos = 0
    while pos < n:
        if text[pos] in _whitespace:
            end = pos + 1
            while end < n and text[end] in _whitespace:
                end += 1
        elif (pos > 0 and _is_word_punct(text[pos - 1])
              and _em_dash_follows(text, pos)):
            end = _dash_run_end(text, pos)
        else:
            end = pos + 1
            while True:
                if end >= n or text[end] in _whitespace:
                    break
                if text[end] == '-':
                    if _hyphen_breaks_after(text, end):
                        end += 1
                        break
                    if (_is_word_punct(text[end - 1])
                            and _em_dash_follows(text, end)):
                        break
                end += 1
        chunks.append(text[pos:end])
        pos = end
    return chunks


def _split_on_whitespace(text):
    """Split text into alternating runs of whitespace and non-whitespace."""
    chunks = []
    n = len(text)
    pos = 0
    while pos < n:
        space = text[pos] in _whitespace
        end = pos + 1
        while end < n and (text[end] in _whitespace) == space:
            end += 1
        chunks.append(text[pos:end])
        pos = end
    return chunks


def _ends_sentence(chunk):
    """True for a chunk ending in lowercase letter + [.!?] + optional quote."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps and fills paragraphs; the keyword arguments of the constructor
    are kept as attributes of the same names and may be changed later."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # ---- preparing the chunks -----------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space,
        as the options ask."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Break text into the indivisible chunks that wrapping works on."""
        if self.break_on_hyphens is True:
            chunks = _split_on_hyphens(text)
        else:
            chunks = _split_on_whitespace(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence end a double space."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long to fit on any line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer to break just after a hyphen, when the part before
                # it is not made only of hyphens.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Assemble chunks into lines no longer than self.width."""
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line is dropped, except at the
            # very start of the text.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if (self.drop_whitespace and cur_line
                    and cur_line[-1].strip() == ''):
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_blank = not chunks or (
                self.drop_whitespace and len(chunks) == 1
                and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue
            # Out of lines: end this one (or the previous) with the
            # placeholder, dropping chunks until it fits.
            while cur_line:
                if (cur_line[-1].strip()
                        and cur_len + len(self.placeholder) <= width):
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # ---- public interface ---------------------------------------------

    def wrap(self, text):
        """Wrap text into a list of lines (without final newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and join the lines with newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap text into lines of at most width characters; see TextWrapper
    for the keyword arguments."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap text and return it as one string with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and cut text to fit width, ending it with the
    placeholder when words had to be dropped."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the longest run of leading spaces/tabs common to every line
    that is not blank; lines of only spaces/tabs become empty."""
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            if line:
                lines[i] = ''
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            for j, (a, b) in enumerate(zip(margin, lead)):
                if a != b:
                    margin = margin[:j]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix before every line of text for which predicate(line) is
    true; by default, before every line that is not only whitespace."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    parts = []
    for line in text.splitlines(True):
        if predicate(line):
            parts.append(prefix)
        parts.append(line)
    return ''.join(parts)
