import os
import shutil
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "cf.bin")
open(path, "wb").write(b"abc\n")
for mode in ("rb", "wb", "r", "w", "r+b", "ab"):
    f = open(path, mode)
    f.close()
    for op in ("read", "readline", "readlines", "write", "seek", "tell", "flush", "fileno", "isatty", "readable", "writable", "seekable", "truncate", "__iter__", "__next__", "__enter__"):
        try:
            fn = getattr(f, op)
            if op == "write":
                fn(b"x" if "b" in mode else "x")
            elif op == "seek":
                fn(0)
            else:
                fn()
            print(mode, op, "ok")
        except Exception as e:
            print(mode, op, type(e).__name__, e)
shutil.rmtree(d)
