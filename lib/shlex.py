"""A lexical analyzer for simple shell-like syntaxes."""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

# Characters that make a word "unsafe" for quote(): anything outside
# ASCII letters, digits and the punctuation @%+=:,./- and underscore.
_needs_quoting = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search

_POSIX_EXTRA_WORDCHARS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                          'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
_DEFAULT_PUNCTUATION = '();<>|&'

# Lexer states (besides a quote or escape character, which is itself the state).
_IDLE = ' '
_WORD = 'a'
_PUNCT = 'c'


class shlex:
    """Split a stream of text into shell-like tokens."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        instream = _as_stream(instream)
        src, name = (sys.stdin, None) if instream is None else (instream, infile)
        self.instream, self.infile = src, name
        self.posix = posix
        self.eof = '' if not posix else None
        base = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if posix:
            base += _POSIX_EXTRA_WORDCHARS
        vars(self).update(
            commenters='#', wordchars=base, whitespace=' \t\r\n',
            whitespace_split=False, quotes='\'"', escape='\\',
            escapedquotes='"', state=_IDLE, lineno=1, debug=0, token='',
            source=None)
        self.pushback, self.filestack = deque(), deque()
        if punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCTUATION
        punct = punctuation_chars or ''
        self._punctuation_chars = punct
        if punct:
            # Characters read ahead while scanning punctuation runs.
            self._pushback_chars = deque([])
            # Extra characters that commonly appear in file names.
            extended = base + '~-./*?='
            self.wordchars = ''.join(c for c in extended if c not in punct)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    # -- token-level interface -------------------------------------------

    def push_token(self, tok):
        """Make *tok* the next token returned by get_token()."""
        if self.debug >= 1:
            print(f"shlex: pushing token {tok!r}")
        self.pushback.insert(0, tok)

    def push_source(self, newstream, newfile=None):
        """Read from *newstream* until it is exhausted, then resume."""
        newstream = _as_stream(newstream)
        saved = (self.infile, self.instream, self.lineno)
        self.filestack.insert(0, saved)
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug:
            what = 'stream' if newfile is None else 'file'
            print(f'shlex: pushing to {what} {newstream if newfile is None else newfile}')

    def pop_source(self):
        """Close the current input and go back to the previous one."""
        self.instream.close()
        prev = self.filestack.popleft()
        self.infile, self.instream, self.lineno = prev
        if self.debug:
            print(f'shlex: popping to {prev[1]}, line {prev[2]:d}')
        self.state = _IDLE

    def get_token(self):
        """Return the next token, honouring pushed tokens and sources."""
        if self.pushback:
            tok = self.pushback[0]
            del self.pushback[0]
            if self.debug >= 1:
                print(f"shlex: popping token {tok!r}")
            return tok
        tok = self.read_token()
        trigger = self.source
        if trigger is not None:
            while tok == trigger:
                request = self.sourcehook(self.read_token())
                if request:
                    # sourcehook gives (name, stream); push wants the reverse
                    self.push_source(request[1], request[0])
                tok = self.get_token()
        while tok == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            tok = self.get_token()
        if self.debug >= 1:
            print("shlex: token=EOF" if tok == self.eof else f"shlex: token={tok!r}")
        return tok

    # -- character-level scanner -----------------------------------------

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            ch = self._pushback_chars.pop()
        else:
            ch = self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _trace(self, what, where):
        if self.debug >= 2:
            print(f"shlex: I see {what} in {where} state")

    def read_token(self):
        """Scan raw characters and return one token (no pushback handling)."""
        posix = self.posix
        punct = self._punctuation_chars
        buf = self.token
        quoted = False
        after_escape = _IDLE   # state to return to once an escape is done

        def finished():
            # A token is complete if it has text, or was an explicit ''.
            return bool(buf) or (posix and quoted)

        while True:
            ch = self._next_char()
            st = self.state
            if self.debug >= 3:
                print(f"shlex: in state {st!r} I see character: {ch!r}")
            if st is None:
                buf = ''
                break
            blank = ch in self.whitespace if ch else False
            if st == _IDLE:
                if not ch:
                    self.state = None
                    break
                if blank:
                    self._trace("whitespace", "whitespace")
                    if finished():
                        break
                    continue
                if ch in self.commenters:
                    self._skip_comment()
                elif posix and ch in self.escape:
                    after_escape, self.state = _WORD, ch
                elif ch in self.wordchars:
                    buf, self.state = ch, _WORD
                elif ch in punct:
                    buf, self.state = ch, _PUNCT
                elif ch in self.quotes:
                    buf = buf if posix else ch
                    self.state = ch
                elif self.whitespace_split:
                    buf, self.state = ch, _WORD
                else:
                    buf = ch
                    if finished():
                        break
            elif st in self.quotes:
                quoted = True
                if not ch:
                    self._trace("EOF", "quotes")
                    self.token = buf
                    raise ValueError("No closing quotation")
                if ch == st:
                    if not posix:
                        buf += ch
                        self.state = _IDLE
                        break
                    self.state = _WORD
                elif posix and ch in self.escape and st in self.escapedquotes:
                    after_escape, self.state = st, ch
                else:
                    buf += ch
            elif st in self.escape:
                if not ch:
                    self._trace("EOF", "escape")
                    self.token = buf
                    raise ValueError("No escaped character")
                # Within quotes the escape only applies to the quote
                # character itself and to the escape; else it is literal.
                keep_escape = (after_escape in self.quotes
                               and ch not in (st, after_escape))
                buf += st + ch if keep_escape else ch
                self.state = after_escape
            elif st == _WORD or st == _PUNCT:
                if not ch:
                    self.state = None
                    break
                if blank:
                    self._trace("whitespace", "word")
                    self.state = _IDLE
                    if finished():
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                    if posix:
                        self.state = _IDLE
                        if finished():
                            break
                elif st == _PUNCT:
                    if ch not in punct:
                        # Hand the character back for the next token.
                        self._pushback_chars.append(ch)
                        self.state = _IDLE
                        break
                    buf += ch
                elif posix and ch in self.quotes:
                    self.state = ch
                elif posix and ch in self.escape:
                    after_escape, self.state = _WORD, ch
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split and ch not in punct)):
                    buf += ch
                else:
                    self._trace("punctuation", "word")
                    if punct:
                        self._pushback_chars.append(ch)
                    else:
                        self.pushback.insert(0, ch)
                    self.state = _IDLE
                    if finished():
                        break
        self.token = ''
        if posix and not quoted and not buf:
            buf = None
        if self.debug > 1:
            print(f"shlex: raw token={buf!r}" if buf else "shlex: raw token=EOF")
        return buf

    # -- helpers ---------------------------------------------------------

    def sourcehook(self, newfile):
        """Open the file named by a 'source' request."""
        if newfile.startswith('"'):
            newfile = newfile[1:-1]
        here = self.infile
        # Relative names are taken relative to the including file.
        if type(here) is str or isinstance(here, str):
            if not os.path.isabs(newfile):
                newfile = os.path.join(os.path.dirname(here), newfile)
        stream = open(newfile, "r")
        return newfile, stream

    def error_leader(self, infile=None, lineno=None):
        """Return an Emacs-style 'file, line' prefix for error messages."""
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def _as_stream(obj):
    return StringIO(obj) if isinstance(obj, str) else obj


def split(s, comments=False, posix=True):
    """The words of *s*, as a POSIX shell would split them."""
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """Return a shell-escaped string built from a list of arguments."""
    return ' '.join(map(quote, split_command))


def quote(s):
    """*s* quoted so that a shell reads it back as one word."""
    if not s:
        return "''"
    if _needs_quoting(s) is None:
        return s
    # Close the single-quoted run, emit a double-quoted ', reopen.
    return "'" + "'\"'\"'".join(s.split("'")) + "'"
