import linecache
import os

NAME = "getline_basic_tmp.txt"
with open(NAME, "w") as f:
    f.write("first line\n  second line\n\nfourth without newline")

try:
    print(repr(linecache.getline(NAME, 1)))
    print(repr(linecache.getline(NAME, 2)))
    print(repr(linecache.getline(NAME, 3)))
    print(repr(linecache.getline(NAME, 4)))
    print(repr(linecache.getline(NAME, 5)), repr(linecache.getline(NAME, 0)), repr(linecache.getline(NAME, -1)))
    lines = linecache.getlines(NAME)
    print(lines)
    print(NAME in linecache.cache, len(linecache.cache[NAME]), linecache.cache[NAME][2] is lines)

    # cached content is served until checkcache notices the change
    with open(NAME, "w") as f:
        f.write("replaced content that is longer\n")
    print(repr(linecache.getline(NAME, 1)))
    linecache.checkcache(NAME)
    print(repr(linecache.getline(NAME, 1)))
    linecache.checkcache()
    print(repr(linecache.getline(NAME, 1)))

    # removing the file drops it from the cache on checkcache
    os.remove(NAME)
    linecache.checkcache(NAME)
    print(NAME in linecache.cache, repr(linecache.getline(NAME, 1)))

    # clearcache
    with open(NAME, "w") as f:
        f.write("again\n")
    print(repr(linecache.getline(NAME, 1)))
    linecache.clearcache()
    print(linecache.cache)
    print(linecache.updatecache(NAME), NAME in linecache.cache)
finally:
    if os.path.exists(NAME):
        os.remove(NAME)

# missing files, pseudo-files and odd names
print(repr(linecache.getline("no_such_file_here.py", 1)), linecache.getlines("no_such_file_here.py"))
print(linecache.getlines("<string>"), linecache.getlines(""), linecache.updatecache("<stdin>"))
print("no_such_file_here.py" in linecache.cache)

# an entry registered by hand (mtime None) survives checkcache
linecache.cache["<generated>"] = (5, None, ["x = 1\n", "y = 2\n"], "<generated>")
linecache.checkcache()
print(linecache.getline("<generated>", 2), end="")
print(linecache.getlines("<generated>"))

# this very file
print(linecache.getline(__file__, 1), end="")
print(linecache.getline(os.path.basename(__file__), 2), end="")
print(len(linecache.getlines(__file__)) > 40)
