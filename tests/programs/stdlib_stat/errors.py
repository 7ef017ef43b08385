import stat

functions = [stat.filemode, stat.S_IMODE, stat.S_IFMT, stat.S_ISDIR,
             stat.S_ISREG, stat.S_ISLNK, stat.S_ISDOOR, stat.S_ISWHT]
bad_values = [-1, -2**70, 2**32, 2**40, 2**64, 2**100, 1.0, "0o644", None,
              b"\x01", [1], 3j]

class HasIndex:
    def __index__(self):
        return 0o100644

bad_values.append(HasIndex())
for value in bad_values:
    results = []
    for func in functions:
        try:
            results.append(repr(func(value)))
        except Exception as e:
            results.append(f"{type(e).__name__}: {e}")
    print(type(value).__name__, results[0])
    print("   same for all:", len(set(results)) == 1)

print(stat.filemode(2**32 - 1), stat.S_IFMT(2**32 - 1))
