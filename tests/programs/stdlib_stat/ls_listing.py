import stat

# A fake directory listing rendered like 'ls -l'
entries = [
    ("bin", stat.S_IFDIR | 0o755, 4096),
    ("README", stat.S_IFREG | 0o644, 1200),
    ("run.sh", stat.S_IFREG | 0o755, 87),
    ("passwd", stat.S_IFREG | stat.S_ISUID | 0o755, 68208),
    ("tmp", stat.S_IFDIR | stat.S_ISVTX | 0o777, 4096),
    ("latest", stat.S_IFLNK | 0o777, 6),
    ("tty0", stat.S_IFCHR | 0o620, 0),
    ("sda", stat.S_IFBLK | 0o660, 0),
    ("queue", stat.S_IFIFO | 0o600, 0),
    ("agent", stat.S_IFSOCK | 0o700, 0),
    ("shared", stat.S_IFDIR | stat.S_ISGID | 0o2770, 4096),
]

def describe(mode):
    for pred, word in ((stat.S_ISDIR, "directory"), (stat.S_ISREG, "file"),
                       (stat.S_ISLNK, "symlink"), (stat.S_ISCHR, "char device"),
                       (stat.S_ISBLK, "block device"), (stat.S_ISFIFO, "fifo"),
                       (stat.S_ISSOCK, "socket")):
        if pred(mode):
            return word
    return "unknown"

for name, mode, size in sorted(entries, key=lambda e: (not stat.S_ISDIR(e[1]), e[0])):
    extra = []
    if mode & stat.S_ISUID:
        extra.append("setuid")
    if mode & stat.S_ISGID:
        extra.append("setgid")
    if mode & stat.S_ISVTX:
        extra.append("sticky")
    executable = bool(stat.S_IMODE(mode) & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH))
    print(f"{stat.filemode(mode)} {size:>6} {name:8} {describe(mode):12} exec={executable} {','.join(extra)}")

counts = {}
for _, mode, _ in entries:
    counts[describe(mode)] = counts.get(describe(mode), 0) + 1
print(sorted(counts.items()))
