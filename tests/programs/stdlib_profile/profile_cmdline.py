# "python -m profile" through profile.main(): scripts, -m modules, options, errors.
import contextlib
import io
import os
import profile
import pstats
import re
import shutil
import sys
import tempfile

SCRIPT = '''
import sys

def score(words):
    return sorted(len(w) for w in words)

if __name__ == "__main__":
    print("args", sys.argv[1:])
    print("score", score(sys.argv[1:] or ["a", "bb"]))
'''

MODULE = '''
def helper(n):
    return [i * i for i in range(n)]

if __name__ == "__main__":
    import sys
    print("module run as", __name__, len(helper(4)))
'''

tmp = tempfile.mkdtemp()
script = os.path.join(tmp, "words.py")
with open(script, "w") as f:
    f.write(SCRIPT)
with open(os.path.join(tmp, "tinymod.py"), "w") as f:
    f.write(MODULE)
saved_argv = sys.argv[:]
saved_path = sys.path[:]
TIME = re.compile(r"\d+\.\d{3}")


def invoke(*args):
    sys.argv[:] = ["profile.py", *args]
    out, err = io.StringIO(), io.StringIO()
    code = None
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            profile.main()
    except SystemExit as e:
        code = e.code
    except KeyError as e:
        code = "KeyError %s" % e
    finally:
        sys.argv[:] = saved_argv
        sys.path[:] = saved_path
    return out.getvalue(), err.getvalue(), code


out, err, code = invoke("-s", "stdname", script, "kiwi", "fig")
for line in out.splitlines():
    if ("words.py" in line and "code object" not in line) or "Ordered" in line or line.startswith(("args", "score")):
        print(TIME.sub("#.###", line))
print(repr(err), code)

outfile = os.path.join(tmp, "words.prof")
out, err, code = invoke("--outfile=" + outfile, script)
print(out.splitlines(), repr(err), code)
st = pstats.Stats(outfile)
print(sorted((k[2], v[1]) for k, v in st.stats.items() if k[0].endswith("words.py")))

sys.path.insert(0, tmp)
saved_path = sys.path[:]
out, err, code = invoke("-m", "tinymod")
print(out.splitlines()[0], code)
print([TIME.sub("#.###", ln) for ln in out.splitlines() if "tinymod.py" in ln])
sys.path.remove(tmp)
saved_path = sys.path[:]

for args in [(), ("-x",), ("-o",), ("-s",), ("--out",), ("-h",), ("--help",)]:
    out, err, code = invoke(*args)
    print(args, code)
    print(out, end="")
    print(err, end="")
    print("--")

out, err, code = invoke("-s", "bogus", script)
print("bad sort:", code, out.splitlines()[:1])

shutil.rmtree(tmp)
print(os.path.exists(tmp))
