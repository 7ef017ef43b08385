import errno
def classify(code):
    return {errno.ENOENT: "missing", errno.EACCES: "denied", errno.EEXIST: "exists"}.get(code, "other:" + errno.errorcode.get(code, "?"))
for code in [2, 13, 17, 28, 9999]:
    print(code, classify(code))
e = OSError(errno.ENOENT, "No such file or directory")
print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(isinstance(OSError(errno.EPERM, "x"), PermissionError))
