# More of os and os.path: path arithmetic, directory trees, scandir, fspath.
import os
import os.path

print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a", "/a"))
print(os.path.commonprefix(["interstellar", "internet", "interval"]), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c"]))
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError:", e)
print(os.path.normcase("AbC"), os.path.splitdrive("/x/y"), os.path.realpath("/usr/../usr/./lib") == "/usr/lib")
print(os.path.expandvars("$NO_SUCH_VAR_XYZ/${NO_SUCH_VAR_XYZ}"), os.path.expanduser("plain"))
print(os.fspath("p"), os.fspath(b"q"))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError:", e)


class P:
    def __fspath__(self):
        return "from-fspath"


print(os.fspath(P()), isinstance(P(), os.PathLike), isinstance("x", os.PathLike))
os.makedirs("tree_tmp/b/c", exist_ok=True)
os.makedirs("tree_tmp/b/c", exist_ok=True)
try:
    os.makedirs("tree_tmp/b/c")
except FileExistsError as e:
    print("FileExistsError", e.errno)
with open("tree_tmp/b/f.txt", "w") as f:
    f.write("x")
for root, dirs, files in os.walk("tree_tmp"):
    print(root, sorted(dirs), sorted(files))
print(sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir("tree_tmp/b")))
os.rename("tree_tmp/b/f.txt", "tree_tmp/b/g.txt")
print(os.listdir("tree_tmp/b") == ["c", "g.txt"] or sorted(os.listdir("tree_tmp/b")))
os.remove("tree_tmp/b/g.txt")
os.removedirs("tree_tmp/b/c")
print(os.path.exists("tree_tmp"), os.path.lexists("."), os.path.islink("."))
print(os.devnull, os.pathsep, os.extsep, os.path.curdir, os.path.pardir)
