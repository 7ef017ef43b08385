# Running a directory executes its __main__.py, with the directory first on sys.path; a
# directory without one is an error (status 1).
import os
import subprocess
import sys
import tempfile

top = tempfile.mkdtemp()
app = os.path.join(top, "app")
os.mkdir(app)
with open(os.path.join(app, "__main__.py"), "w") as f:
    f.write("import sys, os\n"
            "print(__name__, os.path.basename(__file__), sys.argv[1:])\n"
            "print(sys.path[0].rstrip('/') == os.path.dirname(__file__))\n"
            "import helper\n"
            "print(helper.X)\n")
with open(os.path.join(app, "helper.py"), "w") as f:
    f.write("X = 42\n")
empty = os.path.join(top, "empty")
os.mkdir(empty)

for target, args in [("app", ["one", "two"]), ("app/", []), (app, ["x"]), ("empty", [])]:
    r = subprocess.run([sys.executable, target, *args], cwd=top, capture_output=True, text=True)
    err = r.stderr.strip().split(": ", 1)[-1].replace(top, "TOP")
    print(target.replace(top, "TOP"), r.returncode, r.stdout.split("\n"), err)

for root, dirs, files in os.walk(top, topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    for name in dirs:
        os.rmdir(os.path.join(root, name))
os.rmdir(top)
