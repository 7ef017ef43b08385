import os
from contextlib import chdir

here = os.getcwd()
os.mkdir("chdir_cm_tmpdir")
try:
    with chdir("chdir_cm_tmpdir") as r:
        print(r, os.path.basename(os.getcwd()))
        cm = chdir("..")
        with cm:
            print(os.getcwd() == here)
        print(os.path.basename(os.getcwd()))
    print(os.getcwd() == here)
    try:
        with chdir("chdir_cm_missing_dir"):
            pass
    except FileNotFoundError as e:
        print(type(e).__name__)
    print(os.getcwd() == here)
finally:
    os.rmdir("chdir_cm_tmpdir")
