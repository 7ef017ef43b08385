import os
import stat

base = "stat_real_files_tmp"
os.mkdir(base)
try:
    path = os.path.join(base, "data.txt")
    with open(path, "w") as f:
        f.write("hello\n")
    os.chmod(path, 0o640)
    st = os.stat(path)
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISLNK(st.st_mode))
    print(stat.filemode(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
    print(st[stat.ST_SIZE], st[stat.ST_MODE] == st.st_mode)

    os.chmod(path, 0o4751)
    print(stat.filemode(os.stat(path).st_mode))

    link = os.path.join(base, "link")
    os.symlink("data.txt", link)
    lst = os.lstat(link)
    print(stat.S_ISLNK(lst.st_mode), stat.filemode(lst.st_mode)[0])
    print(stat.S_ISLNK(os.stat(link).st_mode), stat.S_ISREG(os.stat(link).st_mode))

    sub = os.path.join(base, "sub")
    os.mkdir(sub)
    os.chmod(sub, 0o1750)
    print(stat.filemode(os.stat(sub).st_mode), stat.S_ISDIR(os.stat(sub).st_mode))

    # make a file read-only by clearing the write bits
    mode = stat.S_IMODE(os.stat(path).st_mode)
    os.chmod(path, mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    print(stat.filemode(os.stat(path).st_mode))
    os.chmod(path, 0o644)
    print(stat.filemode(os.stat(path).st_mode))
finally:
    for name in ("link", "data.txt"):
        p = os.path.join(base, name)
        if os.path.lexists(p):
            os.remove(p)
    if os.path.isdir(os.path.join(base, "sub")):
        os.rmdir(os.path.join(base, "sub"))
    os.rmdir(base)
print(os.path.exists(base))
