"""Constants and helpers for interpreting the st_mode and st_flags fields
returned by os.stat(), os.lstat() and os.fstat().

Written for Ferrython from the documented behaviour of the module.
"""

# Positions of the fields in the tuple form of an os.stat() result.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# File type bits (the part of the mode selected by S_IFMT).
S_IFSOCK = 0o140000
S_IFLNK = 0o120000
S_IFREG = 0o100000
S_IFBLK = 0o060000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFIFO = 0o010000
# Solaris doors, event ports and BSD whiteouts do not exist here.
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Special permission bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000

# Owner, group and other permissions.
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001

# Old V7 names.
S_IREAD = S_IRUSR
S_IWRITE = S_IWUSR
S_IEXEC = S_IXUSR

# BSD-style st_flags values: user-settable...
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
# ...and settable by the super-user only.
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

# Windows file attribute bits (os.stat_result.st_file_attributes).
FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000

_type_bits = 0o170000
_perm_bits = 0o7777
_mode_t_max = 0xFFFFFFFF
_ulong_max = 0xFFFFFFFFFFFFFFFF


def _as_mode(value):
    """Convert *value* the way a C mode_t argument would be converted."""
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if value < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if value > _mode_t_max:
        if value > _ulong_max:
            raise OverflowError("Python int too large to convert to C unsigned long")
        raise OverflowError("mode out of range")
    return int(value)


def S_IMODE(mode):
    """Return the permission bits of *mode* (those os.chmod() can set)."""
    return _as_mode(mode) & _perm_bits


def S_IFMT(mode):
    """Return the file type bits of *mode*."""
    return _as_mode(mode) & _type_bits


def S_ISDIR(mode):
    """True when *mode* describes a directory."""
    return _as_mode(mode) & _type_bits == S_IFDIR


def S_ISCHR(mode):
    """True when *mode* describes a character device."""
    return _as_mode(mode) & _type_bits == S_IFCHR


def S_ISBLK(mode):
    """True when *mode* describes a block device."""
    return _as_mode(mode) & _type_bits == S_IFBLK


def S_ISREG(mode):
    """True when *mode* describes a regular file."""
    return _as_mode(mode) & _type_bits == S_IFREG


def S_ISFIFO(mode):
    """True when *mode* describes a FIFO (named pipe)."""
    return _as_mode(mode) & _type_bits == S_IFIFO


def S_ISLNK(mode):
    """True when *mode* describes a symbolic link."""
    return _as_mode(mode) & _type_bits == S_IFLNK


def S_ISSOCK(mode):
    """True when *mode* describes a socket."""
    return _as_mode(mode) & _type_bits == S_IFSOCK


def S_ISDOOR(mode):
    """Doors do not exist on this platform: always False."""
    _as_mode(mode)
    return False


def S_ISPORT(mode):
    """Event ports do not exist on this platform: always False."""
    _as_mode(mode)
    return False


def S_ISWHT(mode):
    """Whiteouts do not exist on this platform: always False."""
    _as_mode(mode)
    return False


_type_letters = {
    S_IFREG: '-', S_IFDIR: 'd', S_IFLNK: 'l', S_IFCHR: 'c',
    S_IFBLK: 'b', S_IFIFO: 'p', S_IFSOCK: 's',
}


def _triplet(mode, r, w, x, special, set_char):
    # One rwx group; the execute slot also shows setuid/setgid/sticky.
    out = ('r' if mode & r else '-') + ('w' if mode & w else '-')
    if mode & special:
        out += set_char if mode & x else set_char.upper()
    else:
        out += 'x' if mode & x else '-'
    return out


def filemode(mode):
    """Render *mode* as the ten-character string shown by 'ls -l'."""
    mode = _as_mode(mode)
    return (_type_letters.get(mode & _type_bits, '?')
            + _triplet(mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's')
            + _triplet(mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's')
            + _triplet(mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't'))
