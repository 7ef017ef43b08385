import errno
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINVAL, errno.EPIPE, errno.EAGAIN, errno.EWOULDBLOCK, errno.ETIMEDOUT, errno.ECONNREFUSED)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[errno.EDEADLOCK], len(errno.errorcode))
print(sorted(errno.errorcode.items())[:10])
print(sorted(n for n in dir(errno) if n.startswith("E"))[:15])
