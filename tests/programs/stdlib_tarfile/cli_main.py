import contextlib
import io
import os
import re
import sys
import tarfile
import tempfile


def run(*args):
    old = sys.argv
    sys.argv = ["tarfile"] + list(args)
    out = io.StringIO()
    err = io.StringIO()
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            tarfile.main()
    except SystemExit as e:
        code = e.code
    finally:
        sys.argv = old
    print("$", " ".join(args), "->", code)
    for line in out.getvalue().splitlines():
        print("   out:", line)
    for line in err.getvalue().splitlines()[-2:]:
        print("   err:", re.sub(r" at 0x[0-9a-f]+", "", line))


start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    try:
        os.mkdir("src")
        with open("src/one.txt", "w") as f:
            f.write("first file\n")
        with open("src/two.txt", "w") as f:
            f.write("second\n" * 10)
        with open("plain.txt", "w") as f:
            f.write("not an archive\n")
        run("-v", "-c", "out.tar", "src", "plain.txt")
        run("-c", "out.tgz", "src")
        run("-l", "out.tar")
        run("-l", "out.tgz")
        run("-v", "-t", "out.tgz")
        run("-t", "plain.txt")
        run("-l", "plain.txt")
        run("-v", "--filter", "data", "-e", "out.tar", "dest")
        print(sorted(os.listdir("dest")), sorted(os.listdir("dest/src")))
        with open("dest/src/two.txt") as f:
            print(len(f.read()))
        run("--filter", "tar", "-e", "out.tgz", "dest2")
        print(sorted(os.listdir("dest2/src")))
        run("--filter", "data", "-l", "out.tar")
        run("-e", "plain.txt", "x")
        run()
        run("-l", "a", "-t", "b")
        with tarfile.open("out.tar") as tar:
            print(tar.getnames())
    finally:
        os.chdir(start)
