import os, sys
print("before")
sys.stdout.flush()
rc = os.system("echo from-shell; exit 3")
print("rc", rc, os.system("true"), os.WEXITSTATUS(rc) if hasattr(os, 'WEXITSTATUS') else '')
with os.popen("printf 'a\\nb\\n'") as f:
    print(f.read().splitlines())
p = os.popen("exit 2")
print(p.read(), p.close())
p = os.popen("echo x")
print([l for l in p], p.close())
w = os.popen("cat", "w")
w.write("written\n")
sys.stdout.flush()
print(w.close())
try:
    os.popen("x", "rb")
except ValueError as e:
    print(e)
for st in (0, 768, 9, 0x137f):
    print(st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st), os.WIFSTOPPED(st), os.WSTOPSIG(st))
print(os.waitstatus_to_exitcode(768), os.waitstatus_to_exitcode(9))
