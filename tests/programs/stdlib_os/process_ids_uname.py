import os, errno
print(os.getppid() > 0, os.getuid() == os.geteuid(), os.getgid() >= 0, os.getegid() >= 0)
old = os.umask(0o22)
print(os.umask(old) == 0o22)
print(os.strerror(2), '|', os.strerror(errno.EACCES), '|', os.strerror(0))
u = os.uname()
print(u.sysname, u.machine == u[4], len(u), isinstance(u, tuple), repr(u).startswith("posix.uname_result(sysname='Linux', nodename="))
s, n, r, v, m = u
print(s, type(n).__name__)
