# os.stat, os.chdir, os.getpid and os.cpu_count.
import os

here = os.getcwd()
st = os.stat(".")
print(type(st).__name__, len(st), st.st_size == st[6], isinstance(st.st_mtime, float))
print(st.st_mode & 0o170000 == 0o040000)
with open("stat_probe.txt", "w") as f:
    f.write("12345")
print(os.stat("stat_probe.txt").st_size, os.lstat("stat_probe.txt").st_size)
os.remove("stat_probe.txt")
try:
    os.stat("no/such/file")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
os.chdir("..")
print(os.getcwd() == os.path.dirname(here))
os.chdir(here)
try:
    os.chdir("no_such_dir")
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror)
print(os.getpid() > 0, os.cpu_count() >= 1)
