import contextlib
import io
import os
import sys
import tempfile
import tokenize

SOURCE = b"@decorator\nasync def f(x):\n    return f'{x!r:>10}'  # done\n"
BAD = b"values = [1,\n    2,\n"


def run(args):
    saved = sys.argv
    sys.argv = ["tokenize"] + args
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            tokenize.main()
    except SystemExit as e:
        code = e.code
    finally:
        sys.argv = saved
    print("exit", code)
    print(out.getvalue(), end="")
    print("stderr:", repr(err.getvalue()))


old = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    try:
        with open("good.py", "wb") as f:
            f.write(SOURCE)
        with open("bad.py", "wb") as f:
            f.write(BAD)
        with open("indent.py", "wb") as f:
            f.write(b"if x:\n        a\n    b\n")
        run(["good.py"])
        run(["-e", "good.py"])
        run(["bad.py"])
        run(["indent.py"])
        run(["missing.py"])
    finally:
        os.chdir(old)
