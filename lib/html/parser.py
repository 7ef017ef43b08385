"""html.parser: an event-driven, error-tolerant parser for HTML text.

Subclass HTMLParser and override the handle_* methods; feed() text in
arbitrary chunks and call close() at the end of the document.
"""

from html import unescape

__all__ = ['HTMLParser']

_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_DIGITS = frozenset('0123456789')
_HEXDIGITS = frozenset('0123456789abcdefABCDEF')
_ALNUM = _LETTERS | _DIGITS
_TAGNAME_STOP = frozenset('\t\n\r\f />\x00')
_ENDTAG_CHARS = _ALNUM | frozenset('-.:_')
_DECLNAME_CHARS = _ALNUM | frozenset('-_.')
_INCOMPLETE_TAG = _LETTERS | frozenset('=/')
_MARKED_STANDARD = frozenset(('temp', 'cdata', 'ignore', 'include', 'rcdata'))
_MARKED_MSOFFICE = frozenset(('if', 'else', 'endif'))


def _skip_space(s, k, n):
    while k < n and s[k].isspace():
        k += 1
    return k


def _find_gt_after_space(s, k, n):
    """Position just past '>' when s[k:] is whitespace then '>', else -1."""
    k = _skip_space(s, k, n)
    if k < n and s[k] == '>':
        return k + 1
    return -1


def _search_close(s, start, n, brackets):
    """Find ']' (\\s* ']')* \\s* '>' with `brackets` ']' characters.
    Returns (start, end) of the match or None."""
    pos = s.find(']', start)
    while pos >= 0:
        k = pos + 1
        ok = True
        for _ in range(brackets - 1):
            k = _skip_space(s, k, n)
            if k < n and s[k] == ']':
                k += 1
            else:
                ok = False
                break
        if ok:
            k = _skip_space(s, k, n)
            if k < n and s[k] == '>':
                return pos, k + 1
        pos = s.find(']', pos + 1)
    return None


def _scan_start_tag(s, i, n):
    """Analyse a start tag beginning at s[i] == '<' (followed by a letter).

    Returns (name_end, attrs, after_attrs, locate_end): attrs is a list of
    (name, raw_value_or_None, has_value) triples."""
    k = i + 1
    while k < n and s[k] not in _TAGNAME_STOP:
        k += 1
    name_end = k
    # Separator after the name, in the two flavours the tag grammar uses:
    # "parse" skips whitespace and slashes not followed by '>', "locate"
    # skips any run of whitespace and slashes.
    p = k
    while p < n:
        c = s[p]
        if c.isspace() or (c == '/' and s[p + 1:p + 2] != '>'):
            p += 1
        else:
            break
    loc = k
    while loc < n and (s[loc] == '/' or s[loc].isspace()):
        loc += 1
    attrs = []
    while p < n:
        prev = s[p - 1]
        if not (prev in '\'"/' or prev.isspace()):
            break
        c = s[p]
        if c == '/' or c == '>' or c.isspace():
            break
        a_start = p
        p += 1
        while p < n:
            c = s[p]
            if c == '/' or c == '=' or c == '>' or c.isspace():
                break
            p += 1
        a_name = s[a_start:p]
        value = None
        has_value = False
        q = _skip_space(s, p, n)
        if q < n and s[q] == '=':
            r = q
            while r < n and s[r] == '=':
                r += 1
            t = _skip_space(s, r, n)
            span = None
            if t < n and (s[t] == '"' or s[t] == "'"):
                close = s.find(s[t], t + 1)
                if close >= 0:
                    span = (t, close + 1)
                elif t > r:
                    span = (t - 1, t - 1)
                elif r - q >= 2:
                    e = r - 1
                    while e < n and s[e] != '>' and not s[e].isspace():
                        e += 1
                    span = (r - 1, e)
            else:
                e = t
                while e < n and s[e] != '>' and not s[e].isspace():
                    e += 1
                span = (t, e)
            if span is not None:
                value = s[span[0]:span[1]]
                has_value = True
                p = span[1]
        attrs.append((a_name, value, has_value))
        while p < n:
            c = s[p]
            if c.isspace() or (c == '/' and s[p + 1:p + 2] != '>'):
                p += 1
            else:
                break
    if attrs:
        loc = p
    loc = _skip_space(s, loc, n)
    return name_end, attrs, p, loc


class HTMLParser:
    """Parse HTML text, calling a handler method for each construct found.

    With convert_charrefs true (the default) character and entity
    references in text are replaced by the characters they stand for and
    handle_data() receives the converted text."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    _HTMLParser__starttag_text = None

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all buffered input and start from line 1 again."""
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Add text to the buffer and process as much of it as possible."""
        self.rawdata += data
        self.goahead(0)

    def close(self):
        """Process whatever is still buffered, as if the document ended."""
        self.goahead(1)

    # ------------------------------------------------------------ positions

    def getpos(self):
        """Current (line, column) of the parser."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        if i >= j:
            return j
        raw = self.rawdata
        lines = raw.count('\n', i, j)
        if lines:
            self.lineno = self.lineno + lines
            self.offset = j - (raw.rindex('\n', i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    def get_starttag_text(self):
        """The source text of the most recent start tag."""
        return self._HTMLParser__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    # ------------------------------------------------------------ main loop

    def __find_raw_close(self, start):
        """Find the closing tag of the current CDATA element: returns its
        position or -1."""
        raw = self.rawdata
        n = len(raw)
        elem = self.cdata_elem
        size = len(elem)
        pos = raw.find('</', start)
        while pos >= 0:
            k = _skip_space(raw, pos + 2, n)
            if raw[k:k + size].lower() == elem:
                if _find_gt_after_space(raw, k + size, n) >= 0:
                    return pos
            pos = raw.find('</', pos + 1)
        return -1

    def __emit_text(self, text):
        if self.convert_charrefs and self.cdata_elem is None:
            self.handle_data(unescape(text))
        else:
            self.handle_data(text)

    def goahead(self, end):
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            if self.cdata_elem is not None:
                j = self.__find_raw_close(i)
                if j < 0:
                    break
            elif self.convert_charrefs:
                j = raw.find('<', i)
                if j < 0:
                    amp = raw.rfind('&', max(i, n - 34))
                    if amp >= 0:
                        k = amp
                        while k < n and raw[k] != ';' and not raw[k].isspace():
                            k += 1
                        if k == n:
                            break
                    j = n
            else:
                j1 = raw.find('<', i)
                j2 = raw.find('&', i)
                if j1 < 0:
                    j = n if j2 < 0 else j2
                elif j2 < 0 or j1 < j2:
                    j = j1
                else:
                    j = j2
            if i < j:
                self.__emit_text(raw[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            c = raw[i]
            if c == '<':
                nxt = raw[i + 1:i + 2]
                if nxt and nxt in _LETTERS:
                    construct = self.parse_starttag
                elif nxt == '/':
                    construct = self.parse_endtag
                elif raw.startswith('<!--', i):
                    construct = self.parse_comment
                elif nxt == '?':
                    construct = self.parse_pi
                elif nxt == '!':
                    construct = self.parse_html_declaration
                elif i + 1 < n:
                    construct = None
                else:
                    break
                if construct is None:
                    self.handle_data('<')
                    k = i + 1
                else:
                    k = construct(i)
                if k < 0:
                    if not end:
                        break
                    k = raw.find('>', i + 1)
                    if k < 0:
                        k = raw.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self.__emit_text(raw[i:k])
                i = self.updatepos(i, k)
            elif raw.startswith('&#', i):
                k = i + 2
                if k < n and raw[k] in 'xX':
                    k += 1
                    digits = _HEXDIGITS
                else:
                    digits = _DIGITS
                d = k
                while k < n and raw[k] in digits:
                    k += 1
                if k > d and k < n and raw[k] not in _HEXDIGITS:
                    self.handle_charref(raw[i + 2:k])
                    if raw[k] == ';':
                        k += 1
                    i = self.updatepos(i, k)
                    continue
                if ';' in raw[i:]:
                    self.handle_data(raw[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            else:
                # '&' outside a character reference
                k = i + 1
                if k < n and raw[k] in _LETTERS:
                    k += 1
                    while k < n and (raw[k] in _ALNUM or raw[k] == '-' or raw[k] == '.'):
                        k += 1
                    stop = -1
                    if k < n:
                        stop = k
                    else:
                        b = k - 1
                        while b > i + 1:
                            if raw[b] == '-' or raw[b] == '.':
                                stop = b
                                break
                            b -= 1
                    if stop >= 0:
                        self.handle_entityref(raw[i + 1:stop])
                        if raw[stop] == ';':
                            stop += 1
                        i = self.updatepos(i, stop)
                        continue
                    # an incomplete reference
                    if end and k == n and k - i == 2:
                        # a lone '&x' at the very end: the '&' is dropped
                        i = self.updatepos(i, k - 1)
                    break
                elif k < n and raw[k] == '#':
                    break
                elif k < n:
                    self.handle_data('&')
                    i = self.updatepos(i, k)
                else:
                    break
        if end and i < n and self.cdata_elem is None:
            self.__emit_text(raw[i:n])
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    # ------------------------------------------------------------ constructs

    def parse_starttag(self, i):
        self._HTMLParser__starttag_text = None
        raw = self.rawdata
        n = len(raw)
        name_end, attrs, after, j = _scan_start_tag(raw, i, n)
        nxt = raw[j:j + 1]
        if nxt == '>':
            endpos = j + 1
        elif nxt == '/':
            if raw.startswith('/>', j):
                endpos = j + 2
            else:
                return -1
        elif nxt == '' or nxt in _INCOMPLETE_TAG:
            return -1
        else:
            endpos = j if j > i else i + 1
        self._HTMLParser__starttag_text = raw[i:endpos]
        tag = raw[i + 1:name_end].lower()
        self.lasttag = tag
        result = []
        for a_name, value, has_value in attrs:
            if not has_value:
                value = None
            elif len(value) >= 2 and value[0] == value[-1] and value[0] in '\'"':
                value = value[1:-1]
            if value:
                value = unescape(value)
            result.append((a_name.lower(), value))
        tail = raw[after:endpos].strip()
        if tail != '>' and tail != '/>':
            self.handle_data(raw[i:endpos])
            return endpos
        if tail == '/>':
            self.handle_startendtag(tag, result)
        else:
            self.handle_starttag(tag, result)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def parse_endtag(self, i):
        raw = self.rawdata
        n = len(raw)
        gt = raw.find('>', i + 1)
        if gt < 0:
            return -1
        gtpos = gt + 1
        # strict form: '</' space* name space* '>'
        k = _skip_space(raw, i + 2, n)
        name = None
        if k < n and raw[k] in _LETTERS:
            e = k + 1
            while e < n and raw[e] in _ENDTAG_CHARS:
                e += 1
            if _find_gt_after_space(raw, e, n) == gtpos:
                name = raw[k:e]
        if name is None:
            if self.cdata_elem:
                self.handle_data(raw[i:gtpos])
                return gtpos
            k = i + 2
            if k < n and raw[k] in _LETTERS:
                e = k + 1
                while e < n and raw[e] not in _TAGNAME_STOP:
                    e += 1
                tag = raw[k:e].lower()
                while e < n:
                    c = raw[e]
                    if c.isspace() or (c == '/' and raw[e + 1:e + 2] != '>'):
                        e += 1
                    else:
                        break
                close = raw.find('>', e)
                self.handle_endtag(tag)
                return close + 1
            return i + 3 if raw.startswith('</>', i) else self.parse_bogus_comment(i)
        elem = name.lower()
        if self.cdata_elem not in (None, elem):
            self.handle_data(raw[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    def parse_comment(self, i, report=1):
        raw = self.rawdata
        if not raw.startswith('<!--', i):
            raise AssertionError('unexpected call to parse_comment()')
        n = len(raw)
        pos = raw.find('--', i + 4)
        while pos >= 0:
            k = _find_gt_after_space(raw, pos + 2, n)
            if k >= 0:
                if report:
                    self.handle_comment(raw[i + 4:pos])
                return k
            pos = raw.find('--', pos + 1)
        return -1

    def parse_bogus_comment(self, i, report=1):
        raw = self.rawdata
        pos = raw.find('>', i + 2)
        if pos < 0:
            return -1
        if report:
            self.handle_comment(raw[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        raw = self.rawdata
        pos = raw.find('>', i + 2)
        if pos < 0:
            return -1
        self.handle_pi(raw[i + 2:pos])
        return pos + 1

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw.startswith('<!--', i):
            handler = self.parse_comment
        elif raw.startswith('<![', i):
            handler = self.parse_marked_section
        elif raw[i:i + 9].lower() != '<!doctype':
            handler = self.parse_bogus_comment
        else:
            gt = raw.find('>', i + 9)
            if gt >= 0:
                self.handle_decl(raw[i + 2:gt])
                gt += 1
            return gt
        return handler(i)

    def parse_marked_section(self, i, report=1):
        raw = self.rawdata
        n = len(raw)
        k = i + 3
        if k == n:
            return -1
        if raw[k] not in _LETTERS:
            self.updatepos(i, k)
            raise AssertionError('expected name token at %r' % raw[i:i + 20])
        e = k + 1
        while e < n and raw[e] in _DECLNAME_CHARS:
            e += 1
        after = _skip_space(raw, e, n)
        if after == n:
            return -1
        keyword = raw[k:e].lower()
        if keyword in _MARKED_STANDARD:
            found = _search_close(raw, i + 3, n, 2)
        elif keyword in _MARKED_MSOFFICE:
            found = _search_close(raw, i + 3, n, 1)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % raw[i + 3:after])
        if found is None:
            return -1
        if report:
            self.unknown_decl(raw[i + 3:found[0]])
        return found[1]

    # ------------------------------------------------------------ handlers

    def handle_startendtag(self, tag, attrs):
        """An XHTML-style empty tag such as <br/>: start plus end."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
