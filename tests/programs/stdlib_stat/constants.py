import stat

names = sorted(n for n in dir(stat) if n.isupper() and isinstance(getattr(stat, n), int))
for name in names:
    value = getattr(stat, name)
    print(f"{name:36} {value:>8} {oct(value)}")

# Relationships between the groups of bits
print(stat.S_IRWXU == stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR)
print(stat.S_IRWXG == stat.S_IRGRP | stat.S_IWGRP | stat.S_IXGRP)
print(stat.S_IRWXO == stat.S_IROTH | stat.S_IWOTH | stat.S_IXOTH)
print(stat.S_IREAD == stat.S_IRUSR, stat.S_IWRITE == stat.S_IWUSR, stat.S_IEXEC == stat.S_IXUSR)
print(stat.S_ENFMT == stat.S_ISGID)
types = [stat.S_IFSOCK, stat.S_IFLNK, stat.S_IFREG, stat.S_IFBLK,
         stat.S_IFDIR, stat.S_IFCHR, stat.S_IFIFO]
print(len(set(types)), all(t & 0o170000 == t for t in types))
print([stat.ST_MODE, stat.ST_INO, stat.ST_DEV, stat.ST_NLINK, stat.ST_UID,
       stat.ST_GID, stat.ST_SIZE, stat.ST_ATIME, stat.ST_MTIME, stat.ST_CTIME])
uf = [stat.UF_NODUMP, stat.UF_IMMUTABLE, stat.UF_APPEND, stat.UF_OPAQUE,
      stat.UF_NOUNLINK, stat.UF_COMPRESSED, stat.UF_HIDDEN]
sf = [stat.SF_ARCHIVED, stat.SF_IMMUTABLE, stat.SF_APPEND, stat.SF_NOUNLINK, stat.SF_SNAPSHOT]
print([hex(f) for f in uf])
print([hex(f) for f in sf])
print(all(f & 0xFFFF for f in uf), all(f & 0xFFFF0000 for f in sf))
print(stat.FILE_ATTRIBUTE_DIRECTORY | stat.FILE_ATTRIBUTE_HIDDEN)
