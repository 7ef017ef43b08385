import os
r, w = os.pipe()
print(os.write(w, b'hello'), os.read(r, 3), os.read(r, 10))
os.close(w)
print(os.read(r, 5))
os.close(r)
try:
    os.close(r)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
p = 'fd_test.bin'
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, bytearray(b'abcdef')), os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 2), os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10), os.isatty(fd))
fd2 = os.dup(fd)
print(fd2 != fd, os.lseek(fd2, 0, os.SEEK_SET), os.read(fd2, 3))
os.close(fd); os.close(fd2)
try:
    os.open('no_such_dir/x', os.O_RDONLY)
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    os.write(1, 'text')
except TypeError as e:
    print(type(e).__name__, e)
os.remove(p)
print(os.O_RDONLY, os.O_APPEND, os.SEEK_END)
