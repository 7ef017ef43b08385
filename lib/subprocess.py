"""Run child programs, connect to their standard streams and collect exit codes.

Ferrython implementation on top of the native ``_subprocess`` module.  Python
file objects have no usable file descriptors here, so a file object given as
stdin/stdout/stderr is emulated: the child talks to a pipe and the data is
copied from/to the object.
"""

import os
import sys
import types
import codecs
import io
import _subprocess as _px

_Alias = types.GenericAlias

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SHELL = '/bin/sh'

# Linux signal numbers -> names, used to describe children killed by a signal.
_SIGNAMES = {
    1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP',
    6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1',
    11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
    16: 'SIGSTKFLT', 17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP', 20: 'SIGTSTP',
    21: 'SIGTTIN', 22: 'SIGTTOU', 23: 'SIGURG', 24: 'SIGXCPU', 25: 'SIGXFSZ',
    26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH', 29: 'SIGIO', 30: 'SIGPWR',
    31: 'SIGSYS', 34: 'SIGRTMIN', 64: 'SIGRTMAX',
}
_SIGTERM = 15
_SIGKILL = 9


# ---------------------------------------------------------------- exceptions

class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """A checked child process exited with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd = returncode, cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            name = _SIGNAMES.get(-code)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -code)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Waiting for a child process took longer than the given timeout."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


# ---------------------------------------------------------------- results

class CompletedProcess:
    """What run() returns once the child has finished."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        parts = ['args=%r' % (self.args,), 'returncode=%r' % (self.returncode,)]
        for label, value in (('stdout', self.stdout), ('stderr', self.stderr)):
            if value is not None:
                parts.append('%s=%r' % (label, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    __class_getitem__ = classmethod(_Alias)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# ---------------------------------------------------------------- pipe objects

def _newlines(text):
    if '\r' in text:
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    return text


class _Pipe:
    """What the pipe ends of a child process have in common."""

    def seekable(self):
        return False

    def isatty(self):
        return False

    def fileno(self):
        raise io.UnsupportedOperation('fileno')

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _StdinPipe(_Pipe):
    """Writable end connected to the child's standard input."""

    def __init__(self, proc, text, encoding, errors, line_buffering):
        self._proc = proc
        self._text = text
        self.encoding = encoding if text else None
        self.errors = errors if text else None
        self.line_buffering = line_buffering
        self.mode = 'w' if text else 'wb'
        self.closed = False

    def _check(self, what='write'):
        if self.closed:
            if self._text:
                raise ValueError('I/O operation on closed file.')
            raise ValueError(what + ' to closed file' if what == 'write' else what + ' of closed file')

    def write(self, data):
        self._check()
        if self._text:
            if not isinstance(data, str):
                raise TypeError('write() argument must be str, not %s' % type(data).__name__)
            raw = data.encode(self.encoding, self.errors)
            size = len(data)
        else:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            raw = bytes(data)
            size = len(raw)
        handle = self._proc._handle
        done = 0
        total = len(raw)
        while done < total:
            chunk = raw if done == 0 else raw[done:]
            done += _px.write(handle, chunk)
        return size

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check('flush')

    def close(self):
        if not self.closed:
            self.closed = True
            try:
                _px.close_stdin(self._proc._handle)
            except BrokenPipeError:
                pass

    def _mark_closed(self):
        self.closed = True

    def writable(self):
        return True

    def readable(self):
        return False


    def __repr__(self):
        return '<subprocess pipe to stdin of pid %s mode=%r>' % (self._proc.pid, self.mode)


class _OutputPipe(_Pipe):
    """Readable end connected to the child's stdout (which=1) or stderr (which=2)."""

    def __init__(self, proc, which, text, encoding, errors):
        self._proc = proc
        self._which = which
        self._text = text
        self._pending = b''      # bytes already pulled from the native side
        self._eof = False
        self.closed = False
        self.mode = 'r' if text else 'rb'
        if text:
            self.encoding = encoding
            self.errors = errors
            self._decoder = codecs.getincrementaldecoder(encoding)(errors)
            self._chars = ''     # decoded, newline-translated text not yet returned
            self._cr = False     # a trailing '\r' awaiting the next chunk
        else:
            self.encoding = None
            self.errors = None

    # -- raw byte access
    def _raw_read(self, n):
        if self._pending:
            if n < 0:
                data = self._pending
                self._pending = b''
                if not self._eof:
                    data += _px.read(self._proc._handle, self._which, -1)
                    self._eof = True
                return data
            data = self._pending[:n]
            self._pending = self._pending[n:]
            return data
        if self._eof:
            return b''
        self._proc._push_feed()
        data = _px.read(self._proc._handle, self._which, n)
        if n < 0 or not data:
            self._eof = True
        return data

    def _raw_line(self):
        if self._pending:
            cut = self._pending.find(b'\n')
            if cut >= 0:
                line = self._pending[:cut + 1]
                self._pending = self._pending[cut + 1:]
                return line
            line = self._pending
            self._pending = b''
            if self._eof:
                return line
            return line + self._raw_line()
        if self._eof:
            return b''
        self._proc._push_feed()
        line = _px.readline(self._proc._handle, self._which)
        if not line:
            self._eof = True
        return line

    def _decode(self, data, final):
        text = self._decoder.decode(data, final)
        if self._cr:
            text = '\r' + text
            self._cr = False
        if not final and text.endswith('\r'):
            text = text[:-1]
            self._cr = True
        return _newlines(text)

    def _check(self, what):
        if self.closed:
            if self._text or what is None:
                raise ValueError('I/O operation on closed file.')
            raise ValueError(what + ' of closed file')

    # -- public reading API
    def read(self, size=-1):
        self._check('read')
        if size is None:
            size = -1
        if not self._text:
            if size < 0:
                return self._raw_read(-1)
            parts = []
            want = size
            while want > 0:
                chunk = self._raw_read(want)
                if not chunk:
                    break
                parts.append(chunk)
                want -= len(chunk)
            return b''.join(parts)
        if size < 0:
            text = self._chars + self._decode(self._raw_read(-1), True)
            self._chars = ''
            return text
        while len(self._chars) < size and not self._eof:
            chunk = self._raw_read(max(size - len(self._chars), 1))
            self._chars += self._decode(chunk, not chunk)
        text = self._chars[:size]
        self._chars = self._chars[size:]
        return text

    def read1(self, size=-1):
        if self._text:
            return self.read(size)
        self._check('read')
        if size is None or size < 0:
            size = 65536
        return self._raw_read(size)

    def readline(self, size=-1):
        self._check('readline')
        if size is None:
            size = -1
        if not self._text:
            line = self._raw_line()
            if 0 <= size < len(line):
                self._pending = line[size:] + self._pending
                line = line[:size]
            return line
        while '\n' not in self._chars and not self._eof:
            raw = self._raw_line()
            self._chars += self._decode(raw, not raw)
        cut = self._chars.find('\n')
        end = len(self._chars) if cut < 0 else cut + 1
        if 0 <= size < end:
            end = size
        line = self._chars[:end]
        self._chars = self._chars[end:]
        return line

    def readlines(self, hint=-1):
        self._check(None)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check(None)
        return self

    def __next__(self):
        self._check(None)
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return False


    # -- helpers for Popen
    def _stash(self, data):
        """Keep bytes drained by the native side for later reads."""
        if data:
            self._pending += data
        self._eof = True

    def _collect(self, data):
        """Everything still unread (buffered + data), as the pipe's type."""
        raw = self._pending + (data or b'')
        self._pending = b''
        self._eof = True
        if not self._text:
            return raw
        text = self._chars + self._decode(raw, True)
        self._chars = ''
        return text

    def __repr__(self):
        name = 'stdout' if self._which == 1 else 'stderr'
        return '<subprocess pipe from %s of pid %s mode=%r>' % (name, self._proc.pid, self.mode)


def _write_to_file(target, data):
    """Copy captured child output into a Python file object."""
    if not data:
        return
    if isinstance(target, io.TextIOBase) or 'b' not in getattr(target, 'mode', 'b'):
        enc = getattr(target, 'encoding', None) or 'utf-8'
        data = data.decode(enc, 'replace')
        target.write(data)
    else:
        try:
            target.write(data)
        except TypeError:
            enc = getattr(target, 'encoding', None) or 'utf-8'
            target.write(data.decode(enc, 'replace'))
    flush = getattr(target, 'flush', None)
    if flush is not None:
        flush()


def _to_str(value):
    return os.fsdecode(value)


# ---------------------------------------------------------------- Popen

class Popen:
    """Start a child program; see the subprocess documentation."""

    __class_getitem__ = classmethod(_Alias)

    _handle = None

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.pid = None
        self.returncode = None
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self._sinks = {}
        self._feed = None
        self._started_comm = False
        self._released = False
        self._outcome = None

        if bufsize is None:
            bufsize = -1
        elif not isinstance(bufsize, int):
            raise TypeError('bufsize must be an integer')
        for label, value in (('startupinfo', startupinfo), ('creationflags', creationflags)):
            if value:
                raise ValueError('%s is only supported on Windows platforms' % label)
        checks = (
            ('preexec_fn', preexec_fn is not None),
            ('close_fds=False', not close_fds),
            ('pass_fds', bool(pass_fds)),
            ('start_new_session', bool(start_new_session)),
            ('restore_signals=False', not restore_signals),
            ('user', user is not None),
            ('group', group is not None),
            ('extra_groups', extra_groups is not None),
            ('umask', umask is not None and umask >= 0),
            ('pipesize', pipesize is not None and pipesize >= 0),
            ('process_group', process_group is not None and process_group >= 0),
        )
        unsupported = [label for label, bad in checks if bad]
        if unsupported:
            raise NotImplementedError(
                'subprocess.Popen: %s not supported by Ferrython' % ', '.join(unsupported))

        if None not in (text, universal_newlines) and bool(text) != bool(universal_newlines):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if encoding is None and self.text_mode:
            encoding = 'utf-8'
        self.encoding = encoding
        self.errors = errors
        self.pipesize = -1

        # ---- command line
        if isinstance(args, os.PathLike) and shell:
            raise TypeError('path-like args is not allowed when shell is true')
        argv = [args] if isinstance(args, (str, bytes, os.PathLike)) else list(args)
        if shell:
            argv = [_SHELL, '-c'] + argv
            if executable:
                argv[0] = executable
                executable = None
        argv = [_to_str(a) for a in argv]
        if not argv:
            raise IndexError('list index out of range')
        executable = None if executable is None else _to_str(executable)

        # ---- environment and directory
        if env is None:
            # os.environ is a plain mapping in Ferrython (no putenv): pass it
            # explicitly so changes made through it reach the child
            env_pairs = [(k, v) for k, v in os.environ.items()
                         if isinstance(k, str) and isinstance(v, str)]
        else:
            env_pairs = []
            for key, value in env.items():
                key = _to_str(key)
                value = _to_str(value)
                if '=' in key:
                    raise ValueError('illegal environment variable name')
                if '\0' in key or '\0' in value:
                    raise ValueError('embedded null byte')
                env_pairs.append((key, value))
        if cwd is not None:
            cwd = _to_str(cwd)
            if not os.path.isdir(cwd):
                if os.path.exists(cwd):
                    raise NotADirectoryError(20, 'Not a directory', cwd)
                raise FileNotFoundError(2, 'No such file or directory', cwd)

        # ---- standard streams
        in_spec, feed = self._stdin_spec(stdin)
        out_spec = self._output_spec(stdout, 1)
        err_spec = self._output_spec(stderr, 2)

        handle, pid = _px.spawn(argv, executable, cwd, env_pairs, in_spec, out_spec, err_spec)
        self._handle, self.pid = handle, pid

        errors_name = errors or 'strict'
        if stdin == PIPE:
            self.stdin = _StdinPipe(self, self.text_mode, encoding, errors_name, bufsize == 1)
        if stdout == PIPE:
            self.stdout = _OutputPipe(self, 1, self.text_mode, encoding, errors_name)
        if stderr == PIPE:
            self.stderr = _OutputPipe(self, 2, self.text_mode, encoding, errors_name)

        if feed is not None:
            self._feed = feed
            if self.stdout is None and self.stderr is None:
                self._push_feed()
        elif self._sinks and self.stdin is None and self.stdout is None and self.stderr is None:
            # nobody reads pipes directly: let the native side drain them
            self._start_native(None)

    # ---- stream helpers
    def _stdin_spec(self, spec):
        if spec is None or isinstance(spec, int):
            return spec, None
        if spec is sys.__stdin__:
            return 0, None
        reader = getattr(spec, 'read', None)
        if reader is None:
            spec.fileno()   # raises the usual AttributeError
            raise TypeError('unsupported stdin argument: %r' % (spec,))
        data = reader()
        if isinstance(data, str):
            data = data.encode(getattr(spec, 'encoding', None) or 'utf-8')
        return PIPE, bytes(data)

    def _output_spec(self, spec, which):
        if spec is None or isinstance(spec, int):
            return spec
        std = sys.__stdout__ if which == 1 else sys.__stderr__
        if spec is std:
            spec.flush()
            return which
        if getattr(spec, 'write', None) is None:
            spec.fileno()   # raises the usual AttributeError
            raise TypeError('unsupported output argument: %r' % (spec,))
        self._sinks[which] = spec
        return PIPE

    def _start_native(self, data):
        """Begin native draining (writing data to stdin) without blocking."""
        self._started_comm = True
        result = _px.communicate(self._handle, data, 0)
        if result is not None:
            self._absorb(result)

    def _push_feed(self):
        """Send input emulated from a file object to the child."""
        data = self._feed
        if data is None:
            return
        self._feed = None
        if self.stdout is None and self.stderr is None:
            self._start_native(data)
            return
        handle = self._handle
        try:
            done = 0
            while done < len(data):
                done += _px.write(handle, data[done:])
        except BrokenPipeError:
            pass
        try:
            _px.close_stdin(handle)
        except BrokenPipeError:
            pass

    def _absorb(self, result):
        """Handle a finished native communicate result; returns (out, err) bytes."""
        out, err, code = result
        for which, data in ((1, out), (2, err)):
            sink = self._sinks.pop(which, None)
            if sink is not None:
                _write_to_file(sink, data)
        if self.stdin is not None:
            self.stdin._mark_closed()
        self.returncode = code
        return out, err

    def _drain_all(self, timeout):
        """Finish through the native communicate; False on timeout."""
        data = None
        if self._feed is not None:
            data = self._feed
            self._feed = None
        self._started_comm = True
        result = _px.communicate(self._handle, data, timeout)
        if result is None:
            return False
        for pipe, data in zip((self.stdout, self.stderr), self._absorb(result)):
            if pipe:
                pipe._stash(data)
        return True

    def _needs_drain(self):
        if self._sinks or self._feed is not None or self._started_comm:
            return True
        for pipe in (self.stdout, self.stderr):
            if pipe is not None and pipe.closed:
                return True
        return False

    # ---- public API
    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def poll(self):
        if self.returncode is None and self._handle is not None:
            code = _px.poll(self._handle)
            if code is not None:
                if self._needs_drain():
                    self._drain_all(None)
                else:
                    self.returncode = code
        return self.returncode

    def wait(self, timeout=None):
        code = self.returncode
        if code is not None:
            return code
        if self._needs_drain():
            if not self._drain_all(timeout):
                raise TimeoutExpired(self.args, timeout)
        else:
            code = _px.wait(self._handle, timeout)
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def communicate(self, input=None, timeout=None):
        if self._started_comm and input:
            raise ValueError('Cannot send input after starting communication')
        if self._outcome is not None:
            return self._outcome
        data = None
        if self._feed is not None:
            data = self._feed
            self._feed = None
        elif self.stdin is not None and input is not None and not self._started_comm:
            # mimic the errors CPython gives for input of the wrong type
            simple = timeout is None and self.stdout is None and self.stderr is None
            if self.text_mode:
                if simple and not isinstance(input, str):
                    raise TypeError('write() argument must be str, not %s' % type(input).__name__)
                data = input.encode(self.stdin.encoding, self.stdin.errors)
            elif isinstance(input, str):
                if simple:
                    raise TypeError("a bytes-like object is required, not 'str'")
                raise TypeError("memoryview: a bytes-like object is required, not 'str'")
            else:
                data = bytes(input)
        if self.stdin is not None and not self.stdin.closed:
            self.stdin._mark_closed()
        self._started_comm = True
        result = _px.communicate(self._handle, data, timeout)
        if result is None:
            raise TimeoutExpired(self.args, timeout)
        values = []
        for pipe, data in zip((self.stdout, self.stderr), self._absorb(result)):
            if pipe:
                data = pipe._collect(data)
                pipe.close()
            else:
                data = None
            values.append(data)
        self._outcome = tuple(values)
        return self._outcome

    def send_signal(self, sig):
        if self.returncode is None and self._handle is not None:
            _px.send_signal(self._handle, sig)

    def terminate(self):
        self.send_signal(_SIGTERM)

    def kill(self):
        self.send_signal(_SIGKILL)

    def _release(self):
        if not self._released and self._handle is not None:
            self._released = True
            try:
                _px.release(self._handle)
            except (OSError, ValueError):
                pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for pipe in (self.stdout, self.stderr):
            if pipe:
                pipe.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            if exc_type is not KeyboardInterrupt:
                self.wait()
                self._release()

    def __repr__(self):
        text = '<%s: returncode: %s args: %r>' % (type(self).__name__, self.returncode, self.args)
        if len(text) > 80:
            text = text[:76] + '...>'
        return text


# ---------------------------------------------------------------- helpers

def _killed_output(proc):
    """Kill proc after a timeout and return whatever it wrote (raw bytes or None)."""
    proc.kill()
    # The killed child's pipes end at once unless a grandchild still holds them: then give
    # up on the output after a moment rather than wait for the grandchild.
    result = _px.communicate(proc._handle, None, 0.5)
    if result is None:
        proc.returncode = _px.wait(proc._handle, None)
        return [None, None]
    found = []
    for pipe, data in zip((proc.stdout, proc.stderr), proc._absorb(result)):
        if pipe:
            data = pipe._pending + (data or b'')
        found.append(data or None)
    return found


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin', None) is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if any(kwargs.get(name, None) is not None for name in ('stdout', 'stderr')):
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as proc:
        try:
            out, err = proc.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            exc.output, exc.stderr = _killed_output(proc)
            raise
        except BaseException:
            proc.kill()
            raise
        code = proc.poll()
        if check and code:
            raise CalledProcessError(code, proc.args, output=out, stderr=err)
    return CompletedProcess(proc.args, code, out, err)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its exit status."""
    with Popen(*popenargs, **kwargs) as proc:
        try:
            return proc.wait(timeout=timeout)
        except BaseException:
            proc.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command; raise CalledProcessError on a non-zero exit status."""
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its standard output; raise on failure."""
    for name in ('stdout', 'check'):
        if name in kwargs:
            raise ValueError('%s argument not allowed, it will be overridden.' % name)
    if kwargs.get('input', 0) is None:
        textual = (kwargs.get('universal_newlines') or kwargs.get('text')
                   or kwargs.get('encoding') or kwargs.get('errors'))
        kwargs['input'] = '' if textual else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of running cmd in a shell."""
    opts = dict(shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
    try:
        data = check_output(cmd, **opts)
        status = 0
    except CalledProcessError as exc:
        data = exc.output
        status = exc.returncode
    if data.endswith('\n'):
        data = data[:-1]
    return status, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return the output (stdout and stderr) of running cmd in a shell."""
    status, text = getstatusoutput(cmd, encoding=encoding, errors=errors)
    return text


def list2cmdline(seq):
    """Join arguments into a command line using the MS C runtime quoting rules."""
    pieces = []
    for arg in seq:
        arg = os.fsdecode(arg)
        quote = not arg or ' ' in arg or '\t' in arg
        out = []
        slashes = 0
        for ch in arg:
            if ch == '\\':
                slashes += 1
                continue
            if ch == '"':
                out.append('\\' * (2 * slashes + 1))
            elif slashes:
                out.append('\\' * slashes)
            slashes = 0
            out.append(ch)
        if slashes:
            out.append('\\' * (2 * slashes if quote else slashes))
        word = ''.join(out)
        pieces.append('"%s"' % word if quote else word)
    return ' '.join(pieces)
