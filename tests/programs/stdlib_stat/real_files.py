import os
import stat

base = "stat_real_files_tmp2"
os.mkdir(base)
try:
    path = os.path.join(base, "notes.txt")
    with open(path, "w") as f:
        f.write("some text\n")
    st = os.stat(path)
    mode = st.st_mode
    print(stat.S_ISREG(mode), stat.S_ISDIR(mode), stat.S_ISLNK(mode), stat.S_ISFIFO(mode))
    print(stat.filemode(mode)[0], stat.S_IFMT(mode) == stat.S_IFREG)
    print(st[stat.ST_SIZE], st.st_size, st[stat.ST_MODE] == mode)
    print(bool(stat.S_IMODE(mode) & stat.S_IRUSR), stat.S_IMODE(mode) <= 0o7777)
    print(stat.S_IMODE(mode) | stat.S_IFMT(mode) == mode)

    dst = os.stat(base)
    print(stat.S_ISDIR(dst.st_mode), stat.S_ISREG(dst.st_mode), stat.filemode(dst.st_mode)[0])
    print(stat.S_ISDIR(os.lstat(base).st_mode))
    print(stat.S_ISDIR(os.stat(".").st_mode))
    print([stat.filemode(os.stat(os.path.join(base, n)).st_mode)[0] for n in sorted(os.listdir(base))])
    print(stat.S_ISCHR(os.stat("/dev/null").st_mode), stat.filemode(os.stat("/dev/null").st_mode)[0])
finally:
    os.remove(path)
    os.rmdir(base)
print(os.path.exists(base))
