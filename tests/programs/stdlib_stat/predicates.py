import stat

samples = {
    'regular': 0o100644, 'directory': 0o040755, 'symlink': 0o120777,
    'chardev': 0o020620, 'blockdev': 0o060660, 'fifo': 0o010600,
    'socket': 0o140755, 'no type': 0o000644, 'bogus type': 0o170644,
}
checks = ['S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK',
          'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT', 'S_ISWHT']
for label, mode in samples.items():
    hits = [c for c in checks if getattr(stat, c)(mode)]
    print(f"{label:11} {oct(mode):>9} type={oct(stat.S_IFMT(mode))} perm={oct(stat.S_IMODE(mode))} {hits}")

# The predicates return real bools and the masks return plain ints.
print(type(stat.S_ISDIR(0o40000)).__name__, type(stat.S_IMODE(0o100644)).__name__)
print(stat.S_IMODE(0o107777), stat.S_IFMT(0o107777))
print(stat.S_ISREG(True), stat.S_IMODE(True), stat.S_IMODE(False))

class Mode(int):
    pass
m = Mode(0o040700)
print(stat.S_ISDIR(m), stat.S_IMODE(m), type(stat.S_IMODE(m)).__name__)

# Building a mode from pieces
mode = stat.S_IFREG | stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP
print(oct(mode), stat.S_ISREG(mode), stat.filemode(mode))
mode |= stat.S_IXUSR | stat.S_ISUID
print(oct(mode), stat.filemode(mode))
print(bool(mode & stat.S_IWOTH), bool(mode & stat.S_IRWXU))
