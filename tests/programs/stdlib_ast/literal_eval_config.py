# Reading settings written as Python literals, a common use of ast.literal_eval.
import ast

CONFIG = """
name = 'demo'
ports = [8080, 8081]
limits = {'cpu': 2.5, 'mem': 1_024, "tags": ("a", "b")}
debug = False
ratio = -0.75
origin = 3+4j
nothing = None
"""

settings = {}
for line in CONFIG.strip().splitlines():
    key, _, raw = line.partition("=")
    settings[key.strip()] = ast.literal_eval(raw.strip())
for key in sorted(settings):
    value = settings[key]
    print(f"{key:8} {type(value).__name__:8} {value!r}")

for bad in ["__import__('os')", "[x for x in ()]", "{**{}}", "lambda: 0", "b'\\x00' + b''"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("rejected:", str(e).split(":")[0])
    except SyntaxError as e:
        print("syntax:", e.msg)
print(ast.literal_eval("\t  [1, (2, {3: 'x'})]"), ast.literal_eval("'''multi\nline'''"))
