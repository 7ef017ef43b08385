import contextlib
import io
import mimetypes
import sys


def run(*args):
    saved = sys.argv
    sys.argv = ["mimetypes.py"] + list(args)
    out = io.StringIO()
    code = None
    try:
        with contextlib.redirect_stdout(out):
            mimetypes._main()
    except SystemExit as e:
        code = e.code
    finally:
        sys.argv = saved
    print("args", list(args), "exit", code)
    print(out.getvalue(), end="")


run("index.html", "photo.jpg", "archive.tar.gz", "unknown.qqq")
run("-e", "text/html", "image/png", "no/such")
run("--extension", "application/json")
run("a.pict")
run("-l", "a.pict", "a.rtf")
run("-l", "-e", "image/pict")
run("-h")
run("--help")
run("-x")
run("--bogus")
run()
