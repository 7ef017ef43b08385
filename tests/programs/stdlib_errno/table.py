import errno
names = [n for n in dir(errno) if n.startswith("E")]
for n in sorted(names, key=lambda n: (getattr(errno, n), n)):
    print(n, getattr(errno, n))
mismatch = [n for n in names if errno.errorcode[getattr(errno, n)] != n]
print("aliases:", sorted(mismatch))
print(list(errno.errorcode.items()) == [(v, k) for v, k in errno.errorcode.items()])
