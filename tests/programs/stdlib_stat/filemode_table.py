import stat

kinds = [stat.S_IFREG, stat.S_IFDIR, stat.S_IFLNK, stat.S_IFCHR, stat.S_IFBLK,
         stat.S_IFIFO, stat.S_IFSOCK, 0, 0o030000, 0o170000]
for kind in kinds:
    print(oct(kind), stat.filemode(kind | 0o755), stat.filemode(kind))

# Every permission combination for one class of users
print([stat.filemode(stat.S_IFREG | (p << 6)) for p in range(8)])
print([stat.filemode(stat.S_IFREG | (p << 3)) for p in range(8)])
print([stat.filemode(stat.S_IFREG | p) for p in range(8)])

# setuid / setgid / sticky, with and without the matching execute bit
for special in (stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX):
    for execute in (0, 0o111):
        m = stat.S_IFDIR | special | 0o644 | execute
        print(oct(m), stat.filemode(m))
print(stat.filemode(0o177777), stat.filemode(0o7777), stat.filemode(0o1777 | stat.S_IFDIR))
# bits above the type field are ignored
print(stat.filemode(0o1100644), stat.filemode(0xFFFFFFFF))
