# The "python -m cProfile" entry point, driven through cProfile.main().
import contextlib
import cProfile
import io
import os
import pstats
import re
import sys
import tempfile

SCRIPT = '''
import sys

def crunch(n):
    return sum(len(str(i)) for i in range(n))

def entry():
    print("argv:", [a.rsplit("/", 1)[-1] for a in sys.argv])
    print("name:", __name__)
    print("result:", crunch(50))

if __name__ == "__main__":
    entry()
'''

tmp = tempfile.mkdtemp()
script = os.path.join(tmp, "job.py")
with open(script, "w") as f:
    f.write(SCRIPT)
saved_argv = sys.argv[:]
saved_path = sys.path[:]
TIME = re.compile(r"\d+\.\d{3}")


def invoke(*args):
    sys.argv[:] = ["cProfile.py", *args]
    out, err = io.StringIO(), io.StringIO()
    code = None
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            cProfile.main()
    except SystemExit as e:
        code = e.code
    finally:
        sys.argv[:] = saved_argv
        sys.path[:] = saved_path
    return out.getvalue(), err.getvalue(), code


out, err, code = invoke("-s", "name", script, "alpha", "beta")
lines = out.splitlines()
print(lines[:3])
for line in lines:
    if "job.py" in line or "Ordered" in line:
        print(TIME.sub("#.###", line))
print(repr(err), code)

outfile = os.path.join(tmp, "job.prof")
out, err, code = invoke("-o", outfile, script)
print(out.splitlines(), repr(err), code)
st = pstats.Stats(outfile)
print(sorted((k[2], v[1]) for k, v in st.stats.items() if k[0].endswith("job.py")))

out, err, code = invoke("--sort=calls", "--outfile", outfile, script, "-x")
print(out.splitlines()[0], code)

for args in [(), ("-s", "bogus", script), ("-x",), ("-o",), ("--sort",), ("--bogus",), ("-h",)]:
    out, err, code = invoke(*args)
    print(args[:1], code)
    print(out.replace(tmp, "TMP"), end="")
    print(err.replace(tmp, "TMP"), end="")
    print("--")

with open(os.path.join(tmp, "cpmod.py"), "w") as f:
    f.write("def twice(x):\n    return [x, x]\n\nif __name__ == '__main__':\n    print('cpmod', twice(__name__))\n")
sys.path.insert(0, tmp)
saved_path = sys.path[:]
out, err, code = invoke("-s", "name", "-m", "cpmod", "extra")
print(out.splitlines()[0], repr(err), code)
print([TIME.sub("#.###", ln) for ln in out.splitlines() if "cpmod" in ln])
sys.path.remove(tmp)
saved_path = sys.path[:]

for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
