"""A lexical analyzer for simple shell-like syntaxes."""

import os
import re
import sys
from collections import deque

__all__ = ["shlex", "split", "quote", "join"]


class _TextReader:
    """Minimal read()/readline() reader over a string."""

    def __init__(self, text):
        self._text = text
        self._pos = 0

    def read(self, n=-1):
        text = self._text
        start = self._pos
        if n is None or n < 0:
            end = len(text)
        else:
            end = min(len(text), start + n)
        self._pos = end
        return text[start:end]

    def readline(self):
        text = self._text
        start = self._pos
        nl = text.find('\n', start)
        end = len(text) if nl < 0 else nl + 1
        self._pos = end
        return text[start:end]

    def close(self):
        pass


_ASCII_WORD = ('abcdfeghijklmnopqrstuvwxyz'
               'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    """Split text from a string or stream into shell-like tokens."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = _TextReader(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD
        if posix:
            self.wordchars += _LATIN1_WORD
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars
                                     if c not in punctuation_chars)
        else:
            self._pushback_chars = deque()

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push a token back onto the stack."""
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read input from newstream until it is exhausted."""
        if isinstance(newstream, str):
            newstream = _TextReader(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        """Return to the input stream that was active before push_source."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = ' '

    def get_token(self):
        """Return the next token (pushed-back tokens first)."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    # -- the tokenizer state machine ---------------------------------
    #
    # state is one of: ' ' (between tokens), 'a' (inside a word),
    # 'c' (inside a run of punctuation), a quote character (inside a
    # quoted section), an escape character (after an escape), or None
    # (end of input reached).

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        quoted = False
        after_escape = ' '
        posix = self.posix
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.token or (posix and quoted):
                        break
                    continue
                if ch in self.commenters:
                    self._skip_comment()
                elif posix and ch in self.escape:
                    after_escape = 'a'
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = 'a'
                elif ch in self._punctuation_chars:
                    self.token = ch
                    self.state = 'c'
                elif ch in self.quotes:
                    if not posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = 'a'
                else:
                    self.token = ch
                    if self.token or (posix and quoted):
                        break
                continue
            if state in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == state:
                    if not posix:
                        self.token += ch
                        self.state = ' '
                        break
                    self.state = 'a'
                elif posix and ch in self.escape and \
                        state in self.escapedquotes:
                    after_escape = state
                    self.state = ch
                else:
                    self.token += ch
                continue
            if state in self.escape:
                if not ch:
                    raise ValueError("No escaped character")
                # inside quotes only the quote or the escape itself
                # can be escaped; otherwise the backslash is kept
                if after_escape in self.quotes and ch != state \
                        and ch != after_escape:
                    self.token += state
                self.token += ch
                self.state = after_escape
                continue
            # state is 'a' or 'c'
            if not ch:
                self.state = None
                break
            if ch in self.whitespace:
                self.state = ' '
                if self.token or (posix and quoted):
                    break
                continue
            if ch in self.commenters:
                self._skip_comment()
                if posix:
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
                continue
            if state == 'c':
                if ch in self._punctuation_chars:
                    self.token += ch
                else:
                    if ch not in self.whitespace:
                        self._pushback_chars.append(ch)
                    self.state = ' '
                    break
                continue
            if posix and ch in self.quotes:
                self.state = ch
            elif posix and ch in self.escape:
                after_escape = 'a'
                self.state = ch
            elif ch in self.wordchars or ch in self.quotes or \
                    (self.whitespace_split and
                     ch not in self._punctuation_chars):
                self.token += ch
            else:
                if self._punctuation_chars:
                    self._pushback_chars.append(ch)
                else:
                    self.pushback.appendleft(ch)
                self.state = ' '
                if self.token or (posix and quoted):
                    break
                continue
        result = self.token
        self.token = ''
        if posix and not quoted and result == '':
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        """Hook for the 'source' keyword: open the named file."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """Return a compiler-style 'file, line N: ' prefix."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split s into a list of words using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """Join words into a shell-escaped command line."""
    return ' '.join(quote(arg) for arg in split_command)


_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of s."""
    if not s:
        return "''"
    if _unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
