import os, subprocess
os.environ["FERRY_A"] = "1"
print(os.environ["FERRY_A"], os.getenv("FERRY_A"), "FERRY_A" in os.environ, type(os.environ).__name__)
for bad in [lambda: os.environ.__setitem__("X", 5), lambda: os.environ.__setitem__(5, "x"), lambda: os.environ[3]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    os.environ["FERRY_NOPE"]
except KeyError as e:
    print("KeyError", e)
try:
    del os.environ["FERRY_NOPE"]
except KeyError as e:
    print("KeyError", e)
print(os.environ.get("FERRY_NOPE", "dflt"), os.environ.setdefault("FERRY_B", "b"), os.environ.pop("FERRY_B"))
c = os.environ.copy(); print(type(c).__name__, c["FERRY_A"])
m = os.environ | {"FERRY_C": "c"}; print(type(m).__name__, m["FERRY_C"], "FERRY_C" in os.environ)
os.environ.update(FERRY_D="d")
print(subprocess.run(["sh", "-c", "echo $FERRY_A$FERRY_D"], capture_output=True, text=True).stdout.strip())
del os.environ["FERRY_D"]
print(subprocess.run(["sh", "-c", 'echo "[$FERRY_D]"'], capture_output=True, text=True).stdout.strip())
print(repr(os.environ).startswith("environ({"), len(os.environ) > 0, dict(os.environ)["FERRY_A"])
print(sorted(k for k in os.environ if k.startswith("FERRY")))
