import linecache, os

files = {
    "lc_latin.py": b"# -*- coding: latin-1 -*-\nname = '\xe9t\xe9'\n",
    "lc_crlf.txt": b"one\r\ntwo\r\nthree",
    "lc_bom.txt": b"\xef\xbb\xbfbom first\nsecond\n",
    "lc_empty.txt": b"",
}
try:
    for name, data in files.items():
        with open(name, "wb") as f:
            f.write(data)
    for name in files:
        print(name, linecache.getlines(name))
    print(repr(linecache.getline("lc_crlf.txt", 3)))
    print(linecache.cache["lc_empty.txt"][0], linecache.cache["lc_crlf.txt"][0])
    os.mkdir("lc_dir")
    print(linecache.getlines("lc_dir"), "lc_dir" in linecache.cache)
    linecache.clearcache()
    print(linecache.getline("lc_bom.txt", 1, {"__name__": "x"}), end="")
    print(linecache.lazycache("lc_bom.txt", {"__name__": "x", "__loader__": None}))
finally:
    for name in files:
        os.remove(name)
    os.rmdir("lc_dir")
