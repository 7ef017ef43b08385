import linecache
import os
import sys

# module_globals with a loader that can supply the source
class Loader:
    def get_source(self, name):
        return "line one of %s\nline two" % name

globs = {"__name__": "virtual_mod", "__loader__": Loader()}
print(linecache.lazycache("virtual_mod.py", globs))
print(linecache.lazycache("virtual_mod.py", globs))
print(len(linecache.cache["virtual_mod.py"]))
print(repr(linecache.getline("virtual_mod.py", 2)))
print(linecache.getlines("virtual_mod.py"))
print(len(linecache.cache["virtual_mod.py"]), linecache.cache["virtual_mod.py"][1])
print(repr(linecache.getline("other_virtual.py", 1, globs)))

print(linecache.lazycache("<frozen thing>", globs), linecache.lazycache("x.py", None),
      linecache.lazycache("y.py", {"__name__": "y"}))

# relative names are searched along sys.path
os.mkdir("lazy_and_search_dir")
try:
    with open(os.path.join("lazy_and_search_dir", "found_me.txt"), "w") as f:
        f.write("found on sys.path\n")
    sys.path.insert(0, os.path.abspath("lazy_and_search_dir"))
    print(repr(linecache.getline("found_me.txt", 1)))
    entry = linecache.cache["found_me.txt"]
    print(os.path.basename(entry[3]), entry[0])
    print(repr(linecache.getline(os.path.abspath("nowhere_abs.txt"), 1)))
finally:
    sys.path.pop(0)
    os.remove(os.path.join("lazy_and_search_dir", "found_me.txt"))
    os.rmdir("lazy_and_search_dir")
