"""Information about the platform the interpreter runs on.

The operating-system queries (system(), node(), release(), version(),
machine(), uname()) come from os.uname() when the interpreter provides
it, and otherwise from the Linux kernel's /proc/sys/kernel files.  Values
that cannot be determined are returned as empty strings, as documented.

The interpreter queries (python_version(), python_implementation(), ...)
come from the sys module.

Windows-, macOS- and Java-specific functions return their defaults on
other systems.
"""

import collections
import os
import struct
import sys

__version__ = '1.0.8'



# ------------------------------------------------------------ helpers

def _read_text(path):
    """Contents of a small text file with the final newline removed, or
    None when it cannot be read."""
    try:
        with open(path, encoding='utf-8', errors='replace') as handle:
            data = handle.read()
    except OSError:
        return None
    if data.endswith('\n'):
        data = data[:-1]
    return data


def _version_key(text):
    """Sort key for dotted version strings: numeric parts compare as
    numbers, the others as text after all numbers."""
    key = []
    for piece in text.split('.'):
        if piece.isdigit():
            key.append((0, int(piece), ''))
        else:
            key.append((1, 0, piece))
    return key


# ---------------------------------------------------------- libc_ver

def _scan_libc(path, chunksize):
    """Look through a binary for the C library it was built against.

    Returns (lib, version) or None.  GNU libc leaves versioned-symbol tags
    such as b'GLIBC_2.34' in the file; the newest of them is reported.
    Otherwise a reference like b'libc.so.6' gives ('libc', '6').
    """
    best_glibc = None
    best_soname = None
    found_libc = False
    tail = b''
    with open(path, 'rb') as stream:
        while True:
            block = stream.read(chunksize)
            if not block:
                break
            data = tail + block
            # Keep a little overlap so a tag cut in two is seen whole.
            tail = data[-64:]
            start = 0
            while True:
                at = data.find(b'GLIBC_', start)
                if at < 0:
                    break
                end = at + 6
                while end < len(data) and data[end] in b'0123456789.':
                    end += 1
                start = end
                number = data[at + 6:end].strip(b'.')
                if number and number[:1].isdigit():
                    text = number.decode('ascii')
                    if (best_glibc is None or
                            _version_key(text) > _version_key(best_glibc)):
                        best_glibc = text
            start = 0
            while True:
                at = data.find(b'libc.so', start)
                if at < 0:
                    break
                found_libc = True
                end = at + 7
                if data[end:end + 1] == b'.':
                    end += 1
                    while end < len(data) and data[end] in b'0123456789.':
                        end += 1
                    number = data[at + 8:end].strip(b'.')
                    if number:
                        text = number.decode('ascii')
                        if (best_soname is None or _version_key(text) >
                                _version_key(best_soname)):
                            best_soname = text
                start = at + 7
    if best_glibc is not None:
        return 'glibc', best_glibc
    if found_libc:
        return 'libc', best_soname or ''
    return None


def _loaded_libc_path():
    """Path of the C library mapped into this process (Linux only)."""
    maps = _read_text('/proc/self/maps')
    if not maps:
        return None
    for line in maps.splitlines():
        fields = line.split(None, 5)
        if len(fields) < 6:
            continue
        path = fields[5].strip()
        base = path.rsplit('/', 1)[-1]
        if base.startswith('libc.so') or base.startswith('libc-'):
            return path
    return None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Return (lib, version) of the C library the executable uses.

    Without an executable, the C library of the running interpreter is
    reported.  The given lib and version are returned when nothing can
    be found.
    """
    if executable is None:
        confstr = getattr(os, 'confstr', None)
        if confstr is not None:
            try:
                answer = confstr('CS_GNU_LIBC_VERSION')
            except (AttributeError, ValueError, OSError):
                answer = None
            if answer:
                parts = answer.split()
                if len(parts) == 2 and parts[0] == 'glibc':
                    return 'glibc', parts[1]
        executable = _loaded_libc_path() or sys.executable
        if not executable:
            return lib, version
    found = _scan_libc(executable, chunksize)
    if found is None:
        return lib, version
    return found


# ------------------------------------------------------- architecture

def _binary_format(path):
    """(bits, linkage) told by an executable's header.

    Either item is None when the header does not say; both are None for
    files that are not executables or shared libraries.
    """
    try:
        with open(path, 'rb') as stream:
            head = stream.read(64)
            if head[:4] == b'\x7fELF' and len(head) >= 18:
                order = '<' if head[5] == 1 else '>'
                kind = struct.unpack(order + 'H', head[16:18])[0]
                if kind not in (2, 3):      # only executables / shared objects
                    return None, None
                return {1: '32bit', 2: '64bit'}.get(head[4]), 'ELF'
            if head[:2] == b'MZ':
                if len(head) >= 64:
                    offset = struct.unpack('<I', head[60:64])[0]
                    stream.seek(offset)
                    pe = stream.read(26)
                    if pe[:4] == b'PE\0\0' and len(pe) >= 26:
                        magic = struct.unpack('<H', pe[24:26])[0]
                        return ({0x10b: '32bit', 0x20b: '64bit'}.get(magic),
                                'WindowsPE')
                return None, 'MSDOS'
            macho = {b'\xfe\xed\xfa\xce': ('>', '32bit'),
                     b'\xce\xfa\xed\xfe': ('<', '32bit'),
                     b'\xfe\xed\xfa\xcf': ('>', '64bit'),
                     b'\xcf\xfa\xed\xfe': ('<', '64bit')}.get(head[:4])
            if macho is not None and len(head) >= 16:
                kind = struct.unpack(macho[0] + 'I', head[12:16])[0]
                if kind == 2:               # MH_EXECUTE
                    return macho[1], None
    except OSError:
        pass
    return None, None


def architecture(executable=sys.executable, bits='', linkage=''):
    """Return (bits, linkage) for the executable, e.g. ('64bit', 'ELF').

    The file's header is inspected; what cannot be found out is taken
    from the bits and linkage arguments, and bits finally from the size
    of a pointer in this interpreter.
    """
    if not bits:
        bits = '%dbit' % (struct.calcsize('P') * 8)
    if executable:
        seen_bits, seen_linkage = _binary_format(executable)
        if seen_bits is not None:
            bits = seen_bits
        if seen_linkage is not None:
            linkage = seen_linkage
    return bits, linkage


# --------------------------------------------------------------- uname

_uname_fields = ('system', 'node', 'release', 'version', 'machine')
_uname_base = collections.namedtuple('uname_result_base', _uname_fields)


class uname_result(_uname_base):
    """uname() result: system, node, release, version, machine, plus a
    processor entry that is only worked out when first used."""

    _fields = _uname_fields + ('processor',)

    @property
    def processor(self):
        return _processor_name()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __len__(self):
        return len(_uname_fields) + 1

    def __getitem__(self, index):
        return tuple(self)[index]

    def __reduce__(self):
        return uname_result, tuple.__getitem__(self, slice(None))

    def _asdict(self):
        return dict(zip(self._fields, self))

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)


def _processor_name():
    # No portable source: Linux has no processor string beyond the
    # machine name, which uname() already reports.  Documented: '' when
    # unknown.
    return ''


def _machine_from_executable():
    """Machine name deduced from the ELF header of the interpreter."""
    names = {3: 'i686', 8: 'mips', 20: 'ppc', 21: 'ppc64', 22: 's390x',
             40: 'armv7l', 43: 'sparc64', 62: 'x86_64', 183: 'aarch64',
             243: 'riscv64', 258: 'loongarch64'}
    try:
        with open(sys.executable, 'rb') as stream:
            head = stream.read(20)
    except (OSError, TypeError):
        return ''
    if head[:4] != b'\x7fELF' or len(head) < 20:
        return ''
    order = '<' if head[5] == 1 else '>'
    code = struct.unpack(order + 'H', head[18:20])[0]
    name = names.get(code, '')
    if name == 'ppc64' and order == '<':
        name = 'ppc64le'
    return name


_platform_names = {'linux': 'Linux', 'darwin': 'Darwin', 'win32': 'Windows',
                   'cygwin': 'CYGWIN_NT', 'aix': 'AIX',
                   'emscripten': 'Emscripten', 'wasi': 'WASI'}


def _gather_uname():
    native = getattr(os, 'uname', None)
    if native is not None:
        try:
            info = native()
        except OSError:
            info = None
        if info is not None:
            return list(info)[:5]
    kernel = '/proc/sys/kernel/'
    system = _read_text(kernel + 'ostype')
    if system is None:
        name = sys.platform
        for prefix, label in _platform_names.items():
            if name.startswith(prefix):
                system = label
                break
        else:
            system = name.rstrip('0123456789').capitalize()
    node = _read_text(kernel + 'hostname') or ''
    rel = _read_text(kernel + 'osrelease') or ''
    ver = _read_text(kernel + 'version') or ''
    mach = _read_text(kernel + 'arch') or _machine_from_executable()
    return [system, node, rel, ver, mach]


_uname_cache = None


def uname():
    """Return uname_result(system, node, release, version, machine).

    The processor entry is also available (as attribute and as a sixth
    item when iterating).  Unknown values are ''.
    """
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(*_gather_uname())
    return _uname_cache


def system():
    """Operating system name, e.g. 'Linux', 'Darwin', 'Windows'."""
    return uname().system


def node():
    """Network name of the computer ('' if unknown)."""
    return uname().node


def release():
    """Operating system release, e.g. '6.1.0-13-amd64'."""
    return uname().release


def version():
    """Operating system version string."""
    return uname().version


def machine():
    """Machine type, e.g. 'x86_64' or 'aarch64'."""
    return uname().machine


def processor():
    """Processor name ('' when it cannot be determined)."""
    return uname().processor


# ---------------------------------------------------- other platforms

def win32_ver(release='', version='', csd='', ptype=''):
    """(release, version, csd, ptype) of Windows; the given defaults on
    every other system."""
    if sys.platform == 'win32':
        raise NotImplementedError(
            'platform.win32_ver() is not implemented on Windows by this '
            'interpreter')
    return release, version, csd, ptype


def win32_edition():
    """Windows edition name, or None outside Windows."""
    if sys.platform == 'win32':
        raise NotImplementedError(
            'platform.win32_edition() is not implemented on Windows by '
            'this interpreter')
    return None


def win32_is_iot():
    """Whether this is a Windows IoT edition (False outside Windows)."""
    return win32_edition() in ('IoTUAP', 'NanoServer', 'WindowsCoreHeadless',
                               'IoTEdgeOS')


def _macos_product_version():
    """ProductVersion from macOS's SystemVersion.plist, or None."""
    text = _read_text('/System/Library/CoreServices/SystemVersion.plist')
    key = '<key>ProductVersion</key>'
    at = -1 if text is None else text.find(key)
    if at < 0:
        return None
    rest = text[at + len(key):]
    opening = rest.find('<string>')
    closing = rest.find('</string>')
    if opening < 0 or closing < opening:
        return None
    return rest[opening + len('<string>'):closing].strip()


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """(release, versioninfo, machine) of macOS; the given defaults on
    other systems."""
    found = _macos_product_version()
    if found is not None:
        mach = uname().machine
        if mach == 'Power Macintosh':
            mach = 'PowerPC'
        release, versioninfo, machine = found, ('', '', ''), mach
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Java runtime information; only meaningful on Jython, so the given
    defaults are returned."""
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    """Return (system, release, version) with marketing names applied:
    SunOS 5.x is reported as Solaris 2.x and the win16/win32 platform
    names as Windows."""
    if system == 'SunOS' and release >= '5':
        # SunOS 5.x is marketed as Solaris 2.x.
        major, dot, rest = release.partition('.')
        try:
            release = str(int(major) - 3) + dot + rest
        except ValueError:
            pass
        system = 'Solaris'
    elif system in {'win16', 'win32'}:
        system = 'Windows'
    return (system, release, version)


# -------------------------------------------------------------- platform

_FILENAME_SAFE = str.maketrans({' ': '_', '/': '-', '\\': '-', ':': '-',
                                ';': '-', '"': '-', '(': '-', ')': '-'})


def _join_platform(*parts):
    text = '-'.join(part for part in parts if part)
    text = text.translate(_FILENAME_SAFE).replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


_platform_cache = {}


def platform(aliased=False, terse=False):
    """One string describing the platform, suitable for file names, e.g.
    'Linux-6.1.0-13-amd64-x86_64-with-glibc2.36'.

    aliased applies system_alias(); terse keeps only the minimum."""
    key = (bool(aliased), bool(terse))
    if key in _platform_cache:
        return _platform_cache[key]
    info = uname()
    system, node, release, version, mach = tuple.__iter__(info)
    proc = info.processor
    if mach == proc:
        proc = ''
    if aliased:
        aliases = system_alias(system, release, version)
        system, release, version = aliases
    if system == 'Darwin':
        mac_release = mac_ver()[0]
        if mac_release:
            system, release = 'macOS', mac_release
    if system == 'Windows':
        rel, ver, csd, ptype = win32_ver(version)
        if terse:
            result = _join_platform(system, release)
        else:
            result = _join_platform(system, release, version, csd)
    elif system == 'Linux':
        libname, libversion = libc_ver()
        result = _join_platform(system, release, mach, 'with',
                                libname + libversion)
    elif system == 'Java':
        result = _join_platform(system, release, version)
    elif terse:
        result = _join_platform(system, release)
    else:
        result = _join_platform(system, release, mach, proc,
                                *architecture(sys.executable))
    _platform_cache[key] = result
    return result


# -------------------------------------------------- interpreter details

_implementation_names = {'cpython': 'CPython', 'pypy': 'PyPy',
                         'ironpython': 'IronPython', 'jython': 'Jython',
                         'ferrython': 'Ferrython', 'graalpy': 'GraalVM'}


def python_implementation():
    """Name of the Python implementation, e.g. 'CPython' or 'Ferrython'."""
    name = sys.implementation.name
    return _implementation_names.get(name, name.capitalize())


def python_version():
    """The Python version as 'major.minor.patchlevel' (pre-release tags
    such as 'a1' or '+' are kept, as sys.version shows them)."""
    words = sys.version.split(None, 1)
    head = words[0] if words else ''
    if head[:1].isdigit() and all(ch.isalnum() or ch in '.+' for ch in head):
        pieces = head.split('.')
        while len(pieces) < 3:
            pieces.append('0')
        return '.'.join(pieces)
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    """The Python version as a tuple of three strings."""
    return tuple(python_version().split('.'))


def _version_details():
    """Split sys.version into (build number, build date, compiler).

    The usual layout is 'X.Y.Z (buildno, date, time) [compiler]'; parts
    that are absent come back as None.
    """
    text = sys.version
    buildno = builddate = compiler = None
    opening = text.find('(')
    if opening >= 0:
        closing = text.find(')', opening)
        if closing >= 0:
            inside = [p.strip() for p in text[opening + 1:closing].split(',')]
            buildno = inside[0]
            builddate = ' '.join(inside[1:])
            rest = text[closing + 1:]
            left = rest.find('[')
            right = rest.rfind(']')
            if 0 <= left < right:
                compiler = rest[left + 1:right]
    return buildno, builddate, compiler


def python_build():
    """(buildno, builddate) of the interpreter build, as strings."""
    buildno, builddate, _ = _version_details()
    return buildno or '', builddate or ''


def python_compiler():
    """Identification of the compiler that built the interpreter."""
    compiler = _version_details()[2]
    if compiler is None:
        raise NotImplementedError(
            'platform.python_compiler(): this interpreter does not record '
            'its compiler in sys.version')
    return compiler


def _scm_info():
    info = getattr(sys, '_git', None)
    if not info:
        return '', ''
    return info[1], info[2]


def python_branch():
    """Source-control branch the interpreter was built from ('' if not
    known)."""
    return _scm_info()[0]


def python_revision():
    """Source-control revision the interpreter was built from ('' if not
    known)."""
    return _scm_info()[1]


# ------------------------------------------------------------ os-release

_os_release_info = None
_OS_RELEASE_FILES = ('/etc/os-release', '/usr/lib/os-release')


def _unquote_os_release(raw):
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in '"\'':
        raw = raw[1:-1]
    out = []
    chars = iter(raw)
    for ch in chars:
        if ch == '\\':
            following = next(chars, '')
            if following in '$"\'`\\':
                out.append(following)
            else:
                out.append(ch + following)
        else:
            out.append(ch)
    return ''.join(out)


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        name, sep, value = line.partition('=')
        if not sep or not name or not all(
                ch.isalnum() or ch == '_' for ch in name) or not name.isascii():
            continue
        info[name] = _unquote_os_release(value)
    return info


def freedesktop_os_release():
    """Contents of /etc/os-release (or /usr/lib/os-release) as a dict.

    Raises OSError when neither file can be read.
    """
    global _os_release_info
    if _os_release_info is None:
        problem = None
        for path in _OS_RELEASE_FILES:
            try:
                with open(path, encoding='utf-8') as handle:
                    _os_release_info = _parse_os_release(handle)
                break
            except OSError as exc:
                problem = exc
        else:
            raise OSError(problem.errno, 'Unable to read files %s'
                          % ', '.join(_OS_RELEASE_FILES))
    return _os_release_info.copy()


# ------------------------------------------------------------ command line

def _main(argv):
    terse = 'terse' in argv or '--terse' in argv
    aliased = 'nonaliased' not in argv and '--nonaliased' not in argv
    sys.stdout.write(platform(aliased, terse) + '\n')


if __name__ == '__main__':
    _main(sys.argv[1:])
