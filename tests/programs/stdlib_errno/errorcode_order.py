import errno
print(list(errno.errorcode)[:20])
print(max(errno.errorcode), min(errno.errorcode))
try:
    errno.errorcode[0]
except KeyError as e:
    print(type(e).__name__, e)
