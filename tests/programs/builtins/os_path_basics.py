import os
import os.path

print(os.path.join("a", "b", "c.txt"), os.path.join("a", "/abs", "x"))
print(os.path.split("/usr/lib/python3.12"), os.path.basename("/tmp/data.csv"))
print(os.path.dirname("dir/sub/file.py"), os.path.splitext("archive.tar.gz"))
print(os.path.splitext(".bashrc"), os.path.normpath("a/./b/../c//d"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.sep, os.name)
name = "os_path_basics_tmp.txt"
with open(name, "w") as f:
    f.write("12345")
print(os.path.exists(name), os.path.isfile(name), os.path.isdir(name), os.path.getsize(name))
os.remove(name)
print(os.path.exists(name))
try:
    os.remove(name)
except FileNotFoundError as e:
    print(type(e).__name__)
print(isinstance(os.environ, dict) or hasattr(os.environ, "keys"), os.getenv("FERRYTHON_SURELY_UNSET", "default"))
