# os.path.normpath and abspath: two leading slashes are kept, three or more fold to one.
import os.path as P
for p in ["//double//slash", "///three", "////four/x/..", "//", "/", "", ".", "a/../..", "/..", "//..", "a//b/./c/", "../a/./b/..", "/a/b/../../..", "//a/../b"]:
    print(repr(p), repr(P.normpath(p)), repr(P.abspath(p)) if p.startswith("/") else "")
