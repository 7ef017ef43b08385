# -W options and PYTHONWARNINGS fill sys.warnoptions and set the warning filters.
import os
import subprocess
import sys

code = (
    "import sys, warnings\n"
    "print(sys.warnoptions)\n"
    "warnings.warn('careful')\n"
    "warnings.warn('old', DeprecationWarning)\n"
    "print('after')\n"
)


def run(args, env_extra=None):
    env = dict(os.environ)
    env.pop("PYTHONWARNINGS", None)
    env.update(env_extra or {})
    r = subprocess.run([sys.executable, *args, "-c", code], capture_output=True, text=True,
                       env=env)
    err = [line for line in r.stderr.splitlines() if "Warning" in line or "Error" in line]
    print(args, env_extra, r.returncode, r.stdout.split("\n"), err)


run([])
run(["-W", "error"])
run(["-Wignore"])
run(["-W", "ignore::UserWarning"])
run(["-W", "default", "-W", "error::DeprecationWarning"])
run([], {"PYTHONWARNINGS": "ignore"})
run(["-W", "error"], {"PYTHONWARNINGS": "ignore"})
run(["-E"], {"PYTHONWARNINGS": "error"})
