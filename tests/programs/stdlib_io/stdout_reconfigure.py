import sys
sys.stdout.reconfigure(encoding="utf-8")
print("héllo", sys.stdout.encoding.lower().replace('-', ''), sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(errors="replace", line_buffering=True)
print(sys.stdout.errors, sys.stdout.line_buffering)
sys.stderr.reconfigure(encoding="UTF-8", errors="backslashreplace")
print(sys.stderr.errors)
for bad in [dict(encoding=5), dict(bogus=1)]:
    try:
        sys.stdout.reconfigure(**bad)
    except TypeError as e:
        print(e)
try:
    sys.stdout.reconfigure("utf-8")
except TypeError as e:
    print(e)
